import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout292-kit.js';

/**
 * Held-out batch 292, file b: a travel blog itinerary on WordPress with GeneratePress (affiliate disclosure, Easy Table of
 * Contents box, Lasso-style affiliate product boxes, Pinterest image caption, author box, comments and a comment form, sidebar
 * widgets) and a Tripadvisor-style travel forum thread whose posts are the body.
 */
const wTitle = '3 days in Cordavela: a slow itinerary for first-timers';
const wIntro = paras(`
Cordavela is the kind of city that punishes a rushed visit. Its old town is a tangle of stairways and dead ends, the best
bakeries close by noon, and the ferry to the lagoon islands runs on a timetable that seems to be more of a suggestion. After
four trips I have settled on a three-day plan that leaves room for getting lost, which you will.`);
const wDay1 = paras(`
Start at the Fish Steps, the wide staircase that drops from the cathedral square to the harbour, before the tour groups
arrive at ten. Grab a sugared knot from Forno Alessi at the bottom and eat it on the sea wall.

Spend the late morning in the Museo delle Reti, a tiny museum of fishing nets that is far more interesting than it sounds,
then have lunch in the covered market. In the evening, walk the ramparts at sunset: the western bastion is the best viewpoint.`);
const wDay2 = paras(`
Take the 8:40 ferry from Molo Verde to Isola Canna. The crossing takes thirty-five minutes and costs €4.50 each way; buy
tickets at the kiosk, because the machines rarely work.`);
const wDay2List = [
  'Walk the causeway to the lighthouse, about an hour there and back.',
  'Swim at Cala Piccola, a pebble cove on the island’s sheltered side.',
  'Catch the 16:15 ferry back; the last boat is often full in summer.',
];
const wDay3 = paras(`
Your last day is for the hill villages. Bus 22 climbs from Piazza Ponte to San Lio in forty minutes, past olive terraces and
abandoned watermills. Have lunch at Trattoria Nives, where there is no menu and you eat what the family eats.

Walk down rather than taking the bus back. The old mule track takes two hours and ends, conveniently, next to a wine bar.`);
const wTips = [
  'Buy a three-day transport card: it covers buses and the lagoon ferries.',
  'Most churches close between 12:30 and 15:30.',
  'Carry coins for the public toilets at the harbour.',
];
const wToc = ['Day 1: old town and harbour', 'Day 2: the lagoon islands', 'Day 3: the hill villages', 'Practical tips'];
const wMenu = ['Home', 'Destinations', 'Itineraries', 'Travel resources', 'About me'];
const wRecent = ['Where to stay in Cordavela: best areas and hotels', 'A weekend in Porto Lanza on a budget', 'My honest review of the Alta Via Nera'];
const wCats = ['Italy', 'Itineraries', 'Island hopping', 'Food travel'];
const box = (name: string, price: string, cta: string): string => `<div class="lasso-container"><div class="lasso-display lasso-cactus">
<div class="lasso-box-1"><span class="lasso-badge">Our pick</span><a class="lasso-title" href="https://go.example/${price.length}"
rel="nofollow sponsored">${name}</a>
<div class="lasso-price"><span class="lasso-price-value">${price}</span></div>
<a class="lasso-button-1" href="https://go.example/buy" rel="nofollow sponsored" target="_blank">${cta}</a>
<div class="lasso-disclosure">We earn a commission if you make a purchase, at no additional cost to you.</div></div></div></div>`;
const wComments = [
  'This is so helpful, we are going in May with two kids. Is the mule track OK for a seven-year-old?',
  'Yes, it is steep in places but well trodden. Allow an extra hour and bring snacks!',
];
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>3 Days in Cordavela: A Slow Itinerary for First-Timers - Salt and Stairways</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://saltandstairways.example/cordavela-itinerary/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-02T07:12:44+00:00">
<meta property="article:modified_time" content="2026-02-20T10:03:10+00:00"><meta name="author" content="Giulia Ferrante">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"3 days in Cordavela","author":{"name":"Giulia Ferrante"},"datePublished":"2025-09-02"}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://saltandstairways.example/wp-content/themes/generatepress/assets/css/main.min.css' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='https://saltandstairways.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css' />
</head><body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title" itemprop="headline"><a href="https://saltandstairways.example/" rel="home">Salt and Stairways</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wMenu, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header><div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2214" class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-italy category-itineraries">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2026-02-20T10:03:10+00:00">Updated February 20, 2026</time>
<time class="entry-date published" datetime="2025-09-02T07:12:44+00:00">September 2, 2025</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="https://saltandstairways.example/author/giulia/">Giulia Ferrante</a></span></span>
</div></header><div class="entry-content" itemprop="text">
<p class="affiliate-disclosure"><em>This post may contain affiliate links. If you book through them, I may earn a small commission.</em></p>
${ps(wIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle">Toggle</span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${links(wToc, 'ez-toc-page-1 ez-toc-heading-level-2')}</ul></nav></div>
<figure class="wp-block-image size-large"><img decoding="async" src="https://saltandstairways.example/wp-content/uploads/2025/09/fish-steps.jpg"
alt="The Fish Steps in Cordavela"><figcaption class="wp-element-caption">The Fish Steps at 8am, before the crowds. Pin it for later!</figcaption></figure>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="day-1"></span>Day 1: old town and harbour<span class="ez-toc-section-end"></span></h2>
${ps(wDay1)}
${box('Cordavela Old Town Food Tour with Tastings', 'From €45', 'Check availability on GetYourGuide')}
<h2 class="wp-block-heading"><span class="ez-toc-section" id="day-2"></span>Day 2: the lagoon islands<span class="ez-toc-section-end"></span></h2>
${ps(wDay2)}<ul class="wp-block-list">${lis(wDay2List)}</ul>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="day-3"></span>Day 3: the hill villages<span class="ez-toc-section-end"></span></h2>
${ps(wDay3)}
${box('Hotel Bastione, old town', 'From €128 per night', 'See prices on Booking.com')}
<h2 class="wp-block-heading"><span class="ez-toc-section" id="tips"></span>Practical tips<span class="ez-toc-section-end"></span></h2>
<ul class="wp-block-list">${lis(wTips)}</ul>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/cordavela-hotels/">Read next: where to stay in
Cordavela</a></div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/italy/" rel="category tag">Italy</a>, <a href="/category/itineraries/" rel="category tag">Itineraries</a></span>
<div class="author-box"><div class="author-box-avatar"><img src="/wp-content/uploads/giulia-96x96.jpg" alt=""></div>
<div class="author-box-content"><h4>About Giulia</h4><p>Giulia has been exploring the Tyrrhine coast since she could walk. She writes about slow travel,
ferries and small-town food.</p></div></div>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/porto-lanza-budget/"
rel="prev">A weekend in Porto Lanza on a budget</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “3 days in Cordavela”</h3><ol class="comment-list">
<li id="comment-801" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<cite itemprop="name" class="fn">Martina L.</cite></div><div class="entry-meta comment-metadata"><a href="#comment-801"><time
datetime="2026-03-01T18:20:00+00:00">March 1, 2026 at 6:20 pm</time></a></div></footer><div class="comment-content">
<p>${wComments[0]}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></article>
<ol class="children"><li id="comment-802" class="comment byuser comment-author-giulia bypostauthor odd alt depth-2"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><cite itemprop="name" class="fn">Giulia Ferrante</cite></div></footer>
<div class="comment-content"><p>${wComments[1]}</p></div></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="commentform">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding
widget_search"><form method="get" class="search-form"><input type="search" class="search-field" placeholder="Search …"></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">© 2026 Salt and Stairways</span> • Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div>
</footer></div><script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js"></script></body></html>`;
const wordpressItinerary: TestPage = {
  name: 'heldout292-wordpress-generatepress-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wToc,
  body: texts([...wIntro, ...wDay1, ...wDay2, ...wDay2List, ...wDay3, ...wTips]),
  bylines: ['Updated February 20, 2026', 'September 2, 2025', 'Giulia Ferrante', 'Martina L.', 'March 1, 2026 at 6:20 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Salt and Stairways', ...wMenu, 'This post may contain affiliate links. If you book through them, I may earn a small commission.',
    'Table of Contents', 'Toggle', 'The Fish Steps at 8am, before the crowds. Pin it for later!', 'Our pick', 'Cordavela Old Town Food Tour with Tastings',
    'From €45', 'Check availability on GetYourGuide', 'We earn a commission if you make a purchase, at no additional cost to you.',
    'Hotel Bastione, old town', 'From €128 per night', 'See prices on Booking.com', 'Read next: where to stay in Cordavela', 'Categories', 'About Giulia',
    'Giulia has been exploring the Tyrrhine coast since she could walk. She writes about slow travel, ferries and small-town food.',
    '2 thoughts on “3 days in Cordavela”', ...wComments, 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...wRecent, ...wCats, '© 2026 Salt and Stairways', 'Built with GeneratePress',
  ],
};

const fTitle = 'Ferry or flight from Kessary to the Ondine Islands in October?';
type Post = { user: string; from: string; posts: string; date: string; badge?: string; text: string[] };
const fPosts: Post[] = [
  {
    user: 'RoamingRuth58',
    from: 'Leeds, United Kingdom',
    posts: '14 posts',
    date: '5 Mar 2026, 09:12',
    text: paras(`
Hi all, my husband and I are planning ten days in the Ondine Islands in the second half of October, starting from Kessary.
We are trying to decide between the overnight ferry to Port Ismay and the short flight on the little prop plane.

The ferry appeals because we would save a night of hotel costs, but I have read that the crossing can be rough in autumn and
I am not a good sailor. Has anyone done either at that time of year? Any advice on cabins would also be welcome.`),
  },
  {
    user: 'Ondine_Harbourmaster',
    from: 'Port Ismay, Ondine Islands',
    posts: '3,402 posts',
    date: '5 Mar 2026, 10:47',
    badge: 'Destination Expert for Ondine Islands',
    text: paras(`
Both are fine in October, but you are right that the crossing can be lively. The ferry runs along the coast for the first
four hours and is calm, then crosses open water for the last six. If the forecast shows a westerly above force six, expect
a rolling ride.

If you do take the ferry, book an outside cabin on deck 6, which is nearer the middle of the ship and moves less. The
restaurant closes at 21:00, so eat early.

The flight is 55 minutes and gives you lovely views, but the luggage limit is only 15 kg per person in the hold, and the
plane is sometimes delayed by fog in the mornings. I would fly if seasickness is a real worry.`),
  },
  {
    user: 'kjell_t',
    from: 'Bergholm',
    posts: '61 posts',
    date: '6 Mar 2026, 19:30',
    text: paras(`
We did the ferry last October and it was fine going out and horrible coming back. Honestly the seasickness bands did
nothing. The one thing that helped was lying flat in the cabin with the light off.

If I went again I would fly out and take the ferry back only if the forecast was calm.`),
  },
  {
    user: 'RoamingRuth58',
    from: 'Leeds, United Kingdom',
    posts: '14 posts',
    date: '7 Mar 2026, 08:05',
    text: paras(`
Thank you both, that is really useful. We have booked the flight out and will decide about the return nearer the time. I will
report back after the trip!`),
  },
];
const fHead = ['Trips', 'Alerts', 'Sign in'];
const fNav = ['Hotels', 'Things to Do', 'Restaurants', 'Flights', 'Holiday Rentals', 'Travel Forums'];
const fCrumbs = ['Europe', 'Northern Europe', 'Ondine Islands Travel Forum'];
const fTop = ['Best beach for families on Ondine?', 'Car hire at Port Ismay airport', 'Is October too late for swimming?', 'Where to see the seal colony'];
const fFoot = ['About Tripcompass', 'Site Map', 'Terms of Use and Privacy and Cookies Statement', 'Contact us', 'Help Centre'];
const post = (p: Post, i: number): string => `<div class="post ${i === 0 ? 'firstPost' : ''}" id="post${7820 + i}"><div class="postLeft">
<div class="profile"><div class="avatarWrap"><img class="avatar" src="https://static.tripcompass.example/img/avatar${i}.jpg" alt=""></div>
<div class="username"><a href="/Profile/${p.user}"><span>${p.user}</span></a></div><div class="location">${p.from}</div>
<div class="postBadge"><span class="badgeText">${p.posts}</span></div>${p.badge ? `<div class="mgrRspnInline">${p.badge}</div>` : ''}</div></div>
<div class="postRightContent"><div class="postTitle">${i === 0 ? fTitle : `Re: ${fTitle}`}</div><div class="postDate">${p.date}</div>
<div class="postBody">${ps(p.text)}</div><div class="postFooter"><a class="reportProblem" href="#">Report inappropriate content</a>
<span class="replyButton"><a href="#reply">Reply</a></span></div></div></div>`;
const fHtml = `<!DOCTYPE html><html lang="en-GB" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"><title>${fTitle} - Ondine Islands Forum - Tripcompass</title>
<meta name="description" content="Answer 1 of 3: Hi all, my husband and I are planning ten days in the Ondine Islands.">
<link rel="canonical" href="https://www.tripcompass.example/ShowTopic-g190411-i2201-k14990071-Ferry_or_flight.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"RoamingRuth58"},"datePublished":"2026-03-05","commentCount":3}</script>
<script type="text/javascript">window.taRollupsAreAsync = true; var pageInit = new Date(); ta.store('page.geo', '190411');</script></head>
<body class="ltr domn_en_GB lang_en globalNav2011_reset rebrand_2017 full_width_page content_blocks"><div id="PAGE" class="non_hotels_like">
<div id="taplc_global_nav_0" class="ppr_rup ppr_priv_global_nav"><div class="global-nav-top"><a href="/" class="global-nav-logo">Tripcompass</a>
<ul class="global-nav-actions">${links(fHead, 'global-nav-action')}</ul></div>
<div class="global-nav-links"><ul class="global-nav-links-menu">${links(fNav, 'ui_tab')}</ul></div></div>
<div id="taplc_trip_planner_breadcrumbs_0" class="ppr_rup ppr_priv_trip_planner_breadcrumbs"><ul class="breadcrumbs">
${links(fCrumbs, 'breadcrumb')}</ul></div>
<div id="MAINWRAP" class="full_meta_photos_v3"><div id="MAIN" class="ShowTopic prodp13n_jfy_overflow_visible"><div id="BODYCON" class="col poolB">
<div class="balance"><div class="forumBreadcrumb"><a href="/ListForums">Browse all 4,118 Ondine Islands topics</a></div>
<div id="SHOW_TOPIC"><div class="topTitleWrap"><h1 id="HEADING" class="topTitle">${fTitle}</h1></div>
<div class="topicWatch"><a href="#" class="watchTopic">Watch this Topic</a><a href="#" class="browseForums">Browse forums</a></div>
<div class="postsWrap">${fPosts.map(post).join('\n')}</div>
<div class="replyBlock" id="reply"><h3>Reply to: ${fTitle}</h3><textarea class="replyText" placeholder="Write a reply"></textarea>
<p class="replyHint">We remove posts that do not follow our posting guidelines, and we reserve the right to remove any post for any reason.</p>
<button class="ui_button primary">Submit</button></div>
<div class="forumSection"><div class="pgLinks"><span class="paging">Showing 1-4 of 4 posts</span></div></div></div></div></div>
<div id="SIDEBAR" class="col"><div class="sidebarBox"><h3>Ask a question about Ondine Islands</h3><a class="ui_button" href="/PostTopic">Ask a question</a>
</div><div class="sidebarBox topQuestions"><h3>Top questions about Ondine Islands</h3><ul>${links(fTop)}</ul></div>
<div class="sidebarBox adBox"><span class="adLabel">Sponsored</span><div id="gpt-ad-300x250"></div></div></div></div></div>
<div id="taplc_global_footer_0" class="ppr_rup ppr_priv_global_footer"><div class="global-footer"><ul>${links(fFoot)}</ul>
<p class="copyright">© 2026 Tripcompass LLC All rights reserved.</p>
<p class="disclaimer">Tripcompass is not a booking agent and does not charge any service fees to users of our site.</p></div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><p id="onetrust-policy-text">We use cookies and similar technologies to improve
your experience and to show you personalised ads.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-reject-all-handler">Reject All</button></div></div></body></html>`;
const forumThread: TestPage = {
  name: 'heldout292-tripadvisor-style-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.text)),
  bylines: ['RoamingRuth58', 'Ondine_Harbourmaster', 'kjell_t', ...fPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tripcompass', ...fHead, ...fNav, ...fCrumbs, 'Browse all 4,118 Ondine Islands topics', 'Watch this Topic', 'Browse forums',
    'Leeds, United Kingdom', 'Port Ismay, Ondine Islands', 'Bergholm', '14 posts', '3,402 posts', '61 posts', 'Destination Expert for Ondine Islands',
    `Re: ${fTitle}`, 'Report inappropriate content', 'Reply', `Reply to: ${fTitle}`,
    'We remove posts that do not follow our posting guidelines, and we reserve the right to remove any post for any reason.', 'Submit',
    'Showing 1-4 of 4 posts', 'Ask a question about Ondine Islands', 'Ask a question', 'Top questions about Ondine Islands', ...fTop, 'Sponsored',
    ...fFoot, '© 2026 Tripcompass LLC All rights reserved.', 'Tripcompass is not a booking agent and does not charge any service fees to users of our site.',
    'We use cookies and similar technologies to improve your experience and to show you personalised ads.', 'I Accept', 'Reject All',
  ],
};

export const HELDOUT292_B: readonly TestPage[] = [wordpressItinerary, forumThread];
