import { type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file b2: an ice arena public skating times page on Squarespace 7.1 (fluid engine, newsletter block).
 */
const cTitle = 'Public Skating';
const cIntro = [
  j(
    'Public skating is open to skaters of every age and ability. Sessions are 90 minutes long and the ice is resurfaced before',
    'each one. Tickets are sold online and at the front desk; weekend sessions often sell out, so we recommend booking ahead.',
  ),
];
const cDays: readonly (readonly [string, readonly string[]])[] = [
  ['Weekdays', ['Monday – Friday: 12:00 – 1:30 pm (Lunch Skate, adults only)', 'Tuesday and Thursday: 7:00 – 8:30 pm']],
  ['Weekends', ['Saturday: 1:00 – 2:30 pm, 3:00 – 4:30 pm and 7:30 – 9:00 pm (Cosmic Skate)', 'Sunday: 1:00 – 2:30 pm and 3:00 – 4:30 pm']],
];
const cPrices = ['Adults (18–64): $9', 'Youth (4–17) and seniors (65+): $7', 'Children 3 and under: free with a paying adult', 'Skate rental: $5'];
const cRules = j(
  'Helmets are strongly recommended for all skaters under 12 and are free to borrow from the rental counter. Skating aids',
  '(the orange walkers) are $4 and are available on a first-come, first-served basis. No sticks, pucks or figure skating',
  'jumps during public sessions.',
);
const cClosed = j(
  'The arena is closed for public skating on Thanksgiving Day, December 25 and during the Cedar Hollow Invitational tournament',
  '(February 13–16). Any changes to the schedule are posted on our Instagram by 10 am on the day.',
);
const cNav = ['Public Skating', 'Programs', 'Hockey', 'Rentals', 'About'];
const sqText = (
  id: string,
  inner: string,
): string => `<div class="fe-block fe-block-yui_3_17_2_1_${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const sp = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const section = (id: string, inner: string): string => `<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section
background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="${id}">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-${id}">
${inner}</div></div></div></section>`;
const cSched = cDays.map(([d, lines]) => `<h3 style="white-space:pre-wrap;">${d}</h3>${lines.map(sp).join('')}`).join('\n');
const cHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Public Skating — Cedar Hollow Ice Arena</title>
<link rel="canonical" href="https://www.cedarhollowice.com/public-skating"><meta property="og:site_name" content="Cedar Hollow Ice Arena">
<meta property="og:title" content="Public Skating — Cedar Hollow Ice Arena"><meta name="description" content="Public skating sessions, prices and rules.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1c0a2","siteTitle":"Cedar Hollow Ice Arena"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.cedarhollowice.com","name":"Cedar Hollow Ice Arena","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1c0a2/41/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1c3e8b2" class="primary-button-style-solid primary-button-shape-pill header-overlay-alignment-center header-width-full
tweak-fixed-header
tweak-global-animations-enabled tweak-blog-alternating-side-by-side-width-full form-field-style-solid header-button-style-solid">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-custom-location">
<div class="sqs-announcement-bar-content">
<p>Rink 2 is closed for maintenance until January 5. All public sessions run on Rink 1.</p></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Cedar Hollow Ice Arena</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${cNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === cTitle ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="https://cedarhollowice.frontdesk.example/tickets">Buy Tickets</a>
</div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="black" data-current-styles="{}" hidden><div class="header-menu-bg theme-bg--primary">
</div>
<div class="header-menu-nav"><nav class="header-menu-nav-list">${cNav
  .map(
    (t) => `<div class="container header-menu-nav-item">
<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`,
  )
  .join('')}</nav></div></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1c3e8b2a0">
${section(
  '63f1c3e8c01',
  `${sqText('1676787543210_4521', `<h1 style="white-space:pre-wrap;">${cTitle}</h1>${sp(cIntro[0] ?? '')}`)}
<div class="fe-block fe-block-yui_3_17_2_1_1676787543210_7790"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left" data-button-size="medium"
data-button-type="primary">
<a href="https://cedarhollowice.frontdesk.example/tickets"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a Session</a></div></div></div></div>`,
)}
${section(
  '63f1c3e8c02',
  `${sqText('1676787612011_3307', `<h2 style="white-space:pre-wrap;">Session times</h2>${cSched}`)}
${sqText('1676787612011_5518', `<h2 style="white-space:pre-wrap;">Admission</h2><ul data-rte-list="default">${lis(cPrices.map(sp))}</ul>`)}`,
)}
${section(
  '63f1c3e8c03',
  `${sqText('1676787700400_1201', `<h2 style="white-space:pre-wrap;">Before you come</h2>${sp(cRules)}${sp(cClosed)}`)}
<div class="fe-block fe-block-yui_3_17_2_1_1676787700400_2290"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure image-block-wrapper">
<div class="fluid-image-animation-wrapper">
<img src="https://images.squarespace-cdn.com/content/v1/63f1c0a2/cosmic-skate.jpg" alt="Skaters under coloured lights"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Cosmic Skate runs every Saturday night with lights and a DJ.</p></div></figcaption>
</figure></div></div></div></div>`,
)}
${section(
  '63f1c3e8c04',
  `<div class="fe-block fe-block-yui_3_17_2_1_1676787800555_4100"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="63f1d0aa">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get rink updates</h2><div class="newsletter-form-header-description">
<p>Schedule changes, holiday sessions and camp news, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_4100-field">Email Address</label>
<input id="email-yui_3_17_2_1_4100-field" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div></form></div>
</div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${section(
  '63f1c0a2f01',
  sqText(
    '1676786000000_1001',
    `${sp('<strong>Cedar Hollow Ice Arena</strong>')}
${sp(`480 Millrace Road, Cedar Hollow, MN 55399`)}${sp(`(555) 014-2290 ·
info@cedarhollowice.com`)}${sp(`<a href="https://instagram.com/">Instagram</a> · <a href="https://facebook.com/">Facebook</a>`)}`,
  ),
)}</footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--active"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const cedar: TestPage = {
  name: 'heldout565-squarespace-ice-public',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Session times', 'Weekdays', 'Weekends', 'Admission', 'Before you come'],
  body: [...cIntro, ...cDays.flatMap(([, lines]) => lines), ...cPrices, cRules, cClosed],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Rink 2 is closed for maintenance until January 5. All public sessions run on Rink 1.', 'Cedar Hollow Ice Arena',
    ...cNav.filter((t) => t !== cTitle), 'Buy Tickets', 'Book a Session', 'Cosmic Skate runs every Saturday night with lights and a DJ.',
    'Get rink updates', 'Schedule changes, holiday sessions and camp news, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '480 Millrace Road, Cedar Hollow, MN 55399', '(555) 014-2290 · info@cedarhollowice.com', 'Instagram · Facebook',
    'This website uses cookies to improve your experience.', 'Accept',
  ],
};

export const HELDOUT565_B2: readonly TestPage[] = [cedar];
