import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 92, file c2: a Docusaurus 3 docs page of an old version (2.x) of an invented SDK: the skip link, the
 * announcement bar, the navbar with the version dropdown, the theme toggle and the DocSearch button, the docs sidebar, the
 * "This is documentation for ... 2.x, which is no longer actively maintained" version banner above the article, the
 * breadcrumbs and the "Version: 2.x" badge, "note" and "warning" admonitions and code blocks in the text, the "Edit this
 * page on GitHub" / "Last updated on ... by ..." row, the prev/next pagination, the right-hand table of contents and the footer.
 */
const dsTitle = 'Receiving webhooks';
const dsIntro = [
  'Pebblekit sends a webhook to your server whenever something happens in your account that your application may need to act on: a parcel is scanned, ' +
    'a delivery fails, or a label is voided. This guide shows how to receive those events safely in a Node.js app.',
];
const dsNote = [
  'Webhooks in 2.x are sent from the IP range <code>203.0.113.0/24</code>. If your ' +
    'server sits behind a firewall, allow that range before you create an endpoint.',
];
const dsH = ['Create an endpoint', 'Verify the signature', 'Respond quickly', 'Test with the CLI'];
const dsCreate = [
  'In the dashboard, open <strong>Settings</strong>, then <strong>Webhooks</strong>, and choose <strong>Add endpoint</strong>. Enter the public HTTPS ' +
    'URL that should receive events and pick the event types you want. You can change the selection later without creating a new endpoint.',
  'Each endpoint gets its own signing secret, shown once when you create it. Store it with your other credentials; you will need it to check that ' +
    'requests really come from Pebblekit.',
];
const dsVerify = [
  'Every request carries a <code>Pebblekit-Signature</code> header. It holds a timestamp and an HMAC-SHA256 of the timestamp and the raw request body, ' +
    'computed with your signing secret. Compute the same value on your side and compare the two before you trust the payload.',
];
const dsCode1 = [
  "import { createHmac, timingSafeEqual } from 'node:crypto';",
  '',
  'export function verify(rawBody, header, secret) {',
  "  const [t, sig] = header.split(',').map((part) => part.split('=')[1]);",
  "  const expected = createHmac('sha256', secret).update(t + '.' + rawBody).digest('hex');",
  '  return timingSafeEqual(Buffer.from(sig), Buffer.from(expected));',
  '}',
];
const dsVerify2 = [
  'Use the raw body exactly as it arrived. If your framework parses JSON before your handler runs, the re-serialised body will not match and every ' +
    'check will fail.',
];
const dsWarning = [
  'Reject any request whose timestamp is more than five minutes old. Without that check, an attacker who captures one valid request can replay it later.',
];
const dsRespond = [
  'Return a 2xx status within ten seconds. Pebblekit treats a slow response as a failure and retries, so do the real work in a background job and ' +
    'acknowledge the event first.',
];
const dsRetries = [
  'Failed deliveries are retried up to eight times over 24 hours, with growing gaps between attempts.',
  'An endpoint that fails every delivery for three days is disabled, and the account owner is emailed.',
  "Events can arrive out of order, so compare the event's <code>created</code> time before you overwrite newer data.",
];
const dsTest = [
  'The Pebblekit CLI can forward events from your account to a local server while you develop. Run the command below, then trigger a test event from ' +
    'the dashboard.',
];
const dsCode2 = ['pebblekit listen --forward-to http://localhost:3000/webhooks'];
const dsTest2 = ["The CLI prints each event and your server's response, which makes it easy to see when a signature check fails."];
const dsAnnounce = 'Pebblekit 4.0 is out! Read the release notes';
const dsNav = ['Pebblekit', 'Docs', 'API', 'Blog'];
const dsVersions = ['2.x', '4.x', '3.x', 'All versions'];
const dsSidebar = ['Introduction', 'Installation', 'Guides', 'API keys', 'Retries and idempotency', 'Testing', 'Reference', 'Changelog'];
const dsBanner = [
  'This is documentation for Pebblekit 2.x, which is no longer actively maintained.',
  'For up-to-date documentation, see the latest version (4.x).',
];
const dsEdit = 'Edit this page on GitHub';
const dsUpdated = 'Last updated on Mar 11, 2024 by Lena Okafor';
const dsFooterCols: [string, string[]][] = [
  ['Docs', ['Getting started', 'Guides', 'API reference']],
  ['Community', ['Discord', 'Stack Overflow', 'GitHub Discussions']],
  ['More', ['Blog', 'Status', 'Careers']],
];
const dsCopyright = 'Copyright © 2025 Pebblekit Ltd. Built with Docusaurus.';
const dsId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const dsHd = (t: string): string => `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${dsId(t)}">${t}<a href="#${dsId(t)}" class="hash-link"
aria-label="Direct link to ${t}" title="Direct link to ${t}">​</a></h2>`;
const dsPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dsAdm = (kind: 'note' | 'warning', inner: string): string => `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert
alert--${kind === 'note' ? 'secondary' : 'warning'}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16">
<path fill-rule="evenodd" d="M6.3 5.69a.942.942 0 0 1-.28-.7c0-.28.09-.52.28-.7"></path></svg></span>${kind}</div><div
class="admonitionContent_BuS1">${inner}</div></div>`;
const dsCode = (lang: string, lines: readonly string[]): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block"
style="--prism-color:#393A34;--prism-background-color:#f6f8fa"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang}
codeBlock_bY9V thin-scrollbar" style="color:#393A34;background-color:#f6f8fa"><code class="codeBlockLines_e6Vv">${lines
  .map(
    (l) => `<span class="token-line" style="color:#393A34"><span class="token plain">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;') || ' '}</span>\n</span>`,
  )
  .join('')}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">
<span class="copyButtonIcons_eSgA" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"></svg></span></button></div></div></div>`;
const dsHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-2.x docs-doc-page docs-doc-id-guides/webhooks" data-has-hydrated="true"
data-theme="light"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2"><title data-rh="true">Receiving webhooks | Pebblekit</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image">
<meta data-rh="true" property="og:url" content="https://docs.pebblekit.example/docs/2.x/guides/webhooks"><meta data-rh="true" property="og:locale" content="en">
<meta data-rh="true" name="docusaurus_locale" content="en"><meta data-rh="true" name="docsearch:language" content="en">
<meta data-rh="true" name="docusaurus_version" content="2.x"><meta data-rh="true" name="docusaurus_tag" content="docs-default-2.x">
<meta data-rh="true" name="docsearch:version" content="2.x"><meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-2.x">
<meta data-rh="true" property="og:title" content="Receiving webhooks | Pebblekit"><meta data-rh="true" name="description"
content="Pebblekit sends a webhook to your server whenever something happens in your account."><link data-rh="true" rel="canonical"
href="https://docs.pebblekit.example/docs/2.x/guides/webhooks"><link rel="preconnect" href="https://KQ3ZC0DS1F-dsn.algolia.net" crossorigin="anonymous">
<link rel="stylesheet" href="/assets/css/styles.8f1b2c3d.css"><script src="/assets/js/runtime~main.a1b2c3d4.js" defer="defer"></script>
<script src="/assets/js/main.e5f6a7b8.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return new
URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return
window.localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to
main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div><div
class="content_knG7 announcementBarContent_xLdY">
Pebblekit 4.0 is out! <a target="_blank" rel="noopener noreferrer" href="/blog/pebblekit-4">Read the release notes</a></div><button type="button"
aria-label="Close"
class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"></svg></button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar"
aria-expanded="false"
class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"></svg></button><a class="navbar__brand"
href="/">
<div class="navbar__logo"><img src="/img/logo.svg" alt="Pebblekit logo" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b
class="navbar__title text--truncate">
${dsNav[0]}</b></a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/2.x/intro">${dsNav[1]}</a>
<a class="navbar__item navbar__link" href="/api">${dsNav[2]}</a><a class="navbar__item navbar__link" href="/blog">${dsNav[3]}</a></div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a aria-current="page"
aria-haspopup="true"
aria-expanded="false" role="button" class="navbar__link" href="/docs/2.x/guides/webhooks">${dsVersions[0]}</a><ul class="dropdown__menu">
<li><a class="dropdown__link" href="/docs/guides/webhooks">${dsVersions[1]}</a></li><li><a class="dropdown__link"
href="/docs/3.x/guides/webhooks">${dsVersions[2]}</a></li>
<li><a aria-current="page" class="dropdown__link dropdown__link--active" href="/docs/2.x/guides/webhooks">${dsVersions[0]}</a></li><li><hr
class="dropdown-separator"></li>
<li><a class="dropdown__link" href="/versions">${dsVersions[3]}</a></li></ul></div><a href="https://github.com/pebblekit/pebblekit-node" target="_blank"
rel="noopener noreferrer"
class="navbar__item navbar__link header-github-link" aria-label="GitHub repository"></a><div class="toggle_vylO colorModeToggle_DEke"><button
class="clean-btn toggleButton_gllP"
type="button" title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light mode)"
aria-live="polite">
<svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR"></svg></button></div><div class="navbarSearchContainer_Bca1">
<button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container"><svg width="20" height="20"
class="DocSearch-Search-Icon" viewBox="0 0 20 20"></svg><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys">
<kbd class="DocSearch-Button-Key">⌘</kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div></div><div role="presentation"
class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top"
class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9"><aside
class="theme-doc-sidebar-container docSidebarContainer_YfHR">
<div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul
class="theme-doc-sidebar-menu menu__list">
${links(dsSidebar.slice(0, 2), 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item')}
<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible"><a
class="menu__link
menu__link--sublist menu__link--active" aria-expanded="true" href="/docs/2.x/guides/api-keys">${dsSidebar[2]}</a></div><ul
style="display:block;overflow:visible;height:auto"
class="menu__list">${links(dsSidebar.slice(3, 4), 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item')}
<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link menu__link--active" aria-current="page"
href="/docs/2.x/guides/webhooks">${dsTitle}</a></li>
${links(dsSidebar.slice(4, 6), 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item')}</ul></li>
${links(dsSidebar.slice(6), 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item')}</ul></nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="theme-doc-version-banner alert alert--warning margin-bottom--md" role="alert"><div>This is documentation for <!-- -->Pebblekit<!-- --> <b>2.x</b>,
which is no
longer actively maintained.</div><div class="margin-top--md">For up-to-date documentation, see the <b><a href="/docs/guides/webhooks">latest version</a></b>
(<!-- -->4.x<!-- -->).</div></div>
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"
itemscope=""
itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24"
class="breadcrumbHomeIcon_YNFT"></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item">
<span class="breadcrumbs__link" itemprop="name">Guides</span><meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement"
itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">${dsTitle}</span>
<meta itemprop="position" content="2"></li></ul></nav><span class="theme-doc-version-badge badge badge--secondary">Version: 2.x</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this
page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dsTitle}</h1></header>
${dsPs(dsIntro)}
${dsAdm('note', dsPs(dsNote))}
${dsHd(dsH[0]!)}
${dsPs(dsCreate)}
${dsHd(dsH[1]!)}
${dsPs(dsVerify)}
${dsCode('js', dsCode1)}
${dsPs(dsVerify2)}
${dsAdm('warning', dsPs(dsWarning))}
${dsHd(dsH[2]!)}
${dsPs(dsRespond)}
<ul>${dsRetries.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${dsHd(dsH[3]!)}
${dsPs(dsTest)}
${dsCode('bash', dsCode2)}
${dsPs(dsTest2)}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.com/pebblekit/docs/edit/main/versioned_docs/version-2.x/guides/webhooks.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page">
<svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"></svg>${dsEdit}</a></div><div
class="col lastUpdated_JAkA">
<span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2024-03-11T00:00:00.000Z" itemprop="dateModified">Mar 11, 2024</time></b><!-- --> by
<b>Lena Okafor</b>
</span></div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a
class="pagination-nav__link pagination-nav__link--prev"
href="/docs/2.x/guides/api-keys"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">API keys</div></a><a
class="pagination-nav__link
pagination-nav__link--next" href="/docs/2.x/guides/retries"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">Retries and
idempotency</div></a>
</nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul
class="table-of-contents table-of-contents__left-border">
${dsH
  .map(
    (t) => `<li><a href="#${dsId(t)}"
class="table-of-contents__link toc-highlight">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${dsFooterCols
  .map(
    ([h, items]) =>
      `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">${links(items, 'footer__item')}</ul></div>`,
  )
  .join('\n')}</div><div class="footer__bottom text--center"><div class="footer__copyright">${dsCopyright}</div></div></div></footer></div></body></html>`;

export const docusaurusPage: TestPage = {
  html: dsHtml,
  name: 'heldout92-docusaurus-old-version',
  kind: 'docs',
  // the version banner and the announcement bar are furniture; admonition texts are body, their "note" / "warning"
  // labels in neither list; code blocks in neither list; the right-hand "On this page" list repeats the headings and is
  // left out; "Last updated on ... by ..." is a byline
  title: dsTitle,
  headings: dsH,
  body: texts([...dsIntro, ...dsNote, ...dsCreate, ...dsVerify, ...dsVerify2, ...dsWarning, ...dsRespond, ...dsRetries, ...dsTest, ...dsTest2]),
  bylines: [dsUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', dsAnnounce, ...dsNav, ...dsVersions, 'Search', ...dsSidebar, ...dsBanner, 'Version: 2.x',
    'On this page', dsEdit, 'Previous', 'Next',
    ...dsFooterCols.flatMap(([h, items]) => [h, ...items]), dsCopyright,
  ],
};
