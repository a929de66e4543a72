import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout506-kit.js';

/**
 * Held-out batch 506, file a: an exhibition page of a seaside gallery on WordPress with the Astra theme (a block gallery with
 * captions, a Complianz cookie banner and a sidebar), and an artist's statement on a Squarespace 7.1 portfolio site.
 */
const xTitle = 'Tidewrack: New Work by Orla Penhallow';
const xDek = '14 March – 27 April 2027 · Main Gallery, Saltmarsh Gallery, Quay Street, Porthbrae';
const xIntro = [
  j(
    'Saltmarsh Gallery is pleased to present <em>Tidewrack</em>, the first solo exhibition in eight years by the painter Orla',
    'Penhallow. The show brings together twenty-two paintings and a long table of small collages made over three winters on the',
    'strandline below her studio at Carrow Point.',
  ),
  j(
    'Penhallow walks the same two kilometres of shore every morning at low water. She collects what the sea leaves behind: rope,',
    'bleached crab shells, fragments of blue pipe, the soft green glass of old fishing floats. Back in the studio these objects',
    'are not painted so much as weighed, turned over and set against one another until a colour relationship appears.',
  ),
];
const xSec1 = 'About the work';
const xP1 = [
  j(
    'The large canvases in the main room are built up from thin layers of oil and cold wax, scraped back with a palette knife so',
    'that earlier colours show through like sand under a retreating wave. Several of them take their titles from the tide table',
    'for the day they were begun, such as <em>0.4 m, 06:12</em> and <em>Springs, 2nd February</em>.',
  ),
  j(
    'In the back room, the collages are laid out flat on a nine-metre table made from salvaged scaffold boards. Visitors are',
    'asked not to touch them, but they are arranged to be read in order, from the first winter to the last.',
  ),
];
const xSec2 = 'Events';
const xEvents = [
  '<strong>Private view:</strong> Friday 13 March, 6–8pm. All welcome.',
  '<strong>Artist’s talk:</strong> Saturday 28 March, 2pm, Orla Penhallow in conversation with curator Bethan Yeo. Free, booking advised.',
  '<strong>Strandline walk:</strong> Sunday 19 April, 10am, meeting at Carrow Point car park. Sturdy shoes needed.',
];
const xSec3 = 'Visiting';
const xVisit = [
  j(
    'The gallery is open Wednesday to Sunday, 10am to 5pm. Admission is free. The main gallery is step-free; the back room is',
    'reached by two shallow steps and a portable ramp is available on request.',
  ),
  'All works in the exhibition are for sale. A price list is available at the front desk or by email.',
];
const xCaps = ['Orla Penhallow, <em>Springs, 2nd February</em>, 2026, oil and cold wax on linen', 'Installation view, back room. Photo: Idris Kemp'];
const xNav = ['Exhibitions', 'Artists', 'Shop', 'Visit', 'About', 'Contact'];
const xSide = ['Current: Tidewrack', 'Upcoming: Small Hours, group show', 'Past: The Quiet Harbour'];
const xFoot = ['Privacy Policy', 'Accessibility', 'Terms'];
const xHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tidewrack: New Work by Orla Penhallow &#8211; Saltmarsh Gallery</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://saltmarshgallery.example/exhibitions/tidewrack/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Tidewrack: New Work by Orla Penhallow","datePublished":"2027-02-10T09:12:44+00:00"},{"@type":"Organization","name":"Saltmarsh Gallery"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://saltmarshgallery.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}body,button,input{font-family:'Karla',sans-serif;}</style>
<script src="https://saltmarshgallery.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="page-template-default page page-id-482 ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"
itemtype="https://schema.org/WPHeader">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="180"
height="60" src="/wp-content/uploads/2024/05/saltmarsh-logo.png" class="custom-logo" alt="Saltmarsh Gallery"></a></span></div></div>
<div class="ast-mobile-menu-buttons"><button class="ast-button menu-toggle main-header-menu-toggle" aria-expanded="false"><span
class="screen-reader-text">Main Menu</span></button></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow">
${links(xNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-482 page type-page status-publish ast-article-single" id="post-482" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${xTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
<p class="has-medium-font-size"><strong>${esc(xDek)}</strong></p>
${ps(xIntro)}
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex">
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2027/02/penhallow-springs-1024x768.jpg" alt="A pale blue painting
with scraped bands of ochre" class="wp-image-490"><figcaption class="wp-element-caption">${xCaps[0]}</figcaption></figure>
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2027/02/tidewrack-table-1024x683.jpg" alt="" class="wp-image-491">
<figcaption class="wp-element-caption">${xCaps[1]}</figcaption></figure></figure>
<h2 class="wp-block-heading">${xSec1}</h2>
${ps(xP1)}
<h2 class="wp-block-heading">${xSec2}</h2><ul class="wp-block-list">${lis(xEvents)}</ul>
<h2 class="wp-block-heading">${xSec3}</h2>
${ps(xVisit)}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/cdn-cgi/l/email-protection#">Request the price list</a></div></div>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="nav_menu-3" class="widget widget_nav_menu">
<h2 class="widget-title">Exhibitions</h2><div class="menu-exhibitions-container"><ul class="menu">${links(xSide)}</ul></div></aside>
<aside id="block-7" class="widget widget_block"><div class="mc4wp-form"><h2 class="wp-block-heading">Stay in touch</h2>
<p>Private view invitations and news, four times a year.</p><label for="mc4wp-email">Email address</label>
<input type="email" id="mc4wp-email" name="EMAIL" required><input type="submit" value="Sign up"></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container">
<div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2027 Saltmarsh Gallery | Registered
charity no. 1180442</div><div class="ast-small-footer-section ast-small-footer-section-2"><ul class="menu">${links(xFoot)}</ul></div></div></div></div></div>
</footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store
and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":""};</script>
<script src="https://saltmarshgallery.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astra: TestPage = {
  name: 'heldout506-astra-exhibition',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xSec1, xSec2, xSec3],
  body: texts([xDek, ...xIntro, ...xP1, ...xEvents, ...xVisit]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Main Menu', ...xNav, ...texts(xCaps), 'Request the price list', ...xSide,
    'Stay in touch', 'Private view invitations and news, four times a year.', 'Email address',
    'Copyright © 2027 Saltmarsh Gallery | Registered charity no. 1180442', ...xFoot, 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

const sTitle = 'Artist Statement';
const sBody = [
  j(
    'I make ceramic vessels that are meant to be used and then, eventually, broken. For the last ten years I have worked almost',
    'entirely with clay dug from a single riverbank in the Lowther valley, which I process by hand and fire in a wood kiln I built',
    'with two friends in 2019.',
  ),
  j(
    'The clay is full of iron and small stones. It cracks if it is rushed, and it slumps if it is thrown too thin. I have learned',
    'to let it decide how tall a jug can be. What interests me is the point where a form stops being something I impose and',
    'becomes a negotiation with the material.',
  ),
  j(
    'Each firing takes three days and about two tonnes of offcut larch from a sawmill up the valley. Ash settles on the shoulders',
    'of the pots and melts into a glaze I cannot fully predict. I keep a notebook of every firing, and the drawings in it have',
    'become a second body of work, shown alongside the pots for the first time this year.',
  ),
  j(
    'I think of the pots as tools for ordinary days: a bowl for porridge, a cup for the first tea, a jar for the salt by the',
    'stove. When someone writes to tell me that a mug has finally broken after years of use, I count it as a success.',
  ),
  '— Wren Calloway, Lowther Bridge, 2027',
];
const sNav = ['Work', 'Statement', 'CV', 'Exhibitions', 'Shop', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Artist Statement &mdash; Wren Calloway Ceramics</title>
<link rel="canonical" href="https://www.wrencalloway.example/statement"><meta property="og:site_name" content="Wren Calloway Ceramics">
<meta property="og:title" content="Artist Statement &mdash; Wren Calloway Ceramics"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"62a1f0c3b9e4","siteTitle":"Wren Calloway Ceramics"},
"templateId":"5c5a519771c10ba3470d8101","collectionId":"62a1f0c3b9e5"};</script>
<script type="application/ld+json">{"url":"https://www.wrencalloway.example",
"name":"Wren Calloway Ceramics","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/62a1f0c3b9e4/31/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-62a1f0c3b9e5" class="primary-button-style-outline tweak-global-animations-enabled header-width-full
tweak-transparent-header collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div
class="sqs-announcement-bar-text-inner"><p>Spring shop update: Saturday 4 April, 10am</p></div></div>
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Wren Calloway</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Statement' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element"${t === 'Statement' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><span
class="sqs-cart-quantity">0</span></span></a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close
Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="62a1f0c3b9e6">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="62a1f0c3b9e7"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-62a1f0c3b9e7"><div class="row sqs-row">
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><img
data-src="https://images.squarespace-cdn.example/content/v1/62a1f0c3/kiln.jpg" alt="Wood kiln at night with flames at the stoke hole"
data-image-dimensions="1500x2000" class="thumb-image"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>The kiln, third day of
a firing. Photo: Tam Ferris</p></div></figcaption></figure></div></div></div>
<div class="col sqs-col-7 span-7"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1655"><div
class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sBody.slice(0, 4), ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;"><em>${sBody[4] ?? ''}</em></p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--left"><a href="/cv" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Read my CV</a></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Studio visits by appointment. Lowther Bridge, Cumbria.</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content">
<nav><a href="https://instagram.example/wrencalloway" target="_blank" aria-label="Instagram" class="sqs-svg-icon--wrapper instagram"></a></nav></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><form
class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Shop updates</h2><div
class="newsletter-form-header-description"><p>Hear about new pots before they go online.</p></div></div><div class="newsletter-form-body"><div
class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17">Email
Address</label><input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
</div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout506-squarespace-statement',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody.slice(0, 4)),
  bylines: [sBody[4] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring shop update: Saturday 4 April, 10am', 'Skip to Content', 'Wren Calloway', ...sNav.filter((t) => t !== 'Statement' && t !== 'Work'), '0',
    'The kiln, third day of a firing. Photo: Tam Ferris', 'Read my CV', 'Studio visits by appointment. Lowther Bridge, Cumbria.', 'Shop updates',
    'Hear about new pots before they go online.', 'Email Address', 'Sign Up',
  ],
};

export const HELDOUT506_A: readonly TestPage[] = [astra, squarespace];
