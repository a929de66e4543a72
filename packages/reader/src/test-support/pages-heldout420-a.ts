import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout420-kit.js';

/**
 * Held-out batch 420, file a: an ICO-style enforcement notice page (Civic cookie control banner, site header with search,
 * breadcrumbs, the "Date / Type / Sector" facts list, download link, "Was this page helpful?" box, related enforcement
 * rail, footer) and an FCA-style final notice summary on Drupal (cookie banner, mega menu, breadcrumbs, published and
 * updated lines, share links, "Related links" box, "See all final notices" promo, footer).
 */
const iTitle = 'Harbourline Lettings Ltd';
const iIntro = [
  j(
    'We have issued an enforcement notice to Harbourline Lettings Ltd, a letting agent with eleven branches across the',
    'Severnmouth area, after it repeatedly failed to answer subject access requests from current and former tenants.',
  ),
  j(
    'Between January and November of last year we received 37 complaints about the company. In most of them a tenant had',
    'asked for copies of inspection reports, deposit records and emails about repairs, and had heard nothing back for months.',
  ),
];
const iH = ['What happened', 'What the notice requires', 'Our view'];
const iWhat = [
  j(
    'Harbourline told us that requests were sent to a shared inbox that was not monitored after a restructuring of its head',
    'office. Some requests were forwarded to branch managers, who did not know they had a legal deadline to meet.',
  ),
  j(
    'When we wrote to the company in June, it promised to clear the backlog within six weeks. By October, 212 requests',
    'were still outstanding, the oldest of them more than fourteen months old.',
  ),
];
const iReq = [
  'respond in full to every outstanding subject access request within 28 days of the date of the notice;',
  'appoint a named member of staff to log, track and answer requests, with cover during absences;',
  'train every branch manager and lettings negotiator on recognising a request, whatever words a tenant uses;',
  'send us a written report on its progress every month for six months.',
];
const iReqIntro = ['The notice requires Harbourline Lettings Ltd to:'];
const iReqOutro = [
  j(
    'Failure to comply with an enforcement notice is a criminal offence and may also lead to a monetary penalty.',
    'The company has the right to appeal to the First-tier Tribunal.',
  ),
];
const iView = [
  j(
    'People renting their homes often need their records to challenge a deposit deduction or to show that a repair was',
    'reported. When a landlord or agent sits on those records, tenants are left without the evidence they are entitled to.',
  ),
  j(
    'We recognise that Harbourline has since started to clear its backlog, but a promise is not the same as a working',
    'process. This notice makes the steps legally binding, and we will check that each one is met.',
  ),
];
const iNav = ['For the public', 'For organisations', 'Make a complaint', 'Action we\u2019ve taken', 'About the ICO'];
const iCrumbs = ['Home', 'Action we\u2019ve taken', 'Enforcement action'];
const iRel = ['Marlow Fenwick Homes Ltd', 'Crossgate Medical Practice', 'Northway Parcel Services Ltd'];
const iFoot = ['Accessibility', 'Privacy notice', 'Cookies', 'Terms and conditions', 'Contact us', 'Careers', 'Media centre'];
const iHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${iTitle} | ICO</title>
<meta name="description" content="We have issued an enforcement notice to Harbourline Lettings Ltd after it failed to answer subject access requests.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${iTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="ICO"><link rel="canonical"
href="https://ico.org.uk/action-weve-taken/enforcement/harbourline-lettings-ltd/">
<link rel="stylesheet" href="/static/css/main.min.css?v=5.12.0">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${iTitle}","datePublished":"2026-04-14",
"publisher":{"@type":"GovernmentOrganization","name":"Information Commissioner's Office"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"enforcement","enforcementType":"Enforcement notices"});</script>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script></head>
<body class="page-enforcement"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner"><div class="container"><a class="site-header__logo" href="/"><img src="/static/img/ico-logo.svg"
alt="ICO logo"></a><form class="site-search" action="/search/" role="search"><label for="q" class="visually-hidden">Search</label>
<input id="q" name="q" type="search" placeholder="Search ico.org.uk"><button type="submit">Search</button></form></div>
<nav class="primary-nav" aria-label="Main menu"><ul class="primary-nav__list">${links(iNav, 'primary-nav__item')}</ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">${links(iCrumbs, 'breadcrumb__item')}</ol></nav>
<main id="main-content" class="main" role="main"><div class="container"><div class="row"><div class="col-md-8">
<article class="enforcement-detail"><h1 class="page-title">${iTitle}</h1>
<dl class="enforcement-detail__meta"><dt>Date</dt><dd><time datetime="2026-04-14">14 April 2026</time></dd>
<dt>Type</dt><dd>Enforcement notices</dd><dt>Sector</dt><dd>Land or property services</dd></dl>
<div class="rich-text">
${ps(iIntro)}
<h2>${iH[0]}</h2>
${ps(iWhat)}
<h2>${iH[1]}</h2>
${ps(iReqIntro)}
<ul>${lis(iReq)}</ul>
${ps(iReqOutro)}
<h2>${iH[2]}</h2>
${ps(iView)}
</div>
<div class="download-panel"><a class="download-panel__link" href="/media/action-weve-taken/enforcement/harbourline-en.pdf">Download this notice
(PDF, 412K)</a></div></article>
<div class="feedback-panel"><h2 class="feedback-panel__title">Was this page helpful?</h2><button class="btn">Yes</button>
<button class="btn">No</button></div></div>
<aside class="col-md-4 related-rail"><h2 class="related-rail__title">Other enforcement action</h2><ul>${links(iRel, 'related-rail__item')}</ul>
<a class="related-rail__more" href="/action-weve-taken/enforcement/">View all enforcement action</a></aside></div></div></main>
<footer class="site-footer" role="contentinfo"><div class="container"><ul class="site-footer__links">${links(iFoot)}</ul>
<p class="site-footer__copy">\u00a9 Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF</p></div></footer>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-overlay"></div><div id="ccc-notify" class="ccc-notify__bottom">
<div class="ccc-notify-text"><h3>This site uses cookies to store information on your computer.</h3>
<p>Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.</p></div>
<div class="ccc-notify-buttons"><button id="ccc-recommended-settings" class="ccc-notify-button">Accept recommended settings</button>
<button id="ccc-reject-settings" class="ccc-notify-button">Reject all</button><button class="ccc-notify-link">Cookie preferences</button></div></div></div>
<script>CookieControl.load({apiKey:"b8f0c2",product:"PRO_MULTISITE",initialState:"notify",position:"left",theme:"light"});</script></body></html>`;
const ico: TestPage = {
  name: 'heldout420-ico-enforcement-notice',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: iH,
  body: texts([...iIntro, ...iWhat, ...iReqIntro, ...iReq, ...iReqOutro, ...iView]),
  bylines: ['14 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', ...iNav, ...iCrumbs, 'Date', 'Type', 'Enforcement notices', 'Sector', 'Land or property services',
    'Download this notice (PDF, 412K)', 'Was this page helpful?', 'Yes', 'Other enforcement action', ...iRel, 'View all enforcement action', ...iFoot,
    "\u00a9 Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF",
    'This site uses cookies to store information on your computer.',
    'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
    'Accept recommended settings', 'Reject all', 'Cookie preferences',
  ],
};

const fTitle = 'FCA fines Ardent Vale Wealth \u00a34.2 million for unsuitable pension transfer advice';
const fLead = [
  j(
    'The Financial Conduct Authority (FCA) has fined Ardent Vale Wealth Limited (Ardent Vale) \u00a34,218,600 for failing to ensure that',
    'the advice it gave to customers about transferring out of defined benefit pension schemes was suitable.',
  ),
  j(
    'Between March 2019 and September 2022, Ardent Vale advised 1,146 customers on whether to give up a guaranteed income in',
    'retirement. In a sample of files reviewed by the FCA, more than half of the recommendations to transfer were unsuitable',
    'or lacked the evidence needed to show they were suitable.',
  ),
];
const fH = ['Summary of the failings', 'The penalty', 'Notes to editors'];
const fFail = [
  'advisers relied on a standard fact-find that did not record customers\u2019 other sources of retirement income;',
  'the firm\u2019s file checks looked at whether forms were complete, not whether the advice itself was sound;',
  'a single senior adviser approved almost every transfer, including his own cases;',
  'customers were told that transfers would give them \u201cflexibility\u201d without any analysis of whether they needed it.',
];
const fFailIntro = ['The FCA found that:'];
const fPen = [
  j(
    'Ardent Vale agreed to resolve the matter and so qualified for a 30% discount. Without the discount, the FCA would have',
    'imposed a financial penalty of \u00a36,026,600.',
  ),
  j(
    'The firm has also agreed to a past business review overseen by a skilled person, under which 412 customers will have',
    'their advice reassessed and, where they lost out, receive redress. The FCA estimates redress will exceed \u00a39 million.',
  ),
  j(
    '\u201cTransferring a defined benefit pension is one of the most important decisions a person can make, and it usually cannot',
    'be undone,\u201d said Petra Lindqvist-Hale, joint executive director of enforcement and market oversight at the FCA.',
    '\u201cArdent Vale\u2019s checks were built to tidy up paperwork, not to protect customers. The firm must now put that right.\u201d',
  ),
];
const fNotes = [
  'The Final Notice for Ardent Vale Wealth Limited sets out the full findings.',
  'The skilled person was appointed under section 166 of the Financial Services and Markets Act 2000.',
  'Customers who think they received unsuitable advice can contact the Financial Ombudsman Service.',
];
const fMenu = ['Consumers', 'Firms', 'Publications', 'News', 'About', 'Careers'];
const fCrumbs = ['Home', 'News', 'Press releases'];
const fShare = ['Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Share by email'];
const fRel = ['Final Notice 2026: Ardent Vale Wealth Limited', 'Defined benefit pension transfers', 'Enforcement data'];
const fFoot = ['Contact us', 'Accessibility', 'Cookies', 'Privacy', 'Complaints', 'Freedom of information', 'Modern slavery statement'];
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${fTitle} | FCA</title>
<meta name="description" content="The FCA has fined Ardent Vale Wealth Limited for unsuitable defined benefit pension transfer advice.">
<meta property="og:title" content="${fTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@TheFCA">
<link rel="canonical" href="https://www.fca.org.uk/news/press-releases/fca-fines-ardent-vale-wealth">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}",
"datePublished":"2026-03-09T07:00:00+00:00","publisher":{"@type":"Organization","name":"FCA"}}</script>
<script>window.drupalSettings={"path":{"baseUrl":"/","currentPath":"node/23871"},"gtm":{"tagId":"GTM-FCA01"}};</script>
<link rel="stylesheet" media="all" href="/themes/custom/fca/dist/css/style.css?t9q2k1"></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="header" role="banner"><div class="header__inner">
<a href="/" rel="home" class="header__logo"><img src="/themes/custom/fca/logo.svg" alt="Financial Conduct Authority"></a>
<nav role="navigation" aria-labelledby="block-fca-main-menu" id="block-fca-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-fca-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(fMenu, 'menu-item')}</ul></nav>
</div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(fCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main" id="main-content"><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-press-release node--view-mode-full">
<div class="block-fca-page-title"><h1 class="page-title"><span class="field field--name-title">${fTitle}</span></h1></div>
<div class="node__meta"><div class="field field--name-field-published-date"><span class="field__label">First published:</span>
<time datetime="2026-03-09T07:00:00Z">09/03/2026</time></div><div class="field field--name-field-changed-date"><span class="field__label">Last
updated:</span> <time datetime="2026-03-10T11:24:00Z">10/03/2026</time></div>
<div class="field field--name-field-article-type">Press Releases</div></div>
<div class="share-links"><span class="share-links__label">Share this page</span><ul>${links(fShare, 'share-links__item')}</ul></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(fLead)}
<h2>${fH[0]}</h2>
${ps(fFailIntro)}
<ul>${lis(fFail)}</ul>
<h2>${fH[1]}</h2>
${ps(fPen)}
<h2>${fH[2]}</h2>
<ol>${lis(fNotes)}</ol>
</div>
<div class="related-links"><h2 class="related-links__title">Related links</h2><ul>${links(fRel)}</ul></div>
<div class="promo-box"><p class="promo-box__text">See all final notices</p><a href="/news/search-results?np_category=final%20notices"
class="promo-box__link">Search final notices</a></div></article></div></div></main>
<footer class="footer" role="contentinfo"><div class="footer__inner"><ul class="footer__links">${links(fFoot)}</ul>
<p class="footer__copy">\u00a9 Financial Conduct Authority 2026. 12 Endeavour Square, London, E20 1JN</p></div></footer>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-label="Cookie consent"><div class="eu-cookie-compliance-banner">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>Cookies on the FCA website</h2><p>We use necessary cookies to make our site work. We would also like to set analytics cookies to understand how
you use it.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">Accept analytics
cookies</button><button type="button" class="decline-button">Reject analytics cookies</button></div></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/sites/default/files/js/js_fca.js"></script></body></html>`;
const fca: TestPage = {
  name: 'heldout420-fca-final-notice-press-release',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fLead, ...fFailIntro, ...fFail, ...fPen, ...fNotes]),
  bylines: ['First published: 09/03/2026', 'Last updated: 10/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...fMenu, 'Breadcrumb', ...fCrumbs, 'Press Releases', 'Share this page', ...fShare,
    'Related links', ...fRel, 'See all final notices', 'Search final notices', ...fFoot,
    '\u00a9 Financial Conduct Authority 2026. 12 Endeavour Square, London, E20 1JN', 'Cookies on the FCA website',
    'We use necessary cookies to make our site work. We would also like to set analytics cookies to understand how you use it.',
    'Accept analytics cookies', 'Reject analytics cookies',
  ],
};

export const HELDOUT420_A: readonly TestPage[] = [ico, fca];
