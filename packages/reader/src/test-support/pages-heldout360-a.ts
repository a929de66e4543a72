import { links, ps, type TestPage, texts } from './page-kit.js';
import { mkdocs } from './pages-heldout360-a2.js';
import { j } from './pages-heldout360-kit.js';

/**
 * Held-out batch 360, file a: a GitHub release page (repository header and tabs, release sidebar with the tag, commit and
 * verified badge, the author line, the Assets list, reactions and the footer) and, from file a2, a Keep a Changelog CHANGELOG
 * rendered by MkDocs Material (header, tabs, left navigation, table of contents, "Last update" line, feedback widget and footer).
 */
const ghTitle = 'Tidewater 3.4.0 — Quiet Harbor';
const ghIntro = [
  j(
    'This release focuses on the sync engine. Large vaults now open in about a third of the time, conflicts are resolved per field',
    'rather than per note, and the command-line client finally speaks the same config format as the desktop app.',
  ),
  'Thanks to the 23 people who contributed code, translations and bug reports to this cycle.',
];
const ghFeat = [
  '<strong>Field-level merge.</strong> When two devices edit the same note, Tidewater now merges title, tags and body separately.',
  'Lazy index loading: the search index is read in pages of 2,000 entries instead of all at once.',
  '<code>tide sync --dry-run</code> prints the plan without touching the remote.',
  'New <code>sync.retry_backoff</code> setting, defaulting to 30 seconds.',
];
const ghFix = [
  'Fixed attachments larger than 64 MB being uploaded twice after a dropped connection.',
  'Fixed a crash when a vault path contained an emoji on older Windows builds.',
  'The tray icon no longer stays orange after a successful retry.',
];
const ghBreak = [
  j(
    'The old <code>tidewater.ini</code> file is no longer read. Run <code>tide config migrate</code> once before upgrading the command-line client;',
    'the desktop app migrates automatically on first start.',
  ),
  'Plugins built against the 2.x API must be rebuilt; the manifest field <code>minHost</code> is now required.',
];
const ghUpgrade = [
  j(
    'Back up your vault, install the package for your platform from the assets below, and start the app once while online so that',
    'the index can be rebuilt. On a vault of 40,000 notes this took just under four minutes on our test laptops.',
  ),
];
const ghI18n = [
  j(
    'The interface is now available in Icelandic and Swahili, and the Portuguese translation was split into European and Brazilian',
    'variants. If your language is missing strings, the translation portal shows which screens still need work.',
  ),
  j(
    'Dates in the history panel now follow the system locale instead of always using the month-first format, which was the most',
    'requested change in last autumn’s user survey.',
  ),
];
const ghKnown = [
  'On Linux with Wayland, the global quick-capture shortcut does not register yet; use the tray menu for now.',
  'Vaults stored on network drives may show a one-off “index rebuilding” notice after every restart until 3.4.1.',
];
const ghNav = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Security', 'Insights'];
const ghAssets = ['tidewater-3.4.0-linux-x86_64.AppImage', 'tidewater-3.4.0-macos-universal.dmg', 'tidewater-3.4.0-windows-x64.msi', 'Source code (zip)'];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>Release ${ghTitle} · harborlight/tidewater · GitHub</title>
<meta name="description" content="This release focuses on the sync engine. Large vaults now open in about a third of the time.">
<meta property="og:title" content="Release ${ghTitle} · harborlight/tidewater"><meta property="og:type" content="object">
<meta name="route-pattern" content="/:user_id/:repository/releases/tag/*name"><meta name="octolytics-dimension-repository_nwo" content="harborlight/tidewater">
<link rel="stylesheet" href="https://github.githubassets.example/assets/primer-9f1c.css">
<script type="application/json" data-target="react-partial.embeddedData">{"props":{"repo":"harborlight/tidewater","tag":"v3.4.0"}}</script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative js-header-wrapper">
<a href="#start-of-content" class="p-3 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div class="container-xl d-flex">
<nav aria-label="Global"><ul class="d-lg-flex list-style-none">
<li class="HeaderMenu-item"><button class="HeaderMenu-link border-0 bg-transparent">Product</button></li>
<li class="HeaderMenu-item"><button class="HeaderMenu-link border-0 bg-transparent">Solutions</button></li>
<li class="HeaderMenu-item"><button class="HeaderMenu-link border-0 bg-transparent">Open Source</button></li>
<li class="HeaderMenu-item"><a class="HeaderMenu-link no-underline" href="/pricing">Pricing</a></li></ul></nav>
<div class="HeaderMenu-search"><span class="flex-1">Search or jump to...</span></div>
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main" data-commit-hovercards-enabled>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit">
<strong itemprop="author"><a class="url fn" rel="author" href="/harborlight">harborlight</a></strong><span class="mx-1">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/harborlight/tidewater">tidewater</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div>
<ul class="pagehead-actions flex-shrink-0"><li><a class="btn-sm btn" href="/login?return_to=notifications">Notifications</a></li>
<li><a class="btn-sm btn" href="/login?return_to=fork">Fork <span class="Counter">212</span></a></li>
<li><a class="btn-sm btn" href="/login?return_to=star">Star <span class="Counter">4.1k</span></a></li></ul></div>
<nav class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav UnderlineNav px-3 px-md-4 px-lg-5" aria-label="Repository">
<ul class="UnderlineNav-body list-style-none">${links(ghNav, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame"><div class="clearfix container-xl px-md-4 px-lg-5 px-3">
<nav aria-label="Breadcrumb" class="mb-5"><ol><li class="breadcrumb-item"><a href="/harborlight/tidewater/releases">Releases</a></li>
<li class="breadcrumb-item breadcrumb-item-selected"><a href="/harborlight/tidewater/releases/tag/v3.4.0" aria-current="page">v3.4.0</a></li></ol></nav>
<div data-hpc class="Box"><div class="Box-body"><div class="d-flex flex-md-row flex-column"><div class="d-flex flex-row flex-1 mb-3 wb-break-word">
<div class="flex-1"><h1 data-view-component="true" class="d-inline mr-3">${ghTitle}</h1>
<span data-view-component="true" class="Label Label--success Label--large">Latest</span></div></div>
<div class="mb-3"><a class="Link--primary" href="/harborlight/tidewater/compare/v3.4.0...main">Compare</a></div></div>
<div class="d-flex flex-row flex-wrap color-fg-muted flex-items-end"><div class="mr-4 mb-2">
<img class="avatar avatar-small circle" src="https://avatars.githubusercontent.example/u/41872?s=40" alt="@mirela-dascalu" width="20" height="20">
<a class="color-fg-default text-bold" href="/mirela-dascalu">mirela-dascalu</a>
<span class="color-fg-muted">released this</span>
<relative-time datetime="2026-02-12T10:14:33Z" class="no-wrap" prefix="">12 Feb 10:14</relative-time></div>
<div class="mr-4 mb-2"><span class="ml-1 wb-break-all">v3.4.0</span></div>
<div class="mr-4 mb-2"><a class="Link Link--muted" href="/harborlight/tidewater/commit/8e41c0a"><code class="f5 ml-1">8e41c0a</code></a></div>
<div class="mb-2"><span class="Label Label--success">Verified</span></div></div>
<div data-pjax="true" data-test-selector="body-content" data-view-component="true" class="markdown-body my-3">
${ps(ghIntro)}
<h2>Highlights</h2><ul>${ghFeat.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Bug fixes</h2><ul>${ghFix.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Breaking changes</h2><ul>${ghBreak.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Translations</h2>${ps(ghI18n)}
<h2>Known issues</h2><ul>${ghKnown.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Upgrading</h2>${ps(ghUpgrade)}
<p><strong>Full Changelog</strong>: <a class="commit-link" href="/harborlight/tidewater/compare/v3.3.2...v3.4.0"><tt>v3.3.2...v3.4.0</tt></a></p>
</div></div>
<div class="Box-footer"><div class="mb-3"><details open><summary><span class="f3 text-bold d-inline mr-3">Assets</span>
<span class="Counter ml-1">5</span></summary><ul class="list-style-none">
${ghAssets
  .map(
    (a) => `<li class="Box-row d-flex flex-column flex-md-row"><a href="/harborlight/tidewater/releases/download/v3.4.0/${a}" class="Truncate">
<span class="Truncate-text text-bold">${a}</span></a></li>`,
  )
  .join('\n')}
<li class="Box-row d-flex flex-column flex-md-row"><a href="/harborlight/tidewater/archive/refs/tags/v3.4.0.tar.gz" class="Truncate">
<span class="Truncate-text text-bold">Source code (tar.gz)</span></a></li></ul></details></div>
<div class="comment-reactions"><div class="js-comment-reactions-options"><button class="social-reaction-summary-item btn-link">
<g-emoji alias="+1">👍</g-emoji> <span class="js-discussion-reaction-group-count">38</span></button>
<button class="social-reaction-summary-item btn-link"><g-emoji alias="tada">🎉</g-emoji> <span>17</span></button></div>
<span class="color-fg-muted">41 people reacted</span></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center"><span>© 2026 GitHub, Inc.</span></div>
<nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-wrap">
${links(ghFoot, 'mx-2')}</ul></nav></footer>
<div id="ghcc" class="ghcc-banner"><p>We use optional cookies to improve your experience on our websites and to display personalized advertising.</p>
<button class="btn">Accept</button> <button class="btn">Reject</button></div>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.example/assets/behaviors-31ab.js"></script></body></html>`;
const github: TestPage = {
  name: 'heldout360-github-release-docs',
  kind: 'docs',
  html: ghHtml,
  title: ghTitle,
  headings: ['Highlights', 'Bug fixes', 'Breaking changes', 'Translations', 'Known issues', 'Upgrading'],
  body: texts([...ghIntro, ...ghFeat, ...ghFix, ...ghBreak, ...ghI18n, ...ghKnown, ...ghUpgrade]),
  bylines: ['mirela-dascalu', 'released this', '12 Feb 10:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Full Changelog: v3.3.2...v3.4.0',
    'Product', 'Solutions', 'Open Source', 'Pricing', 'Search or jump to...', 'Sign in', 'Sign up', 'harborlight',
    'Public', 'Notifications', 'Fork', '212', 'Star', '4.1k', ...ghNav, 'Releases', 'v3.4.0', 'Latest', 'Compare', '8e41c0a', 'Verified', 'Assets',
    ...ghAssets, 'Source code (tar.gz)', '41 people reacted', 'Footer', '© 2026 GitHub, Inc.', 'Footer navigation', ...ghFoot,
    'We use optional cookies to improve your experience on our websites and to display personalized advertising.', 'Accept', 'Reject',
  ],
};

export const HELDOUT360_A: readonly TestPage[] = [github, mkdocs];
