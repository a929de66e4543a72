import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 39, file c2: a GitHub Releases page for one release (/releases/tag/v3.2.0, seen logged out: the
 * marketing header, the repository header and tab bar, the Releases / tag breadcrumb, the release box with its sr-only
 * h2, the h1 release name with the "Latest" label, the "… released this" line with relative-time and commits-since link,
 * the tag and commit with the "Verified" badge, the notes as a markdown-body with h2/h3 headings and the generated
 * "What's Changed" list with @mentions and PR links, the contributors strip, the Assets list with sizes and dates, the
 * reactions bar and the footer).
 */
const rlTitle = 'Tilecraft 3.2.0';
const rlIntro =
  'Tilecraft 3.2 is the first release with offline tile packs, and it brings a rewritten label placer that is around 40 ' +
  'percent faster on dense city maps. It is a drop-in upgrade for most users; read the breaking changes below if you use the ' +
  'Python bindings.';
const rlH1 = 'Highlights';
const rlH2 = 'Offline packs';
const rlPacks =
  'You can now export any bounding box and zoom range as a single <code>.tcpack</code> file and load it on a device with no ' +
  'network connection. Packs are compressed with zstd and usually come out a third smaller than the same area as MBTiles.';
const rlH3 = 'Faster label placement';
const rlLabels =
  'The collision index behind label placement has been replaced with a packed R-tree. On our benchmark of central Lisbon at ' +
  'zoom 16, rendering a tile went from 38 ms to 22 ms, and long street names are now far less likely to be dropped at tile edges. ' +
  'The old placer stays available behind the ' +
  '<code>legacy_labels</code> option for one more minor release.';
const rlH4 = 'Breaking changes';
const rlBreaking = [
  'The Python bindings now require Python 3.10 or later.',
  '<code>Style.load()</code> no longer accepts a file path as a plain string; pass a <code>pathlib.Path</code> or an open file instead.',
];
const rlH5 = 'What’s Changed';
const rlPr = (t: string, user: string, n: number) =>
  `${t} by <a class="user-mention notranslate" data-hovercard-type="user" href="https://github.com/${user}">@${user}</a> in ` +
  `<a class="issue-link js-issue-link" data-error-text="Failed to load title" data-hovercard-type="pull_request" ` +
  `href="https://github.com/fennel-maps/tilecraft/pull/${n}">#${n}</a>`;
const rlChanged = [
  rlPr('Add offline pack export', 'nadia-k', 871),
  rlPr('Replace the label collision grid with a packed R-tree', 'tbrennan', 876),
  rlPr('Fix antimeridian clipping for polygons', 'r-okonkwo', 879),
  rlPr('Docs: describe the pack file format', 'ollie-b', 880),
  rlPr('Bump zstd from 1.5.6 to 1.5.7', 'dependabot', 884),
];
const rlH6 = 'New Contributors';
const rlNew = [
  '<a class="user-mention notranslate" href="https://github.com/ollie-b">@ollie-b</a> made their first contribution in ' +
    '<a class="issue-link js-issue-link" href="https://github.com/fennel-maps/tilecraft/pull/880">#880</a>',
];
const rlFull =
  '<strong>Full Changelog</strong>: <a class="commit-link" ' +
  'href="https://github.com/fennel-maps/tilecraft/compare/v3.1.4...v3.2.0"><tt>v3.1.4...v3.2.0</tt></a>';
const rlAssets: [string, string][] = [
  ['tilecraft-3.2.0-linux-x64.tar.gz', '14.2 MB'],
  ['tilecraft-3.2.0-macos-arm64.tar.gz', '12.8 MB'],
  ['tilecraft-3.2.0-windows-x64.zip', '15.1 MB'],
  ['SHA256SUMS', '512 Bytes'],
  ['Source code (zip)', ''],
  ['Source code (tar.gz)', ''],
];
const rlNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const rlTabs = ['Code', 'Issues 112', 'Pull requests 9', 'Discussions', 'Actions', 'Projects', 'Wiki', 'Security', 'Insights'];
const rlFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const rlH = (h: string, level: number) =>
  `<div class="markdown-heading" dir="auto"><h${level} class="heading-element" dir="auto">${h}</h${level}><a id="user-content-${h
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')}" class="anchor" aria-label="Permalink: ${h}" href="#"><svg class="octicon octicon-link" aria-hidden="true"></svg></a></div>`;
const rlHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>Release ${rlTitle} · fennel-maps/tilecraft · GitHub</title><meta name="description" content="${texts([rlIntro])[0]}">
<meta property="og:title" content="Release ${rlTitle} · fennel-maps/tilecraft"><link crossorigin="anonymous" rel="stylesheet"
href="https://github.githubassets.com/assets/primer-2b2d9a1e.css"></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content"
class="px-2 py-4 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip to content</a><header class="HeaderMktg header-logged-out js-header f4 py-3"
role="banner"><h2 class="sr-only">Navigation Menu</h2><nav aria-label="Global"><ul class="d-lg-flex
list-style-none">${links(rlNav, 'HeaderMenu-item')}</ul></nav>
<qbsearch-input class="search-input"><button class="header-search-button" type="button"><span class="flex-1">Search or jump
to...</span></button></qbsearch-input>
<a href="/login" class="HeaderMenu-link">Sign in</a><a href="/signup" class="HeaderMenu-link HeaderMenu-button">Sign up</a></header></div>
<div class="application-main"><main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex
flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author"><a class="url fn" rel="author" href="/fennel-maps">fennel-maps</a></span><span
class="mx-1">/</span><strong itemprop="name"><a href="/fennel-maps/tilecraft">tilecraft</a></strong><span class="Label Label--secondary">Public</span></div>
<ul class="pagehead-actions"><li><a href="/login" class="btn-sm btn">Notifications</a></li><li><a href="/login" class="btn-sm btn">Fork <span class="Counter">
311</span></a></li><li><a href="/login" class="btn-sm btn"><span>Star</span> <span class="Counter">4.8k</span></a></li></ul>
<nav aria-label="Repository" class="js-repo-nav UnderlineNav"><ul class="UnderlineNav-body list-style-none">${links(rlTabs, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content"><div class="container-xl px-3
px-md-4">
<nav aria-label="Breadcrumb" class="mb-5"><ol><li class="breadcrumb-item"><a href="/fennel-maps/tilecraft/releases">Releases</a></li><li class="breadcrumb-item
breadcrumb-item-selected"><a href="/fennel-maps/tilecraft/releases/tag/v3.2.0" aria-current="page">v3.2.0</a></li></ol></nav>
<section aria-labelledby="hd-9b1e77a2"><h2 class="sr-only" id="hd-9b1e77a2">${rlTitle}</h2><div class="d-flex flex-column flex-md-row my-5 flex-justify-center">
<div class="col-md-2 d-flex flex-md-column flex-row flex-wrap pr-md-6 mb-2 mb-md-0 flex-items-start pt-md-4"><div class="mb-2 f4 mr-1 mr-md-0 color-fg-muted">
<relative-time datetime="2026-02-19T06:42:11Z" class="no-wrap" prefix="">Feb 19</relative-time></div><div class="mb-md-2 mr-3 mr-md-0"><a class="d-inline-block
color-fg-muted" href="/fennel-maps/tilecraft/tree/v3.2.0"><svg class="octicon octicon-tag" aria-label="Tag"></svg><span class="ml-1
wb-break-all">v3.2.0</span></a></div>
<div class="mb-md-2 mr-3 mr-md-0"><a class="Link Link--muted" href="/fennel-maps/tilecraft/commit/9e1c4ab"><code class="f5 ml-1 wb-break-all">9e1c4ab</code></a>
<span class="Label Label--success" title="This commit was created on GitHub.com and signed with GitHub’s verified signature.">Verified</span></div>
<details class="details-reset details-overlay"><summary class="btn-sm btn">Compare</summary><details-menu class="SelectMenu" role="menu"><div
class="SelectMenu-header">
<span class="SelectMenu-title">Choose a tag to compare</span></div><include-fragment
class="SelectMenu-loading">Loading</include-fragment></details-menu></details></div>
<div class="col-md-9"><div class="Box"><div class="Box-body"><div class="d-flex flex-md-row flex-column"><div class="d-flex flex-row flex-1 mb-3 wb-break-word">
<div class="flex-1" data-pjax="#repo-content-pjax-container"><h1 data-view-component="true" class="d-inline mr-3">${rlTitle}</h1><span
data-view-component="true"
class="Label Label--success Label--large v-align-text-bottom d-none d-md-inline-block">Latest</span></div></div></div>
<div class="d-flex flex-row flex-items-center mb-3 color-fg-muted"><img class="avatar avatar-small circle"
src="https://avatars.githubusercontent.com/u/5512093?s=40"
alt="@marguerite-o" width="20" height="20"><a class="color-fg-default text-bold" data-hovercard-type="user" href="/marguerite-o">marguerite-o</a>&nbsp;released
this
&nbsp;<relative-time datetime="2026-02-19T06:42:11Z" class="no-wrap">Feb 19</relative-time><span class="d-none d-md-inline">&nbsp;·&nbsp;<a
href="/fennel-maps/tilecraft/compare/v3.2.0...main">14 commits</a> to main since this release</span></div>
<div data-pjax="true" data-test-selector="body-content" data-view-component="true" class="markdown-body my-3"><p dir="auto">${rlIntro}</p>
${rlH(rlH1, 2)}
${rlH(rlH2, 3)}
<p dir="auto">${rlPacks}</p>
${rlH(rlH3, 3)}
<p dir="auto">${rlLabels}</p>
${rlH(rlH4, 2)}
<ul dir="auto">${rlBreaking.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rlH(rlH5, 2)}
<ul dir="auto">${rlChanged.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rlH(rlH6, 2)}
<ul dir="auto">${rlNew.map((t) => `<li>${t}</li>`).join('')}</ul>
<p dir="auto">${rlFull}</p></div>
<div class="Box-footer"><h4 class="sr-only">Contributors</h4><div class="d-flex flex-items-center"><ul class="list-style-none d-flex">${[
  'nadia-k',
  'tbrennan',
  'r-okonkwo',
  'ollie-b',
]
  .map(
    (u) => `<li class="mr-1"><a href="/${u}"><img class="avatar circle" src="https://avatars.githubusercontent.com/${u}?s=64" alt="@${u}" size="32"></a></li>`,
  )
  .join('')}</ul><span class="color-fg-muted">nadia-k, tbrennan, and 3 other contributors</span></div></div></div>
<div class="Box-footer"><details open><summary><span class="f3 text-bold d-inline mr-3">Assets</span> <span class="Counter">6</span></summary>
<include-fragment loading="lazy"><ul class="list-style-none">${rlAssets
  .map(
    ([n, s]) =>
      `<li class="Box-row d-flex flex-column flex-md-row"><div class="d-flex flex-justify-start col-12 col-lg-9"><svg class="octicon octicon-package" ` +
      `aria-hidden="true"></svg><a href="/fennel-maps/tilecraft/releases/download/v3.2.0/${n.replace(/[ ()]/g, '')}" rel="nofollow" class="Truncate">` +
      `<span class="Truncate-text text-bold">${n}</span></a></div><div class="d-flex flex-auto flex-justify-end col-md-4 ml-3 ml-md-0 mt-1 mt-md-0">` +
      `${s === '' ? '' : `<span class="color-fg-muted text-sm-left flex-auto ml-md-3 nowrap">${s}</span>`}<span class="color-fg-muted text-right
flex-shrink-0">` +
      `<relative-time datetime="2026-02-19T06:45:02Z" class="no-wrap">Feb 19</relative-time></span></div></li>`,
  )
  .join('\n')}</ul></include-fragment></details></div>
<div class="Box-footer"><div class="js-comment-reactions-options d-flex flex-items-center flex-row flex-wrap"><div class="js-reactions-container"><button
class="social-reaction-summary-item btn-link" aria-label="18 people reacted with thumbs up" disabled>👍 <span
class="js-discussion-reaction-group-count">18</span>
</button><button class="social-reaction-summary-item btn-link" aria-label="9 people reacted with hooray" disabled>🎉 <span>9</span></button><button
class="social-reaction-summary-item btn-link" aria-label="8 people reacted with rocket" disabled>🚀 <span>8</span></button></div><span class="color-fg-muted
mt-1">27 people reacted</span></div></div></div></div></div></section></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><span>© 2026 GitHub,&nbsp;Inc.</span>
<nav aria-label="Footer"><h3 class="sr-only">Footer navigation</h3><ul class="list-style-none
d-flex">${links(rlFoot, 'mx-2')}</ul></nav></footer></body></html>`;
export const githubRelease: TestPage = {
  html: rlHtml,
  name: 'heldout39-github-release',
  kind: 'docs',
  // the release notes are the article: the h1 release name is the title (the sr-only h2 repeats it), the notes' h2s and
  // h3s are the headings, their paragraphs and list items are body, including the generated "What's Changed" and "New
  // Contributors" lines with their @handles and PR numbers (the notes' own text) and the "Full Changelog" line; the
  // releaser and the date are the bylines ("released this" in neither; the assets' upload dates are the same "Feb 19",
  // listed once); tag, commit, "Verified", "Compare", the commits-since line, the contributors strip, Assets with names,
  // sizes and counter, reactions, repository header, tabs, header and footer are furniture; the tag "v3.2.0" is a word of
  // the short "Full Changelog" line, the repository name "tilecraft" the title's word and the footer's "Docs" a word
  // of a changelog line: left out
  title: rlTitle,
  headings: [rlH1, rlH2, rlH3, rlH4, rlH5, rlH6],
  body: [...texts([rlIntro, rlPacks, rlLabels, ...rlBreaking, ...rlChanged, ...rlNew, rlFull])],
  bylines: ['marguerite-o', 'Feb 19'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', ...rlNav, 'Search or jump to...', 'Sign in', 'Sign up', 'fennel-maps', 'Public', 'Notifications', 'Fork', '311',
    'Star', '4.8k', ...rlTabs, 'Releases', '9e1c4ab', 'Verified', 'Compare', 'Choose a tag to compare', 'Loading', '14 commits',
    'to main since this release', 'nadia-k, tbrennan, and 3 other contributors', 'Assets', ...rlAssets.flatMap(([n, s]) => (s === '' ? [n] : [n, s])),
    '👍 18', '🎉 9', '🚀 8', '27 people reacted', 'Footer', '© 2026 GitHub, Inc.', 'Footer navigation',
    ...rlFoot.filter((t) => !['Security', 'Docs'].includes(t)),
  ],
};
