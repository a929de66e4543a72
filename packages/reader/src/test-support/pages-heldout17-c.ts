import { links, ps, type TestPage, texts } from './page-kit.js';
import { githubIssue } from './pages-heldout17-c2.js';

/**
 * Held-out batch 17, file c: a Docusaurus v3 docs page (navbar with versions dropdown and search button, docs sidebar,
 * breadcrumbs, version badge, "On this page" toggle, theme-doc-markdown with hash links, note / tip / warning admonitions
 * with their headings, a tabs block with code blocks, "Edit this page" and "Last updated" row, pagination-nav, the table of
 * contents on the right, dark footer). The GitHub issue page of this file is in pages-heldout17-c2.ts.
 */
const dcTitle = 'Retries and backoff';
const dcIntro = [
  'Network calls fail. A broker restarts, a load balancer drops an idle connection, a consumer takes too long and its lease ' +
    'expires. Relaykit retries failed deliveries for you, and this page explains how the retry policy works and how to tune it ' +
    'for your workload.',
];
const dcH1 = 'How retries work';
const dcBody1 = [
  'When a handler throws or its promise rejects, the message is not acknowledged. Relaykit puts it back on the queue with a ' +
    '<code>visibleAt</code> time in the future, so no consumer sees it again until the delay has passed.',
  'The delay grows with every attempt. By default the first retry waits one second, the second two, the third four, and so on, ' +
    'up to a ceiling of five minutes. A random jitter of up to 20 percent is added so that a burst of failures does not turn into ' +
    'a burst of retries a few seconds later.',
];
const dcNote = 'Retries are counted per message, not per consumer. A message that fails on three different consumers has used three attempts.';
const dcH2 = 'Configuring the policy';
const dcBody2 = ['Pass a <code>retry</code> object when you create a consumer. Every field is optional; anything you leave out keeps its default.'];
const dcFields = [
  '<code>maxAttempts</code>: how many times a message is delivered before it is given up on. The default is 8.',
  '<code>initialDelay</code>: the wait before the first retry, in milliseconds.',
  '<code>multiplier</code>: how much the delay grows after each attempt. Set it to 1 for a fixed delay.',
  '<code>maxDelay</code>: the longest any single wait may be, however many attempts have passed.',
];
const dcH3 = 'Idempotent handlers';
const dcBody3 = [
  'Because a message can be delivered more than once, handlers should be safe to run twice. The usual way is to record the ' +
    'message ID in the same transaction as the work the handler does, and to skip messages whose ID is already recorded.',
];
const dcTipTitle = 'Use the built-in dedupe store';
const dcTip = 'If you already use Postgres, <code>createDedupeStore(pool)</code> creates the table and the check for you in one call.';
const dcH4 = 'Giving up';
const dcBody4 = [
  'After the last attempt, the message moves to the dead-letter queue for its topic, together with the error from the final ' +
    'attempt and a count of how many times it was tried. Nothing is deleted.',
];
const dcWarn = 'Setting <code>maxAttempts</code> to 0 turns retries off entirely: a message that fails once goes straight to the dead-letter queue.';
const dcSidebar = [
  'Introduction',
  'Installation',
  'Quick start',
  'Guides',
  'Connection lifecycle',
  'Dead-letter queues',
  'Batching',
  'Observability',
  'API reference',
  'Migrating from 2.x',
];
const dcNav = ['Docs', 'API', 'Blog', 'Community'];
const dcVersions = ['Next', '3.x', '2.x', 'All versions'];
const dcFootCols: [string, string[]][] = [
  ['Docs', ['Getting started', 'Guides', 'API reference']],
  ['Community', ['Discord', 'Stack Overflow', 'Code of conduct']],
  ['More', ['Blog', 'GitHub', 'Changelog']],
];
const dcTabs = ['TypeScript', 'JavaScript'];
const dcCode = (lang: string, lines: readonly string[]): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block"
style="--prism-color:#393A34;--prism-background-color:#f6f8fa"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang}
codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">${lines
  .map(
    (l) => `<span class="token-line"><span class="token plain">${l}</span><br>
</span>`,
  )
  .join('')}
</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span
class="copyButtonIcons_eSgA" aria-hidden="true"></span></button></div></div></div>`;
const dcAdm = (kind: string, cls: string, title: string, inner: string): string => `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3
alert alert--${cls}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16">
<path d="M6.3 5.69a.942.942 0 0 1-.28-.7c0-.28"></path>
</svg></span>${title}</div><div class="admonitionContent_BuS1"><p>${inner}</p></div></div>`;
const dcSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const dcH = (t: string): string => `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${dcSlug(t)}">${t}<a href="#${dcSlug(t)}" class="hash-link"
aria-label="Direct link to ${t}" title="Direct link to ${t}">&#8203;</a></h2>`;
const dcHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-3.x docs-doc-page docs-doc-id-guides/retries"
data-has-hydrated="false">
<head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0"><title data-rh="true">${dcTitle} | Relaykit</title>
<meta data-rh="true" name="docusaurus_version" content="3.x"><meta data-rh="true" name="docsearch:version" content="3.x">
<link data-rh="true" rel="canonical" href="https://relaykit.example/docs/guides/retries"><link rel="stylesheet" href="/assets/css/styles.4f1e6a2b.css">
<script src="/assets/js/runtime~main.8d2b7c1e.js" defer="defer"></script><script src="/assets/js/main.3a9f0d44.js" defer="defer"></script></head>
<body class="navigation-with-keyboard">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main
content</a></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar"
aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button><a class="navbar__brand" href="/"><div class="navbar__logo">
<img src="/img/logo.svg"
alt="Relaykit logo"></div><b class="navbar__title text--truncate">Relaykit</b></a>
${dcNav.map((t) => `<a class="navbar__item navbar__link" href="/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true"
aria-expanded="false" role="button" class="navbar__link">3.x</a><ul class="dropdown__menu">${dcVersions
  .map((v) => `<li><a class="dropdown__link" href="/docs/${v}/guides/retries">${v}</a></li>`)
  .join(
    '',
  )}</ul></div><a href="https://github.example/relaykit/relaykit" class="navbar__item navbar__link header-github-link" aria-label="GitHub repository"></a>
<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button" title="Switch between dark and light mode"
aria-label="Switch between dark and light mode (currently light mode)"></button></div>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Placeholder">Search</span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd><kbd
class="DocSearch-Button-Key">K</kbd></span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${links(dcSidebar, 'theme-doc-sidebar-item-link menu__list-item')}</ul></nav>
<button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline collapseSidebarButton_PEFL">
</button></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"
itemscope itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">🏠</a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Guides</span></li><li class="breadcrumbs__item breadcrumbs__item--active"><span
class="breadcrumbs__link" itemprop="name">${dcTitle}</span></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 3.x</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button>
</div>
<div class="theme-doc-markdown markdown"><header><h1>${dcTitle}</h1></header>
${ps(dcIntro)}
${dcH(dcH1)}
${ps(dcBody1)}
${dcAdm('note', 'secondary', 'note', dcNote)}
${dcH(dcH2)}
${ps(dcBody2)}
<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">${dcTabs
  .map(
    (t, i) =>
      `<li role="tab" tabindex="${i === 0 ? 0 : -1}" aria-selected="${i === 0}"
class="tabs__item tabItem_LNqP${i === 0 ? ' tabs__item--active' : ''}">${t}</li>`,
  )
  .join('')}</ul><div class="margin-top--md"><div role="tabpanel" class="tabItem_Ymn6">${dcCode('ts', [
  "import { createConsumer } from '@relaykit/client';",
  "const consumer = createConsumer&lt;Order&gt;({ topic: 'orders', retry: { maxAttempts: 5, initialDelay: 500 } });",
])}</div><div role="tabpanel" class="tabItem_Ymn6" hidden>${dcCode('js', [
  "const { createConsumer } = require('@relaykit/client');",
  "const consumer = createConsumer({ topic: 'orders', retry: { maxAttempts: 5, initialDelay: 500 } });",
])}</div></div></div>
<ul>${dcFields.map((f) => `<li>${f}</li>`).join('\n')}</ul>
${dcH(dcH3)}
${ps(dcBody3)}
${dcAdm('tip', 'success', dcTipTitle, dcTip)}
${dcH(dcH4)}
${ps(dcBody4)}
${dcAdm('warning', 'warning', 'warning', dcWarn)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a
href="https://github.example/relaykit/relaykit/edit/main/website/versioned_docs/version-3.x/guides/retries.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw"></svg>Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-04-02T09:13:00.000Z"
itemprop="dateModified">Apr 2, 2025</time></b> by <b>Mirela Dobre</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/guides/connection-lifecycle"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Connection lifecycle</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/guides/dead-letter-queues"><div class="pagination-nav__sublabel">Next</div><div
class="pagination-nav__label">Dead-letter queues</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${[dcH1, dcH2, dcH3, dcH4].map((h) => `<li><a href="#${dcSlug(h)}" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('\n')}</ul></div></div>
</div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${dcFootCols
  .map(
    ([h, items]) =>
      `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">${links(items, 'footer__item')}</ul></div>`,
  )
  .join('\n')}</div><div class="footer__bottom text--center">
<div class="footer__copyright">Copyright © 2025 Relaykit contributors. Built with Docusaurus.</div>
</div></div></footer></div></body></html>`;
const docusaurus: TestPage = {
  html: dcHtml,
  name: 'heldout17-docusaurus-v3',
  kind: 'docs',
  // theme-doc-markdown is the article: paragraphs, the field list items and the three admonitions' text are body, its
  // h2s the headings (the hash links are a zero-width space); the tip's own title "Use the built-in dedupe store" is
  // author text and counted as body, the generic admonition labels "note" and "warning" are furniture; the tabs' code is
  // in neither list, their labels furniture; "Last updated on ... by ..." is the byline; breadcrumbs (the last is the
  // title: left out), version badge and dropdown, "On this page", the right-hand table of contents (the headings again:
  // left out), "Edit this page", pagination, sidebar, navbar and footer are furniture; the sidebar's and pagination's
  // "Dead-letter queues" and "Connection lifecycle" and the version "Next" count once, as do "Guides", "Blog", "Docs",
  // "Community" and "API reference", which occur in more than one menu; the footer column "More" and the brand "Relaykit"
  // are words of the body: left out
  title: dcTitle,
  headings: [dcH1, dcH2, dcH3, dcH4],
  body: [...texts([...dcIntro, ...dcBody1, dcNote, ...dcBody2, ...dcFields, ...dcBody3, dcTipTitle, dcTip, ...dcBody4, dcWarn])],
  bylines: ['Last updated on Apr 2, 2025 by Mirela Dobre'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dcNav, ...dcVersions, 'Search', ...dcSidebar, 'Version: 3.x', 'On this page', 'note', ...dcTabs, 'warning',
    'Edit this page', 'Previous', 'Getting started', 'Discord', 'Stack Overflow', 'Code of conduct', 'GitHub',
    'Changelog', 'Copyright © 2025 Relaykit contributors. Built with Docusaurus.',
  ],
};

export const HELDOUT17_C: readonly TestPage[] = [docusaurus, githubIssue];
