import { links, ps, type TestPage, texts } from './page-kit.js';
import { openCollective } from './pages-heldout255-d2.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file d: a repository page on Codeberg (Forgejo) whose README is the article (navbar, repository
 * header with watch / star / fork counts, repository tabs, description and topics, commit / branch / tag summary, the
 * file table with last-commit messages, the README file header, code blocks, and the Forgejo and Codeberg footer) and,
 * from file d2, an Open Collective project page.
 */
const cTitle = 'wicket';
const cH = ['Why another one?', 'Installing', 'Usage', 'Configuration', 'Contributing', 'License'];
const cP1 = [
  'A small command-line authenticator for time-based one-time passwords (TOTP), with secrets kept in your system keyring.',
  j(
    'Most TOTP tools for the terminal store their secrets in a plain file, or depend on a password manager you may not use.',
    'wicket does one thing: it asks the operating system’s keyring to hold each secret, and prints the current code when you',
    'ask for it. There is no daemon, no sync and no network access.',
  ),
];
const cP2 = [
  'Distribution packages exist for Alpine, Arch (AUR) and Debian testing. Everywhere else, build it with a Rust toolchain of 1.79 or newer:',
  'The binary has no runtime dependencies apart from the keyring service: Secret Service on Linux, Keychain on macOS.',
];
const cP3 = ['Add an account from the secret your provider shows under its QR code, then ask for a code:'];
const cL1 = [
  '<code>wicket add NAME</code> reads the secret from standard input, so it never lands in your shell history.',
  '<code>wicket code NAME</code> prints the current code and copies it to the clipboard if one is available.',
  '<code>wicket list</code> shows the names of stored accounts, never their secrets.',
  '<code>wicket remove NAME</code> deletes an account from the keyring after asking for confirmation.',
];
const cP4 = [
  j('wicket reads an optional file at <code>~/.config/wicket/config.toml</code>. Every setting also has an environment', 'variable, which wins over the file.'),
];
const cRows = [
  ['digits', 'WICKET_DIGITS', '6', 'Length of the printed code.'],
  ['clipboard', 'WICKET_CLIPBOARD', 'true', 'Copy each code to the clipboard.'],
  ['clear_after', 'WICKET_CLEAR_AFTER', '20', 'Seconds before the clipboard is cleared.'],
];
const cP5 = [
  j(
    'Issues and pull requests are welcome here on Codeberg. Please run <code>cargo fmt</code> and <code>cargo clippy</code>',
    'before you open a pull request, and add a line to <code>CHANGELOG.md</code> under the Unreleased heading.',
  ),
  'Security problems should go to the address in SECURITY.md rather than the public tracker.',
];
const cP6 = [
  'wicket is free software under the EUPL-1.2. See LICENSE for the full text.',
  'The keyring access code is adapted, with thanks, from an earlier tool by the same author that is now retired.',
];
const cTabs = ['Code', 'Issues 7', 'Pull requests 2', 'Releases 11', 'Packages', 'Wiki', 'Activity'];
const cFiles = [
  ['src', 'Read secrets from stdin without echo'],
  ['tests', 'Add round-trip test for the keyring backend'],
  ['.woodpecker.yml', 'CI: cache the cargo registry'],
  ['CHANGELOG.md', 'Prepare 0.9.0'],
  ['Cargo.toml', 'Bump keyring to 3.6'],
  ['LICENSE', 'Initial commit'],
  ['README.md', 'Document the clear_after setting'],
];
const cFoot = ['Licenses', 'API', 'Codeberg e.V.', 'Imprint', 'Privacy Policy', 'Donate', 'Status', 'Blog'];
const pre = (t: string): string => `<div class="markup-block"><pre class="code-block"><code class="chroma language-shell display">${t}</code></pre></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en-US" data-theme="codeberg-auto"><head><meta name="viewport" content="width=device-width,
initial-scale=1"><title>halcyon/wicket - Codeberg.org</title>
<link rel="manifest" href="data:application/json;base64,eyJuYW1lIjoiQ29kZWJlcmcifQ=="><meta name="author" content="halcyon">
<meta name="description" content="wicket - A small command-line TOTP authenticator that keeps secrets in your system keyring">
<meta name="keywords" content="git,forge,forgejo,codeberg,totp,cli"><meta property="og:title" content="wicket"><meta property="og:type" content="object">
<meta property="og:url" content="https://codeberg.org/halcyon/wicket"><meta property="og:site_name" content="Codeberg.org">
<script>window.config={appUrl:'https://codeberg.org/',appSubUrl:'',assetVersionEncoded:encodeURIComponent('10.0.1'),csrfToken:'',pageData:{},
notificationSettings:{"EventSourceUpdateTime":10000,"MaxTimeout":60000},enableTimeTracking:true};</script>
<link rel="stylesheet" href="/assets/css/index.css?v=10.0.1"><link rel="stylesheet" href="/assets/css/theme-codeberg-auto.css?v=10.0.1"></head>
<body hx-headers='{"x-csrf-token": ""}' hx-swap="outerHTML" hx-push-url="false"><div class="full height">
<noscript>This website requires JavaScript.</noscript>
<nav id="navbar" aria-label="Navigation bar"><div class="navbar-left ui secondary menu"><a class="item" id="navbar-logo" href="/" aria-label="Home">
<img width="30" height="30" src="/assets/img/logo.svg" alt="Logo" aria-hidden="true"></a><a class="item" href="/explore/repos">Explore</a>
<a class="item" target="_blank" rel="noopener noreferrer" href="https://docs.codeberg.org">Help</a></div>
<div class="navbar-right ui secondary menu"><a class="item" href="/user/sign_up">Register</a>
<a class="item" rel="nofollow" href="/user/login?redirect_to=%2fhalcyon%2fwicket">Sign in</a></div></nav>
<div role="main" aria-label="halcyon/wicket" class="page-content repository file list"><div class="secondary-nav"><div class="ui container">
<div class="repo-header"><div class="flex-item tw-items-center"><div class="flex-item-main"><div class="flex-item-title">
<a class="text primary" href="/halcyon">halcyon</a>/<a class="text primary" href="/halcyon/wicket">wicket</a></div></div></div>
<div class="repo-buttons"><a class="ui compact small basic button" href="/halcyon/wicket/watchers">Watch</a><a class="ui basic label"
href="/halcyon/wicket/watchers">5</a>
<a class="ui compact small basic button" href="/halcyon/wicket/stars">Star</a><a class="ui basic label" href="/halcyon/wicket/stars">148</a>
<a class="ui compact small basic button" href="/halcyon/wicket/forks">Fork</a><a class="ui basic label" href="/halcyon/wicket/forks">9</a></div></div></div>
<overflow-menu class="ui container secondary pointing tabular top attached borderless menu tw-pt-0 navbar"><div class="overflow-menu-items">
${cTabs
  .map((t) => `<a class="item" href="/halcyon/wicket/${t.split(' ')[0]?.toLowerCase()}">${t.replace(/ (\d+)$/, ' <span class="ui small label">$1</span>')}</a>`)
  .join('\n')}
</div></overflow-menu></div>
<div class="ui container"><div class="repo-description"><div id="repo-desc" class="tw-text-16"><span class="description">A small command-line TOTP
authenticator that keeps secrets in your system keyring</span></div></div>
<div class="repo-topic" id="repo-topics"><a class="repo-topic ui large label topic tw-m-0" href="/explore/repos?q=totp&amp;topic=1">totp</a>
<a class="repo-topic ui large label topic tw-m-0" href="/explore/repos?q=rust&amp;topic=1">rust</a>
<a class="repo-topic ui large label topic tw-m-0" href="/explore/repos?q=keyring&amp;topic=1">keyring</a></div>
<div class="ui segments repository-summary tw-mt-1 tw-mb-0"><div class="ui segment sub-menu repository-menu">
<a class="item muted" href="/halcyon/wicket/commits/branch/main"><b>214</b> Commits</a><a class="item muted"
href="/halcyon/wicket/branches"><b>2</b> Branches</a>
<a class="item muted" href="/halcyon/wicket/tags"><b>11</b> Tags</a><span class="item not-mobile"><b>184 KiB</b></span></div>
<div class="ui segment sub-menu language-stats-details"><div class="item"><i class="color-icon"></i><span
class="tw-font-semibold">Rust</span> 97.4%</div></div></div>
<div class="repo-button-row"><div class="ui dropdown custom branch-selector-dropdown"><span class="gt-ellipsis">main</span></div>
<a href="/halcyon/wicket/archive/main.zip" class="ui basic jump dropdown icon button">Download ZIP</a></div>
<table id="repo-files-table" class="ui single line table tw-mt-0"><thead><tr class="commit-list"><th colspan="2"><div class="latest-commit">
<a class="author-wrapper" href="/halcyon">halcyon</a> <a href="/halcyon/wicket/commit/9ac1e05" class="ui sha label">9ac1e05ba2</a>
<span class="grey commit-summary">Document the clear_after setting</span></div></th>
<th class="text grey right age"><relative-time format="datetime"
datetime="2026-03-02T19:40:11+01:00">2026-03-02 19:40:11 +01:00</relative-time></th></tr></thead><tbody>
${cFiles
  .map(
    ([f, m]) => `<tr data-entryname="${f}" data-ready="true" class="ready entry"><td class="name four wide"><span class="truncate"><svg class="svg
octicon-file" width="16" height="16" aria-hidden="true"></svg><a class="muted" href="/halcyon/wicket/src/branch/main/${f}" title="${f}">${f}</a></span></td>
<td class="message nine wide"><span class="truncate"><a class="default-link muted" href="/halcyon/wicket/commit/0">${m}</a></span></td>
<td class="text right age three wide"><relative-time format="datetime" datetime="2026-02-20T10:00:00+01:00">2026-02-20</relative-time></td></tr>`,
  )
  .join('\n')}
</tbody></table>
<div id="readme" class="file-view"><h4 class="file-header ui top attached header"><div class="file-header-left tw-flex tw-items-center">
<svg class="svg octicon-book" width="16" height="16" aria-hidden="true"></svg><strong>README.md</strong></div></h4>
<div class="ui bottom attached table unstackable segment"><div class="file-view markup markdown">
<h1 id="user-content-wicket">${cTitle}</h1>
${ps(cP1.slice(0, 1))}
<h2 id="user-content-why-another-one">${cH[0]}</h2>
${ps(cP1.slice(1))}
<h2 id="user-content-installing">${cH[1]}</h2>
${ps(cP2.slice(0, 1))}
${pre('cargo install --locked wicket')}
${ps(cP2.slice(1))}
<h2 id="user-content-usage">${cH[2]}</h2>
${ps(cP3)}
${pre('wicket add github\nwicket code github')}
<ul>
${cL1.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="user-content-configuration">${cH[3]}</h2>
${ps(cP4)}
<table><thead><tr><th>Key</th><th>Variable</th><th>Default</th><th>Meaning</th></tr></thead><tbody>
${cRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table>
<h2 id="user-content-contributing">${cH[4]}</h2>
${ps(cP5)}
<h2 id="user-content-license">${cH[5]}</h2>
${ps(cP6)}
</div></div></div></div></div></div>
<footer class="page-footer" role="group" aria-label="Footer"><div class="left-links" role="contentinfo" aria-label="About this software">
<a target="_blank" rel="noopener noreferrer" href="https://forgejo.org">Powered by Forgejo</a> Version: 10.0.1+gitea-1.22.0 Page: <strong>24ms</strong>
Template: <strong>3ms</strong></div><div class="right-links" role="group" aria-label="Links"><div class="ui dropdown upward language">
<span class="flex-text-inline">English</span></div><ul class="codeberg-footer">${links(cFoot)}</ul></div></footer>
<script src="/assets/js/index.js?v=10.0.1" onerror="alert('Failed to load asset files from ' + this.src)"></script></body></html>`;
const codeberg: TestPage = {
  name: 'heldout255-codeberg-forgejo-readme',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cP1, ...cP2, ...cP3, ...cL1, ...cP4, ...cRows.flat(), ...cP5, ...cP6]),
  bylines: ['2026-03-02 19:40:11 +01:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website requires JavaScript.', 'Explore', 'Help', 'Register', 'Sign in', 'halcyon', 'Watch', 'Star', 'Fork', '148', ...cTabs.slice(1),
    'A small command-line TOTP authenticator that keeps secrets in your system keyring', 'totp', '214 Commits', '2 Branches',
    '11 Tags', '184 KiB', 'Rust 97.4%', 'main', 'Download ZIP', '9ac1e05ba2', ...cFiles.map(([f, m]) => `${f} ${m}`), 'README.md',
    'Powered by Forgejo', 'Version: 10.0.1+gitea-1.22.0 Page: 24ms Template: 3ms', 'English', ...cFoot,
  ],
};

export const HELDOUT255_D: readonly TestPage[] = [codeberg, openCollective];
