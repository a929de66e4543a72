import { links, type TestPage, texts } from './page-kit.js';
import { zooplaGuide } from './pages-heldout209-b2.js';

/**
 * Held-out batch 209, file b: a Realtor.com news article (the Next.js page with the main header and "News & Insights"
 * sub-nav, the category label, the byline with avatar, date and read time, the hero image with caption and credit, the
 * share buttons, an inline ad slot and a "Related" card inside the article body, the author bio, the newsletter box,
 * "More from Realtor.com" cards and the footer with its fair housing line) and, from file b2, a Zoopla area guide.
 */
const rcTitle = 'Buyers Are Getting More Concessions From Sellers Than at Any Time Since 2019';
const rcDek = 'As listings pile up in the South and West, sellers are paying for rate buydowns, repairs and closing costs to get deals done.';
const rcP1 = [
  'Home buyers who have stuck it out through two years of high mortgage rates are finally getting something back. More than ' +
    'two in five sales that closed in September included a concession from the seller, according to a new analysis of closing ' +
    'data by the Brightwater Housing Institute, the highest share in the six years the group has tracked it.',
  'The most common concession was a contribution toward closing costs, followed by money set aside to buy down the buyer’s ' +
    'mortgage rate and credits for repairs found during the inspection. The median concession was $8,400, or about 2% of the sale price.',
  '“We’ve moved from a market where buyers were writing love letters to one where sellers are writing checks,” said Dana ' +
    'Whitcombe, chief economist at Brightwater. “That’s not a crash. It’s a market finding its feet again.”',
];
const rcH1 = 'Where concessions are most common';
const rcP2 = [
  'The shift is sharpest in metros where new construction has pushed inventory above pre-pandemic levels. In the markets the ' +
    'institute tracked, the highest shares of sales with concessions were:',
];
const rcList = [
  'San Marcos, TX: 61% of sales',
  'Lakeland, FL: 58% of sales',
  'Boise, ID: 54% of sales',
  'Colorado Springs, CO: 52% of sales',
  'Tucson, AZ: 49% of sales',
];
const rcP3 = [
  'Builders have been the biggest drivers. Many large developers now advertise rate buydowns as a standard incentive, and resale ' +
    'sellers competing with new homes down the road are under pressure to match them.',
  'By contrast, fewer than one in five sales in tight Northeastern and Midwestern markets such as Hartford, CT, and Madison, WI, ' +
    'came with a concession, largely because the supply of homes for sale there is still well below 2019 levels.',
];
const rcH2 = 'What buyers should ask for';
const rcP4 = [
  'Real estate agents say the key is to ask for a concession that changes the monthly payment, not just the price. A permanent ' +
    'buydown of half a percentage point on a $400,000 loan can save a buyer about $130 a month, often more than a similar price cut would.',
  '“A lot of buyers still go straight to the price,” said Marisol Ortega, a broker in Lakeland. “But a seller who won’t budge on ' +
    'the list price will often agree to cover two or three points of closing costs, because it doesn’t show up in the comps.”',
  'Lenders cap how much a seller can contribute, usually between 3% and 9% of the price depending on the loan type and the size ' +
    'of the down payment, so buyers should check the limit with their lender before making an offer.',
];
const rcH3 = 'Will it last?';
const rcP5 = [
  'Whitcombe expects concessions to stay common into the spring, though she cautioned that a sharp drop in mortgage rates could ' +
    'bring buyers back quickly and tilt negotiating power toward sellers again. For now, she said, “the buyer who shows up with a ' +
    'preapproval and some patience is in a better spot than at any time in the last five years.”',
];
const rcNav = ['Buy', 'Rent', 'Sell', 'Mortgage', 'Find an agent', 'My Home', 'News & Insights', 'Log in', 'Sign up'];
const rcSub = ['Market Trends', 'Celebrity Real Estate', 'Unique Homes', 'Home Improvement', 'Advice'];
const rcShare = ['Share on Facebook', 'Share on X', 'Share via email', 'Copy link'];
const rcCaption = 'Sellers in markets with rising inventory are increasingly covering buyers’ closing costs.';
const rcCredit = '(Getty Images)';
const rcRelated = ['Related', 'Mortgage Rates Dip for a Third Straight Week as Inflation Cools'];
const rcBio =
  'Priya Venkataraman is a senior writer at Realtor.com covering housing markets, mortgages and the economy. She previously reported for ' +
  'the Gulf Coast Ledger.';
const rcNews = [
  'Sign up for our newsletter',
  'Get the latest real estate news and advice delivered to your inbox.',
  'Email address',
  'Subscribe',
  'By subscribing, you agree to our Terms of Use and Privacy Policy.',
];
const rcMore = [
  'More from Realtor.com',
  'The 10 Hottest Housing Markets for Winter Buyers',
  'Is Now the Time To Refinance? Here’s What Experts Say',
  'A Castle in Ohio Is Back on the Market for $3.2 Million',
];
const rcFoot = ['About us', 'Careers', 'Feedback', 'Media room', 'Ad Choice', 'Advertise with us', 'Agent support', 'Privacy', 'Terms', 'Sitemap'];
const rcFair = 'Realtor.com® is committed to fair housing. View our fair housing statement.';
const rcAd = 'Advertisement';
const rcP = (a: readonly string[]): string => a.map((t) => `<p class="sc-1c0e4c1-0 BodyText">${t}</p>`).join('\n');
const rcH = (t: string): string => `<h2 class="sc-1c0e4c1-1 ArticleHeading" id="${t.toLowerCase().replace(/\W+/g, '-')}">${t}</h2>`;
const rcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rcTitle} | Realtor.com®</title><meta name="viewport" content="width=device-width">
<meta name="description" content="${rcDek}"><meta property="og:type" content="article"><meta property="og:title" content="${rcTitle}">
<meta property="article:published_time" content="2025-10-21T10:00:00Z"><meta property="article:section" content="Market Trends">
<link rel="canonical" href="https://www.realtor.com/news/trends/seller-concessions-highest-since-2019/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rcTitle}",
"author":[{"@type":"Person","name":"Priya Venkataraman"}],"datePublished":"2025-10-21T10:00:00Z","publisher":{"@type":"Organization",
"name":"Realtor.com"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="__next"><header class="sc-header Header_header" data-testid="header"><a href="/" aria-label="Realtor.com home" class="logo"></a>
<nav aria-label="Main navigation"><ul>${links(rcNav, 'nav-item')}</ul></nav>
<nav class="sub-nav" aria-label="News navigation"><ul>${links(rcSub, 'sub-nav-item')}</ul></nav></header>
<main id="main-content"><article class="sc-article ArticleLayout"><div class="ArticleHeader">
<a class="Eyebrow" href="/news/trends/">Market Trends</a><h1 class="ArticleTitle">${rcTitle}</h1><p class="ArticleDek">${rcDek}</p>
<div class="Byline" data-testid="byline"><img class="avatar" alt="" src="https://www.realtor.example/news/avatar.jpg">
<div><span class="byline-author">By <a href="/news/author/priya-venkataraman/">Priya Venkataraman</a></span>
<time class="byline-date" datetime="2025-10-21T10:00:00Z">Oct 21, 2025</time><span class="byline-read">6 min read</span></div></div>
<div class="ShareBar">${rcShare.map((t) => `<button class="share-button" aria-label="${t}"><span class="sr-only">${t}</span></button>`).join('')}</div></div>
<figure class="HeroImage"><img src="https://www.realtor.example/news/wp-content/uploads/concessions.jpg" alt="">
<figcaption><span class="caption">${rcCaption}</span> <span class="credit">${rcCredit}</span></figcaption></figure>
<div class="ArticleBody" data-testid="article-body">
${rcP(rcP1)}
<div class="ad-slot" id="ad-article-1"><span class="ad-label">${rcAd}</span><div id="div-gpt-ad-inline-1"></div></div>
${rcH(rcH1)}
${rcP(rcP2)}
<ul class="BodyList">${rcList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rcP(rcP3)}
<aside class="RelatedCard"><span class="related-label">${rcRelated[0]}</span><a href="/news/trends/mortgage-rates-dip/">${rcRelated[1]}</a></aside>
${rcH(rcH2)}
${rcP(rcP4)}
<div class="ad-slot" id="ad-article-2"><span class="ad-label">${rcAd}</span><div id="div-gpt-ad-inline-2"></div></div>
${rcH(rcH3)}
${rcP(rcP5)}
</div>
<div class="AuthorBio"><img alt="" src="https://www.realtor.example/news/avatar.jpg"><p>${rcBio}</p></div></article>
<section class="NewsletterSignup"><h2>${rcNews[0]}</h2><p>${rcNews[1]}</p><label for="nl-email">${rcNews[2]}</label>
<input id="nl-email" type="email"><button type="submit">${rcNews[3]}</button><p class="legal">${rcNews[4]}</p></section>
<section class="MoreFrom"><h2>${rcMore[0]}</h2><ul>${links(rcMore.slice(1), 'card')}</ul></section></main>
<footer class="Footer"><ul>${links(rcFoot)}</ul><p>${rcFair}</p><p>© 1995-2025 National Association of REALTORS® and Move, Inc. All rights reserved.</p>
</footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":88421,"slug":"seller-concessions-highest-since-2019"}}},
"page":"/news/[...slug]","buildId":"k3Zq0"}</script></body></html>`;

const realtorNews: TestPage = {
  html: rcHtml,
  name: 'heldout209-realtor-com-news',
  kind: 'news',
  // the dek is body; the category eyebrow, share buttons, caption and credit, ad labels, the inline "Related" card, the
  // author bio, newsletter, "More from" cards and footer are furniture; "By ...", the date and the read time are bylines
  title: rcTitle,
  headings: [rcH1, rcH2, rcH3],
  body: [rcDek, ...texts(rcP1), ...rcP2, ...rcList, ...rcP3, ...rcP4, ...rcP5],
  bylines: ['By Priya Venkataraman', 'Oct 21, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rcNav, ...rcSub, ...rcShare, rcCaption, rcCredit, rcAd, ...rcRelated, rcBio, ...rcNews, ...rcMore, ...rcFoot, rcFair,
    '© 1995-2025 National Association of REALTORS® and Move, Inc. All rights reserved.',
  ],
};

export const HELDOUT209_B: readonly TestPage[] = [realtorNews, zooplaGuide];
