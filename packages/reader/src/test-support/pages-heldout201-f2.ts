import { links, type TestPage, texts } from './page-kit.js';
import { esc, paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file f2: a birding club's trip report on a WordPress site with the Astra theme, Gutenberg blocks
 * and Jetpack, as a visitor saves it ("Skip to content", the site title and tagline, the primary menu with a "Join" button,
 * the entry header with author, date and category, the post text with h2s, an image block with its caption and a species
 * list, Jetpack "Share this:" and "Like this:" blocks, "Related" posts with their dates and categories, tags, the post
 * navigation, the comment form with its labels, the sidebar with upcoming trips, membership box and recent posts, and
 * the footer).
 */
const bcTitle = 'Trip Report: Spring Migration at Calder Point, May 10';
const bcIntro = paras(`
Nineteen members and two guests met at the Calder Point lighthouse car park at 6:30 on Saturday morning for our annual spring
migration walk. The forecast had promised a light south-easterly overnight, which is exactly what we hope for in May, and the
first bushes by the car park were already full of movement before we had finished the introductions.`);
const bcH1 = 'The headland';
const bcP1 = paras(`
We started along the hedge line towards the coastguard cottages. Willow Warblers were singing from almost every bush, and at least
six Whitethroats were scratching away in the brambles. Ingrid picked out a Lesser Whitethroat by its rattle before anyone saw it,
and it eventually showed well on top of the blackthorn by the second stile.

The highlight of the morning came just after eight, when a Wryneck dropped onto the short turf by the cottages. It fed on ants for
almost ten minutes while the group watched from the path, and it was a first for at least five of our newer members. Please
remember, as we discussed on the day, that we do not share the exact location of scarce migrants on social media while they are
still present. The cottage gardens are private and the owners have been very patient with birders over the years.`);
const bcH2 = 'The estuary';
const bcP2 = paras(`
After a coffee stop at the lighthouse café, we walked down to the estuary hide for the rising tide. Numbers of waders were lower
than last year, but variety was good: Whimbrel, Bar-tailed Godwit, Grey Plover in full summer plumage and a flock of around forty
Dunlin, many of them with black bellies. Two Little Terns were fishing in the channel, and a Sandwich Tern flew over calling.

Gerald counted 212 Brent Geese still on the mudflats, which seems late, though the county recorder tells us it is not unusual for
a few to linger into the middle of May.`);
const bcCaption = 'The Wryneck feeding by the coastguard cottages. Photo: Ingrid Solberg.';
const bcH3 = 'Species seen';
const bcP3 = paras(`
We recorded 74 species over the day. A few of the more notable ones:`);
const bcList = [
  'Wryneck, one by the coastguard cottages from 8:05 to 8:15',
  'Lesser Whitethroat, one singing by the second stile',
  'Whimbrel, seven on the estuary',
  'Little Tern, two fishing in the main channel',
  'Spotted Flycatcher, one in the lighthouse garden, our first of the year',
];
const bcP4 = paras(`
Many thanks to Ingrid for leading, and to everyone who came. The full list has been submitted to the county records. Our next field
trip is to Harrowden Woods on June 7 for nightjars; details are on the field trips page.`);
const bcMenu = ['Home', 'Field Trips', 'Trip Reports', 'Indoor Meetings', 'Newsletter', 'Contact', 'Join'];
const bcShare = ['Share this:', 'Facebook', 'WhatsApp', 'Email', 'Print', 'Like this:', 'Like', 'Loading...'];
const bcRelated = [
  ['Trip Report: Winter Geese at Mellor Marshes', 'February 8, 2025', 'In "Trip Reports"'],
  ['Trip Report: Autumn Seawatch at Calder Point', 'September 21, 2024', 'In "Trip Reports"'],
  ['Ten Years of the Calder Point Bird Count', 'March 3, 2025', 'In "News"'],
];
const bcTags = ['Calder Point', 'Migration', 'Wryneck'];
const bcNavPosts = ['Previous Post', 'Indoor Meeting: The Birds of Fair Isle', 'Next Post', 'Harrowden Woods Nightjar Walk: Booking Open'];
const bcForm = [
  'Leave a Comment',
  'Cancel reply',
  'Your email address will not be published. Required fields are marked *',
  'Name*',
  'Email*',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const bcSide = [
  'Upcoming Field Trips',
  'June 7: Harrowden Woods, nightjars',
  'July 12: Stenning Reservoir, terns and waders',
  'August 23: Calder Point seawatch',
  'Join the Club',
  'Membership is £15 a year, or £22 for a household. New members are always welcome, whatever your experience.',
  'Become a member',
  'Recent Posts',
  'Harrowden Woods Nightjar Walk: Booking Open',
  'Indoor Meeting: The Birds of Fair Isle',
  'Garden Bird Survey Results 2024',
];
const bcFoot = ['Copyright © 2025 Wendham & District Bird Club', 'Powered by Astra WordPress Theme', 'Privacy Policy'];
const bcHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trip Report: Spring Migration at Calder Point, May 10 \u2013 Wendham &amp; District Bird Club</title><meta name="robots"
content="max-image-preview:large">
<link rel="canonical" href="https://wendhambirdclub.example/2025/05/12/trip-report-spring-migration-at-calder-point-may-10/">
<meta property="og:type" content="article"><meta property="og:title" content="${bcTitle}"><meta property="article:published_time"
content="2025-05-12T19:22:41+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bcTitle}",
"author":{"name":"Ingrid Solberg"},"datePublished":"2025-05-12T19:22:41+00:00","articleSection":["Trip Reports"],"inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://wendhambirdclub.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3"
media="all">
<link rel="stylesheet" id="jetpack-sharing-buttons-style-css" href="https://wendhambirdclub.example/wp-content/plugins/jetpack/css/sharing.css?ver=13.9"
media="all">
<script src="https://wendhambirdclub.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-2214 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3"><a class="skip-link screen-reader-text" href="#content"
title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header
main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization"
itemscope="itemscope">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://wendhambirdclub.example/" rel="home" itemprop="url">Wendham &amp;
District Bird Club</a></span><p class="site-description" itemprop="description">Birdwatching in the Wendham valley since 1962</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${bcMenu
  .map(
    (t, i) => `<li id="menu-item-${30 + i}" class="menu-item menu-item-type-post_type menu-item-object-page${i === 6 ? ' ast-menu-button' : ''}
menu-item-${30 + i}"><a href="https://wendhambirdclub.example/${t.toLowerCase().replace(/ /g, '-')}/" class="menu-link">${t}</a></li>`,
  )
  .join('')}</ul></div></nav></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-trip-reports tag-calder-point tag-migration
tag-wryneck ast-article-single" id="post-2214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${bcTitle}</h1><div class="entry-meta"><span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Ingrid Solberg" href="/author/ingrid/" rel="author"
class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Ingrid Solberg</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">May 12, 2025</span></span> / <span class="cat-links"><a href="/category/trip-reports/"
rel="category tag">Trip Reports</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${pLines(bcIntro)}
<h2 class="wp-block-heading">${bcH1}</h2>
${pLines(bcP1)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2025/05/wryneck-calder-1024x683.jpg"
alt="Wryneck"
class="wp-image-2219"><figcaption class="wp-element-caption">${bcCaption}</figcaption></figure>
<h2 class="wp-block-heading">${bcH2}</h2>
${pLines(bcP2)}
<h2 class="wp-block-heading">${bcH3}</h2>
${pLines(bcP3)}
<ul class="wp-block-list">${bcList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${pLines(bcP4)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3
class="sd-title">${bcShare[0]}</h3>
<div class="sd-content"><ul>${bcShare
  .slice(1, 5)
  .map(
    (t) =>
      `<li class="share-${t.toLowerCase()}"><a class="share-${t.toLowerCase()} sd-button share-icon"
href="?share=${t.toLowerCase()}"><span>${t}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded" id="like-post-wrapper-2214"><h3
class="sd-title">${bcShare[5]}</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>${bcShare[6]}</span></span> <span
class="loading">${bcShare[7]}</span>
</div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div
class="jp-relatedposts-items
jp-relatedposts-items-minimal jp-relatedposts-grid">${bcRelated
  .map(
    (
      r,
      i,
    ) => `<p class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-id="${2100 + i}" data-post-format="false"><span class="jp-relatedposts-post-title">
<a class="jp-relatedposts-post-a" href="/${2100 + i}/">${r[0]}</a></span><span class="jp-relatedposts-post-date">${r[1]}</span>
<span class="jp-relatedposts-post-context">${r[2]}</span></p>`,
  )
  .join('')}</div></div></div>
<footer class="entry-footer"><span class="tags-links">Tags: ${bcTags
  .map(
    (t) => `<a href="/tag/${t}/"
rel="tag">${t}</a>`,
  )
  .join(', ')}</span></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a title="${bcNavPosts[1]}" href="/2025/04/22/indoor-meeting/"
rel="prev"><span class="ast-left-arrow">←</span> ${bcNavPosts[0]}</a></div><div class="nav-next">
<a title="${bcNavPosts[3]}" href="/2025/05/14/harrowden-nightjars/" rel="next">${bcNavPosts[2]} <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond"><h3 id="reply-title"
class="comment-reply-title">${bcForm[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${bcForm[1]}</a></small></h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset
class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment"
class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"
aria-required="true"></textarea>
</div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="author" class="screen-reader-text">${bcForm[3]}</label><input id="author" name="author" type="text" placeholder="Name*" size="30"></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">${bcForm[4]}</label>
<input id="email" name="email" type="text" placeholder="Email*" size="30"></p><p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4
ast-float"><label for="url" class="screen-reader-text">${bcForm[5]}</label><input id="url" name="url" type="text" placeholder="Website" size="30"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${bcForm[6]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment \u00bb"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary">
<aside id="block-7" class="widget widget_block"><h2 class="wp-block-heading">${bcSide[0]}</h2><ul class="wp-block-list">${bcSide
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join(
    '',
  )}</ul></aside><aside id="block-8" class="widget widget_block"><div class="wp-block-group has-background"><h2 class="wp-block-heading">${bcSide[4]}</h2>
<p>${bcSide[5]}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/join/">${bcSide[6]}</a></div>
</div></div></aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">${bcSide[7]}</h2><nav aria-label="Recent Posts">
<ul>${links(bcSide.slice(8))}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap
ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full
ast-footer-row-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1
site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"
data-section="section-footer-builder">
<div class="ast-footer-copyright"><p>${esc(bcFoot[0] ?? '')} | ${bcFoot[1]}</p></div></div><div class="footer-widget-area"><a
href="/privacy-policy/">${bcFoot[2]}</a></div>
</div></div></div></footer></div>
<script src="https://wendhambirdclub.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="https://wendhambirdclub.example/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=13.9"
id="jetpack_likes_queuehandler-js"></script>
</body></html>`;
export const birdClubPage: TestPage = {
  html: bcHtml,
  name: 'heldout201-wordpress-birding-club-trip-report',
  kind: 'blog',
  // the author and date are bylines, the category and tags furniture; the image caption (with its photo credit) is
  // furniture; the sidebar's upcoming trips, membership box and recent posts are furniture
  title: bcTitle,
  headings: [bcH1, bcH2, bcH3],
  body: texts([...bcIntro, ...bcP1, ...bcP2, ...bcP3, ...bcList, ...bcP4]),
  bylines: ['Ingrid Solberg', 'May 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to content', 'Wendham & District Bird Club', 'Birdwatching in the Wendham valley since 1962', ...bcMenu, bcCaption, ...bcShare, 'Related',
      ...bcRelated.flat(), 'Tags:', ...bcTags, 'Post navigation', ...bcNavPosts, bcForm[0] ?? '', bcForm[1] ?? '', 'Your email address will not be published.',
      'Required fields are marked *', ...bcForm.slice(3), ...bcSide, ...bcFoot,
    ]),
  ],
};
