import { links, type TestPage, texts } from './page-kit.js';
import { VIVINO_PAGE } from './pages-heldout234-b2.js';

/**
 * Held-out batch 234, file b: an Untappd beer page (top bar, beer header with brewery, style and stats, read-more
 * description, check-in feed with "is drinking" lines, toasts, badges and timestamps, sidebar rails, footer) and, from b2,
 * a Vivino wine page with community reviews.
 */
const utTitle = 'Foghorn Pilsner';
const utDesc = [
  'A crisp, dry-hopped pilsner brewed with floor-malted barley from the Tenne valley and three German hop varieties. Lagered ' +
    'for six weeks in our horizontal tanks for a clean finish with a gentle lemon and hay aroma.',
];
const utCheckins = [
  'Properly crisp. Grassy nose, a little lemon, bitterness that hangs around just long enough. Best pils they have made so far.',
  'Had this on draft after a long shift. Clean, bright, slightly bready. Would happily drink four of these.',
  'Can from the shop fridge, three weeks old. Hops have faded a bit but still very drinkable. Go fresh if you can.',
  'Bit thin for me compared to the Czech-style one they did last winter, but nothing wrong with it.',
  'Reply to everyone asking: yes, the taproom has it on the left-hand tap all year now, not just summer.',
];
const utUsers = ['Kai L.', 'Priya Anand', 'Tomasz W.', 'beerwithben', 'Harbourlight Brewing'];
const utWhere = ['at The Salt Shed', 'at Harbourlight Taproom', '', 'at Rope Walk Bottle Shop', 'at Harbourlight Taproom'];
const utTimes = [
  'Sat, 28 Nov 2026 19:02:11 +0000',
  'Fri, 27 Nov 2026 22:40:05 +0000',
  'Thu, 26 Nov 2026 18:15:47 +0000',
  'Wed, 25 Nov 2026 20:31:09 +0000',
  'Wed, 25 Nov 2026 21:05:33 +0000',
];
const utNav = ['Home', 'Beer', 'Breweries', 'Venues', 'Top Rated', 'Supporter'];
const utFoot = ['About', 'Jobs', 'Help', 'Privacy Policy', 'Terms', 'Untappd for Business', 'Blog'];
const utFeed = utCheckins
  .map(
    (c, i) => `<div class="item" id="checkin_${1298300 + i}" data-checkin-id="${1298300 + i}"><div class="checkin"><div class="top">
<p class="text"><a class="user" href="/user/${i}">${utUsers[i]}</a> is drinking a <a href="/b/foghorn">Foghorn Pilsner</a> by
<a href="/harbourlight">Harbourlight Brewing</a>${utWhere[i] ? ` <a href="/v/x">${utWhere[i]}</a>` : ''}</p>
<div class="checkin-comment"><p class="comment-text" id="translate_${i}">${c}</p><div class="rating-serving"><span class="serving">Draft</span>
<div class="caps" data-rating="4"></div></div></div></div>
<div class="feedback"><div class="actions_bar"><a class="toast" href="#">Toast</a><a class="comment" href="#">Comment</a></div>
<div class="bottom"><a class="time timezoner track-click" href="/user/x/checkin/${i}">${utTimes[i]}</a><a href="#">View Detailed Check-in</a></div></div>
</div></div>`,
  )
  .join('\n');
const utHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Foghorn Pilsner - Harbourlight Brewing - Untappd</title>
<meta name="description" content="Foghorn Pilsner by Harbourlight Brewing is a Pilsner - German which has a rating of 3.8 out of 5.">
<meta property="og:site_name" content="Untappd"><link rel="stylesheet" href="https://assets.untappd.com/assets/css/main.css">
<script src="https://assets.untappd.com/assets/js/jquery.min.js"></script></head>
<body><header><div class="inner"><a class="logo" href="/">Untappd</a><nav class="nav"><ul>${links(utNav)}</ul></nav>
<form class="search"><input placeholder="Search for beer, brewery, venue or user"></form><a href="/login">Sign In</a><a href="/create">Join Now</a></div>
</header>
<div class="cont"><div class="main"><div class="content"><div class="box b_info"><div class="top"><div class="name"><h1>${utTitle}</h1>
<p class="brewery"><a href="/harbourlight">Harbourlight Brewing</a></p><p class="style">Pilsner - German</p></div>
<div class="details"><p class="abv">4.9% ABV</p><p class="ibu">34 IBU</p><p class="rating"><span class="num">(3.82)</span></p>
<p class="raters">2,417 Ratings</p><p class="date">Added 03/14/24</p></div></div>
<div class="bottom"><div class="beer-descrption-read-less">${utDesc[0]} <a class="read-more" href="#">Show Less</a></div></div>
<div class="stats"><p>Total <span>3,905</span></p><p>Unique <span>2,611</span></p><p>Monthly <span>212</span></p></div></div>
<div class="box activity"><h3>Global Recent Activity</h3><div id="main-stream">${utFeed}</div><a class="more_checkins" href="#">Show More</a></div></div></div>
<div class="sidebar"><div class="box"><h3>Loyal Drinkers</h3><ul>${links(['hopfather', 'saltshedsam'])}</ul></div>
<div class="box"><h3>Similar Beers</h3><ul>${links(['Lanternlight Helles', 'Dockside Kölsch'])}</ul></div>
<div class="box ad"><span>Advertisement</span><div id="div-gpt-ad-sidebar"></div></div></div></div>
<footer><ul>${links(utFoot)}</ul><p>© 2026 Untappd, Inc.</p></footer></body></html>`;

const UNTAPPD_PAGE: TestPage = {
  name: 'heldout234-untappd-beer-forum',
  kind: 'forum',
  html: utHtml,
  title: utTitle,
  headings: [],
  body: texts([...utDesc, ...utCheckins]),
  // the "X is drinking a ... by ... at ..." line names the poster: a byline
  bylines: [...utUsers.map((u, i) => `${u} is drinking a Foghorn Pilsner by Harbourlight Brewing${utWhere[i] ? ` ${utWhere[i]}` : ''}`), ...utTimes],
  // biome-ignore format: packed
  furniture: [
    ...utNav, 'Sign In', 'Join Now', 'Pilsner - German', '4.9% ABV', '34 IBU', '(3.82)', '2,417 Ratings', 'Added 03/14/24', 'Show Less',
    'Total', 'Unique', 'Monthly', 'Global Recent Activity', 'Draft', 'Toast', 'Comment', 'View Detailed Check-in', 'Show More',
    'Loyal Drinkers', 'hopfather', 'saltshedsam', 'Similar Beers', 'Lanternlight Helles', 'Dockside Kölsch', 'Advertisement', ...utFoot,
    '© 2026 Untappd, Inc.',
  ],
};

export const HELDOUT234_B: readonly TestPage[] = [UNTAPPD_PAGE, VIVINO_PAGE];
