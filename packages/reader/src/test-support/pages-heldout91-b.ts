import { links, type TestPage, texts } from './page-kit.js';
import { furoPage } from './pages-heldout91-b2.js';

/**
 * Held-out batch 91, file b: a Docusaurus v3 documentation page of an invented open-source job queue (the "Skip to main
 * content" region, the announcement bar, the navbar with the version dropdown, GitHub link, colour mode toggle and DocSearch
 * button, the docs sidebar with collapsible categories, breadcrumbs with the home icon, the version badge, the mobile "On this
 * page" button, headings with zero-width-space hash links, a tip and a warning admonition, package-manager tabs with hidden
 * panels, code blocks with copy buttons, the doc footer with tags, "Edit this page" and "Last updated", the prev/next
 * pagination, the desktop table of contents and the dark footer) and, from file b2, a Read the Docs page on the Furo theme.
 */
const duTitle = 'Retries and backoff';
const duIntro = [
  'Jobs fail. A payment provider times out, a database is restarted, a rate limit kicks in. Brindle can run a failed job again ' +
    'automatically, waiting a little longer each time, so that short outages do not turn into lost work.',
  'This page explains how retries are counted, how to configure backoff for a queue or a single job, and how to stop retrying when ' +
    'an error can never succeed.',
];
const duH1 = 'How retries are counted';
const duCount = [
  'Every job has an <code>attempts</code> counter that starts at zero. When the handler throws or its promise rejects, Brindle increments ' +
    'the counter and, if it is still below <code>maxAttempts</code>, schedules the job again. When the limit is reached the job moves to ' +
    'the <code>failed</code> state and stays there until you retry it by hand or it is removed by the cleanup policy.',
  'A job that is still running when its worker stops is not counted as a failure. It is returned to the queue when its lock expires ' +
    'and picked up by another worker with the same attempt number.',
];
const duTip = ['Set <code>maxAttempts</code> to 1 for jobs that are not safe to run twice, such as sending a text message, and handle the failure yourself.'];
const duH2 = 'Configuring backoff';
const duBackoff = ['Install the optional backoff presets if you want the jitter strategies described below:'];
const duBackoff2 = ['Backoff is set per queue and can be overridden per job. Brindle supports three strategies:'];
const duList = [
  '<strong>fixed</strong> waits the same delay before every retry.',
  '<strong>exponential</strong> doubles the delay after every failure, starting from <code>delay</code>.',
  '<strong>decorrelated</strong> picks a random delay between <code>delay</code> and three times the previous one, which spreads retries out ' +
    'when many jobs fail at once.',
];
const duCode = `import { Queue } from 'brindle';

const emails = new Queue('emails', {
  connection,
  defaultJobOptions: {
    maxAttempts: 6,
    backoff: { type: 'exponential', delay: 2_000, maxDelay: 60_000 },
  },
});`;
const duAfter = [
  'With these settings a job that keeps failing is tried at roughly 0, 2, 4, 8, 16 and 32 seconds, and then marked as failed. ' +
    'The <code>maxDelay</code> cap keeps a long series of retries from waiting hours between attempts.',
];
const duH3 = 'Giving up early';
const duEarly = [
  'Some errors will never go away on their own: a deleted customer, an invalid address, a file that does not exist. Throw an ' +
    '<code>UnrecoverableError</code> from the handler and Brindle moves the job straight to <code>failed</code>, whatever the attempt count.',
];
const duWarn = [
  'An <code>UnrecoverableError</code> thrown inside a sandboxed processor must be created with the class exported by <code>brindle</code>, ' +
    'not a copy of it. Errors are matched by name after they cross the process boundary.',
];
const duEarly2 = [
  'You can also inspect <code>job.attemptsMade</code> inside the handler and decide there, for example to switch to a fallback provider ' +
    'on the last attempt.',
];
const duNav = ['Docs', 'API', 'Blog', 'Showcase'];
const duVersions = ['Next', '3.x', '2.x', 'All versions'];
const duSide = [
  'Introduction',
  'Getting started',
  'Guides',
  'Queues',
  'Workers',
  'Retries and backoff',
  'Rate limiting',
  'Flows',
  'Deployment',
  'Recipes',
  'Migration from 2.x',
];
const duTabs = ['npm', 'Yarn', 'pnpm'];
const duFootCols = [
  ['Docs', 'Getting started', 'API reference'],
  ['Community', 'Discord', 'Stack Overflow', 'Mastodon'],
  ['More', 'Blog', 'GitHub', 'Changelog'],
];
const duAnchor = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const duH = (t: string): string => `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${duAnchor(t)}">${t}<a href="#${duAnchor(t)}" class="hash-link"
aria-label="Direct link to ${t}" title="Direct link to ${t}">\u200b</a></h2>`;
const duP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const duCodeBlock = (lang: string, code: string, title = ''): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block"
style="--prism-color:#393A34;--prism-background-color:#f6f8fa">${title === '' ? '' : `<div class="codeBlockTitle_Ktv7">${title}</div>`}
<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar"
style="color:#393A34;background-color:#f6f8fa"><code class="codeBlockLines_e6Vv">${code
  .split('\n')
  .map((l) => `<span class="token-line" style="color:#393A34">${l.replace(/'/g, '&#39;')}\n</span>`)
  .join('')}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">
<span class="copyButtonIcons_eSgA" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"><path fill="currentColor"
d="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21"></path></svg></span></button></div></div></div>`;
const duAdmon = (kind: string, alert: string, label: string, body: string): string => `<div class="theme-admonition theme-admonition-${kind}
admonition_xJq3 alert alert--${alert}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16">
<path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5"></path></svg></span>${label}</div><div class="admonitionContent_BuS1">${body}</div></div>`;
const duTabsHtml = `<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">${duTabs
  .map(
    (t, i) =>
      `<li role="tab" tabindex="${i === 0 ? 0 : -1}" aria-selected="${i === 0}" class="tabs__item tabItem_LNqP${
        i === 0 ? ' tabs__item--active' : ''
      }">${t}</li>`,
  )
  .join('')}</ul><div class="margin-top--md">${['npm install @brindle/backoff', 'yarn add @brindle/backoff', 'pnpm add @brindle/backoff']
  .map((c, i) => `<div role="tabpanel" class="tabItem_Ymn6"${i === 0 ? '' : ' hidden=""'}>${duCodeBlock('bash', c)}</div>`)
  .join('')}</div></div>`;
const duHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-guides/retries"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.8.1">
<title data-rh="true">Retries and backoff | Brindle</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:url" content="https://brindle.dev/docs/guides/retries">
<meta data-rh="true" property="og:locale" content="en"><meta data-rh="true" name="docusaurus_locale" content="en">
<meta data-rh="true" name="docsearch:language" content="en"><meta data-rh="true" name="docusaurus_version" content="current">
<meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><meta data-rh="true" name="docsearch:version" content="current">
<meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-current"><meta data-rh="true" property="og:title" content="Retries and backoff |
Brindle">
<meta data-rh="true" name="description" content="Run failed jobs again with fixed, exponential or decorrelated backoff.">
<link data-rh="true" rel="canonical" href="https://brindle.dev/docs/guides/retries">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Guides","item":"https://brindle.dev/docs/category/guides"},{"@type":"ListItem","position":2,"name":"Retries and backoff",
"item":"https://brindle.dev/docs/guides/retries"}]}</script>
<link rel="preconnect" href="https://X7RKQ2ALD1-dsn.algolia.net" crossorigin="anonymous">
<link rel="stylesheet" href="/assets/css/styles.4f1c2a9e.css"><script src="/assets/js/runtime~main.8a1b3c5d.js" defer="defer"></script>
<script src="/assets/js/main.2e9f7d41.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><defs><symbol id="theme-svg-external-link"
viewBox="0 0 24 24"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2z"></path></symbol></defs></svg>
<script>!function(){var t="light";try{t=new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}
document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to
main content</a></div><div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div>
<div class="content_knG7 announcementBarContent_xLdY">Brindle 3.4 is out, with sandboxed processors on Bun. <a target="_blank" rel="noopener noreferrer"
href="https://brindle.dev/blog/brindle-3-4">Read the release notes</a></div><button type="button" aria-label="Close"
class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor"
stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div>
<nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="theme-layout-navbar-left navbar__items">
<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30"
aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button>
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Brindle logo" class="themedComponent_mlkZ
themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Brindle</b></a>
${duNav.map((t, i) => `<a class="navbar__item navbar__link${i === 0 ? ' navbar__link--active' : ''}" href="/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div class="theme-layout-navbar-right navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right">
<a class="navbar__link" aria-haspopup="true" aria-expanded="false" role="button" href="/docs/intro">3.x</a><ul class="dropdown__menu">${duVersions
  .map((t) => `<li><a class="dropdown__link" href="/docs/${t}">${t}</a></li>`)
  .join('')}</ul></div><a href="https://github.com/brindle-dev/brindle" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link
header-github-link" aria-label="GitHub repository"></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP
toggleButtonDisabled_aARS" type="button" disabled="" title="system mode" aria-label="Switch between dark and light mode (currently system mode)"></button></div>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20"></svg><span
class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div>
<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB">
<button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">${links(duSide, 'menu__list-item')}</ul>
</nav><button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline
collapseSidebarButton_PEFL"></button></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs">
<ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page"
class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3"
fill="currentColor"></path></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item">
<a class="breadcrumbs__link" itemprop="item" href="/docs/category/guides"><span itemprop="name">Guides</span></a><meta itemprop="position" content="1"></li>
<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active">
<span class="breadcrumbs__link" itemprop="name">Retries and backoff</span><meta itemprop="position" content="2"></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 3.x</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button>
</div>
<div class="theme-doc-markdown markdown"><header><h1>${duTitle}</h1></header>
${duP(duIntro)}
${duH(duH1)}
${duP(duCount)}
${duAdmon('tip', 'success', 'tip', duP(duTip))}
${duH(duH2)}
${duP(duBackoff)}
${duTabsHtml}
${duP(duBackoff2)}
<ul>${duList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${duCodeBlock('ts', duCode, 'src/queues.ts')}
${duP(duAfter)}
${duH(duH3)}
${duP(duEarly)}
${duAdmon('warning', 'warning', 'warning', duP(duWarn))}
${duP(duEarly2)}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-tags-row"><div class="col"><b>Tags:</b>
<ul class="tags_jXut padding--none margin-left--sm">${['reliability', 'workers']
  .map((t) => `<li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/docs/tags/${t}">${t}</a></li>`)
  .join('')}</ul></div></div><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.com/brindle-dev/brindle/edit/main/website/docs/guides/retries.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"></svg>Edit this
page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-09-18T10:22:31.000Z"
itemprop="dateModified">Sep 18, 2025</time></b> by <b>Tomasz Wierzba</b></span></div></div></footer></article>
<nav class="docusaurus-mt-lg pagination-nav" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/guides/workers">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Workers</div></a><a class="pagination-nav__link
pagination-nav__link--next" href="/docs/guides/rate-limiting"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">Rate
limiting</div></a></nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">
<ul class="table-of-contents table-of-contents__left-border">${[duH1, duH2, duH3]
  .map((t) => `<li><a href="#${duAnchor(t)}" class="table-of-contents__link toc-highlight">${t}</a></li>`)
  .join('')}</ul></div></div></div></div></main></div></div></div>
<footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${duFootCols
  .map(
    (c) => `<div class="theme-layout-footer-column col footer__col"><div class="footer__title">${c[0]}</div><ul class="footer__items clean-list">
${c
  .slice(1)
  .map((t) => `<li class="footer__item"><a class="footer__link-item" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div>`,
  )
  .join('')}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Brindle contributors. Built with
Docusaurus.</div></div></div></footer></div></body></html>`;
const docusaurus: TestPage = {
  html: duHtml,
  name: 'heldout91-docusaurus-docs',
  kind: 'docs',
  // the admonition labels ("tip", "warning"), code blocks and the code block title are in neither list; the tab labels are
  // furniture; "Last updated on ... by ..." is a byline; the table of contents repeats the headings and is left out; "Retries
  // and backoff" in the breadcrumbs and sidebar is the title and is left out
  title: duTitle,
  headings: [duH1, duH2, duH3],
  body: [
    ...duIntro,
    ...texts(duCount),
    ...texts(duTip),
    ...duBackoff,
    ...duBackoff2,
    ...texts(duList),
    ...texts(duAfter),
    ...texts(duEarly),
    ...texts(duWarn),
    ...texts(duEarly2),
  ],
  bylines: ['Last updated on Sep 18, 2025 by Tomasz Wierzba'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Brindle 3.4 is out, with sandboxed processors on Bun.', 'Read the release notes', 'Brindle', ...duNav, '3.x', ...duVersions,
    'Search', ...duSide.filter((t) => t !== duTitle), 'Version: 3.x', 'On this page', ...duTabs, 'Tags:', 'reliability', 'workers', 'Edit this page',
    'Previous', 'Workers', 'Rate limiting', ...duFootCols.flat(), 'Copyright © 2025 Brindle contributors. Built with Docusaurus.',
  ])],
};

export const HELDOUT91_B: readonly TestPage[] = [docusaurus, furoPage];
