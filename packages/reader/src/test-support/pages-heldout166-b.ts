import { links, ps, type TestPage, texts } from './page-kit.js';
import { fortune } from './pages-heldout166-b2.js';

/**
 * Held-out batch 166, file b: a Quartz article (the styled-components header with its section nav and "Newsletters", the
 * category kicker, byline and published date, the "In This Story" ticker box at the top of the article, the hero caption
 * with its "Photo:" credit, the "Related Content" video promo inside the text, advertisement slots, the share buttons, the
 * "More from Quartz" rail, the Daily Brief sign-up and the footer) and, from file b2, a Fortune article.
 */
const qzTitle = 'Cocoa prices have fallen by a third. Chocolate is still getting more expensive';
const qzP1 = [
  'Cocoa futures have dropped roughly 33% since their peak last spring, but shoppers should not expect cheaper chocolate bars ' + 'any time soon.',
  'Halvard Confections, the maker of Nordberry and Tully’s Buttons, told investors on Monday that it would raise prices on ' +
    'most of its North American range by another 6% to 8% from April. The company said it had locked in cocoa purchases at ' +
    'higher prices through the end of the year, and that sugar, packaging and wages were all still climbing.',
  '“The futures price you see on the screen is not the price we are paying today,” chief financial officer Margit Solberg ' +
    'said on the company’s earnings call. “We buy 12 to 18 months ahead. The relief will come, but it will come in 2027.”',
  'Halvard’s shares fell 4.1% in New York trading after the company also cut its forecast for sales volumes, saying ' +
    'consumers had started to trade down to smaller packs and store brands.',
];
const qzH1 = 'Shrinkflation’s second act';
const qzP2 = [
  'Chocolate makers spent much of the last two years shrinking bars rather than raising their sticker prices. Analysts at ' +
    'Brenner Cole estimate that the average multipack bar sold in US supermarkets is 9% lighter than it was in 2023.',
  'That strategy appears to be running out of road. “You can only take so many squares out of a bar before people notice,” ' +
    'said Lucía Ferraro, a consumer analyst at the firm. “Now the companies are going back to straightforward price increases, ' +
    'and the shopper is pushing back by buying less.”',
  'Halvard said volumes in its confectionery division fell 5% in the three months to February, while revenue rose 3% on ' +
    'the back of higher prices. Rival Crestmoor Foods reported a similar pattern last week.',
  'Cocoa growers, meanwhile, are still recovering from two poor harvests in West Africa. The International Cocoa Council ' +
    'expects a small surplus this season, the first in four years, which is what has pushed futures lower.',
  'For now, the cheaper beans are a story for the trading floor. On the supermarket shelf, Easter eggs will cost more than ' + 'they did last year.',
];
const qzNav = ['Latest', 'Markets', 'Tech & Innovation', 'Economics', 'Leadership', 'Lifestyle'];
const qzTickers = ['Halvard Confections', 'HALV', '-4.10%', 'Crestmoor Foods', 'CRSM', '-1.25%'];
const qzRelated = ['Related Content', 'Why your grocery bill is still rising even as inflation cools'];
const qzMore = [
  'Coffee prices just hit a new record. Here’s who is paying',
  'Walmart says shoppers are buying smaller packs of everything',
  'The snack makers betting on weight-loss drug users',
];
const qzBrief = [
  'Sign up for the Quartz Daily Brief',
  'Our free, fast, and fun briefing on the global economy, delivered every weekday morning.',
  'Your email',
  'Sign up',
  'By providing your email, you agree to the Quartz Privacy Policy.',
] as const;
const qzFoot = ['About Quartz', 'Contact', 'Careers', 'Privacy Policy', 'Terms of Service', 'Do not sell my personal information'];
const sc = (n: string): string => `sc-${n}-0`;
const qzHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cocoa prices have fallen by a third. Chocolate is still getting more expensive</title>
<meta name="description" content="${qzP1[0]}"><meta property="og:site_name" content="Quartz"><meta property="og:type" content="article">
<meta property="og:title" content="${qzTitle}"><meta name="author" content="Nadia Osei">
<link rel="canonical" href="https://qz.com/cocoa-prices-chocolate-halvard-1851779900">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qzTitle}","datePublished":"2026-03-03T10:31:00-05:00",
"author":[{"@type":"Person","name":"Nadia Osei"}],"publisher":{"@type":"Organization","name":"Quartz"}}</script>
<style data-styled="active" data-styled-version="5.3.11">.sc-1efpnfq-0{display:flex}.sc-xs32fe-0{max-width:636px}</style>
<script>window.__kinja = {"meta":{"blogId":1636027099,"postId":1851779900}};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="__next"><header class="${sc('1efpnfq')} site-header"><a href="https://qz.com" aria-label="Quartz homepage" class="${sc('18wjx8x')}">
<svg aria-hidden="true"></svg></a><nav class="${sc('1l3bfkz')}" aria-label="Sections"><ul>${links(qzNav, sc('1c2iqjr'))}</ul></nav>
<a class="${sc('n4zqla')} newsletter-button" href="https://qz.com/newsletter">Newsletters</a>
<button class="${sc('18cpxon')}" aria-label="Search"><svg aria-hidden="true"></svg></button></header>
<div class="ad-container ad-container--leaderboard"><div class="ad-label">Advertisement</div><div id="leftTop" data-ad-unit="leaderboard"></div></div>
<main class="${sc('11qwj9y')}"><article class="${sc('1ssbkrn')} js_post_1851779900">
<header class="${sc('1ct9q7u')}"><a class="${sc('1ofr6uf')} category-link" href="https://qz.com/markets">Markets</a>
<h1 class="${sc('1efpnfq')} headline">${qzTitle}</h1>
<div class="${sc('1jc3ei9')} byline-wrapper"><div class="${sc('17uq8ex')}">By <a href="https://qz.com/author/nadiaosei" data-ga="author">Nadia Osei</a></div>
<time class="${sc('1b1hk9a')}" datetime="2026-03-03T10:31:00-05:00">Published March 3, 2026</time></div></header>
<aside class="${sc('tickers')} in-this-story"><h2 class="${sc('istitle')}">In This Story</h2><ul>
<li><a href="https://qz.com/quote/HALV"><span>${qzTickers[0]}</span><span>${qzTickers[1]}</span><span class="down">${qzTickers[2]}</span></a></li>
<li><a href="https://qz.com/quote/CRSM"><span>${qzTickers[3]}</span><span>${qzTickers[4]}</span><span class="down">${qzTickers[5]}</span></a></li></ul></aside>
<figure class="${sc('1eow4w5')} featured-media"><img src="https://i.kinja-img.example/image/upload/c_fill,w_1600/chocolate.jpg" alt="Chocolate bars">
<figcaption class="${sc('1x8gfmq')}">Chocolate bars on sale at a supermarket in New Jersey.
<span class="credit">Photo: Kendra Vail (Getty Images)</span></figcaption>
</figure><div class="${sc('xs32fe')} js_post-content">
${ps(qzP1, ` class="${sc('77igqf')}"`)}
<div class="${sc('1q8m5ye')} related-module" data-module="related-video"><div class="${sc('1m9ux0y')}">${qzRelated[0]}</div>
<a href="https://qz.com/video/grocery-bill-inflation"><span>${qzRelated[1]}</span></a></div>
<h2 class="${sc('1f8w5bm')}">${qzH1}</h2>
${ps(qzP2.slice(0, 2), ` class="${sc('77igqf')}"`)}
<div class="ad-container ad-container--inline"><div class="ad-label">Advertisement</div><div id="inlineAd-1" data-ad-unit="mobile_inline"></div></div>
${ps(qzP2.slice(2), ` class="${sc('77igqf')}"`)}
</div><div class="${sc('share')} share-tools"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share on LinkedIn">LinkedIn</button><button aria-label="Copy link">Copy link</button></div></article>
<aside class="${sc('more')} more-from"><h2>More from Quartz</h2><ul>${links(qzMore)}</ul></aside></main>
<section class="${sc('brief')} newsletter-signup"><h2>${qzBrief[0]}</h2><p>${qzBrief[1]}</p><form><input type="email" placeholder="${qzBrief[2]}"
aria-label="${qzBrief[2]}"><button type="submit">${qzBrief[3]}</button></form><p class="fine-print">${qzBrief[4]}</p></section>
<footer class="${sc('footer')}"><ul>${links(qzFoot)}</ul><p>© 2026 Quartz Media, Inc. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":1851779900}},"page":"/[...slug]"}</script></body></html>`;
const quartz: TestPage = {
  html: qzHtml,
  name: 'heldout166-quartz-news',
  kind: 'news',
  // the "In This Story" ticker box (its title, names, symbols and moves), the "Related Content" promo inside the text, the
  // caption and photo credit, ad labels, share buttons, "More from Quartz", the Daily Brief form and footer are furniture
  title: qzTitle,
  headings: [qzH1],
  body: texts([...qzP1, ...qzP2]),
  bylines: ['By Nadia Osei', 'Published March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qzNav, 'Newsletters', 'Advertisement', 'In This Story', ...qzTickers, 'Chocolate bars on sale at a supermarket in New Jersey.',
    'Photo: Kendra Vail (Getty Images)', ...qzRelated, 'Facebook', 'X', 'LinkedIn', 'Copy link', 'More from Quartz', ...qzMore, qzBrief[0], qzBrief[1],
    qzBrief[3], qzBrief[4], ...qzFoot, '© 2026 Quartz Media, Inc. All rights reserved.',
  ],
};

export const HELDOUT166_B: readonly TestPage[] = [quartz, fortune];
