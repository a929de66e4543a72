import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout701-kit.js';

/**
 * Held-out batch 701, file c: a river-testing citizen science post on a WordPress.com blog (Twenty Sixteen) with WordAds,
 * Jetpack sharing and likes, comments and the cookie widget, and a sleep newsletter post on Ghost (Source theme) with a
 * callout, a signup card and a bookmark card inside the content.
 */
const wTitle = 'Three summers on the Wendle: what the nitrate numbers say';
const wHeads = ['What we measure', 'The nitrate story', 'Is it the sewage works?', 'What happens next'];
const wA = [
  j(
    'Since June 2024 a group of us have walked the same six stretches of the River Wendle once a month with a bucket on a rope,',
    'a handful of test kits and a notebook that is now mostly mud. Thirty-three sampling days later, we finally have enough',
    'numbers to say something, so here goes.',
  ),
];
const wB = [
  j(
    'At each site we record water temperature, nitrate and phosphate with colour-match kits, and count the invertebrates in a',
    'three-minute kick sample. The kits are not laboratory instruments — they read in steps, and two people can disagree about',
    'a colour — so we always have two volunteers read each tube and we note both.',
  ),
];
const wC0 = 'Average nitrate readings for each summer (June to August) look like this:';
const wRows = [
  ['Site', '2024', '2025', '2026'],
  ['1. Ashwell spring', '2', '2', '2'],
  ['2. Coldharbour ford', '5', '10', '10'],
  ['3. Mill Lane bridge', '5', '5', '10'],
  ['4. Sewage works outfall', '10', '20', '20'],
  ['5. Pellow’s meadow', '5', '10', '5'],
  ['6. Wendle mouth', '5', '10', '10'],
];
const wC = [
  j(
    'All values are in mg/l. The kit reads in steps of 0, 1, 2, 5, 10, 20 and 50, so a jump from 5 to 10 is one step on the',
    'card, not necessarily a doubling in the river.',
  ),
  j(
    'Two things stand out. The spring at Ashwell has barely moved in three years, which is what you would expect from water',
    'that spent decades underground in the chalk. And below the sewage works outfall the readings doubled between 2024 and',
    '2025 and stayed there.',
  ),
];
const wD = [
  j(
    'We don’t know, and I want to be careful here. The works serves about 9,000 people and its permit was renewed in 2025. But',
    'the field upstream of site 4 was also ploughed up for maize that spring, and the readings at Coldharbour ford, above the',
    'works, rose by the same step.',
  ),
  j(
    'What we can say is that the invertebrates tell the same story as the kits. At site 4 we used to find freshwater shrimp',
    'in every sample; last summer we found them in two samples out of nine.',
  ),
];
const wQuote = j('“Shrimp don’t read test cards. When they disappear, something has changed.” — Dr Colm Farrelly, who trained us in', 'kick sampling');
const wNext = [
  j('We have sent three years of data to the Wendle Rivers Trust and the Environment Office, with all the raw readings and', 'both volunteers’ scores.'),
  'From April we will add a site directly above the outfall, to separate the works from the maize field.',
  'The trust has lent us a proper nitrate meter for the summer, so we can check how far off the colour cards are.',
];
const wEnd = j(
  'If you live near the river and fancy a muddy Saturday morning once a month, we would love to hear from you. No experience',
  'needed, and there is always cake.',
);
const wComments: [string, string, string][] = [
  [
    'Tom Ashby',
    'February 8, 2027 at 9:14 pm',
    'Brilliant work, Gwen. Have you thought about getting the outfall data from the water company? They have to publish it now.',
  ],
  ['Gwen Pellow', 'February 9, 2027 at 7:02 am', 'Thanks Tom! We have asked. Watch this space.'],
  [
    'Hester Nyambura',
    'February 10, 2027 at 12:40 pm',
    j('The maize field point is a good one. We saw exactly the same pattern on the Tarrin after a field was ploughed — it', 'settled down after two years.'),
  ],
];
const wNav = ['Home', 'About', 'Our sampling sites', 'Data', 'Join us'];
const wShare = ['X', 'Facebook', 'Email'];
const wTags = ['invertebrates', 'nitrate', 'River Wendle'];
const wRecent = [
  'Three summers on the Wendle: what the nitrate numbers say',
  'Spring sampling day: 19 volunteers and a heron',
  'How to read a colour-match test card',
  'Our first kick sample',
];
const wArch = ['February 2027', 'November 2026', 'September 2026', 'June 2026'];
const wComment = (c: [string, string, string], i: number): string =>
  `<li id="comment-${41 + i}"
class="comment ${c[0] === 'Gwen Pellow' ? 'byuser comment-author-wendlewatch bypostauthor ' : ''}${i === 1 ? 'even depth-2' : 'odd alt depth-1'}">
<article id="div-comment-${41 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=''
src='https://0.gravatar.com/avatar/${i}a3f?s=42&amp;d=identicon&amp;r=G' class='avatar avatar-42' height='42' width='42' loading='lazy'>
<b class="fn"><a href="https://gravatar.com/u${i}" class="url" rel="ugc external nofollow">${c[0]}</a></b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="https://wendlewatch.wordpress.com/2027/02/08/three-summers/#comment-${41 + i}">
<time datetime="2027-02-0${8 + i}">${c[1]}</time></a>
</div></footer><div class="comment-content"><p>${c[2]}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${41 + i}" aria-label="Reply to ${c[0]}">Reply</a></div></article></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>Three summers on the Wendle: what the nitrate numbers say &#8211; Wendle Watch</title>
<script type="text/javascript">/* <![CDATA[ */ function addLoadEvent(func){var oldonload=window.onload;window.onload=func;} /* ]]> */</script>
<link rel='dns-prefetch' href='//s0.wp.com'><link rel="alternate" type="application/rss+xml" title="Wendle Watch &raquo; Feed"
href="https://wendlewatch.wordpress.com/feed/">
<link rel='stylesheet' id='all-css-0-1' href='https://s0.wp.com/_static/??-eJx9jtEKwjAMRX/ImE0nwwfxW7IauqxpU5qW4d+roCCIPp7D5XJx/E8f5.css' media='all'>
<link rel='stylesheet' id='twentysixteen-style-css' href='https://s0.wp.com/wp-content/themes/pub/twentysixteen/style.css?m=1700000000i' media='all'>
<script id="wpcom-actionbar-placeholder-js-extra">var actionbardata = {"siteID":"219004117","postID":"1123","siteURL":"https:\\/\\/wendlewatch.wordpress.com",
"xhrURL":"https:\\/\\/wendlewatch.wordpress.com\\/wp-admin\\/admin-ajax.php","isLoggedIn":"","statusMessage":"","subsEmailDefault":"instantly"};</script>
<meta name="generator" content="WordPress.com"><link rel="canonical" href="https://wendlewatch.wordpress.com/2027/02/08/three-summers/">
<meta property="og:type" content="article"><meta property="og:title" content="Three summers on the Wendle: what the nitrate numbers say">
<meta property="og:site_name" content="Wendle Watch"><meta property="article:published_time" content="2027-02-08T18:20:44+00:00">
</head>
<body class="post-template-default single single-post postid-1123 single-format-standard wp-embed-responsive customizer-styles-applied group-blog
highlander-enabled highlander-light">
<div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding">
<p class="site-title"><a href="https://wendlewatch.wordpress.com/" rel="home">Wendle Watch</a></p>
<p class="site-description">Citizen science on a small chalk river</p></div>
<button id="menu-toggle" class="menu-toggle">Menu</button><div id="site-header-menu" class="site-header-menu">
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><div class="menu-primary-container"><ul id="menu-primary" class="primary-menu">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1123" class="post-1123 post type-post status-publish format-standard hentry category-results tag-invertebrates tag-nitrate tag-river-wendle">
<header class="entry-header"><h1 class="entry-title">${wTitle}</h1></header>
<div class="entry-content">
${ps(wA)}
<h2 class="wp-block-heading">${at(wHeads, 0)}</h2>
${ps(wB)}
<h2 class="wp-block-heading">${at(wHeads, 1)}</h2>
${ps([wC0])}
<figure class="wp-block-table"><table><tbody>
${wRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></figure>
${ps(wC)}
<h2 class="wp-block-heading">${at(wHeads, 2)}</h2>
${ps(wD)}
<blockquote class="wp-block-quote"><p>${wQuote}</p></blockquote>
<h2 class="wp-block-heading">${at(wHeads, 3)}</h2>
<ul>${lis(wNext)}</ul>
${ps([wEnd])}
<div class="wpcnt"><div class="wpa wpmrec"><span class="wpa-about">Advertisements</span><div class="u top_amp"><div id="atatags-26942-65c4b"></div></div>
<span class="wpa-report"><a href="#" class="wpa-report-link">Report this ad</a></span></div></div>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled">
<div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
${wShare
  .map(
    (s) =>
      `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${s.toLowerCase()} sd-button share-icon" href="#" target="_blank"
title="Click to share on ${s}"><span>${s}</span></a></li>`,
  )
  .join('\n')}
<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-219004117-1123-65c4b"
data-name="like-post-frame-219004117-1123-65c4b" data-title="Like or Reblog"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span>
<span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div></div></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="https://0.gravatar.com/avatar/77e1?s=49&amp;d=identicon"
class="avatar avatar-49" height="49" width="49"><span class="screen-reader-text">Author </span> <a class="url fn n"
href="https://wendlewatch.wordpress.com/author/wendlewatch/">Gwen Pellow</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on
</span><a href="https://wendlewatch.wordpress.com/2027/02/08/three-summers/" rel="bookmark"><time class="entry-date published"
datetime="2027-02-08T18:20:44+00:00">February 8, 2027</time><time class="updated" datetime="2027-02-09T07:05:12+00:00">February 9, 2027</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://wendlewatch.wordpress.com/category/results/"
rel="category tag">Results</a></span><span class="tags-links"><span class="screen-reader-text">Tags </span>${wTags
  .map((t) => `<a href="https://wendlewatch.wordpress.com/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span>
<span class="comments-link"><a href="https://wendlewatch.wordpress.com/2027/02/08/three-summers/#comments">3 Comments<span class="screen-reader-text"> on
${wTitle}</span></a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “${wTitle}”</h2>
<ol class="comment-list">
${wComment(wComments[0] ?? ['', '', ''], 0)}
<ol class="children">${wComment(wComments[1] ?? ['', '', ''], 1)}</ol>
${wComment(wComments[2] ?? ['', '', ''], 2)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="/2027/02/08/three-summers/#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://wendlewatch.wordpress.com/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="comment-form-field comment-textarea"><label for="comment">Enter your comment here...</label><div id="comment-form-comment">
<textarea id="comment" name="comment" title="Enter your comment here..."></textarea></div></div></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://wendlewatch.wordpress.com/2026/11/14/spring-sampling-day/" rel="prev"><span class="meta-nav"
aria-hidden="true">Previous</span> <span class="screen-reader-text">Previous post:</span> <span class="post-title">Spring sampling day: 19 volunteers
and a heron</span></a></div></div></nav>
</main></div>
<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
action="https://wendlewatch.wordpress.com/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field"
placeholder="Search &hellip;" value="" name="s"></label><button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button>
</form></section>
<section id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget"><h2 class="widget-title"><label
for="subscribe-field">Follow Wendle Watch via Email</label></h2><form action="#" method="post" id="subscribe-blog"><p id="subscribe-text">Enter your email
address to follow this blog and receive notifications of new posts by email.</p><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field"
class="screen-reader-text">Email Address:</label><input type="email" name="email" id="subscribe-field" placeholder="Email Address"></p>
<p id="subscribe-submit"><button type="submit" name="jetpack_subscriptions_widget">Follow</button></p></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(wArch)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a>
</div></footer></div></div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentysixteen actnbr-has-follow"><ul><li class="actnbr-btn actnbr-hidden">
<a class="actnbr-action actnbr-actn-follow" href=""><span>Subscribe</span></a></li><li class="actnbr-ellipsis actnbr-hidden"><span>Wendle Watch</span></li>
</ul></div>
<div class="widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180" id="eu-cookie-law">
<form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept" class="accept"></form>Privacy &amp; Cookies: This site
uses cookies. By continuing to use this website, you agree to their use. <br>To find out more, including how to control cookies, see here: <a
href="https://automattic.com/cookies/" rel="nofollow">Cookie Policy</a></div></div>
<script type="text/javascript" src="https://s0.wp.com/wp-content/js/wpcom-proxy-request.js?m=1700000000i"></script></body></html>`;
const wpcom: TestPage = gold({
  name: 'heldout701-wpcom-river-nitrate',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wA, ...wB, wC0, ...wRows.map((r) => r.join(' ')), ...wC, ...wD, wQuote, ...wNext, wEnd]),
  bylines: ['Gwen Pellow', 'February 8, 2027', 'February 9, 2027', ...wComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Wendle Watch', 'Citizen science on a small chalk river', 'Menu', ...wNav, 'Advertisements', 'Report this ad',
    'Share this:', ...wShare, 'Like this:', 'Like', 'Loading...', 'Related', 'Author', 'Posted on', 'Categories', 'Results', 'Tags', ...wTags,
    '3 Comments', `on ${wTitle}`, `3 thoughts on “${wTitle}”`, 'says:', ...wComments.map((c) => c[2]), 'Reply', 'Leave a comment',
    'Enter your comment here...', 'Post navigation', 'Previous', 'Previous post:', 'Spring sampling day: 19 volunteers and a heron',
    'Search for:', 'Search', 'Follow Wendle Watch via Email',
    'Enter your email address to follow this blog and receive notifications of new posts by email.', 'Email Address:', 'Follow',
    'Recent Posts', ...wRecent, 'Archives', ...wArch, 'Blog at WordPress.com.',
    'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
    'To find out more, including how to control cookies, see here:', 'Cookie Policy',
  ],
});

const gTitle = 'Two trackers, one wrist, seven nights';
const gDek = j(
  'I wore two consumer sleep trackers at once for a week and compared them with a lab-grade sensor. They agreed on when I',
  'slept. They disagreed on almost everything else.',
);
const gHeads = ['Total sleep: close enough', 'Sleep stages: don’t bother', 'What I’d actually use them for'];
const gA = [
  j(
    'Readers ask me about sleep trackers more than anything else, usually in the form of a screenshot and the question “is this',
    'bad?”. So last month I did the obvious experiment: I wore a ring-style tracker and a wrist-band tracker at the same time',
    'for seven nights, and slept with a research-grade actigraph strapped to my other wrist as a referee.',
  ),
  j(
    'The two consumer devices were the Noctra Ring (second generation) and the Pulsewell Band 4. I paid for both myself, and',
    'neither company knows I did this.',
  ),
];
const gB0 = j(
  'On the question most people care about — how long did I sleep? — all three devices were within about 20 minutes of each',
  'other on every night except one.',
);
const gRows = [
  ['Night', 'Actigraph', 'Noctra Ring', 'Pulsewell Band'],
  ['Mon', '6 h 52 min', '7 h 04 min', '6 h 49 min'],
  ['Tue', '7 h 31 min', '7 h 40 min', '7 h 22 min'],
  ['Wed', '5 h 58 min', '6 h 41 min', '6 h 05 min'],
  ['Thu', '7 h 10 min', '7 h 18 min', '7 h 02 min'],
  ['Fri', '6 h 37 min', '6 h 45 min', '6 h 30 min'],
  ['Sat', '8 h 02 min', '8 h 11 min', '7 h 55 min'],
  ['Sun', '7 h 26 min', '7 h 30 min', '7 h 19 min'],
];
const gB1 = j(
  'Wednesday was the outlier. I read in bed for forty minutes, lying very still, and the ring counted most of it as sleep.',
  'Wrist movement is what these devices mostly go on, and a still reader looks a lot like a sleeper.',
);
const gC0 = j(
  'Where the trackers really parted company was in sleep stages. On Tuesday the ring gave me 1 hour 48 minutes of deep sleep;',
  'the band gave me 52 minutes. Across the week, the two devices agreed on the stage of a given 30-second slice of the night',
  'only 58% of the time.',
);
const gCallout = j(
  '<strong>A quick reminder:</strong> the gold standard for sleep stages is polysomnography, which measures brain waves.',
  'Nothing worn on a wrist or finger measures brain waves.',
);
const gC1 = j(
  'That is not a knock on the engineers. Estimating sleep stages from heart rate and movement is genuinely hard, and both',
  'companies say so in the small print. It does mean that a “bad deep sleep score” on one night tells you very little.',
);
const gUse = [
  'Spotting trends over weeks, such as whether you go to bed later on work nights than you think.',
  'Checking the effect of a change — a later coffee, an earlier dinner — over a fortnight, not a night.',
  'Noticing when something is clearly off, like a run of short nights, so you can do something about it.',
];
const gD = [
  j(
    'What I would not do is let a single morning’s score decide how you feel about the day. I slept badly on Wednesday, I felt',
    'fine, and both trackers told me to take it easy. I ignored them and went for a run.',
  ),
  j('Next issue: what happens to sleep when the clocks go forward, with data from 1,400 of you who answered the survey.', 'Thank you!'),
];
const gNav = ['Home', 'About', 'Archive', 'Sponsor'];
const gMore: [string, string][] = [
  ['The myth of the eight-hour night', 'Feb 15, 2027'],
  ['Can you catch up on sleep at the weekend?', 'Feb 1, 2027'],
  ['What your alarm clock is doing to your mornings', 'Jan 18, 2027'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Two trackers, one wrist, seven nights</title>
<link rel="stylesheet" type="text/css" href="https://sleepledger.com/assets/built/screen.css?v=9f0e1a2b3c">
<meta name="description" content="I wore two consumer sleep trackers at once for a week and compared them with a lab-grade sensor.">
<link rel="canonical" href="https://sleepledger.com/two-trackers-one-wrist/">
<meta property="og:site_name" content="The Sleep Ledger"><meta property="og:type" content="article">
<meta property="og:title" content="Two trackers, one wrist, seven nights"><meta property="article:published_time" content="2027-03-01T07:30:00.000Z">
<meta property="article:tag" content="Experiments"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Sleep Ledger"},
"author":{"@type":"Person","name":"Isobel Marr"},"headline":"Two trackers, one wrist, seven nights","datePublished":"2027-03-01T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://sleepledger.com/"
data-key="2f3b1c9e8d7a6b5c4d3e2f1a0b" data-api="https://sleepledger.com/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}.gh-post-upgrade-cta{display:flex;}</style>
<link rel="stylesheet" type="text/css" href="https://sleepledger.com/public/cards.min.css?v=9f0e1a2b3c">
<script defer src="https://sleepledger.com/public/cards.min.js?v=9f0e1a2b3c"></script>
<style>:root {--ghost-accent-color: #3b5b8c;}</style></head>
<body class="post-template tag-experiments has-sans-title has-serif-body">
<div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://sleepledger.com">The Sleep Ledger</a>
<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger gh-icon-button" aria-label="Menu"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="currentColor"
viewBox="0 0 256 256"><path d="M224,128a8,8,0,0,1-8,8H40a8,8,0,0,1,0-16H216A8,8,0,0,1,224,128Z"></path></svg></button></div>
<nav class="gh-navigation-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main">
<article class="gh-article post tag-experiments">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://sleepledger.com/tag/experiments/">Experiments</a>
<h1 class="gh-article-title is-title">${gTitle}</h1><p class="gh-article-excerpt is-body">${gDek}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/isobel/"><img class="author-profile-image"
src="https://sleepledger.com/content/images/size/w160/2026/05/isobel.jpg" alt="Isobel Marr"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/isobel/">Isobel Marr</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2027-03-01">Mar 1, 2027</time><span class="gh-article-meta-length"><span
class="bull">—</span> 6 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w320/2027/03/trackers.jpg 320w, /content/images/size/w1200/2027/03/trackers.jpg 1200w"
src="/content/images/size/w1200/2027/03/trackers.jpg" alt="Two sleep trackers on a bedside table"><figcaption><span style="white-space: pre-wrap;">The
two trackers, and the actigraph that refereed them.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gA)}
<h2 id="total-sleep-close-enough">${at(gHeads, 0)}</h2>
${ps([gB0])}
<table><thead><tr>${(gRows[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${gRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table>
${ps([gB1])}
<h2 id="sleep-stages-dont-bother">${at(gHeads, 1)}</h2>
${ps([gC0])}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${ps([gC1])}
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;"></div>
<div class="kg-card kg-signup-card kg-width-regular kg-layout-wide" data-lexical-signup-form style="background-color: #F0F0F0;">
<div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading" style="color: #000000;"><span
style="white-space: pre-wrap;">Get The Sleep Ledger in your inbox</span></h2><p class="kg-signup-card-subheading" style="color: #000000;"><span
style="white-space: pre-wrap;">One evidence-based email about sleep, every other Sunday.</span></p>
<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email"
data-members-email type="email" required="true" placeholder="Your email"><button class="kg-signup-card-button kg-style-accent" style="color: #FFFFFF;"
type="submit"><span class="kg-signup-card-button-default">Subscribe</span><span class="kg-signup-card-button-loading"><svg
xmlns="http://www.w3.org/2000/svg" height="24" width="24" viewBox="0 0 24 24"><g stroke-linecap="round" stroke-width="2" fill="currentColor"
stroke="none"><circle cx="12" cy="12" r="2"></circle></g></svg></span></button></div>
<div class="kg-signup-card-success" style="color: #000000;">Email sent! Check your inbox to complete your signup.</div>
<div class="kg-signup-card-error" style="color: #000000;" data-members-error></div></form>
<p class="kg-signup-card-disclaimer" style="color: #000000;"><span style="white-space: pre-wrap;">No spam. Unsubscribe anytime.</span></p></div></div></div>
<h2 id="what-id-actually-use-them-for">${at(gHeads, 2)}</h2>
<ul>${lis(gUse)}</ul>
${ps([at(gD, 0)])}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://sleepledger.com/how-much-sleep/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">How much sleep do adults really need?</div>
<div class="kg-bookmark-description">The answer is a range, not a number — and it moves as you age.</div><div class="kg-bookmark-metadata"><img
class="kg-bookmark-icon" src="https://sleepledger.com/content/images/size/w256h256/2026/05/icon.png" alt=""><span class="kg-bookmark-author">The Sleep
Ledger</span><span class="kg-bookmark-publisher">Isobel Marr</span></div></div><div class="kg-bookmark-thumbnail"><img
src="https://sleepledger.com/content/images/2026/11/clock.jpg" alt=""></div></a></figure>
${ps([at(gD, 1)])}
</section></article>
<div class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://sleepledger.com/" data-api="https://sleepledger.com/ghost/api/content/" data-post-id="65e1a0c2f1d2" data-count="true"
crossorigin="anonymous"></script></div></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<main class="gh-main"><div class="gh-feed">
${gMore
  .map(
    ([t, d], i) => `<article class="gh-card post"><a class="gh-card-link" href="/more-${i}/"><figure class="gh-card-image"><img
src="/content/images/size/w600/2027/0${i + 1}/more.jpg" alt="${t}"></figure><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">${t}</h3>
<footer class="gh-card-meta"><span class="gh-card-author">By Isobel Marr</span><time class="gh-card-date" datetime="2027">${d}</time></footer></div></a>
</article>`,
  )
  .join('\n')}
</div></main></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">The Sleep
Ledger</span><nav class="gh-footer-menu"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">The Sleep Ledger</h2>
<p class="gh-footer-signup-subhead is-body">Evidence about sleep, without the scare stories.</p>
<form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com"
required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span> <svg
xmlns="http://www.w3.org/2000/svg" width="32" height="32" fill="currentColor" viewBox="0 0 256 256"><path d="M224.49,136.49l-72,72"></path></svg></span>
</button></form></section></div></footer></div>
<script src="https://sleepledger.com/assets/built/source.js?v=9f0e1a2b3c"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout701-ghost-sleep-trackers',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gA, gB0, ...gRows.map((r) => r.join(' ')), gB1, gC0, gCallout, gC1, ...gUse, ...gD]),
  bylines: ['Isobel Marr', 'Mar 1, 2027', '6 min read', 'By Isobel Marr', ...gMore.map((m) => m[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Sleep Ledger', 'Home', 'About', 'Archive', 'Sponsor', 'Sign in', 'Subscribe', 'Experiments',
    'The two trackers, and the actigraph that refereed them.', 'Get The Sleep Ledger in your inbox',
    'One evidence-based email about sleep, every other Sunday.', 'Email sent! Check your inbox to complete your signup.',
    'No spam. Unsubscribe anytime.', 'How much sleep do adults really need?', 'The answer is a range, not a number — and it moves as you age.',
    'Read more', ...gMore.map((m) => m[0]), 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
    'Evidence about sleep, without the scare stories.',
  ],
});

export const HELDOUT701_C: readonly TestPage[] = [wpcom, ghost];
