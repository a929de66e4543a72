import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file a: a florist's wedding flowers page on Squarespace 7.1 (page sections, gallery with captions,
 * newsletter block in the footer, cookie banner).
 */
const sTitle = 'Wedding Flowers';
const sIntro = [
  j(
    'We are a small studio on the edge of Marlow Fen, growing much of what we use on two acres of cutting garden. For weddings we',
    'work with the season rather than against it: tell us the feeling you are after and we will build it from what is at its best that week.',
  ),
  j(
    'We take on no more than two weddings a weekend, so the person you meet at your consultation is the person who arrives with the',
    'buckets on the morning.',
  ),
];
const sH2a = 'How it works';
const sHow = [
  j(
    'Every wedding starts with a free hour-long consultation in the studio or by video call. Bring pictures, fabric swatches, your',
    'venue plan, anything that helps. Within a week we send a written proposal with a mood board and an itemised quote.',
  ),
  j(
    'A 25% deposit holds your date. We confirm the final numbers eight weeks before the day, and the balance is due four weeks before.',
    'Changes to quantities are welcome up to that point.',
  ),
];
const sH2b = 'Packages';
const sPk: readonly (readonly [string, string, string])[] = [
  ['The Posy', 'From £650', 'Bridal bouquet, two bridesmaids\u2019 posies, six buttonholes and two corsages. Ideal for registry office and small ceremonies.'],
  [
    'The Garden',
    'From £1,800',
    'Everything in The Posy, plus an arch or ceremony urns, twelve table centrepieces and flowers for the cake. Collection of hired pieces included.',
  ],
  [
    'The Full Bloom',
    'From £3,900',
    'A full design for ceremony and reception: installations, hanging pieces, candles and glassware, set-up on the day and clearing at midnight.',
  ],
];
const sIncl = [
  'A site visit to your venue',
  'Delivery within 40 miles of the studio',
  'Hire of vases, urns and candle holders',
  'A pressed keepsake from your bouquet',
];
const sInclLead = 'Every package includes:';
const sH2c = 'Kind words';
const sQuote = j(
  'Nell understood exactly what we meant by "a bit wild but not messy". The barn looked like the hedgerows had wandered in,',
  'and my bouquet smelled of sweet peas all night.',
);
const sCite = '\u2014 Hannah and Joel, married at Stowford Tithe Barn';
const sNav = ['Weddings', 'Events', 'Shop', 'Workshops', 'About', 'Contact'];
const sCaps = ['Garden roses, sweet peas and jasmine for a June bride', 'Meadow urns at the ceremony, Stowford Tithe Barn'];
const sNews = [
  'Join our mailing list',
  'Seasonal notes, workshop dates and the odd flower sale. No more than once a month.',
  'Sign Up',
  'We respect your privacy.',
];
const sFoot = [
  'Hawthorn & Hive Floral Studio',
  'Unit 3, Fen End Nurseries, Marlow Fen MF4 2QT',
  'Studio open Thursday to Saturday, 9am to 4pm',
  'Instagram',
  'Pinterest',
];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Wedding Flowers &mdash; Hawthorn &amp; Hive Floral Studio</title>
<link rel="canonical" href="https://www.hawthornandhive.co.uk/weddings"><meta property="og:site_name" content="Hawthorn &amp; Hive Floral Studio">
<meta property="og:title" content="Wedding Flowers &mdash; Hawthorn &amp; Hive Floral Studio"><meta itemprop="name" content="Wedding Flowers">
<script type="application/ld+json">{"url":"https://www.hawthornandhive.co.uk","name":"Hawthorn & Hive Floral Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Hawthorn & Hive Floral Studio","address":"Unit 3, Fen End Nurseries","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/1/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
<style>.sqs-cookie-banner-v2{position:fixed;bottom:0}</style></head>
<body id="collection-64a1c2e0f0b7a21d3e0c9a11" class="header-overlay-alignment-center tweak-social-icons-style-regular
 tweak-blog-alternating-side-by-side-width-full primary-button-style-solid collection-type-page collection-64a1c2e0f0b7a21d3e0c9a11
 collection-layout-default mobile-style-available sqs-seven-one">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64a1/logo.png"
alt="Hawthorn &amp; Hive Floral Studio"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div
class="icon-cart-quantity">0</div></span></a></div>
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a consultation</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close
Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a
href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c2e0f0b7a21d3e0c9a14">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1c2e0f0b7a21d3e0c9a15">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-64a1c2e0f0b7a21d3e0c9a16"><div class="fe-block fe-block-yui_3_17_2_1_1688">
<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_1688">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section gallery-section background-width--full-bleed light"
 data-section-id="64a1c2e0f0b7a21d3e0c9a17"><div class="section-background"></div><div class="content-wrapper"><div class="gallery-grid
 gallery-grid--layout-grid" data-controller="GalleryGrid"><div class="gallery-grid-wrapper">
${sCaps
  .map(
    (c, i) => `<figure class="gallery-grid-item"><div class="gallery-grid-image-wrapper"><img
data-src="//images.squarespace-cdn.com/content/v1/64a1/w${i}.jpg"
 alt="" loading="lazy"></div><figcaption class="gallery-caption gallery-caption-grid-simple"><div class="gallery-caption-wrapper"><p
class="gallery-caption-content">${c}</p>
</div></figcaption></figure>`,
  )
  .join('\n')}</div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed white"
 data-section-id="64a1c2e0f0b7a21d3e0c9a18"><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sH2a}</h2>${ps(sHow, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sH2b}</h2>
${sPk
  .map(
    ([n, p, d]) => `<h3 style="white-space:pre-wrap;">${n}</h3><p class="sqsrte-large"><strong>${p}</strong></p><p
style="white-space:pre-wrap;">${d}</p>`,
  )
  .join('\n')}
<p style="white-space:pre-wrap;">${sInclLead}</p><ul data-rte-list="default">${lis(sIncl.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div>
<div class="fe-block"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Enquire about your
date</a></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sH2c}</h2><blockquote><p>${sQuote}</p></blockquote><p class="sqsrte-small" style="white-space:pre-wrap;">${sCite}</p>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section dark">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="64a1c2e0f0b7a21d3e0c9a1a" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">${sNews[0]}</h2><div class="newsletter-form-header-description"><p>${sNews[1]}</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_1">Email Address</label><input id="email-yui_1"
class="newsletter-form-field-element field-element"
 name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary"
 type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">${sNews[2]}</span>
</button></div><div class="newsletter-form-footnote"><p>${sNews[3]}</p></div></div>
<div class="form-submission-text hidden">Thank you for signing up!</div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sFoot.slice(0, 3).map(esc))}</div></div></div></div>
<div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul
class="sqs-svg-icon--list">
${sFoot
  .slice(3)
  .map(
    (t) => `<li><a href="https://www.${t.toLowerCase()}.com/hawthornandhive" class="sqs-svg-icon--wrapper"><div><span
class="sqs-svg-icon--social"></span>
<span>${t}</span></div></a></li>`,
  )
  .join('')}</ul></nav></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-main">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience and to help show content that may interest you.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--tertiary">Decline all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout502-squarespace-wedding-flowers',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH2a, sH2b, ...sPk.map((p) => p[0]), sH2c],
  body: texts([...sIntro, ...sHow, ...sPk.flatMap((p) => [p[1], p[2]]), sInclLead, ...sIncl, sQuote, sCite]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== 'Weddings'), '0', 'Book a consultation', ...sCaps, 'Enquire about your date', ...sNews, 'Email Address',
    ...sFoot,
    'This site uses cookies to improve your experience and to help show content that may interest you.', 'Accept all', 'Decline all',
  ],
};

export const HELDOUT502_A: readonly TestPage[] = [squarespace];
