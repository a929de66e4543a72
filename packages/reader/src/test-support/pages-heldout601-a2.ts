import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout601-kit.js';

/**
 * Held-out batch 601, file a2: a damp proofing firm's long explainer (rising damp, penetrating damp, condensation) on WordPress
 * with the Astra theme: right sidebar with search, recent posts, categories and a survey box, post navigation, two comments
 * with a reply and the comment form.
 */
const dTitle = 'Rising damp, penetrating damp or condensation? How to tell them apart';
const dIntro = [
  j(
    'Almost every week we visit a house where someone has already spent money on the wrong damp treatment. A wall has been injected',
    'with a chemical damp proof course when the real problem was a leaking gutter, or a bedroom has been replastered when the mould',
    'came from drying washing on the radiators. The three kinds of damp look alike at first glance, but they have different causes',
    'and very different cures.',
  ),
  j(
    'This guide explains how our surveyors tell them apart, what you can check yourself before you call anyone, and why a reading on',
    'a cheap moisture meter is not a diagnosis.',
  ),
];
const dWhy = [
  j(
    'Damp treatments are not interchangeable. Injecting a damp proof course does nothing for condensation, and a new extractor fan',
    'will not stop rain getting through a cracked render. Worse, some treatments make the real problem harder to see: fresh',
    'waterproof plaster can hide a leak for a year or two until the timber behind it has started to rot.',
  ),
  j(
    'A good diagnosis looks at the whole building, not just the stain. Where is the damp, when does it get worse, and what is on the',
    'other side of the wall? The answers usually point to one cause long before any instrument comes out of the bag.',
  ),
];
const dRising = [
  j(
    'Rising damp is ground water drawn up through the pores of brick, stone and mortar. Most houses built after about 1875 have a',
    'physical damp proof course, a layer of slate, bitumen felt or engineering brick a little above ground level, to stop it. When',
    'that layer fails, is bridged by soil or a raised path, or was never there, water can climb up to a metre into the wall.',
  ),
  'True rising damp is less common than many firms suggest. We confirm it in perhaps one in five of the houses we are called to.',
];
const dRisingSigns = [
  'a tide mark on the wall, usually no higher than a metre above the floor',
  'salts blooming on the plaster as a white, fluffy crust',
  'skirting boards that are soft, stained or coming away at the bottom',
  'damp that is worst in the spring and does not change much with the weather from day to day',
];
const dRisingEnd = j(
  'Before anything else, check the outside of the wall. Flower beds, patios and paths built up against the brickwork are the',
  'commonest cause of what looks like rising damp, and lowering the ground by 150 millimetres often cures it for the price of an',
  'afternoon with a spade.',
);
const dPen = [
  j(
    'Penetrating damp is water coming in sideways or from above: through the wall, round a window, under a roof slate or from a',
    'leaking pipe. It can appear at any height and it nearly always gets worse after heavy or wind-driven rain.',
  ),
  j(
    'The patch is often a distinct shape, spreading out from a single point, and it may come and go with the weather. On solid',
    'walls facing the prevailing wind it can cover a large area without any one obvious source.',
  ),
];
const dPenCauses = [
  'blocked or cracked gutters and downpipes spilling water down the face of the wall',
  'cracked render or pointing that has worn back from the face of the brick',
  'failed seals around window and door frames',
  'missing or slipped roof tiles and defective flashings around chimneys',
  'plumbing leaks inside the wall or under the floor',
];
const dPenEnd = j(
  'The cure is to find and fix the source, then let the wall dry out. That can take months on a thick solid wall, so do not rush to',
  'redecorate.',
);
const dCond = [
  j(
    'Condensation is by far the most common kind of damp we see. Warm air inside the house holds moisture from cooking, washing,',
    'bathing and breathing, and when it meets a cold surface it turns back into water. A family of four can put more than ten litres',
    'of water into the air of a house every day.',
  ),
];
const dCondSigns = [
  'black mould spots in corners, behind furniture and around window reveals',
  'water running down the inside of windows on cold mornings',
  'damp that is worst in winter and in rooms that are seldom heated',
  'a musty smell in wardrobes and cupboards on outside walls',
];
const dCondEnd = j(
  'Condensation is managed rather than cured. Keep the heating at a steady low level instead of short bursts, use extractor fans',
  'while cooking and bathing and for twenty minutes afterwards, leave trickle vents open, and dry washing outside or in a room with',
  'the door closed and the window open.',
);
const dMeter = [
  j(
    'The electrical moisture meters sold in DIY shops measure how easily a current passes through the surface. They were designed',
    'for timber, and on plaster they are fooled by salts, foil-backed wallpaper and even some paints. A high reading tells you there',
    'is something on the surface that conducts; it does not tell you there is water in the wall, or where it came from.',
  ),
  j(
    'Our surveyors use meters only to map the pattern of damp across a wall. Where it matters, we drill small samples and weigh them',
    'before and after drying, which gives a true moisture content.',
  ),
];
const dTip = j(
  'A simple test for condensation: tape a square of kitchen foil tightly to the damp patch and leave it for two days. Moisture on the',
  'room side of the foil is condensation; moisture underneath it is coming from the wall.',
);
const dSurvey = [
  'We ask about the history of the problem, when it appeared and when it gets worse.',
  'We inspect the outside: ground levels, gutters, pointing, render, roof and chimneys.',
  'We map the damp inside with a meter and note its height, shape and any salts.',
  'Where needed, we take drilled samples for a laboratory-style moisture test.',
  'We give you a written report with the cause, the remedy and a fixed price for any work we recommend.',
];
const dSpecialist = j(
  'If you have checked the outside and the damp is still there after a dry month, or if you can see rot in skirting boards or floor',
  'timbers, it is time for a proper survey. Ask whoever you call whether their surveyor is independent of the sales team, and be',
  'wary of anyone who offers a chemical injection before they have looked outside.',
);
const dH = [
  'Why getting the diagnosis right matters',
  'Rising damp',
  'Signs to look for',
  'Penetrating damp',
  'Common causes',
  'Condensation',
  'Signs to look for',
  'Why moisture meters mislead',
  'What a proper damp survey involves',
  'When to call a specialist',
];
const dNav = ['Home', 'Damp Surveys', 'Treatments', 'Case Studies', 'Damp Advice', 'Contact Us'];
const dRecent = ['Is cavity wall insulation causing your damp?', 'Dry rot or wet rot: a homeowner’s guide', 'What to expect on survey day'];
const dCats = ['Condensation', 'Damp Advice', 'Timber Decay', 'Waterproofing'];
const dComments = [
  ['Dev Marlow', 'March 6, 2026 at 8:14 am', 'The foil test is brilliant. Water on the room side after one night, so it was condensation all along.'],
  ['Gwen Tallis', 'March 6, 2026 at 9:02 am', 'Glad it helped, Dev. A humidity meter in the bedroom is worth the few pounds too.'],
];
const dC1 = dComments[0] ?? [];
const dC2 = dComments[1] ?? [];
const dComment = (c: readonly string[], id: number, reply = false): string => `<li
class="comment ${reply ? 'byuser comment-author-gwen bypostauthor odd alt depth-2' : 'even thread-even depth-1 parent'}" id="li-comment-${id}">
<article id="comment-${id}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="/wp-content/avatar.png"
class="avatar avatar-50 photo" height="50" width="50"></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${at(c, 0)}</b> </cite>
</div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time datetime="2026-03-06">${at(c, 1)}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${at(c, 2)}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#comment-${id}" data-commentid="${id}" aria-label="Reply to ${at(c, 0)}">Reply</a></span></div></section>
</article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${dTitle} - Drywell Damp Proofing</title>
<meta name="description" content="How our surveyors tell rising damp, penetrating damp and condensation apart, and what you can check first.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T09:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${dTitle}",
"author":{"name":"Gwen Tallis"},"datePublished":"2026-03-04T09:30:00+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em}</style></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-884 single-format-standard ast-desktop
ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-builder-menu-toggle-icon"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div
class="ast-builder-layout-element ast-flex site-header-focus-item"
data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">Drywell Damp Proofing</a></span>
<p class="site-description" itemprop="description">Independent damp surveys across Harlowby and the Vale</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div
class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"
data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav
class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-884 post type-post status-publish format-standard has-post-thumbnail hentry category-damp-advice ast-article-single" id="post-884"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/03/damp-wall-1024x576.jpg"
class="attachment-large wp-post-image"
alt="Tide mark of salts on a painted wall" itemprop="image"></div><h1 class="entry-title" itemprop="headline">${dTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Gwen Tallis" href="/author/gwen/" rel="author" class="url fn n" itemprop="url"><span class="author-name"
itemprop="name">Gwen Tallis</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">March 4, 2026</span><span class="updated"
itemprop="dateModified"> March 9, 2026</span></span>
/ <span class="cat-links"><a href="/category/damp-advice/" rel="category tag">Damp Advice</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(dIntro)}
<h2 class="wp-block-heading">${at(dH, 0)}</h2>
${ps(dWhy)}
<h2 class="wp-block-heading">${at(dH, 1)}</h2>
${ps(dRising)}
<h3 class="wp-block-heading">${at(dH, 2)}</h3>
<ul class="wp-block-list">${lis(dRisingSigns)}</ul>
<p>${dRisingEnd}</p>
<h2 class="wp-block-heading">${at(dH, 3)}</h2>
${ps(dPen)}
<h3 class="wp-block-heading">${at(dH, 4)}</h3>
<ul class="wp-block-list">${lis(dPenCauses)}</ul>
<p>${dPenEnd}</p>
<h2 class="wp-block-heading">${at(dH, 5)}</h2>
${ps(dCond)}
<h3 class="wp-block-heading">${at(dH, 6)}</h3>
<ul class="wp-block-list">${lis(dCondSigns)}</ul>
<p>${dCondEnd}</p>
<h2 class="wp-block-heading">${at(dH, 7)}</h2>
${ps(dMeter)}
<blockquote class="wp-block-quote"><p>${dTip}</p></blockquote>
<h2 class="wp-block-heading">${at(dH, 8)}</h2>
<ol class="wp-block-list">${lis(dSurvey)}</ol>
<h2 class="wp-block-heading">${at(dH, 9)}</h2>
<p>${dSpecialist}</p>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a title="Is cavity wall insulation causing your damp?" href="/cavity-wall-insulation-damp/" rel="prev"><span
class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a title="What to expect on survey day" href="/survey-day/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div>
</nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">2 thoughts on “${dTitle}”</h3></div>
<ol class="ast-comment-list">${dComment(dC1, 41)}<ol class="children">${dComment(dC2, 42, true)}</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend">
</legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author"
class="screen-reader-text">Name*</label>
<input id="author" name="author" type="text" placeholder="Name*"></p><p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text" placeholder="Email*"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(dRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(dCats, 'cat-item')}</ul></nav></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Book a damp survey</h2><div
class="textwidget custom-html-widget">
<p>Independent surveys from £180. Written report within three days.</p><a class="ast-button" href="/book/">Book online</a></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-footer-row-stack"
data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"
data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright © 2026 Drywell Damp Proofing | Powered by Drywell Damp Proofing</p></div>
</div></div>
</div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const dBodyA = [...dIntro, ...dWhy, ...dRising, ...dRisingSigns, dRisingEnd, ...dPen, ...dPenCauses, dPenEnd];
const dLeft = ['Damp Advice', 'Treatments', 'Condensation'];
const drywell: TestPage = {
  name: 'heldout601-astra-damp-explainer',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dBodyA, ...dCond, ...dCondSigns, dCondEnd, ...dMeter, dTip, ...dSurvey, dSpecialist]),
  bylines: ['Gwen Tallis', 'March 4, 2026', 'March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Drywell Damp Proofing', 'Independent damp surveys across Harlowby and the Vale', ...dNav.filter((t) => !dLeft.includes(t)),
    'Damp Advice', 'Post navigation', '← Previous Post', 'Next Post →', `2 thoughts on “${dTitle}”`, 'Dev Marlow', 'March 6, 2026 at 8:14 am',
    at(dC1, 2), 'March 6, 2026 at 9:02 am', at(dC2, 2), 'Reply', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment', 'Name*', 'Email*',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...dRecent, 'Categories',
    ...dCats.filter((t) => !dLeft.includes(t)), 'Book a damp survey', 'Independent surveys from £180. Written report within three days.', 'Book online',
    'Copyright © 2026 Drywell Damp Proofing | Powered by Drywell Damp Proofing',
  ],
};

export const HELDOUT601_A2: readonly TestPage[] = [drywell];
