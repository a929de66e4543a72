import { links, ps, type TestPage, texts } from './page-kit.js';
import { ll, pp } from './pages-heldout330-kit.js';

/**
 * Held-out batch 330, file d: a Time Out-style city nightlife guide, a numbered listing on a Next.js front end (hashed
 * `_zoneItems` classes, city picker, "Recommended" flags, each entry's "What is it?" / "Why go?" text with its address
 * and price label, "Show more" links, the tile ads and the "Discover Time Out original video" rail) and a food critic's
 * Substack post (subscribe prompts, like / comment / restack bar, the post footer, comments, "Ready for more?").
 */
type Bar = readonly [name: string, area: string, what: string, why: string, price: string];
const tTitle = 'The 12 best bars in Marlow Quay right now';
const tDek = pp(`
  From a basement mezcal den to a rooftop with the best sunset on the river, these are the bars our editors keep going back to.`);
const tIntro = pp(`
  Marlow Quay’s nightlife has changed more in the last two years than in the previous ten. The old warehouse strip by the
  canal now hides four serious cocktail bars, the natural wine crowd has found a home on the east side, and you can
  once again get a proper pint after midnight. We have visited every bar on this list anonymously and paid our own way.`);
const tBars: Bar[] = [
  [
    'Lowlight',
    'Candle Street',
    'A low-ceilinged cellar bar with forty seats, a wall of agave spirits and a turntable behind the bar.',
    'The house Paloma, made with a grapefruit cordial they brew in-house, is the best drink in town for under ten pounds.',
    'Price: mid-range',
  ],
  [
    'The Weigh House',
    'Old Market',
    'A vast Victorian pub restored with its original tiles, serving eighteen cask ales and a short menu of pies.',
    'Come on a Sunday evening for the folk session in the back room, when the whole place joins in the choruses.',
    'Price: affordable',
  ],
  [
    'Skylark Terrace',
    'Riverside',
    'A seventh-floor rooftop bar on top of a former grain store, with blankets and heaters for the colder months.',
    'Arrive at golden hour and order a spritz: the view of the bridges as the lights come on is worth the lift queue.',
    'Price: pricey',
  ],
  [
    'Bottle Theory',
    'East Bank',
    'A natural wine shop by day that turns into a standing-room bar after six, with small plates from a rotating guest chef.',
    'The staff are happy to open anything on the shelf for a small corkage fee, so you can drink like a collector.',
    'Price: mid-range',
  ],
];
const tMore = ll('The best clubs in Marlow Quay | The best rooftop bars in Marlow Quay | Where to drink after midnight');
const tNav = ll('Things to Do | Food &amp; Drink | Bars &amp; Pubs | Time Out Market | Travel | Newsletter').map((t) => t.replace('&amp;', '&'));
const tHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>The 12 Best Bars in Marlow Quay Right Now</title>
<meta name="description" content="From a basement mezcal den to a rooftop with the best sunset on the river, the best bars in Marlow Quay.">
<meta property="og:type" content="article"><meta name="author" content="Hettie Arbuthnot">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"The 12 best bars in Marlow Quay right now",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Lowlight"},{"@type":"ListItem","position":2,"name":"The Weigh House"}]}</script>
<link rel="preload" href="/_next/static/css/3a9c1b.css" as="style"></head>
<body><div id="__next"><div class="_siteWrapper_1cz5n_1"><header class="_header_v8k2u_1" data-testid="header_testID">
<a href="/marlow-quay" class="_logo_v8k2u_12" aria-label="Time Out Marlow Quay">Time Out</a>
<button class="_cityPicker_v8k2u_40" data-testid="city-picker">Marlow Quay</button>
<nav class="_nav_v8k2u_55"><ul>${links(tNav, '_navItem_v8k2u_60')}</ul></nav><button class="_subscribe_v8k2u_80">Subscribe</button></header>
<div class="_adSlot_1u9hk_1" data-testid="ad-slot"><span class="_adLabel_1u9hk_8">Advertising</span></div>
<main id="content" class="_main_1cz5n_22"><article class="_article_kc5qn_1" data-testid="article-wrapper_testID">
<ul class="_breadcrumbs_kc5qn_4">${links(['Marlow Quay', 'Bars &amp; Pubs'.replace('&amp;', '&')])}</ul>
<h1 class="_h1_cc7ds_1" data-testid="article-title">${tTitle}</h1>
<div class="_articleSubtitle_kc5qn_30">${ps(tDek)}</div>
<div class="_articleByline_kc5qn_40"><span class="_authorName_kc5qn_44"><a href="/profile/hettie-arbuthnot">Hettie Arbuthnot</a></span>
<time class="_timestamp_kc5qn_50" datetime="2026-02-20">Thursday 20 February 2026</time></div>
<div class="_shareButtons_1drf7_1"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">Twitter</button>
<button aria-label="Share by email">Email</button></div>
<div class="_articleContent_kc5qn_60">${ps(tIntro)}
<p class="_recommend_kc5qn_80"><strong>RECOMMENDED:</strong> <a href="/marlow-quay/clubs">The best clubs in Marlow Quay</a></p></div>
<div class="_zoneItems_882m9_1">${tBars
  .map(
    ([n, a, w, y, p], i) => `<article class="_tile_a5rf8_1 _articleTile_a5rf8_4" data-testid="tile-zone-item_testID">
<figure class="_imageWrap_a5rf8_10"><img src="/images/bars/${i + 1}.jpg" alt="${n}">
<figcaption class="_imageCredit_a5rf8_14">Photograph: Kit Farrow</figcaption></figure>
<div class="_titleRow_a5rf8_20"><h3 class="_h3_cuogz_1" data-testid="tile-title_testID"><span class="_tileNumber_a5rf8_24">${i + 1}. </span>${n}</h3>
<span class="_recommendedFlag_a5rf8_30">Recommended</span></div><div class="_tagWrap_a5rf8_40"><span>Bars and pubs</span><span>${a}</span></div>
<div class="_summaryContainer_osmln_1" data-testid="tile-summary_testID"><p><strong>What is it?</strong> ${w}</p><p><strong>Why go?</strong> ${y}</p>
<p><strong>${p}</strong></p></div><a class="_readMore_a5rf8_60" href="/venue/${i}">Show more</a></article>`,
  )
  .join('\n')}</div>
<div class="_authorBio_kc5qn_90"><p>Hettie Arbuthnot is Time Out’s drinks editor.</p></div></article>
<section class="_moreOn_3kd2p_1"><h2>More great drinking spots</h2><ul>${links(tMore)}</ul></section>
<section class="_video_3kd2p_40"><h2>Discover Time Out original video</h2></section></main>
<footer class="_footer_1lk7e_1"><ul>${links(ll('About us | Contact us | Advertising | Privacy notice | Cookie policy | Time Out Worldwide'))}</ul>
<p>© 2026 Time Out England Limited and affiliated companies owned by Time Out Group Plc. All rights reserved.</p></footer></div></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies to give you the best experience and to show you relevant advertising.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"ml-bars","type":"list"}}},"page":"/[city]/[slug]",
"buildId":"r7"}</script>
</body></html>`;
const timeout: TestPage = {
  name: 'heldout330-timeout-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tBars.map(([n], i) => `${i + 1}. ${n}`),
  body: texts([...tDek, ...tIntro, ...tBars.flatMap(([, , w, y, p]) => [`What is it? ${w}`, `Why go? ${y}`, p])]),
  bylines: ['Hettie Arbuthnot', 'Thursday 20 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Time Out', ...tNav, 'Subscribe', 'Advertising', 'Facebook', 'Twitter', 'Email', 'RECOMMENDED:', 'Photograph: Kit Farrow',
    'Recommended', 'Bars and pubs', ...tBars.map(([, a]) => a), 'Show more', 'Hettie Arbuthnot is Time Out’s drinks editor.',
    'More great drinking spots', ...tMore, 'Discover Time Out original video', 'About us', 'Contact us', 'Privacy notice', 'Cookie policy',
    'Time Out Worldwide', '© 2026 Time Out England Limited and affiliated companies owned by Time Out Group Plc. All rights reserved.',
    'We use cookies to give you the best experience and to show you relevant advertising.', 'I Accept', 'Cookie Settings',
  ],
};

const sTitle = 'The tyranny of the small plate';
const sSub = 'Why I have started ordering one thing, and why you should too';
const sBody = pp(`
  Last Thursday a waiter at a very good restaurant knelt beside our table and explained, with real kindness, that the menu was
  designed for sharing, that dishes would arrive as the kitchen finished them, and that he would recommend three to four plates
  per person. There were two of us. That is eight plates, for a Thursday.

  I have eaten this way for a decade now, as has everyone who reads restaurant criticism, and I want to make a small, cranky case
  against it. Not against sharing, which is lovely, but against the menu that makes every dinner a negotiation.

  Here is what the small plate format does to a meal. It turns ordering into a committee meeting. It makes the bill impossible to
  predict. It sends food out in whatever order suits the pass, so your cold crudo lands after the braised short rib. And it
  shrinks every idea a cook has down to four bites, which is enough to impress but rarely enough to satisfy.

  The best thing I ate this month was the opposite. At Pellory, a twelve-table place in the old cannery district, the menu has
  six main courses and nothing else. I ordered the chicken: half a bird, brined overnight, roasted over vine cuttings, with a
  heap of bread soaked in the juices. It cost twenty-six dollars and I ate every scrap of it, slowly, while talking to my friend
  instead of counting plates.

  I am not asking chefs to bring back the three-course prix fixe, though I would not complain. I am asking for a little trust:
  trust that a diner can choose one dish and be happy with it, and trust in a dish big enough to be a meal.

  So here is my modest proposal for your next dinner out. Order one thing you really want. Split a starter if you like. Ask for
  dessert afterwards, not alongside the fish. See how it feels to finish a plate.

  Next week: a full review of Pellory, and a reader question about tipping on tasting menus that I have been putting off.`);
const sComments: [string, string, string][] = [
  ['Gil Marchetti', 'Mar 9', 'Yes! The “how does our menu work” speech is my least favourite part of eating out.'],
  ['Ruth Abernathy', 'Mar 9', 'Counterpoint: small plates are how I get to try the whole menu on a budget. But the order of arrival thing is real.'],
];
const stHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The tyranny of the small plate - by Noor Halvorsen</title>
<meta name="description" content="${sSub}"><meta property="og:type" content="article"><meta name="author" content="Noor Halvorsen">
<meta name="twitter:card" content="summary_large_image"><link rel="alternate" type="application/rss+xml" href="https://seconddraught.example/feed">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://seconddraught.example/p/the-tyranny-of-the-small-plate",
"headline":"${sTitle}","datePublished":"2026-03-08T13:01:44+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Noor Halvorsen"}]}</script>
<script>window._preloads = JSON.parse("{\\"isFreemail\\":false,\\"pub\\":{\\"name\\":\\"Second Helping\\"}}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-spacer"></div>
<div class="main-menu" role="banner"><div class="topbar"><div class="topbar-content"><a href="/" class="navbar-title-link">Second Helping</a>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div>
</div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw" dir="auto">${sTitle}</h1><h3 class="subtitle subtitle-HEEcLo" dir="auto">${sSub}</h3>
<div class="byline-wrapper"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="https://substack.example/@noorhalvorsen"
class="pencraft pc-reset">Noor Halvorsen</a></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset">
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T
meta-EgzBVA">Mar 08, 2026</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button"><a class="post-ufi-button" role="button">
<div class="label">41</div></a></div><a class="post-ufi-button post-ufi-comment-button" href="#comments"><div class="label">9</div></a>
<a class="post-ufi-button" role="button"><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sBody.slice(0, 3))}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://seconddraught.example/subscribe&quot;}">
<div class="subscription-widget">
<div class="preamble"><p class="cta-caption">Second Helping is a reader-supported publication. To receive new posts and support my work, consider
becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
${ps(sBody.slice(3))}
<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://seconddraught.example/p/the-tyranny-of-the-small-plate?comments=true">
<span>Leave a
comment</span></a></p></div></div>
<div class="visibility-check"></div><div class="post-footer"><div class="post-ufi"><div class="label">41 Likes</div><div class="label">3 Restacks</div></div>
</div></article>
<div id="discussion"><div class="comments-page"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-list">${sComments
  .map(
    ([a, d, t]) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="/@x">${a}</a></span>
<a class="comment-date" href="#">${d}</a></div><div class="comment-body"><p>${t}</p></div><div class="comment-actions"><a>Reply</a></div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="post-end-cta-full"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2026 Noor Halvorsen</div><div class="footer-buttons"><a href="/privacy">Privacy</a>
<a href="/tos">Terms</a><a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a></div>
<a class="footer-substack-cta" href="https://substack.example/signup">Start writing</a><a href="https://substack.example/app">Get the app</a>
<div class="footer-slogan-blurb">Substack is the home for great culture</div></div></div></div></div></body></html>`;
const substack: TestPage = {
  name: 'heldout330-substack-blog',
  kind: 'blog',
  html: stHtml,
  title: sTitle,
  headings: [],
  body: texts([sSub, ...sBody]),
  bylines: ['Noor Halvorsen', 'Mar 08, 2026', ...sComments.flatMap(([a, d]) => [a, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Second Helping', 'Subscribe', 'Sign in', '41', 'Share',
    'Second Helping is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Leave a comment', '41 Likes', '3 Restacks', 'Discussion about this post', ...sComments.map(([, , t]) => t), 'Reply', 'Ready for more?',
    '© 2026 Noor Halvorsen', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT330_D: readonly TestPage[] = [timeout, substack];
