import { links, ps, type TestPage, texts } from './page-kit.js';
import { mavenCentral } from './pages-heldout226-f2.js';

/**
 * Held-out batch 226, file f: a Packagist package page (the navbar with Browse / Submit / Create account / Sign in, the
 * search box, the package title with the "composer require" line, description, maintainers, the details column with
 * homepage, source, issues and installs / dependents / stars counts, the version list, the selected version's requires and
 * license, the README, and the footer with the hosting line) and, from file f2, a Maven Central artifact page.
 */
const pkTitle = 'halyard/queue-bridge';
const pkDesc = 'Move Laravel and Symfony Messenger jobs between queue backends without losing or duplicating messages.';
const pkH1 = 'Why';
const pkP1 = [
  'Switching a production application from one queue backend to another usually means draining the old queue, stopping ' +
    'the workers and hoping nothing arrives in between. queue-bridge lets both backends run side by side: new jobs go to the ' +
    'new backend, workers keep consuming the old one until it is empty, and a ledger table makes sure no job is handled twice.',
];
const pkH2 = 'Installation';
const pkP2 = ['Require the package with Composer. It needs PHP 8.2 or later and the <code>pdo</code> extension for the ledger.'];
const pkH3 = 'Usage';
const pkP3 = [
  'Register the bridge as your default connection and name the two backends it should sit between. For Laravel, publish the ' +
    'config file with <code>php artisan vendor:publish --tag=queue-bridge</code> and set <code>from</code> and <code>to</code>.',
  'For Symfony Messenger, add the <code>bridge://</code> transport and point its <code>from</code> and <code>to</code> options at ' +
    'two existing transports.',
];
const pkList = [
  'Jobs dispatched while the bridge is active go to the new backend only.',
  'Workers read from the old backend first and switch over once it has been empty for the drain period (five minutes by default).',
  'Every job id is recorded in the ledger before it is handled, and a job whose id is already there is acknowledged and skipped.',
];
const pkH4 = 'Limitations';
const pkP4 = [
  'Delayed jobs scheduled more than a day ahead are copied to the new backend when the bridge starts, which can take a while ' +
    'on very large queues. Batches created with Laravel’s job batching are supported from version 2.1.',
  'The ledger grows by one row per job. Run <code>queue-bridge:prune</code> from the scheduler to remove rows older than a week.',
];
const pkH5 = 'License';
const pkP5 = ['The MIT License (MIT). Please see the License File for more information.'];
const pkNav = ['Browse', 'Submit', 'Create account', 'Sign in'];
const pkInfo = [
  'Maintainers',
  'halyard',
  'Details',
  'github.com/halyard-php/queue-bridge',
  'Homepage',
  'Source',
  'Issues',
  'Fund package maintenance!',
  'Installs:',
  '1 284 913',
  'Dependents:',
  '14',
  'Suggesters:',
  '2',
  'Security:',
  '0',
  'Stars:',
  '611',
  'Watchers:',
  '9',
  'Forks:',
  '38',
  'Open Issues:',
  '7',
];
const pkVers = ['dev-main', '2.3.1', '2.3.0', '2.2.0', '2.1.2', '2.0.0', '1.4.3'];
const pkVer = [
  '2.3.1',
  '2027-03-02 14:06 UTC',
  'Requires',
  'php: ^8.2',
  'illuminate/queue: ^11.0 || ^12.0',
  'Requires (Dev)',
  'phpunit/phpunit: ^11.5',
  'Suggests',
  'symfony/messenger: To use the bridge transport with Symfony',
  'Provides',
  'None',
  'Conflicts',
  'None',
  'Replaces',
  'None',
  'MIT',
  'queue',
  'laravel',
  'symfony',
  'migration',
  'messenger',
];
const pkFoot = [
  'About Packagist',
  'Atom/RSS Feeds',
  'Statistics',
  'Browse Packages',
  'API',
  'Mirrors',
  'Status',
  'Packagist maintenance and hosting is provided by Private Packagist',
];
const pkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>halyard/queue-bridge - Packagist</title>
<meta name="description" content="${pkDesc}"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="twitter:card" content="summary"><meta property="og:title" content="halyard/queue-bridge"><meta property="og:site_name" content="Packagist">
<link rel="alternate" type="application/rss+xml" title="New Releases - halyard/queue-bridge"
href="https://packagist.org/feeds/package.halyard/queue-bridge.rss">
<link rel="stylesheet" href="/build/app.css?v=1741"><script nonce="x">var _paq = window._paq = window._paq || [];</script><script
src="/build/app.js?v=1741" defer></script></head>
<body><section class="wrap"><header class="navbar-wrapper navbar-fixed-top"><nav class="container"><div class="navbar" role="navigation">
<div class="navbar-header"><h1 class="navbar-brand"><a href="/">Packagist</a> <em class="hidden-sm hidden-xs">The PHP Package Repository</em></h1></div>
<div class="collapse navbar-collapse" id="navbar-collapse"><ul class="nav navbar-nav">${links(pkNav)}</ul></div></div></nav></header>
<section class="wrapper wrapper-search"><div class="container"><form name="search_query" method="get" action="/search/" id="search-form">
<input type="search" id="search_query_query" name="query" placeholder="Search packages..." class="form-control"></form></div></section>
<section class="wrapper"><div class="container package"><div class="row"><div class="col-md-9 package-header"><h2 class="title">
<a href="/packages/halyard/">halyard/</a>queue-bridge</h2></div></div>
<div class="row"><div class="col-xs-12"><p class="requireme"><i class="glyphicon glyphicon-save"></i> <input type="text" readonly="readonly"
value="composer require halyard/queue-bridge"></p></div></div>
<div class="row"><div class="col-md-8"><p class="description">${pkDesc}</p>
<div class="facts col-xs-12"><p class="maintainers">${pkInfo[0]}: <a href="/users/halyard/"><img width="48" height="48" title="halyard"
src="https://www.gravatar.com/avatar/h"
srcset="https://www.gravatar.com/avatar/h?s=96 2x" alt="halyard">${pkInfo[1]}</a></p></div></div>
<div class="col-md-4 details"><h3 class="hidden">${pkInfo[2]}</h3><p class="canonical"><a href="https://github.com/halyard-php/queue-bridge"
title="Canonical Repository URL">${pkInfo[3]}</a></p><p><a rel="nofollow noopener external noindex ugc"
href="https://halyard.example/queue-bridge">${pkInfo[4]}</a></p>
<p><a rel="nofollow noopener" href="https://github.com/halyard-php/queue-bridge/tree/2.3.1">${pkInfo[5]}</a></p>
<p><a rel="nofollow noopener" href="https://github.com/halyard-php/queue-bridge/issues">${pkInfo[6]}</a></p>
<p><a rel="nofollow noopener" href="https://github.com/sponsors/halyard-php">${pkInfo[7]}</a></p></div></div>
<div class="row"><div class="col-xs-12 col-sm-6 col-md-4 facts"><p><span>${pkInfo[8]}</span> ${pkInfo[9]}</p><p><span><a
href="/packages/halyard/queue-bridge/dependents">
${pkInfo[10]}</a></span> ${pkInfo[11]}</p><p><span><a href="/packages/halyard/queue-bridge/suggesters">${pkInfo[12]}</a></span> ${pkInfo[13]}</p>
<p><span><a href="/packages/halyard/queue-bridge/advisories">${pkInfo[14]}</a></span> ${pkInfo[15]}</p></div>
<div class="col-xs-12 col-sm-6 col-md-4 facts"><p><span>${pkInfo[16]}</span> ${pkInfo[17]}</p><p><span>${pkInfo[18]}</span> ${pkInfo[19]}</p>
<p><span>${pkInfo[20]}</span> ${pkInfo[21]}</p><p><span>${pkInfo[22]}</span> ${pkInfo[23]}</p></div></div>
<div class="row versions-section"><div class="version-details col-md-9"><div class="title"><span class="version-number">${pkVer[0]}</span>
<span class="release-date">${pkVer[1]}</span></div><div class="clearfix package-links">
${[2, 5, 7, 9, 11, 13]
  .map((i) => `<div class="requires"><p class="link-type">${pkVer[i]}</p><ul><li>${pkVer[i + 1]}</li>${i === 2 ? `<li>${pkVer[4]}</li>` : ''}</ul></div>`)
  .join('\n')}</div><div class="clearfix"><p class="license">${pkVer[15]}</p><p class="keywords">${pkVer
  .slice(16)
  .map((k) => `<a href="/search/?tags=${k}">${k}</a>`)
  .join(' ')}</p></div></div>
<div class="col-md-3 package-aside versions-wrapper"><ul class="versions">${pkVers
  .map(
    (v) => `<li class="version"><a href="#${v}"
class="version-number">${v}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="row"><div class="col-xs-12"><div class="readme"><h2 class="hidden">README</h2>
<h1 dir="auto">queue-bridge</h1>
<p dir="auto"><a href="https://github.com/halyard-php/queue-bridge/actions"><img src="https://camo.githubusercontent.com/ci-badge.svg" alt="Tests"></a>
<a href="https://packagist.org/packages/halyard/queue-bridge"><img src="https://camo.githubusercontent.com/version-badge.svg" alt="Latest Version"></a></p>
<h2 dir="auto">${pkH1}</h2>
${ps(pkP1, ' dir="auto"')}
<h2 dir="auto">${pkH2}</h2>
${ps(pkP2, ' dir="auto"')}
<pre><code>composer require halyard/queue-bridge</code></pre>
<h2 dir="auto">${pkH3}</h2>
${ps(pkP3, ' dir="auto"')}
<p dir="auto">Once the bridge is active:</p>
<ul dir="auto">${pkList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 dir="auto">${pkH4}</h2>
${ps(pkP4, ' dir="auto"')}
<h2 dir="auto">${pkH5}</h2>
<p dir="auto">The MIT License (MIT). Please see the <a href="/LICENSE.md">License File</a> for more information.</p>
</div></div></div></div></section></section>
<footer class="wrapper-footer"><nav class="container"><div class="row"><ul class="social col-xs-7 col-sm-6 col-md-4">${links(pkFoot.slice(0, 7))}</ul>
<p class="col-xs-12 col-md-8 text-right">Packagist maintenance and hosting is provided by <a href="https://packagist.com/">Private
Packagist</a></p></div></nav></footer>
</body></html>`;
export const packagist: TestPage = {
  html: pkHtml,
  name: 'heldout226-packagist-package',
  kind: 'docs',
  // the package name (h2, the page's title) is the title, its description body; the README's own h1 repeats the package
  // name without the vendor and is in neither list; the README's h2s are the headings; maintainers, the details column,
  // counts, the version list, requires / license / keyword blocks and the footer are furniture
  title: pkTitle,
  headings: [pkH1, pkH2, pkH3, pkH4, pkH5],
  body: texts([pkDesc, ...pkP1, ...pkP2, ...pkP3, 'Once the bridge is active:', ...pkList, ...pkP4, ...pkP5]),
  bylines: [pkVer[1] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Packagist', 'The PHP Package Repository', ...pkNav, ...pkInfo.filter((i) => !['halyard', '0', '2', '7', '9', '14', 'Source'].includes(i)),
    ...pkVers, ...pkVer.filter((v) => !['None', 'MIT', pkVer[1]].includes(v)), ...pkFoot,
  ],
};

export const HELDOUT226_F: readonly TestPage[] = [packagist, mavenCentral];
