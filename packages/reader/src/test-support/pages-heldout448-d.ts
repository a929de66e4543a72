import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout448-kit.js';

/**
 * Held-out batch 448, file d: a Linux distribution's download page on Hugo with the Docsy theme (navbar, left section menu,
 * right "On this page" table of contents and page-meta links, an alert shortcode, a table of images, a checksum code block,
 * "Last modified" footer line, feedback widget) and a GitHub Releases listing of an open-source project (two releases with
 * their markdown bodies, tags, assets lists and reactions, repository header and tabs, footer).
 */
const hTitle = 'Download Fennick Linux 26.1';
const hIntro = [
  j(
    'Fennick Linux 26.1 "Tern" is the current stable release and receives security updates until the end of 2028. Pick the image that',
    'matches your computer: most desktops and laptops bought after 2012 need the amd64 desktop image.',
  ),
];
const hHead = ['Image', 'Architecture', 'Size'];
const hRows = [
  ['fennick-26.1-desktop-amd64.iso', 'amd64', '3.1 GB'],
  ['fennick-26.1-server-amd64.iso', 'amd64', '1.4 GB'],
  ['fennick-26.1-desktop-arm64.iso', 'arm64', '2.9 GB'],
  ['fennick-26.1-netinst-amd64.iso', 'amd64', '640 MB'],
];
const hVerify = [
  j(
    'Every image is listed in the SHA256SUMS file, which is signed with the release key. Check both the signature and the checksum before',
    'you write the image to a USB stick; a damaged download is the most common reason an installation stops halfway.',
  ),
];
const hSums = [
  '5d1e9a0c77b3f2e4d8a61c0b9e2f3a47c6d5b8e1f09a2c3d4e5f60718293a4b5  fennick-26.1-desktop-amd64.iso',
  'a0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff  fennick-26.1-server-amd64.iso',
];
const hSteps = [
  'Import the release key with gpg --recv-keys 0x7A3C19E2B4D5F601.',
  'Run gpg --verify SHA256SUMS.gpg SHA256SUMS and look for "Good signature".',
  'Run sha256sum -c SHA256SUMS --ignore-missing in the folder with the image.',
];
const hNext = [
  j(
    'Write the image with the Fennick Image Writer or any tool that copies it byte for byte, then start the computer from the stick. The',
    'live session lets you try the desktop before installing. Torrents and older releases are listed on the mirror pages.',
  ),
  j(
    'The installer needs at least 4 GB of memory and 25 GB of disk space for the desktop edition. Computers that start in legacy BIOS mode',
    'are still supported, but Secure Boot has to be switched off on a few older boards whose firmware does not know the current key.',
  ),
];
const hAlert = 'Fennick 24.2 reaches end of life on 30 June 2026. Upgrade in place with the release upgrader, or do a fresh install.';
const hNav = ['Download', 'Documentation', 'Community', 'News', 'Donate'];
const hSide = ['Get Fennick', 'System requirements', 'Verify your download', 'Mirrors', 'Release notes'];
const hToc = ['Choose an image', 'Verify the image', 'Next steps'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.140.2">
<link rel="canonical" href="https://fennick.example/download/"><title>${hTitle} | Fennick Linux</title>
<meta name="description" content="Images, checksums and signatures for Fennick Linux 26.1."><meta property="og:type" content="article">
<meta itemprop="dateModified" content="2026-02-28T10:11:12+01:00"><link rel="preload" href="/scss/main.min.8a1f.css" as="style">
<link href="/scss/main.min.8a1f.css" rel="stylesheet"><script src="/js/jquery-3.7.1.min.js"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__name">Fennick Linux</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
<ul class="navbar-nav">${links(hNav, 'nav-item')}</ul></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav"
id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">${links(hSide, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://forge.fennick.example/website/edit/main/content/en/download/_index.md" class="td-page-meta--edit" target="_blank">Edit this page</a>
<a href="https://forge.fennick.example/website/issues/new" class="td-page-meta--issue" target="_blank">Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${hToc.map((t, i) => `<li><a href="#h${i}">${t}</a></li>`).join('\n')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item active" aria-current="page">Get Fennick</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">Images, checksums and signatures for the current stable release.</div>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Old release</h4>${hAlert}</div>
${ps(hIntro)}
<h2 id="h0">Choose an image</h2>
<table><thead>
${rows([hHead], 'th')}</thead><tbody>
${rows(hRows.map(([a, b, c]) => [`<a href="https://dl.fennick.example/26.1/${a}">${a}</a>`, b ?? '', c ?? '']))}</tbody></table>
<h2 id="h1">Verify the image</h2>
${ps(hVerify)}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text">${hSums.join('\n')}</code></pre></div><ol>
${lis(hSteps)}</ol>
<h2 id="h2">Next steps</h2>
${ps(hNext)}
<div class="td-page-meta__lastmod">Last modified February 28, 2026: <a href="https://forge.fennick.example/website/commit/4e1b2c9">update checksums for 26.1
(4e1b2c9)</a></div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button class="btn btn-primary mb-4 feedback--answer">No</button></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list">${links(['Mailing lists', 'Chat', 'Forum'], 'td-footer__links-item')}</ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">© 2026 The Fennick Project</span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span><span class="ms-2"><a href="/privacy/">Privacy
Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.3c7e.js"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout448-hugo-docsy-distro-download',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Choose an image', 'Verify the image', 'Next steps'],
  body: texts([
    'Images, checksums and signatures for the current stable release.',
    hAlert,
    ...hIntro,
    ...rowTexts(hRows),
    ...hVerify,
    ...hSums,
    ...hSteps,
    ...hNext,
  ]),
  bylines: ['Last modified February 28, 2026:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav.slice(1), ...hSide, 'Edit this page', 'Create documentation issue', 'Home', 'Old release',
    'update checksums for 26.1 (4e1b2c9)', 'Feedback', 'Was this page helpful?', 'Yes', 'Mailing lists', 'Chat', 'Forum', '© 2026 The Fennick Project',
    'All Rights Reserved', 'Privacy Policy',
  ],
};

const gTitle = 'Releases: lanternfish-dev/tidepool';
const gRel1 = ['Tidepool 2.3.0', 'v2.3.0'];
const gR1Intro = [
  j(
    'This release adds incremental snapshots and a new <code>tidepool prune</code> command. Snapshots now only store the blocks that changed',
    'since the previous snapshot, which cuts the size of a nightly backup of a typical home folder by about nine tenths.',
  ),
];
const gR1New = [
  'Incremental snapshots, on by default for new repositories (#812)',
  '<code>tidepool prune --keep-daily 7 --keep-weekly 4</code> removes old snapshots by policy (#790)',
  'Progress bar shows the transfer rate and an estimate of the time left (#805)',
];
const gR1Fix = [
  'Restoring a file with a name longer than 255 bytes no longer fails on ext4 (#798)',
  'The Windows build now keeps file modification times to the second (#801)',
];
const gR1Break = [
  j(
    'Repositories created with 2.3.0 cannot be read by 2.2.x or older. Existing repositories keep their format until you run',
    '<code>tidepool migrate</code>, so you can still go back to the previous version if you have not migrated.',
  ),
];
const gRel2 = ['Tidepool 2.2.4', 'v2.2.4'];
const gR2 = ['Fixes a crash when the repository path contains a trailing slash (#779)', 'Updates the bundled zstd library to 1.5.7'];
const gR2Note = [
  j(
    'Thanks to everyone who tested the release candidates, and especially to the packagers who found the trailing slash crash on their build',
    'servers. Packages for the main distributions should follow within a few days.',
  ),
  'This is the last release of the 2.2 series. Vulnerability fixes will be backported until the end of June.',
];
const gAssets1 = ['tidepool_2.3.0_linux_amd64.tar.gz', 'tidepool_2.3.0_darwin_arm64.tar.gz', 'tidepool_2.3.0_windows_amd64.zip', 'checksums.txt'];
const gTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Security', 'Insights'];
const gFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies'];
const rel = (name: string, tag: string, date: string, author: string, latest: boolean, md: string, assets: string[]): string => `<section
aria-labelledby="hd-${tag}"><h2 class="sr-only" id="hd-${tag}">${name}</h2><div class="d-flex flex-column flex-md-row my-5 flex-justify-center">
<div class="col-md-2 d-flex flex-md-column flex-row flex-wrap pr-md-6 mb-2 mb-md-0 flex-items-start pt-md-4"><div class="mb-2 f4 mr-1 mr-md-0 color-fg-muted">
<local-time datetime="${date}T10:00:00Z" class="no-wrap">${date}</local-time></div><div class="mb-md-2 mr-3 mr-md-0"><a data-hovercard-type="user"
class="d-inline-flex
flex-items-center" href="/${author}"><span class="color-fg-muted css-truncate">${author}</span></a></div>
<div class="mr-3 mr-md-0 d-flex"><a href="/lanternfish-dev/tidepool/tree/${tag}"
class="Link Link--muted"><span class="ml-1 wb-break-all">${tag}</span></a></div></div>
<div class="col-md-9"><div class="Box"><div class="Box-body"><div class="d-flex flex-md-row flex-column"><div class="d-flex flex-row flex-1 mb-3 wb-break-word">
<span class="f1 text-bold d-inline mr-3"><a href="/lanternfish-dev/tidepool/releases/tag/${tag}" class="Link--primary Link">${name}</a></span>
<div class="flex-shrink-0 mb-md-0 mr-2 mr-md-0">${latest ? '<span class="Label Label--success Label--large">Latest</span>' : ''}</div></div></div>
<div data-pjax="true" data-test-selector="body-content" data-view-component="true" class="markdown-body my-3">${md}</div></div>
<div class="Box-footer"><details class="details-reset Details-element" open><summary><span class="f3 text-bold d-inline mr-3">Assets</span>
<span title="${assets.length + 2}" class="Counter">${assets.length + 2}</span></summary><ul>
${assets
  .map(
    (a) => `<li class="Box-row d-flex flex-column flex-md-row"><a href="/lanternfish-dev/tidepool/releases/download/${tag}/${a}" class="Truncate">
<span class="Truncate-text text-bold">${a}</span></a></li>`,
  )
  .join('\n')}
<li class="Box-row"><a href="/lanternfish-dev/tidepool/archive/refs/tags/${tag}.zip"><span class="Truncate-text text-bold">Source code</span>
(zip)</a></li></ul></details>
</div></div></div></div></section>`;
const gMd1 = `${ps(gR1Intro)}
<h3>New</h3><ul>
${lis(gR1New)}</ul>
<h3>Fixed</h3><ul>
${lis(gR1Fix)}</ul>
<h3>Breaking changes</h3>
${ps(gR1Break)}
<p><strong>Full Changelog</strong>: <a class="commit-link" href="/lanternfish-dev/tidepool/compare/v2.2.4...v2.3.0"><tt>v2.2.4...v2.3.0</tt></a></p>`;
const gMd2 = `<ul>
${lis(gR2)}</ul>
${ps(gR2Note)}`;
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<link rel="dns-prefetch" href="https://github.githubassets.example"><title>${gTitle} · GitHub</title>
<meta name="description" content="Fast, encrypted, incremental backups for your files. - Releases · lanternfish-dev/tidepool">
<meta property="og:site_name" content="GitHub"><meta name="route-pattern" content="/:user_id/:repository/releases">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-2b1c.css">
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["release_reactions"]}</script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div class="logged-out env-production page-responsive">
<a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3"
role="banner"><nav aria-label="Global"><ul class="d-lg-flex list-style-none">
${links(['Product', 'Solutions', 'Resources', 'Open Source', 'Pricing'], 'HeaderMenu-item')}</ul></nav>
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a><a href="/signup"
class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></header>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container"><div id="repository-container-header"
class="pt-3 hide-full-screen">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center
wb-break-word f3
text-normal"><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/lanternfish-dev">lanternfish-dev</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name"
class="mr-2 flex-self-stretch"><a href="/lanternfish-dev/tidepool">tidepool</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a class="btn-sm btn" href="/login">Notifications</a></li><li><a class="btn-sm btn"
href="/login">Fork 112</a></li>
<li><a class="btn-sm btn" href="/login">Star 2.4k</a></li></ul></div>
<nav class="js-repo-nav UnderlineNav px-3 px-md-4 px-lg-5" aria-label="Repository"><ul class="UnderlineNav-body list-style-none">
${links(gTabs, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content ">
<div class="container-xl px-3 px-md-4 px-lg-5"><div class="d-flex flex-justify-between"><h1 class="d-none d-md-block f2 mb-0">Releases</h1>
<nav class="subnav" aria-label="Releases and Tags"><a class="subnav-item selected" href="/lanternfish-dev/tidepool/releases">Releases</a>
<a class="subnav-item" href="/lanternfish-dev/tidepool/tags">Tags</a></nav></div>
<div data-hpc>
${rel(gRel1[0] ?? '', gRel1[1] ?? '', '2026-02-27', 'nilsbergqvist', true, gMd1, gAssets1)}
<div class="js-reaction-group"><span class="social-reaction-summary-item">14 people reacted</span></div>
${rel(gRel2[0] ?? '', gRel2[1] ?? '', '2026-01-09', 'marisol-quaye', false, gMd2, ['tidepool_2.2.4_linux_amd64.tar.gz'])}
</div><div class="paginate-container d-none d-sm-flex flex-sm-justify-center"><div class="pagination"><span class="previous_page disabled">Previous</span>
<a class="next_page" rel="next" href="?page=2">Next</a></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center">
<span class="mt-2 d-block footer-copyright">© 2026 GitHub, Inc.</span><nav aria-label="Footer"><ul class="list-style-none d-flex">
${links(gFoot, 'mx-2')}</ul></nav></div></footer></div>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.example/assets/wp-runtime-1a2b.js"></script></body></html>`;
const github: TestPage = {
  name: 'heldout448-github-releases-listing',
  kind: 'docs',
  html: gHtml,
  title: 'Releases',
  headings: [gRel1[0] ?? '', 'New', 'Fixed', 'Breaking changes', gRel2[0] ?? ''],
  body: texts([...gR1Intro, ...gR1New, ...gR1Fix, ...gR1Break, ...gR2, ...gR2Note]),
  bylines: ['2026-02-27', 'nilsbergqvist', '2026-01-09', 'marisol-quaye'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Product', 'Solutions', 'Resources', 'Open Source', 'Pricing', 'Sign in', 'Sign up', 'lanternfish-dev', 'Public',
    'Notifications', 'Fork 112', 'Star 2.4k', ...gTabs.filter((t) => t !== 'Security'), 'Tags', 'v2.3.0', 'v2.2.4', 'Latest', 'Full Changelog',
    'v2.2.4...v2.3.0', 'Assets', ...gAssets1, 'tidepool_2.2.4_linux_amd64.tar.gz', 'Source code (zip)', '14 people reacted', 'Previous', 'Next', 'Footer',
    '© 2026 GitHub, Inc.', ...gFoot,
  ],
};

export const HELDOUT448_D: readonly TestPage[] = [hugo, github];
