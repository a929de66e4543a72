import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, lisHtml } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file a2: a PyPI project page (Warehouse template: sticky header with search, the package banner with
 * the pip command and release date, the vertical tabs, the sidebar with Navigation, Verified and Unverified details, Meta,
 * Maintainers and Classifiers, the project description, the sponsor strip and the footer).
 */
const pTitle = 'ferncache 2.4.1';
const pIntro = [
  j(
    'ferncache is a disk-backed cache for Python functions whose results are expensive to compute but cheap to store:',
    'parsed documents, fitted models, rendered thumbnails. It keeps entries in a single SQLite file, survives restarts',
    'and can be shared safely between processes on one machine.',
  ),
  j(
    'It was written for a documentation build that spent most of its time re-parsing files that had not changed. Caching those',
    'results in memory helped only until the process exited; ferncache keeps them between runs, and between the parallel',
    'workers of one run, without asking you to run a cache server.',
  ),
];
const pQuick = [
  j(
    'Decorate a function with <code>@ferncache.memo</code> and call it as usual. The first call runs the function and stores',
    'the result under a key made from the function name and its arguments; later calls read the stored value instead.',
  ),
  j(
    'By default the cache lives in the user cache directory. Pass <code>path=</code> to keep it beside your project, which is',
    'handy on build servers where the home directory is wiped between jobs.',
  ),
  j(
    'Keys are built from the arguments with a stable hash, so they are the same across processes and Python versions. Arguments',
    'that cannot be hashed in a stable way, such as open files or lambdas, raise a clear error instead of silently missing.',
  ),
];
const pExpiry = [
  j(
    'Every entry may carry a time to live. Expired entries are not deleted at once; they are skipped on read and removed by a',
    'background sweep that runs at most once a minute, so reads stay fast even on a large file.',
  ),
  'You can bound the cache in three ways, and they combine:',
];
const pBounds = [
  '<strong>max_entries</strong> keeps the most recently used entries up to a count.',
  '<strong>max_bytes</strong> evicts the least recently used entries once the file grows past a size.',
  '<strong>ttl</strong> sets a default time to live for entries that do not give their own.',
];
const pSafety = [
  j(
    'Values are stored with pickle unless you choose the JSON serializer. Never point ferncache at a file that other users can',
    'write to: unpickling untrusted data can run arbitrary code.',
  ),
];
const pChanges = [
  'Fixed a race where two processes could both miss on the same key and compute it twice.',
  'The sweep interval can now be set through the <code>FERNCACHE_SWEEP</code> environment variable.',
  'Dropped support for Python 3.8.',
];
const pNav = ['Help', 'Docs', 'Sponsors', 'Log in', 'Register'];
const pSideNav = ['Project description', 'Release history', 'Download files'];
const pLinks = ['Homepage', 'Documentation', 'Source', 'Changelog'];
const pClass = [
  'Development Status 5 - Production/Stable',
  'Intended Audience Developers',
  'License OSI Approved MIT License',
  'Programming Language Python 3 :: Only',
  'Topic Software Development :: Libraries',
];
const pHelp = ['Installing packages', 'Uploading packages', 'User guide', 'Project name retention', 'FAQs'];
const pAbout = ['PyPI Blog', 'Infrastructure dashboard', 'Statistics', 'Logos & trademarks', 'Our sponsors'];
const pContrib = ['Bugs and feedback', 'Contribute on GitHub', 'Translate PyPI', 'Sponsor PyPI', 'Development credits'];
const pUsing = ['Code of conduct', 'Report security issue', 'Privacy Notice', 'Terms of Use', 'Acceptable Use Policy'];
const pHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="defaultLanguage" content="en">
<meta name="description" content="A disk-backed, multi-process cache for expensive Python functions">
<link rel="stylesheet" href="/static/css/warehouse-ltr.6c7b1b8e.css"><link rel="canonical" href="https://pypi.org/project/ferncache/">
<meta property="og:url" content="https://pypi.org/project/ferncache/"><meta property="og:site_name" content="PyPI">
<meta property="og:type" content="website"><meta property="og:title" content="ferncache">
<title>ferncache · PyPI</title><script async data-ga4-id="G-RJ3X2" src="/static/js/warehouse.2d0b.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"ferncache","version":"2.4.1"}</script></head>
<body data-controller="viewport-toggle"><div id="sticky-notifications" class="stick-to-top js-stick-to-top">
<div class="notification-bar notification-bar--warning" role="status"><span class="notification-bar__icon"></span>
<span class="notification-bar__message">Starting next month, new projects must enable two-factor authentication before their first upload.</span>
<button type="button" class="notification-bar__dismiss" aria-label="close"></button></div></div>
<header class="site-header "><div class="site-container"><div class="split-layout"><div class="split-layout"><div>
<a class="site-header__logo" href="/"><img alt="PyPI" src="/static/images/logo-small.svg"></a></div>
<form class="search-form search-form--primary" action="/search" role="search"><label for="search" class="sr-only">Search PyPI</label>
<input id="search" class="search-form__search" type="text" name="q" placeholder="Search projects" autocomplete="off">
<button type="submit" class="search-form__button"><i class="fa fa-search"></i><span class="sr-only">Search</span></button></form></div>
<nav id="user-indicator" class="horizontal-menu horizontal-menu--light horizontal-menu--tall" aria-label="Main navigation">
<ul>${links(pNav, 'horizontal-menu__item')}</ul></nav></div></div></header>
<main id="content"><div class="banner"><div class="package-header"><div class="package-header__left">
<h1 class="package-header__name">${pTitle}</h1><div class="package-header__pip-instructions">
<span id="pip-command">pip install ferncache</span><button type="button" class="copy-tooltip copy-tooltip-w" aria-label="Copy to clipboard">
<i class="fa fa-copy" aria-hidden="true"></i></button></div></div><div class="package-header__right">
<a class="status-badge status-badge--good" href="/project/ferncache/"><span>Latest version</span></a>
<p class="package-header__date">Released: <time datetime="2026-10-29T14:05:11+0000" data-controller="localized-time">Oct 29, 2026</time></p></div></div></div>
<div class="package-description"><p class="package-description__summary">A disk-backed, multi-process cache for expensive Python functions</p></div>
<div class="tabs-container"><div class="vertical-tabs"><div class="vertical-tabs__tabs"><div class="sidebar-section">
<h3 class="sidebar-section__title">Navigation</h3><nav aria-label="Navigation for ferncache"><ul class="vertical-tabs__list" role="tablist">
${links(pSideNav, 'vertical-tabs__tab')}</ul></nav></div>
<div class="sidebar-section verified"><h3 class="sidebar-section__title">Verified details <small>These details have been
<a href="/help/#verified-details">verified by PyPI</a></small></h3><h6>Project links</h6><ul class="vertical-tabs__list">${links(pLinks.slice(2))}</ul>
<h6>Maintainers</h6><span class="sidebar-section__maintainer">
<a href="/user/odalys.pyke/"><span class="sidebar-section__user-gravatar-text">odalys.pyke</span></a>
</span></div>
<div class="sidebar-section unverified"><h3 class="sidebar-section__title">Unverified details</h3>
<small>These details have <b>not</b> been verified by PyPI</small><h6>Project links</h6><ul class="vertical-tabs__list">${links(pLinks.slice(0, 2))}</ul>
<h6>Meta</h6><ul><li><strong>License:</strong> MIT License (MIT)</li><li><strong>Author:</strong> <a href="mailto:o@example.org">Odalys Pyke</a></li>
<li><strong>Requires:</strong> Python &gt;=3.9</li></ul></div>
<div class="sidebar-section"><h3 class="sidebar-section__title">Classifiers</h3><ul class="sidebar-section__classifiers">
${lis(pClass)}</ul></div></div>
<div class="vertical-tabs__panel"><div id="description" data-project-tabs-target="content"
role="tabpanel" aria-labelledby="description-tab mobile-description-tab"
tabindex="-1"><h2 class="page-title">Project description</h2><div class="project-description">
${ps(pIntro)}
<h2>Quick start</h2>
${ps(pQuick)}
<h2>Expiry and size limits</h2>
${ps(pExpiry)}
<ul>${lisHtml(pBounds)}</ul>
<h2>A note on safety</h2>
${ps(pSafety)}
<h2>What is new in 2.4</h2>
<ul>${lisHtml(pChanges)}</ul>
</div></div>
<div id="history" class="vertical-tabs__content" role="tabpanel" tabindex="-1" hidden><h2 class="page-title">Release history</h2></div>
<div id="files" class="vertical-tabs__content" role="tabpanel" tabindex="-1" hidden><h2 class="page-title">Download files</h2></div></div></div></div></main>
<div class="sponsors"><p class="sponsors__title">Supported by</p><div class="sponsors__sponsor"><a href="/sponsors/">
<span class="sponsors__name">Harrow Lane Cloud</span><span class="sponsors__service">Cloud computing and Security Sponsor</span></a></div></div>
<footer class="footer"><div class="footer__logo"></div><div class="footer__menus">
<div class="footer__menu"><h2>Help</h2><nav><ul>${links(pHelp)}</ul></nav></div>
<div class="footer__menu"><h2>About PyPI</h2><nav><ul>${links(pAbout)}</ul></nav></div>
<div class="footer__menu"><h2>Contributing to PyPI</h2><nav><ul>${links(pContrib)}</ul></nav></div>
<div class="footer__menu"><h2>Using PyPI</h2><nav><ul>${links(pUsing)}</ul></nav></div></div>
<div class="footer__text"><p>Status: 
<a href="https://status.python.example/"><span data-statuspage-domain="https://status.python.example">All Systems Operational</span></a>
</p>
<p>Developed and maintained by the Python community, for the Python community. <a href="/donate">Donate today!</a></p>
<p>"PyPI", "Python Package Index", and the blocks logos are registered trademarks of the Python Software Foundation.</p>
<p>© 2026 Python Software Foundation <a href="/sitemap/">Site map</a></p></div></footer>
<script>window.warehouse = {"localized-time": true};</script></body></html>`;
export const pypi: TestPage = {
  name: 'heldout394-pypi-project',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Quick start', 'Expiry and size limits', 'A note on safety', 'What is new in 2.4'],
  body: texts([...pIntro, ...pQuick, ...pExpiry, ...pBounds, ...pSafety, ...pChanges]),
  bylines: ['Released: Oct 29, 2026', 'odalys.pyke', 'Odalys Pyke'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Starting next month, new projects must enable two-factor authentication before their first upload.', 'Search PyPI', ...pNav,
    'pip install ferncache', 'Latest version', 'A disk-backed, multi-process cache for expensive Python functions', 'Navigation', ...pSideNav,
    'Verified details', 'These details have been verified by PyPI', 'Project links', 'Maintainers', ...pLinks, 'Unverified details',
    'These details have not been verified by PyPI', 'Meta', 'License: MIT License (MIT)', 'Requires: Python >=3.9', 'Classifiers', ...pClass,
    'Supported by', 'Harrow Lane Cloud', 'Cloud computing and Security Sponsor', ...pHelp, 'About PyPI', ...pAbout, 'Contributing to PyPI', ...pContrib,
    'Using PyPI', ...pUsing, 'Status: All Systems Operational', 'Developed and maintained by the Python community, for the Python community.',
    'Donate today!', '"PyPI", "Python Package Index", and the blocks logos are registered trademarks of the Python Software Foundation.',
    '© 2026 Python Software Foundation', 'Site map',
  ],
};
