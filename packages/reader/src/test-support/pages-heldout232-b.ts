import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 232, file b: a Find a Grave memorial (site header, memorial header with birth and death, the bio, photo tabs,
 * "Created by" and "Added" lines, flowers, family members, "See more" rail and footer) and a Wikimedia Commons file page
 * (MediaWiki Vector chrome, file history, the description and summary table, licensing box, categories and footer).
 */
const fgTitle = 'Marta Helene Lindqvist Ahlgren';
const fgP = [
  `Marta was born on a farm outside Västra Ekby and came to America with her parents and four brothers in the spring of 1889,
   crossing on the steamer Thingvalla. The family settled first in Chicago and moved two years later to Pine Ridge Township, where her
   father bought eighty acres of cut-over timber land.`,
  `She married Nils Ahlgren, a blacksmith, in the Bethlehem Lutheran Church in 1898. They raised seven children, five of whom lived to
   adulthood. When Nils lost the use of his right hand in an accident at the forge, Marta kept the family going by taking in sewing and
   selling eggs and butter in town.`,
  `She was a founding member of the church’s ladies’ aid society and sang in its choir for more than forty years. Her grandchildren
   remember her Christmas Eve table, her rye bread and her habit of telling stories about the old farm in Swedish, so that the
   children would not forget the language.`,
  `Marta died at the home of her daughter Ingrid after a short illness. She is buried beside Nils, who died in 1938.`,
];
const fgNav = ['Memorials', 'Cemeteries', 'Famous', 'Contribute', 'Register', 'Sign In'];
const fgTabs = ['Memorial', 'Photos 4', 'Flowers 12'];
const fgFam = ['Nils Johan Ahlgren', 'Ingrid Ahlgren Moe', 'Per Ahlgren'];
const fgFoot = ['About Find a Grave', 'Press', 'Contact', 'Help', 'Terms of Service', 'Privacy Policy', 'Cookie Settings'];
const fgHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${fgTitle} (1872-1951) - Find a Grave Memorial</title>
<meta property="og:title" content="${fgTitle} (1872-1951) - Find a Grave Memorial">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"${fgTitle}","birthDate":"1872"}</script>
<link rel="stylesheet" href="/assets/css/fg.css"><script src="/assets/js/fg.bundle.js" defer></script></head><body>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use cookies
 to personalise content and ads.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Preferences</button></div>
<header class="site-header"><a class="navbar-brand" href="/">Find a Grave</a><nav><ul class="navbar-nav">${links(fgNav)}</ul></nav></header>
<main id="main"><div class="section-memorial"><ul class="nav nav-tabs" role="tablist">${links(fgTabs, 'nav-item')}</ul>
<div class="memorial-header"><h1 id="bio-name" itemprop="name">${fgTitle}</h1>
<dl class="mem-events"><dt>Birth</dt><dd id="birthDateLabel">14 Mar 1872</dd><dd id="birthLocationLabel">Västra Ekby, Sweden</dd>
<dt>Death</dt><dd id="deathDateLabel">2 Feb 1951 (aged 78)</dd><dd>Pine Ridge, Carver County, Minnesota, USA</dd>
<dt>Burial</dt><dd><a href="#">Bethlehem Lutheran Cemetery</a></dd><dt>Memorial ID</dt><dd>201448731</dd></dl>
<div class="share-bar"><button>Share</button><button>Save To</button><button>Suggest Edits</button></div></div>
<div class="ad-slot" data-ad="top"><span class="ad-label">Advertisement</span></div>
<section class="memorial-bio"><h2 class="section-title">Biography</h2><div id="inscriptionValue" class="bio-text">${ps(fgP)}</div>
<p class="read-more"><button>Read More</button></p></section>
<div class="mem-meta"><p>Created by: <a href="#">Lake Country Graves</a></p><p>Added: 12 Jun 2014</p></div>
<section class="family-members"><h2>Family Members</h2><h3>Spouse</h3><ul>${links(fgFam.slice(0, 1))}</ul>
<h3>Children</h3><ul>${links(fgFam.slice(1))}</ul></section>
<section class="flowers"><h2>Flowers</h2><p class="flower-note">Remembering my great-grandmother. Tack för allt.</p>
<p>Left by Karin A. on 2 Feb 2023</p><button>Leave a Flower</button></section>
<aside class="see-more"><h2>See more Ahlgren memorials in:</h2><ul>${links(['Bethlehem Lutheran Cemetery', 'Carver County'])}</ul></aside></div>
</main><footer class="site-footer"><ul>${links(fgFoot)}</ul><p>© 2025 Find a Grave®</p></footer></body></html>`;

const wcTitle = 'File:Signal box at Corran Junction, 1931.jpg';
const wcSum = [
  `Description: The signal box at Corran Junction on the Leaham branch, photographed from the down platform shortly before the box
   was rebuilt. The signalman, on the steps, is believed to be Walter Penhale, who worked the box from 1919 until 1946.`,
  `The photograph is one of a set of glass negatives found in the attic of the former stationmaster’s house in 1987 and later given
   to the Leaham and District Railway Society, which scanned them in 2019.`,
];
const wcH = 'Summary';
const wcH2 = 'Licensing';
const wcNav = ['Main page', 'Welcome', 'Community portal', 'Village pump', 'Help center'];
const wcTabs = ['File', 'Discussion', 'Read', 'Edit', 'View history'];
const wcFileNav = ['File', 'File history', 'File usage on Commons', 'Metadata'];
const wcCats = ['Corran Junction railway station', 'Signal boxes in England', '1931 in rail transport'];
const wcFoot = ['Privacy policy', 'About Wikimedia Commons', 'Disclaimers', 'Code of Conduct', 'Developers', 'Mobile view'];
const wcHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-limited-width-clientpref-1" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${wcTitle} - Wikimedia Commons</title>
<script>document.documentElement.className="client-js";RLCONF={"wgNamespaceNumber":6};</script>
<link rel="stylesheet" href="/w/load.php?modules=site.styles"><meta name="generator" content="MediaWiki 1.44.0-wmf.5"></head>
<body class="skin-vector skin-vector-2022 mediawiki ns-6 ns-subject page-File_Signal_box"><a class="mw-jump-link" href="#bodyContent">Jump to
 content</a><div class="vector-header-container"><header class="vector-header mw-header">
<nav class="vector-main-menu" aria-label="Main menu"><ul>${links(wcNav, 'mw-list-item')}</ul></nav>
<div id="p-search"><input placeholder="Search Wikimedia Commons" name="search"></div></header></div>
<div class="mw-page-container"><main id="content" class="mw-body" role="main">
<div id="siteNotice"><div class="cnotice">Wiki Loves Monuments: photograph a monument, help Wikipedia and win!</div></div>
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">${wcTitle}</h1></header>
<nav class="vector-page-toolbar"><ul>${links(wcTabs, 'vector-tab-noicon')}</ul></nav>
<div id="bodyContent" class="vector-body"><div id="siteSub">From Wikimedia Commons, the free media repository</div>
<ul id="filetoc" role="navigation">${links(wcFileNav)}</ul>
<div class="fullImageLink" id="file"><a href="#"><img alt="File:Signal box" src="/upload/signal_box.jpg"></a>
<div class="fullMedia"><p>Original file (2,480 × 1,760 pixels, file size: 1.9 MB, MIME type: image/jpeg)</p></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<h2><span class="mw-headline" id="Summary">${wcH}</span></h2>
<table class="fileinfotpl-type-information"><tbody><tr><td>${ps(wcSum)}</td></tr>
<tr><td class="fileinfo-paramfield">Date</td><td>1931</td></tr><tr><td class="fileinfo-paramfield">Source</td><td>Leaham and District Railway
 Society archive</td></tr><tr><td class="fileinfo-paramfield">Author</td><td>Unknown author</td></tr></tbody></table>
<h2><span class="mw-headline" id="Licensing">${wcH2}</span></h2>
<table class="licensetpl"><tr><td><p>This work is in the public domain in its country of origin and other countries and areas where the
 copyright term is the author’s life plus 70 years or fewer.</p></td></tr></table>
<h2 id="filehistory">File history</h2><p>Click on a date/time to view the file as it appeared at that time.</p>
<table class="wikitable filehistory"><tr><th>Date/Time</th><th>Dimensions</th><th>User</th></tr>
<tr><td>current 09:14, 3 May 2019</td><td>2,480 × 1,760 (1.9 MB)</td><td>LeahamRailSoc</td></tr></table>
<p>You cannot overwrite this file.</p></div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks">Categories: <ul>${links(wcCats)}</ul></div></div></div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 3 May 2019, at 09:14.</li>
<li>Files are available under licenses specified on their description page.</li></ul><ul id="footer-places">${links(wcFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":120});});</script></body></html>`;

export const HELDOUT232_B: readonly TestPage[] = [
  {
    name: 'heldout232-findagrave-memorial-blog',
    kind: 'blog',
    html: fgHtml,
    title: fgTitle,
    headings: [],
    body: texts(fgP),
    bylines: ['Added: 12 Jun 2014'],
    furniture: [
      'We and our partners use cookies to personalise content and ads.',
      'Accept All Cookies',
      'Cookie Preferences',
      ...fgNav,
      ...fgTabs,
      'Share',
      'Save To',
      'Suggest Edits',
      'Advertisement',
      'Biography',
      'Read More',
      'Created by: Lake Country Graves',
      'Family Members',
      'Spouse',
      'Children',
      ...fgFam,
      'Remembering my great-grandmother. Tack för allt.',
      'Left by Karin A. on 2 Feb 2023',
      'Leave a Flower',
      'See more Ahlgren memorials in:',
      'Carver County',
      ...fgFoot,
      '© 2025 Find a Grave®',
    ],
  },
  {
    name: 'heldout232-wikimedia-commons-file-docs',
    kind: 'docs',
    html: wcHtml,
    title: wcTitle,
    headings: [wcH, wcH2],
    body: texts([
      ...wcSum,
      `This work is in the public domain in its country of origin and other countries and areas where the
 copyright term is the author’s life plus 70 years or fewer.`,
    ]),
    bylines: ['This page was last edited on 3 May 2019, at 09:14.'],
    furniture: [
      'Jump to content',
      ...wcNav,
      'Wiki Loves Monuments: photograph a monument, help Wikipedia and win!',
      ...wcTabs,
      'From Wikimedia Commons, the free media repository',
      ...wcFileNav,
      'Original file (2,480 × 1,760 pixels, file size: 1.9 MB, MIME type: image/jpeg)',
      'Click on a date/time to view the file as it appeared at that time.',
      'You cannot overwrite this file.',
      ...wcCats,
      'Files are available under licenses specified on their description page.',
      ...wcFoot,
    ],
  },
];
