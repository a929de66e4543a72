import { links, type TestPage } from './page-kit.js';
import { type Block, j, page, render } from './pages-heldout563-kit.js';

/**
 * Held-out batch 563, file a: a bouldering gym's first-visit induction page on Squarespace 7.1 (announcement bar, cookie
 * banner, FAQ, price table, newsletter block); its second page is in file a2.
 */
const sTitle = 'Your first visit';
const sIntro: Block[] = [
  { p: 'New to Knuckle &amp; Chalk? Welcome. Everyone who climbs with us for the first time does a short induction, even if you have climbed before.' },
];
const sBlocks: Block[] = [
  { h: 'Before you come' },
  {
    p: j(
      'Book your first session online so we know to expect you. Inductions start on the hour from 10am to 8pm on weekdays and',
      'from 9am to 5pm at weekends. Please arrive ten minutes early to fill in the registration form on one of the tablets at reception.',
    ),
  },
  {
    ul: [
      'Wear clothes you can stretch in: leggings, joggers or shorts and a T-shirt.',
      'Bring a refillable water bottle. There is a water fountain by the lockers.',
      'Under-18s must be registered by a parent or guardian who stays for the induction.',
      'Shoe hire is included with your first visit. Socks are optional but most people prefer them.',
    ],
  },
  { h: 'What happens in the induction' },
  {
    p: j(
      'One of our floor staff will walk you round the centre and explain how the walls are laid out. The induction takes about fifteen',
      'minutes and is done in groups of up to six. After that the rest of the session is yours.',
    ),
  },
  {
    p: j(
      'You will learn how to read the coloured tags that mark each problem, where the start and finish holds are, and how to get down',
      'safely. We will ask you to show us a controlled down-climb and a fall onto the matting before you climb on your own.',
    ),
  },
  { h: 'Five rules on the mats' },
  {
    ol: [
      'Never walk or stand under someone who is climbing.',
      'Climb down whenever you can instead of jumping from the top.',
      'Land on your feet, bend your knees and roll backwards if you need to.',
      'Keep the matting clear of bottles, phones, brushes and bags.',
      'Only one person on a problem at a time, and watch for climbers traversing towards you.',
    ],
  },
  { h: 'Prices for your first visit' },
  {
    th: ['Ticket', 'Price', 'Includes'],
    rows: [
      ['Adult induction', '£16', 'Induction, shoe hire, chalk'],
      ['Concession induction', '£13', 'Induction, shoe hire, chalk'],
      ['Junior induction (8 to 17)', '£11', 'Induction and shoe hire'],
    ],
  },
  { h: 'Questions people ask' },
  { h: 'Do I need to be fit or strong?', n: 3 },
  {
    p: j(
      'No. The easiest problems are as easy as climbing a ladder, and every wall has climbs graded from white (starter) upwards.',
      'Most first-timers are surprised by how much they can do in their first hour.',
    ),
  },
  { h: 'I have climbed at another wall. Can I skip the induction?', n: 3 },
  {
    p: j(
      'You still need to register, but if you can show us a safe fall and down-climb we will sign you off in a couple of minutes.',
      'Every centre has its own layout, so we still point out the fire exits and the first-aid point.',
    ),
  },
];
const sIntroPart = render(sIntro, { p: 'class="sqsrte-large" style="white-space:pre-wrap;"' });
const sPart = render(sBlocks, { p: 'class="" style="white-space:pre-wrap;"' });
const sNav = ['Visit', 'Memberships', 'Classes', 'Kids', 'Timetable', 'Shop', 'About'];
const sFoot = ['Unit 4, Marrowgate Trading Estate', 'Hollinsby HX9 2TQ', 'Mon to Fri 10am to 10pm', 'Sat and Sun 9am to 8pm'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>Your first visit — Knuckle &amp; Chalk Bouldering</title>
<link rel="canonical" href="https://www.knuckleandchalk.co.uk/first-visit"><meta property="og:site_name" content="Knuckle &amp; Chalk Bouldering">
<meta property="og:title" content="Your first visit — Knuckle &amp; Chalk Bouldering"><meta property="og:type" content="website">
<meta name="description" content="Everything you need to know before your first bouldering session at Knuckle &amp; Chalk.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":2,"website":{"id":"5f1c2e",
"identifier":"knuckle-and-chalk","websiteType":1,"contentModifiedOn":1794038400000,"cloneable":false,"siteStatus":{},"language":"en-GB"}};</script>
<script type="application/ld+json">{"url":"https://www.knuckleandchalk.co.uk","name":"Knuckle &amp; Chalk Bouldering","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Knuckle and Chalk Ltd","address":"Unit 4, Marrowgate Trading Estate, Hollinsby HX9 2TQ",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1c2e/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
<style>#block-yui_3_17_2_1_1695 .sqs-block-button-element{min-width:220px}</style></head>
<body id="collection-6123ab" class="header-overlay-alignment-center tweak-transparent-header primary-button-style-solid
view-item collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-custom-location">
<div class="sqs-announcement-bar-content"><p>New setting on the Cave wall every Tuesday. <a href="/news">See what's new</a></p></div>
<span class="sqs-announcement-bar-close" role="button" tabindex="0" aria-label="Close Announcement"></span></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/5f1c2e/logo.png?format=1500w" alt="Knuckle &amp; Chalk Bouldering"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><span class="sqs-cart-quantity">0</span>
</span></a></div>
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/book">Book a session</a></div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="" aria-hidden="true" hidden>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div class="header-menu-nav-folder">${links(sNav, 'container header-menu-nav-item')}</div>
</nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6123ab">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="6123ac"><div class="section-background">
<img alt="" src="https://images.squarespace-cdn.com/content/v1/5f1c2e/first-visit-hero.jpg" data-image-focal-point="0.5,0.5"></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6123ac">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1681">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
${sIntroPart.html}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1695"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book your induction</a></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small"
data-section-id="6123ad"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">
<div class="row sqs-row"><div class="col sqs-col-8 span-8"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1702">
<div class="sqs-block-content"><div class="sqs-html-content">
${sPart.html}
</div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/5f1c2e/induction.jpg"
alt="A member of staff showing two new climbers the start holds"></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Inductions run every hour, on the hour.</p></div></figcaption></figure></div></div></div></div></div></div></div>
</section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section section-height--small" data-section-id="6123ae">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="6123af">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description">
<p class="" style="white-space:pre-wrap;">New problems, events and the odd discount, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email"
type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span>
</button></div></div><div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div>
<div class="form-submission-text" hidden><p>Thank you!</p></div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Find us</h3>
<p class="" style="white-space:pre-wrap;">${sFoot[0]}<br>${sFoot[1]}</p></div></div></div></div><div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Opening hours</h3>
<p class="" style="white-space:pre-wrap;">${sFoot[2]}<br>${sFoot[3]}</p></div></div></div></div><div class="col sqs-col-4 span-4">
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul class="sqs-svg-icon--list">
<li><a href="https://www.instagram.com/knuckleandchalk" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"></a></li>
<li><a href="https://www.facebook.com/knuckleandchalk" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a></li></ul></nav></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small">© 2027 Knuckle and Chalk Ltd.
<a href="/privacy">Privacy policy</a></p></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-button-element--secondary" data-test="cookie-banner-manage-button">Manage cookies</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" data-test="cookie-banner-accept-button">Accept all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = page(
  { name: 'heldout563-sqsp-first-visit', kind: 'docs', html: sHtml, title: sTitle },
  [sIntroPart, sPart],
  [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Skip to Content', "New setting on the Cave wall every Tuesday. See what's new", ...sNav, 'Book a session', 'Book your induction',
    'Inductions run every hour, on the hour.', 'Stay in the loop', 'New problems, events and the odd discount, once a month.', 'Email Address',
    'Sign Up', 'We respect your privacy.', 'Find us', 'Opening hours', ...sFoot, '© 2027 Knuckle and Chalk Ltd. Privacy policy',
    'This website uses cookies to improve your experience.', 'Manage cookies', 'Accept all',
  ],
);

export const HELDOUT563_A: readonly TestPage[] = [squarespace];
