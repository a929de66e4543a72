import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 68, file a2: an Australian metropolitan news site on a React front end with hashed class names and test ids
 * (network bar of sister mastheads, section nav, category label, headline and standfirst, the article toolbar with save,
 * share and text-size buttons and its log-in tooltip, byline and time, lead photo with caption and credit, a "Related Article"
 * card and ad slots inside the body, a subhead, the newsletter promo, "License this article", topic tags, the "Show comments"
 * bar, the "Most Viewed" rail and the footer with the network's sites).
 */
const auTitle = '‘Wiped out in one night’: Late frost strips Granite Belt orchards of summer stone fruit';
const auStand =
  'Growers around Stanthorpe say up to 70 per cent of this season’s plums, nectarines and peaches were lost when temperatures ' +
  'fell to minus 4.2 degrees on Sunday morning.';
const auBody1 = [
  'Glenn Moretti had been awake since 2am, watching the thermometer outside his packing shed fall a tenth of a degree at a time.',
  'By the time the sun came up over his 40-hectare orchard near Ballandean on Sunday, the blossom and the tiny green fruit that ' +
    'had set a fortnight earlier had turned brown. “You could hear it crunch under your boots,” he said. “Three generations on ' +
    'this block and I’ve never seen a frost this late.”',
  'The Bureau of Meteorology recorded minus 4.2 degrees at Applethorpe, the coldest October reading at the station since records ' +
    'began in 1966. Frost-sensitive crops across the Granite Belt, Queensland’s main temperate fruit-growing district, were ' +
    'exposed for up to six hours.',
  'Granite Belt Growers Association president Tania Kourelis said early estimates from members suggested losses of 50 to 70 per ' +
    'cent in stone fruit, with apples, which flower later, faring slightly better.',
  '“Some of our younger growers have borrowed heavily for netting and new plantings over the past few years,” she said. “A ' +
    'season like this, on top of two wet summers, is going to push a few of them to the edge.”',
];
const auH1 = 'Calls for disaster assistance';
const auBody2 = [
  'The association has written to Agriculture Minister Daniel Pryce asking for the region to be declared a disaster area, which ' +
    'would open up concessional loans and freight subsidies for affected businesses.',
  'A spokeswoman for the minister said the department was working with growers to assess the damage and would “consider all ' +
    'options” once the figures were in.',
  'Southern Downs mayor Rhys Calloway said the impact would be felt well beyond the farm gate. Seasonal pickers, packing sheds ' +
    'and the roadside fruit stalls that draw visitors from Brisbane on weekends all depend on the summer harvest.',
  '“When the fruit doesn’t come, the backpackers don’t come, and the cafes in town feel it by Christmas,” he said.',
  'Moretti said he would keep his trees watered and pruned in the hope of a small crop from late blossom, but did not expect to ' +
    'hire his usual team of 25 pickers this year.',
];
const auNetwork = ['The Moreton Times', 'The Harbour Age', 'Capital Times', 'WestCoast Today'];
const auNav = ['Queensland', 'National', 'World', 'Business', 'Politics', 'Sport', 'Culture', 'Lifestyle', 'Property', 'Puzzles'];
const auCaption = 'Glenn Moretti inspects frost-damaged nectarines at his Ballandean orchard on Monday.';
const auRelated = 'Brisbane shivers through coldest October morning in a decade';
const auTags = ['Agriculture', 'Weather', 'Regional Queensland'];
const auViewed = [
  'Gold Coast light rail stage four delayed again as costs climb',
  'The Brisbane suburbs where rents fell this year',
  'Man charged after police chase ends in Logan River',
  'Why the Gabba’s last Ashes Test could be moved to Perth',
  'Queensland’s school holiday dates for 2026 confirmed',
];
const auFoot = ['About us', 'Contact us', 'Advertise with us', 'Conditions of use', 'Privacy policy', 'Press Council', 'Accessibility'];
const auHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>${auTitle}</title>
<meta name="description" content="${auStand}"><link rel="canonical" href="https://www.moretontimes.example/national/queensland/frost-granite-belt-p5k2x.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${auTitle}","datePublished":"2025-10-20T19:30:00.000Z",
"author":[{"@type":"Person","name":"Sophie Garland"}],"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","cssSelector":"#bodyContent"}}</script>
<script>window.__APOLLO_STATE__={"asset":{"id":"p5k2x","category":"Agriculture","wordCount":452}};</script>
<style>._3Wm7p{font-family:Georgia,serif}._2Hx1c{display:none}@media (min-width:768px){._1kfkY{display:flex}}</style></head>
<body><div id="app"><div class="_1kfkY" data-testid="network-bar"><span class="_2Hx1c">Our network</span><ul class="_3AqYd">${links(auNetwork)}</ul></div>
<header class="_1cVgr" data-testid="header"><a href="/" class="_3zqm1" aria-label="The Moreton Times homepage"><svg role="img"></svg></a>
<div class="_2tPZq"><a class="_1Bq3h" href="/subscribe" data-testid="subscribe-button">Subscribe</a><a class="_1Bq3h" href="/login">Log in</a></div>
<nav aria-label="Main navigation" class="_2kB7v"><ul>${links(auNav, '_1Wi2J')}</ul></nav></header>
<main id="content" class="_1w2Xj"><article class="_2_zR-"><header class="_2YZxd">
<span data-testid="category-label" class="_3Kx9a"><a href="/topic/agriculture-5ny">Agriculture</a></span>
<h1 data-testid="headline" itemprop="headline" class="_3Wm7p">${auTitle}</h1>
<p class="_2xh3f" data-testid="standfirst">${auStand}</p>
<div data-testid="article-toolbar" class="_3J8pF"><button type="button" aria-label="Save this article for later">Save</button>
<div role="tooltip" class="_2Hx1c">Log in, register or subscribe to save articles for later.</div>
<button type="button" aria-label="Share this article">Share</button><div class="_3oBkP" role="group" aria-label="Text size">
<button aria-label="Normal text size">A</button><button aria-label="Large text size">A</button><button aria-label="Very large text size">A</button></div>
<a href="/licensing?id=p5k2x" class="_1nmuF">License this article</a></div>
<div class="_2d7hT"><span data-testid="byline">By <a data-testid="author-link" href="/by/sophie-garland-hvf8k">Sophie Garland</a></span>
<time datetime="2025-10-20T19:30:00.000Z" class="_2_Ue6">October 21, 2025 — 5.30am</time></div></header>
<figure class="_3Bxjk"><div class="_1fQ3T"><picture><img src="https://static.moretontimes.example/frost-orchard.jpg" alt=""></picture></div>
<figcaption class="_1LiRc"><span>${auCaption}</span><cite class="_3qJLu">Credit: Tom Carroll</cite></figcaption></figure>
<div id="bodyContent" class="_1665V"><section class="_1t5X4">
${auBody1
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div data-testid="inline-ad" class="_2Hzbo"><span class="_1yLv3">Advertisement</span><div id="adspot-300x250-pos-1"></div></div>
${auBody1
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<aside class="_3XUU8" data-testid="related-article"><span class="_2Cv5K">Related Article</span>
<a href="/national/queensland/brisbane-cold-morning-p5k1w.html"><img src="https://static.moretontimes.example/cold.jpg" alt="">
<h3 class="_1hzfL">${auRelated}</h3></a></aside>
<h3>${auH1}</h3>
${auBody2
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div data-testid="inline-ad" class="_2Hzbo"><span class="_1yLv3">Advertisement</span><div id="adspot-300x250-pos-2"></div></div>
${auBody2
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="_2Y8Hy" data-testid="newsletter-promo"><p><strong>Morning Brief</strong></p>
<p>Queensland’s news, politics and weather, explained before your first coffee. Delivered weekday mornings.</p>
<a href="/newsletters/morning-brief">Sign up now</a></div></section></div>
<footer class="_2Pvdm"><div class="_1VKvR" data-testid="license-footer"><a href="/licensing?id=p5k2x">License this article</a></div>
<ul class="_3R1eJ" aria-label="Topics">${auTags.map((t) => `<li><a href="/topic/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`).join('')}</ul>
<div class="_1JuL4"><button type="button" data-testid="comments-button">Show comments</button></div></footer></article>
<aside class="_1sWbG" data-testid="most-viewed"><h2 class="_3XEsE">Most Viewed in National</h2><ol>${links(auViewed, '_2vcl9')}</ol>
<div class="_2Hzbo"><span class="_1yLv3">Advertisement</span></div><p class="_2CgyU">Loading</p></aside></main>
<footer class="_3-Z1y" data-testid="footer"><h2 class="_2Hx1c">Our Sites</h2><ul>${links(auNetwork)}</ul><ul>${links(auFoot)}</ul>
<p>Copyright © 2025 Moreton Media Pty Ltd. All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to
personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept cookies</button>
<button id="onetrust-pc-btn-handler">Cookie settings</button></div></body></html>`;
export const australianNews: TestPage = {
  html: auHtml,
  name: 'heldout68-australian-news',
  kind: 'news',
  // the standfirst is body; the h3 "Calls for disaster assistance" is the heading; "Sophie Garland" and the time line are
  // bylines ("By" in neither); the category label, toolbar (save, share, the three "A" buttons, the tooltip, "License this
  // article" twice: once), ad labels, caption and credit, the "Related Article" card, the Morning Brief promo, topic tags,
  // "Show comments", "Most Viewed" with its "Loading", network bar, nav, footer and the cookie banner are furniture; the
  // "A" of the text-size buttons is one letter (left out); "Queensland" (nav) and "Agriculture" (category, tag) are body
  // words, left out
  title: auTitle,
  headings: [auH1],
  body: [auStand, ...texts(auBody1), ...texts(auBody2)],
  bylines: ['Sophie Garland', 'October 21, 2025 — 5.30am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our network', ...auNetwork, 'Subscribe', 'Log in', ...auNav.filter((t) => t !== 'Queensland'), 'Save',
    'Log in, register or subscribe to save articles for later.', 'Share', 'License this article', auCaption, 'Credit: Tom Carroll',
    'Advertisement', 'Related Article', auRelated, 'Morning Brief',
    'Queensland’s news, politics and weather, explained before your first coffee. Delivered weekday mornings.', 'Sign up now',
    'Weather', 'Regional Queensland', 'Show comments', 'Most Viewed in National', ...auViewed, 'Loading', 'Our Sites', ...auFoot,
    'Copyright © 2025 Moreton Media Pty Ltd. All rights reserved.',
    'We use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'Accept cookies', 'Cookie settings',
  ],
};
