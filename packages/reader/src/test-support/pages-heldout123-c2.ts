import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 123, file c2: a kotlinlang.org docs page as the Writerside-built help app renders it (the JetBrains cookie
 * banner, the Kotlin site header with its version badge, nav and search, the "Kotlin 2.2.21 Help" panel header, the left
 * TOC, "Edit page", the article with tip and note prompts and a Kotlin / Groovy tab switcher, "Last modified", the page
 * feedback widget, the prev / next links, the right "In this article" list that repeats the headings and the site footer).
 */
const ktTitle = 'Retry policies for suspending functions';
const ktH = ['Add the dependency', 'Retry with a fixed policy', 'Back off exponentially', 'Decide which errors to retry', 'What\u2019s next'];
const ktP1 = [
  'Network calls, database transactions and file locks fail now and then for reasons that go away on their own. The ' +
    '<code class="code">kotlinx-retry</code> library lets you describe how a suspending call should be repeated when that happens, ' +
    'without writing the same loop with <code class="code">delay()</code> in every project.',
  'A retry policy answers three questions: how many times to try, how long to wait between attempts, and which failures are worth ' +
    'another attempt. This page walks through each of them.',
];
const ktP2 = ['Add the library to the dependencies of your module. For a multiplatform project, add it to the common source set:'];
const ktTip =
  'The library works on every target that supports <code class="code">kotlinx.coroutines</code>, including Kotlin/Wasm. It has no ' + 'other dependencies.';
const ktP3 = [
  'The simplest policy tries a call a fixed number of times with the same pause between attempts. Wrap the call in ' +
    '<code class="code">retry()</code> and pass the policy:',
  'If every attempt fails, <code class="code">retry()</code> rethrows the exception from the last attempt. Earlier exceptions are ' +
    'attached to it as suppressed exceptions, so the full history appears in your logs.',
];
const ktP4 = [
  'When many clients retry against the same service at the same moment, fixed pauses can keep the service overloaded. An ' +
    'exponential policy doubles the pause after every failed attempt and adds a random jitter, so clients spread their retries out ' +
    'over time:',
];
const ktList = [
  '<code class="code">initialDelay</code> is the pause before the second attempt.',
  '<code class="code">factor</code> multiplies the pause after each failure. The default is 2.0.',
  '<code class="code">maxDelay</code> caps the pause, so a long run of failures does not lead to waits of several minutes.',
  '<code class="code">jitter</code> is the share of each pause that is randomized, from 0.0 to 1.0.',
];
const ktNote =
  'The pauses use <code class="code">delay()</code>, so a retry loop never blocks a thread. Cancelling the surrounding coroutine ' +
  'stops the loop during a pause as well as during an attempt.';
const ktP5 = [
  'Retrying a call that can never succeed only wastes time. By default, a policy retries every exception except ' +
    '<code class="code">CancellationException</code>. To narrow this down, pass a predicate to <code class="code">retryIf</code>:',
  'In this example, timeouts and server errors are retried, while a 404 response fails at once. Keep the predicate cheap, because ' +
    'it runs after every failed attempt.',
];
const ktNext = [
  'Learn how to combine retries with timeouts in <a href="coroutines-and-timeouts.html">Timeouts and cancellation</a>.',
  'See the full list of policy options in the <a href="https://kotlinlang.org/api/kotlinx-retry/">API reference</a>.',
];
const ktNav = ['Solutions', 'Docs', 'API', 'Community', 'Teach', 'Play'];
const ktToc = ['Get started', 'Kotlin overview', 'What\u2019s new in Kotlin', 'Concurrency', 'Coroutines', 'Asynchronous Flow', 'Channels'];
const ktCookie =
  'Our website uses cookies to keep it secure and to understand how it is used. You can turn off cookies that are not essential ' + 'in the settings.';
const ktFoot = ['Contributing to Kotlin', 'Releases', 'Press Kit', 'Security', 'Blog', 'Issue Tracker', 'Brand assets', 'Careers', 'Kotlin Merch'];
const ktLegal = 'Kotlin\u2122 is protected under the Kotlin Foundation and licensed under the Apache 2 license.';
const ktPs = (a: readonly string[]): string => a.map((p) => `<p id="p-${p.length}">${p}</p>`).join('\n');
const ktId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const ktChapter = (t: string, inner: string): string => `<section class="chapter"><h2 id="${ktId(t)}" data-toc="${ktId(t)}">${t}</h2>
${inner}</section>`;
const ktCode = (lang: string, body: string): string => `<div class="code-block" data-lang="${lang}"><pre><code>${body}</code></pre></div>`;
const ktHtml = `<!DOCTYPE html SYSTEM "about:legacy-compat">
<html lang="en-US" data-preset="contrast" data-primary-color="#307FFF"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta charset="UTF-8"><meta name="robots" content="all"><meta name="built-on" content="2025-10-29T09:14:22.118204">
<title>Retry policies for suspending functions | Kotlin Documentation</title>
<script type="application/json" id="virtual-toc-data">[${ktH
  .map((t) => `{"id":"${ktId(t)}","level":0,"title":"${t}","anchor":"#${ktId(t)}"}`)
  .join(',')}]</script>
<script type="application/json" id="topic-shortcuts"></script><link href="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.css"
rel="stylesheet">
<link href="static/custom.css" rel="stylesheet"><meta name="msapplication-TileColor" content="#000000">
<link rel="icon" type="image/svg" sizes="16x16" href="images/kotlin-logo.svg"><meta name="image"
content="https://kotlinlang.org/assets/images/open-graph/docs.png">
<meta property="og:title" content="${ktTitle} | Kotlin"><meta property="og:description" content=""><meta property="og:site_name" content="Kotlin Help">
<meta property="og:type" content="website"><meta property="og:locale" content="en_US"><meta property="og:url"
content="https://kotlinlang.org/docs/retry-policies.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","@id":"https://kotlinlang.org/docs/retry-policies.html#webpage",
"url":"https://kotlinlang.org/docs/retry-policies.html","name":"${ktTitle} | Kotlin","description":"","image":"","inLanguage":"en-US"}</script>
<link rel="canonical" href="https://kotlinlang.org/docs/retry-policies.html"></head>
<body data-id="Retry-policies" data-main-title="${ktTitle}" data-article-props="{&quot;seeAlsoStyle&quot;:&quot;links&quot;}" data-template="article"
data-breadcrumbs="Concurrency///Coroutines">
<div class="jetbrains-cookies-banner" role="dialog" aria-label="Cookie consent"><div class="jetbrains-cookies-banner__text">${ktCookie}</div>
<div class="jetbrains-cookies-banner__buttons"><button class="jetbrains-cookies-banner__button _accept">Accept All</button>
<button class="jetbrains-cookies-banner__button _manage">Manage Settings</button></div></div>
<div id="kotlin-header" class="kt-header" data-test="header"><div class="kt-header__inner"><a href="https://kotlinlang.org/" class="kt-header__logo"
aria-label="Kotlin"><span class="kt-header__logo-text">Kotlin</span></a><a class="kt-header__version" href="releases.html">v2.2.21</a>
<nav class="kt-header__nav" aria-label="Main">${ktNav
  .map(
    (t) => `<a class="kt-header__nav-item${t === 'Docs' ? ' _active' : ''}"
href="/${t.toLowerCase()}/">${t}</a>`,
  )
  .join('')}</nav>
<button class="kt-header__search" aria-label="Search"><span class="kt-header__search-text">Search</span></button></div></div>
<div class="wrapper"><aside class="panel _toc" role="navigation" aria-label="Table of contents"><div class="toc-wrapper"><ul class="toc">
${ktToc.map((t) => `<li class="toc-item"><a class="toc-item__link" href="${ktId(t)}.html">${t}</a></li>`).join('\n')}
<li class="toc-item _active"><a class="toc-item__link" href="retry-policies.html" aria-current="page">${ktTitle}</a></li></ul></div></aside>
<main class="panel _main"><header class="panel__header"><div class="container"><h3>Kotlin 2.2.21 Help</h3><div class="panel-trigger"></div></div></header>
<section class="panel__content"><div class="container"><article class="article" data-shortcut-switcher="inactive">
<div class="article__actions"><a class="edit-on-github" href="https://github.com/JetBrains/kotlin-web-site/edit/master/docs/topics/retry-policies.md">Edit
page</a></div>
<h1 data-toc="Retry-policies" id="Retry-policies.md">${ktTitle}</h1>
<div class="micro-format" data-content="{&quot;@context&quot;:&quot;http://schema.org&quot;,&quot;@type&quot;:&quot;TechArticle&quot;}"></div>
${ktPs(ktP1)}
${ktChapter(
  ktH[0] ?? '',
  `${ktPs(ktP2)}
<div class="tabs" id="retry-dependency"><div class="tabs__content" role="tablist"><button class="tabs__tab _selected" role="tab"
aria-selected="true">Kotlin</button>
<button class="tabs__tab" role="tab" aria-selected="false">Groovy</button></div>
${ktCode('kotlin', 'dependencies {\n    implementation("org.jetbrains.kotlinx:kotlinx-retry:0.4.1")\n}')}
<div hidden>${ktCode('groovy', "dependencies {\n    implementation 'org.jetbrains.kotlinx:kotlinx-retry:0.4.1'\n}")}</div></div>
<aside class="prompt" data-type="tip" data-title=""><p>${ktTip}</p></aside>`,
)}
${ktChapter(
  ktH[1] ?? '',
  `${ktPs(ktP3.slice(0, 1))}
${ktCode('kotlin', 'val profile = retry(RetryPolicy.fixed(attempts = 3, delay = 500.milliseconds)) {\n    api.fetchProfile(userId)\n}')}
${ktPs(ktP3.slice(1))}`,
)}
${ktChapter(
  ktH[2] ?? '',
  `${ktPs(ktP4)}
${ktCode(
  'kotlin',
  'val policy = RetryPolicy.exponential(\n    attempts = 6,\n    initialDelay = 200.milliseconds,\n    maxDelay = 10.seconds,\n    jitter = 0.3,\n)',
)}
<ul class="list _bullet">${ktList.map((t) => `<li class="list__item"><p>${t}</p></li>`).join('\n')}</ul>
<aside class="prompt" data-type="note" data-title=""><p>${ktNote}</p></aside>`,
)}
${ktChapter(
  ktH[3] ?? '',
  `${ktPs(ktP5.slice(0, 1))}
${ktCode(
  'kotlin',
  'val policy = RetryPolicy.exponential(attempts = 4).retryIf { e ->\n    e is TimeoutException || (e is HttpException &amp;&amp; e.status >= 500)\n}',
)}
${ktPs(ktP5.slice(1))}`,
)}
${ktChapter(ktH[4] ?? '', `<ul class="list _bullet">${ktNext.map((t) => `<li class="list__item"><p>${t}</p></li>`).join('\n')}</ul>`)}
<div class="last-modified">Last modified: 29 October 2025</div>
<div class="feedback" data-feedback-placeholder="true"><div class="feedback__title">Was this page helpful?</div><div class="feedback__buttons">
<button class="feedback__button _yes">Yes</button><button class="feedback__button _no">No</button></div></div>
<div class="navigation-links _bottom"><a href="coroutines-and-channels.html" class="navigation-links__prev">Coroutines and channels \u2212 tutorial</a>
<a href="flow.html" class="navigation-links__next">Asynchronous Flow</a></div></article><div id="disqus_thread"></div></div></section></main>
<aside class="panel _inpage" aria-label="In this article"><div class="inpage-toc"><div class="inpage-toc__title">In this article</div><ul>
${ktH.map((t) => `<li><a href="#${ktId(t)}">${t}</a></li>`).join('\n')}</ul></div></aside></div>
<footer class="kt-footer" data-test="footer"><div class="kt-footer__inner"><ul class="kt-footer__links">${links(ktFoot, 'kt-footer__link')}</ul>
<div class="kt-footer__jetbrains">Supported and developed by <a href="https://www.jetbrains.com/">JetBrains</a></div>
<p class="kt-footer__legal">${ktLegal}</p><a class="kt-footer__opt" href="#">Opt-Out</a></div></footer>
<script src="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.js"></script></body></html>`;
export const kotlinDoc: TestPage = {
  html: ktHtml,
  name: 'heldout123-kotlin-docs',
  kind: 'docs',
  // the tip and note prompts are body; the Kotlin / Groovy tab labels are furniture; "Last modified" is a byline; the
  // right-hand "In this article" list repeats the headings and is left out
  title: ktTitle,
  headings: ktH,
  body: texts([...ktP1, ...ktP2, ktTip, ...ktP3, ...ktP4, ...ktList, ktNote, ...ktP5, ...ktNext]),
  bylines: ['Last modified: 29 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ktCookie, 'Accept All', 'Manage Settings', 'Kotlin', 'v2.2.21', ...ktNav, 'Search', ...ktToc, 'Kotlin 2.2.21 Help', 'Edit page', 'Groovy',
    'Was this page helpful?', 'Yes', 'No', 'Coroutines and channels \u2212 tutorial', 'In this article', ...ktFoot, 'Supported and developed by JetBrains',
    ktLegal, 'Opt-Out',
  ])],
};
