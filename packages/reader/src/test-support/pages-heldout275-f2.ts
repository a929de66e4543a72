import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file f2: a theatre review on a regional newspaper running BLOX CMS (TownNews): the top bar with weather
 * and e-edition links, the main menu, the section kicker, headline, subhead, byline with the tnt-date "Updated" line, the share
 * tool bar, the lead photo with caption and credit, the star rating, the subscriber-preview / subscriber-only body split,
 * the "If you go" box with its "Book tickets" button, the related-stories list, the newsletter promo, the comments notice,
 * the "Most Popular" sidebar and the footer with "Powered by BLOX".
 */
const tTitle = 'Review: ‘The Lamplighter’s Daughter’ turns a small stage into a whole storm-battered town';
const tSub = 'The Corn Exchange Players open their spring season with a bold, funny and finally moving new play';
const tBody = [
  j(
    'It takes nerve to stage a shipwreck in a theater with 140 seats and no fly tower, but the Corn Exchange Players have never',
    'been short of nerve. Their production of Della Marsh’s new play, which opened Friday night, does it with two ropes, a',
    'wind machine and a cast of six who seem to be everywhere at once.',
  ),
  j(
    'The Lamplighter’s Daughter is set in a fishing town in 1912, in the week a great storm drives a steamer onto the rocks. At',
    'its center is Nell, the daughter of the town’s lamplighter, who has spent her life walking behind her father and now has',
    'to decide whether to take over his round or take the train out for good.',
  ),
  j(
    'As Nell, Josie Okwuosa gives a performance of real range. She is sharp and very funny in the first act, trading insults with',
    'a pompous harbor master, and heartbreakingly still in the second, when the news of the wreck arrives. Marsh’s writing gives',
    'her plenty to work with, especially a long speech to an empty street that had the audience barely breathing.',
  ),
  j(
    'The rest of the cast play several roles each, switching with nothing more than a hat or a scarf. Ray Delgado is a particular',
    'delight as both the harbor master and the harbor master’s long-suffering mother, and the quick changes between the two got',
    'a round of applause of their own.',
  ),
  j(
    'Director Ann Whitlock keeps the pace brisk, and Tom Iverson’s lighting does a remarkable amount with a handful of lamps.',
    'The storm sequence, played almost in darkness, is genuinely frightening.',
  ),
  j(
    'If there is a weakness, it is a subplot about a stolen ledger that never quite pays off, and the second act runs a little',
    'long. But this is a warm, ambitious production, and a reminder of what a community theater can do when it takes a risk on',
    'new writing.',
  ),
];
const tInfo = [
  'When: Through April 12; 7:30 p.m. Thursday to Saturday, 2 p.m. Sunday',
  'Where: Corn Exchange Theater, 18 Market Square',
  'Tickets: $22, $15 for students',
];
const tNav = ['News', 'Sports', 'Opinion', 'Entertainment', 'Obituaries', 'Classifieds', 'e-Edition'];
const tRel = ['Corn Exchange Players announce spring season', 'Della Marsh on writing for a town she grew up in'];
const tPop = ['Council approves new parking rules downtown', 'High school robotics team heads to state finals', 'Bakery on Elm Street to close after 40 years'];
const tFoot = ['Contact Us', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Submit a Letter'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tTitle} | Entertainment | harborvalepost.example</title>
<meta name="description" content="${tSub}"><meta property="og:type" content="article"><meta name="author" content="Miriam Castell">
<meta property="article:section" content="Entertainment"><meta name="tncms-access-version" content="1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tTitle.replace(/‘|’/g, "'")}",
"author":[{"@type":"Person","name":"Miriam Castell"}],"datePublished":"2026-03-22T18:30:00-05:00"}</script>
<script>var __tnt = {"pageType":"asset","asset":{"type":"article","section":"entertainment/theater"},"subscription":{"required":true}};</script></head>
<body class="fixed-header-enabled asset-article"><div id="site-container"><div id="site-top-nav-container"><div id="site-top-nav" class="hidden-print">
<ul class="nav navbar-nav"><li><a href="/weather">48°F Cloudy</a></li><li><a href="/eedition">e-Edition</a></li></ul>
<a class="tnt-signin" href="/users/login">Log In</a>
<a class="tnt-subscribe btn btn-primary" href="/subscribe">Subscribe</a></div></div>
<header id="site-header" class="site-header"><div class="logo"><a href="/">Harborvale Post</a></div><nav id="main-navigation"><ul class="nav navbar-nav">
${links(tNav, 'dropdown')}</ul></nav></header>
<div id="main-page-container" class="container-fluid"><div class="row"><div class="col-lg-8 col-md-8 asset-main"><div id="asset-content">
<article class="asset full" itemscope itemtype="http://schema.org/NewsArticle" id="asset-a7c2f0">
<header class="asset-header"><div class="meta"><span class="kicker"><a href="/entertainment/theater/">Theater</a></span></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${tTitle}</span></h1><h2 class="subhead"><span>${tSub}</span></h2>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/mcastell">Miriam Castell</a> Arts Correspondent</span></li>
<li><time class="tnt-date asset-date text-muted" datetime="2026-03-22T18:30:00-05:00">Mar 22, 2026</time></li><li><span class="asset-updated">Updated
Mar 23, 2026</span></li></ul></div>
<div class="share-container"><ul class="list-inline share-list">
${links(['Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print', 'Copy article link'], 'share-item')}
</ul></div></header>
<div class="asset-photo"><figure class="photo"><img src="https://bloximages.example/harborvalepost/lamplighter.jpg" alt="Cast on stage"><figcaption
class="caption-container">
<div class="caption-text"><p>Josie Okwuosa, center, as Nell in ‘The Lamplighter’s Daughter’ at the Corn Exchange Theater.</p></div>
<div class="photo-credit">Courtesy of Dana Hollis</div></figcaption></figure></div>
<div class="asset-rating"><span class="rating-label">Our rating:</span> <span class="tnt-rating" aria-label="4 out of 5 stars">★★★★☆</span></div>
<div class="asset-body"><div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">
<div class="subscriber-preview">${ps(tBody.slice(0, 2))}</div>
<div class="subscriber-only encrypted-content">${ps(tBody.slice(2, 4))}
<div class="tncms-inline-relcontent-asset"><h4>Related to this story</h4><ul>${links(tRel)}</ul></div>
${ps(tBody.slice(4))}
<div class="if-you-go"><h4>If you go</h4><ul>${lis(tInfo)}</ul><a class="btn btn-primary btn-tickets" href="https://tickets.example/lamplighter">Book
tickets</a></div></div></div>
<div class="asset-tags"><ul class="list-inline">${links(['Theater', 'Arts', 'Reviews'], 'tag')}</ul></div></div>
<div class="tnt-newsletter-promo"><p class="promo-title">Get the weekend arts guide</p><p>Shows, concerts and openings, every Thursday.</p><button>Sign
up</button></div>
<div id="comments" class="asset-comments"><p class="comments-title">Comments</p><p class="comments-notice">Welcome to the discussion. Keep it clean and stay on
topic.</p></div></article></div></div>
<aside class="col-lg-4 col-md-4 asset-sidebar"><div class="tnt-block most-popular"><h3 class="block-title">Most Popular</h3><ol>${links(tPop)}</ol></div>
<div class="tnt-ads"><span class="tnt-ad-label">Advertisement</span></div></aside></div></div>
<footer id="site-footer"><ul class="list-inline">${links(tFoot)}</ul><p>© 2026 Harborvale Post</p>
<p class="powered-by">Powered by BLOX Content Management System
from TownNews.com.</p></footer></div>
<script src="https://bloximages.example/tncms/js/1.0/asset.js"></script></body></html>`;
export const bloxTheatre: TestPage = {
  name: 'heldout275-blox-townnews-theatre-review',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: ['If you go'],
  body: texts([tSub, ...tBody, ...tInfo]),
  bylines: ['By Miriam Castell Arts Correspondent', 'Mar 22, 2026', 'Updated Mar 23, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '48°F Cloudy', 'e-Edition', 'Log In', 'Subscribe', 'Harborvale Post', ...tNav, 'Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print',
    'Copy article link', 'Josie Okwuosa, center, as Nell in ‘The Lamplighter’s Daughter’ at the Corn Exchange Theater.', 'Courtesy of Dana Hollis',
    'Our rating:', '★★★★☆', 'Related to this story', ...tRel, 'Book tickets', 'Arts', 'Reviews', 'Get the weekend arts guide',
    'Shows, concerts and openings, every Thursday.', 'Sign up', 'Comments', 'Welcome to the discussion. Keep it clean and stay on topic.', 'Most Popular',
    ...tPop, 'Advertisement', ...tFoot, '© 2026 Harborvale Post', 'Powered by BLOX Content Management System from TownNews.com.',
  ],
};
