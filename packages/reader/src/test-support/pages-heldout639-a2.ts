import { ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout639-kit.js';

/**
 * Held-out batch 639, file a2: a puppet theatre's shadow puppet workshop booking page on Squarespace (7.1) with its form block,
 * image caption, newsletter block and cookie banner.
 */
const sTitle = 'Shadow Puppet Workshop for Families';
const sDek = 'Saturdays in March, 10am – 12.30pm, in the studio behind the theatre';
const sBody = [
  j(
    'Spend a morning with our puppeteers making a jointed shadow puppet from card, split pins and willow sticks, then bring it to life',
    'on our big paper screen. By the end of the session each family will have rehearsed a short scene together and performed it to the',
    'rest of the group.',
  ),
  j(
    'The workshop is designed for children aged 6 to 11 with at least one grown-up. Younger brothers and sisters are welcome to come',
    'along, but the cutting work is fiddly and most under-fives enjoy watching more than making.',
  ),
  'What you will do',
  'Draw and cut a character with moving arms, legs or jaw',
  'Learn three ways to make a puppet walk, jump and turn on the screen',
  'Try coloured gels and a torch to make day, night and a storm',
  'Perform a one-minute scene in the studio shadow theatre',
  'Prices and booking',
  j(
    'Places cost £12 per child and £6 per adult, which covers all materials, a hot drink and a biscuit. Each booking is for one family',
    'of up to five people. We keep eight free places on every date for families who would otherwise not be able to come; tick the box',
    'on the form and you will not be asked why.',
  ),
  j(
    'The studio is on the ground floor with step-free access from Chandler’s Yard. Please wear clothes you do not mind getting glue on.',
    'If you need to cancel, tell us at least 48 hours before and we will refund you in full or move you to another date.',
  ),
];
const sNav = ['What’s On', 'Workshops', 'Visit', 'About the Lantern Box', 'Support Us'];
const sLabels = ['Name', 'Email', 'Date', 'Number of children', 'Number of adults', 'I would like a free place', 'Anything we should know?'];
const sDates = ['Saturday 6 March', 'Saturday 13 March', 'Saturday 20 March', 'Saturday 27 March'];
const sFoot = ['The Lantern Box Puppet Theatre', '4 Chandler’s Yard, Kelbrook KB2 7QT', 'Registered charity no. 1187734'];
const sBlock = (html: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${html}</div></div></div>`;
const sField = (label: string, input: string): string => `<div class="form-item field ${input} required"><label class="title">${label}
<span class="required" aria-hidden="true">*</span></label></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Shadow Puppet Workshop — The Lantern Box Puppet Theatre</title>
<link rel="canonical" href="https://www.lanternboxpuppets.org.uk/workshops/shadow-puppets">
<meta property="og:site_name" content="The Lantern Box Puppet Theatre"><meta property="og:title" content="Shadow Puppet Workshop">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"62f1c0a7","collectionId":"63a2","pageType":2,
"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.lanternboxpuppets.org.uk","name":"The Lantern Box Puppet Theatre","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/62f1c0a7/41/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-63a2" class="form-use-theme-colors header-overlay-alignment-center tweak-transparent-header primary-button-style-solid
 show-back-to-top-link">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>
Spring season tickets are on sale now</p></div><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
</div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="//images.squarespace-cdn.com/content/v1/62f1c0a7/lantern-logo.png" alt="The Lantern Box Puppet Theatre"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.length}"
data-animation-role="header-element">${t.replace(/&/g, '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tickets">Book Tickets</a></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a2">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle light" data-section-id="63a2a1">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63a2a1">
<div class="fe-block fe-block-yui_3_17_2_1_1"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img src="//images.squarespace-cdn.com/content/v1/62f1c0a7/workshop.jpg" alt="Children holding
card puppets in front of a lit paper screen"><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Last spring’s Saturday group
rehearsing behind the screen. Photo: Ines Corrow</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_2">${sBlock(`<h1 style="white-space:pre-wrap;">${sTitle}</h1>
<h4 style="white-space:pre-wrap;">${sDek}</h4>`)}</div>
<div class="fe-block fe-block-yui_3_17_2_1_3">${sBlock(`${ps(sBody.slice(0, 2), ' style="white-space:pre-wrap;" class=""')}
<h3 style="white-space:pre-wrap;">${at(sBody, 2)}</h3><ul data-rte-list="default">${sBody
  .slice(3, 7)
  .map((t) => `<li><p style="white-space:pre-wrap;" class="">${t}</p></li>`)
  .join('\n')}</ul>
<h3 style="white-space:pre-wrap;">${at(sBody, 7)}</h3>${ps(sBody.slice(8), ' style="white-space:pre-wrap;" class=""')}`)}</div>
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed dark"
data-section-id="63a2a2"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63a2a2"><div class="fe-block">
<div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-title">Book your family’s places</div><div class="form-inner-wrapper" data-controller="FormBlock"><form autocomplete="on"
novalidate><div class="field-list clear">${sField(at(sLabels, 0), 'text')}${sField(at(sLabels, 1), 'email')}
<div class="form-item field select required"><label class="title" for="select-yui">${sLabels[2]}</label><select id="select-yui">
${sDates.map((d) => `<option value="${d}">${d}</option>`).join('')}</select></div>${sField(at(sLabels, 3), 'number')}${sField(at(sLabels, 4), 'number')}
<fieldset class="form-item field checkbox"><div class="option"><label><input type="checkbox" name="free-place">${sLabels[5]}</label></div></fieldset>
<div class="form-item field textarea"><label class="title">${sLabels[6]}</label><textarea></textarea></div></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit">Request Places</button></div><div class="hidden form-submission-text">Thank you! We will email you within two working days.</div>
</form></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content">${sBlock(ps(sFoot, ' style="white-space:pre-wrap;"'))}
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Join our mailing list</h2><p class="newsletter-form-header-description">New shows and workshops, once a month.</p>
<form class="newsletter-form"><label class="newsletter-form-field-label title">Email Address</label><input type="email" name="email">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit">Sign Up</button></form></div></div></div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-enabled" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const puppetWorkshop: TestPage = {
  name: 'heldout639-puppet-workshop-squarespace',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 2), at(sBody, 7)],
  body: [sDek, ...sBody.filter((_, i) => i !== 2 && i !== 7)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring season tickets are on sale now', 'Skip to Content', ...sNav, 'Book Tickets',
    'Last spring’s Saturday group rehearsing behind the screen. Photo: Ines Corrow', 'Book your family’s places',
    ...sLabels.filter((l) => l !== 'Date'), 'Request Places', ...sFoot, 'Join our mailing list', 'New shows and workshops, once a month.', 'Email Address',
    'Sign Up', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT639_A2: readonly TestPage[] = [puppetWorkshop];
