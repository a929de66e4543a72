import { ps, type TestPage } from './page-kit.js';
import { j, lis, settle } from './pages-heldout642-kit.js';

/** Held-out batch 642, file a2: a private group booking page on Squarespace 7.1 with an announcement bar and a form block. */
const sTitle = 'Private Group Tours';
const sIntro = [
  j(
    'Book the Corvel Street Ghost Tour for your own group, on the date and at the time that suits you. Private tours are popular',
    'for birthdays, hen parties, school trips and staff evenings, and every one is led by one of our regular storytellers.',
  ),
  'Private tours run all year, starting any time between 5pm and 10pm. Groups can be from 8 to 40 people.',
];
const sPrices = [
  'Up to 12 guests: £180 for the group',
  '13 to 25 guests: £15 per person',
  '26 to 40 guests: £13 per person, with a second guide',
  'School groups: £8 per pupil, teachers free',
];
const sMore = [
  j(
    'We can start the tour at your venue if it is in the old town, and we can soften the stories for younger guests or turn them',
    'up for the brave. A deposit of £50 holds your date; the balance is due a week before the tour.',
  ),
  'Send us the form below and we will reply within one working day to confirm the date and your guide.',
];
const sNav = ['Tours', 'Private Groups', 'Gift Cards', 'About', 'Contact'];
const sForm = [
  'Request a private tour',
  'Name',
  'First Name',
  'Last Name',
  'Email',
  'Preferred date',
  'Number of guests',
  'Anything we should know?',
  'Submit',
];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} &mdash; Corvel Street Ghost Tour</title>
<link rel="canonical" href="https://www.corvelstreetghosttour.com/private-groups"><meta property="og:site_name" content="Corvel Street Ghost Tour">
<meta property="og:title" content="${sTitle} &mdash; Corvel Street Ghost Tour"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{"currencyCode":"GBP"}},
"templateId":"5c5a519771c10ba3470d8101","pageType":2,"website":{"siteTitle":"Corvel Street Ghost Tour"}};</script>
<script type="application/ld+json">{"url":"https://www.corvelstreetghosttour.com","name":"Corvel Street Ghost Tour",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65a1/12/5c5a519771c10ba3470d8101/65a1/1561/site.css" rel="stylesheet" type="text/css">
</head><body id="collection-65a1f0c2e4b07a1d" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full tweak-transparent-header tweak-fixed-header-style-basic form-field-style-solid form-use-theme-colors">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/tours" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-custom-location"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<span class="sqs-announcement-bar-close" tabindex="0" role="button"></span><div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner">
<p>Halloween week dates are now on sale</p></div></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;}" data-first-focusable-element tabindex="-1">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Corvel Street Ghost Tour</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tours">Book a Tour</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a1f0c2e4b07a1d0001">
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle has-background black" data-section-id="65a1f0c2e4b07a1d0002">
<div class="section-border"><div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/65a1/lanterns.jpg"
data-load="false" elementtiming="nbf-background"></div></div><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="page-section" id="page-section-65a1f0c2e4b07a1d0002"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1705"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--medium horizontal-alignment--center vertical-alignment--middle white" data-section-id="65a1f0c2e4b07a1d0003"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Prices</h3><ul data-rte-list="default">${lis(sPrices.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">How it
works</h3>${ps(sMore, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_1_1706">
<div class="sqs-block-content"><div class="form-wrapper"><div class="form-title-wrapper"><div class="form-title">${sForm[0]}</div></div>
<div class="form-inner-wrapper"><form data-form-id="65a1f3" autocomplete="on" method="POST" novalidate><div class="field-list clear">
<fieldset id="name-yui_1" class="form-item fields name required"><legend class="title">${sForm[1]} <span class="required" aria-hidden="true">*</span></legend>
<div class="field first-name"><label class="caption"><input class="field-element field-control" name="fname" type="text" spellcheck="false" maxlength="30">
<span class="caption-text">${sForm[2]}</span></label></div><div class="field last-name"><label class="caption"><input class="field-element field-control"
name="lname"
type="text" maxlength="30"><span class="caption-text">${sForm[3]}</span></label></div></fieldset>
<div id="email-yui_2" class="form-item field email required"><label class="title" for="email-yui_2-field">${sForm[4]} <span class="required"
aria-hidden="true">*</span></label><input class="field-element" id="email-yui_2-field" name="email" type="email" autocomplete="email"></div>
<div id="date-yui_3" class="form-item field date"><label class="title" for="date-yui_3-field">${sForm[5]}</label><input class="field-element"
id="date-yui_3-field"
type="text" placeholder="DD/MM/YYYY"></div>
<div id="number-yui_4" class="form-item field number required"><label class="title" for="number-yui_4-field">${sForm[6]} <span class="required"
aria-hidden="true">*</span></label><input class="field-element" id="number-yui_4-field" type="number" min="8" max="40"></div>
<div id="textarea-yui_5" class="form-item field textarea"><label class="title" for="textarea-yui_5-field">${sForm[7]}</label>
<textarea class="field-element" id="textarea-yui_5-field"></textarea></div></div>
<div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit" value="${sForm[8]}"></div><div class="hidden form-submission-text">Thank you! We will be in touch within a day.</div>
</form></div></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
<p class="" style="text-align:center;white-space:pre-wrap;">Corvel Street Ghost Tour · 3 Corvel Street, Lymbridge</p>
<p class="" style="text-align:center;white-space:pre-wrap;"><a href="mailto:hello@corvelstreetghosttour.com">hello@corvelstreetghosttour.com</a></p>
</div></div></div><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content">
<nav><ul class="sqs-svg-icon--list"><li><a href="https://www.instagram.com/corvelghosts" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#instagram-unauth-icon"></use></svg>
</div></a></li></ul></nav></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to improve your experience and to see how the site is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary" type="button">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = settle({
  name: 'heldout642-squarespace-private-groups',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Prices', 'How it works'],
  body: [...sIntro, ...sPrices, ...sMore],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halloween week dates are now on sale', 'Skip to Content', 'Corvel Street Ghost Tour', ...sNav, 'Book a Tour', ...sForm.slice(0, 8),
    'Corvel Street Ghost Tour · 3 Corvel Street, Lymbridge', 'hello@corvelstreetghosttour.com',
    'We use cookies to improve your experience and to see how the site is used.', 'Accept', 'Decline',
  ],
});

export const HELDOUT642_A2: readonly TestPage[] = [squarespace];
