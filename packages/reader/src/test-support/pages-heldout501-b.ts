import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout501-kit.js';

/**
 * Held-out batch 501, file b: a regional blood service's campaign news post on WordPress (Astra theme, AddToAny share bar,
 * Jetpack related posts, two comments), and an organ donation awareness-week page on Squarespace 7.1.
 */
const nTitle = 'Summer appeal: O negative stocks fall to three days';
const nBody = [
  j(
    'The Westmarch Blood Service has asked donors to book an appointment in the next fortnight after stocks of O negative blood',
    'fell to just over three days’ supply, the lowest level recorded since the service began publishing its figures in 2019.',
  ),
  j(
    'Hospitals in the region use around 620 units of blood a day. The service aims to hold six days of every blood group, and',
    'stocks of O negative, the group that can be given to almost any patient in an emergency, have been below that level for',
    'most of July.',
  ),
  j(
    '“Every summer we see fewer people keep their appointments, because of holidays, heat and school breaks,” said Dr Idris',
    'Fennimore, the service’s clinical director. “This year the drop has come earlier and gone deeper. If you have O negative',
    'blood and you are well, please book now.”',
  ),
  'What donors can do',
  j(
    'The service has added 2,400 extra appointments at its six donor centres over the next two weeks, including evening slots',
    'until 8pm on Tuesdays and Thursdays. Donors who cannot keep an appointment are asked to cancel it online so that someone',
    'else can take it.',
  ),
  j(
    'New donors are welcome. Around one in fourteen people in the region has O negative blood, and many do not know their',
    'blood group until they give for the first time.',
  ),
  'Hospitals asked to review orders',
  j(
    'The service has also written to hospital transfusion teams asking them to keep O negative for emergencies and for',
    'patients who cannot receive any other group. It says it does not expect planned operations to be postponed.',
  ),
];
const nParas = (a: number, b: number): string => ps(nBody.slice(a, b));
const nNav = ['Donate', 'Find a session', 'News', 'Our work', 'Contact'];
const nShare = ['Facebook', 'X', 'WhatsApp', 'Email'];
const nRel = ['Donor centre in Kelby opens late on Thursdays', 'Why we test every donation for iron', 'Meet the couple who have given 300 times'];
const nRecent = ['Platelet donors needed in Ashcombe', 'New plasma chairs for Westmarch centre', 'Annual report 2025 published'];
const nFoot = ['Privacy policy', 'Cookie policy', 'Accessibility', 'Modern slavery statement'];
const nComments = [
  { who: 'Harriet Loame', when: 'July 22, 2026 at 9:14 am', text: 'Booked for Thursday evening at Kelby. First time in five years!' },
  { who: 'WBS Donor Team', when: 'July 22, 2026 at 11:02 am', text: 'Thank you Harriet, see you on Thursday.' },
];
const nComment = (c: { who: string; when: string; text: string }, i: number): string => `<li id="comment-${88 + i}" class="comment ${
  i === 1 ? 'byuser comment-author-westmarch depth-2' : 'even thread-even depth-1'
}"><article id="div-comment-${88 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/0f3?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50">
<b class="fn">${c.who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${88 + i}">
<time datetime="2026-07-22">${c.when}</time></a></div></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;
const nHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} – Westmarch Blood Service</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css"
href="https://www.westmarchblood.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-post{padding:3em}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-07-21T08:00:00+00:00","author":{"name":"Ruth Calloway"}}]}</script>
<script src="https://www.westmarchblood.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard ast-desktop ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2024/02/wbs-logo.png" alt="Westmarch Blood Service"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow">
${links(nNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-news tag-appeals ast-article-single" id="post-2291">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb">
<img width="1024" height="576" src="/wp-content/uploads/2026/07/donor-chair.jpg" class="attachment-large wp-post-image" alt="A donor giving blood"></div>
<h1 class="entry-title" itemprop="headline">${nTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemprop="author">
By <a class="url fn n" href="/author/rcalloway/" rel="author"><span class="author-name">Ruth Calloway</span></a></span> / 
<span class="posted-on"><span class="published" itemprop="datePublished">July 21, 2026</span></span> / <span class="cat-links">
<a href="/category/news/" rel="category tag">News</a></span>
</div></header><div class="entry-content clear" itemprop="text">
${nParas(0, 3)}
<h2 class="wp-block-heading">${nBody[3]}</h2>${nParas(4, 6)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/07/kelby-centre.jpg" alt="">
<figcaption class="wp-element-caption">The Kelby donor centre will open until 8pm twice a week.</figcaption></figure>
<h2 class="wp-block-heading">${nBody[6]}</h2>${nParas(7, 8)}
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">Share this:</div>
<div class="a2a_kit a2a_kit_size_32 addtoany_list">${nShare
  .map(
    (s) => `<a class="a2a_button_${s.toLowerCase()}" href="#" rel="nofollow noopener"
target="_blank">${s}</a>`,
  )
  .join('')}</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${nRel
  .map(
    (r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">
<a href="#">${r}</a></h4></div>`,
  )
  .join('')}</div></div>
</div><footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/appeals/" rel="tag">appeals</a>, <a href="/tag/o-negative/"
rel="tag">O negative</a></span></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">← Previous Post</a></div>
<div class="nav-next"><a href="#" rel="next">Next Post →</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on “${nTitle}”</h3></div>
<ol class="ast-comment-list">${nComments.map(nComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></form></div></div>
</main></div><div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside id="block-3" class="widget widget_block"><h2 class="widget-title">Recent news</h2><ul class="wp-block-latest-posts__list">${links(nRecent)}</ul></aside>
<aside id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Donor newsletter</h2><form class="mc4wp-form">
<p>Monthly news and appeals, straight to your inbox.</p><label>Email address</label><input type="email" name="EMAIL"><input type="submit" value="Sign up">
</form></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-small-footer-section"><ul class="ast-footer-menu">${links(nFoot)}</ul>
<p>Copyright © 2026 Westmarch Blood Service | Registered charity 1170032</p></div></div></footer></div>
<script src="https://static.addtoany.com/menu/page.js" async></script><script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4">
</script></body></html>`;
const appeal: TestPage = {
  name: 'heldout501-summer-appeal-wordpress',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[3] ?? '', nBody[6] ?? ''],
  body: texts(nBody.filter((_, i) => i !== 3 && i !== 6)),
  bylines: ['By Ruth Calloway', 'July 21, 2026', ...nComments.flatMap((c) => [c.who, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'The Kelby donor centre will open until 8pm twice a week.', 'Share this:', ...nShare, 'Related', ...nRel,
    'Tagged appeals, O negative', '← Previous Post', 'Next Post →', `2 thoughts on “${nTitle}”`, 'says:', ...nComments.map((c) => c.text), 'Reply',
    'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Recent news', ...nRecent, 'Donor newsletter',
    'Monthly news and appeals, straight to your inbox.', 'Email address', ...nFoot, 'Copyright © 2026 Westmarch Blood Service | Registered charity 1170032',
  ],
};

const sTitle = 'Organ Donation Week 2026: Say the Word';
const sBody = [
  j(
    'From 7 to 13 September, we are asking everyone in the Tidewell region to do one simple thing: tell the people closest to you',
    'whether you want to be an organ donor.',
  ),
  j(
    'Families are asked to support their relative’s decision before any donation goes ahead. When they already know what their',
    'loved one wanted, nine in ten families say yes. When they are unsure, fewer than half do.',
  ),
  'Three ways to take part',
  '<strong>Register your decision.</strong> It takes two minutes online, and you can change it at any time.',
  '<strong>Say the word.</strong> Tell your family, your partner or a close friend. Our conversation cards can help you start.',
  '<strong>Light up pink.</strong> On Friday 11 September, landmarks across the region will light up pink. Share a photo with #SayTheWord.',
  'Events near you',
  'Tidewell Central Library, 8 September: a talk from transplant nurse Okonkwo Brandt and two organ recipients.',
  'Harbourside Market, 12 September: visit our stall to pick up conversation cards and register on the spot.',
];
const sNav = ['About', 'Organ Donation Week', 'Stories', 'Resources', 'Donate'];
const sFoot = ['Tidewell Transplant Trust', '22 Quay Road, Tidewell TW1 3AP', 'hello@tidewelltrust.org'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Organ Donation Week 2026 — Tidewell Transplant Trust</title><link rel="canonical" href="https://www.tidewelltrust.org/organ-donation-week">
<meta property="og:site_name" content="Tidewell Transplant Trust"><meta property="og:title" content="Organ Donation Week 2026 — Tidewell Transplant Trust">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a2","siteTitle":"Tidewell Transplant Trust"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.tidewelltrust.org","name":"Tidewell Transplant Trust",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a2/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a0c3" class="primary-button-style-solid tweak-global-animations-enabled header-width-full collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Organ Donation Week runs 7–13 September. <a href="/register">Register your decision</a></p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63f1a2/logo.png?format=1500w" alt="Tidewell Transplant Trust"></a>
</div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`)
  .join('')}</nav></div></div><div class="header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/register">Register</a></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0c3a1">
<section data-test="page-section" data-section-theme="dark"
class="page-section full-bleed-section layout-engine-section background-width--full-bleed section-height--medium"
data-section-id="64a0c3a2"><div class="section-background"><img src="//images.squarespace-cdn.com/content/v1/63f1a2/pink-bridge.jpg" alt=""></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a0c3a3"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html"
data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqs-html-content-p">${sBody[0]}</p></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small"
data-section-id="64a0c3a4"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a0c3a5">
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<p>${sBody[1]}</p><h2>${sBody[2]}</h2><ol data-rte-list="default">${sBody
  .slice(3, 6)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('')}</ol></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/register" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Register your decision</a></div></div>
</div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<h3>${sBody[6]}</h3>${ps(sBody.slice(7, 9))}</div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section" data-section-id="64a0c3a6"><div class="content-wrapper">
<div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2>
<div class="newsletter-form-header-description"><p>News from the Trust four times a year.</p></div></header>
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form>
</div></div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${ps(sFoot)}
<p>Registered charity no. 1190457 · <a href="/privacy">Privacy</a></p></div></div></div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const awarenessWeek: TestPage = {
  name: 'heldout501-organ-week-squarespace',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[2] ?? '', sBody[6] ?? ''],
  body: texts(sBody.filter((_, i) => i !== 2 && i !== 6)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Organ Donation Week runs 7–13 September. Register your decision', 'Skip to Content', 'About', 'Stories', 'Resources', 'Donate',
    'Stay in the loop', 'News from the Trust four times a year.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    ...sFoot, 'Registered charity no. 1190457 · Privacy',
  ],
};

export const HELDOUT501_B: readonly TestPage[] = [appeal, awarenessWeek];
