import { links, type TestPage, texts } from './page-kit.js';
import { chromeStore } from './pages-heldout177-d2.js';

/**
 * Held-out batch 177, file d: a GitHub release page as a signed-out visitor saves it (the marketing header with its menus
 * and "Sign in" / "Sign up", the repository header with Notifications / Fork / Star, the repo tabs, the Releases breadcrumb,
 * the release's left column with date, author, tag and commit, the h1 with the "Latest" label, the markdown release notes
 * with h2s, lists, a code block and the "Full Changelog" line, the contributors avatars, the Assets list with sizes and
 * dates, the reactions, the flash "You can't perform that action at this time." and the footer) and, from file d2, a
 * Chrome Web Store extension page.
 */
const ghTitle = 'v3.2.0 — Incremental snapshots';
const ghH = ['Highlights', 'Breaking changes', 'Bug fixes', 'Upgrading', 'New Contributors'];
const ghIntro = [
  'This release adds incremental snapshots, the most requested feature since the project started, along with a faster restore ' +
    'path and a long list of fixes. Thanks to everyone who tested the release candidates over the last month.',
];
const ghHigh = [
  '<strong>Incremental snapshots.</strong> <code>driftwood snapshot --incremental</code> now stores only the chunks that changed ' +
    'since the parent snapshot. On our test corpus of 40 GB of mixed files, a daily snapshot went from 11 minutes to 48 seconds ' +
    'and from 6.1 GB to 310 MB on disk. by @mkowalczyk in <a href="/x/pull/1482">#1482</a>',
  '<strong>Parallel restore.</strong> Restores now read chunks with up to eight workers by default (<code>--jobs</code> to ' +
    'change it), roughly three times faster on SSDs. by @ayo-bankole in <a href="/x/pull/1501">#1501</a>',
  '<strong>Snapshot diff.</strong> The new <code>driftwood diff A B</code> command lists added, removed and changed paths ' +
    'between two snapshots. by @linnea-sv in <a href="/x/pull/1467">#1467</a>',
];
const ghBreak = [
  'The repository format version is now 3. Older clients can still read version 3 repositories but cannot write to them; run ' +
    '<code>driftwood migrate</code> once after upgrading every client that writes to a repository.',
  'The deprecated <code>--fast</code> flag of <code>snapshot</code> has been removed. It has done nothing since 2.6.',
  'The minimum supported Go version for building from source is now 1.23.',
];
const ghFix = [
  'Fix a crash when a file shrinks while it is being read during a snapshot. by @jdeluca in <a href="/x/pull/1479">#1479</a>',
  'Respect <code>.driftwoodignore</code> files in nested directories. by @ayo-bankole in <a href="/x/pull/1488">#1488</a>',
  'Do not follow symlinks outside the snapshot root unless <code>--follow-symlinks</code> is given. by @mkowalczyk in ' + '<a href="/x/pull/1490">#1490</a>',
  'Show the correct progress percentage for snapshots larger than 2 TB. by @tsuzuki-k in <a href="/x/pull/1495">#1495</a>',
];
const ghUp = [
  'Back up your repository configuration, upgrade every client, then migrate. The migration rewrites only the index, so it ' +
    'takes a few seconds even on large repositories, and it can be rolled back with the same command and <code>--revert</code>.',
];
const ghNew = [
  '@tsuzuki-k made their first contribution in <a href="/x/pull/1495">#1495</a>',
  '@jdeluca made their first contribution in <a href="/x/pull/1479">#1479</a>',
];
const ghFull = '<strong>Full Changelog</strong>: <a href="/x/compare/v3.1.4...v3.2.0">v3.1.4...v3.2.0</a>';
const ghMenus = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs = ['Code', 'Issues 87', 'Pull requests 12', 'Discussions', 'Actions', 'Projects', 'Security', 'Insights'];
const ghAssets = [
  ['driftwood_3.2.0_darwin_arm64.tar.gz', '9.8 MB'],
  ['driftwood_3.2.0_linux_amd64.tar.gz', '10.4 MB'],
  ['driftwood_3.2.0_windows_amd64.zip', '10.6 MB'],
  ['checksums.txt', '412 Bytes'],
  ['Source code (zip)', ''],
  ['Source code (tar.gz)', ''],
];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghUl = (items: readonly string[]): string => `<ul dir="auto">\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>Release v3.2.0 — Incremental snapshots · driftwood-backup/driftwood · GitHub</title>
<meta name="viewport" content="width=device-width"><meta name="description" content="This release adds incremental snapshots, the most requested feature">
<meta property="og:title" content="Release v3.2.0 — Incremental snapshots · driftwood-backup/driftwood"><meta property="og:site_name" content="GitHub">
<meta name="route-pattern" content="/:user_id/:repository/releases/tag/*name">
<meta name="octolytics-dimension-repository_nwo" content="driftwood-backup/driftwood">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-b8c1.css">
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.example/assets/releases-4a2f.js"></script></head>
<body class="logged-out env-production page-responsive"><div class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">
Skip to content</a><span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full"></span>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner">
<h2 class="sr-only">Navigation Menu</h2><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"></a>
<nav aria-label="Global" class="HeaderMenu-nav"><ul class="d-lg-flex list-style-none">${ghMenus
  .map(
    (t) => `<li class="HeaderMenu-item">
<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto">${t}</button></li>`,
  )
  .join('')}</ul></nav>
<div class="search-input"><button class="header-search-button">Search or jump to...</button></div>
<a href="/login?return_to=%2Fdriftwood-backup%2Fdriftwood%2Freleases%2Ftag%2Fv3.2.0" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></header>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace>
<div class="flash flash-full flash-error" hidden><div class="px-2">You can't perform that action at this time.</div></div></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5">
<div class="flex-auto min-width-0 width-fit"><strong class="mr-2 flex-self-stretch"><a href="/driftwood-backup">driftwood-backup</a></strong>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name"><a href="/driftwood-backup/driftwood">driftwood</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a class="btn-sm btn" href="/login">Notifications</a></li>
<li><a class="btn-sm btn" href="/login">Fork <span class="Counter">214</span></a></li><li><a class="btn-sm btn" href="/login">Star
<span class="Counter js-social-count">3.1k</span></a></li></ul></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav UnderlineNav px-3 px-lg-5"><ul class="UnderlineNav-body list-style-none">
${ghTabs
  .map(
    (t) => `<li class="d-inline-flex"><a class="UnderlineNav-item" href="/driftwood-backup/driftwood/${t.split(' ')[0]?.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></nav></div>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div><nav aria-label="Breadcrumb" class="mb-5"><ol>
<li class="breadcrumb-item"><a href="/driftwood-backup/driftwood/releases">Releases</a></li>
<li class="breadcrumb-item breadcrumb-item-selected"><a aria-current="page" href="#">v3.2.0</a></li></ol></nav>
<section aria-labelledby="hd-5f1c2a9e"><h2 class="sr-only" id="hd-5f1c2a9e">${ghTitle}</h2><div class="d-flex flex-column flex-md-row my-5 flex-justify-center">
<div class="col-md-2 d-flex flex-md-column flex-row flex-wrap pr-md-6 mb-2 mb-md-0 flex-items-start pt-md-4">
<div class="mb-2 f4 mr-1 mr-md-0 color-fg-muted"><local-time datetime="2025-11-03T21:14:09Z" class="no-wrap">03 Nov 21:14</local-time></div>
<div class="mb-md-2 mr-3 mr-md-0"><a class="Link--secondary" href="/mkowalczyk"><img class="avatar avatar-small circle" alt="@mkowalczyk"
src="https://avatars.githubusercontent.example/u/1188?s=40"> <span class="css-truncate-target">mkowalczyk</span></a></div>
<div class="mr-3 mr-md-0 d-flex"><span class="ml-1 wb-break-all">v3.2.0</span></div><div class="mb-md-2 mr-3 mr-md-0"><a class="Link--muted"
href="/driftwood-backup/driftwood/commit/a91c3e7"><code class="f5 ml-1">a91c3e7</code></a></div>
<details class="details-reset details-overlay"><summary class="btn-sm btn">Compare</summary></details></div>
<div class="col-md-9"><div class="Box"><div class="Box-body"><div class="d-flex flex-md-row flex-column">
<div class="d-flex flex-row flex-1 mb-3 wb-break-word"><div class="flex-1"><span data-view-component="true" class="f1 text-bold d-inline mr-3">
<h1 class="d-inline mr-3">${ghTitle}</h1></span><span class="Label Label--success Label--large">Latest</span></div></div></div>
<div data-pjax="true" data-test-selector="body-content" data-view-component="true" class="markdown-body my-3"><p dir="auto">${ghIntro[0]}</p>
<h2 dir="auto">${ghH[0]}</h2>${ghUl(ghHigh)}<h2 dir="auto">${ghH[1]}</h2>${ghUl(ghBreak)}<h2 dir="auto">${ghH[2]}</h2>${ghUl(ghFix)}
<h2 dir="auto">${ghH[3]}</h2><p dir="auto">${ghUp[0]}</p><div class="highlight highlight-source-shell notranslate position-relative overflow-auto">
<pre>driftwood --version
driftwood migrate --repo /srv/backups/main</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy">Copy</clipboard-copy></div></div>
<h2 dir="auto">${ghH[4]}</h2>${ghUl(ghNew)}<p dir="auto">${ghFull}</p></div>
<div class="mt-3"><h4 class="text-bold f5 mb-2">Contributors</h4><ul class="list-style-none d-flex flex-wrap">
${['mkowalczyk', 'ayo-bankole', 'linnea-sv', 'jdeluca', 'tsuzuki-k']
  .map(
    (u) => `<li class="mr-1"><a href="/${u}"><img alt="@${u}" class="avatar"></a>
</li>`,
  )
  .join('')}
</ul><div class="color-fg-muted">mkowalczyk, ayo-bankole, and 3 other contributors</div></div></div>
<div class="Box-footer"><div class="mb-3"><details open class="details-reset Details-element"><summary><h2 class="d-inline h4">Assets</h2>
<span class="Counter ml-1">6</span></summary><ul>
${ghAssets
  .map(
    (a) => `<li class="Box-row d-flex flex-column flex-md-row"><a href="/driftwood-backup/driftwood/releases/download/v3.2.0/${a[0]}"
class="Truncate"><span class="Truncate-text text-bold">${a[0]}</span></a>${a[1] === '' ? '' : `<span class="color-fg-muted">${a[1]}</span>`}
<span class="color-fg-muted"><relative-time datetime="2025-11-03T21:20:00Z">2025-11-03T21:20:00Z</relative-time></span></li>`,
  )
  .join('\n')}
</ul></details></div><div class="d-flex flex-row flex-wrap"><div class="js-comment-reactions-options"><button class="social-reaction-summary-item">
<g-emoji alias="+1">👍</g-emoji> <span>21</span></button><button class="social-reaction-summary-item"><g-emoji alias="tada">🎉</g-emoji> <span>14</span>
</button><button class="social-reaction-summary-item"><g-emoji alias="heart">❤️</g-emoji> <span>6</span></button></div>
<span class="color-fg-muted ml-1">32 people reacted</span></div></div></div></div></div></section></div></div></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center"><span>© 2025 GitHub, Inc.</span></div><nav aria-label="Footer">
<h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap" aria-labelledby="sr-footer-heading">${links(ghFoot)}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can't perform that action at this time.</div></div></body></html>`;
const github: TestPage = {
  html: ghHtml,
  name: 'heldout177-github-release',
  kind: 'docs',
  // the release name h1 is the title (the screen-reader h2 that repeats it is in neither list); the release notes are the
  // article, the "Full Changelog" line a body paragraph and the code block in neither list; the release time and its author
  // are bylines; the tag, commit, contributors, assets and reactions are furniture
  title: ghTitle,
  headings: ghH,
  body: texts([...ghIntro, ...ghHigh, ...ghBreak, ...ghFix, ...ghUp, ...ghNew, ghFull]),
  bylines: ['03 Nov 21:14', 'mkowalczyk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', ...ghMenus, 'Search or jump to...', 'Sign in', 'Sign up', "You can't perform that action at this time.",
    'driftwood-backup', 'Public', 'Notifications', 'Fork 214', 'Star 3.1k', ...ghTabs, 'Releases', 'a91c3e7', 'Compare', 'Latest', 'Copy',
    'Contributors', 'mkowalczyk, ayo-bankole, and 3 other contributors', 'Assets', ...ghAssets.flat().filter((t) => t !== ''), '32 people reacted',
    '© 2025 GitHub, Inc.', 'Footer navigation', ...ghFoot,
  ],
};

export const HELDOUT177_D: readonly TestPage[] = [github, chromeStore];
