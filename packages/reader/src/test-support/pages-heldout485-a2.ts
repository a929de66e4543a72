import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout485-kit.js';

/** Held-out batch 485, file a2: an orchestra's audition page on Squarespace 7.1 with an enquiry form and a newsletter block. */
const sTitle = 'Auditions for the 2027 season';
const sIntro = [
  j(
    'Brackenford Symphony Orchestra is looking for new players in the violin, viola and horn sections for the season that begins',
    'in January 2027. We are an amateur orchestra of about sixty players and give four concerts a year in Brackenford Town Hall.',
  ),
  j(
    'Auditions are friendly and informal. They take place at Holloway Road Methodist Church on Saturday 7 November and',
    'Sunday 8 November, and each one lasts about fifteen minutes.',
  ),
];
const sH1 = 'What we ask you to play';
const sList = [
  'a piece of your own choice, lasting no more than five minutes',
  'a short orchestral excerpt, which we send you two weeks before your audition',
  'a few bars of sight-reading, chosen from this season&rsquo;s music',
];
const sH2 = 'Rehearsals and membership';
const sS2 = [
  j(
    'We rehearse on Wednesday evenings from 7.30pm to 9.45pm, with an extra Sunday afternoon rehearsal before each concert.',
    'Players are expected to come to at least three quarters of the rehearsals in each concert period.',
  ),
  j(
    'The membership subscription is £165 a year, or £60 for students and those on a low income. Music is provided, and',
    'we ask you to return your parts, with pencil markings only, after the concert.',
  ),
];
const sH3 = 'How to apply';
const sS3 = [
  j(
    'Fill in the form below and our orchestra manager, Felicity Onyango, will reply with a time slot. If none of the dates suit',
    'you, say so in the message and we will try to find another time before the first rehearsal.',
  ),
];
const sNav = ['Concerts', 'About', 'Auditions', 'Support us', 'Contact'];
const sFoot = ['Privacy policy', 'Safeguarding', 'Facebook', 'Instagram'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Auditions &mdash; Brackenford Symphony Orchestra</title><link rel="canonical" href="https://www.brackenfordso.org/auditions">
<meta property="og:site_name" content="Brackenford Symphony Orchestra"><meta property="og:title" content="Auditions &mdash; Brackenford Symphony Orchestra">
<script type="text/javascript" crossorigin="anonymous" defer="true" src="https://assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.brackenfordso.org",
"name":"Brackenford Symphony Orchestra","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1c2/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64f1c2a8b9e71d2c" class="primary-button-style-solid primary-button-shape-pill header-layout-nav-right tweak-global-animations-enabled
 view-page collection-type-page collection-layout-default">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-url"><a href="/concerts">
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Winter concert: Saturday 28 November &ndash; tickets now on sale</p>
</div></div></a></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-controller="Header"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">
Brackenford Symphony Orchestra</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection${n === 'Auditions' ? ' header-nav-item--active' : ''}"><a href="/${n.toLowerCase()}"
data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title
visually-hidden">Close Menu</span></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1c2a8b9e71d2c0001">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64f1c2a8b9e71d2c0001"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1698412">
<div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sH1}</h2><ul data-rte-list="default">${lis(sList.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sH2}</h2>${ps(sS2, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sH3}</h2>${ps(sS3, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper">
<img data-src="https://images.squarespace-cdn.com/content/v1/64f1/horns.jpg" alt="Horn section in rehearsal" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">Our horn section at the summer concert. Photo: Joel Amadi</p></div>
</figcaption>
</figure></div></div>
<div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-title">Audition request</div>
<form data-form-id="64f1c2a8b9e71d2c0042" autocomplete="on" method="POST" novalidate><div class="field-list clear">
<fieldset class="form-item fields name required"><legend class="title">Name <span class="required" aria-hidden="true">*</span></legend>
<div class="field first-name"><label class="caption"><input class="field-element field-control" name="fname" type="text" aria-required="true">
<span class="caption-text">First Name</span></label></div><div class="field last-name"><label class="caption"><input class="field-element field-control"
name="lname" type="text"><span class="caption-text">Last Name</span></label></div></fieldset>
<div class="form-item field email required"><label class="title" for="email-yui_3">Email <span class="required" aria-hidden="true">*</span></label>
<input class="field-element" id="email-yui_3" name="email" type="email"></div>
<div class="form-item field select required"><label class="title" for="select-yui_4">Instrument</label><select id="select-yui_4" name="select">
<option value="">Select an option</option><option>Violin</option><option>Viola</option><option>Horn</option></select></div>
<div class="form-item field textarea"><label class="title" for="textarea-yui_5">Message</label><textarea class="field-element" id="textarea-yui_5">
</textarea></div>
</div><div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit">Send request</button></div></form></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Concert news</h2>
<div class="newsletter-form-header-description"><p>Sign up for four short emails a year about our concerts.</p></div></div>
<form class="newsletter-form" data-form-id="64f1c2a8b9e71d2c0050"><div class="newsletter-form-field-wrapper form-item field email required"><label
class="newsletter-form-field-label title" for="email-newsletter">Email Address</label>
<input id="email-newsletter" class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="">Brackenford Symphony Orchestra is a registered charity, no. 1102946.</p>
<p class="">${sFoot.map((f) => `<a href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a>`).join(' · ')}</p></div></div></div></div></div></section>
</footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = finish({
  name: 'heldout485-squarespace-auditions',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sIntro, ...sList, ...sS2, ...sS3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Winter concert: Saturday 28 November – tickets now on sale', 'Skip to Content', 'Brackenford Symphony Orchestra', ...sNav,
    'Our horn section at the summer concert. Photo: Joel Amadi', 'Audition request', 'Name', 'First Name', 'Last Name', 'Email', 'Instrument',
    'Message', 'Send request', 'Concert news', 'Sign up for four short emails a year about our concerts.', 'Email Address', 'Sign Up',
    'We respect your privacy.', 'Brackenford Symphony Orchestra is a registered charity, no. 1102946.', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT485_A2: readonly TestPage[] = [squarespace];
