import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file f2: a free Saturday 5K event's news post on a classic WordPress theme (underscores-style markup:
 * masthead with site title and description, primary menu, entry header with posted-on and updated times and the author,
 * entry content with a milestone list and a volunteer thank-you, Jetpack sharing buttons and related posts, category and
 * tag links, post navigation, a comments area with two comments and the reply form, the widget sidebar, the site footer and
 * the Cookie Notice bar). "Posted on" with its date and the author's name are bylines, the comments furniture.
 */
const pTitle = 'Event 250: cake, a course record and our spring route change';
const pH = ['Milestones', 'Spring route change', 'Thank you, volunteers'];
const pP0 = [
  j(
    'What a morning. Our 250th event brought 412 walkers, joggers and runners to Ashgrove Park on Saturday, the biggest field we have',
    'ever had, and at least four different kinds of cake at the finish. Thank you to everyone who came, and especially to the café',
    'for opening early and keeping the urn going.',
  ),
  j(
    'The headline result came from Keziah Brunt, who ran 16:41 to take eleven seconds off the women’s course record that had stood',
    'since 2019. Keziah only joined us in October, so watch this space.',
  ),
];
const pP1 = ['Congratulations to everyone who reached a milestone at event 250:'];
const pL1 = [
  'Ollie Fairbank, 100 runs, who has been coming with his dad since he was eleven',
  'Marguerite Anand, 50 runs and 50 volunteer shifts, a rare double',
  'Jonas Pettigrew, 25 runs, all of them pushing the buggy',
  'Eleven first-timers, one of whom finished holding hands with her grandmother',
];
const pP2 = [
  j(
    'From 4 April until the end of June we will use our summer course. The lake path floods less in summer, so the start moves to the',
    'bandstand and the first kilometre follows the long avenue instead of the lower meadow. The finish stays where it is.',
  ),
  j(
    'The new route is still one lap of 5 km and is just as buggy- and wheelchair-friendly. A map is on the course page, and our run',
    'director will go through it at the first-timers’ briefing at 8.50 am.',
  ),
];
const pP3 = [
  j(
    'Thirty-eight people volunteered on Saturday, which is what it takes to marshal, time and scan a field of more than four hundred.',
    'Every event needs about twenty-five. If you have never volunteered, the roster for April is open and every role comes with a',
    'short explanation on the day.',
  ),
  j(
    'A special thank you to the timekeepers, who recorded every finisher by hand for ten minutes when the scanner app froze, and to',
    'the tail walker, who came in last with a smile as usual.',
  ),
  'See you on Saturday.',
];
const pBody = [...pP0, ...pP1, ...pL1, ...pP2, ...pP3];
const pNav = ['Home', 'Course', 'Event news', 'Volunteer', 'Results', 'Contact'];
const pShare = ['Facebook', 'WhatsApp', 'Email'];
const pRel = ['Event 240: frost, fog and fast times', 'New volunteer roles for 2026', 'Why we start at 9 am'];
const pComments: readonly (readonly [string, string, string])[] = [
  ['Dot Farrant', '16 March 2026 at 7:12 pm', 'Lovely report. The lemon drizzle was mine, and I will bring another for event 300.'],
  ['Sam Ocheng', '17 March 2026 at 8:40 am', 'Does the summer course still go past the toilets at the boathouse?'],
];
const pRecent = ['Event 249: hail at the halfway point', 'Meet the new run directors', 'Christmas Day event confirmed'];
const pArchive = ['March 2026', 'February 2026', 'January 2026'];
const pHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${pTitle} &#8211; Ashgrove Park 5K</title>
<meta name='robots' content='max-image-preview:large' /><link rel="canonical" href="https://ashgrovepark5k.example/2026/03/16/event-250/" />
<meta property="og:type" content="article" /><meta property="og:title" content="${pTitle}" />
<meta property="article:published_time" content="2026-03-16T09:02:11+00:00" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${pTitle}",
"datePublished":"2026-03-16T09:02:11+00:00","dateModified":"2026-03-17T10:15:00+00:00","author":{"name":"Hal Winstanley"}}]}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://ashgrovepark5k.example/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='https://ashgrovepark5k.example/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.5.5' />
<script id="cookie-notice-front-js-before">var cnArgs = {"ajaxUrl":"https:\\/\\/ashgrovepark5k.example\\/wp-admin\\/admin-ajax.php",
"cookieName":"cookie_notice_accepted"};</script>
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard wp-embed-responsive cookies-not-set">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://ashgrovepark5k.example/" rel="home">Ashgrove Park
5K</a></p><p class="site-description">Free, weekly, timed. Every Saturday at 9 am.</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Primary Menu</button>
<div class="menu-main-container"><ul id="primary-menu" class="menu">${links(pNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div>
</nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard hentry category-event-news tag-milestones">
<header class="entry-header"><h1 class="entry-title">${pTitle}</h1><div class="entry-meta"><span class="posted-on">Posted on <a
href="https://ashgrovepark5k.example/2026/03/16/event-250/" rel="bookmark"><time class="entry-date published" datetime="2026-03-16T09:02:11+00:00">16
March 2026</time><time class="updated" datetime="2026-03-17T10:15:00+00:00">17 March 2026</time></a></span><span class="byline"> by <span class="author
vcard"><a class="url fn n" href="https://ashgrovepark5k.example/author/hal/">Hal Winstanley</a></span></span></div></header>
<div class="entry-content">
${ps(pP0)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://ashgrovepark5k.example/wp-content/uploads/2026/03/cake-table.jpg" alt=""
class="wp-image-4830"/><figcaption class="wp-element-caption">The cake table at event 250. Photo: Priya Dunmore</figcaption></figure>
<h2 class="wp-block-heading">${pH[0] ?? ''}</h2>
${ps(pP1)}
<ul class="wp-block-list">${pL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${pH[1] ?? ''}</h2>
${ps(pP2)}
<h2 class="wp-block-heading">${pH[2] ?? ''}</h2>
${ps(pP3)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share
this:</h3><div class="sd-content"><ul>${pShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer"
class="share-${s.toLowerCase()} sd-button share-icon" href="#" target="_blank"><span>${s}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items
jp-relatedposts-items-visual">${pRel
  .map(
    (t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
href="#">${t}</a></h4><p class="jp-relatedposts-post-context">In "Event news"</p></div>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/event-news/" rel="category tag">Event news</a></span><span
class="tags-links">Tagged <a href="/tag/milestones/" rel="tag">milestones</a></span></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a href="#" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">Event 249: hail at the halfway
point</span></a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “<span>${pTitle}</span>”</h2><ol class="comment-list">
${pComments
  .map(
    ([who, when, text], i) => `<li id="comment-${88 + i}" class="comment even thread-even depth-1"><article id="div-comment-${88 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${who}</b> <span class="says">says:</span></div><div
class="comment-metadata"><a href="#comment-${88 + i}"><time datetime="2026-03-16T19:12:00+00:00">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label
for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input
name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div></main>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></label><input
type="submit" class="search-submit" value="Search" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(pRecent)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(pArchive)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.example/">Proudly powered by WordPress</a><span
class="sep"> | </span>Ashgrove Park 5K is a free community event run entirely by volunteers.</div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div
class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our
website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a
href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="/privacy-policy/" target="_blank"
id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script src="https://ashgrovepark5k.example/wp-content/themes/ashgrove/js/navigation.js?ver=1.0.4" id="ashgrove-navigation-js"></script></body></html>`;
export const wpParkNews: TestPage = {
  name: 'heldout322-wordpress-event-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts(pBody),
  bylines: ['Posted on', '16 March 2026', '17 March 2026', 'Hal Winstanley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ashgrove Park 5K', 'Free, weekly, timed. Every Saturday at 9 am.', 'Primary Menu', ...pNav,
    'The cake table at event 250. Photo: Priya Dunmore', 'Share this:', ...pShare, 'Related', ...pRel, 'In "Event news"', 'Posted in', 'Tagged',
    'milestones', 'Post navigation', 'Previous:', '2 thoughts on', ...pComments.flat(), 'says:', 'Reply', 'Leave a Reply',
    'Your email address will not be published.', 'Required fields are marked', 'Comment', 'Search for:', 'Recent Posts', ...pRecent, 'Archives',
    ...pArchive, 'Proudly powered by WordPress', 'Ashgrove Park 5K is a free community event run entirely by volunteers.',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Privacy policy',
  ],
};
