import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 78, file f2: a Yahoo News story syndicated from a local paper (the ybar header with search, "Sign in" and "Mail",
 * the news sub-nav, the headline, the original publisher's credit box with its logo link, the author, time and "min read", the
 * share buttons and comment count, ad labels, the "Story continues" button with the rest of the text after it, the closing
 * "This article originally appeared on ..." credit, "View comments", the "Trending now" and "Top stories" rails and the footer).
 */
const yhTitle = 'Farmers race to harvest as earliest hard frost in three decades heads for the valley';
const yhPaper = 'The Harlan Valley Courier';
const yh1 = [
  'Farmers across the Harlan Valley were working through the night on Monday to bring in the last of their pumpkins, squash and late ' +
    'apples as forecasters warned of the earliest hard frost in more than 30 years.',
  'The National Weather Service office in Bellmont issued a freeze warning for the valley from 10 p.m. Tuesday through 9 a.m. Wednesday, ' +
    'with temperatures expected to fall as low as 22 degrees in open fields.',
  '“We usually have until the middle of the month,” said Ruth Anders, who grows vegetables on 40 acres outside Mill Creek. “We’ve got ' +
    'crews picking by headlamp. Anything still in the field on Wednesday morning is probably lost.”',
  'A hard freeze — several hours below 28 degrees — damages most tender crops beyond saving. Pumpkins can split, squash turns soft, and ' +
    'apples left on the tree can brown from the inside.',
];
const yh2 = [
  'Orchards in the northern part of the valley are most at risk because cold air settles there overnight, said county agricultural ' +
    'extension agent Victor Lamb.',
  'Some growers were renting wind machines, large fans on towers that pull warmer air down from above, while others planned to run ' +
    'sprinklers over the trees, a technique that protects fruit by coating it in a thin layer of ice as the water freezes.',
  '“It sounds backward, but the ice holds the fruit right around 32 degrees,” Lamb said. “The trick is to keep the water running until ' +
    'the sun has melted everything.”',
  'The early cold also worries the valley’s pick-your-own farms, which do much of their business on the last weekends of October and the ' +
    'first weeks of November.',
  'At Hollister Family Farm, owner Dale Hollister said staff had moved about 3,000 pumpkins into barns and under tarps so visitors would ' +
    'still have something to choose from this weekend.',
  '“People will still come,” he said. “They might just have to pick their pumpkin off a hay wagon instead of out of the vines.”',
  'Temperatures are expected to recover to the mid-50s by Friday, the weather service said.',
];
const yhCredit = `This article originally appeared on ${yhPaper}: ${yhTitle}`;
const yhTop = ['Mail', 'News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Shopping'];
const yhNav = ['US', 'Politics', 'World', 'Health', 'Science', 'Weather', 'Climate change', 'Originals'];
const yhTrending = ['Daylight saving time', 'Powerball jackpot', 'Winter storm warning', 'Thanksgiving travel', 'Flu vaccine'];
const yhTop2 = [
  'Snow closes mountain passes as first winter storm sweeps the West',
  'Grocery prices: Why eggs are cheaper and coffee isn’t',
  'A small-town library’s seed program has a waiting list of 600',
];
const yhFoot = ['Terms and Privacy Policy', 'Your Privacy Choices', 'CA Privacy Notice', 'About Our Ads', 'Help', 'Sitemap', 'Feedback'];
const yp = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const yhAd = (n: number): string => `<div class="caas-da" id="sda-INBODY-${n}"><div class="sda-label">Advertisement</div>
<div id="defaultINARTICLE-${n}" class="sda-slot"></div></div>`;
const yhHtml = `<!DOCTYPE html>
<html id="atomic" lang="en-US" class="ltr desktop Desktop"><head><meta charset="utf-8"><title>${yhTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Farmers across the Harlan Valley were working
through the night."><meta property="og:site_name" content="Yahoo News"><meta property="og:type" content="article">
<meta name="oath:guce:consent-host" content="guce.yahoo.com">
<link rel="canonical" href="https://www.harlanvalleycourier.com/story/news/2025/11/03/early-frost/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${yhTitle}","datePublished":"2025-11-03T19:22:14.000Z",
"author":{"@type":"Person","name":"Mara Quinlan"},"provider":{"@type":"Organization","name":"${yhPaper}"},"publisher":{"@type":"Organization",
"name":"Yahoo News"}}</script>
<script>window.YAHOO = window.YAHOO || {}; YAHOO.context = {"site":"news","lang":"en-US","region":"US","pageType":"article","contentType":"story"};</script>
<link rel="stylesheet" href="https://s.yimg.com/aaq/caas-web/css/caas.2fa8b1.css"></head>
<body class="my3columns l-out Pos-r https fp fp-v2 fp-default mini-uh-on caas-body-wrapper">
<div id="ybar" role="banner"><div class="_yb_logo"><a href="https://news.yahoo.com/" aria-label="Yahoo News">Yahoo News</a></div>
<form role="search" class="_yb_search"><input type="text" placeholder="Search the web" aria-label="Search query"><button type="submit">Search</button></form>
<div class="_yb_profile"><a href="https://login.yahoo.com/" class="_yb_signin">Sign in</a></div>
<ul class="_yb_top_nav">${links(yhTop, '_yb_nav_item')}</ul></div>
<nav id="news-nav" aria-label="News"><ul>${links(yhNav, 'nav-item')}</ul></nav>
<main id="Main" role="main"><div id="module-article" class="caas-container"><article class="caas-article" role="article">
<header class="caas-header"><div class="caas-title-wrapper"><h1 id="caas-art-6f1a2b9e" data-test-locator="headline">${yhTitle}</h1></div></header>
<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-logo"><a href="https://www.harlanvalleycourier.com/" class="link caas-attr-provider-logo"
rel="nofollow noopener" target="_blank"><img alt="${yhPaper}" src="https://s.yimg.com/cv/apiv2/default/harlan-valley-courier-logo.png"></a>
<span class="caas-attr-provider">${yhPaper}</span></div>
<div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Mara Quinlan</span></div>
<div class="caas-attr-time-style"><time datetime="2025-11-03T19:22:14.000Z">Mon, November 3, 2025 at 2:22 PM EST</time>
<span class="caas-attr-mins-read"><span class="caas-attr-sep">·</span>3 min read</span></div></div>
<div class="caas-share-buttons"><ul><li><a href="#" class="caas-share-button caas-share-facebook" aria-label="Share on Facebook"></a></li>
<li><a href="#" class="caas-share-button caas-share-email" aria-label="Share via Email"></a></li></ul>
<a href="#comments" class="caas-comments-count"><span>412</span></a></div></div>
<div class="caas-body">
${yp(yh1.slice(0, 2))}
${yhAd(1)}
${yp(yh1.slice(2))}
<div class="caas-readmore caas-readmore-collapse"><button type="button" class="link rapid-noclick-resp caas-button collapse-button"
aria-label="Story continues">Story continues</button></div>
${yp(yh2.slice(0, 3))}
${yhAd(2)}
${yp(yh2.slice(3))}
<p>This article originally appeared on ${yhPaper}: <a href="https://www.harlanvalleycourier.com/story/news/2025/11/03/early-frost/">${yhTitle}</a></p>
</div>
<div class="caas-comments-button"><button type="button" id="comments">View comments</button></div>
</article></div>
<aside id="right-rail"><section class="trending-list"><h2>Trending now</h2><ol>${links(yhTrending)}</ol></section>
<section class="top-stories"><h2>Top stories</h2><ul>${links(yhTop2)}</ul></section>${yhAd(3)}</aside></main>
<footer id="footer" role="contentinfo"><ul>${links(yhFoot)}</ul><p>© 2025 Yahoo. All rights reserved.</p></footer>
<script src="https://s.yimg.com/aaq/caas-web/js/caas.2fa8b1.js" defer></script></body></html>`;
export const yahooStory: TestPage = {
  html: yhHtml,
  name: 'heldout78-yahoo-news-news',
  kind: 'news',
  // every paragraph before and after the "Story continues" button is body; the author, the time and "3 min read" are bylines; the
  // original publisher's credit box (logo and name), the closing "This article originally appeared on ..." credit, the share
  // buttons, comment count, ad labels, the "Story continues" and "View comments" buttons, the rails and the footer are furniture
  title: yhTitle,
  headings: [],
  body: [...yh1, ...yh2],
  bylines: ['Mara Quinlan', 'Mon, November 3, 2025 at 2:22 PM EST', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Yahoo News', 'Search', 'Sign in', ...yhTop, ...yhNav, yhPaper, '412', 'Advertisement', 'Story continues', yhCredit, 'View comments',
    'Trending now', ...yhTrending, 'Top stories', ...yhTop2, ...yhFoot, '© 2025 Yahoo. All rights reserved.',
  ],
};
