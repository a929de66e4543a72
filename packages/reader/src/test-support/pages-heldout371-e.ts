import { links, ps, type TestPage, texts } from './page-kit.js';
import { dataRequest } from './pages-heldout371-e2.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file e: an information ombudsman's decision notice page in the style of a regulator's decision
 * database (header with the "Make a complaint" button, mega menu, breadcrumbs, the notice's Date / Reference / Public
 * authority / Decision fields, the short summary that is the article, the PDF download card, "Search decision notices"
 * sidebar, the "Related decisions" list, the feedback prompt, the cookie control panel and the footer): a short-text page.
 */
const oTitle = 'Decision notice: Thornwick Hospitals NHS Foundation Trust';
const oSummary = [
  j(
    'The complainant asked Thornwick Hospitals NHS Foundation Trust for the number of operations cancelled on the day of',
    'surgery in each month of 2024, broken down by specialty, together with the main recorded reason for each cancellation.',
  ),
  j(
    'The trust refused the request under section 12 of the Act, saying that the reasons were held only in free-text notes',
    'and that extracting them would exceed the appropriate limit of 18 hours. It did not offer advice on how the request',
    'could be narrowed.',
  ),
  'The Commissioner’s decision is that:',
  'the trust was entitled to rely on section 12 for the part of the request about reasons for cancellation',
  'the trust was not entitled to rely on section 12 for the monthly numbers by specialty, which are held in a report run every month',
  'the trust breached section 16 by failing to provide advice and assistance',
  j(
    'The Commissioner requires the trust to disclose the monthly numbers of cancelled operations by specialty, and to provide',
    'the complainant with advice on how the remaining part of the request could be refined to fall within the cost limit.',
  ),
  j(
    'The trust must take these steps within 35 calendar days of the date of this decision notice. Failure to comply may',
    'result in the Commissioner making written certification of this fact to the High Court under section 54 of the Act.',
  ),
];
const oNav = ['For the public', 'For organisations', 'Action we’ve taken', 'About the Office', 'Make a complaint'];
const oCrumbs = ['Home', 'Action we’ve taken', 'Decision notices'];
const oRelated = [
  'Decision notice: Marlow Vale Ambulance Service NHS Trust',
  'Decision notice: Department for Health Workforce',
  'Decision notice: Ebbsfleet Community Health Partnership',
];
const oFoot = ['Contact us', 'Accessibility', 'Cookies', 'Privacy notice', 'Careers', 'Media centre', 'Complaints about us'];
const oHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${oTitle} | Information Rights Office</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="DC.type" content="Decision notice">
<meta name="DC.date.issued" content="2026-01-29"><meta property="og:title" content="${oTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${oTitle}","datePublished":"2026-01-29",
"publisher":{"@type":"GovernmentOrganization","name":"Information Rights Office"}}</script>
<link rel="stylesheet" href="/static/css/iro.min.css"><script src="/static/js/vendor/cookie-control.js"></script></head>
<body class="page-decision-notice"><a href="#main" class="skip-link">Skip to main content</a>
<header class="site-header"><div class="site-header__inner"><a href="/" class="site-header__logo" aria-label="Information Rights Office home">
Information Rights Office</a><a href="/make-a-complaint/" class="btn btn--complaint">Make a complaint</a>
<nav class="mega-menu" aria-label="Main"><ul class="mega-menu__list">${links(oNav.slice(0, 4), 'mega-menu__item')}</ul></nav></div></header>
<div class="breadcrumb-wrapper"><nav aria-label="Breadcrumb"><ol class="breadcrumb">${links(oCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main id="main" class="main"><div class="container"><div class="row"><div class="col-main">
<article class="decision-notice"><h1 class="decision-notice__title">${oTitle}</h1>
<dl class="decision-notice__meta"><div class="decision-notice__meta-item"><dt>Date</dt><dd>29 January 2026</dd></div>
<div class="decision-notice__meta-item"><dt>Reference</dt><dd>IC-318842-K7Q2</dd></div>
<div class="decision-notice__meta-item"><dt>Public authority</dt><dd>Thornwick Hospitals NHS Foundation Trust</dd></div>
<div class="decision-notice__meta-item"><dt>Sector</dt><dd>Health</dd></div>
<div class="decision-notice__meta-item"><dt>Decision</dt><dd><span class="tag tag--partly">Partly upheld</span></dd></div>
<div class="decision-notice__meta-item"><dt>Section of legislation</dt><dd>FOI 12, FOI 16</dd></div></dl>
<div class="decision-notice__summary rich-text"><h2>Summary</h2>
${ps(oSummary.slice(0, 3))}<ul>${lis(oSummary.slice(3, 6))}</ul>${ps(oSummary.slice(6))}</div>
<div class="download-card"><a href="/media/decision-notices/IC-318842-K7Q2.pdf" class="download-card__link">
<span class="download-card__title">Download the full decision notice</span><span class="download-card__meta">PDF, 214.6 KB</span></a></div>
</article>
<section class="related-decisions"><h2 class="related-decisions__title">Related decisions</h2><ul>${links(oRelated)}</ul></section>
<div class="page-feedback"><p class="page-feedback__question">Was this page useful?</p><button>Yes</button><button>No</button></div></div>
<aside class="col-side"><div class="side-search"><h2>Search decision notices</h2><form action="/decision-notices/search"><label for="dn-q">Keyword or
reference</label><input id="dn-q" type="search"><button type="submit">Search</button></form></div>
<div class="side-box"><h2>Appeal a decision</h2><p>If you disagree with a decision notice you can appeal to the First-tier Tribunal within 28 days.</p></div>
</aside></div></div></main>
<footer class="site-footer"><ul class="site-footer__links">${links(oFoot)}</ul>
<p class="site-footer__legal">Information Rights Office, Wycliffe House, Water Lane, Ashford ST4 9AX. Telephone 0303 555 0199.</p></footer>
<div id="ccc" role="dialog" aria-label="Cookie Control"><div id="ccc-notify"><h3 id="ccc-notify-title">This site uses cookies to store information
on your computer.</h3><p>Some of these cookies are essential, while others help us to improve your experience.</p>
<button id="ccc-notify-accept">Accept Recommended Settings</button><button id="ccc-notify-reject">Reject All</button>
<button id="ccc-notify-dismiss">Cookie Preferences</button></div></div>
<script>CookieControl.load({"apiKey":"x","product":"PRO_MULTISITE","initialState":"notify"});</script></body></html>`;
const ombudsman: TestPage = {
  name: 'heldout371-ombudsman-decision-notice',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Summary'],
  body: texts(oSummary),
  bylines: ['29 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Information Rights Office', 'Make a complaint', ...oNav.slice(0, 4), 'Home', 'Decision notices', 'Date', 'Reference',
    'IC-318842-K7Q2', 'Public authority', 'Sector', 'Health', 'Partly upheld', 'Section of legislation', 'FOI 12, FOI 16',
    'Download the full decision notice', 'PDF, 214.6 KB', 'Related decisions', ...oRelated, 'Was this page useful?', 'Yes',
    'Search decision notices', 'Keyword or reference', 'Search', 'Appeal a decision',
    'If you disagree with a decision notice you can appeal to the First-tier Tribunal within 28 days.', ...oFoot,
    'Information Rights Office, Wycliffe House, Water Lane, Ashford ST4 9AX. Telephone 0303 555 0199.',
    'This site uses cookies to store information on your computer.', 'Some of these cookies are essential, while others help us to improve your experience.',
    'Accept Recommended Settings', 'Reject All', 'Cookie Preferences',
  ],
};

export const HELDOUT371_E: readonly TestPage[] = [ombudsman, dataRequest];
