import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout608-kit.js';

/**
 * Held-out batch 608, file b: a workshop timetable on Squarespace 7.1 (blocks, buttons, a newsletter block, a cookie banner),
 * and an embroidery kit post on a Wix Blog with its author line, reading time, tags, recent posts and comments box.
 */
const qTitle = 'Spring Workshop Timetable';
const qIntro = [
  j(
    'Our spring workshops run from April to June in the big room above the shop. Classes are small, eight people at most, and',
    'we provide machines, irons and cutting mats. Bring your own fabric scissors if you have a favourite pair.',
  ),
  'Fabric for each class is included in the price unless the listing says otherwise. Tea, coffee and a great deal of cake are always included.',
];
type Slot = [when: string, what: string];
const qApril: Slot[] = [
  ['Saturday 11 April, 10:00–16:00', 'Beginner patchwork cushion with Hana · £65'],
  ['Wednesday 15 April, 18:30–20:30', 'Evening embroidery club, drop-in · £12'],
  ['Saturday 25 April, 10:00–13:00', 'Free-motion quilting taster with Colm · £38'],
];
const qMay: Slot[] = [
  ['Saturday 9 May, 10:00–16:00', 'English paper piecing: the hexagon pincushion · £55'],
  ['Sunday 17 May, 11:00–15:00', 'Sashiko for beginners, kit extra at £14 · £42'],
  ['Wednesday 20 May, 18:30–20:30', 'Evening embroidery club, drop-in · £12'],
];
const qJune: Slot[] = [
  ['Saturday 6 June, 10:00–16:00', 'Zip pouches three ways · £58'],
  ['Saturday 20 June and Saturday 27 June, 10:00–16:00', 'Your first quilt, a two-day course with Hana · £140'],
];
const qNote = j(
  'If a class is full, email us and we will add you to the waiting list. We need seven days’ notice to refund a booking;',
  'after that we can move you to another date.',
);
const qNav = ['Shop', 'Workshops', 'Private lessons', 'Gift vouchers', 'Find us'];
const slots = (list: Slot[]): string => list.map(([w, t]) => `<p class="" style="white-space:pre-wrap;"><strong>${w}</strong><br>\n${t}</p>`).join('\n');
const slotTexts = (list: Slot[]): string[] => list.map(([w, t]) => `${w} ${t}`);
const block = (
  id: string,
  inner: string,
): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Workshop Timetable — Stitch House Studio</title><link rel="canonical" href="https://www.stitchhousestudio.co.uk/workshops">
<meta property="og:site_name" content="Stitch House Studio"><meta property="og:title" content="Workshop Timetable — Stitch House Studio">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1c","siteTitle":"Stitch House Studio"},"pageType":2,
"collectionId":"64a0","templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.stitchhousestudio.co.uk","name":"Stitch House
Studio","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1c/12/5c5a519771c10ba3470d8101/64a0/1546/site.css" type="text/css" rel="stylesheet"></head>
<body id="collection-64a0" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid
primary-button-shape-pill form-use-theme-colors show-cart collection-type-page collection-64a0 view-item">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{}"><div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce"
data-test="header-inner"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">
Stitch House Studio</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg
class="icon icon--cart" viewBox="0 0 31 24"></svg><div class="icon-cart-quantity"><span class="cart-quantity-container"><span class="sqs-cart-quantity">0
</span></span></div></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0aa">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a0ab"><div class="section-border"><div
class="section-background">
</div></div><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a0ab">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${block('a1', `<h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}`)}
${block('a2', `<h2 style="white-space:pre-wrap;">April</h2>${slots(qApril)}`)}
${block('a3', `<h2 style="white-space:pre-wrap;">May</h2>${slots(qMay)}`)}
${block('a4', `<h2 style="white-space:pre-wrap;">June</h2>${slots(qJune)}<p class="" style="white-space:pre-wrap;"><em>${qNote}</em></p>`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a5"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium" data-button-type="primary">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element" data-initialized="true">Book a place</a>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small"
data-section-id="64a0ac"><div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"
id="block-a6"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64a0ad" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {
Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {(new Y.Squarespace.FormSubmit(form)).submit({formId: '64a0ad'});});})(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about new workshops first</h2><div
class="newsletter-form-header-description">
<p>One email a month, no more. New dates go to the list a week before they go on sale.</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label
class="newsletter-form-field-label
title" for="email-yui_3_17_2_1">Email Address</label><input id="email-yui_3_17_2_1" class="newsletter-form-field-element field-element" name="email"
type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div></form></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12
columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-6 span-6">${block(
  'f1',
  `<p class="" style="white-space:pre-wrap;">
<strong>Stitch House Studio</strong></p><p class="" style="white-space:pre-wrap;">14 Castle Row, Totnes TQ9 5XX</p>
<p class="" style="white-space:pre-wrap;">Open Tuesday to Saturday, 10–5</p>`,
)}</div><div class="col sqs-col-6 span-6">${block(
  'f2',
  `<p class="" style="white-space:pre-wrap;">
<a href="https://instagram.com/stitchhousestudio" target="_blank">Instagram</a></p><p class="" style="white-space:pre-wrap;"><a href="/terms">Booking
terms</a></p>`,
)}
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept
</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout608-squarespace-timetable',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: ['April', 'May', 'June'],
  body: texts([...qIntro, ...slotTexts(qApril), ...slotTexts(qMay), ...slotTexts(qJune), qNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Stitch House Studio', ...qNav, '0', 'Book a place', 'Hear about new workshops first',
    'One email a month, no more. New dates go to the list a week before they go on sale.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '14 Castle Row, Totnes TQ9 5XX', 'Open Tuesday to Saturday, 10–5', 'Instagram', 'Booking terms',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

const wTitle = 'What’s in our beginner embroidery kit (and why)';
const wBody = [
  j(
    'We get asked this a lot at fairs, so here is the long answer. Every piece in the Wren Starter Kit is there because a beginner',
    'in one of our classes struggled without it, or struggled with a cheaper version of it.',
  ),
  'The hoop',
  j(
    'A 15 cm beech hoop with a brass screw. Plastic hoops are lighter but they lose their grip after a few uses, and a slack hoop',
    'is the number one reason for puckered work. We bind the inner ring with cotton tape so the fabric does not slip.',
  ),
  'The fabric',
  j(
    'Medium-weight linen-cotton in natural. It is firm enough to hold a stitch but soft enough that a size 7 needle goes through',
    'without a fight. The pattern is printed in a wash-away ink, so there are no pencil lines to hide.',
  ),
  'Threads and needles',
  j(
    'Eight skeins of stranded cotton in the colours of the pattern, pre-sorted on a card, and a pack of mixed embroidery needles.',
    'We also include a threader, because nobody should spend the first twenty minutes of a new hobby trying to thread a needle.',
  ),
  j(
    'That is everything. Scissors are the one thing we leave out: most people already own a small pair, and we would rather you',
    'spent the money on a good one than on a flimsy one from us.',
  ),
];
const wTags = ['beginners', 'kits', 'hand embroidery'];
const wRecent = ['Fixing a puckered hoop', 'Ten stitches, one sampler', 'Our spring class dates'];
const wNav = ['Home', 'Kits', 'Classes', 'Blog', 'Contact'];
const wPara = (t: string, id: string): string => `<p class="mm8Nw _1j-51 ryGlw _1FoOD _3M0Fe copy-paste-only-component" dir="auto" id="viewer-${id}">
<span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p>`;
const wHead = (t: string, id: string): string => `<h2 class="_3f-vr _1FoOD _3M0Fe _1j-51 _1atvN public-DraftStyleDefault-block-depth0 fixed-tab-size
public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-${id}"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></h2>`;
const wArticle = wBody.map((t, i) => ([1, 3, 5].includes(i) ? wHead(t, `h${i}`) : wPara(t, `p${i}`))).join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/wren_favicon.png/v1/fill/w_192,h_192/wren_favicon.png" type="image/png">
<script>window.viewerModel = {"site":{"metaSiteId":"a1b2","siteId":"c3d4"},"language":{"userLanguage":"en"},"requestUrl":
"https://www.wrenembroideryroom.com/post/what-s-in-our-beginner-embroidery-kit-and-why"};</script>
<title>What’s in our beginner embroidery kit (and why)</title>
<meta name="description" content="We get asked this a lot at fairs, so here is the long answer.">
<link rel="canonical" href="https://www.wrenembroideryroom.com/post/what-s-in-our-beginner-embroidery-kit-and-why">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Wren Embroidery Room">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person","name":
"Ruth Adebayo"},"datePublished":"2026-03-03T09:14:00.000Z","dateModified":"2026-03-05T12:02:11.000Z"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255,1;}#comp-kd2{--txt:62,46,38,1;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="top of page"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage
css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div
id="comp-kd1" class="KcpHeO tz5f0K comp-kd1 wixui-rich-text"><h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/">
The Wren Embroidery Room</a></span></h2></div><nav id="comp-kd2" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kd2
wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav><div id="comp-cart" class="comp-cart"><a
aria-label="Cart with 0 items" href="/cart-page"><span class="wixui-cart-icon">0</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="nsp4c" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div data-mesh-id="nsp4cinlineContent"
data-testid="inline-content"
class=""><div id="TPASection_blog" class="TPASection_blog"><div class="post-page-wrapper" data-hook="post-page"><div class="_2LPkL blog-post-page-font"
data-hook="post-page-header"><article class="ZIZ2d blog-post-page-font" data-hook="post"><div class="_3vEHd" data-hook="post-header">
<div class="_1c1bl post-metadata"><div class="avatar-container" data-hook="avatar"><a href="/profile/ruth-adebayo/profile" data-hook="avatar__link">
<img alt="Writer's picture" src="https://static.wixstatic.com/media/ruth.jpg/v1/fill/w_32,h_32/ruth.jpg"></a></div><div class="_2BpoW">
<span class="tQ0Q1 user-name" data-hook="user-name">Ruth Adebayo</span><div class="_3bXzq post-metadata__date-time"><span class="post-metadata__date"
data-hook="time-ago">Mar 3</span><span class="post-metadata__updated"> Updated: Mar 5</span><span class="post-metadata__read-time" data-hook="time-to-read">
3 min read</span></div></div></div><div class="more-button" data-hook="more-button"><button aria-label="More actions" type="button"></button></div></div>
<div class="_2fNFm" data-hook="post-title"><h1 class="UbhFJ7 blog-post-title-font blog-post-title-color" data-hook="post-title">${wTitle}</h1></div>
<div class="post-content__body" data-hook="post-description"><div class="moHCnT"><div data-rce-version="9.12.0"><div class="_1hN1O"
data-id="rich-content-viewer"
dir="ltr"><div class="_2cR_0 rich-content-viewer" data-hook="rcv-block-first">
${wArticle}
<div class="_3CWa- _1j-51 _1atvN" data-hook="imageViewer"><figure><img alt="" src="https://static.wixstatic.com/media/kit.jpg/v1/fill/w_740,h_493/kit.jpg">
<figcaption class="_1mkB6" dir="auto"><span>The Wren Starter Kit, laid out on the shop counter</span></figcaption></figure></div></div></div></div></div></div>
<div class="_1Aq5g post-footer" data-hook="post-footer"><div class="tags-container"><ul class="_3e9ul" aria-label="Tags">${links(wTags, 'tag-link')}</ul></div>
<div class="post-main-actions__share"><button aria-label="Share on Facebook" class="share-button"></button><button aria-label="Share on X" class="share-button">
</button><button aria-label="Share via link" class="share-button"></button></div><div class="post-stats" data-hook="post-main-actions__stats">
<span class="view-count" data-hook="views-count">214 views</span><span class="comment-count" data-hook="comment-count">0 comments</span><div
class="like-button-with-count"><span class="like-count" data-hook="like-count">9</span><button aria-label="Post not marked as liked" class="like-button">
</button></div></div></div></article></div>
<section class="recent-posts" data-hook="recent-posts"><div class="_1m4aN"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog" class="see-all"
data-hook="see-all-posts">See All</a></div><ul>${links(wRecent, 'recent-post')}</ul></section>
<section class="comments" data-hook="comments"><h2 class="comments-title">Comments</h2><div class="comments-widget"><button class="comment-box-placeholder"
data-hook="comment-box-placeholder">Write a comment...</button></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-ft1" class="wixui-rich-text"><p class="font_8">The Wren Embroidery Room,
Unit 3, Mill Yard, Hebden Bridge</p><p class="font_8">© 2026 by The Wren Embroidery Room. Proudly created with <a href="https://www.wix.com">Wix.com</a></p>
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner" data-hook="consent-banner-root"><p
data-hook="consent-banner-text">
This website uses cookies. By clicking Accept, you consent to our use of cookies.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" defer></script></body></html>`;
const wix: TestPage = {
  name: 'heldout608-wix-blog-kit',
  kind: 'blog',
  html: wHtml,
  title: texts([wTitle])[0] ?? '',
  headings: [at(wBody, 1), at(wBody, 3), at(wBody, 5)],
  body: texts(wBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: ['Ruth Adebayo', 'Mar 3', 'Updated: Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wren Embroidery Room', ...wNav, '0', '3 min read', 'The Wren Starter Kit, laid out on the shop counter', ...wTags, '214 views',
    '0 comments', '9', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    'The Wren Embroidery Room, Unit 3, Mill Yard, Hebden Bridge', '© 2026 by The Wren Embroidery Room. Proudly created with Wix.com',
    'This website uses cookies. By clicking Accept, you consent to our use of cookies.', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT608_B: readonly TestPage[] = [squarespace, wix];
