import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out 237 F: a local newsletter on Ghost (Casper-style post, news) and an island community's news blog on Blogger (blog). */

const K1 = [`Good morning, Selby. Three things you need to know this week, and one thing you might enjoy.`];
const K2 = [
  `The city council gave initial approval Monday to a plan that would let homeowners build a backyard cottage
  without a special permit. A final vote is set for Dec. 14.`,
  `Supporters say it is the fastest way to add housing without changing the look of neighborhoods. Opponents
  worry about parking on streets like Alder and Crane that are already full at night.`,
];
const K3 = [
  `Selby Transit is adding a 6:15 a.m. run on Route 3 starting Jan. 4, after riders who work early hospital
  shifts asked for it at a public meeting in October.`,
  `The agency will pay for it by trimming a lightly used late-evening trip on Route 7.`,
  `The council also heard a report on the Alder Street sidewalk project, which is now three weeks behind schedule because of a delayed
 concrete delivery. The city says the work should wrap up by the end of the month.`,
  `Riders can comment on the Route 7 change by email or at the transit office through Dec. 18.`,
];
const K4 = [
  `The Grange Hall holiday market returns Saturday from 10 a.m. to 3 p.m., with 40 vendors, a cider stand and
  a brass quintet at noon.`,
  `That's it for this week. Reply to this email if you know something we should be looking into.`,
];
const KH = ['Backyard cottages move forward', 'An earlier bus on Route 3', 'Worth your weekend'];
const html11 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Selby Weekly: cottages, buses and a market</title>
<meta name="generator" content="Ghost 5.96"><link rel="stylesheet" href="/assets/built/screen.css?v=a1b2c3">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Selby Weekly"},
"author":{"@type":"Person","name":"June Adebayo-Klein"},"headline":"Cottages, buses and a market"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js" data-ghost="https://selbyweekly.com/"></script></head>
<body class="post-template tag-city-hall"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo">The Selby
 Weekly</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(['Home', 'Archive', 'About', 'Tips'], 'nav-home')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" data-portal="signin">Sign in</a><a class="gh-head-button" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-city-hall">
<header class="article-header gh-canvas"><section class="article-tag post-card-primary-tag"><a href="/tag/city-hall/">City Hall</a></section>
<h1 class="article-title">Cottages, buses and a market</h1>
<p class="article-excerpt">Your Selby briefing for the week of Dec. 7.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/june/">June Adebayo-Klein</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-12-07">Dec 7, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 2 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">${ps(K1)}
<h2 id="backyard-cottages">${KH[0]}</h2>${ps(K2)}
<div class="kg-card kg-cta-card"><p>The Selby Weekly is reader-funded. Become a paid member for $6 a month.</p></div>
<h2 id="route-3">${KH[1]}</h2>${ps(K3)}
<h2 id="weekend">${KH[2]}</h2>${ps(K4)}</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"><p>Become a member of The Selby Weekly to start
 commenting.</p></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>
<ul>${links(['Why the library levy failed', 'Our 2027 budget explainer'])}</ul></div></aside>
<footer class="site-footer outer"><section class="footer-cta"><h2>Sign up for The Selby Weekly</h2>
<p>Local news for Selby, every Monday.</p><a data-portal="signup">Subscribe</a></section>
<div class="inner"><section class="copyright">The Selby Weekly © 2026</section><p>Powered by Ghost</p></div></footer></div></div></body></html>`;

const L1 = [
  `The Orcas Point ferry dock will close to vehicles for eleven days in January while the county replaces the
  worn steel on the transfer span, the Ferry Advisory Committee heard Monday.`,
  `Walk-on passengers and bicycles will still be able to board. The county will run a water taxi from the
  marina for anyone who needs a car on the mainland side, and the Thursday freight run will move to Halvard Bay.`,
  `Committee chair Opal Renquist asked islanders to stock up on propane and feed before the 12th. "Eleven days
  is not long, but it is long enough to run out of something," she said.`,
  `The school will keep its normal schedule. Teachers who live off-island will come over on the passenger boat.`,
  `Full closure dates, water taxi times and a contact list are pinned on the community board outside the store.`,
  `The work was supposed to happen in October, but the county could not get the steel plate in time. Bids came in higher than expected, so
 the committee also discussed raising the vehicle fare by 50 cents next summer.`,
  `Anyone with medical appointments on the mainland during the closure should call the clinic, which has arranged a van to meet the water
 taxi. The store says it will put in a double order of groceries the week before.`,
];
const html12 = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">
<title>Orcas Point Island News: Ferry dock to close to cars for 11 days in January</title>
<meta name="generator" content="blogger"><link rel="alternate" type="application/atom+xml"
 href="https://orcaspointnews.blogspot.com/feeds/posts/default">
<script src="https://www.blogger.com/static/v1/widgets/2978514321-widgets.js"></script></head>
<body class="loading"><div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1">
<h1 class="title"><a href="https://orcaspointnews.blogspot.com/">Orcas Point Island News</a></h1>
<p class="description"><span>News, notices and gossip from the Point since 2009</span></p></div></div></header>
<div class="tabs-outer"><div class="PageList widget" id="PageList1"><ul>${links(['Home', 'Ferry Schedule', 'Island Calendar', 'Classifieds'])}</ul></div></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget
 Blog" id="Blog1">
<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Tuesday, December 1, 2026</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost">
<h3 class="post-title entry-title" itemprop="name">Ferry dock to close to cars for 11 days in January</h3>
<div class="post-header"></div>
<div class="post-body entry-content" id="post-body-7712" itemprop="description articleBody">${ps(L1)}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by
<span class="fn">Wes Tollefsen</span></span> <span class="post-timestamp">at <a class="timestamp-link"><abbr class="published">8:42
 AM</abbr></a></span>
<span class="post-comment-link"><a class="comment-link">3 comments:</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email">Email This</a><a>BlogThis!</a>
<a>Share to X</a><a>Share to Facebook</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a rel="tag">ferry</a>, <a rel="tag">county</a></span></div></div>
</div><div class="comments" id="comments"><h4>3 comments:</h4><div class="comment-block"><p class="comment-content">Thanks Wes. Will the
mail boat still run?</p></div><p class="comment-footer"><a>Post a Comment</a></p></div></div></div></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link">Newer Post</a> <a class="blog-pager-older-link">Older Post</a>
<a class="home-link">Home</a></div><div class="post-feeds">Subscribe to: Post Comments (Atom)</div></div></div></div></div>
<div class="column-right-outer"><div class="sidebar section"><div class="widget BlogArchive"><h2>Blog Archive</h2>
<ul>${links(['November', 'October'])}</ul></div>
<div class="widget Text"><h2>Got news?</h2><div class="widget-content">Drop a note in the box at the store.</div></div></div></div></div></div>
<footer><div class="Attribution widget">Powered by Blogger.</div><div>Simple theme.</div></footer></div></div></body></html>`;

export const HELDOUT237_F: readonly TestPage[] = [
  {
    name: 'heldout237-ghost-local-newsletter-news',
    kind: 'news',
    html: html11,
    title: 'Cottages, buses and a market',
    headings: KH,
    body: texts(['Your Selby briefing for the week of Dec. 7.', ...K1, ...K2, ...K3, ...K4]),
    bylines: ['June Adebayo-Klein', 'Dec 7, 2026', '2 min read'],
    furniture: [
      'Home',
      'Archive',
      'About',
      'Tips',
      'Sign in',
      'Subscribe',
      'City Hall',
      'The Selby Weekly is reader-funded. Become a paid member for $6 a month.',
      'Become a member of The Selby Weekly to start commenting.',
      'Read more',
      'Why the library levy failed',
      'Our 2027 budget explainer',
      'Sign up for The Selby Weekly',
      'Local news for Selby, every Monday.',
      'The Selby Weekly © 2026',
      'Powered by Ghost',
    ],
  },
  {
    name: 'heldout237-blogger-island-news-blog',
    kind: 'blog',
    html: html12,
    title: 'Ferry dock to close to cars for 11 days in January',
    headings: [],
    body: texts(L1),
    bylines: ['Tuesday, December 1, 2026', 'Wes Tollefsen', '8:42 AM'],
    furniture: [
      'Orcas Point Island News',
      'News, notices and gossip from the Point since 2009',
      'Home',
      'Ferry Schedule',
      'Island Calendar',
      'Classifieds',
      '3 comments:',
      'Email This',
      'BlogThis!',
      'Share to X',
      'Share to Facebook',
      'Labels:',
      'ferry',
      'county',
      'Thanks Wes. Will the mail boat still run?',
      'Post a Comment',
      'Newer Post',
      'Older Post',
      'Subscribe to: Post Comments (Atom)',
      'Blog Archive',
      'November',
      'October',
      'Got news?',
      'Drop a note in the box at the store.',
      'Powered by Blogger.',
      'Simple theme.',
    ],
  },
];
