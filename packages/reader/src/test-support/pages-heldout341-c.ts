import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lips, lis } from './pages-heldout341-kit.js';

/**
 * Held-out batch 341, file c: a Paligo-published help center topic (site header, cookie notice, publication TOC, breadcrumb,
 * section toolbar with print and copy link, admonitions, procedure, pager, feedback form and footer) and a car maker's
 * owner's manual web page (global nav, owners' portal menu, chapter sidebar, breadcrumb, a warning box and a numbered
 * procedure, figure caption, print / PDF links, feedback, OneTrust banner and footer).
 */
const pTitle = 'Scheduling a maintenance window';
const pIntro = [
  j(
    'A maintenance window tells Fieldmark when an asset is out of service on purpose. During the window, sensor alarms for the asset',
    'are held back, work orders can be assigned to it, and its uptime figures are not counted against the site.',
  ),
  j(
    'You can schedule a one-off window for a planned repair or a repeating window for routine servicing, such as a pump that is',
    'flushed every first Monday of the month.',
  ),
  'Only users with the Planner or Site administrator role can create windows; technicians see them but cannot change them.',
];
const pSteps = [
  'In the asset list, open the asset and select the <span class="guilabel">Maintenance</span> tab.',
  'Select <span class="guibutton">New window</span>.',
  'Enter a start and an end time. Times are in the site&#39;s time zone, which is shown next to the fields.',
  'To repeat the window, turn on <span class="guilabel">Repeat</span> and choose a rule: daily, weekly, monthly on a date, or monthly on a weekday.',
  'Under <span class="guilabel">Alarms</span>, choose whether to hold back all alarms or only warnings. Critical safety alarms are never held back.',
  'Select <span class="guibutton">Save</span>. The window appears on the asset timeline as a grey band.',
];
const pNote = j(
  'If a window starts while an alarm is already active, the alarm stays active. Fieldmark only holds back alarms that are',
  'raised after the window begins.',
);
const pAfter = [
  j(
    'When the window ends, held-back alarms whose condition is still true are raised at once and sent to the usual recipients. Alarms',
    'that cleared during the window are written to the asset log but not sent.',
  ),
  j(
    'Site managers receive a short summary of every window that ended in the last day, with the work orders closed during it. To',
    'stop the summary, change the notification settings in your profile.',
  ),
];
const pWarn = j(
  'Windows longer than 72 hours need approval from a site administrator. Until it is approved, the window is shown with a dashed',
  'outline and has no effect.',
);
const pToc = ['Get started with Fieldmark', 'Sites and assets', 'Adding assets', 'Asset timeline', 'Alarms and notifications', 'Work orders', 'Reports'];
const pFoot = ['Release notes', 'API reference', 'Status', 'Privacy policy', 'Cookie settings'];
const pHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Paligo"><meta name="description" content="How to schedule a one-off or repeating maintenance window for an asset.">
<meta name="paligo:publication" content="Fieldmark Help Center"><meta name="paligo:language" content="en">
<title>${pTitle} | Fieldmark Help Center</title>
<link rel="stylesheet" href="css/normalize.css"><link rel="stylesheet" href="css/layout-custom-script.css"><link rel="stylesheet" href="css/theme.css">
<link rel="stylesheet" href="css/custom.css"><script src="js/jquery.js"></script><script src="js/layout-custom-script.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${pTitle}","inLanguage":"en",
"publisher":{"@type":"Organization","name":"Fieldmark"}}</script></head>
<body class="site-body"><div id="cookie-notice" class="cookie-notice"><p>We use cookies to remember your search settings and to measure how the help is
used.</p><button class="cookie-accept">Got it</button></div>
<div class="site-header"><nav class="navbar navbar-default"><div class="container-fluid"><div class="navbar-header"><a class="navbar-brand"
href="index.html"><img class="logo" src="image/fieldmark-logo.svg" alt="Fieldmark"></a><span class="publication-title">Fieldmark Help Center</span></div>
<ul class="nav navbar-nav navbar-right"><li><a href="https://app.fieldmark.example">Go to app</a></li><li><a href="https://fieldmark.example/support">
Contact support</a></li></ul><form class="navbar-form search-form" role="search"><input class="form-control search-field" type="search"
placeholder="Search the help center"></form></div></nav></div>
<div class="site-body-container container-fluid"><div class="row"><div class="site-sidebar col-md-3"><div class="toc-wrapper">
<ul class="toc nav nav-site-sidebar">${links(pToc, 'toc-item')}<li class="toc-item active"><a href="#">${pTitle}</a></li></ul></div></div>
<main class="site-content col-md-9"><div class="breadcrumb-container"><ol class="breadcrumb">
<li class="breadcrumb-link"><a href="index.html">Home</a></li><li class="breadcrumb-link"><a href="sites-and-assets.html">Sites and assets</a></li>
<li class="breadcrumb-node active">${pTitle}</li></ol></div>
<div class="section-toolbar"><button class="toolbar-print" title="Print">Print</button><button class="toolbar-copy-link" title="Copy link">Copy link</button>
</div>
<section class="section" id="UUID-6c2f0e8a-91d4-77b2-3a51-8e0d2f4c1b77" data-permalink="scheduling-a-maintenance-window.html"
data-publication-date="2026-01-28"><div class="titlepage"><div><div><h1 class="title"><span>${pTitle}</span></h1></div></div></div>
${ps(pIntro, ' class="para"')}
<div class="section"><div class="titlepage"><div><div><h2 class="title">Create a window</h2></div></div></div>
<div class="procedure"><ol class="procedure" type="1">${lips(pSteps, 'step')}</ol></div>
<div class="note admonition"><h3 class="admonition-title">Note</h3><p class="para">${pNote}</p></div></div>
<div class="section"><div class="titlepage"><div><div><h2 class="title">What happens when a window ends</h2></div></div></div>
${ps(pAfter, ' class="para"')}
<div class="warning admonition"><h3 class="admonition-title">Important</h3><p class="para">${pWarn}</p></div></div>
<div class="figure"><div class="figure-contents"><img src="image/uuid-4a1e.png" alt="Maintenance window on the asset timeline"></div>
<p class="title"><strong>Figure 12. A repeating maintenance window on the asset timeline</strong></p></div>
</section>
<div class="section-nav"><div class="pager"><a class="prev" href="asset-timeline.html">« Asset timeline</a>
<a class="next" href="alarms.html">Alarms and notifications »</a></div></div>
<div class="feedback-form"><p class="feedback-title">Was this article helpful?</p><button class="btn-yes">Yes</button><button class="btn-no">No</button>
<p class="feedback-note">Tell us how we can improve this topic.</p></div>
</main></div></div>
<footer class="site-footer"><div class="container-fluid"><ul class="footer-links">${links(pFoot)}</ul>
<p class="copyright">© 2026 Fieldmark Oy. Published with Paligo.</p></div></footer>
<script>$(function(){$(".toc").treeview();});</script></body></html>`;
const paligo: TestPage = {
  name: 'heldout341-paligo-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Create a window', 'What happens when a window ends'],
  body: texts([...pIntro, ...pSteps, pNote, ...pAfter, pWarn]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to remember your search settings and to measure how the help is used.', 'Got it', 'Fieldmark Help Center', 'Go to app',
    'Contact support', ...pToc, 'Home', 'Print', 'Copy link', 'Figure 12. A repeating maintenance window on the asset timeline', '« Asset timeline',
    'Alarms and notifications »', 'Was this article helpful?', 'Yes', 'Tell us how we can improve this topic.', ...pFoot,
    '© 2026 Fieldmark Oy. Published with Paligo.',
  ],
};

const cTitle = 'Changing a flat tire';
const cIntro = [
  j(
    'Your Veltra Morrow is supplied with a temporary spare tire, a jack and a wheel nut wrench, stored under the floor of the cargo',
    'area. Read this section completely before you start, and follow the steps in order.',
  ),
  j(
    'If you are not sure you can change the tire safely, stay in a safe place and call Veltra Roadside Assistance. The number is',
    'printed on the inside of the glove box lid.',
  ),
];
const cWarn = [
  'Never get under the vehicle when it is supported only by the jack.',
  'Use the jack only on firm, level ground and only at the jacking points shown in this manual.',
  'Do not start or run the engine while the vehicle is on the jack.',
  'Make sure no one is inside the vehicle while it is being raised.',
];
const cBefore = [
  'Park on firm, level ground well away from traffic, switch on the hazard warning lights and apply the parking brake.',
  'Shift to P, switch off the engine and ask all passengers to get out and wait in a safe place.',
  'Block the wheel diagonally opposite the flat tire with a wheel chock or a heavy object.',
];
const cSteps = [
  'Lift the cargo floor board and take out the spare tire, the jack and the wheel nut wrench.',
  'With the wheel still on the ground, loosen each wheel nut about one turn by turning it counterclockwise.',
  'Place the jack under the jacking point nearest the flat tire. The jacking points are marked by two notches in the sill.',
  'Turn the jack handle clockwise until the tire is about 3 cm off the ground.',
  'Remove the wheel nuts and take off the wheel.',
  'Fit the spare tire and screw on the wheel nuts by hand, with the tapered end towards the wheel.',
  'Lower the vehicle until the tire touches the ground, then tighten the nuts in a cross pattern.',
  'Lower the vehicle completely and tighten each nut again to 120 N·m as soon as possible.',
];
const cAfter = [
  j(
    'The temporary spare tire is for short distances only. Do not drive faster than 80 km/h with it fitted, and have the original',
    'tire repaired or replaced at the first opportunity.',
  ),
  j('After driving about 50 km, check the tightness of the wheel nuts again. Check the pressure of the spare tire once a month;', 'it should be 420 kPa.'),
];
const cNav = ['Models', 'Electric', 'Offers', 'Owners', 'Find a dealer', 'Book a test drive'];
const cOwners = ['Owner’s manual', 'Service and maintenance', 'Warranty', 'Recalls', 'Navigation updates'];
const cChapters = ['Before driving', 'Instruments and controls', 'Driving', 'Interior features', 'Maintenance and care', 'Specifications'];
const cFoot = ['Contact us', 'Careers', 'Press', 'Privacy', 'Cookies', 'Legal notice', 'Accessibility'];
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changing a flat tire | Morrow Owner&#39;s Manual | Veltra</title><meta name="description" content="How to change a flat tire on your Veltra Morrow.">
<meta property="og:title" content="Changing a flat tire"><meta property="og:site_name" content="Veltra"><link rel="canonical"
href="https://www.veltra.example/owners/manuals/morrow-2026/in-case-of-emergency/changing-a-flat-tire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"Changing a flat tire","about":{"@type":"Car",
"name":"Veltra Morrow","modelDate":"2026"},"publisher":{"@type":"Organization","name":"Veltra Motors"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="7f1e-veltra"></script>
<script>window.digitalData={page:{section:"owners",sub:"manual",model:"morrow",year:2026}};</script>
<link rel="stylesheet" href="/etc/clientlibs/veltra/site.min.css"></head>
<body class="page basicpage owners-manual"><header class="vl-header"><a class="vl-header__logo" href="/">Veltra</a>
<nav class="vl-header__nav" aria-label="Main"><ul>${links(cNav, 'vl-header__item')}</ul></nav>
<a class="vl-header__search" href="/search">Search</a></header>
<nav class="vl-subnav" aria-label="Owners"><ul>${links(cOwners, 'vl-subnav__item')}</ul></nav>
<div class="om-wrapper"><aside class="om-sidebar"><div class="om-model-select"><span class="om-model-select__label">Your vehicle:</span>
<span class="om-model-select__value">Morrow 2026</span> <a href="/owners/manuals">Change</a></div>
<ol class="om-chapters">${links(cChapters, 'om-chapters__item')}<li class="om-chapters__item om-chapters__item--open"><a href="#">In case of emergency</a>
<ul>${links(['If the engine will not start', 'Changing a flat tire', 'Towing'], 'om-sub')}</ul></li></ol></aside>
<main class="om-content" id="main"><ol class="om-breadcrumb">${links(['Owners', 'Owner’s manual', 'In case of emergency'])}</ol>
<div class="om-tools"><a href="javascript:window.print()" class="om-tools__print">Print page</a>
<a href="/pdf/morrow-2026-owners-manual-en.pdf" class="om-tools__pdf">Download full manual (PDF, 18 MB)</a></div>
<article class="om-article"><h1 class="om-title">${cTitle}</h1>
${ps(cIntro)}
<div class="om-warning" role="note"><p class="om-warning__label">WARNING</p><ul>${lis(cWarn)}</ul></div>
<h2>Before you start</h2><ol class="om-steps">${lis(cBefore)}</ol>
<h2>Replacing the wheel</h2><ol class="om-steps">${lis(cSteps)}</ol>
<figure class="om-figure"><img src="/content/dam/manuals/morrow/jacking-points.svg" alt=""><figcaption>Jacking points (A) on the side sills</figcaption>
</figure>
<h2>After changing the tire</h2>${ps(cAfter)}
<p class="om-ref">Publication OM-MR26-EN, edition 2</p></article>
<div class="om-pager"><a href="#" class="om-pager__prev">Previous: If the engine will not start</a> <a href="#" class="om-pager__next">Next: Towing</a></div>
<div class="om-feedback"><p>Did you find what you were looking for?</p><button>Yes</button><button>No</button></div></main></div>
<footer class="vl-footer"><ul>${links(cFoot)}</ul><p>© Veltra Motors Europe GmbH 2026. Images and specifications may vary by market.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">We
use cookies to give you a better experience and to show you relevant offers. You can change your choices at any time.</div>
<button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-pc-btn-handler">Manage preferences</button></div></div></body></html>`;
const carManual: TestPage = {
  name: 'heldout341-owners-manual-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Before you start', 'Replacing the wheel', 'After changing the tire'],
  body: texts([...cIntro, ...cWarn, ...cBefore, ...cSteps, ...cAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Search', ...cOwners, 'Your vehicle:', 'Morrow 2026', 'Change', ...cChapters, 'In case of emergency', 'If the engine will not start',
    'Towing', 'Print page', 'Download full manual (PDF, 18 MB)', 'Jacking points (A) on the side sills', 'Publication OM-MR26-EN, edition 2',
    'Previous: If the engine will not start', 'Next: Towing', 'Did you find what you were looking for?', 'Yes', ...cFoot,
    '© Veltra Motors Europe GmbH 2026. Images and specifications may vary by market.',
    'We use cookies to give you a better experience and to show you relevant offers. You can change your choices at any time.', 'Accept all',
    'Reject all', 'Manage preferences',
  ],
};

export const HELDOUT341_C: readonly TestPage[] = [paligo, carManual];
