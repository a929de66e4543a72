import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout564-kit.js';

/**
 * Held-out batch 564, file a: a film's listing page with showtimes on WordPress (Hello Elementor theme with Elementor Pro
 * header and footer, Complianz banner), and a season programme on Squarespace 7.1.
 */
const eTitle = 'The Salt Orchard';
const eFacts = 'Dir. Maren Voskuijlen · Netherlands 2026 · 104 mins · Dutch with English subtitles · Cert 12A';
const eSyn = [
  j(
    'On a flooded polder where the sea has been allowed back in, an elderly fruit grower refuses to give up the last dyke-top row of',
    'pear trees his family planted in 1931. When a young hydrologist is sent to persuade him to leave, the two strike an uneasy bargain:',
    'one more harvest, and then he goes.',
  ),
  j(
    'Shot over four seasons on the Oostmark coast, Voskuijlen&#39;s second feature is patient, funny and quietly furious about what a',
    'landscape owes the people who made it. The cast is almost entirely non-professional, and the orchard is real.',
  ),
];
const eDays = [
  'Fri 6 Nov 14:15 18:30',
  'Sat 7 Nov 13:00 20:45',
  'Sun 8 Nov 16:10',
  'Mon 9 Nov 18:30 (Subtitled for the hard of hearing)',
  'Tue 10 Nov 11:00 (Parent &amp; Baby) 20:40',
  'Wed 11 Nov 18:30 + Q&amp;A with the director',
];
const eAccess = j(
  'All screenings are in Screen 2, which has step-free access and a hearing loop. Wednesday&#39;s Q&amp;A will be live-captioned',
  'on the screen. Carers go free with a valid CEA card.',
);
const eNav = ['What’s On', 'Coming Soon', 'Events', 'Membership', 'Hire Us', 'Visit'];
const eFoot = ['Accessibility', 'Privacy Policy', 'Terms of Booking', 'Jobs', 'Contact'];
const eMore = ['Tideline Sisters', 'A Winter in Kessock', 'The Neon Ferryman'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; The Lantern Picturehouse</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://lanternpicturehouse.co.uk/film/the-salt-orchard/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"isPartOf":{"@id":"https://lanternpicturehouse.co.uk/#website"}},{"@type":"Movie","name":"${eTitle}","director":"Maren Voskuijlen"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1730212210" media="all">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;z-index:99}</style></head>
<body class="film-template-default single single-film postid-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5c1e2f0 e-flex e-con-boxed e-con e-parent" data-id="5c1e2f0" data-element_type="container">
<div class="e-con-inner"><div class="elementor-element elementor-element-a2b9c41 elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://lanternpicturehouse.co.uk">
<img width="220" height="60" src="/wp-content/uploads/2024/02/lantern-logo.svg" alt="The Lantern Picturehouse"></a></div></div>
<div class="elementor-element elementor-element-7d0c3aa elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-7d0c3aa" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-element-19f3e6d elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/membership/"><span class="elementor-button-text">Become a Member</span></a>
</div></div></div></div></header>
<main id="content" class="site-main post-412 film type-film status-publish has-post-thumbnail hentry">
<div data-elementor-type="single-post" data-elementor-id="388" class="elementor elementor-388 elementor-location-single">
<div class="elementor-element elementor-element-0b7e11c e-flex e-con-boxed e-con e-parent" data-id="0b7e11c" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-3be0f72 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image">
<div class="elementor-widget-container"><img src="/wp-content/uploads/2026/10/salt-orchard-still.jpg" alt="An old man on a dyke among pear trees">
</div></div>
<div class="elementor-element elementor-element-d41f5b2 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-c8a0e77 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p class="film-facts">${eFacts}</p></div></div>
<div class="elementor-element elementor-element-f1a64d0 elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(eSyn)}
</div></div>
<div class="elementor-element elementor-element-9e2d6b1 elementor-widget elementor-widget-shortcode"><div class="elementor-widget-container">
<div class="elementor-shortcode"><div class="lph-showtimes" data-film="salt-orchard"><h2 class="lph-showtimes__title">Showtimes</h2>
<ul class="lph-showtimes__days">${lis(eDays, 'lph-showtimes__day')}</ul>
<p class="lph-showtimes__note"><a class="lph-book" href="https://ticketing.eu.veezi.com/sessions/?siteToken=lanternph">Book tickets</a></p></div>
</div></div></div>
<div class="elementor-element elementor-element-2ac9d8e elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Access</h2></div></div>
<div class="elementor-element elementor-element-61b0fe4 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>${eAccess}</p></div></div>
<div class="elementor-element elementor-element-4d8e2c7 elementor-widget elementor-widget-video"><div class="elementor-widget-container">
<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div><p class="video-caption">Watch the trailer</p></div></div>
<div class="elementor-element elementor-element-8a1cf30 elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons">
<div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_facebook"
role="button" tabindex="0" aria-label="Share on facebook"></div></div><div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_whatsapp"
role="button" tabindex="0" aria-label="Share on whatsapp"></div></div></div></div></div>
<div class="elementor-element elementor-element-b3f07de elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">Also showing</h3></div></div>
<div class="elementor-element elementor-element-e9a2a44 elementor-grid-3 elementor-widget elementor-widget-posts"><div class="elementor-widget-container">
<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
${eMore
  .map(
    (t) => `<article class="elementor-post elementor-grid-item film type-film"><div class="elementor-post__text">
<h3 class="elementor-post__title"><a href="/film/">${t}</a></h3></div></article>`,
  )
  .join('\n')}
</div></div></div></div></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<div class="elementor-element elementor-element-6f2d0e3 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>The Lantern Picturehouse, 14 Ropewalk Lane, Carrow Quay</p><p>Box office: 01632 960 114</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Lantern Picturehouse CIC. Registered charity no. 1190442.</p></div></div></div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right optin cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage
Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to remember your basket and to
see which films people look at.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false},"post":{"id":412,"title":"The Salt Orchard"}};</script>
</body></html>`;
const elementorFilm: TestPage = {
  name: 'heldout564-elementor-film-showtimes',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['Showtimes', 'Access'],
  body: texts([eFacts, ...eSyn, ...eDays, eAccess]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Become a Member', 'Book tickets', 'Watch the trailer', 'Also showing', ...eMore,
    'The Lantern Picturehouse, 14 Ropewalk Lane, Carrow Quay', 'Box office: 01632 960 114', ...eFoot,
    '© 2026 Lantern Picturehouse CIC. Registered charity no. 1190442.', 'Manage Cookie Consent',
    'We use cookies to remember your basket and to see which films people look at.', 'Accept', 'Deny', 'View preferences',
  ],
};

const sTitle = 'Autumn Season 2026: The Long Way Home';
const sIntro = j(
  'Ten films about journeys that take longer than planned, from road movies to river epics, every other Thursday at the Old',
  'Drill Hall. Screenings start at 7.30pm; doors and bar open at 7pm. Members go free, guests pay £6 on the door.',
);
const sItems = [
  [
    'Paper Lanterns over Varnoye',
    'Thursday 17 September',
    j('A retired tram driver crosses three borders to return a borrowed', 'accordion. Introduced by club secretary Inés Arbeloa.'),
  ],
  ['The Drover’s Wife', 'Thursday 1 October', 'Cattle, dust and a stubborn widow: a restored print of the 1968 outback western.'],
  ['Night Bus to Kelsby Sands', 'Thursday 15 October', 'A gentle comedy of missed connections, shot entirely on the last bus out of Thornmouth.'],
  [
    'Kayak',
    'Thursday 29 October',
    j('A father and daughter paddle the length of a Finnish lake system in silence.', 'Followed by a short talk from the Wyvern Canoe Club.'),
  ],
  ['Longitude Zero', 'Thursday 12 November', 'Our annual members’ choice, picked by vote at the AGM.'],
];
const sOutro = j(
  'The season continues after Christmas with five more films; the full list will be sent to members in November.',
  'All films are shown with English subtitles where available.',
);
const sNav = ['Programme', 'Join', 'About', 'Venue', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Autumn Season 2026 — Wyvern Film Society</title><meta property="og:site_name" content="Wyvern Film Society">
<meta property="og:title" content="Autumn Season 2026 — Wyvern Film Society"><meta name="description" content="${sIntro.slice(0, 120)}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a9d0c2b7","siteTitle":"Wyvern Film Society"},
"collectionId":"64a0bc11e0f2","templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.wyvernfilmsociety.org","name":"Wyvern Film Society",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a9d0c2b7/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a0bc11e0f2" class="tweak-transition-global-animation-type-fade header-width-full tweak-fixed-header primary-button-style-solid
view-list collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><a href="#page"
class="header-skip-link sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"
data-content-order="header-title-nav-first">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Wyvern Film Society</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Become a member</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0bc11e0f3">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a0bc11e0f4"><div class="section-border"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a0bc11e0f5"><div class="fe-block fe-block-yui_3_17_2_1_1693">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1693"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p>
</div></div></div></div></div></div></div></section>
${sItems
  .map(
    ([t, d, b], i) => `<section data-test="page-section" class="page-section layout-engine-section content-width--wide" data-section-id="64a0bc11e1${i}">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a0bc11e1${i}"><div class="fe-block fe-block-img${i}"><div
class="sqs-block image-block
sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f1a9d0c2b7/still-${i}.jpg" alt="" loading="lazy"></div></figure></div></div></div>
<div class="fe-block fe-block-txt${i}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${t}</h3><p style="white-space:pre-wrap;"><strong>${d}</strong></p><p
style="white-space:pre-wrap;">${b}</p></div></div></div></div>
<div class="fe-block fe-block-btn${i}"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left"><a href="/programme/film-${i}"
class="sqs-block-button-element--small sqs-button-element--tertiary
sqs-block-button-element">Film notes</a></div></div></div></div></div></div></div></section>`,
  )
  .join('\n')}
<section data-test="page-section" class="page-section layout-engine-section" data-section-id="64a0bc11e2f0"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p
style="white-space:pre-wrap;">${sOutro}</p>
</div></div></div><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64a0"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Season news by email</h2>
<div class="newsletter-form-header-description"><p>One email a fortnight, the week before each screening.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label
title" for="email-yui_3">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">Wyvern Film Society is a volunteer-run film club and a member of the Westcountry Film Club Federation.</p>
<p style="white-space:pre-wrap;">Old Drill Hall, Quarry Street, Wyvern</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you a good experience and to see how it is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceSeason: TestPage = {
  name: 'heldout564-squarespace-season',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sItems.map((it) => at(it, 0)),
  body: texts([sIntro, ...sItems.flatMap((it) => [at(it, 1), at(it, 2)]), sOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Wyvern Film Society', ...sNav, 'Become a member', 'Film notes', 'Season news by email',
    'One email a fortnight, the week before each screening.', 'Email Address', 'Sign Up',
    'Wyvern Film Society is a volunteer-run film club and a member of the Westcountry Film Club Federation.', 'Old Drill Hall, Quarry Street, Wyvern',
    'This site uses cookies to give you a good experience and to see how it is used.', 'Accept all', 'Decline all',
  ],
};

export const HELDOUT564_A: readonly TestPage[] = [elementorFilm, squarespaceSeason];
