import { links, type TestPage } from './page-kit.js';
import { ghostEngineering } from './pages-heldout21-f2.js';

/**
 * Held-out batch 21, file f: a self-hosted WordPress blog post with Jetpack on the Twenty Sixteen theme (emoji and sharing
 * inline styles, site branding and primary menu, the post with a captioned image block, Jetpack's "Share this:" buttons with
 * hidden labels, the "Like this:" placeholder, "Related" posts with dates and contexts, the "Discover more" subscribe block, the
 * entry footer with author, dates, categories and tags, post navigation, the comment thread with "says:" and "Reply" links, the
 * comment form with Jetpack's notify checkboxes and the Akismet field, the sidebar widgets, the cookie widget and the stats script).
 */
const wpTitle = 'The swifts came back late this year';
const wpIntro = [
  'The first swift screamed over Bye Street at twenty past seven on the evening of the 14th of May. That is nine days later than ' +
    'last year and the latest first date in the fourteen years I have kept this diary. For a week before that I had been going up ' +
    'to the roof after supper with binoculars and a flask, and coming down again with nothing to report.',
  'I wasn’t the only one waiting. Messages came in from the survey group all through early May asking whether anyone had seen one ' +
    'yet, and by the 10th the mood was getting gloomy.',
];
const wpCaption = 'Three of the returning birds over the church roof on the 16th.';
const wpH = ['Why were they late?', 'What the nest boxes show', 'What you can do'];
const wpWhy = [
  'The likeliest answer is the weather over Spain and France in the first week of May. A long band of low pressure sat across the ' +
    'Bay of Biscay, and swifts migrating north will wait out strong headwinds rather than burn through their reserves. Birders in ' +
    'Portugal reported big numbers feeding over reservoirs during that week, which fits.',
  'It’s worth remembering that a late arrival isn’t the same as a poor year. The birds that came back look to be in good condition, ' +
    'and the first pair was already carrying nesting material into box 3 by the following afternoon.',
];
const wpBoxes = 'Of the twelve boxes on the house and the two neighbours’ gables, seven were occupied by the end of May:';
const wpList = [
  'Boxes 1, 3 and 4 on the north gable, all with returning pairs.',
  'Box 7, which has a new pair for the first time since the boxes went up.',
  'Boxes 9, 10 and 12 on number 22, where the camera in box 10 showed two eggs on the 28th.',
];
const wpEmpty =
  'Five boxes are still empty, which is about normal for this point in the season. Young birds that are not yet breeding often ' +
  'prospect for sites in June and July, so I’ll keep the caller running in the evenings until the end of July.';
const wpDo =
  'If you live in Ledbury and have swifts nesting under your eaves, I’d love to hear from you. The town survey only covers about ' +
  'half the streets, and every nest we know about makes a stronger case when roofs come up for repair.';
const wpShare = ['X', 'Facebook', 'Email', 'Print'];
const wpRelated = [
  ['First screaming party of the summer', 'July 2, 2024', 'In "Field notes"'],
  ['Fitting a swift caller without annoying the neighbours', 'April 21, 2025', 'In "Nest boxes"'],
  ['Fourteen years of arrival dates', 'January 9, 2025', 'In "Survey"'],
] as const;
const wpComments = [
  ['Owen Price', '19 May 2025 at 9:15 pm', 'Same here in Malvern, first ones on the 15th. I was starting to think they weren’t coming at all.'],
  ['Margaret Hale', '19 May 2025 at 9:40 pm', 'Glad it wasn’t just us, Owen. Let me know how your boxes fill up.'],
  ['Susan Clarke', '21 May 2025 at 7:02 am', 'We have a pair in the eaves on Homend Street. Happy to add them to the survey.'],
] as const;
const wpMenu = ['Home', 'About', 'Nest box diary', 'Swift survey', 'Contact'];
const wpRecent = ['The swifts came back late this year', 'Fitting a swift caller without annoying the neighbours', 'Winter jobs on the boxes'];
const wpArchives = ['May 2025', 'April 2025', 'January 2025', 'July 2024'];
const wpCats = ['Field notes', 'Nest boxes', 'Survey'];
const wpForm = [
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Notify me of follow-up comments by email.',
  'Notify me of new posts by email.',
];
const comment = ([n, d, t]: readonly [string, string, string], i: number): string => `<li id="comment-55${i}" class="comment depth-${i === 1 ? 2 : 1}">
<article id="div-comment-55${i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/${i}?s=42&amp;d=mm"
class="avatar avatar-42 photo" height="42" width="42"><b class="fn">${n}</b> <span class="says">says:</span></div><div class="comment-metadata"><a
href="#comment-55${i}"><time datetime="2025-05-19T21:15:40+01:00">${d}</time></a></div></footer><div class="comment-content"><p>${t}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=55${i}#respond" aria-label="Reply to ${n}">Reply</a></div></article>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><link rel="pingback" href="https://swiftwatch.example/xmlrpc.php">
<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>
<title>The swifts came back late this year &#8211; Swift Watch</title><meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' /><link rel='dns-prefetch' href='//widgets.wp.com' />
<link rel="alternate" type="application/rss+xml" title="Swift Watch &raquo; Feed" href="https://swiftwatch.example/feed/" />
<style id='wp-emoji-styles-inline-css'>img.wp-smiley, img.emoji { display: inline !important; border: none !important; height: 1em !important; }</style>
<style id='jetpack-sharing-buttons-style-inline-css'>.jetpack-sharing-buttons__services-list{display:flex;flex-direction:row;flex-wrap:wrap;gap:0}</style>
<link rel='stylesheet' id='twentysixteen-style-css' href='https://swiftwatch.example/wp-content/themes/twentysixteen/style.css?ver=20250415' media='all' />
<meta property="og:type" content="article" /><meta property="og:title" content="The swifts came back late this year" />
<meta property="article:published_time" content="2025-05-19T19:41:07+00:00" /></head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive"><div id="page" class="site"><div
class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><header id="masthead" class="site-header"><div class="site-header-main">
<div class="site-branding"><p class="site-title"><a href="https://swiftwatch.example/" rel="home">Swift Watch</a></p><p class="site-description">Notes on
the swifts of Ledbury, from one rooftop</p></div><button id="menu-toggle" class="menu-toggle">Menu</button><div id="site-header-menu" class="site-header-menu">
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><div class="menu-main-container"><ul id="menu-main" class="primary-menu">
${links(wpMenu, 'menu-item menu-item-type-custom')}</ul></div></nav></div></div></header><div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-2214" class="post-2214 post type-post status-publish
format-standard has-post-thumbnail hentry category-field-notes tag-arrival-dates tag-nest-boxes"><header class="entry-header"><h1 class="entry-title">${wpTitle}
</h1></header><div class="entry-content">
${wpIntro.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://swiftwatch.example/wp-content/uploads/2025/05/three-swifts.jpg"
alt="" class="wp-image-2220" data-attachment-id="2220" data-orig-size="3000,2000" data-image-title="three-swifts"/><figcaption
class="wp-element-caption">${wpCaption}</figcaption></figure>
<h2 class="wp-block-heading">${wpH[0]}</h2>
${wpWhy.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${wpH[1]}</h2><p>${wpBoxes}</p><ul class="wp-block-list">${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul><p>${wpEmpty}</p>
<h2 class="wp-block-heading">${wpH[2]}</h2><p>${wpDo}</p>
<div class="wp-block-jetpack-subscriptions__supports-newline wp-block-jetpack-subscriptions"><h2 class="wp-block-heading has-text-align-center">Discover
more from Swift Watch</h2><p class="has-text-align-center">Subscribe to get the latest posts sent to your email.</p><form action="#" method="post"><input
type="email" name="email" placeholder="Type your email…" required /><button type="submit" name="jetpack_subscriptions_widget">Subscribe</button></form></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share
this:</h3><div class="sd-content"><ul>${wpShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${s.toLowerCase()} sd-button share-icon"
href="?share=${s.toLowerCase()}&amp;nb=1" target="_blank"><span hidden>Click to ${s === 'Print' ? 'print' : `share on ${s}`} (Opens in new
window)</span><span>${s}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-98765432-2214-6651c2'
data-src='https://widgets.wp.com/likes/#blog_id=98765432&amp;post_id=2214' data-name='like-post-frame-98765432-2214' data-title='Like or Reblog'><h3
class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span>
</span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items
jp-relatedposts-items-visual jp-relatedposts-grid">${wpRelated
  .map(
    ([t, d, c], i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-id="21${i}" data-post-format="false"><h4
class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="#" rel="nofollow" data-origin="2214" data-position="${i}">${t}</a></h4><p
class="jp-relatedposts-post-date" style="display: block;">${d}</p><p class="jp-relatedposts-post-context">${c.replace(/"/g, '&quot;')}</p></div>`,
  )
  .join('')}</div></div></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt='' src='https://secure.gravatar.com/avatar/mh?s=49&#038;d=mm'
class='avatar avatar-49 photo' height='49' width='49' /><span class="screen-reader-text">Author </span> <a class="url fn n" href="/author/margaret/">Margaret
Hale</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="#" rel="bookmark"><time class="entry-date
published" datetime="2025-05-19T20:41:07+01:00">19 May 2025</time><time class="updated" datetime="2025-05-20T08:02:13+01:00">20 May 2025</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/field-notes/" rel="category tag">Field notes</a></span><span
class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/arrival-dates/" rel="tag">arrival dates</a>, <a href="/tag/nest-boxes/"
rel="tag">nest boxes</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;${wpTitle}&rdquo;</h2><ol class="comment-list">
${comment(wpComments[0], 0)}<ol class="children">${comment(wpComments[1], 1)}</li></ol></li>
${comment(wpComments[2], 2)}</li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h2><form action="https://swiftwatch.example/wp-comments-post.php" method="post"
id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">${wpForm[0]}</span> <span
class="required-field-message">Required
fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name
<span class="required">*</span></label> <input id="author" name="author" type="text" size="30" maxlength="245" autocomplete="name" required /></p><p
class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" size="30" required
/></p><p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" size="30" /></p><p
class="comment-subscription-form"><input
type="checkbox" name="subscribe_comments" id="subscribe_comments" value="subscribe" style="width: auto;" /> <label class="subscribe-label" id="subscribe-label"
for="subscribe_comments">${wpForm[6]}</label></p><p class="comment-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog"
value="subscribe" style="width: auto;" /> <label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog">${wpForm[7]}</label></p><p
class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /> <input type='hidden' name='comment_post_ID'
value='2214' id='comment_post_ID' /></p><p style="display: none !important;" class="akismet-fields-container" data-prefix="ak_"><label>&#916;<textarea
name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label><input type="hidden" id="ak_js_1" name="ak_js" value="62"/><script>document
.getElementById( "ak_js_1" ).setAttribute( "value", ( new Date() ).getTime() );</script></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a
href="#" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span class="screen-reader-text">Previous post:</span> <span
class="post-title">${wpRelated[1][0]}</span></a></div></div></nav></main></div>
<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get"
class="search-form"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></label><button
type="submit"
class="search-submit"><span class="screen-reader-text">Search</span></button></form></section>
<section id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget"><h2 class="widget-title">Follow Swift Watch by email</h2>
<div id="subscribe-text"><p>Enter your email address to get new posts by email.</p></div><p id="subscribe-email"><label id="jetpack-subscribe-label"
class="screen-reader-text" for="subscribe-field">Email Address</label><input type="email" name="email" id="subscribe-field" placeholder="Email Address" /></p>
<p id="subscribe-submit"><button type="submit" name="jetpack_subscriptions_widget">Follow</button></p><div
class="wp-block-jetpack-subscriptions__subscount">Join
412 other subscribers</div></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wpRecent)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(wpArchives)}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wpCats, 'cat-item')}</ul></section>
<section id="blog-stats-2" class="widget blog-stats"><h2 class="widget-title">Blog Stats</h2><ul><li>18,204 hits</li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><span class="site-title"><a href="/" rel="home">Swift Watch</a></span><a
href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></footer></div></div>
<div id="eu-cookie-law" class="widget_eu_cookie_law_widget"><form method="post"><input type="submit" value="Close and accept" class="accept" /></form>Privacy
&amp; Cookies: This site uses cookies. By continuing to use it, you agree to their use.<br />To find out more, including how to control cookies, see here:
<a href="https://automattic.com/cookies/" rel="nofollow">Cookie Policy</a></div>
<script src='https://stats.wp.com/e-202521.js' defer></script><script>_stq = window._stq || []; _stq.push([ "view", {v:'ext',blog:'98765432',post:'2214',
tz:'1',srv:'swiftwatch.example',j:'1:14.6'} ]);</script></body></html>`;
const wordpressJetpack: TestPage = {
  html: wpHtml,
  name: 'heldout21-wordpress-jetpack',
  kind: 'blog',
  // the paragraphs, the nest-box line and its list are body; the h2s are headings (the subscribe block's "Discover more from
  // Swift Watch" h2 sits inside .entry-content but is Jetpack's box: furniture); the author, both post dates and each
  // comment's author and date are bylines (the author's own reply to Owen Price is "Margaret Hale" again: listed once);
  // the caption, subscribe block, share buttons and their hidden labels, "Like this:", "Related" with its titles, dates and
  // contexts, entry-footer labels, categories and tags, comment texts, "says:", "Reply", the comment form, post navigation,
  // sidebar widgets, cookie widget and footer are furniture; the recent-posts widget's own entry is the title again, and the tag
  // and category "nest boxes" are words of a heading: left out
  title: wpTitle,
  headings: wpH,
  body: [...wpIntro, ...wpWhy, wpBoxes, ...wpList, wpEmpty, wpDo],
  bylines: [
    'Margaret Hale',
    '19 May 2025',
    '20 May 2025',
    'Owen Price',
    '19 May 2025 at 9:15 pm',
    '19 May 2025 at 9:40 pm',
    'Susan Clarke',
    '21 May 2025 at 7:02 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Swift Watch', 'Notes on the swifts of Ledbury, from one rooftop', 'Menu', ...wpMenu, wpCaption, 'Discover more from Swift Watch',
    'Subscribe to get the latest posts sent to your email.', 'Subscribe', 'Share this:', ...wpShare, 'Click to share on Facebook (Opens in new window)',
    'Click to print (Opens in new window)', 'Like this:', 'Like', 'Loading...', 'Related', ...wpRelated.flat(), 'Author', 'Posted on', 'Categories',
    'Tags', 'arrival dates', '3 thoughts on', ...wpComments.map((c) => c[2]), 'says:', 'Reply', 'Leave a Reply', 'Cancel reply',
    ...wpForm, 'Δ', 'Post navigation', 'Previous', 'Previous post:', 'Search for:', 'Search',
    'Follow Swift Watch by email', 'Enter your email address to get new posts by email.', 'Email Address', 'Follow', 'Join 412 other subscribers',
    'Recent Posts', 'Winter jobs on the boxes', 'Archives', ...wpArchives, 'Field notes', 'Survey', 'Blog Stats', '18,204 hits', 'Proudly powered by WordPress',
    'Privacy & Cookies: This site uses cookies. By continuing to use it, you agree to their use.',
    'To find out more, including how to control cookies, see here: Cookie Policy',
  ],
};

export const HELDOUT21_F: readonly TestPage[] = [wordpressJetpack, ghostEngineering];
