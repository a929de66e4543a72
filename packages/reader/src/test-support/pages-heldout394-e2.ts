import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, lisHtml } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file e2: a Packagist package page (navbar with Browse / Submit / Create account / Sign in, the search
 * band, the h2 package title, the composer require box, the summary line, maintainers, details and facts, the version list
 * with requires / requires (dev) / suggests / provides, the README below, and the footer), a page with no h1.
 */
const qTitle = 'larkspur/ledger-sync';
const qIntro = [
  j(
    'Ledger Sync reconciles a double-entry ledger kept in your PHP application with the CSV exports that banks hand out.',
    'It matches transactions by amount, date window and a fuzzy comparison of the payee, proposes postings for the ones it',
    'cannot match, and never writes anything until you confirm.',
  ),
  j(
    'It started as a weekend script for a small charity whose treasurer spent two evenings a month ticking off bank lines by hand.',
    'The script now runs for several hundred organisations, and the monthly reconciliation takes minutes rather than evenings.',
  ),
];
const qInstall = [
  j(
    'The package needs PHP 8.2 or later and the <code>intl</code> extension. Install it with Composer, then publish the',
    'configuration file if you use the Laravel bridge, or register the service yourself in any other framework.',
  ),
];
const qFormats = [
  j(
    'Each bank names its columns differently, and many change them without notice. Ledger Sync ships profiles for the',
    'export formats it has been tested with, and you can describe a new one in a few lines of configuration:',
  ),
];
const qProfile = [
  'the column that holds the booking date, and its date format',
  'the column or columns for the amount, with the decimal separator',
  'how many header lines to skip, and the file encoding',
];
const qMatch = [
  j(
    'A transaction matches a posting when the amounts are equal to the cent and the dates are no more than three days',
    'apart. When several postings qualify, the one whose payee is most similar wins; ties are left for you to decide.',
  ),
  j(
    'Matches are stored with a fingerprint of the imported line, so importing the same file twice is harmless. Deleting a',
    'posting releases its match and the line shows up again on the next import.',
  ),
];
const qContrib = [
  'Bug reports with an anonymised sample of the export that fails are the most useful kind. Please run the test suite before opening a pull request.',
];
const qNav = ['Browse', 'Submit', 'Create account', 'Sign in'];
const qDetails = ['github.com/larkspur/ledger-sync', 'Homepage', 'Source', 'Issues'];
const qFacts = [
  'Installs: 84 112',
  'Dependents: 3',
  'Suggesters: 1',
  'Security: 0',
  'Stars: 146',
  'Watchers: 7',
  'Forks: 12',
  'Open Issues: 5',
  'Type: library',
];
const qRequires = ['php: ^8.2', 'ext-intl: *', 'brick/money: ^0.10', 'league/csv: ^9.15'];
const qDev = ['phpunit/phpunit: ^11.0', 'phpstan/phpstan: ^2.0'];
const qVersions = ['dev-main', '2.3.0', '2.2.1', '2.2.0', '2.1.4', '1.9.2'];
const qFoot = ['About Packagist', 'Atom/RSS Feeds', 'Statistics', 'Browse Packages', 'API', 'Mirrors', 'Status'];
const qHtml = `<!DOCTYPE html><html><head><meta charset="UTF-8" /><title>larkspur/ledger-sync - Packagist.org</title>
<meta name="description" content="Reconcile a double-entry ledger with bank CSV exports" /><meta name="author" content="Jordi Boggiano" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="twitter:card" content="summary" />
<meta property="og:title" content="larkspur/ledger-sync - Packagist.org" /><meta property="og:site_name" content="Packagist" />
<link rel="stylesheet" href="/build/app.3e71b2.css" /><link rel="search" type="application/opensearchdescription+xml" href="/search.osd"
title="Packagist" /><link rel="alternate" type="application/rss+xml" title="New Releases - larkspur/ledger-sync"
href="https://packagist.example/feeds/package.larkspur/ledger-sync.rss" /></head>
<body><section class="wrap"><header class="navbar-wrapper navbar-fixed-top"><nav class="container"><div class="navbar" role="navigation">
<div class="navbar-header"><h1 class="navbar-brand"><a href="/">Packagist</a> <em class="hidden-xs hidden-sm">The PHP Package Repository</em></h1></div>
<div class="collapse navbar-collapse" id="collapse"><ul class="nav navbar-nav">${links(qNav)}</ul></div></div></nav></header>
<section class="wrapper wrapper-search"><div class="container"><form name="search_query" method="get" action="/search/" id="search-form">
<input type="search" id="search_query_query" name="query" required="required" autocomplete="off" placeholder="Search packages..." tabindex="1"
class="form-control" /></form></div></section>
<section class="wrapper"><div class="container package"><div class="row"><div class="col-xs-12 package-header"><div class="row">
<div class="col-md-9"><h2 class="title">larkspur/<a href="/packages/larkspur/ledger-sync">ledger-sync</a></h2></div></div></div></div>
<div class="row"><div class="col-md-8"><p class="requireme"><i class="glyphicon glyphicon-save"></i> <input type="text" readonly="readonly"
value="composer require larkspur/ledger-sync" /></p><p class="description">Reconcile a double-entry ledger with bank CSV exports</p>
<div class="row package-aside"><div class="details col-xs-12 col-sm-6 col-md-12"><h5>Maintainers</h5><p class="maintainers">
<a href="/users/perpetua.nnaji/"><img width="48" height="48" title="perpetua.nnaji" src="https://www.gravatar.example/avatar/5c2a" alt="" /></a></p>
<h5>Details</h5><ul class="list-unstyled">${links(qDetails)}</ul></div>
<div class="facts col-xs-12 col-sm-6 col-md-12">${qFacts.map((f) => `<p><span>${f.split(': ')[0] ?? ''}:</span> ${f.split(': ')[1] ?? ''}</p>`).join('\n')}
</div></div></div>
<div class="col-md-4"><div class="package-versions"><ul class="versions">${links(qVersions, 'version')}</ul>
<div class="version-details"><div class="title"><span class="version-number">2.3.0</span><span class="release-date">2026-10-30 14:22 UTC</span></div>
<div class="metadata"><p class="license">MIT</p></div><div class="clearfix package-links"><div class="requires"><p class="link-type">Requires</p>
<ul>${lis(qRequires)}</ul></div><div class="devRequires"><p class="link-type">Requires (Dev)</p><ul>${lis(qDev)}</ul></div>
<div class="suggests"><p class="link-type">Suggests</p><p class="no-links">None</p></div><div class="provides"><p class="link-type">Provides</p>
<p class="no-links">None</p></div><div class="conflicts"><p class="link-type">Conflicts</p><p class="no-links">None</p></div></div></div></div></div></div>
<div class="row"><div class="col-xs-12"><hr class="clearfix"><div class="readme">
${ps(qIntro)}
<h2>Installation</h2>
${ps(qInstall)}
<h2>Bank formats</h2>
${ps(qFormats)}
<ul>${lisHtml(qProfile)}</ul>
<h2>How matching works</h2>
${ps(qMatch)}
<h2>Contributing</h2>
${ps(qContrib)}
</div></div></div></div></section></section>
<footer class="wrapper-footer"><nav class="container"><div class="row"><ul class="col-xs-12 col-sm-6 col-md-3 list-unstyled">${links(qFoot)}</ul>
<div class="col-xs-12 col-md-6 text-right sponsor"><p>Packagist maintenance and hosting is provided by <a href="https://packagist.example/com">Private
Packagist</a></p><p>Bandwidth and CDN provided by <a href="#">Fastly</a></p></div></div></nav></footer>
<script nonce="a1b2c3">window.packagistConfig = {"packageName":"larkspur/ledger-sync"};</script><script src="/build/app.3e71b2.js"></script></body></html>`;
export const packagist: TestPage = {
  name: 'heldout394-packagist-package',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: ['Installation', 'Bank formats', 'How matching works', 'Contributing'],
  body: texts([...qIntro, ...qInstall, ...qFormats, ...qProfile, ...qMatch, ...qContrib]),
  bylines: ['2026-10-30 14:22 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Packagist', 'The PHP Package Repository', ...qNav, 'Reconcile a double-entry ledger with bank CSV exports', 'Maintainers', 'Details', ...qDetails,
    ...qFacts, ...qVersions, 'Requires', ...qRequires, 'Requires (Dev)', ...qDev, 'Suggests', 'Provides', 'Conflicts', 'None', ...qFoot,
    'Packagist maintenance and hosting is provided by Private Packagist', 'Bandwidth and CDN provided by Fastly',
  ],
};
