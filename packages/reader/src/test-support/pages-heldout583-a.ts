import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rows, rowText } from './pages-heldout583-kit.js';

/**
 * Held-out batch 583, file a: a piano tuning service page on Squarespace 7.1 (page sections, button blocks, announcement bar,
 * cookie banner).
 */
const sTitle = 'Piano Tuning in the Wenlow Valley';
const sIntro = [
  j(
    'We tune uprights, grands and player pianos in homes, schools and churches across the Wenlow Valley. Every visit includes a',
    'check of the action and pedals, and a written note of anything that needs attention before it becomes expensive.',
  ),
  j(
    'Most pianos in a heated home drift out of tune within six to nine months. We recommend two tunings a year: one in autumn,',
    'after the heating comes on, and one in late spring.',
  ),
];
const sWhatH = 'What a standard tuning includes';
const sWhat = [
  'Aural and electronic tuning to A440, or to the pitch you prefer',
  'Tightening of loose action screws and pedal trapwork',
  'A check for sticking keys, buzzing strings and moth damage',
  'A short written report with any recommended work',
];
const sPriceH = 'Prices';
const sTable = [
  ['Standard tuning', '£85'],
  ['Pitch raise and tuning (more than 15 cents flat)', '£120'],
  ['Concert tuning on the day of a performance', '£140'],
  ['Travel beyond 20 miles of Harlby', '45p a mile'],
];
const sOutro = j(
  'Appointments run Tuesday to Saturday, 8.30am to 5pm. Please make sure the piano is clear of photographs and plants and that',
  'the room is quiet while we work. A standard tuning takes about an hour and a quarter.',
);
const sNav = ['Tuning', 'Repairs', 'Restorations', 'Pianos for Sale', 'About', 'Contact'];
const sFoot = ['Harlby Piano Workshop', '14 Mill Lane, Harlby', '01632 960 418', 'Instagram', 'Facebook', 'Privacy Policy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Piano Tuning — Harlby Piano Workshop</title>
<link rel="canonical" href="https://www.harlbypianos.co.uk/tuning"><meta property="og:site_name" content="Harlby Piano Workshop">
<meta property="og:title" content="Piano Tuning — Harlby Piano Workshop"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.harlbypianos.co.uk","name":"Harlby Piano Workshop","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Harlby Piano Workshop","address":"14 Mill Lane, Harlby","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1c","siteTitle":"Harlby Piano Workshop"},"templateId":"5c5a"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1c/12/5c5a/site.css"></head>
<body id="collection-61a2" class="header-width-full tweak-transparent-header primary-button-style-solid form-use-theme-colors
 tweak-global-animations-enabled collection-type-page collection-layout-default view-item mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/contact" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Autumn tuning slots for October are now fully booked. November dates
are open.</p></div></div><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="//images.squarespace-cdn.com/content/v1/5f1c/logo.png" alt="Harlby Piano Workshop"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><ul>${links(sNav, 'header-nav-item header-nav-item--collection')}</ul>
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Tuning</a></div></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a2">
<section data-test="page-section" data-section-theme="dark" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background"><div class="section-background">
<img alt="" src="https://images.squarespace-cdn.com/content/v1/5f1c/tuning-hero.jpg"></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--narrow"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">${ps(sIntro, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${sWhatH}</h3><ul data-rte-list="default">${lis(sWhat.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img alt="" src="https://images.squarespace-cdn.com/content/v1/5f1c/tuning-hammer.jpg"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Setting the pins on a 1912 Blüthner upright in Coldmarsh.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${sPriceH}</h3><table><thead><tr><th>Service</th><th>Price</th></tr></thead><tbody>${rows(sTable)}</tbody></table>
<p style="white-space:pre-wrap;">${sOutro}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center"
data-animation-role="button" data-alignment="center" data-button-size="medium"><a href="/book" class="sqs-block-button-element--medium
 sqs-button-element--primary sqs-block-button-element">Check available dates</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content">
${ps(sFoot.slice(0, 3))}</div></div><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><nav><ul>
${links(sFoot.slice(3, 5))}</ul></nav></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><p><a href="/privacy">${sFoot[5]}</a>
</p></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--position-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = finish({
  name: 'heldout583-squarespace-tuning',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sWhatH, sPriceH],
  body: [...sIntro, ...sWhat, ...sTable.map(rowText), sOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Autumn tuning slots for October are now fully booked. November dates are open.', 'Skip to Content', ...sNav, 'Book a Tuning',
    'Setting the pins on a 1912 Blüthner upright in Coldmarsh.', 'Check available dates', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT583_A: readonly TestPage[] = [squarespace];
