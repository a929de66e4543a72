import { type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout519-kit.js';

/** Held-out batch 519, file a2: a tailor's alterations guide on a Squarespace 7.1 blog (author profile, prev / next, newsletter block). */
const sTitle = 'A plain guide to alterations: what we can change, and what it costs';
const sIntro = [
  j(
    'Most of what comes through our door is not a repair but a change: a hem that catches under the heel, a waist that has moved,',
    'a jacket bought for a shoulder that is not quite yours. Here is what we can do, roughly what it costs, and where we will tell you',
    'honestly that it is not worth it.',
  ),
  j(
    'Every price below is a starting price for a plain garment. Linings, pleats, lace and beading add time, and we always give you a',
    'fixed price at the fitting before any scissors come out.',
  ),
];
const sHeads = ['Hems', 'Taking in and letting out', 'Jackets and coats', 'Things we won’t take on', 'Booking a fitting'] as const;
const sHemP = j(
  'Trousers and jeans are the bulk of our work. We pin them with you wearing the shoes you will wear them with, because a hem',
  'that is right with trainers is too long with a heel.',
);
const sHems = [
  'Plain trouser hem: from £14',
  'Jeans, keeping the original worn hem: from £18',
  'Skirt or dress, unlined: from £16',
  'Lined skirt or dress: from £24',
];
const sTakeP = j(
  'Taking in is almost always possible. Letting out depends on the seam allowance the maker left, and on modern high-street',
  'clothes there is often less than a centimetre. We turn the garment inside out at the fitting and show you what is there.',
);
const sTake = ['Take in trouser waist: from £18', 'Take in dress side seams: from £22', 'Let out a waist, where the allowance allows: from £20'];
const sJacketP = [
  j(
    'Sleeves can be shortened from the cuff on most jackets. <strong>Working cuff buttons</strong> (the kind that undo) make it a much',
    'bigger job, because the sleeve then has to be shortened from the shoulder instead.',
  ),
  j(
    'Shoulders are the one place we advise caution. Narrowing a jacket shoulder means taking the sleeve out and recutting the head,',
    'and it rarely looks as good as buying the right size. We will do it, but we will say so first.',
  ),
];
const sJackets = [
  'Shorten sleeves from the cuff: from £26',
  'Shorten sleeves from the shoulder: from £55',
  'Take in the centre back seam: from £30',
  'Replace a coat lining: from £85',
];
const sNotP = j(
  'We do not alter leather or suede, bridal gowns with more than one layer of lace, or anything that has been glued rather than',
  'sewn. For leather we send people to our neighbours at Corry’s Leatherworks on Bell Lane.',
);
const sBookP = j(
  'Fittings take about fifteen minutes. Bring the garment clean, with the shoes or underwear you will wear with it. Most alterations',
  'are ready within a week, and for weddings and events we book a second fitting at no extra cost.',
);
const sNav = ['Alterations', 'Repairs', 'Journal', 'About', 'Contact'];
const sCaption = 'Seam allowance on a 1970s suit trouser, left, and on a new high-street pair.';
const sBio = 'Ruth trained in theatre wardrobe and has run the workroom at Hemline & Thread since 2014.';
const sPrev = 'Why we press with steam, not a hot plate';
const sNext = 'Letting out a waistband: how much is really there?';
const sNews = 'A short letter every month or so. No sales, just what is on the cutting table.';
const sCookie = 'This site uses cookies to remember your preferences and to understand how visitors use it.';
const sqNav = (cls: string): string =>
  sNav
    .map((t) => `<div class="${cls} header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
    .join('\n');
const sBlock = (inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div>
</div>`;
const sp = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- hemline-thread -->
<base href=""><meta charset="utf-8" />
<title>A plain guide to alterations — Hemline &amp; Thread</title>
<link rel="canonical" href="https://www.hemlineandthread.example/journal/a-plain-guide-to-alterations"/>
<meta property="og:site_name" content="Hemline &amp; Thread"/><meta property="og:type" content="article"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f0a2","siteTitle":"Hemline & Thread"},"collectionId":"61f0b7",
"itemId":"67c6e1"};</script>
<script type="application/ld+json">{"url":"https://www.hemlineandthread.example","name":"Hemline & Thread","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2025-03-04T10:30:00+0000","author":"Ruth Okonedo","@context":"http://schema.org",
"@type":"BlogPosting"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61f0a2/34/5c5a519771c3/site.css"/>
</head>
<body id="item-67c6e1"
class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-alignment-center view-item
collection-type-blog-basic-grid collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="black header theme-col--primary" data-controller="Header">
<div class="sqs-announcement-bar-dropzone"></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right header-mobile-layout-logo-left-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/61f0a2/logo.png?format=1500w" alt="Hemline &amp; Thread"></a></div>
</div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sqNav('header-nav-item')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a fitting</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"><div class="top-bun">
</div>
<div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav">
<nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">
${sqNav('container header-menu-nav-item')}</div></div></div></nav></div></div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="61f0b7">
<section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle" data-section-id="61f0b8">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-ruth-okonedo post-type-text article-index-1 category-guides tag-hems tag-alterations" data-item-id="67c6e1">
<div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper"><div class="blog-meta-section">
<span class="blog-categories-list"><a href="/journal?category=Guides" class="blog-categories">Guides</a></span><span class="blog-meta-delimiter"></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-03-04" pubdate data-animation-role="date">March 4, 2025</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper">
<div class="blog-author-title">Written By <a href="/journal?author=61f0c1" class="blog-author-name">Ruth Okonedo</a></div></div></div>
<div class="blog-item-content-wrapper">
<div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1741084200000">
<div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body" data-type="item" id="item-67c6e1"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${sBlock(`${sIntro.map(sp).join('')}<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2>${sp(sHemP)}<ul data-rte-list="default">${lis(sHems.map(sp))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2>${sp(sTakeP)}<ul data-rte-list="default">${lis(sTake.map(sp))}</ul>`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><div class="intrinsic"><div class="image-block-wrapper has-aspect-ratio">
<img data-src="https://images.squarespace-cdn.com/content/v1/61f0a2/seams.jpg" alt="" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div></figcaption></div>
</figure></div></div>
${sBlock(`<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2>${sJacketP.map(sp).join('')}<ul data-rte-list="default">${lis(sJackets.map(sp))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[3]}</h2>${sp(sNotP)}<h2 style="white-space:pre-wrap;">${sHeads[4]}</h2>${sp(sBookP)}`)}
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-item-author-profile-wrapper"><a href="/journal?author=61f0c1" class="blog-item-author-profile-image">
<img src="//images.squarespace-cdn.com/content/v1/61f0a2/ruth.jpg" alt=""></a><div class="blog-item-author-profile-content">
<a href="/journal?author=61f0c1" class="author-name">Ruth Okonedo</a><div class="author-bio"><p>${esc(sBio)}</p></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a class="item-pagination-link item-pagination-link--prev" href="/journal/why-we-press-with-steam"><div class="item-pagination-icon icon icon--stroke">
<svg viewBox="0 0 23 48"><g class="svg-icon"><polyline fill="none" points="21.5,1.3 2.6,23.4 21.5,45.7"></polyline></g></svg></div>
<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">${sPrev}</h2></div></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/letting-out-a-waistband"><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">${sNext}</h2></div></a></section></div>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="sections-footer"><div class="row sqs-row">
<div class="col sqs-col-6 span-6">
${sBlock(`<h3 style="white-space:pre-wrap;">${esc('Hemline & Thread')}</h3><p class="" style="white-space:pre-wrap;">22 Foundry Row, Castlemoor CM3 7LQ</p>
<p class="" style="white-space:pre-wrap;">Tuesday to Saturday, 9.30am to 5.30pm</p>`)}</div><div class="col sqs-col-6 span-6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="61f0d4" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Notes from the workroom</h2><div class="newsletter-form-header-description"><p>${sNews}</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1-field">Email Address</label>
<input id="email-yui_3_17_2_1-field" class="newsletter-form-field-element field-element" name="email" type="email" autocomplete="email" spellcheck="false"
placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div>
${sBlock(`<p class="" style="white-space:pre-wrap;">© 2025 ${esc('Hemline & Thread')}</p>`)}</div></div></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c3/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout519-squarespace-alterations-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sHeads],
  body: texts([...sIntro, sHemP, ...sHems, sTakeP, ...sTake, ...sJacketP, ...sJackets, sNotP, sBookP]),
  bylines: ['March 4, 2025', 'Written By Ruth Okonedo', 'Ruth Okonedo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== 'Alterations' && t !== 'About'), 'Book a fitting', 'Guides', sCaption, sBio, 'Previous', sPrev, 'Next',
    sNext, 'Hemline & Thread', '22 Foundry Row, Castlemoor CM3 7LQ', 'Tuesday to Saturday, 9.30am to 5.30pm', 'Notes from the workroom', sNews,
    'Email Address', 'Sign Up', '© 2025 Hemline & Thread', sCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT519_A2: readonly TestPage[] = [squarespace];
