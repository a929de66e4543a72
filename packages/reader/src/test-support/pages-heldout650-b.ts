import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout650-kit.js';

/**
 * Held-out batch 650, file b: a violin bow rehair service page on Squarespace 7.1 (Fluid Engine) and a drum kit buying guide
 * on a Wix blog post.
 */
const qTitle = 'Bow Rehairing';
const qBody = [
  j(
    'A bow with worn hair slips on the string and will not hold rosin. We rehair violin, viola, cello and bass bows in the workshop',
    'using graded Mongolian stallion hair, chosen by hand for each bow.',
  ),
  j(
    'Most rehairs are finished while you wait, in about ninety minutes, if you book a morning slot. Bows dropped off in the',
    'afternoon are ready the next day.',
  ),
  'Violin or viola bow: £55',
  'Cello bow: £60',
  'Double bass bow (white or black hair): £70',
  j('We also replace thumb grips, lapping and eyelets, and straighten warped sticks. Ask us for a quote when you book.'),
];
const qNav = ['Instruments', 'Workshop', 'Hire', 'Visit'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Bow Rehairing — Harrowgate Strings</title>
<link rel="canonical" href="https://www.harrowgatestrings.co.uk/bow-rehairing"><meta property="og:site_name" content="Harrowgate Strings">
<script type="application/ld+json">{"url":"https://www.harrowgatestrings.co.uk","name":"Harrowgate Strings",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Harrowgate Strings","address":"3 Kiln Yard\\nWrexley",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a/64a1/1534/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Harrowgate Strings"},"templateId":"5c5a519771c10ba3470d8101"};</script></head>
<body id="collection-64a1c0f2" class="header-overlay-alignment-center tweak-global-animations-enabled primary-button-style-solid form-field-style-solid">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title"
class="site-title-link">Harrowgate Strings</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">
Book a visit</a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c0f2ab">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1c0f2ac" data-controller="SectionWrapperController">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper" style=""><div class="content">
<div data-fluid-engine="true"><style>.fe-64a1c0f2ad{--grid-gutter:calc(var(--sqs-mobile-site-gutter,6vw) - 11.0px);}</style>
<div class="fluid-engine fe-64a1c0f2ad"><div class="fe-block fe-block-yui_3_17_2_1_1688321_4210"><div class="sqs-block html-block sqs-block-html"
data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_1688321_4210"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${lis(qBody.slice(2, 5).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
${ps(qBody.slice(5), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1688321_5120"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.com/content/v1/64a1/bow-frog.jpg"
alt="A bow in the rehair vice" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">
Fresh hair going into a Dodd-pattern frog.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1688321_6033"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div
class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--left"><a href="/book" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Book a rehair</a></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle dark">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64a1c0f2b0">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Harrowgate Strings</h3><p class="" style="white-space:pre-wrap;">3 Kiln Yard, Wrexley</p>
<p class="" style="white-space:pre-wrap;">Open Tuesday to Saturday, 9:30–17:00</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter"
data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64a1c0f2b1"><header class="newsletter-form-header"><h2>Workshop notes</h2><div
class="newsletter-form-header-description">
<p>A short email each season with concert news and care tips.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-field-wrapper
form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button
sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit"
value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout650-squarespace-bow-rehair',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: qBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Harrowgate Strings', ...qNav, 'Book a visit', 'Fresh hair going into a Dodd-pattern frog.', 'Book a rehair', '3 Kiln Yard, Wrexley',
    'Open Tuesday to Saturday, 9:30–17:00', 'Workshop notes', 'A short email each season with concert news and care tips.', 'Email Address', 'Sign Up',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
});

const wTitle = 'Your first drum kit: what to buy and what to skip';
const wBody = [
  j(
    'Every week someone walks into Backbeat Drum Loft with a printout of a kit they found online and a worried look. Buying a first',
    'kit is confusing because the box price rarely tells you what you are actually getting. Here is how we talk people through it.',
  ),
  'Shells matter less than you think',
  j(
    'Beginners often fixate on wood: birch, maple, poplar. At entry level the difference is small. What you will hear far more clearly',
    'is the drumheads that come on the kit, and most factory heads are thin and ring for ever. Budget around $90 for a better batter head',
    'on the snare and toms and even a cheap kit suddenly sounds like a real one.',
  ),
  'Check what “complete” means',
  j(
    'A “complete kit” might include stands, a pedal, a throne and cymbals, or it might mean five shells and nothing else. Before you compare',
    'prices, make a list of what each box really contains:',
  ),
  'Hardware: snare stand, hi-hat stand, one or two cymbal stands',
  'Bass drum pedal',
  'Throne (the stool)',
  'Cymbals: usually hi-hats and one crash/ride',
  j(
    'The cymbals in beginner packs are the weak spot. They are fine for the first months, and you can replace them one at a time as',
    'your ear improves. Start with the hi-hats, because you play them most.',
  ),
  'Acoustic or electronic?',
  j(
    'If you live in an apartment, an electronic kit with mesh heads is the honest answer. You can practise at night with headphones,',
    'and most modules have a metronome and training games built in. The trade-off is feel: rubber cymbal pads and small mesh toms do not',
    'teach you dynamics the way a real drum does. Many of our students start electronic and add an acoustic kit later for lessons and',
    'the rehearsal room.',
  ),
  'Our rule of thumb',
  j(
    'Spend a little less on the kit and a little more on the throne and pedal. You will sit on the throne for every minute you play, and a',
    'wobbly pedal makes learning bass-drum patterns miserable. Come in and try a few; we will set one up at your height before you decide.',
  ),
];
const wHeadIdx = [1, 3, 10, 12];
const wNav = ['Home', 'Shop', 'Lessons', 'Blog', 'Contact'];
const wRecent = ['Tuning your snare in ten minutes', 'Why your bass drum pedal squeaks', 'Practice pads compared'];
const wp = (t: string, i: number): string =>
  `<p class="mm8Nw _1j-51 IUKkB ZcEB3 VnCoW" id="viewer-${(i * 7919).toString(36)}"
dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p>`;
const wh = (t: string, i: number): string =>
  `<h2 class="_1QAcA _1j-51 IUKkB tbIsr" id="viewer-${(i * 104729).toString(36)}"
dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></h2>`;
const wList = wBody.slice(5, 9);
const wRich = [
  ...wBody.slice(0, 5).map((t, i) => (wHeadIdx.includes(i) ? wh(t, i) : wp(t, i))),
  `<ul class="_1R0BB public-DraftStyleDefault-ul">${lis(
    wList.map((t) => `<p class="mm8Nw _1j-51" dir="auto">${t}</p>`),
    '_3Ggj5 public-DraftStyleDefault-unorderedListItem',
  )}</ul>`,
  ...wBody.slice(9).map((t, k) => (wHeadIdx.includes(k + 9) ? wh(t, k + 9) : wp(t, k + 9))),
].join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Your first drum kit: what to buy and what to skip</title>
<meta property="og:site_name" content="Backbeat Drum Loft"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Ramona Ellery"},
"datePublished":"2026-03-03T16:20:00.000Z","publisher":{"@type":"Organization","name":"Backbeat Drum Loft"}}</script>
<script>window.viewerModel = {"siteFeatures":["wixCustomElements","passwordProtectedPage"],"site":{"metaSiteId":"c4a0f2"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-kx8q1 .StylableHorizontalMenu{--menu-item-gap:24px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="masterPage">
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank"
class="B5PD3c"><span class="RZkJdv">
This site was designed with the <span class="ZfpxpH">Wix</span>
website builder. Create your website today.</span><span class="Rj4AOp">Start Now</span></a></div>
<header class="Ca2iTU" id="SITE_HEADER" tabindex="-1"><div class="_C0cVf"><div id="comp-kx8p7"
class="_2Hij5 wixui-rich-text"><h4 class="font_4 wixui-rich-text__text">
<a href="https://www.backbeatdrumloft.com">Backbeat Drum Loft</a></h4></div>
<wix-dropdown-menu id="comp-kx8q1" class="XRwtpn" tabindex="-1" dir="ltr"><nav aria-label="Site" class="NHM1d1"><ul class="R_TAzU">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="UiHgGh"><div class="_pfxlW"><p class="JS76Uv">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPASection_ikqqb"
class="wixui-tpa-section"><div class="post-page">
<article class="blog-post-page-font _3kJBI" data-hook="post"><div class="_2mZSx" data-hook="post-header"><div class="post-metadata" data-hook="post-metadata">
<a href="/profile/ramona-ellery/profile" data-hook="avatar"><span data-hook="user-name" class="tQ0Q1A user-name">Ramona Ellery</span></a>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 3">Mar 3</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">6 min read</span></li></ul></div>
<button class="more-button" data-hook="more-button" aria-label="More actions"></button></div>
<div class="_2Ccpq"><h1 class="H3vOVf blog-post-title-font blog-post-title-color"
data-hook="post-title"><span class="post-title__text blog-post-title-font">${wTitle}</span></h1>
</div><div class="post-content__body" data-hook="post-description"><div class="moHCnT"><div data-rce-version="9.6.1" class="_2cIUv"
data-id="rich-content-viewer">
<div class="_1hN1O public-DraftEditor-content">
${wRich}
</div></div></div></div>
<div class="post-footer"><div class="post-tags" data-hook="post-tags"><ul><li><a href="/blog/tags/beginners" data-hook="tag">Beginners</a></li>
<li><a href="/blog/tags/gear" data-hook="tag">Gear</a></li></ul></div>
<div class="post-main-actions" data-hook="post-main-actions"><button aria-label="Share via Facebook"></button><button aria-label="Share via X
(Twitter)"></button>
<button aria-label="Share via link"></button></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">214 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-count">9</span></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><ul>${wRecent
  .map((t) => `<li><h3 data-hook="post-title"><a href="/post/x">${t}</a></h3></li>`)
  .join('\n')}
</ul></section><section class="comments" data-hook="comments"><h2 data-hook="comments-title">Comments</h2><div data-hook="comment-box-placeholder">
Write a comment...</div></section></div></div></div></main>
<footer class="Ca2iTU" id="SITE_FOOTER" tabindex="-1"><div id="comp-kx9a2" class="wixui-rich-text"><p class="font_8">412 Cinder Street, Portwell</p>
<p class="font_8">© 2026 by Backbeat Drum Loft. Proudly created with Wix.com</p></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout650-wix-drum-kit-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeadIdx.map((i) => wBody[i] ?? ''),
  body: texts(wBody.filter((_, i) => !wHeadIdx.includes(i))),
  bylines: ['Ramona Ellery', 'Mar 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Backbeat Drum Loft', ...wNav,
    '6 min read', 'Beginners', 'Gear', '214 views', '0 comments', '9', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    '412 Cinder Street, Portwell', '© 2026 by Backbeat Drum Loft. Proudly created with Wix.com', 'bottom of page',
  ],
});

export const HELDOUT650_B: readonly TestPage[] = [squarespace, wix];
