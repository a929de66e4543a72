import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 138, file d2: a Spring Boot reference page on docs.spring.io as the Antora UI renders it (the spring.io
 * navbar with its dropdowns, the Antora nav tree with toggles, the toolbar with breadcrumbs and the version menu, the
 * "still in development" banner inside article.doc above the h1, Asciidoctor sections, TIP and NOTE admonitions whose labels
 * live only in title attributes, Properties/YAML tabs over listing blocks, the table of contents sidebar with its links, the
 * Broadcom footer and the OneTrust banner).
 */
const sbTitle = 'Task Execution and Scheduling';
const sbP1 = [
  'In the absence of an <code>Executor</code> bean in the context, Spring Boot auto-configures an <code>AsyncTaskExecutor</code>. ' +
    'Which one you get depends on whether virtual threads are enabled. With <code>spring.threads.virtual.enabled</code> set to ' +
    '<code>true</code> on Java 21 or later, it is a <code>SimpleAsyncTaskExecutor</code> that starts a virtual thread for each ' +
    'task; otherwise it is a <code>ThreadPoolTaskExecutor</code> with defaults that suit most applications.',
  'The auto-configured executor backs asynchronous methods annotated with <code>@Async</code> once <code>@EnableAsync</code> is ' +
    'present, asynchronous request processing in Spring MVC and Spring WebFlux, and the handling of <code>Callable</code> return ' +
    'values in Spring for GraphQL.',
];
const sbTip =
  'If you register your own <code>Executor</code> bean, the auto-configuration backs off and <code>@EnableAsync</code> uses your ' +
  'bean instead. Name it <code>applicationTaskExecutor</code> if the web frameworks should use it too.';
const sbH1 = 'Configuring the Thread Pool';
const sbP2 = [
  'The thread pool starts with eight core threads that can grow and shrink with the load. You can adjust those defaults with ' +
    'properties in the <code>spring.task.execution</code> namespace, as the following example shows:',
];
const sbP3 = [
  'These settings give the pool a bounded queue. When the queue holds 100 waiting tasks, the pool grows to at most 16 threads. ' +
    'Threads that stay idle for ten seconds, rather than the default sixty, are released, so the pool shrinks quickly again once ' +
    'the load drops.',
];
const sbH2 = 'Scheduling';
const sbP4 = [
  'A <code>ThreadPoolTaskScheduler</code> is auto-configured as well when scheduled methods need one, for example after ' +
    '<code>@EnableScheduling</code> has been added. It uses a single thread by default, and its settings live in the ' +
    '<code>spring.task.scheduling</code> namespace:',
];
const sbP5 = [
  'When virtual threads are enabled, Spring Boot configures a <code>SimpleAsyncTaskScheduler</code> instead. It has no pool, so ' +
    'it ignores the pool-related properties.',
];
const sbH3 = 'Shutting Down Gracefully';
const sbP6 = [
  'By default, neither the executor nor the scheduler waits for running tasks when the application context closes. Set ' +
    '<code>spring.task.execution.shutdown.await-termination</code> to <code>true</code> and choose a period with ' +
    '<code>await-termination-period</code> to give tasks time to finish. The same two properties exist under ' +
    '<code>spring.task.scheduling.shutdown</code>. When the period ends:',
];
const sbList = [
  'tasks that are still running are interrupted,',
  'tasks that are queued but have not started are discarded,',
  'and scheduled methods do not start any new runs.',
];
const sbNote =
  'The web server shuts down gracefully before the task executor does, so requests that are still being handled can hand work ' +
  'to the executor while it waits for its own tasks.';
const sbBanner = 'This version is still in development and is not yet considered stable. For the latest stable version, please use Spring Boot 3.5.7!';
const sbTop: [string, string[]][] = [
  ['Why Spring', ['Microservices', 'Reactive', 'Event Driven', 'Cloud', 'Web Applications', 'Serverless', 'Batch']],
  ['Learn', ['Quickstart', 'Guides', 'Blog']],
  ['Projects', ['Spring Framework', 'Spring Cloud', 'Spring Data', 'Spring Security', 'View all projects']],
  ['Academy', ['Courses', 'Get Certified']],
  ['Community', ['Events', 'Authors']],
];
const sbNav0 = ['Documentation Overview', 'Community', 'System Requirements', 'Installing Spring Boot', 'Upgrading Spring Boot', 'Tutorials'];
const sbNavCore = ['SpringApplication', 'Externalized Configuration', 'Profiles', 'Logging', 'Internationalization', 'Aspect-Oriented Programming', 'JSON'];
const sbNavCore2 = ['Development-time Services', 'Creating Your Own Auto-configuration', 'Kotlin Support', 'SSL'];
const sbNavRef = ['Web', 'Data', 'IO', 'Messaging', 'Testing', 'Packaging Spring Boot Applications', 'Production-ready Features'];
const sbNavTail = ['How-to Guides', 'Build Tool Plugins', 'Spring Boot CLI', 'REST APIs', 'Java APIs', 'Kotlin APIs', 'Specifications'];
const sbVersions = ['4.0.0-SNAPSHOT', '4.0.0-RC2', '3.5.8-SNAPSHOT', '3.5.7', '3.4.11'];
const sbSideLinks = ['Edit this Page', 'GitHub Project', 'Stack Overflow'];
const sbFoot = ['Terms of Use', 'Privacy', 'Trademark Guidelines', 'Your California Privacy Rights', 'Cookie Settings'];
const sbCopy = 'Copyright © 2005 - 2025 Broadcom. All Rights Reserved. The term "Broadcom" refers to Broadcom Inc. and/or its subsidiaries.';
const sbTm =
  'Java™, Java™ SE, Java™ EE, and OpenJDK™ are trademarks of Oracle and/or its affiliates. Kubernetes® is a registered trademark of the Linux ' +
  'Foundation in the United States and other countries. Other names may be trademarks of their respective owners.';
const sbCookie =
  'We use cookies to give you the best experience on our website, to analyse traffic and to show you relevant content. You can ' +
  'change your choices at any time.';
const sbLi = (items: readonly string[], depth: number): string =>
  items.map((t) => `<li class="nav-item" data-depth="${depth}"><a class="nav-link" href="${t.length}.html">${t}</a></li>`).join('\n');
const sbGroup = (t: string, depth: number, inner: string, active = false): string => `<li class="nav-item${active ? ' is-active' : ''}"
data-depth="${depth}"><button class="nav-item-toggle"></button><span class="nav-text">${t}</span><ul class="nav-list">${inner}</ul></li>`;
const sbPara = (p: string): string => `<div class="paragraph"><p>${p}</p></div>`;
const sbAdm = (kind: string, p: string): string => `<div class="admonitionblock ${kind}"><table><tr><td class="icon"><i class="fa icon-${kind}"
title="${kind === 'tip' ? 'Tip' : 'Note'}"></i></td><td class="content">${p}</td></tr></table></div>`;
const sbSect = (id: string, h: string, inner: string): string => `<div class="sect1"><h2 id="features.task-execution-and-scheduling.${id}"><a class="anchor"
href="#features.task-execution-and-scheduling.${id}"></a>${h}</h2><div class="sectionbody">${inner}</div></div>`;
const sbTabs = (props: string, yaml: string): string => `<div class="tabs is-loaded"><ul class="tablist" role="tablist">
<li class="tab is-selected" role="tab" tabindex="0" aria-selected="true"><p>Properties</p></li><li class="tab" role="tab" tabindex="-1">
<p>YAML</p></li></ul><div class="tabpanel" role="tabpanel"><div class="listingblock"><div class="content"><pre class="highlightjs highlight">
<code class="language-properties hljs" data-lang="properties">${props}</code></pre></div></div></div><div class="tabpanel is-hidden" role="tabpanel"
hidden><div class="listingblock"><div class="content"><pre class="highlightjs highlight"><code class="language-yaml hljs" data-lang="yaml">${yaml}</code></pre>
</div></div></div></div>`;
const sbHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Task Execution and Scheduling :: Spring Boot</title><link rel="canonical"
href="https://docs.spring.io/spring-boot/reference/features/task-execution-and-scheduling.html">
<meta name="generator" content="Antora 3.1.10"><link rel="stylesheet" href="../../../_/css/site.css"><link rel="stylesheet"
href="../../../_/css/vendor/docsearch.min.css">
<script>var uiRootPath = '../../../_'</script><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="018ee325"></script>
<script>!function(){var e=localStorage&&localStorage.getItem("theme");"dark"==e&&document.documentElement.classList.add("dark-theme")}()</script></head>
<body class="article"><header class="header"><nav class="navbar"><div class="navbar-brand"><a class="navbar-item" href="https://spring.io">
<img class="spring-logo" src="../../../_/img/spring-logo.svg" alt="Spring"></a><a class="navbar-item" href="https://docs.spring.io/spring-boot/">Spring Boot</a>
<button class="navbar-burger" data-target="topbar-nav"><span></span><span></span><span></span></button></div><div id="topbar-nav" class="navbar-menu">
<div class="navbar-end">${sbTop
  .map(
    ([t, items]) => `<div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link" href="https://spring.io/${t.length}">${t}</a>
<div class="navbar-dropdown">${items.map((i) => `<a class="navbar-item" href="https://spring.io/${i.length}">${i}</a>`).join('')}</div></div>`,
  )
  .join('\n')}<div class="navbar-item"><button class="theme-toggle" title="Toggle dark theme">Switch theme</button></div></div></div></nav></header>
<div class="body"><div class="nav-container" data-component="boot" data-version="4.0.0-SNAPSHOT"><aside class="nav"><div class="panels">
<div class="nav-panel-menu is-active" data-panel="menu"><nav class="nav-menu"><button class="nav-menu-toggle" aria-label="Toggle expand/collapse all"></button>
<h3 class="title"><a href="../../index.html">Spring Boot</a></h3><ul class="nav-list"><li class="nav-item is-active" data-depth="0"><ul class="nav-list">
${sbLi(sbNav0, 1)}
${sbGroup(
  'Reference',
  1,
  `${sbLi(['Developing with Spring Boot'], 2)}
${sbGroup(
  'Core Features',
  2,
  `${sbLi(sbNavCore, 3)}<li class="nav-item is-current-page" data-depth="3"><a class="nav-link" aria-current="page"
href="task-execution-and-scheduling.html">${sbTitle}</a>
</li>${sbLi(sbNavCore2, 3)}`,
  true,
)}
${sbLi(sbNavRef, 2)}`,
  true,
)}
${sbLi(sbNavTail, 1)}</ul></li></ul></nav></div></div></aside></div>
<main class="article"><div class="toolbar" role="navigation"><button class="nav-toggle"></button><nav class="breadcrumbs" aria-label="breadcrumbs"><ul>
<li><a href="../../index.html">Spring Boot</a></li><li><a href="../index.html">Reference</a></li><li><a href="index.html">Core Features</a></li>
<li><a href="task-execution-and-scheduling.html">${sbTitle}</a></li></ul></nav><div class="page-versions"><button class="version-menu-toggle"
title="Show other versions of page">${sbVersions[0]}</button><div class="version-menu">${sbVersions
  .map(
    (v, i) => `<a class="version${i === 0 ? ' is-current' : ''}"
href="https://docs.spring.io/spring-boot/${v}/reference/features/task-execution-and-scheduling.html">${v}</a>`,
  )
  .join('')}</div></div></div>
<div class="content"><aside class="toc sidebar" data-title="Contents" data-levels="2"><div class="toc-menu"><h3>Contents</h3><ul>
${[sbH1, sbH2, sbH3].map((t) => `<li data-level="1"><a href="#${t.length}">${t}</a></li>`).join('')}</ul></div>
<div class="sidebar-links">${sbSideLinks.map((t) => `<a href="https://github.com/spring-projects/spring-boot/${t.length}">${t}</a>`).join('\n')}</div></aside>
<article class="doc"><div id="banner-container" class="container" role="banner"><div id="banner" class="contained"><div id="banner-text">${sbBanner.replace(
  'Spring Boot 3.5.7',
  '<a href="https://docs.spring.io/spring-boot/3.5.7/reference/features/task-execution-and-scheduling.html">Spring Boot 3.5.7</a>',
)}</div></div></div>
<h1 class="page">${sbTitle}</h1><div id="preamble"><div class="sectionbody">
${sbP1.map(sbPara).join('\n')}
${sbAdm('tip', sbTip)}
</div></div>
${sbSect(
  'thread-pool',
  sbH1,
  `${sbP2.map(sbPara).join('')}
${sbTabs(
  'spring.task.execution.pool.max-size=16\nspring.task.execution.pool.queue-capacity=100\nspring.task.execution.pool.keep-alive=10s',
  'spring:\n  task:\n    execution:\n      pool:\n        max-size: 16\n        queue-capacity: 100\n        keep-alive: "10s"',
)}
${sbP3.map(sbPara).join('')}`,
)}
${sbSect(
  'scheduling',
  sbH2,
  `${sbP4.map(sbPara).join('')}
${sbTabs(
  'spring.task.scheduling.thread-name-prefix=scheduling-\nspring.task.scheduling.pool.size=2',
  'spring:\n  task:\n    scheduling:\n      pool:\n        size: 2',
)}
${sbP5.map(sbPara).join('')}`,
)}
${sbSect(
  'shutdown',
  sbH3,
  `${sbP6.map(sbPara).join('')}<div class="ulist"><ul>${sbList.map((t) => `<li><p>${t}</p></li>`).join('')}</ul></div>
${sbAdm('note', sbNote)}`,
)}
<nav class="pagination"><span class="prev"><a href="json.html">JSON</a></span><span class="next"><a href="dev-services.html">Development-time
Services</a></span></nav>
</article></div></main></div>
<footer class="footer"><p>${sbCopy}</p><p>${sbFoot
  .map(
    (t) => `<a
href="https://www.broadcom.com/${t.length}">${t}</a>`,
  )
  .join(' • ')}</p><p>${sbTm}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><div id="onetrust-policy-text">${sbCookie}</div></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="../../../_/js/site.js"></script><script async src="../../../_/js/vendor/highlight.js"></script></body></html>`;
export const springBootReference: TestPage = {
  html: sbHtml,
  name: 'heldout138-spring-boot-reference-docs',
  kind: 'docs',
  // the "still in development" banner inside article.doc is furniture; TIP/NOTE admonitions are body (their labels exist
  // only as title attributes); the Properties/YAML tab labels are furniture; the nav entry and the last breadcrumb that
  // repeat the title, and the contents entries, are left out
  title: sbTitle,
  headings: [sbH1, sbH2, sbH3],
  body: texts([...sbP1, sbTip, ...sbP2, ...sbP3, ...sbP4, ...sbP5, ...sbP6, ...sbList, sbNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring Boot', ...sbTop.flatMap(([t, items]) => [t, ...items]), 'Switch theme', ...sbNav0, 'Reference', 'Developing with Spring Boot',
    'Core Features', ...sbNavCore, ...sbNavCore2, ...sbNavRef, ...sbNavTail, ...sbVersions, 'Contents', ...sbSideLinks, sbBanner, 'Properties',
    'YAML', sbCopy, ...sbFoot, sbTm, sbCookie, 'Cookies Settings', 'Accept All Cookies',
  ],
};
