import { links, ps, type TestPage, texts } from './page-kit.js';
import { telegraphPage } from './pages-heldout112-a2.js';

/**
 * Held-out batch 112, file a: a CBS News story as saved from cbsnews.com (the site header with the sections nav and
 * "Watch CBS News", the hidden mobile menu, the content__header with the topic label, h1, dek-less byline block with
 * author, "Updated on" and "Published" times, the share bar, the lead image with caption and credit, the article body with
 * a mid-article ad slot and a "Read more" inline promo, the author bio with "More from CBS News" rail, the trending list,
 * the newsletter box, the OneTrust cookie banner and the footer) and, from file a2, a Telegraph (UK) news story.
 */
const title = 'Flooded river town votes to move its downtown uphill, a first for the Midwest';
const p1 = [
  'HARLOW FALLS, Iowa \u2014 For more than a century, the brick storefronts along Front Street have stood a few hundred feet from ' +
    'the Cedar Fork River. On Tuesday night, the town council voted 5-2 to start moving them.',
  'The plan, which would relocate the library, the post office, a pharmacy and about two dozen businesses to a 40-acre site on the ' +
    'bluff west of town, is the first of its kind in the Midwest to win a binding vote, according to researchers who track ' +
    'so-called managed retreat projects.',
  '"We have rebuilt this street four times since I was born," said Mayor Denise Okafor, 58, who grew up above her parents\u2019 ' +
    'hardware store on the corner of Front and Third. "At some point you stop calling it bad luck."',
];
const h1 = 'Four floods in 30 years';
const p2 = [
  'The Cedar Fork crested at a record 27.4 feet in June 2024, pushing water into 61 buildings downtown and closing the town\u2019s ' +
    'only bridge for nine days. Federal and state disaster aid covered about 60 percent of the $18 million in damage, city records show.',
  'It was the fourth major flood since 1993. After the last one, an engineering study commissioned by the city found that raising the ' +
    'levee high enough to protect Front Street would cost about $41 million, more than 12 times the town\u2019s annual budget.',
  'The relocation is expected to cost about $29 million over eight years. Most of it would come from a federal hazard mitigation grant ' +
    'the town applied for last fall, with the rest from the state and a local sales tax approved by voters in November.',
];
const h2 = 'Not everyone wants to go';
const p3 = [
  'The vote followed a four-hour meeting in the high school gym, where more than 300 residents packed the bleachers. Many business ' +
    'owners spoke in favor of the move. Others said it would hollow out the town\u2019s history.',
  '"My grandfather opened this diner in 1948," said Tom Reinholt, who owns the Front Street Grill. "You can\u2019t pick that up and ' +
    'put it on a hill next to a parking lot and call it the same place."',
  'Under the plan, owners who choose not to move would not be forced out. The city would buy flood-damaged buildings at their ' +
    'pre-flood value from owners who want to sell and turn the riverfront into a park designed to flood.',
  'Council member Luis Ferreira, who voted against the plan, said he worried the town was moving too quickly. "I\u2019m not saying ' +
    'no forever," he said. "I\u2019m saying we should know what the new downtown looks like before we tear down the old one."',
];
const h3 = 'A model for other towns?';
const p4 = [
  'Researchers say dozens of small river towns across the country face similar choices as heavier rainstorms become more common. ' +
    'Only a handful have moved their business districts, and most did so decades ago after a single catastrophic flood.',
  '"What is different here is that they are doing it before the next disaster, not after," said Dr. Anika Sorensen, who studies ' +
    'flood policy at Northern Plains University. "That gives people time to plan, and it gives the town a say in what comes next."',
  'Construction on the first buildings could begin as early as next spring if the federal grant is approved. The city expects a ' +
    'decision by the end of the summer.',
];
const nav = ['U.S.', 'World', 'Politics', 'Entertainment', 'HealthWatch', 'MoneyWatch', 'Crime', 'Sports', 'Brand Studio'];
const caption = 'Floodwater covers Front Street in Harlow Falls, Iowa, on June 18, 2024.';
const credit = 'Mark Tillson / AP';
const share = ['Share', 'Facebook', 'X', 'Reddit', 'Flipboard', 'Email'];
const promo = 'Small towns turn to buyouts as flood insurance costs soar';
const bio = 'Megan Castellano is a CBS News correspondent based in Chicago who covers the Midwest.';
const more = ['Storm chasers capture rare tornado over Lake Michigan', 'Farmers weigh the cost of a wetter spring', 'How levees are rated, explained'];
const trending = ['Trending News', 'Judge blocks state rule on school cellphone bans', 'Wildfire forces evacuations near Flagstaff'];
const newsletter = ['Get Breaking News Delivered to Your Inbox', 'Sign up for the CBS News Alerts newsletter', 'Subscribe'];
const cookie = [
  'We and our partners use cookies and similar technologies to personalize content and ads, provide social media features and analyze our traffic.',
  'Accept All Cookies',
  'Cookie Settings',
];
const footer = [
  'Copyright \u00a92025 CBS Interactive Inc. All rights reserved.',
  'Privacy Policy',
  'California Notice',
  'Terms of Use',
  'About',
  'Advertise',
  'Closed Captioning',
  'CBS News Store',
  'Careers',
  'Help',
];

const html = `<!DOCTYPE html>
<html lang="en" class="device--type-desktop"><head><meta charset="utf-8"><title>${title} - CBS News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The town council voted 5-2 to start moving its downtown.">
<meta property="og:type" content="article"><meta property="og:site_name" content="CBS News"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-05-14T08:02:00-0400"><meta name="parsely-section" content="U.S.">
<link rel="canonical" href="https://www.cbsnews.com/news/harlow-falls-iowa-flood-downtown-move-vote/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-05-14T08:02:00-0400",
"dateModified":"2025-05-14T11:40:00-0400","author":[{"@type":"Person","name":"Megan Castellano"}],"publisher":{"@type":"Organization",
"name":"CBS News"}}</script>
<script>window.CBSNEWS = window.CBSNEWS || {}; CBSNEWS.features = {"dtm":true,"ads":true};</script>
<script src="https://www.cbsnews.com/fly/bundles/cbsnewscore/js/core.js" defer></script>
<link rel="stylesheet" href="https://www.cbsnews.com/fly/bundles/cbsnewscore/css/article.css"></head>
<body class="page--article article--story"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header" id="site-header" data-component="siteHeader"><div class="site-header__wrapper">
<a class="site-header__logo" href="/" aria-label="CBS News"><svg class="site-header__logo-svg"></svg></a>
<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">${links(nav, 'site-nav__item')}</ul></nav>
<a class="site-header__live button--live" href="/live/">Watch CBS News</a></div>
<div class="site-header__menu" hidden><ul class="menu__list">${links(nav, 'menu__item')}</ul></div></header>
<div class="ad-wrapper ad-wrapper--leaderboard"><span class="ad-label">Advertisement</span><div id="leaderboard-top" data-ad-ref="leader-plus-top"></div></div>
<main id="main" class="content"><article id="article-0" class="content__article" data-sort-time="1747224120000">
<header class="content__header"><div class="content__meta content__meta--topic"><a class="content__section" href="/us/">U.S.</a></div>
<h1 class="content__title">${title}</h1>
<div class="content__meta content__meta--byline"><span class="byline__author"><a href="/team/megan-castellano/">By Megan Castellano</a></span>
<span class="byline__org">CBS News</span><br><time datetime="2025-05-14T11:40:00-0400">Updated on: May 14, 2025 / 11:40 AM EDT</time>
/ <span class="content__meta-source">CBS News</span></div>
<ul class="content__share share-bar" aria-label="Share">${share
  .map(
    (s) => `<li><button class="share-bar__button" data-share="${s}">${s}</button>
</li>`,
  )
  .join('')}</ul>
</header><figure class="embed embed--type-image embed--float-none"><span class="img embed__content">
<img src="https://assets1.cbsnewsstatic.com/hub/i/r/2025/05/14/flood.jpg"
alt="Flooded street"></span><figcaption class="embed__caption"><span class="embed__caption-text">${caption}</span>
<span class="embed__credit">${credit}</span></figcaption></figure>
<section class="content__body">${ps(p1)}
<div class="ad-wrapper ad-wrapper--mid"><span class="ad-label">Advertisement</span><div id="mid-article-1" data-ad-ref="mpu-plus-middle"></div></div>
<h2>${h1}</h2>${ps(p2)}
<aside class="related-inline"><span class="related-inline__label">Read more:</span> <a href="/news/flood-buyouts-small-towns/">${promo}</a></aside>
<h2>${h2}</h2>${ps(p3)}<h2>${h3}</h2>${ps(p4)}</section>
<div class="content__footer"><section class="content-author"><a class="content-author__image" href="/team/megan-castellano/"><img src="/mc.jpg" alt=""></a>
<div class="content-author__info"><h3 class="content-author__name">Megan Castellano</h3><p class="content-author__bio">${bio}</p></div></section></div>
</article>
<aside class="content__sidebar"><section class="component component--more"><h2 class="component__title">More from CBS News</h2>
<ul class="component__item-list">${links(more, 'item')}</ul></section>
<section class="component component--trending"><h2 class="component__title">${trending[0]}</h2><ol>${links(trending.slice(1), 'item')}</ol></section>
<section class="newsletter-promo"><h3>${newsletter[0]}</h3><p>${newsletter[1]}</p><form><label for="nl-email">Email Address</label>
<input id="nl-email" type="email"><button type="submit">${newsletter[2]}</button></form></section></aside></main>
<footer class="site-footer"><ul class="site-footer__links">${links(footer.slice(1))}</ul><p class="site-footer__copyright">${footer[0]}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie[0]}</p>
<button id="onetrust-accept-btn-handler">${cookie[1]}</button><button id="onetrust-pc-btn-handler">${cookie[2]}</button></div></div>
<script>window.utag_data = {"siteSection":"us","articleId":"harlow-falls"};</script></body></html>`;

const cbsPage: TestPage = {
  name: 'heldout112-cbsnews-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...p4]),
  bylines: ['By Megan Castellano', 'Updated on: May 14, 2025 / 11:40 AM EDT'],
  furniture: [
    'Skip to main content',
    ...nav,
    'Watch CBS News',
    'Advertisement',
    ...share,
    caption,
    credit,
    'Read more:',
    promo,
    bio,
    'More from CBS News',
    ...more,
    ...trending,
    ...newsletter,
    'Email Address',
    ...cookie,
    ...footer,
  ],
};

export const HELDOUT112_A: readonly TestPage[] = [cbsPage, telegraphPage];
