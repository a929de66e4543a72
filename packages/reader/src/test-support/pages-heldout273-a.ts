import { links, ps, type TestPage, texts } from './page-kit.js';
import { vitepress } from './pages-heldout273-a2.js';
import { j, lis } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file a: a Docusaurus v3 docs page (announcement bar, navbar with version dropdown and DocSearch button,
 * docs sidebar, breadcrumbs, admonition, "On this page" TOC, "Edit this page", last-updated line, pagination nav, footer) and a
 * VitePress guide page (VPNav, VPSidebar, outline aside, Carbon ad, edit link, "Last updated", prev / next doc footer).
 */
const dTitle = 'Deploying with preview channels';
const dIntro = [
  j(
    'A preview channel is a short-lived copy of your site that Quillstack builds from a branch and serves at its own address. Reviewers',
    'can click through the real pages before anything reaches production, and the channel removes itself when the branch is merged.',
  ),
  'This guide walks through creating a channel from the command line, wiring it into a pull request check, and cleaning up old channels.',
];
const dH = ['Before you begin', 'Create a channel', 'Channel lifetimes', 'Cleaning up'];
const dS1 = ['You need Quillstack CLI 4.2 or later and a project that has already been deployed once with quill deploy.'];
const dS1List = [
  'A deploy token with the channels:write scope, stored as QUILL_TOKEN in your CI secrets.',
  'A branch name that contains only letters, digits and hyphens, because the name becomes part of the preview address.',
];
const dS2 = [
  j(
    'Run <code>quill channel create</code> from the root of the project. The command builds the site exactly as a production deploy',
    'would, uploads the output and prints the address of the new channel.',
  ),
  j(
    'If a channel with the same name already exists, the command replaces its files instead of failing. That makes it safe to run the',
    'same step on every push to the branch.',
  ),
];
const dNote = 'Channels share the production environment variables unless you pass an env file with the --env flag.';
const dS3 = [
  j(
    'A new channel lives for seven days by default. Each push resets the clock, so a branch that is still being worked on keeps its',
    'preview. You can set a different lifetime with <code>--expires</code>, from one hour up to thirty days.',
  ),
  j(
    'Expired channels answer with a plain notice page for another day and are then removed for good, together with their logs. Keep',
    'lifetimes short for branches that carry drafts you would not want found by search engines.',
  ),
];
const dS4 = [
  j(
    'Most teams never clean up by hand, since merged branches lose their channels automatically. When a branch is abandoned rather than',
    'merged, list the open channels with <code>quill channel ls</code> and delete the stale ones with <code>quill channel rm</code>.',
  ),
  'Deleting a channel does not touch production or any other channel, and it cannot be undone.',
];
const dCode = `quill channel create --name feature-search-v2 --expires 3d`;
const dNav = ['Docs', 'API', 'Blog', 'Showcase'];
const dSide = ['Introduction', 'Installation', 'Your first deploy', 'Custom domains', 'Branch previews', 'Rollbacks', 'Environment variables'];
const dFootCols = ['Docs', 'Community', 'More'];
const dFoot = ['Getting started', 'CLI reference', 'Discord', 'Forum', 'Mastodon', 'Changelog', 'Status page', 'GitHub'];
const dHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-deploy/preview-channels"
data-has-hydrated="true" data-theme="light"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.6.3">
<title data-rh="true">${dTitle} | Quillstack</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="${dTitle} | Quillstack"><meta data-rh="true" name="docusaurus_locale" content="en">
<meta data-rh="true" name="docsearch:version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current">
<meta data-rh="true" name="description" content="A preview channel is a short-lived copy of your site that Quillstack builds from a branch.">
<link data-rh="true" rel="canonical" href="https://docs.quillstack.example/deploy/preview-channels">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Deploy","item":"https://docs.quillstack.example/category/deploy"},{"@type":"ListItem","position":2,"name":"${dTitle}"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.4f1a2b9c.css"><script src="/assets/js/runtime~main.8c2d1e3f.js" defer="defer"></script>
<script src="/assets/js/main.b7e04a51.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){var
t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main
content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div>
<div class="content_knG7 announcementBarContent_xLdY">Quillstack 5 beta is out. <a href="/blog/quillstack-5-beta">Try the new build cache</a></div>
<button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7">×</button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">
<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button>
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Quillstack logo" class="themedComponent_mlkZ"></div>
<b class="navbar__title text--truncate">Quillstack Docs</b></a>
<ul class="navbar__items">${links(dNav, 'navbar__item navbar__link')}</ul></div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a class="navbar__link"
aria-haspopup="true"
aria-expanded="false" role="button" href="/deploy/preview-channels">4.x</a><ul class="dropdown__menu">${links(
  ['5.0 beta', '4.x', '3.x'],
  'dropdown__link',
)}</ul></div>
<a href="https://github.com/quillstack/quill" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link"
aria-label="GitHub repository"></a>
<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button" title="Switch between dark and light mode"
aria-label="Switch between dark and light mode (currently light mode)"></button></div>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd
class="DocSearch-Button-Key">⌘</kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div></div>
<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">
<li class="theme-doc-sidebar-item-category menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist"
href="#">Hosting</a></div>
<ul class="menu__list">${links(dSide, 'theme-doc-sidebar-item-link menu__list-item')}</ul></li></ul></nav>
<button type="button" title="Collapse sidebar" aria-label="Collapse sidebar"
class="button button--secondary button--outline collapseSidebarButton_PEFL"></button>
</div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs">
<ul class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page"
class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg></a></li>
<li itemscope itemprop="itemListElement" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/category/deploy"><span
itemprop="name">Hosting</span></a></li>
<li itemscope itemprop="itemListElement" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">Branch
previews</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this
page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dTitle}</h1></header>
${ps(dIntro)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="before-you-begin">${dH[0]}<a href="#before-you-begin" class="hash-link"
aria-label="Direct link to ${dH[0]}"
title="Direct link to ${dH[0]}">​</a></h2>
${ps(dS1)}
<ul>${lis(dS1List)}</ul>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="create-a-channel">${dH[1]}<a href="#create-a-channel" class="hash-link"
aria-label="Direct link to ${dH[1]}"
title="Direct link to ${dH[1]}">​</a></h2>
${ps(dS2.slice(0, 1))}
<div class="language-bash codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-bash
codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line">${dCode}</span></code></pre><div class="buttonGroup__atx">
<button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"></button></div></div></div>
${ps(dS2.slice(1))}
<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary"><div class="admonitionHeading_Gvgb"><span
class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"></svg></span>note</div><div class="admonitionContent_BuS1"><p>${dNote}</p></div></div>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="channel-lifetimes">${dH[2]}<a href="#channel-lifetimes" class="hash-link"
aria-label="Direct link to ${dH[2]}"
title="Direct link to ${dH[2]}">​</a></h2>
${ps(dS3)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="cleaning-up">${dH[3]}<a href="#cleaning-up" class="hash-link" aria-label="Direct link to ${dH[3]}"
title="Direct link to ${dH[3]}">​</a></h2>
${ps(dS4)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.com/quillstack/docs/edit/main/docs/deploy/preview-channels.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">
<svg viewBox="0 0 40 40" class="iconEdit_Z9Sw"></svg>Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated
on <b><time datetime="2026-02-11T09:14:00.000Z" itemprop="dateModified">Feb 11, 2026</time></b> by <b>Odile Marchetti</b></span></div></div></footer>
</article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/deploy/custom-domains">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Custom domains</div></a><a
class="pagination-nav__link pagination-nav__link--next" href="/deploy/rollbacks"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Rollbacks</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${dH.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('\n')}
</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
${dFootCols
  .map(
    (c, i) => `<div class="col footer__col"><div class="footer__title">${c}</div><ul
class="footer__items clean-list">${links(dFoot.slice(i * 3, i * 3 + 3), 'footer__item')}</ul></div>`,
  )
  .join('\n')}
</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 Quillstack Labs. Built with
Docusaurus.</div></div></div></footer>
</div></body></html>`;
const docusaurus: TestPage = {
  name: 'heldout273-docusaurus-v3-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dS1, ...dS1List, ...dS2, dNote, ...dS3, ...dS4]),
  bylines: ['Last updated on Feb 11, 2026 by Odile Marchetti'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Quillstack 5 beta is out. Try the new build cache', 'Quillstack Docs', ...dNav, '5.0 beta', '4.x', '3.x', 'Search', 'Hosting',
    ...dSide, 'On this page', 'note', 'Edit this page', 'Previous', 'Custom domains', 'Next', 'Rollbacks', 'Community', 'More', ...dFoot.filter((f) =>
f !== 'Docs'),
    'Copyright © 2026 Quillstack Labs. Built with Docusaurus.',
  ],
};

export const HELDOUT273_A: readonly TestPage[] = [docusaurus, vitepress];
