import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 161, file e2: a CNET headphone review (the nav, breadcrumbs, h1 and dek, "Written by" with the author's role,
 * the "Updated" time and reading time, the "Our expert, award-winning staff..." affiliate notice with "Reviews ethics
 * statement", the "Why You Can Trust CNET" box, the review summary card with the CNET score, price buttons and the "Like" /
 * "Don't like" lists, image captions, h2 sections, a specs table, the author bio card with expertise, the "More" rail, the
 * newsletter box and the footer).
 */
const cnTitle = 'Brightwell Aria Pro Review: Comfortable, Clever Noise Canceling for Less';
const cnDek = 'Brightwell’s new flagship headphones sound great and fold flat, but the touch controls take some learning.';
const cnLike = [
  'Excellent noise canceling for the price',
  'Light and comfortable for long flights',
  'Fold flat into a slim case',
  'Up to 50 hours of battery life',
];
const cnDislike = ['Touch controls are too sensitive', 'No wear detection to pause music'];
const cnP1 = [
  `Brightwell has spent the last few years making good, cheap earbuds, so I was curious to see what it would do with a pair of
  full-size noise-canceling headphones. The answer, it turns out, is something that competes well with models costing $100 more.`,
  `The Aria Pro costs $249 and comes in black, stone and a deep green. They fold flat, which is less common than it used to be, and
  come with a slim zippered case that slides easily into a laptop bag.`,
];
const cnH1 = 'Design and comfort';
const cnP2 = [
  `At 248 grams, the Aria Pro is among the lightest noise-canceling headphones I have tested. The memory foam ear pads are deep enough
  that my ears did not touch the drivers, and the headband has just enough clamping force to keep them in place on a walk without
  pressing on my head. I wore them for a five-hour flight without any discomfort.`,
  `The touch panel on the right ear cup is my main complaint. It controls playback, volume and calls, and it is too easy to trigger
  by accident when adjusting the headphones. I paused my music more often than I meant to during the first week.`,
];
const cnH2 = 'Sound and noise canceling';
const cnP3 = [
  `Out of the box, the Aria Pro has a warm, slightly bass-forward sound that works well with pop and hip-hop. The companion app has a
  five-band equalizer if you prefer something more neutral, and I found that pulling the bass down a couple of steps made acoustic
  and classical recordings sound more natural.`,
  `Noise canceling is the standout. On a train and in a busy coffee shop it removed most low rumble and a good share of voices,
  close to what I hear from headphones costing $350 or more. Call quality was decent, with callers saying I sounded clear, though a
  little distant in windy conditions.`,
];
const cnH3 = 'Should you buy the Brightwell Aria Pro?';
const cnP4 = [
  `If you want strong noise canceling and all-day comfort without paying flagship prices, the Aria Pro is an easy recommendation. The
  touch controls and the lack of wear detection keep it from a higher score, but neither is a deal breaker.`,
];
const cnSpecs = [
  ['Weight', '248 grams'],
  ['Battery life', 'Up to 50 hours (ANC off), 35 hours (ANC on)'],
  ['Bluetooth', '5.4, multipoint'],
];
const cnNav = ['Tech', 'Money', 'Home', 'Wellness', 'Energy', 'Deals', 'Cars', 'Cover Stories'];
const cnCrumbs = ['Tech', 'Mobile', 'Headphones'];
const cnNotice = `Our expert, award-winning staff selects the products we cover and rigorously researches and tests our top picks. If you buy
through our links, we may get a commission.`;
const cnTrust = [
  'Why You Can Trust CNET',
  '16,171 Hands-on Product Reviews',
  '6,000 Sq. Feet Of Lab Space',
  'CNET’s expert staff reviews and rates dozens of new products and services each month, building on more than a quarter century of expertise.',
];
const cnCard = ['Brightwell Aria Pro', '8.3', 'CNET Score', '$249 at Amazon', '$249 at Best Buy', 'Like', 'Don’t like'];
const cnCaption = 'The Aria Pro folds flat into its slim case.';
const cnCredit = 'Leona Vasquez/CNET';
const cnBio = `Leona Vasquez is a senior editor at CNET covering headphones, speakers and portable audio. She has reviewed more than 300
pairs of headphones.`;
const cnMore = ['Best Noise-Canceling Headphones for 2026', 'Best Wireless Earbuds for 2026', 'Best Budget Headphones for 2026'];
const cnNews = ['Get the CNET Tech Today newsletter', 'Your guide to the latest tech news, reviews and advice.', 'Sign Up'];
const cnFoot = ['About', 'Careers', 'Privacy Policy', 'Terms of Use', 'Cookie Settings', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const cnPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brightwell Aria Pro Review: Comfortable, Clever Noise Canceling for Less - CNET</title>
<meta name="description" content="${cnDek}"><meta property="og:site_name" content="CNET"><meta property="og:title" content="${cnTitle}">
<link rel="canonical" href="https://www.cnet.com/tech/mobile/brightwell-aria-pro-review/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"${cnTitle}","datePublished":"2026-03-03T14:00:00+00:00",
"author":{"@type":"Person","name":"Leona Vasquez"},"reviewRating":{"@type":"Rating","ratingValue":"8.3","bestRating":"10"},
"itemReviewed":{"@type":"Product","name":"Brightwell Aria Pro"}}</script>
<link rel="stylesheet" href="https://www.cnet.com/a/fly/bundles/cnetcss/css/review.css"></head>
<body class="c-page-review"><div id="__nuxt"><div id="__layout">
<header class="c-globalHeader"><a href="https://www.cnet.com/" class="c-globalHeader_logo" aria-label="CNET"><svg aria-hidden="true"></svg></a>
<nav class="c-globalHeader_nav" aria-label="Main"><ul>${links(cnNav, 'c-globalHeader_navItem')}</ul></nav></header>
<main class="c-reviewPage"><nav class="c-breadcrumbs"><ol>${links(cnCrumbs, 'c-breadcrumbs_item')}</ol></nav>
<div class="c-head"><h1 class="c-head_title">${cnTitle}</h1><p class="c-head_dek">${cnDek}</p>
<div class="c-assetAuthor"><div class="c-assetAuthor_authors">Written by <a href="https://www.cnet.com/profiles/leona-vasquez/">Leona Vasquez</a>
</div><span class="c-assetAuthor_role">Senior Editor</span><div class="c-assetAuthor_date"><time datetime="2026-03-03T14:00:00+00:00">Updated
March 3, 2026 6:00 a.m. PT</time></div><span class="c-assetAuthor_readTime">7 min read</span></div></div>
<div class="c-adDisclosure"><p>${cnNotice} <a href="https://www.cnet.com/about/reviews-ethics-statement/">Reviews ethics statement</a></p></div>
<div class="c-trust"><h2 class="c-trust_title">${cnTrust[0]}</h2><ul><li>${cnTrust[1]}</li><li>${cnTrust[2]}</li></ul><p>${cnTrust[3]}</p></div>
<div class="c-reviewCard"><h2 class="c-reviewCard_name">${cnCard[0]}</h2><div class="c-reviewCard_score"><span class="c-scoreBadge">${cnCard[1]}</span>
<span class="c-scoreBadge_label">${cnCard[2]}</span></div><div class="c-reviewCard_buttons"><a class="c-productButton" rel="sponsored"
href="https://amazon.example/">${cnCard[3]}</a><a class="c-productButton" rel="sponsored" href="https://bestbuy.example/">${cnCard[4]}</a></div>
<div class="c-reviewCard_pros"><h3>${cnCard[5]}</h3><ul>${cnLike.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="c-reviewCard_cons"><h3>${cnCard[6]}</h3><ul>${cnDislike.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<article class="c-pageArticle"><div class="c-pageArticle_content">
${cnPs(cnP1)}
<figure class="c-shortcodeImage"><img src="https://www.cnet.com/a/img/resize/aria-pro-case.jpg" alt="Brightwell Aria Pro headphones in case">
<figcaption><span class="c-shortcodeImage_caption">${cnCaption}</span><span class="c-shortcodeImage_credit">${cnCredit}</span></figcaption></figure>
<h2>${cnH1}</h2>
${cnPs(cnP2)}
<div class="c-adDisplay"><span class="c-adDisplay_label">Advertisement</span></div>
<h2>${cnH2}</h2>
${cnPs(cnP3)}
<h2>${cnH3}</h2>
${cnPs(cnP4)}
<table class="c-specsTable"><tbody>${cnSpecs.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>
</div></article>
<section class="c-authorCard"><img src="https://www.cnet.com/a/img/authors/lvasquez.jpg" alt=""><div><a href="https://www.cnet.com/profiles/leona-vasquez/"
class="c-authorCard_name">Leona Vasquez</a><span class="c-authorCard_role">Senior Editor</span><p>${cnBio}</p>
<dl><dt>Expertise</dt><dd>Headphones, speakers, portable audio</dd></dl></div></section>
<aside class="c-rail"><h2 class="c-rail_title">More From CNET</h2><ul>${links(cnMore, 'c-rail_item')}</ul></aside>
<section class="c-newsletter"><h2>${cnNews[0]}</h2><p>${cnNews[1]}</p>
<form><input type="email" aria-label="Email"><button>${cnNews[2]}</button></form></section>
</main>
<footer class="c-globalFooter"><ul>${links(cnFoot, 'c-globalFooter_link')}</ul><p>© 2026 CNET, a Ziff Davis company. All rights reserved.</p></footer>
</div></div><script src="https://www.cnet.com/a/fly/bundles/cnetjs/js/review.js" defer></script></body></html>`;
export const cnetReview: TestPage = {
  html: cnHtml,
  name: 'heldout161-cnet-review',
  kind: 'news',
  // the dek and the review card's Like / Don't like items are body (the reviewer's verdict); the card's name, score, labels and
  // buttons are furniture; the specs table is in neither list
  title: cnTitle,
  headings: [cnH1, cnH2, cnH3],
  body: texts([cnDek, ...cnLike, ...cnDislike, ...cnP1, ...cnP2, ...cnP3, ...cnP4]),
  bylines: ['Written by Leona Vasquez', 'Updated March 3, 2026 6:00 a.m. PT', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cnNav, 'Mobile', 'Headphones', 'Senior Editor', cnNotice, 'Reviews ethics statement', ...cnTrust, ...cnCard, cnCaption, cnCredit,
    'Advertisement', cnBio, 'Expertise', 'Headphones, speakers, portable audio', 'More From CNET', ...cnMore, ...cnNews, ...cnFoot,
    '© 2026 CNET, a Ziff Davis company. All rights reserved.',
  ],
};
