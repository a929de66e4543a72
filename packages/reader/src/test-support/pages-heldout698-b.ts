import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file b: a pressing booking page of a community press on Squarespace 7.1 with a form block, and a forum
 * thread on Discourse (the crawler view Discourse serves without JavaScript) about using a garden shredder as a scratter.
 */
const sTitle = 'Book a pressing slot';
const sIntro = [
  j(
    'From the first Saturday in September to the end of October the press in the old dairy on Hollins Lane is open to anyone with',
    'apples to spare. Book a slot below and we will confirm it by email within two days.',
  ),
];
const sHeads = ['How a session works', 'Prices', 'Before you come'];
const sHow = [
  j(
    'Each slot lasts an hour. One of our volunteers runs the scratter and the press with you; you wash the fruit, load the cloths and',
    'take the juice away. An hour is enough for about 40 kg of apples, which gives 20 to 25 litres of juice.',
  ),
];
const sPrices = ['Members: free', 'Non-members: £12 an hour', 'Pasteuriser hire: £5 a session, bottles and caps at cost'];
const sBefore = [
  'Bring your own containers, washed and rinsed: buckets, demijohns or bottles with lids',
  'Remove leaves, twigs and any rotten fruit before you arrive',
  'Wear shoes you do not mind getting sticky',
];
const sNav = ['About the press', 'Bookings', 'Membership', 'Contact'];
const sForm = ['Name', 'First Name', 'Last Name', 'Pressing date', 'Roughly how many apples?', 'One carrier bag holds about 8 kg.'];
const sFoot = [
  'Hollins Lane Community Press',
  'The Old Dairy, Hollins Lane, Kettlebrook',
  'Registered charity no. 1190442',
  'Press news',
  'Sign up with your email address to receive news and updates.',
  'Sign up',
  'We respect your privacy.',
];
const sCookie = ['This site uses cookies to improve your experience and to analyse traffic.', 'Accept all', 'Decline all', 'Manage cookies'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Book a slot — Hollins Lane Community
Press</title>
<link rel="canonical" href="https://www.hollinslanepress.org/book"><meta property="og:site_name" content="Hollins Lane Community Press">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"64f0c2a1b3","templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.hollinslanepress.org","name":"Hollins Lane Community Press",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f0c2/12/5c5a519771c10ba3470d8101/64f0c2a1b3/1521/site.css" rel="stylesheet"
type="text/css"></head>
<body id="collection-64f0c2a1b3" class="form-field-style-solid header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid
collection-type-page collection-layout-default mobile-style" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Hollins Lane Community Press</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f0c2a1b3e1">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64f0c2a1b3e2"><div class="section-border"><div
class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64f0c2a1b3e2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1693"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${at(sHeads, 0)}</h3>${ps(sHow, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${at(sHeads, 1)}</h3><ul data-rte-list="default">${lis(
  sPrices.map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
<h3 style="white-space:pre-wrap;">${at(sHeads, 2)}</h3><ul data-rte-list="default">${lis(
  sBefore.map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
</div></div></div>
<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_1_1694"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-inner-wrapper"><form data-form-id="64f0c4d2" autocomplete="on" method="POST" action="https://www.hollinslanepress.org" novalidate
onsubmit="return (function (form) { Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) { (new Y.Squarespace.FormSubmit(form)).submit({ formId:
'64f0c4d2', collectionId: '64f0c2a1b3', objectName: 'page-section-64f0c2a1b3e2' }); }); return false; })(this);">
<div class="field-list clear"><fieldset id="name-yui_3_17_2_1_1695" class="form-item fields name required"><legend class="title">Name <span class="required"
aria-hidden="true">*</span></legend>
<div class="field first-name"><label class="caption"><input class="field-element field-control" name="fname" type="text" maxlength="30"
aria-required="true">First Name</label></div>
<div class="field last-name"><label class="caption"><input class="field-element field-control" name="lname" type="text" maxlength="30" aria-required="true">Last
Name</label></div></fieldset>
<div id="email-yui_3_17_2_1_1696" class="form-item field email required"><label class="title" for="email-yui_3_17_2_1_1696-field">Email <span class="required"
aria-hidden="true">*</span></label>
<input class="field-element" id="email-yui_3_17_2_1_1696-field" name="email" type="email" autocomplete="email" spellcheck="false" aria-required="true"></div>
<div id="select-yui_3_17_2_1_1697" class="form-item field select required"><label class="title" for="select-yui_3_17_2_1_1697-field">Pressing date
<span class="required" aria-hidden="true">*</span></label><select id="select-yui_3_17_2_1_1697-field" name="select-yui_3_17_2_1_1697-field"
aria-required="true">
<option value="" disabled selected>Select an option</option><option value="Saturday 5 September">Saturday 5 September</option>
<option value="Saturday 12 September">Saturday 12 September</option><option value="Saturday 19 September">Saturday 19 September</option></select></div>
<div id="text-yui_3_17_2_1_1698" class="form-item field text"><label class="title" for="text-yui_3_17_2_1_1698-field">Roughly how many apples?</label>
<div class="description">One carrier bag holds about 8 kg.</div><input class="field-element text" type="text" id="text-yui_3_17_2_1_1698-field"></div></div>
<div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button sqs-editable-button
sqs-button-element--primary"
type="submit" value="Request slot"></div><div class="hidden form-submission-text">Thank you! We will email you to confirm your slot.</div>
<div class="hidden form-submission-html" data-submission-html=""></div></form></div></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"><div
class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block
sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><strong>${at(sFoot, 0)}</strong></p>
<p class="" style="white-space:pre-wrap;">${at(sFoot, 1)}</p><p class="" style="white-space:pre-wrap;">${at(sFoot, 2)}</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">
<a href="https://www.instagram.com/hollinslanepress" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div><svg
class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#instagram-unauth-icon"></use></svg></div></a>
<a href="https://www.facebook.com/hollinslanepress" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div><svg
class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#facebook-unauth-icon"></use></svg></div></a>
</nav></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="64f0c5e3" autocomplete="on" method="POST"
novalidate>
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${at(sFoot, 3)}</h2><div
class="newsletter-form-header-description"><p>${at(sFoot, 4)}</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1700-field">Email Address</label><input class="newsletter-form-field-element
field-element" name="email"
type="email" spellcheck="false" placeholder="Email Address" id="email-yui_3_17_2_1_1700-field"></div></div><div class="newsletter-form-button-wrapper
submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button" type="submit" value="Sign up"><span
class="newsletter-form-button-label">${at(sFoot, 5)}</span>
</button></div></div><div class="newsletter-form-footnote"><p>${at(sFoot, 6)}</p></div><div class="hidden form-submission-text">Thank
you!</div></form></div></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--light sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text">
<p>${at(sCookie, 0)}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-accept">${at(sCookie, 1)}</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">${at(sCookie, 2)}</button><button
class="sqs-cookie-banner-v2-manage">${at(sCookie, 3)}</button></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const bookingSqs: TestPage = {
  name: 'heldout698-press-booking',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sHow, ...sPrices, ...sBefore]),
  bylines: [],
  furniture: ['Skip to Content', ...sNav, ...sForm, ...sFoot, 'Email Address', ...sCookie],
};

export const HELDOUT698_B: readonly TestPage[] = [bookingSqs];
