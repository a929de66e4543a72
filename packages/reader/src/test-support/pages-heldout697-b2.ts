import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file b2: a rose nursery's blog post on Wix with its post meta, tags, recent posts and comment box.
 */
const xTitle = 'How we pack bare-root roses for winter delivery';
const xBody = [
  j(
    'Every November the barn at Larkspur Lane fills with roses lifted straight from the field. People often ask how a plant with no',
    'soil round its roots survives three days in a courier van, so here is what happens between the field and your doorstep.',
  ),
  'Lifting and grading',
  j(
    'We lift with a tractor-drawn blade that cuts under the rows, then shake the soil off by hand. Each rose is graded: a first-grade',
    'bush has at least three strong canes and a root system the width of a hand. Anything smaller stays with us for another year.',
  ),
  'Keeping the roots moist',
  j(
    'Bare roots must never dry out. We dip them in a slurry of clay and water, wrap them in damp shredded paper and seal each bundle',
    'in a recycled polythene sleeve. Roses packed this way will keep for ten days in a cool shed.',
  ),
  'When your roses arrive',
  'Open the box the day it arrives and check the roots are still damp.',
  'Soak the roots in a bucket of water for two hours before planting.',
  'If the ground is frozen, heel them into a pot of compost and keep them somewhere cool but frost-free.',
  j('Questions about an order? Our team answers the phone from 9 to 4 on weekdays all through the lifting season.'),
];
const xTags = ['Bare-root roses', 'Delivery', 'Behind the scenes'];
const xRecent = ['Pruning climbers in February', 'Five roses for a north-facing wall', 'Our new rambler trial'];
const xMenu = ['Home', 'Shop Roses', 'Rose Guides', 'Blog', 'Contact'];
const xP = (t: string, id: string): string =>
  `<p class="mm8Nw _1j-51 roZ4z _1FoOD Q8crF" dir="auto" id="viewer-${id}"><span class="_3vZ3a"><span style="font-weight:400">${t}</span></span></p>`;
const xH = (t: string, id: string): string =>
  `<h2 class="mm8Nw _1j-51 KbVn4 _1FoOD pI1mr" dir="auto" id="viewer-${id}"><span class="_3vZ3a"><span style="font-weight:700">${t}</span></span></h2>`;
const xLi = (t: string, id: string): string =>
  `<li class="_3mtIZ" dir="auto"><p class="mm8Nw _1j-51 roZ4z _1FoOD" dir="auto" id="viewer-${id}"><span class="_3vZ3a">${t}</span></p></li>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>${xTitle}</title><meta name="description" content="Every November the barn at Larkspur Lane fills with roses lifted straight from the field.">
<link rel="canonical" href="https://www.larkspurlaneroses.com/post/how-we-pack-bare-root-roses"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-12T09:30:00.000Z"><meta property="article:author" content="Isla Corrigan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person","name":"Isla
Corrigan"},
"datePublished":"2026-11-12T09:30:00.000Z","publisher":{"@type":"Organization","name":"Larkspur Lane Roses"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"a1c0e1f2-77aa-4b31-9d1e-0c2b8f3a9e10","isPremiumDomain":true},
"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;z-index:50}.font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif}
</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="pageBackground"></div></div>
<div data-testid="skip-to-content" id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="ZOWOgf" tabindex="0">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div id="comp-lp1logo"
class="comp-lp1logo wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.larkspurlaneroses.com"
target="_self"
class="wixui-rich-text__text">Larkspur Lane Roses</a></span></p></div>
<nav aria-label="Site" id="comp-lp1menu" class="StylableHorizontalMenu3372578893__root comp-lp1menu wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${xMenu
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper"><a class="itemDepth02233374943__container" href="/${t.toLowerCase().replace(/ /g, '-')}">
<span class="itemDepth02233374943__label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-lp1login" class="comp-lp1login"><button class="tkB2v" aria-label="Log In"><span class="NqGFy">Log In</span></button></div></div>
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="tqbpk" class="tqbpk">
<div class="s1Xgz"><section id="comp-blog"
class="comp-blog wixui-section"><div data-testid="columns" class="comp-blog-cols"><div id="TPASection_blog" class="TPASection_blog">
<div class="blog-post-page-font">
<div class="_6UCfq"><article class="blog-post-page-font post-page post" data-hook="post"><div class="KGkxn"><div data-hook="post-header" class="nEF2k">
<div class="jDhlI"><div class="tQ0Q1"><div class="post-metadata__avatar"><a href="/profile/isla-corrigan/profile" data-hook="user-avatar-image"
aria-label="Isla Corrigan"></a></div>
<div class="WiDuL"><div class="hGX0P"><span class="tQ0Q1 blog-link-hover-color" data-hook="user-name">
<a href="/profile/isla-corrigan/profile">Isla Corrigan</a></span></div>
<ul class="x53ZP"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Nov 12, 2026">Nov 12, 2026</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="3 min read">3 min read</span></li></ul></div></div>
<div class="Vu8kK"><button class="GWxBa" aria-label="More actions" data-hook="more-button"><svg viewBox="0 0 19 19"></svg></button></div></div></div>
<div class="post-title"><h1 class="H3vOVf typography-override--post-title blog-post-title-font blog-post-title-color" data-hook="post-title">${xTitle}</h1>
</div>
<div class="post-content" data-hook="post-description"><div class="post-content__body"><div class="moHCnT" data-rce-version="10.54.0">
<div data-id="content-viewer"
class="k3Gel rich-content-viewer" dir="ltr" data-hook="rcv-block-first">
${xP(xBody[0] ?? '', 'a1')}
${xH(xBody[1] ?? '', 'a2')}
${xP(xBody[2] ?? '', 'a3')}
<div id="viewer-a4" class="_2vd5k _1vuGc image-container"><figure class="_3X5ar"><div class="_3Hz_v">
<img src="https://static.wixstatic.com/media/3c1f_packing.jpg/v1/fill/w_740,h_493"
alt="Roses wrapped for dispatch" loading="lazy"></div><figcaption class="_2TuGM" dir="auto"><span>Bundles of 'Silverdale Blush' ready for the courier.</span>
</figcaption></figure></div>
${xH(xBody[3] ?? '', 'a5')}
${xP(xBody[4] ?? '', 'a6')}
${xH(xBody[5] ?? '', 'a7')}
<ul class="_2K3jw public-DraftStyleDefault-ul">${xBody
  .slice(6, 9)
  .map((t, i) => xLi(t, `b${i}`))
  .join('\n')}</ul>
${xP(xBody[9] ?? '', 'a8')}
</div></div></div>
<div data-hook="post-footer" class="post-footer"><div class="cp1kN"><nav aria-label="Tags" class="post-tags"><p class="Ld8Gf">Tags:</p><ul class="tags-list">
${xTags
  .map(
    (t) => `<li><a class="tag-link" href="/blog/tags/${t.toLowerCase().replace(/ /g, '-')}" data-hook="tag"><span class="tag-text">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav><div class="post-main-actions__share" data-hook="post-main-actions__share"><button aria-label="Share via Facebook" class="share-button"></button>
<button aria-label="Share via X" class="share-button"></button><button aria-label="Share via link" class="share-button"></button></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="post-stats-view-count" class="view-count">48 views</span>
<span data-hook="post-stats-comment-count">
<span class="comment-count">0 comments</span></span><button class="like-button" data-hook="like-button" aria-label="Post not marked as liked">
<span class="like-count">3</span></button>
</div></div></div></div></article></div>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog"
class="see-all">See All</a></div>
<ul class="recent-posts__list">${xRecent
  .map(
    (t) => `<li class="post-list-item"><a href="/post/x" class="post-list-item__link">
<h3 class="post-title blog-post-title-font">${t}</h3></a></li>`,
  )
  .join('\n')}</ul></section>
<section class="comments" data-hook="comments"><h2 class="comments__title">Comments</h2><div class="comment-box"><button class="comment-box__placeholder"
data-hook="comment-box">Write a
comment...</button></div></section>
</div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lp1foot" class="wixui-rich-text">
<p class="font_9 wixui-rich-text__text">© 2027 by Larkspur
Lane Roses. Oakhanger, Hampshire.</p></div></footer>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner" data-hook="consent-banner-root">
<p data-hook="consent-banner-text">This website
uses cookies. We use cookies to understand how you use the site and to improve your experience.</p>
<button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout697-wix-blog-bare-root-roses',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xBody[1] ?? '', xBody[3] ?? '', xBody[5] ?? ''],
  body: xBody.filter((_, i) => ![1, 3, 5].includes(i)),
  bylines: ['Isla Corrigan', 'Nov 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Larkspur Lane Roses', 'Home', 'Shop Roses', 'Rose Guides', 'Blog', 'Contact', 'Log In', '3 min read',
    "Bundles of 'Silverdale Blush' ready for the courier.", 'Tags:', 'Behind the scenes', '48 views', '0 comments', 'Recent Posts',
    'See All', ...xRecent, 'Comments', 'Write a comment...', '© 2027 by Larkspur Lane Roses. Oakhanger, Hampshire.', 'bottom of page',
    'This website uses cookies. We use cookies to understand how you use the site and to improve your experience.', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT697_B2: readonly TestPage[] = [wix];
