import { type TestPage, texts } from './page-kit.js';
import { nevePost } from './pages-heldout143-a2.js';

/**
 * Held-out batch 143, file a: a WordPress post on the Twenty Twenty-One theme (skip link, site title and tagline, the
 * primary menu with its "Menu" / "Close" mobile button, the featured image with its caption, block content with an image
 * caption and a pull quote, the entry footer with "Published" date, "By" author, category and tags, the author bio, two
 * comments with a reply and the comment form, the post navigation, the footer widget area with search, recent posts,
 * recent comments and archives, the footer menu, "Proudly powered by WordPress" and a CookieYes consent banner) and,
 * from file a2, a WordPress post on the Neve theme.
 */
const title = 'Growing garlic in heavy clay: what finally worked';
const p1 = [
  'For four years running I have lifted garlic from the bottom terrace of the plot and been disappointed. The bulbs were small, ' +
    'some had split into a dozen tiny cloves, and two autumns out of four a good third of them rotted in the ground before ' +
    'Christmas. Everyone on the site told me the same thing: it is the clay.',
  'This summer I finally lifted a crop I was proud of, so here is what I changed, and what I think made the difference.',
];
const h1 = 'Why clay and garlic fall out';
const p2 = [
  'Garlic wants to sit in cool, moist soil through the winter, but it hates standing in water. Our clay is the sticky yellow ' +
    'kind that sets like a brick in August and turns to porridge in January. When the cloves go in during October the ground ' +
    'seems perfect; by the new year every footprint holds a puddle.',
  'The rot I kept finding was white rot in one bed and plain waterlogging in the others. You can tell them apart when you dig: ' +
    'white rot leaves fluffy white threads on the base of the bulb, while drowned cloves simply go soft and smell sour.',
];
const h2 = 'What I changed this year';
const p3 = ['I made four changes, all of them cheap, and I made them all at once, which I know is bad science.'];
const steps = [
  'I built the bed up by twenty centimetres with two barrows of the site’s own leaf mould and a bag of horticultural grit.',
  'I planted on a ridge rather than on the flat, so the cloves sat above the wettest layer.',
  'I moved the whole crop to the top terrace, where nothing in the onion family had grown for at least six years.',
  'I waited until the first week of November, when the soil had cooled, instead of planting in early October.',
];
const p4 = [
  'The ridge took an afternoon with a draw hoe. I set the cloves fifteen centimetres apart, pointed end up, with their tips just ' +
    'below the surface, and covered the lot with a thin layer of grit to keep the blackbirds from pulling them out.',
];
const quote = 'If you can only do one thing, get the cloves out of the wet. Everything else is a bonus.';
const h3 = 'The harvest';
const p5 = [
  'I lifted the first bulbs on the third of July, when the lower five leaves had gone brown and the top four were still green. ' +
    'Out of sixty cloves planted, fifty-seven came up, and not one showed any sign of rot. The biggest bulbs were a little over ' +
    'six centimetres across, which is about twice what I managed last year.',
  'They dried for three weeks hanging in the shed with the door propped open. I have plaited most of them, and the rest are in ' +
    'a paper sack in the coolest corner of the kitchen. <a href="https://clayfieldplot.example/2025/07/plaiting-softneck-garlic/">' +
    'I wrote about the plaiting here</a> if you want to try it.',
];
const h4 = 'What I will do next autumn';
const p6 = ['Next year I want to find out which of the four changes did the real work. The plan is to split the top terrace in two:'];
const plans = [
  'one half on a ridge, one half on the flat, both with grit and leaf mould;',
  'the same variety, Marchfield Red, from the same supplier;',
  'and both planted on the same day in November.',
];
const p7 = [
  'I will report back next July. In the meantime, if you garden on clay and have had better luck with a different approach, ' +
    'I would really like to hear about it in the comments.',
];
const nav = ['Home', 'The Plot', 'Seed Swap', 'About', 'Contact'];
const featCaption = 'The top terrace in March, with the garlic ridge on the left.';
const imgCaption = 'Fifty-seven bulbs drying in the shed, July 2025.';
const tags = ['clay soil', 'garlic', 'raised beds'];
const bio = 'Hester has had half a plot on the Clayfield allotments since 2017. She grows far too many beans and writes here most Sundays.';
const comments = [
  {
    id: '1482',
    name: 'Dougal Fenn',
    when: 'August 4, 2025 at 7:42 am',
    text: 'Grit and a ridge made all the difference for me too. I also soak the cloves in seaweed solution overnight before they go in.',
  },
  {
    id: '1486',
    name: 'Hester Quayle',
    when: 'August 4, 2025 at 9:15 am',
    text: 'Thank you, Dougal. I will try the seaweed soak on half of them this year and see if I can tell the difference.',
  },
  {
    id: '1490',
    name: 'Priya Menon',
    when: 'August 6, 2025 at 6:03 pm',
    text: 'Which supplier do you use for Marchfield Red? Mine came from the garden centre and half of it was soft.',
  },
];
const recentPosts = ['Plaiting softneck garlic', 'A bean trench, one year on', 'The seed swap is back for 2025', 'Slugs, beer and honesty'];
const recentComments = ['Priya Menon on Growing garlic in heavy clay: what finally worked', 'Dougal Fenn on A bean trench, one year on'];
const archives = ['August 2025', 'July 2025', 'June 2025', 'May 2025'];
const footerNav = ['Instagram', 'Mastodon', 'Feed'];
const cookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised content, and analyse our traffic. By clicking ' +
    '“Accept All”, you consent to our use of cookies.',
  'Customise',
  'Reject All',
  'Accept All',
];
const formLabels = [
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const bodyHtml = [
  ...p1.map((p) => `<p>${p}</p>`),
  `<h2 class="wp-block-heading">${h1}</h2>`,
  ...p2.map((p) => `<p>${p}</p>`),
  `<h2 class="wp-block-heading">${h2}</h2>`,
  ...p3.map((p) => `<p>${p}</p>`),
  `<ol class="wp-block-list">\n${steps.map((s) => `<li>${s}</li>`).join('\n')}\n</ol>`,
  ...p4.map((p) => `<p>${p}</p>`),
  `<figure class="wp-block-pullquote"><blockquote><p>${quote}</p></blockquote></figure>`,
  `<h2 class="wp-block-heading">${h3}</h2>`,
  `<p>${p5[0]}</p>`,
  `<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683"
src="https://clayfieldplot.example/wp-content/uploads/2025/07/garlic-drying-1024x683.jpg" alt="Garlic bulbs hanging to dry" class="wp-image-2291"
srcset="https://clayfieldplot.example/wp-content/uploads/2025/07/garlic-drying-1024x683.jpg 1024w" sizes="(max-width: 1024px) 100vw, 1024px">
<figcaption class="wp-element-caption">${imgCaption}</figcaption></figure>`,
  `<p>${p5[1]}</p>`,
  `<h2 class="wp-block-heading">${h4}</h2>`,
  ...p6.map((p) => `<p>${p}</p>`),
  `<ul class="wp-block-list">\n${plans.map((s) => `<li>${s}</li>`).join('\n')}\n</ul>`,
  ...p7.map((p) => `<p>${p}</p>`),
].join('\n');
const comment = (c: (typeof comments)[number], depth: number, children = ''): string => `<li id="comment-${c.id}"
class="comment ${depth === 1 ? 'even thread-even' : 'byuser comment-author-hester bypostauthor odd alt'} depth-${depth}${children ? ' parent' : ''}">
<article id="div-comment-${c.id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.example/avatar/${c.id}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy">
<b class="fn">${c.name}</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="https://clayfieldplot.example/2025/08/garlic-heavy-clay/#comment-${c.id}"><time datetime="2025-08-04T07:42:11+01:00">${c.when}</time></a></div>
</footer><div class="comment-content"><p>${c.text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${c.id}" data-commentid="${c.id}" data-postid="2274" data-belowelement="div-comment-${c.id}" data-respondelement="respond"
data-replyto="Reply to ${c.name}" aria-label="Reply to ${c.name}">Reply</a></div></article>${children}</li>`;
const html = `<!doctype html>
<html lang="en-GB" class="respect-color-scheme-preference"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large"><title>${title} – The Clayfield Plot</title>
<link rel="alternate" type="application/rss+xml" title="The Clayfield Plot » Feed" href="https://clayfieldplot.example/feed/">
<link rel="stylesheet" id="wp-block-library-css" href="https://clayfieldplot.example/wp-includes/css/dist/block-library/style.min.css?ver=6.8.2" media="all">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="https://clayfieldplot.example/wp-content/themes/twentytwentyone/style.css?ver=2.5" media="all">
<link rel="stylesheet" id="cookie-law-info-css" href="https://clayfieldplot.example/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css"
media="all">
<script id="cookie-law-info-js-extra">var _ckyConfig = {"_ipData":[],"_assetsURL":"https://clayfieldplot.example/wp-content/plugins/cookie-law-info/",
"_publicURL":"https://clayfieldplot.example","_expiry":"365","_categories":[{"name":"Necessary","slug":"necessary","isNecessary":true}]};</script>
<script src="https://clayfieldplot.example/wp-content/plugins/cookie-law-info/lite/frontend/js/script.min.js?ver=3.3.1" id="cookie-law-info-js"></script>
<link rel="canonical" href="https://clayfieldplot.example/2025/08/garlic-heavy-clay/"><link rel="shortlink" href="https://clayfieldplot.example/?p=2274">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="The Clayfield Plot">
<meta property="article:published_time" content="2025-08-03T10:12:40+00:00"><meta name="author" content="Hester Quayle">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Hester Quayle"},"datePublished":"2025-08-03T10:12:40+00:00","articleSection":["Growing"],"inLanguage":"en-GB"}]}</script>
<style id="twenty-twenty-one-custom-color-overrides">:root .editor-styles-wrapper{--global--color-background: #eff2ee;}</style></head>
<body class="post-template-default single single-post postid-2274 single-format-standard wp-embed-responsive is-light-theme no-js singular
has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding">
<p class="site-title"><a href="https://clayfieldplot.example/" rel="home">The Clayfield Plot</a></p>
<p class="site-description">Half an allotment, heavy clay and a lot of optimism</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container">
<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false">
<span class="dropdown-icon open">Menu <svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"
fill="none"><path fill-rule="evenodd" clip-rule="evenodd" d="M4.5 6H19.5V7.5H4.5V6ZM4.5 12H19.5V13.5H4.5V12ZM4.5 18H19.5V19.5H4.5V18Z"
fill="currentColor"></path></svg></span><span class="dropdown-icon close">Close <svg class="svg-icon" width="24" height="24" aria-hidden="true"
role="img" focusable="false" viewBox="0 0 24 24"><path fill-rule="evenodd" clip-rule="evenodd"
d="M12 10.9394L5.53033 4.46973L4.46967 5.53039L10.9393 12.0001L4.46967 18.4697L5.53033 19.5304L12 13.0607L18.4697 19.5304L19.5303 18.4697Z"
fill="currentColor"></path></svg></span></button></div><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
${nav
  .map(
    (t, i) => `<li id="menu-item-${20 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${20 + i}"><a
href="https://clayfieldplot.example/${t.toLowerCase().replace(' ', '-')}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2274" class="post-2274 post type-post status-publish format-standard has-post-thumbnail hentry category-growing tag-clay-soil tag-garlic
tag-raised-beds entry"><header class="entry-header alignwide"><h1 class="entry-title">${title}</h1>
<figure class="post-thumbnail"><img width="1568" height="1045" src="https://clayfieldplot.example/wp-content/uploads/2025/08/terrace-1568x1045.jpg"
class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high">
<figcaption class="wp-caption-text">${featCaption}</figcaption></figure></header>
<div class="entry-content">
${bodyHtml}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2025-08-03T10:12:40+01:00">August 3, 2025</time></span><span class="byline">By <a href="https://clayfieldplot.example/author/hester/"
rel="author">Hester Quayle</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a
href="https://clayfieldplot.example/category/growing/" rel="category tag">Growing</a> </span><span class="tags-links">Tagged
${tags.map((t) => `<a href="https://clayfieldplot.example/tag/${t.replace(' ', '-')}/" rel="tag">${t}</a>`).join(', ')}</span></div></footer>
<div class="author-bio show-avatars"><img alt="" src="https://secure.gravatar.example/avatar/hq?s=85&amp;d=mm&amp;r=g" class="avatar avatar-85 photo"
height="85" width="85" loading="lazy"><div class="author-bio-content"><h2 class="author-title">By Hester Quayle</h2>
<p class="author-description">${bio}</p><a class="author-link" href="https://clayfieldplot.example/author/hester/" rel="author">View all of Hester
Quayle’s posts.</a></div></div></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">3 comments</h2><ol class="comment-list">
${comment(comments[0]!, 1, `<ol class="children">${comment(comments[1]!, 2)}</ol>`)}
${comment(comments[2]!, 1)}
</ol><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="/2025/08/garlic-heavy-clay/#respond" style="display:none;">Cancel reply</a></small></h2>
<form action="https://clayfieldplot.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">${formLabels[0]}</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value=""
size="30" maxlength="245" autocomplete="name" required></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>
<input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${formLabels[6]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment"> <input type="hidden" name="comment_post_ID" value="2274" id="comment_post_ID"></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://clayfieldplot.example/2025/07/plaiting-softneck-garlic/" rel="prev"><p class="meta-nav"><svg class="svg-icon"
width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M20 13v-2H8l4-4-1-2-7 7 7 7 1-2-4-4z"></path></svg>
Previous post</p><p class="post-title">Plaiting softneck garlic</p></a></div><div class="nav-next"><a
href="https://clayfieldplot.example/2025/08/bean-trench/" rel="next"><p class="meta-nav">Next post<svg class="svg-icon" width="24" height="24"
aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="m4 13v-2h12l-4-4 1-2 7 7-7 7-1-2 4-4z"></path></svg></p>
<p class="post-title">A bean trench, one year on</p></a></div></div></nav>
</main></div></div>
<aside class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
action="https://clayfieldplot.example/"><label for="search-form-1">Search…</label><input type="search" id="search-form-1" class="search-field" value=""
name="s"><input type="submit" class="search-submit" value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${recentPosts.map((t) => `<li><a href="https://clayfieldplot.example/${t.length}/">${t}</a></li>`).join('\n')}
</ul></nav></section><section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2>
<nav aria-label="Recent Comments"><ul id="recentcomments">
${recentComments
  .map(
    (t) => `<li class="recentcomments"><span class="comment-author-link">${t.split(' on ')[0]}</span> on <a
href="#">${t.split(' on ')[1]}</a></li>`,
  )
  .join('\n')}
</ul></nav></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>
${archives.map((t) => `<li><a href="https://clayfieldplot.example/${t.replace(' ', '/')}/">${t}</a></li>`).join('\n')}
</ul></nav></section></aside>
<footer id="colophon" class="site-footer"><nav aria-label="Secondary menu" class="footer-navigation"><ul class="footer-navigation-wrapper">
${footerNav
  .map(
    (t) => `<li class="menu-item menu-item-type-custom menu-item-object-custom"><a
href="https://example.org/${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="site-info"><div class="site-name"><a href="https://clayfieldplot.example/">The Clayfield Plot</a></div>
<div class="privacy-policy"><a class="privacy-policy-link" href="https://clayfieldplot.example/privacy-policy/" rel="privacy-policy">Privacy Policy</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script>document.body.classList.remove("no-js");</script>
<script id="twenty-twenty-one-primary-navigation-script-js"
src="https://clayfieldplot.example/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js"></script>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${cookie[0]}</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>${cookie[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">${cookie[2]}</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">${cookie[3]}</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">${cookie[4]}</button></div></div></div></div></div>
</body></html>`;
const twentyOne: TestPage = {
  html,
  name: 'heldout143-wordpress-twentytwentyone-blog',
  kind: 'blog',
  // the pull quote is part of the post: body; the featured image caption, the image caption, the author bio, comments
  // and the widget area are furniture; the "Published" date and the "By" author line are bylines
  title,
  headings: [h1, h2, h3, h4],
  body: [...p1, ...p2, ...p3, ...steps, ...p4, quote, ...texts(p5), ...p6, ...plans, ...p7],
  bylines: ['Published August 3, 2025', 'By Hester Quayle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Clayfield Plot', 'Half an allotment, heavy clay and a lot of optimism', 'Menu', 'Close', ...nav, featCaption, imgCaption,
    'Categorized as Growing', 'Tagged clay soil, garlic, raised beds', bio, 'View all of Hester Quayle’s posts.', '3 comments',
    ...comments.flatMap((c) => [c.name, c.when, c.text]), 'says:', 'Reply', 'Leave a comment', 'Cancel reply', ...formLabels, 'Post navigation',
    'Previous post', 'Plaiting softneck garlic', 'Next post', 'A bean trench, one year on', 'Search…', 'Recent Posts', ...recentPosts.slice(2),
    'Recent Comments', ...recentComments, 'Archives', ...archives, ...footerNav, 'Privacy Policy', 'Proudly powered by WordPress.', ...cookie,
  ],
};

export const HELDOUT143_A: readonly TestPage[] = [twentyOne, nevePost];
