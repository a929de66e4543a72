import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 7 (blogs), written in session 10 without reading the reader's rules: an
 * academic's personal site on the Jekyll "Minimal Mistakes" theme (author sidebar, right-hand
 * table of contents, taxonomy footer, "You may also enjoy"), and a WordPress.com blog post with
 * the Jetpack share, "Like this:" and related-posts blocks, sidebar widgets and the reblog bar.
 */
const gaugeIntro = [
  'Last winter a student of mine, Jonas, came into my office with two time series that should have been nearly identical. They came from ' +
    'two precipitation gauges standing eleven metres apart at our field station in Tarfala, and over the snow season one of them had ' +
    'recorded almost a third more than the other.',
  'The obvious suspects were a leak, a clogged orifice or a logger fault. It was none of those, and the real answer turned out to be more ' +
    'interesting, and more worrying for anyone who uses gauge data from windy, snowy places.',
];
const gaugeWind = [
  'Precipitation gauges are very good at catching rain that falls straight down. Snow does not fall straight down. A gauge is an obstacle, ' +
    'and the wind speeds up as it passes over the rim, carrying light flakes across the opening instead of into it. The faster the wind and ' +
    'the drier the snow, the more is lost.',
  'This undercatch is well known. There are standard transfer functions for correcting it, fitted from years of side-by-side comparisons. ' +
    'What surprised us was the size of the difference between two gauges of the same model, on the same days, eleven metres apart.',
];
const gaugeDiff = [
  'One gauge had a double-Alter wind shield, a ring of loosely hanging slats that slows the air around the opening. The other had the same ' +
    'shield, but a field assistant had tied the slats together with cable ties during a storm the previous autumn to stop them banging. ' +
    'Nobody had written it down.',
  'With the slats fixed, the shield behaved more like a solid fence. It made its own turbulence just above the rim, and on days with wind ' +
    'above about 5 metres per second the tied gauge caught far less snow than its neighbour.',
];
const gaugeDiff2 = [
  'When we plotted the ratio between the two catches against wind speed, the relationship was almost linear from 2 to 9 metres per ' +
    'second, and flat on calm days. That was the clue: a fault in the logger or the orifice would not care about the wind.',
];
const gaugeList = [
  'Every visit to the station now includes a photograph of each gauge and its shield from the same two angles.',
  'Any physical change to an instrument goes into the station log, however small it seems at the time.',
  'Days with wind above 5 metres per second are flagged in the published dataset, so users can decide how to treat them.',
];
const gaugeEnd = [
  'We have since corrected the affected season using the untouched gauge and a wind-dependent transfer function, and the corrected ' +
    'series is in the repository with a short note describing what happened. If you downloaded the 2023–24 winter data before February, ' +
    'please download it again.',
  'The lesson I keep repeating to students is that metadata is data. A handful of cable ties cost us four months of work, and writing ' +
    'them down would have cost nothing.',
];
const gaugeH = ['Wind is the problem', 'What was different', 'What we changed'];
const ikNav = ['Publications', 'Talks', 'Teaching', 'Blog', 'CV'];
const ikUrls = ['Uppsala University', 'Email', 'Google Scholar', 'ORCID', 'GitHub'];
const gaugeTitle = 'Why our two rain gauges disagreed by 30 percent';
const gaugeHtml =
  `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>${gaugeTitle} - Ines Karlsson</title>
<meta name="description" content="Two identical snow gauges eleven metres apart, a third apart in catch. The culprit was a handful of cable ties.">
<meta property="og:type" content="article"><meta property="og:title" content="${gaugeTitle}"><meta property="article:published_time" content="2025-03-02">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Ines Karlsson","url":"https://ikarlsson.example"}</script>
<link rel="stylesheet" href="/assets/css/main.css">
<script>document.documentElement.className=document.documentElement.className.replace(/\\bno-js\\b/g,'')+' js ';</script></head>
<body class="layout--single"><nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li>
<li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li><li><a href="#footer" class="screen-reader-shortcut">Skip to footer</a></li></ul>
</nav>
<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav">
<a class="site-title" href="/">Ines Karlsson</a><ul class="visible-links">${links(ikNav, 'masthead__menu-item')}</ul>
<button class="greedy-nav__toggle hidden" type="button"><span class="visually-hidden">Toggle menu</span></button></nav></div></div></div>
<div class="initial-content"><div id="main" role="main"><div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card">
<div class="author__avatar"><img src="/images/profile.jpg" alt="Ines Karlsson" itemprop="image"></div><div class="author__content">
<h3 class="author__name p-name" itemprop="name">Ines Karlsson</h3><div class="author__bio p-note" itemprop="description">
<p>Assistant professor of hydrology. I study how we measure water in cold, windy places, and what goes wrong when we do.</p></div></div>
<div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons">
<li itemprop="homeLocation"><i class="fas fa-fw fa-map-marker-alt"></i> <span itemprop="name" class="p-locality">Uppsala, Sweden</span></li>
${links(ikUrls)}</ul></div></div></div>
<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork"><div class="page__inner-wrap"><header>
<h1 id="page-title" class="page__title p-name" itemprop="headline"><a href="/posts/2025/03/gauges/" class="u-url" itemprop="url">${gaugeTitle}</a></h1>
<p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt"></i> <time datetime="2025-03-02">March 2, 2025</time></span>
<span class="page__meta-sep"></span><span class="page__meta-readtime"><i class="far fa-clock"></i> 6 minute read</span></p></header>
<section class="page__content e-content" itemprop="text"><aside class="sidebar__right sticky"><nav class="toc"><header>
<h4 class="nav__title"><i class="fas fa-file-alt"></i> On this page</h4></header><ul class="toc__menu">${links(gaugeH)}</ul></nav></aside>
${ps(gaugeIntro)}
<h2 id="wind-is-the-problem">${gaugeH[0]}</h2>${ps(gaugeWind)}
<h2 id="what-was-different">${gaugeH[1]}</h2>${ps(gaugeDiff)}
<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>ratio = catch_tied / catch_free
slope, intercept = np.polyfit(wind[windy], ratio[windy], 1)</code></pre></div></div>
${ps(gaugeDiff2)}
<h2 id="what-we-changed">${gaugeH[2]}</h2><ul>${gaugeList.map((li) => `<li>${li}</li>`).join('\n')}</ul>
${ps(gaugeEnd)}</section>
<footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags"></i> Tags: </strong><span itemprop="keywords">
<a href="/tags/#fieldwork" class="page__taxonomy-item p-category" rel="tag">fieldwork</a><span class="sep">, </span>
<a href="/tags/#measurement" class="page__taxonomy-item p-category" rel="tag">measurement</a></span></p>
<p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt"></i> Updated:</strong> <time datetime="2025-03-04">March 4, 2025</time></p></footer>
<section class="page__share"><h4 class="page__share-title">Share on</h4>
<a href="https://twitter.example/intent/tweet" class="btn btn--twitter" title="Share on Twitter"><i class="fab fa-fw fa-twitter"></i><span> Twitter</span></a>
<a href="https://www.linkedin.example/shareArticle" class="btn btn--linkedin" title="Share on LinkedIn"><i></i><span> LinkedIn</span></a></section>
<nav class="pagination"><a href="/posts/2025/01/ice-cores/" class="pagination--pager">Previous</a><a href="#" class="pagination--pager disabled">Next</a></nav>
</div></article>
<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper"><div class="grid__item">
<article class="archive__item"><h2 class="archive__item-title no_toc"><a href="/posts/2025/01/ice-cores/">Teaching with a freezer full of ice</a></h2>
<p class="page__meta"><i class="far fa-clock"></i> 4 minute read</p>
<p class="archive__item-excerpt">What a second-year lab learned from melting the same core three different ways.</p></article></div></div></div></div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li>
<li><a href="https://github.example/ikarlsson">GitHub</a></li><li><a href="/feed.xml">Feed</a></li></ul></div>
<div class="page__footer-copyright">© 2025 Ines Karlsson. Powered by <a href="https://jekyllrb.com">Jekyll</a> &amp; ` +
  `<a href="https://mademistakes.com/work/minimal-mistakes-jekyll-theme/">Minimal Mistakes</a>.</div></footer></div>
<script src="/assets/js/main.min.js"></script></body></html>`;
const gauges: TestPage = {
  name: 'heldout7-jekyll-academic',
  kind: 'blog',
  html: gaugeHtml,
  // hard calls: the author's name (masthead and sidebar) is a byline, her sidebar bio furniture;
  // the right-hand "On this page" table of contents repeats the headings and is in neither list
  // (its label is furniture); the code block is in neither; the read time is furniture
  title: gaugeTitle,
  headings: gaugeH,
  body: texts([...gaugeIntro, ...gaugeWind, ...gaugeDiff, ...gaugeDiff2, ...gaugeList, ...gaugeEnd]),
  bylines: ['Ines Karlsson', 'March 2, 2025', 'Updated:', 'March 4, 2025'],
  furniture: [
    'Skip to primary navigation',
    'Skip to footer',
    ...ikNav,
    'Toggle menu',
    'Assistant professor of hydrology. I study how we measure water in cold, windy places, and what goes wrong when we do.',
    'Uppsala, Sweden',
    ...ikUrls,
    '6 minute read',
    'On this page',
    'Tags:',
    'fieldwork',
    'Share on',
    'LinkedIn',
    'Previous',
    'You may also enjoy',
    'Teaching with a freezer full of ice',
    'What a second-year lab learned from melting the same core three different ways.',
    'Follow:',
    'Feed',
    '© 2025 Ines Karlsson. Powered by Jekyll & Minimal Mistakes.',
  ],
};

const seedIntro = [
  'Every September someone on plot 14 asks me how I keep my tomatoes true from year to year, and every September I give the same ' +
    'slightly embarrassing answer: I let them rot in a jam jar.',
  'It sounds worse than it is. Tomato seeds sit inside a jelly-like coat that stops them sprouting inside the fruit. In the wild that coat ' +
    'breaks down when the fruit falls and ferments on the ground. Doing the same thing on purpose in a jar cleans the seed, and plenty of ' +
    'growers swear it also knocks back some of the diseases carried on the seed.',
];
const seedNeed = [
  'A ripe, healthy fruit from a plant you liked, ideally an open-pollinated variety rather than an F1 hybrid',
  'A clean jam jar and a square of kitchen paper',
  'A sieve, a saucer and a marker pen',
];
const seedMethod = [
  'Cut the tomato across its middle and squeeze the seeds and their jelly into the jar. Add a splash of water, about the same volume ' +
    'as the pulp, and cover the top with kitchen paper held on with an elastic band.',
  'Leave the jar somewhere warm but out of the sun for three to five days. A grey-white mould will form on the surface and it will ' +
    'smell. That is the point at which most people give up, and it is also exactly what you want.',
  'When the mould covers the top, fill the jar with water and stir. Good seeds sink; the mould, the pulp and the empty seeds float. ' +
    'Pour off the floating layer, rinse the rest through the sieve and tip the seeds onto a saucer to dry.',
];
const seedStore = [
  "Spread the seeds thinly and leave them for a week, stirring them with a fingertip every day so they don't clump. Once they are " +
    'properly dry they will slide around the saucer like grains of sand.',
  'I keep mine in small paper envelopes labelled with the variety and the year, in a biscuit tin in the coldest room of the house. ' +
    "Stored like that, tomato seed stays good for at least four or five years, and I have had Gardener's Delight come up happily after seven.",
  'If you only grow one variety, none of this needs much care. If you grow several side by side, bees do occasionally cross them, so ' +
    'the odd surprise is part of the fun.',
];
const seedH = ['What you need', 'Method', 'Storing the seed'];
const wpMenu = ['Home', 'About', 'Plot diary', 'Seed swap'];
const wpShare = ['X', 'Facebook', 'Email', 'Print'];
const wpRecent = ['Blight watch: a wet August on the site', 'Runner beans, and why mine sulked until July', 'The water butt rota, explained'];
const wpBar = ['Copy shortlink', 'Report this content', 'View post in Reader', 'Manage subscriptions', 'Collapse this bar'];
const seedTitle = 'Saving tomato seed the messy way';
const seedHtml =
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${seedTitle} – The Allotment Ledger</title>
<meta property="og:type" content="article"><meta property="og:title" content="${seedTitle}"><meta property="og:site_name" content="The Allotment Ledger">
<meta property="article:published_time" content="2025-09-14T18:02:11+00:00"><link rel="stylesheet" id="all-css-0" href="/_static/??-eJx9jEEKwz.css">
<script type="text/javascript">var _wpcom_likes={"blog_id":"112233","post_id":"2211"};</script></head>
<body class="post-template-default single single-post postid-2211 single-format-standard highlander-enabled highlander-light">
<div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Allotment Ledger</a></p>
<p class="site-description">Notes from plot 9, rain or shine</p></div><button id="menu-toggle" class="menu-toggle">Menu</button>
<nav id="site-navigation" class="main-navigation"><ul id="menu-primary" class="primary-menu">${links(wpMenu, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2211" class="post-2211 post type-post status-publish format-standard hentry category-growing tag-seed-saving tag-tomatoes">
<header class="entry-header"><h1 class="entry-title">${seedTitle}</h1></header><div class="entry-content">
${ps(seedIntro)}<h3>${seedH[0]}</h3><ul>${seedNeed.map((li) => `<li>${li}</li>`).join('\n')}</ul>
<h3>${seedH[1]}</h3>${ps(seedMethod)}<h3>${seedH[2]}</h3>${ps(seedStore)}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>${wpShare.map((s) => `<li><a class="sd-button"><span>${s}</span></a></li>`).join('')}</ul>
</div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span>
</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
<div class="jp-relatedposts-post"><p class="jp-relatedposts-post-title"><a href="/2024/03/03/chitting/">Chitting potatoes on the windowsill</a></p>
<p class="jp-relatedposts-post-date">March 3, 2024</p><p class="jp-relatedposts-post-context">In &quot;Growing&quot;</p></div></div></div></div></div>
<footer class="entry-footer"><span class="byline"><span class="screen-reader-text">Author </span><a class="url fn n" href="/author/hazelplot/">hazelplot</a>
</span>
<span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="/2025/09/14/saving-tomato-seed/" rel="bookmark">` +
  `<time class="entry-date published" datetime="2025-09-14T19:02:11+01:00">September 14, 2025</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/growing/" rel="category tag">Growing</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span><a rel="tag">seed saving</a>, <a rel="tag">tomatoes</a></span>
<span class="comments-link"><a href="#respond">Leave a comment</a></span></footer></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment ` +
  `<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond">Cancel reply</a></small></h3>
<form id="commentform" class="comment-form"><textarea id="comment" name="comment" placeholder="Write a comment..."></textarea></form></div></div>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="/2025/09/02/blight-watch/" rel="prev"><span class="meta-nav">Previous</span> <span class="post-title">${wpRecent[0]}</span></a></div></div></nav>
</main></div><aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search">
<label><span class="screen-reader-text">Search for:</span><input type="search" placeholder="Search …"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wpRecent)}</ul></section>
<section id="blog_subscription-3" class="widget jetpack_subscription_widget"><h2 class="widget-title">Follow Blog via Email</h2>
<p>Enter your email address to follow this blog and receive notifications of new posts by email.</p><p>Join 312 other subscribers</p>
<button type="submit">Follow</button></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a>
</div>
</footer></div></div><div id="actionbar" class="actnbr-pub-twentysixteen actnbr-has-follow"><ul>
<li class="actnbr-btn"><a class="actnbr-action actnbr-actn-comment" href="#comments"><span>Comment</span></a></li>
<li class="actnbr-btn"><a class="actnbr-action actnbr-actn-reblog" href=""><span>Reblog</span></a></li>
<li class="actnbr-btn"><a class="actnbr-action actnbr-actn-follow" href=""><span>Subscribe</span></a></li>
<li class="actnbr-ellipsis"><ul class="actnbr-more">${links(wpBar)}</ul></li></ul></div>
<script type="text/javascript" src="https://s0.wp.com/wp-content/js/bilmur.min.js" defer></script></body></html>`;
const seeds: TestPage = {
  name: 'heldout7-wordpresscom-blog',
  kind: 'blog',
  html: seedHtml,
  // hard calls: the h3 subheads are the headings and the "What you need" list items are body;
  // the Jetpack blocks ("Share this:", "Like this:", "Related") and the screen-reader labels in
  // the entry footer ("Author ", "Posted on ") are furniture; the author handle is a byline
  title: seedTitle,
  headings: seedH,
  body: texts([...seedIntro, ...seedNeed, ...seedMethod, ...seedStore]),
  bylines: ['hazelplot', 'September 14, 2025'],
  furniture: [
    'Skip to content',
    'The Allotment Ledger',
    'Notes from plot 9, rain or shine',
    'Plot diary',
    'Seed swap',
    'Share this:',
    'Facebook',
    'Like this:',
    'Loading...',
    'Related',
    'Chitting potatoes on the windowsill',
    'In "Growing"',
    'Leave a comment',
    'Cancel reply',
    ...wpRecent,
    'Recent Posts',
    'Follow Blog via Email',
    'Enter your email address to follow this blog and receive notifications of new posts by email.',
    'Join 312 other subscribers',
    'Blog at WordPress.com.',
    'Reblog',
    'Subscribe',
    ...wpBar,
  ],
};

export const HELDOUT7_C: readonly TestPage[] = [gauges, seeds];
