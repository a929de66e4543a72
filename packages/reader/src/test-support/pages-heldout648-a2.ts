import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file a2: a salsa club's show announcement on Squarespace 7.1 (blog item with image caption and prev / next links).
 */
const sTitle = 'Noche Candela: our winter showcase is back';
const sBody = [
  j(
    'After a sold-out night last year, the Club Candela showcase returns to the Corn Exchange on Saturday 28 November. Six of our',
    'performance teams will take the stage, from the Tuesday improvers who started in January to our competition couples.',
  ),
  j(
    'This year the evening opens with a live set from Orquesta Brisa, a nine-piece band from Portwell who play timba and',
    'classic salsa dura. After the showcase the floor is open for social dancing until midnight, with DJ Ruy on the decks.',
  ),
  'The details',
  'Saturday 28 November, doors 7pm, showcase starts 7.45pm',
  'The Corn Exchange, Market Street, Kellingford',
  'Tickets £16 in advance, £20 on the door, £8 for under-16s',
  'Who is performing',
  j(
    'Each team has worked on its routine since September. The beginners\u2019 team will dance a rueda de casino called by',
    'Pilar, our head teacher, and the ladies\u2019 styling group will show the shines they have been practising on Thursday nights.',
  ),
  j('If you are a student and would like to help backstage, please speak to your teacher this week. Helpers get free entry', 'to the social dance afterwards.'),
];
const sPara = [at(sBody, 0), at(sBody, 1)];
const sFacts = sBody.slice(3, 6);
const sNav = ['Classes', 'Timetable', 'Private Lessons', 'Events', 'Our Team', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} — Club Candela Salsa</title>
<link rel="canonical" href="https://www.clubcandela.co.uk/news/noche-candela-winter-showcase">
<meta property="og:site_name" content="Club Candela Salsa"><meta property="og:title" content="${sTitle} — Club Candela Salsa">
<meta property="og:type" content="article"><meta itemprop="author" content="Pilar Estrada"><meta itemprop="datePublished" content="2026-10-02T18:30:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101",
"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.clubcandela.co.uk","name":"Club Candela Salsa","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2026-10-02T18:30:00+0100","author":"Pilar Estrada","@context":"http://schema.org",
"@type":"BlogPosting"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1f0c2b7e8/42/5c5a519771c10ba3470d8101/64a1f0c2b7e8a/1529/site.css" rel="stylesheet"
type="text/css"></head>
<body id="item-651a2f0e5c1b2d3e4f5a6b7c"
class="header-width-full tweak-transparent-header tweak-blog-item-width-medium tweak-blog-item-alignment-center primary-button-style-solid view-item
collection-type-blog-basic-grid collection-651a1c2b3d4e5f6a7b8c9d0e">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/64a1f0c2b7e8/logo.png?format=1500w" alt="Club Candela Salsa" style="display:block" fetchpriority="high"
loading="eager"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--social">
<a class="icon icon--fill header-icon header-icon-border-shape-none header-icon-border-style-outline" href="https://www.instagram.com/clubcandelasalsa"
target="_blank" aria-label="Instagram"><svg viewBox="23 23 64 64"><use xlink:href="#instagram-unauth-icon" width="110" height="110"></use></svg></a></div></div>
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a
class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/classes">Book a class</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="bottom-bun"></div></div></div></button></div>
</div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="651a1c2b3d4e5f6a7b8c9d0f">
<section data-test="page-section" data-section-theme="white" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"
data-section-id="651a1c2b3d4e5f6a7b8c9d10" data-controller="SectionWrapperController" data-animation="none">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div
class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoad">
<article class="entry h-entry post-type-text article-index-1 author-pilar-estrada" data-item-id="651a2f0e5c1b2d3e4f5a6b7c"
id="article-651a2f0e5c1b2d3e4f5a6b7c">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-10-02" pubdate
data-animation-role="date">2 October 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-profile-wrapper"><a href="/news?author=5f2a" class="blog-item-author-profile-image-wrapper"></a><div
class="blog-item-author-profile-content-wrapper">
<a href="/news?author=5f2a" class="author-name">Pilar Estrada</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1696268402114"
id="item-651a2f0e5c1b2d3e4f5a6b7c">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-layout-label="Post Body" id="item-651a2f0e5c1b2d3e4f5a6b7c"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="{}" id="block-2a7e1c0b9f4d8e6a5c3b"><div class="sqs-block-content">
<div class="sqs-html-content">
${ps(sPara, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1696268000123_4512"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none
individual-text-animation-none" data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-wrapper" data-animation-role="image"><div
class="sqs-image-shape-container-element has-aspect-ratio" style="position:relative;padding-bottom:66.6%;overflow:hidden;">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e8/showcase-2025.jpg" alt="" data-load="false"
elementtiming="system-image-block" src="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e8/showcase-2025.jpg?format=1000w" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">The competition team at last year\u2019s showcase. Photo: Tomás Reyne</p></div></figcaption></figure></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1696268000123_6021"><div class="sqs-block-content"><div
class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${at(sBody, 2)}</h3><ul
data-rte-list="default">${lis(sFacts.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${at(sBody, 6)}</h3>${ps(sBody.slice(7), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1696268000123_7710"><div class="sqs-block-content"
id="sqs-button-7710">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium"
data-button-type="primary">
<a href="https://www.ticketsource.co.uk/clubcandela"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Buy tickets</a></div></div></div>
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a href="/news/new-beginners-course-october" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">New beginners\u2019 course starts 13 October</h2></a>
<a href="/news/summer-social-photos" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Photos from the summer social</h2></a></section></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black"
class="page-section has-background" data-section-id="64a1f0c2b7e8f1">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h4
style="white-space:pre-wrap;">Club Candela Salsa</h4>
<p class="" style="white-space:pre-wrap;">Cuban salsa classes in Kellingford since 2011.</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64a1f0c2b7e8f2" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2
class="newsletter-form-header-title">Stay in step</h2>
<div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">Sign up for news of classes and socials.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1-field">Email Address</label><input
class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false"
placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span>
</button></div></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div></form></div></div></div></div></div></div>
</div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--position-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">
<p>We use cookies to improve your experience on our site.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny" type="button">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept" type="button">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceShow: TestPage = {
  name: 'heldout648-salsa-showcase-squarespace',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 2), at(sBody, 6)],
  body: texts(sBody.filter((_, i) => i !== 2 && i !== 6)),
  bylines: ['2 October 2026', 'Pilar Estrada'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Classes', 'Timetable', 'Private Lessons', 'Events', 'Our Team', 'Contact', 'Book a class',
    'The competition team at last year\u2019s showcase. Photo: Tomás Reyne', 'Buy tickets', 'Previous', 'New beginners\u2019 course starts 13 October',
    'Next', 'Photos from the summer social', 'Club Candela Salsa', 'Cuban salsa classes in Kellingford since 2011.', 'Stay in step',
    'Sign up for news of classes and socials.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'We use cookies to improve your experience on our site.', 'Decline', 'Accept',
  ],
};

export const HELDOUT648_A2: readonly TestPage[] = [squarespaceShow];
