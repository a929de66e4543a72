import { type TestPage, texts } from './page-kit.js';
import { vitepressGuide } from './pages-heldout59-a2.js';

/**
 * Held-out batch 59, file a: a Docusaurus v3 docs page on the classic theme (announcement bar, navbar with version dropdown,
 * DocSearch button and colour toggle, docs sidebar with categories, breadcrumbs with schema.org microdata, version badge, the
 * mobile "On this page" button, the article with hash links, admonitions of four kinds and a two-tab code switcher, tags,
 * "Edit this page", the last-updated line, previous/next pagination, the desktop table of contents and the dark footer).
 */
const dsTitle = 'Retrying failed jobs';
const dsIntro = [
  'Jobs fail for all sorts of reasons: a payment provider times out, a database row is locked, or a worker is restarted halfway through a ' +
    'deploy. Relay Queue treats a failure as a normal event rather than an emergency, and by default it will try a job again before giving up on it.',
  'This guide explains how the retry policy is chosen, how to tune the delay between attempts, and what happens to a job once it has used up ' +
    'its attempts.',
];
const dsH = ['How retries work', 'Setting a retry policy', 'Backoff strategies', 'Errors that should not be retried', 'The dead-letter queue'];
const dsHow = [
  'When a handler throws or returns a rejected promise, the worker marks the attempt as failed and asks the job’s retry policy what to do ' +
    'next. The policy answers with one of two things: a delay after which the job becomes visible again, or a decision to stop retrying. The job ' +
    'keeps its ID, its payload and its attempt counter across retries, so your handler can read <code>job.attempt</code> to see how many times it has ' +
    'already run.',
  'Retries are scheduled on the broker, not in the worker’s memory. If the worker process dies while a job is waiting for its next attempt, ' +
    'another worker will pick the job up when the delay expires.',
];
const dsNote =
  'A job that times out counts as a failed attempt, even if the handler eventually finishes. Set <code>timeoutMs</code> generously for jobs ' +
  'that call slow external services.';
const dsSet = 'You can set a policy for a whole queue when you create it, and override it for a single job when you enqueue it. A per-job policy always wins.';
const dsTabTs = 'Import the <code>RetryPolicy</code> type to get completion and type checking for every option.';
const dsTabJs = 'The options are the same without types: pass them as a plain object literal.';
const dsStratIntro = 'Relay Queue ships with three strategies:';
const dsStrat = [
  '<code>fixed</code> waits the same delay before every attempt.',
  '<code>linear</code> adds the base delay again on each attempt, so the third retry waits three times as long as the first.',
  '<code>exponential</code> doubles the delay on each attempt, up to <code>maxDelayMs</code>. This is the default.',
];
const dsStratAfter =
  'Exponential backoff with jitter is the right choice for almost every job that talks to another service. Without jitter, a thousand jobs that ' +
  'failed in the same second will all retry in the same second, and the service that was struggling will be hit by the same wave again.';
const dsTip =
  'Set <code>jitter: &#39;full&#39;</code> to spread retries randomly between zero and the computed delay. In our own load tests it cut peak retry ' +
  'traffic by about 60 percent.';
const dsErr =
  'Some failures will never succeed on a second try: a malformed payload, a customer record that has been deleted, a card that the bank has ' +
  'declined. Throw an <code>UnrecoverableError</code> from your handler to skip the remaining attempts and send the job straight to the dead-letter queue.';
const dsWarn =
  'Do not catch every exception and rethrow it as <code>UnrecoverableError</code>. A network blip would then cost you the job, and you would ' +
  'only find out when someone goes looking for it.';
const dsDead = [
  'A job that has used up its attempts, or that threw an <code>UnrecoverableError</code>, is moved to the queue’s dead-letter queue with its ' +
    'last error attached. Jobs stay there for 14 days unless you change <code>deadLetter.retentionDays</code>.',
  'From the dashboard you can inspect a dead job’s payload and stack trace, replay it with a fresh attempt counter, or delete it. Replaying a ' +
    'batch of jobs after fixing a bug is the most common reason teams open the dead-letter view at all.',
];
const dsDanger = 'Purging a dead-letter queue cannot be undone. Export the jobs first if you may need them for an audit.';
const dsSide = ['Introduction', 'Installation', 'Producing jobs', 'Consuming jobs', 'Scheduled and delayed jobs', 'Concurrency and rate limits'];
const dsSide2 = ['Observability', 'Deployment', 'API reference', 'Migrating from 3.x'];
const dsFootCols: [string, string[]][] = [
  ['Docs', ['Getting started', 'Guides', 'Recipes']],
  ['Community', ['Discord', 'GitHub Discussions', 'Stack Overflow']],
  ['More', ['Blog', 'Changelog', 'GitHub']],
];
const h = (tag: string, t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<${tag} class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${t}<a href="#${id}" class="hash-link" aria-label="Direct link to ${t}" \
title="Direct link to ${t}" translate="no">\u200b</a></${tag}>`;
};
const adm = (kind: string, alert: string, text: string): string =>
  `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${alert}"><div class="admonitionHeading_Gvgb">\
<span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M6.3 5.69a.942.942 0 0 1-.28-.7c0-.28.09-.52.28-.7"></path>\
</svg></span>${kind}</div><div class="admonitionContent_BuS1"><p>${text}</p></div></div>`;
const code = (lang: string, lines: string[]): string =>
  `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa">\
<div class="codeBlockContent_QJqH"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar" \
style="color:#393A34;background-color:#f6f8fa"><code class="codeBlockLines_e6Vv">${lines
    .map((l) => `<span class="token-line" style="color:#393A34">${l}\n</span>`)
    .join('')}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">\
<span class="copyButtonIcons_eSgA" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"><path fill="currentColor" d="M19"></path>\
</svg></span></button></div></div></div>`;
const li = (href: string, t: string, extra = ''): string =>
  `<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link${extra}" tabindex="0" \
href="${href}">${t}</a></li>`;
const dsHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-guides/retries" \
data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.8.1">
<title data-rh="true">${dsTitle} | Relay Queue</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="${dsTitle} | Relay Queue"><meta data-rh="true" name="docusaurus_version" content="current">
<meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><meta data-rh="true" name="docsearch:version" content="current">
<meta data-rh="true" name="description" content="Jobs fail for all sorts of reasons: a payment provider times out, a database row is locked...">
<link data-rh="true" rel="canonical" href="https://relayq.dev/docs/guides/retries">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",\
"position":1,"name":"Guides","item":"https://relayq.dev/docs/category/guides"},{"@type":"ListItem","position":2,"name":"${dsTitle}",\
"item":"https://relayq.dev/docs/guides/retries"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.4f1d2c3e.css">
<script src="/assets/js/runtime~main.8a6b2c1f.js" defer="defer"></script>
<script src="/assets/js/main.3e9d0a7b.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><defs>
<symbol id="theme-svg-external-link" viewBox="0 0 24 24"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2z"/></symbol>
</defs></svg>
<script>!function(){var t=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{\
return window.localStorage.getItem("theme")}catch(t){}}();document.documentElement.setAttribute("data-theme",t||"light"),\
document.documentElement.setAttribute("data-theme-choice",t||"light")}()</script><div id="__docusaurus"><link rel="preload" as="image" href="/img/logo.svg">\
<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>\
<div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#1b1f3a;color:#fff" role="banner">\
<div class="announcementBarPlaceholder_vyr4"></div><div class="content_knG7 announcementBarContent_xLdY">⭐️ Relay Queue 4.0 is out! Read the \
<a target="_blank" rel="noopener noreferrer" href="/blog/relay-4">release notes</a>.</div><button type="button" aria-label="Close" \
class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" \
stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div>
<nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="theme-layout-navbar-left navbar__items">\
<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" \
viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22">\
</path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Relay Queue logo" \
class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Relay Queue</b></a>\
<a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/intro">Docs</a>\
<a class="navbar__item navbar__link" href="/docs/api">API</a><a class="navbar__item navbar__link" href="/blog">Blog</a></div>\
<div class="theme-layout-navbar-right navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right">\
<a class="navbar__link" aria-haspopup="true" aria-expanded="false" role="button" href="/docs/intro">4.x</a><ul class="dropdown__menu">\
<li><a class="dropdown__link" href="/docs/next/guides/retries">Next 🚧</a></li><li><a aria-current="page" class="dropdown__link dropdown__link--active" \
href="/docs/guides/retries">4.x</a></li><li><a class="dropdown__link" href="/docs/3.x/guides/retries">3.x</a></li></ul></div>\
<a href="https://github.com/relayq/relayq" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub<svg width="13.5" \
height="13.5" aria-hidden="true" class="iconExternalLink_nPIU"><use href="#theme-svg-external-link"></use></svg></a>\
<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" \
title="system mode" aria-label="Switch between dark and light mode (currently system mode)"><svg viewBox="0 0 24 24" width="24" height="24" \
aria-hidden="true" class="toggleIcon_g3eP systemToggleIcon_QzmC"><path fill="currentColor" d="m12 21c4.971 0 9-4.029 9-9s-4.029-9-9-9"></path></svg>\
</button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Ctrl+K)">\
<span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true">\
<path d="M14.386 14.386l4.0877 4.0877-4.0877-4.0877c-2.9418 2.9419-7.7115 2.9419-10.6533 0" stroke="currentColor" fill="none"></path></svg>\
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div>\
<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB">\
<button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button>\
<div class="docRoot_UBD9"><aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj">\
<div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">
${li('/docs/intro', dsSide[0]!)}${li('/docs/installation', dsSide[1]!)}
<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible">\
<a class="menu__link menu__link--sublist menu__link--sublist-caret menu__link--active" role="button" aria-expanded="true" \
href="/docs/category/guides">Guides</a></div><ul class="menu__list" style="display:block;overflow:visible;height:auto">
${li('/docs/guides/producers', dsSide[2]!)}${li('/docs/guides/consumers', dsSide[3]!)}
${li('/docs/guides/retries', dsTitle, ' menu__link--active" aria-current="page')}${li('/docs/guides/scheduling', dsSide[4]!)}
${li('/docs/guides/concurrency', dsSide[5]!)}</ul></li>
${li('/docs/observability', dsSide2[0]!)}<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item \
menu__list-item--collapsed"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--sublist-caret" role="button" \
aria-expanded="false" href="/docs/category/deployment">${dsSide2[1]!}</a></div></li>
${li('/docs/api', dsSide2[2]!)}${li('/docs/migrating', dsSide2[3]!)}</ul></nav>\
<button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline collapseSidebarButton_PEFL">\
<svg width="20" height="20" aria-hidden="true" class="collapseSidebarButtonIcon_kv0_"><g fill="#7a7a7a"><path d="M9.992 10.023c0 .2-.062.399-.172.547"></path>\
</g></svg></button></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">\
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs">\
<ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" \
class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3" \
fill="currentColor"></path></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item">\
<a class="breadcrumbs__link" itemprop="item" href="/docs/category/guides"><span itemprop="name">Guides</span></a><meta itemprop="position" content="1"></li>\
<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active">\
<span class="breadcrumbs__link" itemprop="name">${dsTitle}</span><meta itemprop="position" content="2"></li></ul></nav>\
<span class="theme-doc-version-badge badge badge--secondary">Version: 4.x</span><div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo">\
<button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div><div class="theme-doc-markdown markdown">
<header><h1>${dsTitle}</h1></header>
<p>${dsIntro[0]!}</p>
<p>${dsIntro[1]!}</p>
${h('h2', dsH[0]!)}
<p>${dsHow[0]!}</p>
<p>${dsHow[1]!}</p>
${adm('note', 'secondary', dsNote)}
${h('h2', dsH[1]!)}
<p>${dsSet}</p>
<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs"><li role="tab" tabindex="0" aria-selected="true" \
class="tabs__item tabItem_LNqP tabs__item--active">TypeScript</li><li role="tab" tabindex="-1" aria-selected="false" class="tabs__item tabItem_LNqP">\
JavaScript</li></ul><div class="margin-top--md"><div role="tabpanel" class="tabItem_Ymn6"><p>${dsTabTs}</p>
${code('ts', [
  '<span class="token keyword">import</span> { Queue, <span class="token keyword">type</span> RetryPolicy } <span class="token keyword">from</span> ' +
    '<span class="token string">&#39;relayq&#39;</span>;',
  '<span class="token keyword">const</span> retry: RetryPolicy = { attempts: <span class="token number">8</span>, backoff: <span class="token ' +
    'string">&#39;exponential&#39;</span> };',
  '<span class="token keyword">const</span> emails = <span class="token keyword">new</span> Queue(<span class="token string">&#39;emails&#39;</span>, { ' +
    'retry });',
])}</div><div role="tabpanel" class="tabItem_Ymn6" hidden=""><p>${dsTabJs}</p>
${code('js', [
  '<span class="token keyword">const</span> { Queue } = require(<span class="token string">&#39;relayq&#39;</span>);',
  '<span class="token keyword">const</span> emails = <span class="token keyword">new</span> Queue(<span class="token string">&#39;emails&#39;</span>, { ' +
    'retry: { attempts: 8 } });',
])}</div></div></div>
${h('h3', dsH[2]!)}
<p>${dsStratIntro}</p>
<ul>
${dsStrat.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${dsStratAfter}</p>
${adm('tip', 'success', dsTip)}
${h('h2', dsH[3]!)}
<p>${dsErr}</p>
${code('ts', [
  '<span class="token keyword">if</span> (!customer) <span class="token keyword">throw new</span> UnrecoverableError(<span class="token string">&#39;no ' +
    'customer&#39;</span>);',
])}
${adm('warning', 'warning', dsWarn)}
${h('h2', dsH[4]!)}
<p>${dsDead[0]!}</p>
<p>${dsDead[1]!}</p>
${adm('danger', 'danger', dsDanger)}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-tags-row"><div class="col"><b>Tags:</b>\
<ul class="tags_jXut padding--none margin-left--sm"><li class="tag_QGVx"><a rel="tag" title="Keeping jobs alive through failures" \
class="tag_zVej tagRegular_sFm0" href="/docs/tags/reliability">reliability</a></li><li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" \
href="/docs/tags/operations">operations</a></li></ul></div></div><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">\
<a href="https://github.com/relayq/relayq/edit/main/website/docs/guides/retries.mdx" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">\
<svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3"></path></g>\
</svg>Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time \
datetime="2025-11-03T09:41:12.000Z" itemprop="dateModified">Nov 3, 2025</time></b> by <b>Priya Raman</b></span></div></div></footer></article>
<nav class="docusaurus-mt-lg pagination-nav" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" \
href="/docs/guides/consumers"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">${dsSide[3]!}</div></a>\
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/guides/scheduling"><div class="pagination-nav__sublabel">Next</div>\
<div class="pagination-nav__label">${dsSide[4]!}</div></a></nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar \
theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
<li><a href="#how-retries-work" class="table-of-contents__link toc-highlight">${dsH[0]!}</a></li><li><a href="#setting-a-retry-policy" \
class="table-of-contents__link toc-highlight">${dsH[1]!}</a><ul><li><a href="#backoff-strategies" class="table-of-contents__link toc-highlight">${dsH[2]!}</a>\
</li></ul></li><li><a href="#errors-that-should-not-be-retried" class="table-of-contents__link toc-highlight">${dsH[3]!}</a></li>\
<li><a href="#the-dead-letter-queue" class="table-of-contents__link toc-highlight">${dsH[4]!}</a></li></ul></div></div></div></div></main></div></div></div>
<footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
${dsFootCols
  .map(
    ([t, items]) =>
      `<div class="theme-layout-footer-column col footer__col"><div class="footer__title">${t}</div><ul class="footer__items clean-list">${items
        .map((i) => `<li class="footer__item"><a class="footer__link-item" href="/${i.toLowerCase().replace(/ /g, '-')}">${i}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}
</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Relay Queue contributors. Built with Docusaurus.</div></div>\
</div></footer></div>
</body>
</html>`;
const docusaurus: TestPage = {
  html: dsHtml,
  name: 'heldout59-docusaurus',
  kind: 'docs',
  // body: the intro, every paragraph and list item, the text of the four admonitions (their label words "note", "tip", "warning",
  // "danger" in neither list) and the sentence of each of the two tab panels, the hidden JavaScript one too (a panel of the
  // article one click away, not page chrome); the code blocks are in neither list; the tab labels are furniture (the buttons of
  // the switcher); the last-updated line (date and editor) is the byline; the announcement bar, navbar, version dropdown and
  // badge, sidebar, breadcrumbs, "On this page", tags, "Edit this page", pagination, the table of contents (its entries repeat
  // the headings: left out) and the footer are furniture; the sidebar's current item and the breadcrumb repeat the title (left
  // out), and "Relay Queue" (brand) and "Next" (pager, version menu) are words of the body: left out
  title: dsTitle,
  headings: dsH,
  body: [
    ...texts(dsIntro),
    ...texts(dsHow),
    ...texts([dsNote, dsSet, dsTabTs, dsTabJs, dsStratIntro, ...dsStrat, dsStratAfter, dsTip, dsErr, dsWarn, ...dsDead, dsDanger]),
  ],
  bylines: ['Last updated on Nov 3, 2025 by Priya Raman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Relay Queue 4.0 is out! Read the release notes.', 'Docs', 'API', 'Blog', '4.x', '3.x', 'GitHub',
    'Search', ...dsSide, ...dsSide2, 'Guides', 'Version: 4.x', 'On this page', 'TypeScript', 'JavaScript', 'Tags:', 'reliability', 'operations',
    'Edit this page', 'Previous', 'Getting started', 'Recipes', 'Community', 'Discord', 'GitHub Discussions',
    'Stack Overflow', 'More', 'Changelog',
    'Copyright © 2025 Relay Queue contributors. Built with Docusaurus.',
  ],
};

export const HELDOUT59_A: readonly TestPage[] = [docusaurus, vitepressGuide];
