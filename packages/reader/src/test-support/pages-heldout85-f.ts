import { links, ps, type TestPage, texts } from './page-kit.js';
import { redditArchived } from './pages-heldout85-f2.js';

/**
 * Held-out batch 85, file f: a Docusaurus 3 documentation page for an invented API (the "Skip to main content" region, the
 * announcement bar about the preview, the navbar with the version dropdown, "GitHub" and the search button, the docs
 * sidebar with categories and a "Beta" sidebar badge, the breadcrumbs, the mobile "On this page" button, the "Beta" badge
 * under the h1, the "preview" admonition with "This feature is in limited availability", a "note" admonition that belongs
 * to the text, code blocks with copy buttons, tabs, a table, the "Edit this page" and "Last updated" footer, the pagination,
 * the right-hand table of contents and the site footer) and, from file f2, an archived and locked Reddit thread.
 */
const dsTitle = 'Event streaming';
const dsIntro = [
  'Event streaming delivers Parcelgrid events to your application over a single long-lived connection instead of one HTTP request ' +
    'per event. It is designed for high-volume integrations, such as warehouses that generate thousands of scan events an hour.',
];
const dsPreview = [
  'This feature is in limited availability. Event streaming is available to accounts on the Scale plan that have been enabled by our ' +
    'team. Request access from the <a href="https://dashboard.parcelgrid.example/settings/labs">Labs page</a> in your dashboard.',
  'Preview features may change before general availability and are not covered by the uptime SLA.',
];
const dsH1 = 'How it works';
const dsP1 = [
  'Your application opens a WebSocket connection to the streaming endpoint and authenticates with a secret key. Parcelgrid then sends ' +
    'every event for your account as a JSON message, in the same format used by <a href="/docs/webhooks/overview">webhooks</a>.',
  'Each message carries a <code>sequence</code> number. If the connection drops, reconnect and pass the last sequence number you ' +
    'processed; Parcelgrid replays any events you missed from the past 24 hours.',
];
const dsH2 = 'Connect to the stream';
const dsP2 = ['Install the SDK for your language, then open a stream with your secret key:'];
const dsNote = 'Each stream counts towards your account’s limit of 10 concurrent connections. Close streams you no longer need.';
const dsH3 = 'Message types';
const dsP3 = ['Besides events, the stream sends a small number of control messages:'];
const dsTable = [
  ['event', 'A Parcelgrid event, such as a scan or a delivery.'],
  ['heartbeat', 'Sent every 30 seconds when there are no events, so you can detect a dead connection.'],
  ['resync_required', 'Your last sequence number is older than 24 hours. Fetch missed events from the REST API.'],
];
const dsH5 = 'Handling disconnections';
const dsP5 = [
  'Connections can drop for ordinary reasons, such as a deploy on your side or a load balancer restart on ours. The SDKs reconnect ' +
    'automatically with exponential backoff, starting at one second and capping at thirty.',
  'If you write your own client, store the last sequence number only after you have finished processing an event, not when it arrives. ' +
    'Otherwise a crash between receiving and handling an event will lose it.',
];
const dsH4 = 'Limits during the preview';
const dsList = [
  'Up to 2,000 events per second per account.',
  'Messages are delivered at least once; use the event ID to discard duplicates.',
  'Filtering by event type is not yet supported. Your application receives every event and should ignore the ones it does not need.',
];
const dsP4 = ['We plan to add server-side filtering and an HTTP/2 transport before event streaming becomes generally available.'];
const dsAnnounce = '🚧 Event streaming is in public preview. Tell us what you think in the community forum.';
const dsNav = ['Docs', 'API Reference', 'Changelog', 'Status'];
const dsSide = [
  'Introduction',
  'Quickstart',
  'Authentication',
  'Webhooks',
  'Overview',
  'Signatures',
  'Retries and failures',
  'Shipments',
  'Tracking',
  'Errors',
];
const dsFootCols = [
  ['Docs', 'Quickstart', 'API Reference', 'SDKs'],
  ['Community', 'Forum', 'Discord', 'Stack Overflow'],
  ['More', 'Blog', 'GitHub', 'Status'],
];
const dsCode1 = `<span class="token-line"><span class="token plain">npm install @parcelgrid/node</span></span>`;
const dsCode2 = `<span class="token-line"><span class="token keyword">const</span><span
class="token plain"> stream = client.events.stream({ after: lastSeq });</span></span>
<span class="token-line"><span class="token plain">stream.on('event', (e) =&gt; handle(e));</span></span>`;
const dsCode3 = `<span class="token-line"><span class="token plain">stream = client.events.stream(after=last_seq)</span></span>`;
const dsBlock = (lang: string, code: string): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34">
<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar"><code
class="codeBlockLines_e6Vv">${code}</code></pre>
<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA"
aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"></svg></span></button></div></div></div>`;
const dsH = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${t}<a href="#${id}" class="hash-link" aria-label="Direct link to ${t}"
title="Direct link to ${t}">\u200b</a></h2>`;
};
const dsAdm = (kind: string, label: string, inner: string): string => `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${
  kind === 'note' ? 'secondary' : 'warning'
}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"></svg></span>${label}</div>
<div class="admonitionContent_BuS1">${inner}</div></div>`;
const dsHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-webhooks/event-streaming"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2"><title data-rh="true">Event streaming | Parcelgrid
Docs</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" property="og:title"
content="Event streaming |
Parcelgrid Docs"><meta data-rh="true" name="description" content="${dsIntro[0]}"><meta data-rh="true" name="docusaurus_version" content="current">
<meta data-rh="true" name="docusaurus_tag" content="docs-default-current"><link data-rh="true" rel="canonical"
href="https://docs.parcelgrid.example/docs/webhooks/event-streaming">
<link rel="stylesheet" href="/assets/css/styles.7f1b2c3d.css"><script src="/assets/js/runtime~main.a4c8e2f1.js" defer="defer"></script>
<script src="/assets/js/main.9b3d1e77.js" defer="defer"></script></head>
<body class="navigation-with-keyboard">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main
content</a></div><div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div
class="content_knG7 announcementBarContent_xLdY">${dsAnnounce}</div>
<button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14"
height="14"></svg>
</button></div><nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button
aria-label="Toggle navigation bar"
aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img
src="/img/logo.svg"
alt="Parcelgrid"></div><b class="navbar__title text--truncate">Parcelgrid</b></a>${dsNav
  .map((t) => `<a class="navbar__item navbar__link${t === 'Docs' ? ' navbar__link--active' : ''}" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</div><div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a class="navbar__link"
href="#" aria-haspopup="true" aria-expanded="false" role="button">v3 (current)</a><ul class="dropdown__menu"><li><a class="dropdown__link"
href="/docs/2.x/">v2</a>
</li></ul></div><a href="https://github.example/parcelgrid" class="navbar__item navbar__link header-github-link" aria-label="GitHub repository">GitHub</a>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span
class="DocSearch-Button-Placeholder">Search
</span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd><kbd
class="DocSearch-Button-Key">K</kbd></span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar"
class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">${links(dsSide, 'theme-doc-sidebar-item-link menu__list-item')}
<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link menu__link--active" aria-current="page" href="/docs/webhooks/event-streaming">Event
streaming <span class="badge badge--warning">Beta</span></a></li></ul></nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24"
class="breadcrumbHomeIcon_YNFT"></svg></a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Webhooks</span></li><li class="breadcrumbs__item breadcrumbs__item--active"><span
class="breadcrumbs__link">Event streaming</span></li></ul></nav><div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button"
class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div><div class="theme-doc-markdown markdown"><header><h1>${dsTitle}</h1></header>
<p><span class="badge badge--warning">Beta</span> <span class="badge badge--secondary">Scale plan</span></p>
${dsAdm('caution', 'preview', ps(dsPreview))}
${ps(dsIntro)}
${dsH(dsH1)}
${ps(dsP1)}
${dsH(dsH2)}
${ps(dsP2)}
${dsBlock('bash', dsCode1)}
<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs"><li role="tab" tabindex="0" aria-selected="true"
class="tabs__item tabItem_LNqP tabs__item--active">Node.js</li><li role="tab" tabindex="-1" aria-selected="false"
class="tabs__item tabItem_LNqP">Python</li></ul>
<div class="margin-top--md"><div role="tabpanel" class="tabItem_Ymn6">${dsBlock('js', dsCode2)}</div><div role="tabpanel" class="tabItem_Ymn6" hidden="">
${dsBlock('python', dsCode3)}</div></div></div>
${dsAdm('note', 'note', `<p>${dsNote}</p>`)}
${dsH(dsH3)}
${ps(dsP3)}
<table><thead><tr><th>Type</th><th>Description</th></tr></thead><tbody>${dsTable
  .map(([a, b]) => `<tr><td><code>${a}</code></td><td>${b}</td></tr>`)
  .join('\n')}</tbody></table>
${dsH(dsH5)}
${ps(dsP5)}
${dsH(dsH4)}
<ul>${dsList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(dsP4)}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a
href="https://github.example/parcelgrid/docs/edit/main/docs/webhooks/event-streaming.mdx" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page">
<svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"></svg>Edit this page</a></div><div class="col
lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-10-02T09:14:00.000Z"
itemprop="dateModified">Oct 2, 2025</time>
</b> by <b>Anneke Stroud</b></span></div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a
class="pagination-nav__link
pagination-nav__link--prev" href="/docs/webhooks/retries"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Retries and
failures</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/shipments"><div class="pagination-nav__sublabel">Next</div><div
class="pagination-nav__label">Shipments</div></a></nav></div></div><div class="col col--3"><div
class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">
<ul class="table-of-contents table-of-contents__left-border">${[dsH1, dsH2, dsH3, dsH5, dsH4]
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${t}</a></li>`)
  .join('')}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${dsFootCols
  .map(
    ([h, ...l]) =>
      `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">${links(l, 'footer__item')}</ul></div>`,
  )
  .join(
    '',
  )}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Parcelgrid, Ltd. Built with Docusaurus.</div></div></div>
</footer></div></body></html>`;
const docusaurusBeta: TestPage = {
  html: dsHtml,
  name: 'heldout85-docusaurus-docs-beta-preview',
  kind: 'docs',
  // the "preview" admonition (the limited-availability notice), the announcement bar and the "Beta" / plan badges are
  // furniture; the "note" admonition is part of the text (body, its "note" label furniture); code blocks and table header
  // cells are in neither list, table data cells that are prose are body; the right-hand table of contents repeats the
  // headings and is left out; the "Last updated" line is a byline
  title: dsTitle,
  headings: [dsH1, dsH2, dsH3, dsH5, dsH4],
  body: [...dsIntro, ...texts(dsP1), ...dsP2, dsNote, ...dsP3, ...dsTable.map((r) => r[1]!), ...dsP5, ...dsList, ...dsP4],
  bylines: ['Last updated on Oct 2, 2025 by Anneke Stroud'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', dsAnnounce, 'Parcelgrid', ...dsNav, 'v3 (current)', 'v2', 'GitHub', 'Search', ...dsSide.filter((t) => t !== 'Webhooks'),
    'Event streaming Beta', 'On this page', 'Beta', 'Scale plan', 'preview', ...texts(dsPreview), 'Node.js', 'Python', 'note', 'Edit this page', 'Previous',
    'Retries and failures', 'Next', 'Shipments', 'Webhooks', ...dsFootCols.flat().filter((t) => !['Docs', 'API Reference', 'GitHub', 'Status'].includes(t)),
    'Copyright © 2025 Parcelgrid, Ltd. Built with Docusaurus.',
  ],
};

export const HELDOUT85_F: readonly TestPage[] = [docusaurusBeta, redditArchived];
