import { links, type TestPage, texts } from './page-kit.js';
import { liveJournalEntry } from './pages-heldout34-b2.js';

/**
 * Held-out batch 34, file b: a WordPress.com blog post on a classic (Twenty Sixteen) theme (skip link, site title and
 * tagline, menu toggle and primary menu, the post with a captioned image, Jetpack's "Share this:" buttons with their hidden
 * "Opens in new window" labels, the "Like this:" likes placeholder, Jetpack related posts with dates and "In ..." contexts,
 * the entry footer with author, published and hidden updated dates, categories and tags, post navigation, comments with
 * comment likes and the reply form, the sidebar widgets, "Blog at WordPress.com.", the cookie widget, the subscribe modal
 * and the WordPress.com action bar with Subscribe / Reblog / Customize / Report).
 */
const wpTitle = 'The Heronry at Tilbrook Marsh, Fifty Years On';
const wpBody = [
  'In the spring of 1975 a schoolteacher named Edwin Garrow walked out along the drove at Tilbrook with a notebook and a borrowed ' +
    'pair of binoculars, and counted thirty-one occupied heron nests in the alders at the far end of the marsh. His notebook turned ' +
    'up last winter in a box of parish papers, and I have wanted to repeat his count ever since.',
  'On Saturday I finally did. The drove is still there, though it is now a gravel track with a gate and a sign about ground-nesting ' +
    'birds, and the alders have spread a long way west of where Garrow&#8217;s sketch map puts them.',
  'Herons are easy birds to count in early April, if you are patient. The leaves are not yet out, the nests are big untidy ' +
    'platforms of sticks, and an adult standing on a nest is about as subtle as an umbrella left open on a roof. I sat on my coat ' +
    'by the dyke for two hours and went along the edge of the wood three times.',
  'My count was twenty-two occupied nests, with another six or seven that looked old and empty. That is fewer than Garrow found, ' +
    'but the story is not as simple as the number suggests.',
  'For one thing, the colony has moved. Garrow&#8217;s nests were all in a single block of trees by the old pumping station. Today ' +
    'there are none there at all; the birds have shifted a quarter of a mile along the wood, into taller trees that were saplings ' +
    'in 1975. For another, there is now a second, smaller group of nests across the river at Fenby Lode, which did not exist in ' +
    'his day. The warden there told me they count about nine pairs most years.',
  'Put the two together and the herons of this stretch of fen are doing roughly as well as they were fifty years ago, which, ' +
    'after the hard winters, the drainage schemes and the bird flu of recent years, is better news than I expected.',
  'What struck me most, though, was Garrow&#8217;s last line for that day. Under his tally he wrote: &#8216;Cold. Curlew calling ' +
    'all afternoon.&#8217; I heard no curlews at all on Saturday. Nobody I have asked can remember when they last bred here.',
  'I will go back in May to see how many nests have young. If anyone reading this has older records of the Tilbrook herons, ' +
    'or knew Edwin Garrow, I would love to hear from you.',
];
const wpCaption = 'The alders at the east end of the marsh, where the nests are now.';
const wpShare = [
  { k: 'email', t: 'Email', sr: 'Click to email a link to a friend (Opens in new window)' },
  { k: 'facebook', t: 'Facebook', sr: 'Click to share on Facebook (Opens in new window)' },
  { k: 'twitter', t: 'X', sr: 'Click to share on X (Opens in new window)' },
  { k: 'print', t: 'Print', sr: 'Click to print (Opens in new window)' },
];
const wpRelated = [
  {
    t: 'Reading an Enclosure Map of 1811',
    ex: 'The map is six feet long and was rolled up in the vestry for a century.',
    d: 'March 2, 2025',
    c: 'In "Local history"',
  },
  { t: 'Winter Walk: Fenby Lode to the Sluice', ex: 'Seven miles, two swans and a very muddy stile.', d: 'January 19, 2025', c: 'In "Walks"' },
  { t: 'The Last Eel Catcher of Tilbrook', ex: 'Arthur Pell set his traps on the river until 1962.', d: 'November 24, 2024', c: 'In "Fen people"' },
];
const wpComments = [
  {
    id: 911,
    depth: 1,
    who: 'Margaret Oduya',
    when: 'April 6, 2025 at 8:14 pm',
    text:
      'What a lovely piece. My father used to take us to the pumping station in the seventies and I remember the herons going ' +
      'over like grey washing. So glad they are still there.',
  },
  {
    id: 912,
    depth: 2,
    who: 'Ruth Collins',
    when: 'April 6, 2025 at 9:02 pm',
    text: 'Thank you, Margaret! If your father kept any notes or photos I would love to see them.',
  },
  {
    id: 915,
    depth: 1,
    who: 'fenlandbirder',
    when: 'April 7, 2025 at 7:40 am',
    text:
      'Nine pairs at Fenby Lode sounds right. We had eleven in 2023, the best year since the reserve opened. Curlew last bred on ' +
      'the washes around 2009 as far as I know.',
  },
  {
    id: 921,
    depth: 1,
    who: 'Tom Hartigan',
    when: 'April 8, 2025 at 12:15 pm',
    text: 'Edwin Garrow taught me geography at Tilbrook Primary! He used to bring a stuffed heron into lessons, which terrified us all.',
  },
];
const wpMenu = ['Home', 'About me', 'Walks index', 'Get in touch'];
const wpRecent = ['Reading an Enclosure Map of 1811', 'Winter Walk: Fenby Lode to the Sluice', 'Snowdrops at St Guthlac’s'];
const wpArchives = ['April 2025', 'March 2025', 'February 2025', 'January 2025'];
const wpLikeWidget =
  `<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-142233871-2841-67f2b5c1'` +
  ` data-src='https://widgets.wp.com/likes/?ver=14.5#blog_id=142233871&amp;post_id=2841&amp;origin=marshnotes.wordpress.com&amp;obj_id=142233871-2841'` +
  ` data-name='like-post-frame-142233871-2841-67f2b5c1' data-title='Like or Reblog'><h3 class="sd-title">Like this:</h3>` +
  `<div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span>` +
  ` <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>`;
const wpComment = (c: (typeof wpComments)[number]): string =>
  `<li id="comment-${c.id}"
class="comment ${c.depth === 1 ? 'even thread-even' : 'byuser comment-author-ruthcollinswrites bypostauthor odd alt'} depth-${c.depth}">
<article id="div-comment-${c.id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt='' src='https://0.gravatar.com/avatar/${c.id}?s=42&#038;d=identicon&#038;r=G' class='avatar avatar-42' height='42' width='42' loading='lazy'
decoding='async'/>
<b class="fn">${c.who}</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="https://marshnotes.wordpress.com/2025/04/06/the-heronry-at-tilbrook-marsh-fifty-years-on/#comment-${c.id}"><time
datetime="2025-04-06T20:14:00+01:00">${c.when}</time></a>
</div></footer><div class="comment-content"><p>${c.text}</p>
<p id="comment-like-${c.id}" data-liked="comment-not-liked" class="comment-likes comment-not-liked"><a href="#" class="comment-like-link needs-login"
rel="nofollow" data-blog="142233871">Like</a><span id="comment-like-count-${c.id}" class="comment-like-feedback">Like</span></p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${c.id}" data-commentid="${c.id}" data-postid="2841"
aria-label="Reply to ${c.who}">Reply</a></div></article>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wpTitle} &#8211; Marsh Notes</title><link rel='dns-prefetch' href='//s0.wp.com' /><link rel="alternate" type="application/rss+xml"
title="Marsh Notes &raquo; Feed" href="https://marshnotes.wordpress.com/feed/" /><link rel='stylesheet' id='all-css-0-1'
href='https://s0.wp.com/_static/??-eJx9j0sOwjAM.css'
type='text/css' media='all' /><script type="text/javascript">var _wpcom_privacy = {"blogID":142233871};var WPCOM_sharing_counts = {};</script>
<style id='wp-block-library-inline-css'>.has-text-align-center{text-align:center}</style></head>
<body class="post-template-default single single-post postid-2841 single-format-standard wp-embed-responsive customizer-styles-applied highlander-enabled
highlander-light"><div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding"><p class="site-title"><a
href="https://marshnotes.wordpress.com/"
rel="home">Marsh Notes</a></p><p class="site-description">Walks, birds and old maps from the edge of the fens</p></div>
<button id="menu-toggle" class="menu-toggle">Menu</button><div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation"
aria-label="Primary Menu"><div class="menu-primary-container"><ul id="menu-primary"
class="primary-menu">${links(wpMenu, 'menu-item menu-item-type-post_type')}</ul>
</div></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2841"
class="post-2841 post type-post status-publish format-standard hentry category-local-history category-walks tag-bird-surveys tag-heronries">
<header class="entry-header"><h1 class="entry-title">${wpTitle}</h1></header>
<div class="entry-content">
${wpBody
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683"
src="https://marshnotes.wordpress.com/wp-content/uploads/2025/04/alders.jpg?w=1024"
alt="" class="wp-image-2845" /><figcaption class="wp-element-caption">${wpCaption}</figcaption></figure>
${wpBody
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div
class="robots-nocontent sd-block sd-social
sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>${wpShare
  .map(
    (s) =>
      `<li class="share-${s.k}"><a rel="nofollow noopener noreferrer" data-shared="sharing-${s.k}-2841" class="share-${s.k} sd-button share-icon" ` +
      `href="https://marshnotes.wordpress.com/2025/04/06/the-heronry-at-tilbrook-marsh-fifty-years-on/?share=${s.k}" target="_blank" ` +
      `aria-labelledby="sharing-${s.k}-2841"><span id="sharing-${s.k}-2841" hidden>${s.sr}</span><span>${s.t}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>${wpLikeWidget}
<div id='jp-relatedposts' class='jp-relatedposts' style='display: block;'><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">${wpRelated
  .map(
    (r, i) =>
      `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-id="${2700 + i}" data-post-format="false">` +
      `<a class="jp-relatedposts-post-a" href="https://marshnotes.wordpress.com/?p=${2700 + i}" rel="nofollow" data-origin="2841" data-position="${i}">` +
      `<img loading="lazy" class="jp-relatedposts-post-img" src="https://i0.wp.com/marshnotes.files.wordpress.com/rel-${i}.jpg?resize=350%2C200" alt=""></a>` +
      `<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://marshnotes.wordpress.com/?p=${2700 + i}">${r.t}</a></h4>` +
      `<p class="jp-relatedposts-post-excerpt">${r.ex}</p><p class="jp-relatedposts-post-date" style="display: block;">${r.d}</p>` +
      `<p class="jp-relatedposts-post-context">${r.c.replace(/"/g, '&quot;')}</p></div>`,
  )
  .join('\n')}</div></div></div></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt='' src='https://2.gravatar.com/avatar/ab12?s=49&#038;d=identicon&#038;r=G'
class='avatar avatar-49' height='49' width='49' /><span class="screen-reader-text">Author </span> <a class="url fn n"
href="https://marshnotes.wordpress.com/author/ruthcollinswrites/">Ruth Collins</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted
on
</span><a href="https://marshnotes.wordpress.com/2025/04/06/the-heronry-at-tilbrook-marsh-fifty-years-on/" rel="bookmark"><time class="entry-date published"
datetime="2025-04-06T18:20:11+01:00">April 6, 2025</time><time class="updated" datetime="2025-04-07T08:02:55+01:00">April 7, 2025</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://marshnotes.wordpress.com/category/local-history/"
rel="category tag">Local
history</a>, <a href="https://marshnotes.wordpress.com/category/walks/" rel="category tag">Walks</a></span><span class="tags-links"><span
class="screen-reader-text">Tags </span><a href="https://marshnotes.wordpress.com/tag/bird-surveys/" rel="tag">bird surveys</a>, <a
href="https://marshnotes.wordpress.com/tag/heronries/" rel="tag">heronries</a></span><span class="comments-link"><a
href="https://marshnotes.wordpress.com/2025/04/06/the-heronry-at-tilbrook-marsh-fifty-years-on/#comments">4 Comments<span class="screen-reader-text"> on
${wpTitle}</span>
</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">4 thoughts on &#8220;${wpTitle}&#8221;</h2><ol class="comment-list">
${wpComment(wpComments[0]!)}<ol class="children">${wpComment(wpComments[1]!)}</li></ol></li>
${wpComment(wpComments[2]!)}</li>
${wpComment(wpComments[3]!)}</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://marshnotes.wordpress.com/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><div class="comment-form__verbum transparent"></div><textarea id="comment" name="comment"
placeholder="Write a comment..."></textarea>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment" /></p><p style="display: none;"><input
type="hidden"
id="akismet_comment_nonce" name="akismet_comment_nonce" value="4a1b2c3d4e" /></p><p style="display: none !important;" class="akismet-fields-container"
data-prefix="ak_"><label>&#916;<textarea name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a
href="https://marshnotes.wordpress.com/?p=2790" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span class="screen-reader-text">Previous
post:</span>
<span class="post-title">${wpRecent[0]}</span></a></div></div></nav></main></div>
<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
action="https://marshnotes.wordpress.com/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field"
placeholder="Search &hellip;"
value="" name="s" /></label><button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
<li><a href="https://marshnotes.wordpress.com/2025/04/06/the-heronry-at-tilbrook-marsh-fifty-years-on/"
aria-current="page">${wpTitle}</a></li>${links(wpRecent)}</ul></nav>
</section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav
aria-label="Archives"><ul>${links(wpArchives)}</ul></nav>
</section></aside></div><footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at
WordPress.com.</a></div></footer></div></div>
<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180" id="eu-cookie-law">
<form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept" class="accept" /></form>Privacy &amp; Cookies: This site uses
cookies. By
continuing to use this website, you agree to their use.<br />To find out more, including how to control cookies, see here: <a
href="https://automattic.com/cookies/"
rel="nofollow">Cookie Policy</a></div></div>
<div class="jetpack-subscribe-modal"><div class="jetpack-subscribe-modal__modal-content"><div class="wp-block-group has-border-color"><h2
class="wp-block-heading
has-text-align-center">Discover more from Marsh Notes</h2><p class='has-text-align-center'>Subscribe now to keep reading and get access to the full archive.</p>
<div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="#" method="post" accept-charset="utf-8" data-blog="142233871"
id="subscribe-blog"><input required="required" type="email" name="email" placeholder="Type your email&hellip;" /><button type="submit"
class="wp-block-button__link">Subscribe</button></form></div><p class="has-text-align-center jetpack-subscribe-modal__close"><a href="#">Continue
reading</a></p>
</div></div></div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentysixteen actnbr-has-follow actnbr-has-actions"><ul>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-reblog" href=""><svg class="gridicon" height="20"
width="20"></svg><span>Reblog</span></a></li>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><svg class="gridicon" height="20"
width="20"></svg><span>Subscribe</span></a>
<a class="actnbr-action actnbr-actn-following no-display" href=""><span>Subscribed</span></a><div class="actnbr-popover tip tip-top-left actnbr-notice"
id="follow-bubble">
<div class="tip-inner actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a href="https://marshnotes.wordpress.com"><img loading='lazy' alt=''
src='https://marshnotes.files.wordpress.com/2024/01/cropped-heron.png?w=50' class='avatar avatar-50' height='50' width='50' /> Marsh Notes</a></li>
<form method="post" action="https://subscribe.wordpress.com" accept-charset="utf-8" style="display: none;"><div class="actnbr-follow-count">Join 214 other
subscribers</div>
<input type="email" name="email" placeholder="Enter your email address" class="actnbr-email-field" aria-label="Enter your email address" /><button
type="submit">Sign me
up</button></form><li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a href="https://wordpress.com/log-in">Log in
now.</a></div></li></ul></div>
</div></li><li class="actnbr-ellipsis actnbr-hidden"><svg class="gridicon" height="24" width="24"></svg><div
class="actnbr-popover tip tip-top-left actnbr-more">
<div class="tip-inner"><ul><li class="actnbr-folded-customize"><a href="https://wordpress.com/customize/marshnotes.wordpress.com">Customize</a></li>
<li class="actnbr-signup"><a href="https://wordpress.com/start/">Sign up</a></li><li class="actnbr-login"><a href="https://wordpress.com/log-in">Log in</a></li>
<li class="actnbr-shortlink"><a href="https://wp.me/p9Dqxx-JP">Copy shortlink</a></li><li class="flb-report"><a href="https://wordpress.com/abuse/"
target="_blank"
rel="noopener noreferrer">Report this content</a></li><li class="actnbr-reader"><a href="https://wordpress.com/reader/blogs/142233871/posts/2841">View post in
Reader</a>
</li><li class="actnbr-subs"><a href="https://subscribe.wordpress.com/">Manage subscriptions</a></li><li class="actnbr-fold"><a href="">Collapse this
bar</a></li></ul>
</div></div></li></ul></div>
<script type="text/javascript">var actionbardata = {"siteID":"142233871","postID":"2841","siteURL":"https://marshnotes.wordpress.com","canFollow":"1"};</script>
</body></html>`;
const wpPost: TestPage = {
  html: wpHtml,
  name: 'heldout34-wordpress-com-jetpack-post',
  kind: 'blog',
  // the eight paragraphs are the post (it has no section headings); "Ruth Collins" (entry footer and her reply, once), the
  // published date and the hidden "updated" date are bylines, as are the commenters' names and comment dates (author lines of
  // the comments); the comments are readers' comments on a blog: furniture, the author's own reply too; the caption, Jetpack
  // sharing (with hidden labels), "Like this:" / "Loading...", related posts with excerpts, dates and contexts, entry-footer
  // labels, categories and tags, "4 Comments", the comments title, form, post navigation, sidebar, cookie widget, subscribe
  // modal and action bar are furniture (the entry footer's screen-reader "Author" and "Tags" too); the bare "Like" (likes
  // widget and comment likes) is left out, and so are
  // the screen-reader "Search" and the sidebar's repeat of the title (in neither list)
  title: wpTitle,
  headings: [],
  body: texts(wpBody),
  bylines: ['Ruth Collins', 'April 6, 2025', 'April 7, 2025', ...wpComments.filter((c) => c.depth === 1).map((c) => c.who), ...wpComments.map((c) => c.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Marsh Notes', 'Walks, birds and old maps from the edge of the fens', 'Menu', ...wpMenu, wpCaption, 'Share this:',
    ...wpShare.flatMap((s) => [s.sr, s.t]), 'Like this:', 'Loading...', 'Related', ...wpRelated.flatMap((r) => [r.t, r.ex, r.d, r.c]),
    'Posted on', 'Categories', 'Local history', 'Walks', 'bird surveys', 'heronries', '4 Comments', `4 thoughts on “${wpTitle}”`, ...wpComments.map((c) =>
c.text),
    'Author', 'Tags', 'says:', 'Reply', 'Leave a comment', 'Cancel reply', 'Post navigation', 'Previous post:', 'Search for:', 'Recent Posts',
    'Snowdrops at St Guthlac’s', 'Archives', ...wpArchives, 'Blog at WordPress.com.',
    'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
    'To find out more, including how to control cookies, see here:', 'Cookie Policy', 'Discover more from Marsh Notes',
    'Subscribe now to keep reading and get access to the full archive.', 'Continue reading', 'Reblog', 'Subscribe', 'Subscribed', 'Join 214 other subscribers',
'Sign me up',
    'Already have a WordPress.com account?', 'Log in now.', 'Customize', 'Sign up', 'Log in', 'Copy shortlink', 'Report this content', 'View post in Reader',
    'Manage subscriptions', 'Collapse this bar',
  ],
};

export const HELDOUT34_B: readonly TestPage[] = [wpPost, liveJournalEntry];
