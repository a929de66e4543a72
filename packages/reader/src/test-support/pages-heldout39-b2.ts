import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 39, file b2: a GitHub repository's main page seen logged out (skip link, marketing header, the three
 * "Reload to refresh your session" flashes, the repository header with Notifications/Fork/Star, the Code/Issues/Pull
 * requests tab bar, the branch bar, the latest-commit box and the file table, the README box with its README / license
 * tabs and Outline button, the rendered README as an article.markdown-body with badge images, markdown-heading anchors,
 * highlighted code blocks with clipboard-copy buttons and a [!WARNING] alert, the About sidebar with topics, releases,
 * packages, contributors and languages, the react-partial JSON payload and the site footer).
 */
const ghTitle = 'Driftwood';
const ghIntro = [
  'Driftwood makes incremental, encrypted backups of a directory tree to any S3-compatible object store. It is a single static ' +
    'binary with no daemon, meant to be run from cron or a systemd timer on small servers and home machines.',
  'Files are split into content-defined chunks, so a change in the middle of a large file only uploads the chunks that changed, ' +
    'and identical chunks are stored once across every snapshot.',
];
const ghH1 = 'Features';
const ghFeatures = [
  'Client-side encryption with XChaCha20-Poly1305: the store never sees file contents or file names.',
  'Deduplication across files, snapshots and machines that share a repository.',
  'Works with AWS S3, Backblaze B2, Cloudflare R2, MinIO and any other service that speaks the S3 API.',
  'Snapshots can be mounted read-only with FUSE on Linux and macOS.',
  'Retention policies such as “keep 7 daily, 4 weekly and 12 monthly snapshots”.',
];
const ghH2 = 'Installation';
const ghInstall = [
  'Prebuilt binaries for Linux, macOS and Windows are attached to every release. With Cargo:',
  'On macOS you can also use Homebrew: <code>brew install driftwood</code>.',
];
const ghH3 = 'Quick start';
const ghQuick = [
  'Create a repository in an empty bucket, then take your first snapshot:',
  'The first run uploads everything and can take a while. Later runs only read files whose size or modification time changed, ' +
    'and usually finish in seconds.',
];
const ghAlert =
  'Keep a copy of the repository key somewhere other than the machine you back up. Without it nobody, including us, can read ' + 'your snapshots.';
const ghH4 = 'Restoring files';
const ghRestore =
  'List snapshots with <code>driftwood snapshots</code> and restore one, or a single path from it, with <code>driftwood restore</code>. ' +
  'Every chunk is checked against its hash as it is restored, so a damaged object in the bucket is reported instead of being ' +
  'written silently to disk.';
const ghH5 = 'Contributing';
const ghContrib =
  'Bug reports and pull requests are welcome. Please open an issue before starting on a large change so that we can agree on ' +
  'the approach first, and run <code>cargo test</code> and <code>cargo clippy</code> before you push.';
const ghH6 = 'License';
const ghLicense = 'Driftwood is released under the Apache License, Version 2.0. See the LICENSE file for the full text.';
const ghFiles: [string, string, string][] = [
  ['.github', 'ci: add aarch64 musl target', '2 weeks ago'],
  ['crates', 'Split chunker into its own crate', 'last month'],
  ['docs', 'docs: explain the retention flags', '3 weeks ago'],
  ['src', 'Retry multipart uploads on 503 (#418)', '3 days ago'],
  ['tests', 'Add restore round-trip test for sparse files', 'last month'],
  ['.gitignore', 'Initial import', '3 years ago'],
  ['CHANGELOG.md', 'Release v0.9.2', '3 weeks ago'],
  ['CONTRIBUTING.md', 'docs: ask for an issue before large PRs', '8 months ago'],
  ['Cargo.lock', 'Release v0.9.2', '3 weeks ago'],
  ['Cargo.toml', 'Release v0.9.2', '3 weeks ago'],
  ['LICENSE', 'Initial import', '3 years ago'],
  ['README.md', 'README: mention Cloudflare R2', '5 days ago'],
];
const ghHead = (h: string, level: number) => {
  const id = h.toLowerCase().replace(/ /g, '-');
  return (
    `<div class="markdown-heading" dir="auto"><h${level} tabindex="-1" class="heading-element" dir="auto">${h}</h${level}><a id="user-content-${id}" ` +
    `class="anchor" aria-label="Permalink: ${h}" href="#${id}"><svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" ` +
    `aria-hidden="true"><path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5"></path></svg></a></div>`
  );
};
const ghCode = (lang: string, code: string) =>
  `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto" dir="auto"><pre>${code}</pre>` +
  `<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0" ` +
  `data-copy-feedback="Copied!" data-tooltip-direction="w" tabindex="0" role="button"><svg aria-hidden="true" class="octicon octicon-copy">` +
  `</svg></clipboard-copy></div></div>`;
const ghP = (p: string) => `<p dir="auto">${p}</p>`;
const ghNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs = ['Issues 23', 'Pull requests 4', 'Discussions', 'Actions', 'Security', 'Insights'];
const ghFoot = ['Terms', 'Privacy', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghFlash = (t: string) =>
  `<div class="flash flash-warn" role="alert" hidden><span>${t} <a href="">Reload</a> to refresh your session.</span>` +
  `<button class="flash-close js-flash-close" type="button" aria-label="Dismiss alert">Dismiss alert</button></div>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system">
<head><meta charset="utf-8"><title>GitHub - larkspur-dev/driftwood: Incremental, encrypted backups to any S3-compatible object store</title>
<meta name="description" content="Incremental, encrypted backups to any S3-compatible object store - larkspur-dev/driftwood">
<meta property="og:image" content="https://opengraph.githubassets.com/3f1c/larkspur-dev/driftwood"><meta name="octolytics-dimension-repository_nwo"
content="larkspur-dev/driftwood"><link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.com/assets/primer-2b2d9a1e.css">
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-6f0c8e.js" defer></script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><h2 class="sr-only">Navigation Menu</h2>
<button aria-label="Toggle navigation" class="js-details-target Button--link Button--medium Button d-lg-none"><span class="Button-label">Toggle navigation
</span></button><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg class="octicon octicon-mark-github">
</svg></a><nav aria-label="Global"><ul class="d-lg-flex list-style-none">${links(ghNav, 'HeaderMenu-item')}</ul></nav>
<qbsearch-input class="search-input" data-scope="repo:larkspur-dev/driftwood"><button class="header-search-button" type="button"><span
class="flex-1">Search or jump to...</span></button></qbsearch-input><a href="/login?return_to=%2Flarkspur-dev%2Fdriftwood" class="HeaderMenu-link">Sign in</a>
<a href="/signup?source=header-repo" class="HeaderMenu-link HeaderMenu-button">Sign up</a><button type="button" aria-label="Appearance settings"
class="Button Button--iconOnly"><svg class="octicon octicon-sun"></svg></button></header></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace>${ghFlash('You signed in with another tab or window.')}
${ghFlash('You signed out in another tab or window.')}${ghFlash('You switched accounts on another tab or window.')}</div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3
hide-full-screen">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center
wb-break-word f3 text-normal"><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/larkspur-dev">larkspur-dev</a>
</span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
href="/larkspur-dev/driftwood">driftwood
</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login" class="btn-sm btn" aria-label="You must be signed in to change notification
settings"><svg class="octicon octicon-bell"></svg>Notifications</a></li><li><a href="/login" class="btn-sm btn"><svg class="octicon octicon-repo-forked"></svg>
Fork <span class="Counter">57</span></a></li><li><a href="/login" class="btn-sm btn"><svg class="octicon octicon-star"></svg><span>Star</span>
<span class="Counter js-social-count">1.3k</span></a></li></ul></div>
<nav aria-label="Repository" class="js-repo-nav UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none"><li><a
href="/larkspur-dev/driftwood"
aria-current="page" class="UnderlineNav-item selected"><span data-content="Code">Code</span></a></li>${links(ghTabs, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content"><h1
class="sr-only">larkspur-dev/driftwood</h1>
<react-partial partial-name="repos-overview" data-ssr="true"><script type="application/json"
data-target="react-partial.embeddedData">{"props":{"initialPayload":
{"repo":{"id":581144027,"defaultBranch":"main","name":"driftwood","ownerLogin":"larkspur-dev","currentUserCanPush":false,"isFork":false,"isEmpty":false,
"createdAt":"2022-12-22T10:04:51.000Z","ownerAvatar":"https://avatars.githubusercontent.com/u/120044193?v=4","public":true,"private":false},
"refInfo":{"name":"main","listCacheKey":"v0:1738152300.0","canEdit":false,"refType":"branch","currentOid":"a3f9c21e77b0"}}}}</script>
<div data-target="react-partial.reactRoot"><div class="Layout"><div class="Layout-main"><div class="file-navigation d-flex"><button type="button"
class="ref-selector"
aria-label="main branch"><span>main</span></button><a href="/larkspur-dev/driftwood/branches"><strong>Branches</strong></a><a
href="/larkspur-dev/driftwood/tags">
<strong>Tags</strong></a><span class="flex-auto"></span><button type="button" class="go-to-file">Go to file</button><button type="button" class="btn-primary">
<span>Code</span></button></div>
<table aria-labelledby="folders-and-files" class="Table-module__Box"><h2 class="sr-only" id="folders-and-files">Folders and files</h2><thead
class="sr-only"><tr><th>Name</th>
<th>Last commit message</th><th>Last commit date</th></tr></thead><tbody><tr class="latest-commit"><td colspan="3"><div class="LatestCommit-module__Box"><img
src="https://avatars.githubusercontent.com/u/44180210?v=4&amp;size=40" alt="okwu-a" width="20" height="20"><a
href="/larkspur-dev/driftwood/commits?author=okwu-a"
class="author">okwu-a</a><span class="Truncate"><a href="/larkspur-dev/driftwood/commit/a3f9c21e77b0" class="Link--secondary">${ghFiles[3]?.[1]}</a></span>
<a href="/larkspur-dev/driftwood/commit/a3f9c21e77b0" class="Link--secondary">a3f9c21</a> · <relative-time datetime="2026-02-13T17:08:44Z">3 days
ago</relative-time>
<a href="/larkspur-dev/driftwood/commits/main/" class="Link--secondary"><span class="fgColor-default">History</span><span>1,284
Commits</span></a></div></td></tr>
${ghFiles
  .map(
    ([n, m, t]) =>
      `<tr class="react-directory-row"><td class="react-directory-row-name-cell-large-screen"><a title="${n}"
href="/larkspur-dev/driftwood/tree/main/${n}">${n}</a></td>` +
      `<td class="react-directory-row-commit-cell"><a class="Link--secondary" href="/larkspur-dev/driftwood/commit/0b1e">${m}</a></td>` +
      `<td><div class="react-directory-commit-age"><relative-time>${t}</relative-time></div></td></tr>`,
  )
  .join('\n')}</tbody></table>
<div class="OverviewContent-module__Box"><nav aria-label="Repository files" class="UnderlineNav"><ul role="list"><li><a href="#readme-ov-file"
aria-current="page">
<span>README</span></a></li><li><a href="#Apache-2.0-1-ov-file"><span>Apache-2.0 license</span></a></li></ul></nav><button aria-label="Outline"
class="Button--invisible Button--iconOnly"><svg class="octicon octicon-list-unordered"></svg></button>
<article class="markdown-body entry-content container-lg" itemprop="text">${ghHead(ghTitle, 1)}
<p dir="auto"><a href="https://github.com/larkspur-dev/driftwood/actions"><img
src="https://github.com/larkspur-dev/driftwood/actions/workflows/ci.yml/badge.svg"
alt="CI" style="max-width: 100%;"></a> <a href="https://crates.io/crates/driftwood" rel="nofollow"><img src="https://camo.githubusercontent.com/9d1e/crates"
alt="crates.io" data-canonical-src="https://img.shields.io/crates/v/driftwood.svg" style="max-width: 100%;"></a></p>
${ghIntro.map(ghP).join('\n')}
${ghHead(ghH1, 2)}
<ul dir="auto">${ghFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ghHead(ghH2, 2)}
${ghP(ghInstall[0] ?? '')}
${ghCode('shell', 'cargo install driftwood --locked')}
${ghP(ghInstall[1] ?? '')}
${ghHead(ghH3, 2)}
${ghP(ghQuick[0] ?? '')}
${ghCode(
  'shell',
  `<span class="pl-k">export</span> DRIFTWOOD_REPO=s3:https://s3.eu-central-003.backblazeb2.com/my-backups
driftwood init
driftwood backup ~/Documents ~/Pictures --exclude <span class="pl-s"><span class="pl-pds">'</span>*.tmp<span class="pl-pds">'</span></span>`,
)}
${ghP(ghQuick[1] ?? '')}
<div class="markdown-alert markdown-alert-warning" dir="auto"><p class="markdown-alert-title" dir="auto"><svg class="octicon octicon-alert mr-2" viewBox="0 0
16 16"
width="16" height="16" aria-hidden="true"></svg>Warning</p><p dir="auto">${ghAlert}</p></div>
${ghHead(ghH4, 2)}
${ghP(ghRestore)}
${ghHead(ghH5, 2)}
${ghP(ghContrib)}
${ghHead(ghH6, 2)}
${ghP(ghLicense)}
</article></div></div>
<div class="Layout-sidebar"><div class="BorderGrid about-margin"><div class="BorderGrid-cell"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">Incremental,
encrypted backups to any S3-compatible object store</p><div class="my-3 d-flex flex-items-center"><a class="text-bold" href="https://driftwood.larkspur.dev">
driftwood.larkspur.dev</a></div><h3 class="sr-only">Topics</h3><div class="my-3"><div class="f6">${['rust', 'backup', 'cli', 'restic-alternative']
  .map((t) => `<a href="/topics/${t}" class="topic-tag topic-tag-link">${t}</a>`)
  .join(' ')}</div></div><h3 class="sr-only">Resources</h3><div class="mt-2"><a href="#readme-ov-file" class="Link--muted">Readme</a></div>
<h3 class="sr-only">License</h3><div class="mt-2"><a href="#Apache-2.0-1-ov-file" class="Link--muted">Apache-2.0 license</a></div><div class="mt-2"><a
href="/larkspur-dev/driftwood/activity" class="Link--muted">Activity</a></div><h3 class="sr-only">Stars</h3><div class="mt-2"><a
href="/larkspur-dev/driftwood/stargazers"
class="Link--muted"><strong>1.3k</strong> stars</a></div><h3 class="sr-only">Watchers</h3><div class="mt-2"><a class="Link--muted"><strong>21</strong>
watching</a></div>
<h3 class="sr-only">Forks</h3><div class="mt-2"><a class="Link--muted"><strong>57</strong> forks</a></div><a href="/contact/report-content"
class="Link--muted">Report
repository</a></div>
<div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/larkspur-dev/driftwood/releases">Releases <span class="Counter">18</span></a></h2><a class="d-flex"
href="/larkspur-dev/driftwood/releases/tag/v0.9.2"><span class="css-truncate">v0.9.2</span> <span class="Label Label--success">Latest</span><div
class="text-small color-fg-muted"><relative-time datetime="2026-01-30T11:20:00Z">Jan 30, 2026</relative-time></div></a><a
href="/larkspur-dev/driftwood/releases">+ 17 releases</a></div>
<div class="BorderGrid-cell"><h2 class="h4 mb-3">Packages <span class="Counter">0</span></h2><div class="text-small color-fg-muted">No packages
published<br></div></div>
<div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/larkspur-dev/driftwood/graphs/contributors">Contributors <span class="Counter">31</span></a></h2>
<ul class="list-style-none d-flex flex-wrap mb-n2">${['okwu-a', 'mhelland', 'jpaulo', 'tess-r']
  .map(
    (u) => `<li class="mb-2 mr-2"><a href="https://github.com/${u}" class="" data-hovercard-type="user"><img src="https://avatars.githubusercontent.com/${u}"
alt="@${u}"
width="32" height="32"></a></li>`,
  )
  .join('')}</ul><div class="mt-3"><a href="/larkspur-dev/driftwood/graphs/contributors">+ 27 contributors</a></div></div>
<div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none">${['Rust 94.6%', 'Shell 3.1%', 'Other 2.3%']
  .map((t) => `<li class="d-inline"><span class="color-fg-default text-bold mr-1">${t.split(' ')[0]}</span> <span>${t.split(' ')[1]}</span></li>`)
  .join('')}</ul></div></div></div></div></div></div></react-partial></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center">
<span>© 2026 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none
d-flex flex-justify-center flex-wrap">${links(ghFoot, 'mx-2')}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg class="octicon octicon-alert"></svg><button type="button"
class="flash-close
js-ajax-error-dismiss" aria-label="Dismiss error"></button>You can’t perform that action at this time.</div></body></html>`;
export const githubReadme: TestPage = {
  html: ghHtml,
  name: 'heldout39-github-readme',
  kind: 'docs',
  // the rendered README is the article: its h1 is the title, its h2s the headings, paragraphs and feature list items body,
  // the [!WARNING] alert body with its "Warning" label in neither (a docs callout); the two code blocks are in neither, the
  // badge images have no text; the README has no author line: the latest-commit author and its relative date are the
  // page's only byline and dateline ("3 days ago" is also the src row's date: listed once); the repository name ("driftwood")
  // is the title's word (left out); the file table with its commit messages and ages, the README/license tabs, the About
  // sidebar (its description is not a body sentence), topics, counts, releases, contributors, languages, the header, the
  // hidden flashes, repository tabs and the footer are furniture; the sidebar's "Readme", "stars", "forks", "Rust" repeat
  // the tab's "README", the counters' labels and the topic "rust" (listed once each); "Other" (a language) is a body word: left out
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4, ghH5, ghH6],
  body: [...ghIntro, ...ghFeatures, ...texts(ghInstall), ...ghQuick, ghAlert, ...texts([ghRestore, ghContrib]), ghLicense],
  bylines: ['okwu-a', '3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', 'Toggle navigation', ...ghNav, 'Search or jump to...', 'Sign in', 'Sign up',
    'You signed in with another tab or window.', 'You signed out in another tab or window.', 'You switched accounts on another tab or window.',
    'Reload', 'to refresh your session.', 'Dismiss alert', 'larkspur-dev', 'larkspur-dev/driftwood', 'Public', 'Notifications', 'Fork', 'Star', 'Code',
    ...ghTabs, 'main', 'Branches', 'Tags',
    'Go to file', 'Folders and files', 'Last commit message', 'Last commit date', 'a3f9c21', 'History', '1,284 Commits',
    ...ghFiles.map((f) => f[0]).filter((n) => !['CONTRIBUTING.md', 'LICENSE', 'docs'].includes(n)),
    ...new Set(ghFiles.map((f) => f[1]).filter((m) => m !== ghFiles[3]?.[1])), ghFiles[3]?.[1] ?? '',
    ...new Set(ghFiles.map((f) => f[2]).filter((t) => t !== '3 days ago')), 'README', 'Apache-2.0 license', 'About',
    'Incremental, encrypted backups to any S3-compatible object store', 'driftwood.larkspur.dev', 'rust', 'backup', 'cli', 'restic-alternative',
    'Topics', 'Activity', 'Stars', '1.3k', 'Watchers', 'watching', 'Forks', 'Report repository',
    'Releases', 'v0.9.2', 'Latest', 'Jan 30, 2026', '+ 17 releases', 'Packages', 'No packages published', 'Contributors', '+ 27 contributors',
    'Languages', '94.6%', 'Shell', '3.1%', '2.3%', 'Footer', '© 2026 GitHub, Inc.', 'Footer navigation', ...ghFoot,
    'You can’t perform that action at this time.',
  ],
};
