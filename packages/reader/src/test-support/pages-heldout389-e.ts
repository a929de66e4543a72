import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout389-kit.js';

/**
 * Held-out batch 389, file e: a device teardown page on a MediaWiki wiki (Vector 2022 skin: header, sidebar menu, page tools,
 * "From TeardownWiki" tagline, infobox, table of contents, edit-section links, a components table, references, categories,
 * footer) and a heating engineer's boiler fault guide on Squarespace 7.1 (fluid engine blocks, announcement bar, cookie banner).
 */
const wTitle = 'Veltrix Aura X2 teardown';
const wLead = j(
  'The <b>Veltrix Aura X2</b> is a pair of true wireless earbuds with a charging case, released in 2025. This page documents a full',
  'teardown of both earbuds and the case, with notes on how repairable each part is.',
);
const wSecs: [string, string[]][] = [
  [
    'Opening the case',
    [
      j(
        'The charging case is held together by glue along the hinge and two plastic clips at the front. Gentle heat (about 80 °C for two',
        'minutes) softens the glue enough for a thin pick to separate the halves.<sup class="reference"><a href="#cite_note-1">[1]</a></sup>',
      ),
      'The 500 mAh case battery is attached with a pull-tab adhesive and can be replaced without soldering.',
      j(
        'Under the battery sits the case board, which carries the USB-C port, the wireless charging coil connector and three status',
        'lights. The port is soldered to the board rather than mounted on a separate flex cable, so a worn port means a board swap.',
      ),
    ],
  ],
  [
    'Opening the earbuds',
    [
      j(
        'Each earbud shell is ultrasonically welded. There is no way to open one without cutting the seam, and the shell cannot be',
        'closed again without glue. Inside, the 45 mAh coin cell battery is soldered to the main board.',
      ),
      j(
        'The speaker driver, microphones and touch sensor are all on one flexible circuit folded around the battery. Unfolding it',
        'for inspection is possible, but the flex tore on one of the two units opened for this page.',
      ),
    ],
  ],
  ['Components', []],
  [
    'Repairability',
    [
      j(
        'Overall the case is easy to service, but the earbuds are effectively sealed units. A failed earbud battery means replacing the',
        'whole earbud, which the manufacturer sells individually.',
      ),
    ],
  ],
];
const wRows: [string, string][] = [
  ['Main chip', 'Tessel TB-880 Bluetooth audio SoC'],
  ['Earbud battery', '45 mAh lithium-ion coin cell (soldered)'],
  ['Case battery', '500 mAh lithium-polymer pouch (adhesive)'],
  ['Case charging', 'USB-C and Qi wireless'],
];
const wRef = 'Notes from the Vessport repair café, session of 14 January 2026.';
const wInfo: [string, string][] = [
  ['Manufacturer', 'Veltrix'],
  ['Type', 'Wireless earbuds'],
  ['Released', '2025'],
  ['Repairability', '3/10'],
];
const wSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wCats = ['Earbuds', 'Veltrix devices', 'Teardowns'];
const wFoot = ['Privacy policy', 'About TeardownWiki', 'Disclaimers'];
const wHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${wTitle} - TeardownWiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Veltrix_Aura_X2_teardown","wgTitle":"${wTitle}","wgCurRevisionId":20931,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Veltrix_Aura_X2_teardown skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">TeardownWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search" name="search"
placeholder="Search TeardownWiki"
id="searchInput"></form></div><nav class="vector-user-links"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log
in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="mw-panel" class="vector-main-menu"
aria-label="Site"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wSide, 'mw-list-item')}</ul></div></div></nav></div>
<div class="vector-column-start"><nav id="mw-panel-toc" class="vector-toc-landmark" aria-label="Contents"><div id="vector-toc" class="vector-toc">
<div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents">
<li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit source', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<div id="p-tb" class="vector-page-tools"><div class="vector-menu-heading">Tools</div><ul>${links(wTools, 'mw-list-item')}</ul></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From TeardownWiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Veltrix Aura X2</th></tr>
${wInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${wLead}</p>
${wSecs
  .map(
    ([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Veltrix_Aura_X2_teardown&amp;action=edit&amp;section=1">edit</a><span
class="mw-editsection-bracket">]</span></span></div>
${
  h === 'Components'
    ? `<table class="wikitable"><tbody><tr><th>Part</th><th>Details</th></tr>${wRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}
</tbody></table>`
    : ps(p)
}`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span class="reference-text">${wRef}</span></li></ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(wCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 21 January 2026, at 17:42.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">Powered by
MediaWiki</a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;
const mediawikiBody = texts([wLead, ...wSecs.flatMap(([, p]) => p), ...wRows.flat(), wRef]);
const mediawiki: TestPage = {
  name: 'heldout389-mediawiki-teardown',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [...wSecs.map(([h]) => h), 'References'],
  body: mediawikiBody,
  bylines: ['This page was last edited on 21 January 2026, at 17:42.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(mediawikiBody, [
    'Jump to content', 'TeardownWiki', 'Log in', 'Navigation', ...wSide, 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit source', 'View history',
    ...wTools, 'From TeardownWiki', 'Manufacturer', 'Wireless earbuds', 'Released', '3/10', 'edit', ...wCats, 'Categories',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...wFoot, 'Powered by MediaWiki',
  ]),
};

const qTitle = 'Boiler showing a fault code? Start here';
const qLead = [
  j(
    'Most combi boilers tell you what is wrong with a short code on the display. Some of these you can clear yourself in a couple',
    'of minutes; others mean you should switch off and call a Gas Safe registered engineer. This guide covers the faults we are',
    'called out for most often across Brackley and the surrounding villages.',
  ),
];
const qSecs: [string, string[]][] = [
  [
    'Low pressure (F1 or E119)',
    [
      j(
        'Check the pressure gauge on the front of the boiler. With the heating off it should read between 1 and 1.5 bar. If it is below',
        '1, find the filling loop (usually a braided hose with two small taps under the boiler), open both taps slowly until the needle',
        'reaches 1.2 bar, then close them again.',
      ),
      'If the pressure keeps dropping every few days, you have a leak somewhere in the system and it needs to be found.',
      j(
        'Check radiator valves and the pipe joints under the boiler for damp patches or green staining first. A weeping pressure',
        'relief valve is another common cause: look for a copper pipe poking out of an outside wall that drips after you top up.',
      ),
    ],
  ],
  [
    'Ignition failure (F28 or EA)',
    [
      j(
        'The boiler tried to light but did not detect a flame. Check that your other gas appliances work and that your prepayment meter,',
        'if you have one, has credit. Then press reset once. If the code comes back, do not keep resetting it.',
      ),
    ],
  ],
  [
    'Frozen condensate pipe',
    [
      j(
        'In a cold snap, the white plastic pipe that runs outside from the boiler can freeze, and the boiler locks out. Pour warm (not',
        'boiling) water along the pipe, then reset the boiler.',
      ),
    ],
  ],
  ['When to call us', []],
];
const qCall = [
  'You smell gas: leave the property and call the gas emergency line first.',
  'Water is leaking from the boiler casing.',
  'The same code returns after one reset.',
];
const qNav = ['Services', 'Boiler servicing', 'Fault guide', 'Reviews', 'Contact'];
const qHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Boiler fault codes — Larkin Heating</title>
<meta property="og:site_name" content="Larkin Heating"><meta property="og:title" content="Boiler fault codes — Larkin Heating">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1f","siteTitle":"Larkin Heating"},"
templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.larkinheating.example","name":"Larkin Heating","@context":"http://schema.org","
@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/64a1f/site.css"/></head>
<body id="collection-6601a" class="header-layout-nav-right tweak-transparent-header primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Winter call-outs: same-day slots
available Monday to Saturday</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header"
class="header theme-col--primary"><div class="header-inner container--fluid">
<div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Larkin Heating</a></div></div>
<div class="header-nav"><nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.length}">${t}</a></div>`,
  )
  .join('\n')}
</nav></div><div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse"
href="/book">Book a visit</a></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6601a">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide"><div
class="content-wrapper"><div class="content"><div class="fluid-engine fe-6601a1"><div class="fe-block fe-block-yui_3_17_2_1_1709"><div
class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1709"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qLead, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1710"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content">
<figure class="sqs-block-image-figure
intrinsic"><img src="https://images.squarespace-cdn.example/content/v1/64a1f/gauge.jpg"
alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>A healthy pressure gauge reading, just over 1 bar.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1711"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${qSecs.map(([h, p]) => `<h3 style="white-space:pre-wrap;">${h}</h3>${ps(p, ' class="" style="white-space:pre-wrap;"')}`).join('\n')}
<ul data-rte-list="default">${lis(qCall)}</ul></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1712"><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-button-container"><a
href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book an engineer</a></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1713"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Get a reminder when your service is due</h2><form class="newsletter-form"><input type="email"
placeholder="Email Address">
<button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form><div class="newsletter-form-footnote">
<p>We respect
your privacy.</p></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>Larkin Heating Ltd · 14 Mill Lane, Brackley</p>
<p>Gas Safe registered no. 588120</p><p>© 2026 Larkin Heating</p></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2" role="region"
aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">This
website uses cookies to improve your experience.</div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept"
>Accept</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceBody = texts([...qLead, ...qSecs.flatMap(([, p]) => p), ...qCall]);
const squarespace: TestPage = {
  name: 'heldout389-squarespace-boiler-faults',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qSecs.map(([h]) => h),
  body: squarespaceBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(squarespaceBody, [
    'Winter call-outs: same-day slots available Monday to Saturday', 'Larkin Heating', ...qNav, 'Book a visit', 
    'A healthy pressure gauge reading, just over 1 bar.',
    'Book an engineer', 'Get a reminder when your service is due', 'Sign Up', 'We respect your privacy.', 'Larkin Heating Ltd · 14 Mill Lane, Brackley',
    'Gas Safe registered no. 588120', '© 2026 Larkin Heating', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ]),
};

export const HELDOUT389_E: readonly TestPage[] = [mediawiki, squarespace];
