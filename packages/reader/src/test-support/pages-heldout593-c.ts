import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file c: a costume hire shop's blog post on Wix (Wix Blog, Ricos viewer), with its member bar, share
 * icons, recent posts with view counts and an empty comments box, and a costume returns guide on Webflow.
 */
const wTitle = 'Group Halloween costumes for six or more';
const wBlocks: Block[] = [
  j(
    'Every October we fit out dozens of groups: offices, hockey teams, hen parties and families who want to arrive together. A',
    'group theme gets more photos than six separate costumes, and it is easier on the budget too.',
  ),
  { h: 'Five themes that work for any group' },
  {
    ul: [
      'The Addams household: one strong look each, and nobody has to be the dog.',
      'A deck of cards: kings, queens and jacks in tabards, with the joker for the loudest member.',
      'Classic movie monsters: vampire, mummy, werewolf, the bride and her creature.',
      'Ghost ship crew: tattered naval coats and grey face paint for everyone.',
      'Witches\u2019 coven: the same black base with a different hat and colour for each witch.',
    ],
  },
  { h: 'Booking as a group' },
  j(
    'Groups of six or more get 10% off and a private fitting after closing time on Thursdays. Send us your numbers and sizes',
    'first and we will pull a rail before you arrive.',
  ),
  'One deposit covers the whole group, so choose one organiser to book and collect.',
].map((b) => (typeof b === 'string' ? { p: b } : b));
const wAuthor = 'Rosa Whitcombe';
const wDate = 'Oct 2, 2026';
const wNav = ['Home', 'Costumes', 'Blog', 'Book Online', 'Contact'];
const wRecent = ['Ten minute zombie make-up', 'What to wear to a murder mystery night', 'Our new Victorian rail has arrived'];
const wWixLook = {
  pid: 'viewer-7k',
  p: ' dir="auto" class="MwQ5N Ppj1S hD9LS"',
  h: (t: string, l: number, n: number) => `<h${l} dir="auto" class="jsrXc hD9LS" id="viewer-7k${n}"><span style="font-weight:700">${t}</span></h${l}>`,
  ul: ' class="dxZbW"',
  li: ' dir="auto" class="Fx0Gr"',
};
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/pfavico.ico">
<title>Group Halloween costumes for six or more</title><meta name="description" content="Five themes that work for any group.">
<link rel="canonical" href="https://www.hocuspocushire.co.uk/post/group-halloween-costumes"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"${wAuthor}"},
"datePublished":"2026-10-02T08:30:00.000Z"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b2a1","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_8{font:normal normal normal 17px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP" class="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="mesh-container-content">
<div id="comp-lmx1" class="wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.hocuspocushire.co.uk" target="_self" class="wixui-rich-text__text">Hocus Pocus Costume Hire</a></span></p></div>
<wix-dropdown-menu id="comp-lmx2" class="XRwtpn wixui-dropdown-menu hidden-during-prewarmup"><nav class="StylableHorizontalMenu" aria-label="Site">
<ul class="R_TAzU" role="menubar">${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="yRj2ms"><p class="zKbzSQ">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu>
<div id="comp-lmx3" class="wixui-login-bar"><div class="Lmm0eT"><button class="login-button" aria-label="Log In"><span class="Tj01hh">Log In</span>
</button></div></div>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_blogpost"
class="TPASection_blogpost"><div class="blog-post-page-font" data-hook="post-page"><article class="blog-post-page-font blog-post-text-color" data-hook="post">
<div class="post-header" data-hook="post-header"><div class="post-metadata"><div class="avatar-wrapper">
<img src="https://static.wixstatic.com/media/rosa.jpg" alt="Writer's picture"></div>
<div class="post-metadata__author-info"><span data-hook="user-name" class="user-name">${wAuthor}</span><div class="date-and-reading"><span data-hook="time-ago"
class="post-metadata__date time-ago" title="${wDate}">${wDate}</span><span class="post-metadata__divider">&middot;</span><span data-hook="time-to-read"
class="post-metadata__readTime">2 min read</span></div></div></div><div class="post-header__more"><button aria-label="More actions" data-hook="more-button">
<svg viewBox="0 0 19 19"></svg></button></div></div>
<div class="post-title"><h1 class="typography-override--post-title blog-post-title-font blog-post-title-color" data-hook="post-title">
<span class="post-title__text blog-post-title-font">${wTitle}</span></h1></div>
<div class="post-content" data-hook="post-description"><div class="post-content__body"><div class="moHCnT"><div data-id="content-viewer" class="QNJgn JU37m">
<div class="PYWdM" data-breakout="normal">
${render(wBlocks, wWixLook)}
</div></div></div></div>
<div class="post-footer blog-post-post-list-font" data-hook="post-footer"><div class="post-main-actions__container"><div data-hook="post-main-actions__share"
class="share-buttons"><button aria-label="Share via Facebook" class="share-button"><svg></svg></button><button aria-label="Share via X (Twitter)"
class="share-button"><svg></svg></button><button aria-label="Share via LinkedIn" class="share-button"><svg></svg></button><button aria-label="Copy link"
class="share-button"><svg></svg></button></div></div><div class="category-list" data-hook="category-list"><a href="/blog/categories/halloween"
class="category-label-button">Halloween</a><a href="/blog/categories/groups" class="category-label-button">Groups</a></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">86 views</span><span data-hook="comment-count">0 comments</span>
<button class="like-button" aria-label="Post not marked as liked" data-hook="like-button"><svg></svg></button>
<span data-hook="like-button-with-count__like-count">
4</span></div></div></article>
<div class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-posts">See All</a></div><div class="recent-posts__list">
${wRecent
  .map(
    (t, i) => `<div class="post-list-item" data-hook="post-list-item"><a href="/post/r${i}" class="post-list-item__link"><h3 class="post-title__text"
data-hook="post-title">${t}</h3></a><div class="post-list-item__footer"><span data-hook="view-count">${[41, 27, 63][i]} views</span>
<span data-hook="comment-count">0 comments</span></div></div>`,
  )
  .join('\n')}</div></div>
<div class="comments" data-hook="comments-root"><h2 class="comments-header">Comments</h2><div class="comment-box"><div class="comment-box__placeholder"
role="button" tabindex="0">Write a comment...</div></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
<div id="comp-lmx9" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">27 Castle Street, Wendmoor</p>
<p class="font_8 wixui-rich-text__text">Open daily 10am to 6pm through October</p>
<p class="font_8 wixui-rich-text__text">&copy; 2026 by Hocus Pocus Costume Hire.</p>
</div></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wixBlog: TestPage = tidy({
  name: 'heldout593-wix-group-halloween',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: headingsOf(wBlocks),
  body: bodyOf(wBlocks),
  bylines: [wAuthor, wDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Hocus Pocus Costume Hire', ...wNav, 'Log In', '2 min read', 'Halloween', 'Groups', '86 views', '0 comments', '4',
    'Recent Posts', 'See All', ...wRecent, '41 views', '27 views', '63 views', 'Comments', 'Write a comment...', '27 Castle Street, Wendmoor',
    'Open daily 10am to 6pm through October', '© 2026 by Hocus Pocus Costume Hire.',
  ],
});

const fTitle = 'Returning your hire';
const fLead = 'Everything you need to know about bringing a costume back, in one place.';
const fBlocks: Block[] = [
  { h: 'When to return' },
  j(
    'Your return date is printed on the hire card in the garment bag. Bring the costume back before 4pm on that day. The drop box',
    'by the side door takes returns out of hours; we check it at 9am.',
  ),
  { h: 'Before you bring it back' },
  {
    ordered: true,
    ul: [
      'Hang every piece on the hanger it came on and zip it into the bag.',
      'Check the hire card list: hats, gloves, belts and props all need to come back.',
      'Leave stains alone. Do not wash or spot-clean anything.',
      'Put wigs back in their net and box, uncombed.',
    ],
  },
  { h: 'Your deposit' },
  j(
    'We check every return within two working days and refund your deposit to the card you paid with. If anything is missing or',
    'needs specialist cleaning, we will email you before taking any charge.',
  ),
].map((b) => (typeof b === 'string' ? { p: b } : b));
const fNav = ['Costumes', 'How hire works', 'Returns', 'Visit'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Sep 15 2026 11:02:33 GMT+0000 -->
<html data-wf-domain="www.masqueraderoom.com" data-wf-page="65c1e0f2a7" data-wf-site="65c1e0f2a1" lang="en"><head><meta charset="utf-8">
<title>Returning your hire | The Masquerade Room</title><meta content="Everything you need to know about bringing a costume back." name="description">
<meta content="Returning your hire | The Masquerade Room" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/65c1e0f2a1/css/masquerade-room.webflow.shared.css" rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/65c1e0f2a1/logo.svg"
loading="lazy" alt="The Masquerade Room" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === 'Returns' ? ' w--current' : ''}"${t === 'Returns' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('\n')}
<a href="/book" class="button nav-button w-button">Book a fitting</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-small"><div class="container-narrow"><h1 class="heading-xl">${fTitle}</h1><p class="paragraph-lead">${fLead}</p></div></section>
<section class="section"><div class="container-narrow"><div class="rich-text w-richtext">
${render(fBlocks)}
</div></div></section>
<section class="section cta-band"><div class="container-narrow center"><h2 class="heading-m">Need a few more days?</h2>
<p class="paragraph-cta">Call us before your
return date and we will extend your hire if the costume is free.</p><a href="tel:01632960552" class="button w-button">Call 01632 960 552</a></div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid"><div><div class="footer-heading">Visit</div>
<p class="footer-text">8 Lantern Walk, Oakhampstead</p></div><div><div class="footer-heading">Newsletter</div><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="footer-form" aria-label="Email Form"><input class="text-field w-input"
maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..."
class="button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your
submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong
while submitting the form.</div></div></div></div></div><div class="footer-bottom"><div class="footer-small">&copy; 2026 The Masquerade Room</div>
<a href="/privacy" class="footer-link">Privacy</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c1e0f2a1" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65c1e0f2a1/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowReturns: TestPage = tidy({
  name: 'heldout593-webflow-returns',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: headingsOf(fBlocks),
  body: [fLead, ...bodyOf(fBlocks)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a fitting', 'Need a few more days?',
    'Call us before your return date and we will extend your hire if the costume is free.', 'Call 01632 960 552',
    '8 Lantern Walk, Oakhampstead', 'Newsletter', '© 2026 The Masquerade Room', 'Privacy',
  ],
});

export const HELDOUT593_C: readonly TestPage[] = [wixBlog, webflowReturns];
