import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';
import { docsRs } from './pages-heldout283-b2.js';

/**
 * Held-out batch 283, file b: a PyPI project page on the Warehouse template (site header with search, the package
 * banner with the pip command and release date, the vertical tabs with Navigation, Project links, Meta and
 * Classifiers, the project description, the sponsor strip and the footer) and, from file b2, a docs.rs crate page.
 */
const pTitle = 'fjordstat 0.9.2';
const pH = ['What it does', 'Installing', 'A first look', 'Limits', 'Changes in 0.9'];
const pWhat = [
  j(
    'fjordstat reads the half-hourly CSV exports of coastal tide gauges and turns them into tidy tables of highs, lows and',
    'surges. It knows the quirks of the three export formats in common use, including the one that writes the date twice.',
  ),
  j(
    'The library started as a set of scripts for a harbour authority that wanted a weekly report without opening a',
    'spreadsheet, and it still keeps that small ambition: read gauges, find the extremes, flag what looks wrong.',
  ),
];
const pInst = ['pip install fjordstat', 'The optional plotting helpers need matplotlib; install them with the <code>plot</code> extra.'];
const pLook = [
  j(
    'Load a gauge file and ask for its extremes. Times are returned in UTC with the offset of the station kept in the',
    "table's metadata, because mixing local and universal time is the commonest mistake in tide work.",
  ),
  'gauge = fjordstat.read("nordvik_2025.csv"); extremes = gauge.extremes(window="13h")',
  'The result is a pandas DataFrame with one row per high or low water and these columns:',
];
const pCols = [
  '<code>time</code>, the moment of the extreme;',
  '<code>level</code>, the water level in metres above chart datum;',
  '<code>kind</code>, either high or low;',
  '<code>surge</code>, the difference from the predicted level, when a prediction file is given.',
];
const pLimits = [
  j(
    'fjordstat does not predict tides; it reads what the gauge measured. Gaps longer than two hours are reported, not filled,',
    'and a high water that falls inside a gap is missing from the table rather than guessed.',
  ),
];
const pChanges = [
  'Reading the 2025 revision of the Nordic export format, which moved the station code to the header.',
  'A <code>surge</code> column when a prediction file is passed to <code>extremes</code>.',
  'Python 3.9 is no longer supported.',
];
const pBody = texts([...pWhat, ...pInst, ...pLook, ...pCols, ...pLimits, ...pChanges]);
const pNav = ['Help', 'Sponsors', 'Log in', 'Register'];
const pTabs = ['Project description', 'Release history', 'Download files'];
const pClass = ['Development Status :: 4 - Beta', 'Intended Audience :: Science/Research', 'Topic :: Scientific/Engineering :: Hydrology'];
const pFoot1 = ['How to install packages', 'Code of conduct', 'Report security issue', 'Privacy Notice', 'Terms of Use', 'Acceptable Use Policy'];
const pFoot2 = ['Status', 'Dependabot', 'Donate', 'PSF Sponsorship'];
const pHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Read tide gauge exports and find highs, lows and surges">
<title>fjordstat · PyPI</title><link rel="stylesheet" href="/static/css/warehouse-ltr.b4e3c8.css">
<meta property="og:url" content="https://pypi.org/project/fjordstat/"><meta property="og:site_name" content="PyPI">
<meta property="og:type" content="website"><meta property="og:image" content="https://pypi.org/static/images/twitter.abaf4b19.webp">
<script defer src="/static/js/warehouse.7c1f.js"></script></head>
<body data-controller="viewport-toggle"><div class="stick-to-top js-stick-to-top">
<a href="#content" class="skip-to-content">Skip to main content</a>
<button type="button" class="button button--primary button--switch-to-desktop hidden" data-viewport-toggle-target="switchToDesktop">Switch to desktop
version</button>
<header class="site-header "><div class="site-container"><div class="split-layout"><div class="split-layout">
<a class="site-header__logo" href="/"><img alt="PyPI" src="/static/images/logo-small.svg"></a>
<form class="search-form search-form--primary" action="/search/" role="search"><label for="search" class="sr-only">Search PyPI</label>
<input id="search" class="search-form__search" type="text" name="q" placeholder="Search projects"></form></div>
<nav id="user-indicator" class="horizontal-menu horizontal-menu--light horizontal-menu--tall"><ul>${links(pNav, 'horizontal-menu__item')}</ul>
</nav></div></div></header></div>
<main id="content"><div class="banner"><div class="package-header"><div class="package-header__left">
<h1 class="package-header__name">${pTitle}</h1><div class="package-header__pip-instructions"><span id="pip-command">pip install fjordstat</span>
<button type="button" class="copy-tooltip copy-tooltip-w" data-clipboard-target="#pip-command" aria-label="Copy to clipboard">Copy PIP instructions</button>
</div></div><div class="package-header__right"><a class="status-badge status-badge--good" href="/project/fjordstat/"><span>Latest version</span></a>
<p class="package-header__date">Released: <time datetime="2026-02-24T08:40:11+0000" data-controller="localized-time">Feb 24, 2026</time></p>
</div></div></div>
<div class="package-description"><div class="package-description__wrapper"><p class="package-description__summary">Read tide gauge exports and find highs,
lows and surges</p></div></div>
<div class="tabs-container"><div class="vertical-tabs"><div class="vertical-tabs__tabs"><div class="sidebar-section">
<h3 class="sidebar-section__title">Navigation</h3><nav aria-label="Navigation for fjordstat"><ul class="vertical-tabs__list" role="tablist">
${links(pTabs, 'vertical-tabs__tab')}</ul></nav></div>
<div class="sidebar-section"><h3 class="sidebar-section__title">Project links</h3><ul class="vertical-tabs__list">${links(['Homepage', 'Source', 'Changelog'])}
</ul></div>
<div class="sidebar-section"><h3 class="sidebar-section__title">Meta</h3><p><strong>License:</strong> BSD License (BSD-3-Clause)</p>
<p><strong>Author:</strong> <a href="mailto:tove@nordvik.example">Tove Lindqvist</a></p><p><strong>Requires:</strong> Python &gt;=3.10</p>
<p><strong>Provides-Extra:</strong> <code>plot</code></p></div>
<div class="sidebar-section"><h3 class="sidebar-section__title">Classifiers</h3><ul class="sidebar-section__classifiers">
${lis(pClass)}</ul></div></div>
<div class="vertical-tabs__panel"><div id="description" data-project-tabs-target="content" role="tabpanel" aria-labelledby="description-tab
mobile-description-tab"
tabindex="-1"><h2 class="page-title">Project description</h2><div class="project-description">
<h2>${pH[0]}</h2>
${ps(pWhat)}
<h2>${pH[1]}</h2><pre>${pInst[0]}</pre><p>${pInst[1]}</p>
<h2>${pH[2]}</h2>${ps(pLook.slice(0, 1))}<pre><span class="n">${pLook[1]}</span></pre><p>${pLook[2]}</p><ul>${lis(pCols)}</ul>
<h2>${pH[3]}</h2>${ps(pLimits)}
<h2>${pH[4]}</h2><ul>${lis(pChanges)}</ul>
</div></div></div></div></div></main>
<section class="sponsors" aria-label="Sponsors"><div class="site-container"><h2 class="sponsors__title">Supported by</h2><div class="sponsors__divider"></div>
<div class="sponsors__sponsor"><a class="sponsors__logo" href="#"><img alt="Harbourline" src="/sponsor1.png"></a><span class="sponsors__name">Harbourline</span>
<span class="sponsors__service">Cloud computing</span></div></div></section>
<footer class="footer"><div class="footer__logo"><img src="/static/images/white-cube.svg" alt="" class="footer__logo"></div>
<div class="footer__menus"><div class="footer__menu"><h2>Help</h2><nav aria-label="Main navigation"><ul>${links(pFoot1)}</ul></nav></div>
<div class="footer__menu"><h2>Contributing to PyPI</h2><nav><ul>${links(pFoot2)}</ul></nav></div></div>
<div class="footer__text"><p>Developed and maintained by the Python community, for the Python community.<br><a href="#">Donate today!</a></p>
<p>"PyPI", "Python Package Index", and the blocks logos are registered trademarks of the Python Software Foundation.</p></div></footer>
<div class="notification-bar notification-bar--warning" role="status"><span class="notification-bar__message">Some of the account features need
cookies; see the Privacy Notice for details.</span><button class="notification-bar__dismiss" aria-label="close">Dismiss</button></div></body></html>`;
const pypi: TestPage = {
  name: 'heldout283-pypi-project-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: pBody,
  bylines: ['Released:', 'Feb 24, 2026', 'Tove Lindqvist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Switch to desktop version', 'Search PyPI', ...pNav, 'Copy PIP instructions', 'Latest version',
    'Read tide gauge exports and find highs, lows and surges', 'Navigation', ...pTabs, 'Project links', 'Homepage', 'Source', 'Changelog', 'Meta',
    'License:', 'BSD License (BSD-3-Clause)', 'Author:', 'Requires:', 'Python >=3.10', 'Provides-Extra:', 'Classifiers', ...pClass, 'Supported by',
    'Harbourline', 'Cloud computing', ...pFoot1, 'Contributing to PyPI', ...pFoot2,
    'Developed and maintained by the Python community, for the Python community.', 'Donate today!',
    '"PyPI", "Python Package Index", and the blocks logos are registered trademarks of the Python Software Foundation.',
    'Some of the account features need cookies; see the Privacy Notice for details.', 'Dismiss',
  ],
};

export const HELDOUT283_B: readonly TestPage[] = [pypi, docsRs];
