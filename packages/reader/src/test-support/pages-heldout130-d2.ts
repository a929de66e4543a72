import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 130, file d2: a Newsweek story on its Drupal template (the top bar with "Subscribe", "Log In" and
 * "Newsletters", the section nav, the category label, the headline, the byline with the reporter's position, the
 * "Published" and "Updated" datelines, the "Newsweek AI is in beta" translation notice, the listen and share tools, the
 * lead image with caption and credit, the "What To Know" style h2 subheads, an in-body "Related Articles" box with its h3,
 * an ad label, the italic update note, the "Do you have a tip" line, the reprint/correction/guidelines links, the author
 * bio, the "Trending" rail, the footer and the cookie banner).
 */
const nwTitle = 'Map Shows States Where Egg Prices Are Rising Fastest';
const nwP1 = [
  'Egg prices rose in 41 states last month, with the sharpest increases in the Mountain West and the Northeast, according to a ' +
    'new analysis of grocery receipts from the retail data firm Shelfwise.',
  'A dozen large eggs cost an average of $5.12 nationally in February, up 18 percent from January and nearly double the price a year ago.',
];
const nwH1 = 'Why It Matters';
const nwP2 = [
  'Eggs have become a closely watched symbol of grocery inflation, and the latest jump comes as many households are already ' +
    'struggling with higher costs for rent, insurance and childcare. Economists say food prices shape how people feel about the ' +
    'economy more than almost any other category of spending.',
];
const nwH2 = 'What To Know';
const nwP3 = ['The increases were driven largely by outbreaks of avian flu that have forced farmers to cull millions of laying hens since the autumn.'];
const nwList = [
  'Prices rose most in Montrose State, where a dozen eggs averaged $6.84, up 31 percent in a month.',
  'Harlow and Dunmere followed, with increases of 27 and 25 percent respectively.',
  'Prices fell slightly in nine states, mostly in the South, where fewer flocks were affected.',
];
const nwP4 = [
  'Shelfwise said some grocery chains had begun limiting the number of cartons customers could buy, and that shortages were ' +
    'most common in smaller stores that rely on regional distributors.',
];
const nwH3 = 'What People Are Saying';
const nwP5 = [
  'Marisol Quintero-Baines, an agricultural economist at Westfield State University, told <em>Newsweek</em>: “We are seeing the ' +
    'effects of a supply shock that will take months to work through. Hens that are culled now will not be replaced until late ' +
    'summer at the earliest.”',
  'Grant Tolliver, who runs a family egg farm with 40,000 hens, said: “People think we are getting rich off this. We are not. ' +
    'Our feed and labor costs are up too, and every farmer I know is terrified of the virus getting into their barns.”',
];
const nwH4 = 'What Happens Next';
const nwP6 = [
  'The Agriculture Department is expected to release its monthly forecast for egg prices on March 25. Analysts at Shelfwise said ' +
    'they expected prices to stay high through the spring, but could begin to ease in the summer if outbreaks slow.',
];
const nwNav = ['U.S.', 'World', 'Politics', 'Health', 'Science', 'Sports', 'Entertainment', 'Autos', 'Education', 'Opinion', 'Rankings'];
const nwTop = ['Subscribe', 'Log In', 'Newsletters'];
const nwAi = 'Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.';
const nwCaption = 'A shopper looks at eggs in a supermarket on February 24, 2025.';
const nwCredit = 'Photo by Lena Kowalczyk-Day/Getty Images';
const nwRelated = ['Egg Shortage Update as Stores Limit Purchases', 'Bird Flu Map Shows States With Cases in Poultry', 'Grocery Prices Rise Again'];
const nwUpdate = 'Update 3/3/25, 1:15 p.m. ET: This article was updated with comment from Grant Tolliver.';
const nwTip = 'Do you have a tip on a story Newsweek should be covering? Do you have a question about this story? Contact LiveNews@newsweek.com.';
const nwTools = ['Request Reprint & Licensing', 'Submit Correction', 'View Editorial Guidelines'];
const nwBio = 'Theo Brandvold is a Newsweek U.S. News Reporter based in Chicago. His focus is reporting on the economy, food prices and consumer trends.';
const nwTrend = ['Trending', 'Social Security Update: When Your March Payment Arrives', 'Snow Storm Map Shows States Bracing for Up to 2 Feet'];
const nwFoot = [
  'About Us',
  'Corrections',
  'Contact Us',
  'Editorial Standards',
  'Advertise',
  'Terms & Conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Terms of Sale',
  'Archive',
  'Announcements',
];
const nwCookie = 'We use cookies to enhance your experience, analyse site traffic and serve tailored ads.';
const nwH = (t: string): string => `<h2>${t}</h2>`;
const nwPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Map Shows States Where Egg Prices Are Rising Fastest - Newsweek</title>
<meta name="description" content="Egg prices rose in 41 states last month, with the sharpest increases in the Mountain West and the Northeast.">
<meta property="og:title" content="${nwTitle}"><meta property="og:site_name" content="Newsweek"><meta property="og:type" content="article">
<meta name="news_keywords" content="Eggs, Inflation, Bird Flu, Grocery Prices"><link rel="canonical"
href="https://www.newsweek.com/map-egg-prices-rising-states-2038411">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nwTitle}","datePublished":"2025-03-03T10:12:00-05:00",
"dateModified":"2025-03-03T13:15:00-05:00","author":[{"@type":"Person","name":"Theo Brandvold","jobTitle":"US News Reporter"}],
"publisher":{"@type":"Organization","name":"Newsweek"},"isAccessibleForFree":"True"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"nid":"2038411","channel":"U.S.","author":"Theo Brandvold"});</script>
<link rel="stylesheet" href="/sites/newsweek/assets/css/article.min.css?v=2025030101"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header id="header" class="header"><div class="header-top"><button class="menu-toggle" aria-label="Open navigation">Menu</button>
<a class="logo" href="/"><img src="/sites/newsweek/themes/newsweek/logo.svg" alt="Newsweek"></a>
<ul class="header-top-links">${links(nwTop, 'header-top-link')}</ul></div>
<nav class="main-nav" aria-label="Main"><ul>${links(nwNav, 'main-nav__item')}</ul></nav></header>
<div class="ai-translate-notice" role="note"><p>${nwAi}</p></div>
<main id="main-content"><article class="article" data-nid="2038411"><div class="article-header">
<div class="category"><a href="/us">U.S.</a></div><h1 class="title">${nwTitle}</h1>
<div class="byline"><div class="author"><a href="/authors/theo-brandvold">By Theo Brandvold</a></div><div class="position">US News Reporter</div></div>
<div class="dateline"><span class="published">Published <time datetime="2025-03-03T10:12:00-05:00">Mar 03, 2025 at 10:12 AM EST</time></span>
<span class="updated">Updated <time datetime="2025-03-03T13:15:00-05:00">Mar 03, 2025 at 01:15 PM EST</time></span></div>
<div class="article-tools"><button class="listen-btn">Listen</button><button class="translate-btn">Translate</button>
<button class="share-btn">Share</button><span class="comments-count"><a href="#comments">Comments</a></span></div></div>
<figure class="image image-main"><img src="https://d.newsweek.example/en/full/2590321/eggs.jpg" alt="Eggs on a supermarket shelf" width="1200" height="800">
<figcaption><span class="caption">${nwCaption}</span> <span class="credit">${nwCredit}</span></figcaption></figure>
<div class="article-body v_text paywall" itemprop="articleBody">
${nwPs(nwP1)}
${nwH(nwH1)}
${nwPs(nwP2)}
<div class="related-articles"><h3>Related Articles</h3><ul>${links(nwRelated, 'related-articles__item')}</ul></div>
${nwH(nwH2)}
${nwPs(nwP3)}
<ul>${nwList.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="ad-container"><span class="ad-label">Advertisement</span><div id="dfp-ad-mid" class="ad"></div></div>
${nwPs(nwP4)}
${nwH(nwH3)}
${nwPs(nwP5)}
${nwH(nwH4)}
${nwPs(nwP6)}
<p><em>${nwUpdate}</em></p>
<p class="tip-line"><em>${nwTip}</em></p></div>
<div class="article-footer-tools"><ul>${links(nwTools, 'article-footer-tools__item')}</ul></div>
<div class="author-bio"><h3 class="author-bio__name"><a href="/authors/theo-brandvold">Theo Brandvold</a></h3><p>${nwBio}</p>
<p class="author-bio__languages">Languages Spoken: English</p></div></article>
<aside class="trending"><h2>${nwTrend[0]}</h2><ul>${links(nwTrend.slice(1), 'trending__item')}</ul></aside></main>
<footer class="footer"><ul>${links(nwFoot, 'footer__link')}</ul><p class="footer__copyright">© 2025 NEWSWEEK DIGITAL LLC</p></footer>
<div id="cmp-banner" class="cmp-banner" role="dialog" aria-label="Cookie consent"><p>${nwCookie}</p><button>Accept All</button><button>Reject All</button>
<button>Manage Preferences</button></div>
<script src="/sites/newsweek/assets/js/article.min.js?v=2025030101" defer></script></body></html>`;

export const newsweek: TestPage = {
  html: nwHtml,
  name: 'heldout130-newsweek-news',
  kind: 'news',
  // the "Why It Matters" style h2s are the headings; the "Related Articles" box (its h3 and links) inside the body, the
  // italic update note, the tip line, the AI-translation notice and the author bio are furniture
  title: nwTitle,
  headings: [nwH1, nwH2, nwH3, nwH4],
  body: [...nwP1, ...nwP2, ...nwP3, ...nwList, ...nwP4, ...texts(nwP5), ...nwP6],
  bylines: ['By Theo Brandvold', 'US News Reporter', 'Published Mar 03, 2025 at 10:12 AM EST', 'Updated Mar 03, 2025 at 01:15 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', ...nwTop, ...nwNav, nwAi, 'Listen', 'Translate', 'Share', 'Comments', nwCaption, nwCredit, 'Related Articles',
    ...nwRelated, 'Advertisement', nwUpdate, nwTip, ...nwTools, 'Theo Brandvold', nwBio, 'Languages Spoken: English', ...nwTrend, ...nwFoot,
    '© 2025 NEWSWEEK DIGITAL LLC', nwCookie, 'Accept All', 'Reject All', 'Manage Preferences',
  ],
};
