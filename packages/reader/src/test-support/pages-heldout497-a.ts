import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, j, lis, rowTexts, trs } from './pages-heldout497-kit.js';

/**
 * Held-out batch 497, file a: a day nursery's "About us" page built with Wix, and an early years inspection report summary
 * on a LocalGov Drupal site (GOV.UK Frontend styles) with a judgements table.
 */
const bTitle = 'About Bramblewood Day Nursery';
const bIntro = [
  j(
    'Bramblewood is a family-run day nursery in a converted Victorian schoolhouse on the edge of Kettlemere village. We care for up to',
    '48 children from six months to five years old, and most of our team have been with us for more than five years.',
  ),
  j(
    'We believe children learn best when they feel safe, known and free to explore. Every child has a key person who gets to know',
    'the family before the first settling-in session and who stays with the child as they move between rooms.',
  ),
];
const bRoomsH = 'Our rooms';
const bRooms = [
  '<strong>Hedgehogs</strong> (6 months to 2 years): a calm baby room with its own sleep room and garden.',
  '<strong>Badgers</strong> (2 to 3 years): messy play, music and lots of time outdoors.',
  '<strong>Owls</strong> (3 to 5 years): our preschool room, getting children ready for Reception.',
];
const bDayH = 'A day at Bramblewood';
const bDay = [
  j(
    'Doors open at 7.30am. Breakfast, lunch and tea are cooked on site by our chef, Marguerite, using vegetables from the',
    'nursery garden whenever we can. Every room spends part of each morning and afternoon outside, whatever the weather, so',
    'please send wellies and a waterproof.',
  ),
  'We close at 6pm, Monday to Friday, 51 weeks of the year. We are closed for one week between Christmas and New Year.',
];
const bFundH = 'Funded places';
const bFund = [
  j(
    'We offer funded places for eligible two-year-olds and 15 and 30 hours for three- and four-year-olds. Funded hours can be',
    'taken as school-day sessions or stretched across the year. A voluntary daily charge of &pound;6 covers meals and outings.',
  ),
];
const bNav = ['Home', 'About', 'Rooms', 'Fees', 'Gallery', 'Parents', 'Contact'];
const bFoot = ['Privacy Policy', 'Accessibility Statement', 'Terms'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>About | Bramblewood Day Nursery</title>
<meta name="description" content="Family-run day nursery in Kettlemere for children from six months to five years.">
<meta property="og:title" content="About | Bramblewood Day Nursery"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Bramblewood Day Nursery",
"address":{"@type":"PostalAddress","addressLocality":"Kettlemere"},"telephone":"01632 960 118"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"5f1c3e0a","isWixSite":false},"language":{"siteLanguage":"en"}};</script>
<script>var wixBiSession={initialTimestamp:Date.now(),viewerSessionId:"b19d2a",isjp:false};</script>
<style>#comp-lt8k1 { --txt: 47,46,46; } .font_0 { font: normal normal normal 42px/1.2em playfair display,serif; }</style>
<link rel="stylesheet" href="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css"></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_lt8k"></div></div>
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
<div class="pr8dC4"><div id="comp-lt8k1" class="comp-lt8k1 wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><a href="https://www.bramblewoodnursery.co.uk" class="wixui-rich-text__text">Bramblewood Day Nursery</a></p></div>
<div id="comp-lt8k2" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Call us: 01632 960 118</p></div>
<nav id="comp-lt8k3" aria-label="Site" class="wixui-dropdown-menu"><ul class="MS4CSi" role="menubar">${links(bNav, 'wixui-dropdown-menu__item')}</ul></nav>
<div id="comp-lt8k4" class="wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button"><span class="l7_2fn
wixui-button__label">Book a visit</span></a></div>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page"><div id="Containerc1dmp">
<section id="comp-lt9a0" class="wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lt9a1" class="comp-lt9a1 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${bTitle}</span></h1></div>
<div id="comp-lt9a2" class="wixui-rich-text" data-testid="richTextElement">
${ps(bIntro, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lt9a3" class="wixui-image" data-testid="imageX"><img src="https://static.wixstatic.com/media/8a1f2c_schoolhouse.jpg" alt="The nursery
building"></div>
</div></section>
<section id="comp-lt9b0" class="wixui-section"><div id="comp-lt9b1" class="wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${bRoomsH}</h2>
<ul class="font_8 wixui-rich-text__text">${lis(bRooms, 'wixui-rich-text__text')}</ul></div></section>
<section id="comp-lt9c0" class="wixui-section"><div id="comp-lt9c1" class="wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${bDayH}</h2>${ps(bDay, ' class="font_8 wixui-rich-text__text"')}
<h2 class="font_2 wixui-rich-text__text">${bFundH}</h2>${ps(bFund, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lt9c2" class="wixui-button"><a href="/fees" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">See our fees</span></a></div>
</section></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="pr8dC4"><div id="comp-lt8f1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">The Old Schoolhouse, Mill Lane, Kettlemere KM4 2BT</p>
<p class="font_9 wixui-rich-text__text">hello@bramblewoodnursery.co.uk</p></div>
<ul class="social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/bramblewoodnursery" aria-label="Facebook"><img alt="Facebook"
src="fb.png"></a></li></ul>
<ul class="footer-links">${links(bFoot)}</ul>
<div id="comp-lt8f2" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">&copy; 2026 by Bramblewood Day Nursery. Proudly created with Wix.com</p></div></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. By using this site
you agree to our use of cookies.</p><button data-hook="consent-banner-apply-button">Accept</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout497-wix-nursery-about',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [bRoomsH, bDayH, bFundH],
  body: texts([...bIntro, ...bRooms, ...bDay, ...bFund]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Bramblewood Day Nursery', 'Call us: 01632 960 118', ...bNav, 'Book a visit', 'See our fees',
    'The Old Schoolhouse, Mill Lane, Kettlemere KM4 2BT', 'hello@bramblewoodnursery.co.uk', ...bFoot,
    '© 2026 by Bramblewood Day Nursery. Proudly created with Wix.com', 'This website uses cookies. By using this site you agree to our use of cookies.',
    'Accept', 'Decline', 'Settings',
  ],
};

const iTitle = 'Little Wrens Preschool: early years inspection summary';
const iLead = 'This is a summary of the inspection of Little Wrens Preschool, Haddon Cross, carried out on 8 and 9 October 2026.';
const iRows = [
  ['Overall effectiveness', 'Good'],
  ['Quality of education', 'Good'],
  ['Behaviour and attitudes', 'Outstanding'],
  ['Personal development', 'Good'],
  ['Leadership and management', 'Good'],
];
const iLikeH = 'What is it like to attend this setting?';
const iLike = [
  j(
    'Children arrive happily and settle quickly. They are greeted by name at the door and know the routines well, hanging up their',
    'coats and finding their picture on the self-registration board. Staff know children well and plan activities around what',
    'each child is interested in.',
  ),
  j(
    'Children behave very well. They share resources, take turns on the bikes in the garden and remind each other of the',
    'preschool rules. Older children help younger ones to put on aprons before painting. Staff model kind words and praise',
    'children for being helpful.',
  ),
  j(
    'Children enjoy stories and songs. During the inspection, a group of children acted out a story about a lost mitten, using',
    'new words such as "shivering" and "burrow" with confidence.',
  ),
];
const iWellH = 'What does the early years setting do well and what does it need to do better?';
const iWell = [
  j(
    'The manager and staff have a clear idea of what they want children to learn before they move on to school. The curriculum',
    'is well sequenced, and staff build on what children already know. For example, children learn to cut with scissors using',
    'playdough before moving on to paper.',
  ),
  j(
    'Staff support children with special educational needs and/or disabilities well. The special educational needs coordinator',
    "works closely with parents and outside professionals, and targets in children's plans are precise and reviewed often.",
  ),
  j(
    'At times, staff ask too many questions in quick succession during group activities, which does not give quieter children',
    'enough time to think and respond. This means that some children do not join in as much as they could.',
  ),
  j(
    'Partnerships with parents are strong. Parents say they receive regular updates through the online learning journal and',
    'appreciate the home reading bags. The provider has recently introduced stay-and-play mornings for new families.',
  ),
];
const iSafeH = 'Safeguarding';
const iSafe = [
  'The arrangements for safeguarding are effective.',
  j(
    'Staff have a good understanding of the signs that a child may be at risk of harm and know how to report concerns. The',
    'manager follows safe recruitment procedures and checks the ongoing suitability of staff. The premises are secure.',
  ),
];
const iImproveH = 'What does the setting need to do to improve?';
const iImproveLead = 'To further improve the quality of the early years provision, the provider should:';
const iImprove = ['give children more time to think and respond to questions during group activities, so that all children can take part fully.'];
const iNav = ['Childcare and early years', 'Schools', 'Inspections and reports', 'About us'];
const iCrumbs = ['Home', 'Inspections and reports', 'Early years reports'];
const iSide = ['Find an inspection report', 'How we inspect early years settings', 'Complain about an early years setting'];
const iFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Contact us'];
const iHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="govuk-template"><head><meta charset="utf-8">
<title>${iTitle} | Northmoor Early Years Inspectorate</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="description" content="Summary of the early years inspection of Little Wrens Preschool, October 2026.">
<link rel="canonical" href="https://www.northmoor-eyi.gov.uk/reports/little-wrens-preschool-2026">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${iTitle}","datePublished":"2026-11-03"}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css"></head>
<body class="govuk-template__body path-node page-node-type-inspection-report">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Northmoor Early Years Inspectorate">
<div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on this site</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use cookies to collect information about how you use this site.</p></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" value="accept">Accept analytics cookies</button>
<button type="button" class="govuk-button" value="reject">Reject analytics cookies</button></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="lgd-header" role="banner">
<div class="lgd-header__inner lgd-container"><a href="/" class="lgd-header__logo" rel="home"><span>Northmoor Early Years Inspectorate</span></a>
<form class="lgd-header__search" action="/search" role="search"><label for="edit-s" class="visually-hidden">Search this site</label>
<input id="edit-s" name="s" type="search"><button type="submit" class="visually-hidden">Search</button></form></div>
<nav class="lgd-header__nav" aria-label="Main navigation"><ul class="lgd-header__nav-list">${links(iNav, 'lgd-header__nav-item')}</ul></nav></header>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${links(iCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav>
<main id="main-content" class="main" role="main"><div class="lgd-container"><div class="lgd-row">
<div class="lgd-row__two-thirds"><article role="article" class="node node--type-inspection-report node--view-mode-full">
<h1 class="lgd-page-title-block__title"><span class="field field--name-title">${iTitle}</span></h1>
<dl class="report-meta"><dt>Inspection date:</dt><dd>8 October 2026</dd><dt>Published:</dt><dd>3 November 2026</dd>
<dt>Unique reference number:</dt><dd>EY562871</dd></dl>
<div class="field field--name-body field--type-text-with-summary"><p class="govuk-body-l">${iLead}</p>
<table class="govuk-table"><caption class="govuk-table__caption govuk-visually-hidden">Inspection judgements</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col">Judgement</th><th scope="col">Grade</th></tr></thead>
<tbody class="govuk-table__body">${trs(iRows, 'govuk-table__row')}</tbody></table>
<h2>${iLikeH}</h2>${ps(iLike)}
<h2>${amp(iWellH)}</h2>${ps(iWell)}
<h2>${iSafeH}</h2>${ps(iSafe)}
<h2>${iImproveH}</h2>${ps([iImproveLead])}<ul>${lis(iImprove)}</ul></div>
<div class="report-download"><a class="govuk-button govuk-button--secondary" href="/files/EY562871-2026.pdf">Download the full report (PDF, 214KB)</a></div>
</article></div>
<aside class="lgd-row__one-third lgd-sidebar"><div class="block block-localgov-services"><h2>Related pages</h2><ul>${links(iSide)}</ul></div></aside>
</div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container"><ul class="lgd-footer__links">${links(iFoot)}</ul>
<p class="lgd-footer__copyright">&copy; Northmoor Early Years Inspectorate 2026</p></div></footer></div>
<script src="/themes/contrib/localgov_base/js/govuk-frontend.min.js"></script></body></html>`;
const inspection: TestPage = {
  name: 'heldout497-localgov-inspection-summary',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [iLikeH, iWellH, iSafeH, iImproveH],
  body: [...texts([iLead]), ...rowTexts(iRows), ...texts([...iLike, ...iWell, ...iSafe, iImproveLead, ...iImprove])],
  bylines: ['Inspection date:', '8 October 2026', 'Published:', '3 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on this site', 'We use cookies to collect information about how you use this site.', 'Accept analytics cookies',
    'Reject analytics cookies', 'Northmoor Early Years Inspectorate', 'Search this site', 'Search', ...iNav, ...iCrumbs.slice(0, 1), 'Early years reports',
    'Unique reference number:', 'EY562871', 'Download the full report (PDF, 214KB)', 'Related pages', ...iSide, ...iFoot,
    '© Northmoor Early Years Inspectorate 2026',
  ],
};

export const HELDOUT497_A: readonly TestPage[] = [wix, inspection];
