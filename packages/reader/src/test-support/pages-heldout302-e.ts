import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout302-kit.js';

/**
 * Held-out batch 302, file e: a GameFAQs-style walkthrough guide page (masthead, platform breadcrumbs, guide header with
 * author, version and update line, the guide's table of contents and page pager, "Was this guide helpful?" box, game
 * sidebar and footer) and a tabletop campaign recap on a classic Blogger blog (the blog's name in the h1, the post title
 * in an h3 under a date header, post footer with "Posted by", labels, share buttons, comments block, archive sidebar).
 */
const gTitle = 'Lanternfall – Walkthrough: Chapter 4 – The Drowned Cathedral';
const gHeads = ['Getting into the nave', 'The bell-ringer puzzle', 'Boss: The Choir of Tides', 'Collectibles in this chapter'];
const gP1 = [
  j(
    'You arrive at the cathedral by boat from the Salt Market. Before you climb the steps, top up your oil at the shrine on the',
    'left side of the jetty; there is no other refill until after the boss.',
  ),
  j(
    'The main doors are sealed. Go around the right side and drop into the flooded crypt through the broken grate. Light the three',
    'braziers in the crypt in any order to drain the water from the stairwell, then climb up into the nave.',
  ),
];
const gP2 = [
  j(
    'The nave has four bells hanging over the water, each with a lantern hook below it. The order is painted on the ceiling, but',
    'it is only visible when all of the candles in the nave are lit. The solution is:',
  ),
];
const gSteps = [
  'Ring the small bell by the pulpit.',
  'Ring the cracked bell on the north side.',
  'Ring the tall bell over the altar.',
  'Ring the green bell last.',
];
const gP3 = [
  j(
    'If you ring a bell out of order, the water rises one step and two drowned acolytes spawn. It is not a failure state, but it',
    'costs oil, so it is worth lighting the candles first.',
  ),
];
const gP4 = [
  j(
    'The Choir is three singers who share one health bar. Only the singer holding the candle can be damaged, and the candle passes',
    'between them every fifteen seconds. Stay on the raised pews and use short bursts to stagger the singer with the candle, then',
    'close in with the hook.',
  ),
  j(
    'At half health the water rises and the pews begin to float. Use a long burn on the floating pews to keep them in place;',
    'otherwise you will be pushed into the deep water, where you cannot attack. If Odo is with you, he will relight your lantern',
    'once during the fight.',
  ),
];
const gTable = [
  ['Letter: "To the Keeper"', 'Crypt, behind the second brazier'],
  ['Prism wick', 'Bell tower, on the beam above the green bell'],
  ['Oil flask upgrade', 'Sacristy, after the boss'],
];
const gToc = ['Introduction', 'Chapter 3 – The Salt Market', 'Chapter 4 – The Drowned Cathedral', "Chapter 5 – The Lamplighters' Guild"];
const gNav = ['PC', 'PS5', 'Xbox Series', 'Switch', 'More Systems', 'Boards', 'News', 'Guides'];
const gSide = ['Lanternfall Cheats', 'Lanternfall Q&A', 'Lanternfall Message Board'];
const gFoot = ['Help', 'Terms of Use', 'Privacy Policy', 'Cookie Settings', 'Accessibility'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} - PlayStation 5 - By Wren Halloway - GameFAQs</title>
<meta name="description" content="For Lanternfall on the PlayStation 5, Guide and Walkthrough by Wren Halloway.">
<meta property="og:site_name" content="GameFAQs"><link rel="stylesheet" href="https://gamefaqs.gamespot.example/a/css/gamefaqs.css">
<script>var gf_page={"pageType":"faq","product":"lanternfall","platform":"ps5"};</script></head>
<body class="gamefaqs faq"><div id="wrapper"><header class="masthead"><div class="masthead_strip"><a class="logo" href="/">GameFAQs</a>
<nav class="masthead_systems"><ul>${links(gNav, 'masthead_item')}</ul></nav><div class="masthead_user">
<a href="/user/login">Log In</a> <a href="/user/register">Sign
Up</a></div></div></header>
<div id="content" class="container"><div class="header_right"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/ps5">PlayStation 5</a></li>
<li><a href="/ps5/401233-lanternfall">Lanternfall</a></li><li><a href="/ps5/401233-lanternfall/faqs">Guides</a></li></ol></div>
<div class="main_content"><div class="span8"><div class="page-header"><h1 class="page-title">${gTitle}</h1></div>
<div class="ffaq_header"><div class="ffaq_author">by <a href="/community/wrenhalloway">Wren Halloway</a></div>
<div class="ffaq_version">Version: 1.3 | Updated: 03/28/2026</div></div>
<div class="ftoc"><div class="ftoc_title">Table of Contents</div><ol>${links(gToc, 'ftoc_item')}</ol></div>
<div id="faqwrap" class="ffaq ffaq_body">
<h3 id="section1">${gHeads[0]}</h3>${ps(gP1)}
<h3 id="section2">${gHeads[1]}</h3>${ps(gP2)}<ol>${lis(gSteps)}</ol>${ps(gP3)}
<div class="ffaq_note"><img src="/faqs/401233/cathedral-ceiling.jpg" alt="The painted ceiling">
<div class="caption">The bell order on the cathedral ceiling</div></div>
<h3 id="section3">${gHeads[2]}</h3>${ps(gP4)}
<h3 id="section4">${gHeads[3]}</h3><table class="ffaq_table"><tr><th>Item</th><th>Location</th></tr>
${gTable.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</table></div>
<div class="ftoc_pager"><a href="/faqs/401233/chapter-3">« Chapter 3 – The Salt Market</a> <a href="/faqs/401233/chapter-5">Chapter 5 – The Lamplighters'
Guild »</a></div>
<div class="ffaq_rate"><p>Was this guide helpful?</p><button>YES</button><button>NO</button><p>1,204 of 1,311 users found this helpful</p></div></div>
<aside class="span4"><div class="pod"><h2 class="title">Lanternfall</h2><ul>${links(gSide)}</ul></div>
<div class="pod ad"><div class="ad_label">Advertisement</div><div id="mpu_top"></div></div></aside></div></div>
<footer id="footer"><ul>${links(gFoot)}</ul><p>© 2026 GAMESPOT, A FANDOM COMPANY. ALL RIGHTS RESERVED.</p></footer></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies and similar technologies to deliver and improve our services.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Show Purposes</button></div></body></html>`;
const gamefaqs: TestPage = {
  name: 'heldout302-gamefaqs-walkthrough-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gP1, ...gP2, ...gSteps, ...gP3, ...gP4, ...gTable.flat()]),
  bylines: ['Wren Halloway', 'Version: 1.3 | Updated: 03/28/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GameFAQs', ...gNav.filter((t) => t.length > 2), 'Log In', 'Sign Up', 'Home', 'PlayStation 5', 'Table of Contents',
    ...gToc.filter((t) => !t.startsWith('Chapter 4')),
    'The bell order on the cathedral ceiling', '« Chapter 3 – The Salt Market', "Chapter 5 – The Lamplighters' Guild »", 'Was this guide helpful?',
    '1,204 of 1,311 users found this helpful', ...gSide, 'Advertisement', ...gFoot, '© 2026 GAMESPOT, A FANDOM COMPANY. ALL RIGHTS RESERVED.',
    'We use cookies and similar technologies to deliver and improve our services.', 'I Accept', 'Show Purposes',
  ],
};

const bTitle = 'Session 23: The Toll Bridge at Morrow Fen';
const bHeads = ['Previously', 'The bridge', 'Loot and loose ends'];
const bP1 = [
  j(
    'Last time, the party left Greyhollow with a cart full of stolen tax ledgers and a very angry reeve behind them. The plan was to',
    "reach the free town of Calder before the reeve's riders did, which meant crossing Morrow Fen by the old toll road.",
  ),
];
const bP2 = [
  j(
    'The toll bridge turned out to be held by a troll named Gubbet, who was polite, well-dressed and absolutely unwilling to let',
    'anyone cross without paying. His price was not coin. He wanted "a true thing nobody else knows", one from each traveller.',
  ),
  j(
    'This was the best scene of the campaign so far, and I had nothing to do with it. Each player had to decide what their character',
    'would give up, on the spot:',
  ),
];
const bSecrets = [
  "Brannoc admitted that he never finished his knightly oath and has been wearing his brother's spurs.",
  'Ysolde told the troll the real name of the goddess she serves, which she had kept from the party.',
  "Pip the halfling tried to lie, rolled a 2 on Deception, and ended up confessing that he still has the reeve's signet ring.",
];
const bP3 = [
  j(
    'That last one changed the whole session. The party now knows that Pip has been carrying the one object the riders are really',
    'chasing, and there was a long, very in-character argument about whether to throw the ring into the fen. They did not. Gubbet',
    'offered to buy it, and they did not take that deal either.',
  ),
  j(
    'The riders caught up just as they reached the far bank. Instead of a fight, Ysolde asked Gubbet to raise the toll for the',
    'riders, and he happily charged their captain a secret of his own. We ended with the captain on his knees on the bridge,',
    'trying to decide what he was willing to say out loud.',
  ),
];
const bP4 = [
  j(
    'The party gained a letter of passage from Gubbet, good at any troll bridge in the fen, and a very heavy conscience. The ring is',
    "still in Pip's boot. Next session: Calder, and whatever the captain told the troll.",
  ),
  'As always, thanks to my players for putting up with my terrible troll voice.',
];
const bLabels = ['actual play', 'Fenlands campaign', 'session reports'];
const bArchive = ['March (4)', 'February (3)', 'January (5)', '2025 (41)'];
const bBlogs = ['The Hex Crawler', 'Dungeon Ink', 'Three Goblins in a Coat'];
const bCom = [
  ['Hollis M.', 'March 9, 2026 at 10:12 AM', 'Stealing the troll secret mechanic for my own table. What did the captain end up saying?'],
  ['Greyhollow GM', 'March 9, 2026 at 1:45 PM', 'You will find out in two weeks! I genuinely do not know yet either.'],
];
const bHtml = `<!DOCTYPE html><html class="v2" dir="ltr" xmlns:b="http://www.google.com/2005/gml/b"><head><meta charset="UTF-8">
<title>Greyhollow Tables: ${bTitle}</title>
<meta name="generator" content="blogger"><link rel="alternate" type="application/atom+xml" title="Greyhollow Tables - Atom" href="/feeds/posts/default">
<meta property="og:title" content="${bTitle}"><meta property="og:url" content="https://greyhollowtables.blogspot.example/2026/03/session-23.html">
<script type="text/javascript">(function(){var a=window;a._blogger={blogId:"7731820044",postId:"4410029"};})();</script></head>
<body><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe title="Blogger Navigation and Search" src="about:blank">
</iframe></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="region-inner header-inner"><div class="header section"
id="header">
<div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title">
<a href="https://greyhollowtables.blogspot.example/">Greyhollow
Tables</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Actual play notes from a home game of dice and bad decisions</span></p></div>
</div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Sunday, March 8, 2026</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope>
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-4410029" itemprop="description articleBody">
<h4>${bHeads[0]}</h4>${ps(bP1)}
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/fen-map.jpg"><img border="0" width="400"
src="https://blogger.googleusercontent.example/fen-map.jpg"></a></div>
<table class="tr-caption-container"><tr><td class="tr-caption">My terrible map of Morrow Fen, drawn on the back of a pizza menu</td></tr></table>
<h4>${bHeads[1]}</h4>${ps(bP2)}<ul>${lis(bSecrets)}</ul>${ps(bP3)}
<h4>${bHeads[2]}</h4>${ps(bP4)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">
<a href="/profile/0912">Greyhollow
GM</a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published"
title="2026-03-08T21:14:00-05:00">9:14 PM</abbr></a></span>
<span class="post-comment-link"></span><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#"><span
class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a><a
class="share-button sb-twitter" href="#"><span class="share-button-link-text">Share to X</span></a><a class="share-button sb-facebook" href="#"><span
class="share-button-link-text">Share to Facebook</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: ${bLabels
  .map(
    (l) => `<a href="/search/label/${l}"
rel="tag">${l}</a>`,
  )
  .join(', ')}
</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent"
id="comments-block">
${bCom
  .map(
    ([u, d, t]) => `<dt class="comment-author"><a href="/profile/x" rel="nofollow">${u}</a> said...</dt><dd class="comment-body"><p>${t}</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="#" title="comment permalink">${d}</a></span></dd>`,
  )
  .join('\n')}</dl></div><p class="comment-footer"><a href="/comment/fullpage/post/7731820044/4410029">Post a Comment</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span><span
id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#">Post Comments (Atom)</a></div></div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2>
<div class="widget-content"><dl class="profile-datablock"><dd class="profile-textblock">Running the Fenlands campaign every other Saturday since 2024.</dd></dl>
<a class="profile-link" href="/profile/0912">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul class="hierarchy">${links(bArchive, 'archivedate')}</ul></div>
<div class="widget BlogList" id="BlogList1"><h2 class="title">My Blog List</h2><ul id="blogItemContainer">${links(bBlogs, 'blog-item')}</ul></div></div></div>
</div></div></div>
<footer><div class="widget Attribution" id="Attribution1">Simple theme. Powered by <a href="https://www.blogger.example">Blogger</a>.</div></footer></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><span class="cookie-choices-text">This site uses cookies from Google to deliver its services and to
analyze traffic.</span><a class="cookie-choices-button" href="#">Learn more</a><a class="cookie-choices-button" href="#">Ok</a></div></body></html>`;
const blogger: TestPage = {
  name: 'heldout302-blogger-ttrpg-recap-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts([...bP1, ...bP2, ...bSecrets, ...bP3, ...bP4]),
  bylines: ['Sunday, March 8, 2026', 'Posted by Greyhollow GM', '9:14 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greyhollow Tables', 'Actual play notes from a home game of dice and bad decisions', 'My terrible map of Morrow Fen, drawn on the back of a pizza menu',
    'Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Labels:', ...bLabels, '2 comments:', ...bCom.flat(), 'said...', 'Post a Comment',
    'Newer Post', 'Older Post', 'Home', 'Subscribe to: Post Comments (Atom)', 'About Me', 'Running the Fenlands campaign every other Saturday since 2024.',
    'View my complete profile', 'Blog Archive', ...bArchive, 'My Blog List', ...bBlogs, 'Simple theme. Powered by Blogger.',
    'This site uses cookies from Google to deliver its services and to analyze traffic.', 'Learn more',
  ],
};

export const HELDOUT302_E: readonly TestPage[] = [gamefaqs, blogger];
