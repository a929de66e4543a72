import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout630-kit.js';

/**
 * Held-out batch 630, file b: a herbal consultation page on Squarespace 7.1 (fluid-engine sections) and a herbalist's blog post
 * on Wix (Wix Blog).
 */
const qTitle = 'Herbal Consultations';
const qIntro = j(
  'A consultation is an unhurried conversation about your health, your history and what you would like to change. I then make up a',
  'prescription of herbs for you in the dispensary, usually as a tincture, a tea blend or both.',
);
const qH = ['What to expect', 'Fees'];
const qExpect = [
  'The first appointment lasts about 75 minutes and can be in the clinic in Thornbury or by video call.',
  'Follow-up appointments last 30 minutes and are usually booked three to four weeks apart.',
  'Please bring a list of any medicines and supplements you take, so I can check for interactions.',
];
const qFees = ['First consultation £65', 'Follow-up £35', 'Herbs are charged separately and usually cost £12 to £20 a month'];
const qClose = j(
  'I am a member of the Guild of Clinical Herbalists and hold full professional insurance. Herbal medicine works alongside',
  'conventional care, not instead of it; please keep seeing your GP.',
);
const qNav = ['Home', 'About', 'Consultations', 'Dispensary Shop', 'Journal', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Herbal Consultations &mdash; Fennel &amp; Thorn Apothecary</title><link rel="canonical" href="https://www.fennelandthorn.co.uk/consultations">
<meta property="og:site_name" content="Fennel &amp; Thorn Apothecary">
<meta property="og:title" content="Herbal Consultations &mdash; Fennel &amp; Thorn Apothecary">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1","siteTitle":"Fennel & Thorn Apothecary"},
"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.fennelandthorn.co.uk","name":"Fennel &amp; Thorn Apothecary","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a/64a2/1541/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1c2" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><p class="sqs-cookie-banner-v2-cta">This
website uses cookies to improve your experience.</p><div class="sqs-cookie-banner-v2-actions"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Fennel &amp;
Thorn Apothecary</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<span class="sqs-cart-quantity">0</span></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c3">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium"
data-section-id="64a1c4"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1c4"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1><p class="sqs-block-html-text" style="white-space:pre-wrap;">${qIntro}</p>
</div></div></div></div><div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure intrinsic">
<div class="fluid-image-container sqs-image-content"><img data-stretch="false" src="https://images.squarespace-cdn.com/content/v1/64a1/dispensary.jpg"
alt="Jars of dried herbs on dispensary shelves" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>The dispensary
at Thornbury</p></div></figcaption></figure></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed" data-section-id="64a1c5">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1c5"><div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block
html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(qH, 0)}</h2>
<ul data-rte-list="default">${lis(qExpect.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(qH, 1)}</h2>${ps(qFees, ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;">${qClose}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_5"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book a consultation</a></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-html-content"><p>Fennel &amp; Thorn Apothecary · 14 Castle Wynd, Thornbury</p>
<p>Clinic hours: Tuesday to Saturday, 10am to 5pm</p></div><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Seasonal letters from the dispensary</h2></div><form class="newsletter-form">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3">Email Address
</label><input id="email-yui_3" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = page({
  name: 'heldout630-squarespace-consultations',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([qIntro, ...qExpect, ...qFees, qClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Skip to Content', 'Fennel & Thorn Apothecary', ...qNav, '0',
    'The dispensary at Thornbury', 'Book a consultation', 'Fennel & Thorn Apothecary · 14 Castle Wynd, Thornbury',
    'Clinic hours: Tuesday to Saturday, 10am to 5pm', 'Seasonal letters from the dispensary', 'Email Address', 'Sign Up',
  ],
});

const xTitle = 'Five herbs for a winter windowsill';
const xIntro = j(
  'Most of the garden is asleep by December, but a bright windowsill will keep a small kitchen pharmacy going until spring.',
  'These are the five I grow every winter, in pots no bigger than a mug, for teas, steams and the odd soup.',
);
const xH = ['Thyme', 'Lemon balm', 'Sage', 'Mint', 'Calendula'];
const xHerbs = [
  j(
    'The toughest of the five. Take a 10 cm cutting from the garden in October, strip the lower leaves and push it into gritty compost.',
    'A sprig of fresh thyme in hot water with honey is our first thing to reach for when a cough starts.',
  ),
  j(
    'Lemon balm sulks in cold glass, so keep it back from the window on frosty nights. Pinch out the tops every week to stop it',
    'getting leggy. Steeped for ten minutes it makes a gentle, lemony evening tea.',
  ),
  'Sage likes the driest, sunniest spot you have. Water it only when the pot feels light. A strong sage tea makes a good gargle.',
  j(
    'Mint will grow almost anywhere, which is exactly why it gets its own pot. Cut it hard and often; the new growth has the best',
    'flavour for peppermint-style tea after a heavy meal.',
  ),
  j(
    'Calendula is the one that makes people smile in January. Sow a few seeds in September and it will flower on the sill through',
    'the darkest weeks. We dry the petals for infused oil.',
  ),
];
const xEnd = 'If you have a question about any of these, come and find us at the Saturday market in Wickham Green.';
const xNav = ['Home', 'About', 'Shop', 'Workshops', 'Blog', 'Contact'];
const xRecent = ['Making a simple elderberry syrup', 'What is a herbal infusion, really?', 'Our spring workshop dates'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title>
<meta name="description" content="Five herbs you can grow on a windowsill through winter, for teas and steams.">
<link rel="canonical" href="https://www.greenwickherbals.com/post/five-herbs-for-a-winter-windowsill">
<meta property="og:title" content="${xTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Rosalind Pye"},
"datePublished":"2026-12-02T10:14:00.000Z","publisher":{"@type":"Organization","name":"Greenwick Herbals"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"5f3e","isPremiumDomain":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_CONTAINER{position:relative}.font_0{font:normal normal normal 40px/1.2em 'playfair display',serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd9fi"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1a2" class="Zc7IjY">
<div data-testid="richTextElement" class="KcpHeO tz5f0K comp-kx1a2 wixui-rich-text" id="comp-kx1a3"><p class="font_6 wixui-rich-text__text">
<a href="https://www.greenwickherbals.com">Greenwick Herbals</a></p></div>
<nav aria-label="Site" id="comp-kx1a4" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">${xNav
  .map((t) => `<li class="menuItem"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="itemLabel"><span class="label">${t}</span></a></li>`)
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="TPAMultiSection_lpe3" class="TPAMultiSection_lpe3"><div class="blog-post-page-font" data-hook="post-page">
<article class="blog-post-page-font" data-hook="post"><div class="post-metadata" data-hook="post-metadata"><div class="avatar-container">
<span data-hook="user-name" class="user-name">Rosalind Pye</span></div><ul class="post-metadata__list"><li><span data-hook="time-ago"
class="time-ago" title="2 Dec 2026">2 Dec 2026</span></li><li><span data-hook="time-to-read" class="time-to-read">3 min read</span></li></ul></div>
<div class="post-title"><h1 class="blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text">${xTitle}</span></h1></div>
<div data-hook="post-description"><div data-id="rich-content-viewer" class="rich-content-viewer" dir="ltr">
<p class="MMl86 rTgwj" id="viewer-a1" dir="auto"><span class="JDuaz">${xIntro}</span></p>
${xH
  .map(
    (h, i) => `<h2 class="rgt8k" id="viewer-h${i}" dir="auto"><span class="JDuaz"><span style="font-weight:700;">${h}</span></span></h2>
<p class="MMl86 rTgwj" id="viewer-p${i}" dir="auto"><span class="JDuaz">${at(xHerbs, i)}</span></p>`,
  )
  .join('\n')}
<p class="MMl86 rTgwj" id="viewer-end" dir="auto"><span class="JDuaz">${xEnd}</span></p></div></div>
<div class="post-footer"><div class="post-tags"><ul><li><a href="/blog/tags/windowsill" class="tag-link">windowsill</a></li><li><a href="/blog/tags/winter"
class="tag-link">winter</a></li></ul></div><div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook"></button>
<button aria-label="Share via X (Twitter)"></button><button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-stats"><span data-hook="view-count">48 views</span><span data-hook="comment-count">0 comments</span>
<button class="like-button" aria-label="Post not marked as liked"><span>3</span></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all">See All</a></div><ul>${links(xRecent)}</ul></section>
<section class="comments" data-hook="comments"><h2 data-hook="comments-header">Comments</h2><div data-hook="comment-box-placeholder">Write a comment...</div>
</section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div data-testid="richTextElement" class="wixui-rich-text" id="comp-kx1b1">
<p class="font_8 wixui-rich-text__text">Greenwick Herbals · Saturdays at Wickham Green market</p>
<p class="font_8 wixui-rich-text__text">© 2026 by Greenwick Herbals. Proudly created with Wix.com</p></div></footer>
</div></div></div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7e1f.bundle.min.js" async></script></body></html>`;
const wix: TestPage = page({
  name: 'heldout630-wix-blog-windowsill',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([xIntro, ...xHerbs, xEnd]),
  bylines: ['Rosalind Pye', '2 Dec 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greenwick Herbals', ...xNav, '3 min read', 'windowsill', 'winter', '48 views', '0 comments', '3', 'Recent Posts', 'See All', ...xRecent, 'Comments',
    'Write a comment...', 'Greenwick Herbals · Saturdays at Wickham Green market', '© 2026 by Greenwick Herbals. Proudly created with Wix.com',
  ],
});

export const HELDOUT630_B: readonly TestPage[] = [squarespace, wix];
