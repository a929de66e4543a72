import { type TestPage, texts } from './page-kit.js';
import { confluenceDc } from './pages-heldout61-f2.js';

/**
 * Held-out batch 61, file f: a GitHub repository wiki page seen logged out (skip link, the marketing header with its menus
 * and search button, sign-in and sign-up, the hidden stale-session flashes, the repository header with owner, name, "Public",
 * Notifications/Fork/Star counters and the tab bar, the gh-header with title and "edited this page" line, the markdown body
 * with heading anchors, code blocks with copy buttons and a NOTE alert, the custom _Footer box, the right bar with the pages
 * list, the custom _Sidebar and "Clone this wiki locally", the site footer and the hidden AJAX error message).
 */
const ghTitle = 'Configuring the tile cache';
const ghIntro =
  'Quill keeps rendered tiles in a cache so that it does not redraw the same tile every time a map is opened. The cache is ' +
  'optional, but without it a busy server will spend most of its time rendering tiles it has already drawn. This page describes ' +
  'the three cache backends, how to choose between them and how to clear the cache after a style change.';
const ghH1 = 'Choosing a backend';
const ghChoose = 'Quill ships with three backends. Pick one based on how many Quill instances share the cache and how much disk you can spare:';
const ghBackends = [
  '<code>disk</code> stores each tile as a file under a directory tree. It is the default, needs no extra services and works well for a single server.',
  '<code>redis</code> keeps tiles in memory on a Redis server. Use it when several Quill instances sit behind a load balancer and should share one cache.',
  '<code>s3</code> writes tiles to an S3-compatible bucket. It is the slowest of the three on a cache miss but the cheapest for very large tile sets.',
];
const ghH2 = 'Configuration';
const ghConf = [
  'The cache is configured in the <code>[cache]</code> section of <code>quill.toml</code>. This example sets up a disk cache with a 20 GB limit:',
  'The <code>ttl</code> setting controls how long a tile is kept after it was last requested. Tiles older than this are removed by a ' +
    'background sweep that runs every hour, so the cache may briefly grow past <code>max_size</code> between sweeps.',
];
const ghNote = 'Changing the backend does not migrate existing tiles. The new cache starts empty and fills up again as tiles are requested.';
const ghH3 = 'Clearing the cache';
const ghClear = [
  'After you change a map style, old tiles will keep being served until they expire. To clear them straight away, run:',
  'Purging by style only removes tiles for that style. Use <code>--all</code> to empty the whole cache, which on a large disk ' +
    'cache can take several minutes.',
];
const ghH4 = 'Troubleshooting';
const ghTrouble =
  'If tiles are rendered on every request even though the cache is enabled, look in the server log for <code>cache write failed</code> ' +
  'messages. The most common cause is that the <code>quill</code> service user cannot write to the cache directory.';
const ghFooterBox = 'Quill is released under the Apache 2.0 licence. Questions? Ask in Discussions.';
const ghPages = ['Home', 'Building from source', ghTitle, 'Deploying with Docker', 'FAQ', 'Map styles', 'Metrics and monitoring', 'Release notes'];
const ghSide = ['Getting started', 'Building from source', 'Deploying with Docker', 'Operating', ghTitle, 'Metrics and monitoring'];
const ghMenus = ['Platform', 'Solutions', 'Resources', 'Open Source', 'Enterprise'];
const ghTabs = [
  ['Code', ''],
  ['Issues', '87'],
  ['Pull requests', '14'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Wiki', ''],
  ['Security', ''],
  ['Insights', ''],
];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghOcticon =
  '<svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon"><path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0"></path></svg>';
const ghHead = (h: string): string => {
  const id = h.toLowerCase().replace(/ /g, '-');
  return (
    `<div class="markdown-heading" dir="auto"><h2 class="heading-element" dir="auto">${h}</h2><a id="user-content-${id}" class="anchor" ` +
    `aria-label="Permalink: ${h}" href="#${id}">${ghOcticon}</a></div>`
  );
};
const ghCode = (lang: string, code: string): string =>
  `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto" dir="auto"><pre>${code}</pre><div ` +
  `class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0 d-flex ` +
  `flex-justify-center flex-items-center" data-copy-feedback="Copied!" data-tooltip-direction="w" value="${code
    .replace(/<[^>]+>/g, '')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')}" ` +
  `tabindex="0" role="button">${ghOcticon}</clipboard-copy></div></div>`;
const ghToml =
  '<span class="pl-en">[<span class="pl-en">cache</span>]</span>\n<span class="pl-smi">backend</span> = <span class="pl-s"><span class="pl-pds">"</span>disk' +
  '<span class="pl-pds">"</span></span>\n<span class="pl-smi">path</span> = <span class="pl-s">"/var/cache/quill"</span>\n' +
  '<span class="pl-smi">max_size</span> = ' +
  '<span class="pl-s">"20GB"</span>\n<span class="pl-smi">ttl</span> = <span class="pl-s">"30d"</span>';
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head>
<meta charset="utf-8">
<link rel="dns-prefetch" href="https://github.githubassets.com"><link rel="preconnect" href="https://github.githubassets.com" crossorigin>
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/light-74231a1f3bbb.css" />
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/github-2b5b5e8d8b3b.css" />
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["copilot_new_references","issues_react_new_timeline"]}</script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-0c3e5a1d.js"></script>
<title>${ghTitle} · quillmap/quill Wiki · GitHub</title>
<meta name="description" content="A fast vector and raster tile server. Contribute to quillmap/quill development by creating an account on GitHub.">
<meta property="og:title" content="${ghTitle}"><meta property="og:site_name" content="GitHub"><meta name="turbo-cache-control" content="no-preview">
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div data-turbo-body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="position-relative header-wrapper js-header-wrapper ">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus
js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-is-top="true" data-color-mode=light>
<h2 class="sr-only">Navigation Menu</h2>
<button type="button" class="HeaderMktg-backdrop d-lg-none border-0 position-fixed top-0 left-0 width-full height-full js-details-target"
 aria-label="Toggle navigation"><span class="d-none">Toggle navigation</span></button>
<div class="d-flex flex-column flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full position-relative z-1">
<a class="mr-lg-3 color-fg-inherit flex-order-2 js-prevent-focus-on-mobile-nav" href="/" aria-label="Homepage">${ghOcticon}</a>
<div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0"><div class="HeaderMenu-wrapper d-flex flex-column
 flex-self-start flex-lg-row flex-auto rounded rounded-lg-0"><nav class="px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none">
${ghMenus
  .map(
    (m) =>
      `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center ` +
      `js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap ` +
      `d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">${m}${ghOcticon}</button></li>`,
  )
  .join('\n')}
<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex"><a class="HeaderMenu-link no-underline px-0
 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="https://github.com/pricing">Pricing</a></li>
</ul></nav>
<div class="d-flex flex-column flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3">
<qbsearch-input class="search-input" data-scope="repo:quillmap/quill" data-current-repository="quillmap/quill"><div class="search-input-container
 search-with-dialog position-relative d-flex flex-row flex-items-center mr-4 rounded"><button type="button" class="header-search-button placeholder
 input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none"
 data-target="qbsearch-input.inputButton" aria-label="Search or jump to…" aria-haspopup="dialog"><div class="mr-2 color-fg-muted">${ghOcticon}</div><span
 class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></div></qbsearch-input>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fquillmap%2Fquill%2Fwiki"
 class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1"
 data-hydro-click="{}">Sign in</a></div>
<a href="/signup?ref_cta=Sign+up&amp;ref_loc=header+logged+out&amp;ref_page=%2F%3Cuser-name%3E%2F%3Crepo-name%3E%2Fwiki%2Fshow" class="HeaderMenu-link
 HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2 py-1">Sign up</a>
</div></div></div></div></header>
<div hidden="hidden" data-view-component="true" class="js-stale-session-flash stale-session-flash flash flash-warn flash-full">
${ghOcticon}<span class="js-stale-session-flash-signed-in" hidden>You signed in with another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to
 refresh your session.</span><span class="js-stale-session-flash-signed-out" hidden>You signed out in another tab or window. <a class="Link--inTextBlock"
 href="">Reload</a> to refresh your session.</span><span class="js-stale-session-flash-switched" hidden>You switched accounts on another tab or window. <a
 class="Link--inTextBlock" href="">Reload</a> to refresh your session.</span><button class="flash-close js-flash-close" type="button"
 aria-label="Close">${ghOcticon}</button></div>
</div>
<div id="start-of-content" class="show-on-focus"></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<div class="application-main " data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
<div itemscope itemtype="http://schema.org/SoftwareSourceCode" class=""><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));"
data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex
 flex-wrap flex-items-center wb-break-word f3 text-normal">${ghOcticon}<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author"
 data-hovercard-type="organization" href="/quillmap">quillmap</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name"
 class="mr-2 flex-self-stretch"><a href="/quillmap/quill">quill</a></strong><span></span><span class="Label Label--secondary v-align-middle
mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none
d-md-inline">
<li><a href="/login?return_to=%2Fquillmap%2Fquill" rel="nofollow" aria-label="You must be signed in to change notification settings" class="tooltipped
 tooltipped-s btn-sm btn">${ghOcticon}Notifications</a></li>
<li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Fquillmap%2Fquill" rel="nofollow" class="btn-sm btn">${ghOcticon}Fork<span
 id="repo-network-counter" title="212" class="Counter">212</span></a></li>
<li><div class="BtnGroup d-flex"><a href="/login?return_to=%2Fquillmap%2Fquill" rel="nofollow" aria-label="You must be signed in to star a repository"
 class="tooltipped tooltipped-s btn-sm btn BtnGroup-item">${ghOcticon}<span class="d-inline">Star</span><span id="repo-stars-counter-star"
 aria-label="4132 users starred this repository" title="4,132" class="Counter js-social-count">4.1k</span></a></div></li></ul></div></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden
UnderlineNav
 px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">
${ghTabs
  .map(
    ([t, n]) =>
      `<li class="d-inline-flex"><a href="/quillmap/quill/${(t ?? '').toLowerCase()}" class="UnderlineNav-item no-wrap js-responsive-underlinenav-item` +
      `${t === 'Wiki' ? ' selected" aria-current="page' : ''}">${ghOcticon}<span data-content="${t}">${t}</span>` +
      `${n === '' ? '' : `<span title="${n}" class="Counter">${n}</span>`}</a></li>`,
  )
  .join('\n')}
</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container" class="repository-content ">
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div id="wiki-wrapper" class="page">
<div class="d-flex flex-column flex-md-row gh-header"><h1 class="flex-auto min-width-0 mb-2 mb-md-0 mr-0 mr-md-2 gh-header-title">${ghTitle}</h1><div
 class="mt-0 mt-lg-1 flex-shrink-0 gh-header-actions"><a href="#wiki-pages-box" class="d-md-none">Jump to bottom</a></div></div>
<div class="mt-2 mt-md-1 pb-3 gh-header-meta"><a class="Link--muted" href="/dorota-k"><strong>dorota-k</strong></a> edited this page <relative-time
class="no-wrap"
 prefix="" datetime="2025-10-03T08:41:17Z">Oct 3, 2025</relative-time> · <a href="/quillmap/quill/wiki/Configuring-the-tile-cache/_history"
 class="Link--muted">12 revisions</a></div>
<div id="wiki-content" class="mt-4"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end">
<div class="Layout-main"><div id="wiki-body" class="gollum-markdown-content"><div class="markdown-body">
<p dir="auto">${ghIntro}</p>
${ghHead(ghH1)}
<p dir="auto">${ghChoose}</p>
<ul dir="auto">
${ghBackends.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ghHead(ghH2)}
<p dir="auto">${ghConf[0]}</p>
${ghCode('toml', ghToml)}
<p dir="auto">${ghConf[1]}</p>
<div class="markdown-alert markdown-alert-note" dir="auto"><p class="markdown-alert-title" dir="auto">${ghOcticon}Note</p><p dir="auto">${ghNote}</p></div>
${ghHead(ghH3)}
<p dir="auto">${ghClear[0]}</p>
${ghCode('shell', 'quill cache purge --style streets-v3')}
<p dir="auto">${ghClear[1]}</p>
${ghHead(ghH4)}
<p dir="auto">${ghTrouble}</p>
</div></div>
<div id="wiki-footer" class="mt-5 mb-0 wiki-footer gollum-markdown-content"><div class="Box Box--condensed color-bg-subtle color-shadow-small"><div
 class="Box-body markdown-body"><p dir="auto">Quill is released under the Apache 2.0 licence. Questions? Ask in <a
 href="https://github.com/quillmap/quill/discussions">Discussions</a>.</p></div></div></div></div>
<div class="Layout-sidebar"><div class="wiki-rightbar"><div id="wiki-pages-box" class="Box Box--condensed mb-4 js-wiki-toggle-collapse">
<div class="Box-header"><h2 class="Box-title"><button type="button" class="btn-link Link--primary js-wiki-toggle-collapse" aria-expanded="true">${ghOcticon}
 Pages <span title="12" class="Counter Counter--primary">12</span></button></h2></div>
<div class="filter-bar"><input type="text" id="wiki-pages-filter" class="form-control input-sm input-block js-filterable-field" placeholder="Find a page…"
 aria-label="Find a page…"></div>
<ul class="list-style-none" data-filterable-for="wiki-pages-filter" data-filterable-type="substring" data-pjax>
${ghPages
  .map(
    (p) =>
      `<li class="Box-row"><details class="details-reset" data-wiki-page-toc-toggle><summary><div class="d-flex flex-items-start">${ghOcticon}<span ` +
      `class="Truncate"><a class="Truncate-text text-bold py-1"
href="/quillmap/quill/wiki/${p.replace(/ /g, '-')}">${p}</a></span></div></summary></details></li>`,
  )
  .join('\n')}
<li class="Box-row wiki-more-pages-link"><button type="button" class="f6 Link--muted js-wiki-more-pages-link btn-link mx-auto">Show 4 more pages…</button></li>
</ul></div>
<div class="Box Box--condensed mb-4"><div class="Box-body wiki-custom-sidebar markdown-body"><p dir="auto"><strong>${ghSide[0]}</strong></p><ul dir="auto">
${ghSide
  .slice(1, 3)
  .map((t) => `<li><a class="internal present" href="/quillmap/quill/wiki/${t.replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul><p dir="auto"><strong>${ghSide[3]}</strong></p><ul dir="auto">${ghSide
  .slice(4)
  .map((t) => `<li><a class="internal present" href="/quillmap/quill/wiki/${t.replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div></div>
<h5 class="mt-0 mb-2">Clone this wiki locally</h5><div class="width-full input-group"><input id="wiki-clone-url" type="text" data-autoselect class="form-control
 input-sm text-small color-fg-muted input-monospace" aria-label="Clone URL for this wiki" value="https://github.com/quillmap/quill.wiki.git"
readonly="readonly"><span
 class="input-group-button"><clipboard-copy for="wiki-clone-url" aria-label="Copy to clipboard" class="btn btn-sm
zeroclipboard-button">${ghOcticon}</clipboard-copy></span></div>
</div></div></div></div></div></div></div></turbo-frame></main></div></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center
 flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><a aria-label="Homepage"
 title="GitHub" class="footer-octicon mr-2" href="https://github.com">${ghOcticon}</a><span>© 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3
 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0">
${ghFoot
  .map(
    (t) => `<li class="mx-2"><a href="https://docs.github.com/${t.toLowerCase().replace(/ /g, '-')}" class="Link--secondary
Link">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div></footer>
<ghcc-consent id="ghcc" class="position-fixed bottom-0 left-0" style="z-index: 999999" data-locale="en" data-initial-cookie-consent-allowed=""
 data-cookie-consent-required="false"></ghcc-consent>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>${ghOcticon}<button type="button" class="flash-close js-ajax-error-dismiss"
 aria-label="Dismiss error">${ghOcticon}</button>You can’t perform that action at this time.</div>
</div>
</body>
</html>
`;
const githubWiki: TestPage = {
  html: ghHtml,
  name: 'heldout61-github-wiki',
  kind: 'wiki',
  // the gh-header h1 is the title and the markdown h2s the headings; the paragraphs, the backend list and the NOTE alert's
  // text (a callout of the page's own; its "Note" label in neither) are body, the two code blocks are in neither; "dorota-k"
  // and the date of "edited this page" are the bylines ("edited this page" and "12 revisions" furniture); the custom _Footer
  // box, the _Sidebar, the pages list (its current page is the title), "Clone this wiki locally", the repository header and
  // tabs, the site header and footer, "Jump to bottom" and the hidden flashes and error message are furniture; the tab and
  // footer "Security" are listed once, the sidebar's repeats of page names are listed once; "Find a page…" is a placeholder,
  // not text; the repository name "quill" is a word of the body (left out)
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4],
  body: texts([ghIntro, ghChoose, ...ghBackends, ...ghConf, ghNote, ...ghClear, ghTrouble]),
  bylines: ['dorota-k', 'Oct 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', 'Toggle navigation', ...ghMenus, 'Pricing', 'Search or jump to...', 'Sign in', 'Sign up',
    'You signed in with another tab or window. Reload to refresh your session.', 'You signed out in another tab or window. Reload to refresh your session.',
    'You switched accounts on another tab or window. Reload to refresh your session.', 'quillmap', 'Public', 'Notifications', 'Fork', '212', 'Star',
    '4.1k', ...ghTabs.map(([t]) => t ?? ''), '87', '14', 'Jump to bottom', 'edited this page', '12 revisions', ghFooterBox, 'Pages',
    ...ghPages.filter((p) => p !== ghTitle), 'Show 4 more pages…', 'Getting started', 'Operating', 'Clone this wiki locally', 'Footer', '© 2025 GitHub, Inc.',
    'Footer navigation', ...ghFoot.filter((t) => t !== 'Security'), 'You can’t perform that action at this time.',
  ],
};

export const HELDOUT61_F: readonly TestPage[] = [githubWiki, confluenceDc];
