import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 114, file e2: a wire story syndicated on a web portal's news site (Yahoo News shape, caas- classes)
 * whose body opens with "This article originally appeared in ..." and the partner's logo line, then the story (portal
 * header with search, mail and sign-in, the provider logo and name, byline and reading time, the share menu, the
 * "Advertisement" slots, "Story continues" divider, the "Up next" and "Trending now" rails, the consent link and footer).
 */
const title = 'Drought pushes hay prices to a 10-year high as ranchers sell off herds';
const origin = 'This article originally appeared in the High Desert Ledger.';
const paras = [
  'Hay prices across the northern Great Basin have climbed to their highest level in a decade, and ranchers who cannot afford ' +
    'to feed their cattle through the winter are selling animals at auction in numbers not seen since 2015.',
  'A ton of good-quality alfalfa sold for an average of $312 at regional auctions in October, up from $205 a year earlier, ' +
    'according to figures compiled by the state agriculture department.',
  'At the Sagebrush Livestock Auction in Ely Springs, manager Curtis Vandermeer said weekly sales have doubled since August. ' +
    '“We are seeing young cows come through that should be the backbone of somebody’s herd for the next eight years,” he said.',
  'Rancher Lorna Etcheverry said she sold 90 of her 240 cows last month. “I did the math on buying hay until April and it did ' +
    'not work,” she said. “You sell the ones you have to and hope you can build back.”',
  'The region has had below-average rainfall for three straight years, and this summer’s heat cut hay yields on irrigated ' +
    'fields by as much as 40 percent, university extension researchers said.',
  'Federal disaster aid is available to ranchers in 11 counties, but several said the payments arrive months after they need ' +
    'the money. A bill in Congress would speed up the program, but it has not had a hearing.',
  'Extension agent Mariela Quintana said herd sell-offs can have long-term effects, because replacing breeding cows is costly ' +
    'and slow. “When it rains again, the grass comes back in a season,” she said. “The herds take years.”',
  'Some ranchers are trying to hold on by leasing pasture in neighboring states, where rain was closer to normal ' +
    'this year. That means trucking cattle hundreds of miles, and the cost of diesel has eaten into any savings.',
  'Vandermeer said he expects sales to stay high through the winter. “Nobody wants to sell,” he said. “But nobody can feed cows on hope.”',
];
const top = ['Mail', 'News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Search', 'Sign in'];
const upNext = ['Wildfire season ends early in the Sierra after wet October', 'Egg prices fall for the third straight month'];
const trending = ['Powerball jackpot climbs to $640 million', 'Airline changes carry-on rules for basic fares', 'Weekend storm to bring snow to Rockies'];
const foot = ['Terms and Privacy Policy', 'Your Privacy Choices', 'CA Privacy Notice', 'About Our Ads', 'Help', 'Feedback'];
const html = `<!DOCTYPE html>
<html id="atomic" lang="en-US" class="atomic"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}">
<meta name="oath:guce:consent-host" content="guce.portal.example">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-09T13:05:41.000Z",
"author":{"@type":"Person","name":"Ben Saldana"},"provider":{"@type":"Organization","name":"High Desert Ledger"}}</script>
<script>window.YAHOO=window.YAHOO||{};YAHOO.context={"site":"news","lang":"en-US","region":"US"};</script></head>
<body><div id="ybar"><a class="_yb_logo" href="/">Portal News</a><nav>${top.map((t) => `<a class="_yb_link" href="#">${t}</a>`).join('')}</nav></div>
<main id="render-target-default"><div class="caas-container"><article class="caas-content-wrapper" role="article">
<header class="caas-header"><div class="caas-logo"><a class="link caas-attr-provider" href="#">
<span class="caas-attr-provider-name">High Desert Ledger</span></a></div>
<div class="caas-title-wrapper"><h1 id="caas-title">${title}</h1></div></header>
<div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Ben Saldana</span></div>
<div class="caas-attr-time-style"><time datetime="2025-11-09T13:05:41.000Z">Sun, November 9, 2025 at 1:05 PM UTC</time>
<span class="caas-attr-mins">· 3 min read</span></div>
<div class="caas-share-buttons"><button class="caas-share-trigger">Share</button><ul class="caas-share-menu" hidden><li>Facebook</li>
<li>Copy link</li></ul></div></div>
<div class="caas-body">
<p><em>${origin}</em></p>
${ps(paras.slice(0, 3))}
<div class="caas-da"><div class="ad-label">Advertisement</div></div>
<div class="caas-readmore"><button class="link caas-button collapse-button">Story continues</button></div>
${ps(paras.slice(3))}
</div></article>
<div class="caas-up-next"><h3>Up next</h3><ul>${links(upNext)}</ul></div></div>
<aside id="module-trending"><h3 class="trending-title">Trending now</h3><ol>${links(trending)}</ol></aside></main>
<footer class="footer"><ul>${links(foot)}</ul><p>© 2025 Portal Media. All rights reserved.</p></footer></body></html>`;
export const yahooPage: TestPage = {
  name: 'heldout114-portal-syndicated-wire-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['Ben Saldana', 'Sun, November 9, 2025 at 1:05 PM UTC', '· 3 min read'],
  furniture: [
    origin,
    'Portal News',
    ...top,
    'High Desert Ledger',
    'Share',
    'Facebook',
    'Copy link',
    'Advertisement',
    'Story continues',
    'Up next',
    ...upNext,
    'Trending now',
    ...trending,
    ...foot,
    '© 2025 Portal Media. All rights reserved.',
  ],
};
