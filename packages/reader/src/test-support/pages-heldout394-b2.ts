import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file b2: a RubyGems.org gem page, a page whose main text is short (header with search and the
 * Releases / Blog / Gems / Guides menu, the gem heading with its version, the description, the versions list, runtime and
 * development dependencies, authors, owners, pushed by, the checksum, the sidebar with download counts, the Gemfile and
 * install lines, licence, Ruby version and the links list, and the footer with the sponsor list).
 */
const rTitle = 'quillstone 1.8.2';
const rDesc = [
  j(
    'quillstone turns Markdown files with front matter into static HTML pages, with a template language small enough to learn',
    'in an afternoon. It watches your source folder while you write and rebuilds only the pages that changed.',
  ),
  j(
    'Version 1.8 adds footnotes, a table of contents helper and a built-in preview server that reloads the browser on save.',
    'Sites built with 1.7 keep working without changes.',
  ),
];
const rNav = ['Releases', 'Blog', 'Gems', 'Guides', 'Sign in', 'Sign up'];
const rVersions = [
  '1.8.2 - November 20, 2026 (41.5 KB)',
  '1.8.1 - November 02, 2026 (41.3 KB)',
  '1.8.0 - October 18, 2026 (41.1 KB)',
  '1.7.4 - July 30, 2026 (37.9 KB)',
  '1.7.3 - May 11, 2026 (37.8 KB)',
];
const rRuntime = ['kramdown ~> 2.4', 'listen ~> 3.9', 'liquid-lite >= 0.5'];
const rDev = ['minitest ~> 5.20', 'rake ~> 13.0'];
const rLinks = [
  'Homepage',
  'Changelog',
  'Source Code',
  'Documentation',
  'Bug Tracker',
  'Download',
  'Badge',
  'Subscribe',
  'RSS',
  'Report abuse',
  'Reverse dependencies',
];
const rFoot = ['Status', 'Uptime', 'Code', 'Data', 'Stats', 'Contribute', 'About', 'Help', 'API', 'Policies', 'Security'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><title>quillstone | RubyGems.org | your community gem host</title>
<meta charset="UTF-8"><meta content="width=device-width, initial-scale=1, maximum-scale=5, user-scalable=0" name="viewport">
<meta name="google-site-verification" content="AuesbWQ9MCDMmC1lbDlw25RJzyqWOcDYpuaCjgPxEZY">
<link rel="apple-touch-icon" href="/apple-touch-icons/apple-touch-icon.png"><link rel="search" type="application/opensearchdescription+xml"
title="RubyGems.org" href="/opensearch.xml"><meta name="csrf-param" content="authenticity_token">
<link rel="stylesheet" href="/assets/application-9f1c2a.css" media="screen"><link rel="alternate" type="application/atom+xml"
href="https://rubygems.example/gems/quillstone/versions.atom" title="quillstone Version Feed">
<meta property="og:title" content="quillstone"><meta property="og:type" content="website"><meta property="og:description" content="Markdown to static HTML.">
<script src="/assets/application-4b7e.js" defer></script></head>
<body class="" data-controller="nav"><header class="header header--interior"><div class="l-wrap--header">
<a class="header__logo-wrap" data-nav-target="logo" href="/"><span class="header__logo" data-icon="⬡">⬢</span><span class="t-hidden">RubyGems</span></a>
<a class="header__club-sandwich" href="#" data-action="nav#toggle"><span class="t-hidden">Navigation menu</span></a>
<div class="header__nav-links-wrap"><div class="header__search-wrap" role="search"><form autocomplete="off" action="/search" method="get">
<input type="search" name="query" id="query" placeholder="Search Gems…" class="header__search" aria-label="Search Gems…">
<label for="query" class="t-hidden">Search Gems…</label></form></div>
<nav class="header__nav-links" data-nav-target="collapse">${rNav.map((t) => `<a class="header__nav-link" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}
</nav></div></div></header>
<main class="main--interior" data-controller="gem-scroll"><div class="l-wrap--b"><h1 class="t-display page__heading">
<a class="t-link--black" href="/gems/quillstone">quillstone</a> <i class="page__subheading">1.8.2</i></h1>
<div class="l-overflow"><div class="l-colspan--l colspan--l--has-border"><div class="gem__intro"><div id="markup" class="gem__desc">
${ps(rDesc)}
</div></div>
<div class="gem__versions-wrap" id="gem__versions-wrap"><h3 class="t-list__heading">Versions:</h3><ol class="gem__versions t-list__items">
${links(rVersions, 'gem__version-wrap')}</ol><a class="gem__see-all-versions t-link--gray t-link--has-arrow" href="/gems/quillstone/versions">Show all
versions (24 total) →</a></div>
<div class="gem__dependencies" id="runtime_dependencies"><h3 class="t-list__heading">Runtime Dependencies (3):</h3>
<div class="t-list__items">${rRuntime
  .map(
    (d) => `<div class="gem__requirement-wrap"><a class="t-list__item" href="#"><strong>${d.split(' ')[0] ?? ''}</strong>
${d.split(' ').slice(1).join(' ').replace(/>/g, '&gt;')}</a></div>`,
  )
  .join('\n')}</div></div>
<div class="gem__dependencies" id="development_dependencies"><h3 class="t-list__heading">Development Dependencies (2):</h3>
<div class="t-list__items">${rDev
  .map(
    (d) => `<div class="gem__requirement-wrap"><a class="t-list__item" href="#"><strong>${d.split(' ')[0] ?? ''}</strong>
${d.split(' ').slice(1).join(' ')}</a></div>`,
  )
  .join('\n')}</div></div>
<div class="gem__members"><h3 class="t-list__heading">Authors:</h3><ul class="t-list__items"><li class="t-list__item"><p>Bettina Osei, Cal Marrow</p></li></ul>
<h3 class="t-list__heading">Owners:</h3><div class="gem__owners"><a title="bosei" alt="bosei" href="/profiles/bosei"><img width="48" height="48"
class="gem__owners__avatar" alt="bosei" src="/avatars/bosei.png"></a></div>
<h3 class="t-list__heading">Pushed by:</h3><div class="gem__owners"><a href="/profiles/bosei"><img width="48" alt="bosei" src="/avatars/bosei.png"></a>
</div><h3 class="t-list__heading">SHA 256 checksum:</h3><div class="gem__sha"><input type="text" class="gem__sha-input" readonly
value="4f0c3e7b1a9d2c58e6f7a0b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7"></div></div></div>
<div class="gem__aside l-col--r--pad"><div class="gem__downloads-wrap" data-href="/api/v1/downloads/quillstone-1.8.2.json">
<h2 class="gem__downloads__heading t-text--s">Total downloads<span class="gem__downloads">1,204,553</span></h2>
<h2 class="gem__downloads__heading t-text--s">For this version<span class="gem__downloads">18,220</span></h2></div>
<h2 class="gem__ruby-version__heading t-list__heading">Gemfile:<div class="gem__code-wrap"><input type="text" id="gemfile_text" class="gem__code"
value="gem 'quillstone', '~> 1.8', '>= 1.8.2'" readonly><span class="gem__code__icon" data-clipboard-target="#gemfile_text">=</span>
<span class="gem__code__tooltip--copy">Copy to clipboard</span><span class="gem__code__tooltip--copied">Copied!</span></div></h2>
<h2 class="gem__ruby-version__heading t-list__heading">install:<div class="gem__code-wrap"><input type="text" id="install_text" class="gem__code"
value="gem install quillstone" readonly></div></h2>
<h2 class="gem__ruby-version__heading t-list__heading">License:<span class="gem__ruby-version"><p>MIT</p></span></h2>
<h2 class="gem__ruby-version__heading t-list__heading">Required Ruby Version:<i class="gem__ruby-version">&gt;= 3.0</i></h2>
<h3 class="t-list__heading">Links:</h3><div class="t-list__items">${rLinks.map((t) => `<a class="gem__link t-list__item" href="#">${t}</a>`).join('\n')}</div>
</div></div></div></main>
<footer class="footer"><div class="l-wrap--footer"><div class="l-overflow"><div class="nav--v l-col--r--pad">
${rFoot.map((t) => `<a class="nav--v__link--footer" href="/pages/${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<div class="l-colspan--l colspan--l--has-border"><p class="footer__about">RubyGems.org is the Ruby community's gem hosting service. Instantly publish your gems
and then install them. Use the API to find out more about available gems. Become a contributor and improve the site yourself.</p>
<p class="footer__about">RubyGems.org is made possible through a partnership with the greater Ruby community. Fastly provides bandwidth and CDN support,
Ruby Central covers infrastructure costs, and funds ongoing development and ops work.</p></div></div></div>
<div class="footer__sponsors"><a class="footer__sponsor footer__sponsor__ruby_central" href="#">Operated by <span class="t-hidden">Ruby Central</span></a>
<a class="footer__sponsor footer__sponsor__dockyard" href="#">Designed by <span class="t-hidden">DockYard</span></a></div>
<div class="footer__language_selector"><div class="footer__language"><a class="nav--v__link--footer" href="?locale=en">English</a></div>
<div class="footer__language"><a class="nav--v__link--footer" href="?locale=nl">Nederlands</a></div></div></footer></body></html>`;
export const rubygems: TestPage = {
  name: 'heldout394-rubygems-gem',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rDesc),
  bylines: ['Bettina Osei, Cal Marrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'RubyGems', 'Navigation menu', ...rNav, 'Versions:', ...rVersions, 'Show all versions (24 total) →', 'Runtime Dependencies (3):', 'kramdown',
    'Development Dependencies (2):', 'minitest ~> 5.20', 'Authors:', 'Owners:', 'Pushed by:', 'SHA 256 checksum:', 'Total downloads', '1,204,553',
    'For this version', '18,220', 'Gemfile:', 'Copy to clipboard', 'Copied!', 'install:', 'License:', 'MIT', 'Required Ruby Version:', '>= 3.0', 'Links:',
    ...rLinks, ...rFoot, "RubyGems.org is the Ruby community's gem hosting service.", 'Fastly provides bandwidth and CDN support,', 'Operated by',
    'Ruby Central', 'Designed by', 'DockYard', 'English', 'Nederlands',
  ],
};
