import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout262-kit.js';

/**
 * Held-out batch 262, file c: a Straits Times-style data page (the fortnightly COE bidding results: a short text and a
 * results table, with the ST Drupal template's story header, byline with photo, "Join ST's WhatsApp Channel" promo, gift
 * button, "Read more" cards and footer) and an NDTV-style short news article (its top bar and mega menu, "Read Time" line,
 * "Edited by" byline, AI summary box, syndicated-feed note, "Track Latest News Live" line, trending and video rails).
 */
const tTitle = 'COE prices: Premiums rise in four of five categories in latest bidding exercise';
const tBody = [
  j(
    'Certificate of Entitlement (COE) premiums rose in four of the five categories in the bidding exercise that closed on',
    'Wednesday, with the price for larger cars climbing for the third round in a row.',
  ),
  j(
    'Category B, for cars above 1,600cc or with more than 130 brake horsepower, closed at $118,502, up from $114,990 two',
    'weeks ago. The Open category, which can be used for any vehicle type and usually tracks Category B, rose to $121,000.',
  ),
  j('Only the premium for motorcycles fell, by $611 to $9,889, after the quota for the category was raised slightly for', 'the November to January period.'),
  j(
    'Motor traders said demand had been lifted by buyers trying to secure a car before rebates for some electric models',
    'are reduced from January. “Showroom traffic in the last two weekends has been the busiest since the middle of the year,”',
    'said Mr Kelvin Teo, general manager of a dealership in Ubi.',
  ),
  'The full results of the exercise are below.',
];
const tCaption = 'COE results, second bidding exercise of November 2026';
const tRows = [
  ['Cat A (cars up to 1,600cc and 130bhp)', '$98,890', '$96,302', '1,042'],
  ['Cat B (cars above 1,600cc or 130bhp)', '$118,502', '$114,990', '812'],
  ['Cat C (goods vehicles and buses)', '$68,001', '$67,114', '288'],
  ['Cat D (motorcycles)', '$9,889', '$10,500', '511'],
  ['Cat E (open)', '$121,000', '$117,589', '204'],
];
const tBody2 = [
  j(
    'The Land Transport Authority will announce the quotas for the February to April period in late January. Analysts',
    'expect a modest cut, as fewer cars are due to be deregistered in the first months of the year.',
  ),
  j(
    'Dealers said they were also watching the Category A premium closely, as it has risen by more than $5,000 since',
    'September and is now within reach of the record set in 2023.',
  ),
];
const tNav = ['Singapore', 'Asia', 'World', 'Opinion', 'Life', 'Business', 'Tech', 'Sport', 'Videos', 'Podcasts', 'Multimedia'];
const tMore = [
  'How COE quotas are set, and why they keep shrinking',
  'Car-sharing firms add 400 electric cars to fleets',
  'Parking charges at HDB estates to rise',
];
const tFoot = ['About Us', 'Contact Us', 'Advertise With Us', 'Terms & Conditions', 'Privacy Policy', 'Need help? Reach us here.'];
const tHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${tTitle} | The Straits Times</title>
<meta name="description" content="Premiums for larger cars rose for the third round in a row."><meta property="og:site_name" content="The Straits Times">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2026-11-26T19:28:00+08:00",
"author":{"@type":"Person","name":"Goh Wei Ling"},"isAccessibleForFree":true}</script>
<script>var _data={"articleid":"2026-11-coe-prices","pagesection":"Singapore","contentcat":"Free","visitorcat":"anonymous"};</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="navbar"><a class="navbar-brand" href="/">The Straits Times</a>
<a class="btn subscribe" href="/subscribe">Subscribe</a><a class="btn login" href="/login">Log in</a>
<nav class="main-menu"><ul class="menu">${links(tNav, 'menu-item')}</ul></nav></header>
<div class="advertisement"><span class="ads-label">Advertisement</span><div id="dfp-ad-lb1"></div></div>
<main id="main-content" class="main-content"><div class="breadcrumb"><a href="/singapore">Singapore</a><a href="/singapore/transport">Transport</a></div>
<article class="node node--type-article node--view-mode-full"><div class="story-header"><h1 class="headline node-title">${tTitle}</h1>
<div class="group-info"><div class="author-field"><img class="author-image" src="/sites/default/files/authors/goh.png" alt="">
<a class="byline-name" href="/authors/goh-wei-ling">Goh Wei Ling</a><span class="byline-title">Transport Correspondent</span></div>
<div class="story-postdate">Published Nov 26, 2026, 07:28 PM</div><div class="story-changeddate">Updated Nov 26, 2026, 09:10 PM</div></div>
<div class="social-share"><button>Share</button><button>Gift this article</button><a href="https://api.whatsapp.example/send">WhatsApp</a>
<a href="https://t.me/share">Telegram</a></div></div>
<div class="clearfix text-formatted field field--name-field-paragraph-text">
${ps(tBody)}
<div class="embedded-promo"><a href="https://whatsapp.example/channel/st">Join ST’s WhatsApp Channel and get the latest news and must-reads.</a></div>
<table class="table-coe"><caption>${tCaption}</caption><thead><tr><th>Category</th><th>Premium</th><th>Previous premium</th><th>Bids received</th></tr></thead>
<tbody>${tRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(tBody2)}
</div>
<div class="field--name-field-tags"><span>Topics</span><ul>${links(['Transport', 'Cars'], 'tag')}</ul></div>
<div class="source-note"><p>Source: Land Transport Authority</p></div></article>
<section class="related-stories"><h2>Read more</h2><ul>${links(tMore, 'card')}</ul></section></main>
<footer class="footer"><ul>${links(tFoot)}</ul><p>MCI (P) 034/11/2026. Published by SPH Media Limited, Co. Regn. No. 202120748H.
Copyright © 2026 SPH Media Limited. All rights reserved.</p></footer></div>
<div id="cookie-consent"><p>We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.</p>
<button>Got it</button></div></body></html>`;
const straitsTimes: TestPage = {
  name: 'heldout262-straits-times-data-page',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tBody, tCaption, ...tRows.flat(), ...tBody2]),
  bylines: ['Goh Wei Ling', 'Transport Correspondent', 'Published Nov 26, 2026, 07:28 PM', 'Updated Nov 26, 2026, 09:10 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Straits Times', 'Subscribe', 'Log in', ...tNav, 'Advertisement', 'Transport', 'Share', 'Gift this article', 'WhatsApp',
    'Telegram', 'Join ST’s WhatsApp Channel and get the latest news and must-reads.', 'Topics', 'Cars', 'Source: Land Transport Authority', 'Read more',
    ...tMore, ...tFoot, 'MCI (P) 034/11/2026. Published by SPH Media Limited, Co. Regn. No. 202120748H.',
    'Copyright © 2026 SPH Media Limited. All rights reserved.',
    'We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.', 'Got it',
  ],
};

const nTitle = 'Pune Metro Adds Late-Night Services On Weekends From December';
const nBody = [
  j(
    'The Pune Metro will run trains until 1 am on Fridays and Saturdays from December 5, the operator said on Saturday,',
    'after a survey found that more than a third of riders on the busiest line travel after 10 pm at weekends.',
  ),
  j('Trains on both lines will run every 15 minutes after 11 pm. Fares will not change, and the extra services will be', 'reviewed after three months.'),
  j(
    '"The demand is there, especially from people working in hospitality and IT shifts," a senior official of the metro',
    'corporation said. Security staff will be added at the six busiest stations for the late services.',
  ),
  j(
    'Commuter groups welcomed the move but asked for feeder buses to run at the same hours, saying many riders would',
    'otherwise be left without a way home from the stations.',
  ),
];
const nSummary = ['Trains to run until 1 am on Fridays and Saturdays', 'Services every 15 minutes after 11 pm', 'Extra security at six stations'];
const nNav = ['Latest', 'India', 'World', 'Cities', 'Offbeat', 'Opinion', 'Trends', 'Business', 'Entertainment', 'Cricket', 'Videos'];
const nTrend = ['Mumbai Coastal Road Toll Plan Put On Hold', 'IMD Forecasts Cold Wave In North India Next Week', 'Bengaluru Airport Adds Third Terminal Route'];
const nFoot = ['About Us', 'Advertise', 'Archive', 'Careers', 'Code of Ethics', 'Feedback', 'Disclaimer', 'Privacy Policy', 'Contact Us'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle}</title>
<meta name="description" content="The Pune Metro will run trains until 1 am on Fridays and Saturdays from December 5.">
<meta name="news_keywords" content="Pune Metro, Late night metro"><meta property="og:site_name" content="NDTV">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-11-29T18:42:00+05:30",
"author":{"@type":"Person","name":"Press Trust of India"},"publisher":{"@type":"Organization","name":"NDTV"}}</script>
<script>var dataLayer=[{"category":"cities","storyid":"10488213","author":"PTI"}];</script></head>
<body class="story_page"><div class="topnav"><a class="topnav_logo" href="/">NDTV</a>
<ul class="topnav_list">${links(['Hindi', 'Profit', 'Sports', 'Food'])}</ul>
<a class="topnav_live" href="/video/live">Live TV</a></div>
<nav class="mainnav"><ul class="mainnav_list">${links(nNav, 'mainnav_item')}</ul></nav>
<div class="add_wrap"><span class="add_label">Advertisement</span></div>
<div class="vjl-cntr"><div class="vjl-row"><div class="vjl-md-8"><nav class="brd-nv"><ul><li><a href="/">Home</a></li>
<li><a href="/cities">Cities</a></li><li><span>Pune Metro Adds Late-Night Services</span></li></ul></nav>
<article class="sp-cn"><h1 class="sp-ttl">${nTitle}</h1>
<div class="sp-ttl-wrp"><div class="pst-by"><span class="pst-by_li">Press Trust of India</span>
<span class="pst-by_li">Updated: November 29, 2026 18:42 IST</span><span class="pst-by_li">Read Time: 2 mins</span></div>
<div class="shr-wr"><a class="shr-fb" href="#">Share</a><a class="shr-wa" href="#">WhatsApp</a><a class="shr-tw" href="#">Tweet</a>
<a class="shr-lnk" href="#">Copy Link</a><a class="shr-cm" href="#">Comments</a></div></div>
<div class="ai-summary"><h2 class="ai-summary_ttl">Quick Read</h2><p class="ai-summary_note">Summary is AI-generated, newsroom-reviewed</p>
<ul>${nSummary.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="ins_instory_dv_cont"><img src="https://c.ndtvimg.example/pune-metro.jpg" alt="">
<div class="ins_instory_dv_caption">The Pune Metro will run trains every 15 minutes after 11 pm. (File)</div></div>
<div class="Art-exp_wr" id="ignorediv"><div itemprop="articleBody" class="Art-exp_cn">
${ps(nBody)}
<p class="syndication-note"><i>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</i></p>
</div></div>
<div class="lst-lv"><p>Track Latest News Live on NDTV.com and get news updates from India and around the world</p></div>
<div class="tg-wr"><span>Tags</span><ul>${links(['Pune Metro', 'Maharashtra'])}</ul></div></article></div>
<aside class="vjl-md-4"><div class="trd-nws"><h2>Trending News</h2><ul>${links(nTrend)}</ul></div>
<div class="ftr-vd"><h2>Featured Video Of The Day</h2><p>Inside The New Metro Control Room In Pune</p></div></aside></div></div>
<footer class="ftr"><ul>${links(nFoot)}</ul><p>Copyright © NDTV Convergence Limited 2026. All rights reserved.</p></footer>
<div class="ntfctn-bx"><p>Allow notifications to get the latest updates from NDTV</p><button>Not Now</button><button>Allow</button></div></body></html>`;
const ndtv: TestPage = {
  name: 'heldout262-ndtv-short-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nBody),
  bylines: ['Press Trust of India', 'Updated: November 29, 2026 18:42 IST', 'Read Time: 2 mins'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NDTV', 'Hindi', 'Profit', 'Sports', 'Food', 'Live TV', ...nNav, 'Advertisement', 'Home', 'Pune Metro Adds Late-Night Services', 'Share', 'WhatsApp',
    'Tweet', 'Copy Link', 'Comments', 'Quick Read', 'Summary is AI-generated, newsroom-reviewed', ...nSummary,
    'The Pune Metro will run trains every 15 minutes after 11 pm. (File)',
    '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
    'Track Latest News Live on NDTV.com and get news updates from India and around the world', 'Tags', 'Pune Metro', 'Maharashtra', 'Trending News',
    ...nTrend, 'Featured Video Of The Day', 'Inside The New Metro Control Room In Pune',
    ...nFoot, 'Copyright © NDTV Convergence Limited 2026. All rights reserved.',
    'Allow notifications to get the latest updates from NDTV', 'Not Now', 'Allow',
  ],
};

export const HELDOUT262_C: readonly TestPage[] = [straitsTimes, ndtv];
