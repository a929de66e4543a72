import { links, ps, type TestPage, texts } from './page-kit.js';
import { apart, at, j, lis } from './pages-heldout480-kit.js';

/**
 * Held-out batch 480, file b: a club route page on Squarespace 7.1 (fluid engine sections, a route facts block, a map
 * embed and a GPX button), and a bike shop's puncture repair guide on Wix Blog with its post meta, counters and comments box.
 */
const qTitle = 'The Three Reservoirs Loop';
const qDek = 'A hilly 94 km loop from the clubhouse, and our favourite Saturday ride from April to October.';
const qFacts = ['Distance: 94 km', 'Climbing: 1,480 m', 'Surface: tarmac, with 3 km of good gravel', 'Café stop: Dunstan Reservoir boathouse (km 51)'];
const qHead = ['The route', 'Things to know'];
const qRoute = [
  j(
    'Leave the clubhouse on Mill Lane and head west out of Lowfield on the old coach road. The first 15 km are flat and sheltered,',
    'which gives everyone time to warm up before the climb to Greave Edge, the longest of the day at 4.2 km and an average of 5%.',
  ),
  j(
    'From the top of Greave Edge you drop down to Upper Holm reservoir and follow the dam road along its eastern shore. The gravel',
    'section starts at the far end of the dam and runs for three kilometres through the forestry. It is fine on 28 mm tyres in summer.',
  ),
  j(
    'The boathouse café at Dunstan Reservoir is the usual stop. From there the route climbs steeply out of the valley on Scar Road,',
    'which touches 14% for a short stretch, then rolls back to Lowfield past the third reservoir at Cold Brook.',
  ),
];
const qKnow = [
  'The dam road at Upper Holm is closed to all traffic on the first Sunday of each month for maintenance.',
  'There is no mobile signal between Greave Edge and Dunstan, so ride with someone or tell a friend your plans.',
  'The descent into Dunstan has a cattle grid at the bottom: slow down well before it, especially in the wet.',
];
const qNav = ['Rides', 'Routes', 'Racing', 'Juniors', 'About', 'Shop'];
const qNavHtml = qNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
  .join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} &mdash; Lowfield Cycling Club</title>
<link rel="canonical" href="https://www.lowfieldcc.org/routes/three-reservoirs"><meta property="og:site_name" content="Lowfield Cycling Club">
<meta property="og:title" content="${qTitle} &mdash; Lowfield Cycling Club"><meta itemprop="name" content="${qTitle}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"5f3a9c2e",
"pageType":1,"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.lowfieldcc.org","name":"Lowfield Cycling Club","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f3a9c2e/12/5c5a519771c10ba3470d8101/site.css" type="text/css" rel="stylesheet"></head>
<body id="collection-5f3a9c2e" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
tweak-fixed-header-style-basic form-field-style-solid collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke
icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><span class="sqs-cart-quantity">0</span></span></a></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="solid"></div>
<div class="header-inner container--fluid header-layout-nav-right header-mobile-layout-logo-left-nav-right">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Lowfield CC</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNavHtml}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Join the club</a></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button>
</div></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f0c1a2">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64f0c1a3"><div class="section-border">
<div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64f0c1a4">
<div class="fe-block fe-block-a1"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1><p class="sqs-block-html-p" style="white-space:pre-wrap;">${qDek}</p>
</div></div></div></div>
<div class="fe-block fe-block-a2"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-stretch="false" data-
src="https://images.squarespace-cdn.com/content/v1/5f3a9c2e/dam-road.jpg" alt="" loading="lazy"></div><figcaption class="image-caption-wrapper">
<div class="image-caption">
<p style="white-space:pre-wrap;">The dam road at Upper Holm in early June.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-a3"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content">
<div class="sqs-html-content"><ul data-rte-list="default">${lis(qFacts.map((f) => `<p style="white-space:pre-wrap;">${f}</p>`))}</ul></div></div></div></div>
<div class="fe-block fe-block-a4"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a4"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/s/three-reservoirs.gpx" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download the GPX</a>
</div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--center vertical-alignment--middle light" data-section-id="64f0c1a5"><div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-64f0c1a6"><div class="fe-block fe-block-b1"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" id="block-b1"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${at(qHead, 0)}</h2>${ps(qRoute, ' class="sqs-block-html-p" style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="fe-block fe-block-b2"><div class="sqs-block embed-block sqs-block-embed" data-block-type="22" id="block-b2"><div class="sqs-block-content">
<div class="intrinsic"><div class="embed-block-wrapper"><iframe src="https://ridewithgps.com/embeds?type=route&amp;id=40118822" width="100%" height="440"
frameborder="0" scrolling="no"></iframe></div></div></div></div></div>
<div class="fe-block fe-block-b3"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-b3"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(qHead, 1)}</h2><ul data-rte-list="default">
${lis(qKnow.map((k) => `<p style="white-space:pre-wrap;">${k}</p>`))}</ul></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section dark" data-section-id="64f0c1a7">
<div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-64f0c1a8"><div class="fe-block fe-block-c1"><div class="sqs-block newsletter-block sqs-block-newsletter"
data-block-type="51" id="block-c1"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="64f0c1a9" autocomplete="on" method="POST" novalidate onsubmit="return false;">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get the weekly ride list</h2>
<div class="newsletter-form-header-description"><p style="white-space:pre-wrap;">Every Thursday: this weekend's rides, leaders and start times.</p></div>
</header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span>
</button>
</div></div><div class="hidden form-submission-text">Thank you! You're on the list.</div></form></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">Lowfield Cycling Club, The Old Mill, Mill Lane, Lowfield</p>
<p style="white-space:pre-wrap;">Affiliated to the Northern Cycling Federation. Registered club no. 40211.</p>
<p style="white-space:pre-wrap;"><a href="/privacy">Privacy</a> · <a href="/safeguarding">Safeguarding</a> · <a href="/contact">Contact</a></p>
</div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceRoute: TestPage = {
  name: 'heldout480-squarespace-route',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qHead,
  body: [qDek, ...qFacts, ...qRoute, ...qKnow],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Lowfield CC', ...qNav, 'Join the club', 'The dam road at Upper Holm in early June.', 'Download the GPX',
    'Get the weekly ride list', "Every Thursday: this weekend's rides, leaders and start times.", 'Email Address', 'Sign Up',
    'Lowfield Cycling Club, The Old Mill, Mill Lane, Lowfield', 'Affiliated to the Northern Cycling Federation. Registered club no. 40211.',
    'Privacy', 'Safeguarding', 'Contact',
  ],
};

const xTitle = 'How to fix a puncture at the roadside';
const xBody = [
  j(
    'Punctures happen to everyone, and the first one always seems to come on a cold day, miles from home. The good news is that',
    'fixing one takes ten minutes once you have done it a couple of times. Here is how our mechanics do it.',
  ),
  'What to carry',
  'a spare inner tube that matches your tyre size and valve',
  'two tyre levers',
  'a mini pump or a CO2 inflator with two cartridges',
  'a small patch kit, in case you get a second puncture',
  'Step by step',
  'Take the wheel out. On the rear, shift into the smallest cog first so the chain comes off easily.',
  'Let out any air that is left, then push the valve up into the tyre.',
  'Hook a tyre lever under the bead opposite the valve, lever it over the rim and clip the lever to a spoke.',
  'Run the second lever around the rim until one side of the tyre is off, then pull out the old tube.',
  'Run your fingers slowly around the inside of the tyre to find what caused the puncture, and take it out.',
  'Put a little air in the new tube, fit the valve first, then tuck the tube in and roll the tyre back on with your thumbs.',
  'Pump the tyre up, check that the bead sits evenly all the way round, and refit the wheel.',
  'If it keeps happening',
  j(
    'Three punctures in a month usually means worn tyres, a sharp edge on the rim or rim tape that has slipped. Bring the wheel in',
    'and we will check it for free. If you ride a lot in winter, a tyre with a puncture-resistant belt is well worth the extra weight.',
  ),
];
const xNav = ['Home', 'Shop', 'Workshop', 'Blog', 'Contact'];
const xRecent = ['Tubeless or tubes: which is right for you?', 'Five checks before your first sportive', 'Winter chain care'];
const xNavHtml = xNav
  .map(
    (t, i) => `<li class="wbGNFH wixui-dropdown-menu__item" data-index="${i}">
<a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHgGh"><div class="yRj2ms"><div class="">
<p class="gvxZsY" id="comp-kq1x4${i}label">${t}</p></div></div></a></li>`,
  )
  .join('\n');
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title><meta name="description" content="A mechanic's guide to fixing a flat tyre.">
<link rel="canonical" href="https://www.gearboxbikeco.com/post/how-to-fix-a-puncture-at-the-roadside"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${xTitle}","datePublished":"2027-02-11T09:30:00.000Z",
"author":{"@type":"Person","name":"Kemi Adeyemi"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"7f2e1c"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-kq1x3 { --txt-direction:ltr; }</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX"></div></div><div class="CJF7A2">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div id="comp-kq1x3" class="KcpHeO tz5f0K comp-kq1x3 wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">GEARBOX BIKE CO.</span></p></div>
<wix-dropdown-menu id="comp-kq1x4" class="XwCBRN comp-kq1x4 wixui-dropdown-menu" tabindex="-1" dir="ltr"><nav class="R_TAzU" id="comp-kq1x4navContainer"
aria-label="Site"><ul class="y7qwii" id="comp-kq1x4itemsContainer">
${xNavHtml}
</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="ugcpr" class="dBAkHi theme-vars">
<div data-hook="post-page" class="post-page"><div data-hook="post-list__post-page" class="MBCHCX"><article class="blog-post-page-font" data-hook="post">
<div class="post-header"><div data-hook="post-header-metadata" class="post-metadata"><div class="avatar-wrapper"><span class="user-name blog-link-hover-color"
data-hook="user-name">Kemi Adeyemi</span><ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago"
title="Feb 11">Feb 11</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read" title="3 min read">3 min read</span></li></ul></div>
<div class="more-button" data-hook="more-button"><button aria-label="More actions" aria-haspopup="true" class="blog-more-actions"></button></div></div></div>
<div class="post-title"><h1 class="blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text">${xTitle}</span></h1></div>
<div class="post-content" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer" dir="ltr"><div class="ricos-viewer">
<p class="MVY5Lo mm8Nw" id="viewer-2k1a9" dir="auto"><span class="public-DraftStyleDefault-ltr">${at(xBody, 0)}</span></p>
<h2 class="H3vOVf" id="viewer-7bt1c" dir="auto"><span>${at(xBody, 1)}</span></h2>
<ul class="Ki1gO" dir="auto">${lis(
  xBody.slice(2, 6).map((t) => `<p class="MVY5Lo" dir="auto">${t}</p>`),
  'ZpKEo',
)}</ul>
<div data-hook="rcv-block3"><figure data-hook="figure-IMAGE" class="mD3bC"><div class="image-container"><img 
src="https://static.wixstatic.com/media/c3a1f2_levers.jpg" alt=""></div>
<figcaption dir="auto" class="XmLSpC" data-hook="imageViewerCaption">Clip the first lever to a spoke.</figcaption></figure>
</div>
<h2 class="H3vOVf" id="viewer-b83ke" dir="auto"><span>${at(xBody, 6)}</span></h2>
<ol class="Ki1gO" dir="auto">${lis(
  xBody.slice(7, 14).map((t) => `<p class="MVY5Lo" dir="auto">${t}</p>`),
  'ZpKEo',
)}</ol>
<h2 class="H3vOVf" id="viewer-0q2wm" dir="auto"><span>${at(xBody, 14)}</span></h2>
<p class="MVY5Lo mm8Nw" id="viewer-ep77f" dir="auto"><span class="public-DraftStyleDefault-ltr">${at(xBody, 15)}</span></p>
</div></div></div>
<div class="post-footer"><div class="post-tags"><ul class="tag-list"><li><a href="/blog/tags/repairs" class="tag-link">Repairs</a></li>
<li><a href="/blog/tags/how-to" class="tag-link">How to</a></li></ul></div><div class="share-buttons" data-hook="share-buttons">
<button aria-label="Share via Facebook" class="share-button"></button><button aria-label="Share via X" class="share-button"></button>
<button aria-label="Share via LinkedIn" class="share-button"></button><button aria-label="Share via link" class="share-button"></button></div>
<div class="post-stats" data-hook="post-main-actions__stats"><span data-hook="views-count">214 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked" class="like-button"><span class="like-button__count">12</span></button></div></div>
</article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="recent-posts__see-all">See All</a></div><ul>${links(xRecent)}</ul></section>
<section class="comments" data-hook="comments"><h2 class="comments__title">Comments</h2><div class="comment-box">
<button class="comment-box__placeholder">Write a
comment...</button></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="richTextElement" class="wixui-rich-text">
<p class="font_9 wixui-rich-text__text">Gearbox Bike Co. · 14 Foundry Road, Halcombe</p>
<p class="font_9 wixui-rich-text__text">Open Tuesday to Saturday, 9am to 5.30pm</p>
<p class="font_9 wixui-rich-text__text">© 2027 by Gearbox Bike Co. Proudly created with Wix.com</p></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixPuncture: TestPage = {
  name: 'heldout480-wix-puncture-guide',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [at(xBody, 1), at(xBody, 6), at(xBody, 14)],
  body: texts(xBody.filter((_, i) => ![1, 6, 14].includes(i))),
  bylines: ['Kemi Adeyemi', 'Feb 11', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'GEARBOX BIKE CO.', ...xNav, 'Clip the first lever to a spoke.', 'Repairs', 'How to', '214 views', '0 comments', '12',
    'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...', 'Gearbox Bike Co. · 14 Foundry Road, Halcombe',
    'Open Tuesday to Saturday, 9am to 5.30pm', '© 2027 by Gearbox Bike Co. Proudly created with Wix.com',
  ],
};

export const HELDOUT480_B: readonly TestPage[] = [squarespaceRoute, wixPuncture].map(apart);
