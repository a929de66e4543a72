import { links, ps, type TestPage, texts } from './page-kit.js';
import { marketWatch } from './pages-heldout166-c2.js';

/**
 * Held-out batch 166, file c: a Barron's article (the Dow Jones header with "Subscribe" and "Sign In", the section nav, the
 * flashline, the dek, byline, updated and original times, the "Share / Resize / Listen / Print" tools, the "Advertisement -
 * Scroll to Continue" slots between paragraphs, the "Write to" line, the comments box, "Sponsored Offers", "Most Popular"
 * and the footer) and, from file c2, a MarketWatch story.
 */
const bTitle = 'Drone Makers Are Suddenly Wall Street’s Favorite Defense Stocks. Why One Is Still a Buy.';
const bDek = ['Shares of Corvane Aerial have tripled in a year. The company’s backlog says the rally has further to run.'];
const bP1 = [
  'Defense investors spent decades favoring the biggest names: the builders of fighter jets, submarines, and missile systems. ' +
    'In the past year, the market has discovered the small stuff.',
  'Corvane Aerial (ticker: CRVN), which makes reconnaissance drones that fit in a backpack, has seen its stock climb 210% over ' +
    'the past 12 months. Rival Stellhorn Systems (SHRN) is up 140%. Both now trade at richer multiples than any of the traditional ' +
    'prime contractors.',
  'Valuations like that usually signal the end of a rally. In Corvane’s case, we think the numbers can still catch up to the price.',
];
const bH1 = 'A Backlog That Keeps Growing';
const bP2 = [
  'Corvane reported a backlog of $2.7 billion at the end of its fiscal year in January, up from $1.1 billion a year earlier. ' +
    'That is more than three times its annual revenue, and about 60% of it comes from multiyear contracts with the U.S. Army ' +
    'and two European militaries.',
  '“This is not a one-off surge,” says Priyanka Deshmukh, an analyst at Harlow Brothers who rates the stock Outperform with a ' +
    '$96 price target, 28% above Friday’s close. “Armies have decided that small drones are a standard piece of kit, like radios. ' +
    'They will be bought every year.”',
  'The company also makes more money on each unit than its rivals. Gross margins reached 41% last quarter, thanks in part to a ' +
    'new factory in Tucson, Ariz., that builds airframes in-house rather than buying them from suppliers.',
];
const bH2 = 'The Risks';
const bP3 = [
  'There are real risks. Congress has yet to pass next year’s defense budget, and any delay would slow new orders. Corvane also ' +
    'depends on a single supplier in South Korea for its thermal cameras.',
  'At 38 times next year’s expected earnings, the stock leaves little room for a missed quarter. But for investors willing to ' +
    'ride out volatility, Corvane looks like the clearest way to own a trend that is only beginning.',
];
const bNav = ['Latest', 'Markets', 'Investing Ideas', 'Economy', 'Tech', 'Retirement', 'Advisor', 'Magazine', 'Data'];
const bTools = ['Share', 'Resize', 'Listen (4 min)', 'Print'];
const bAd = 'Advertisement - Scroll to Continue';
const bComments = ['Comments', 'Be the first to comment on this article.', 'Sign in to comment'];
const bOffers = ['Sponsored Offers', 'TurboTax: Save up to $15 with TurboTax coupon 2026', 'H&R Block: Save 20% on tax software'];
const bPopular = [
  'The Stock Market Is Flashing a Warning. Here’s What to Watch.',
  'Nvidia Earnings Are Coming. Options Traders Expect a Big Move.',
  'Social Security Checks Are Getting Bigger. Why Retirees Should Still Worry.',
];
const bFoot = ['Customer Center', 'Contact Us', 'Privacy Notice', 'Cookie Notice', 'Terms of Use', 'Your Ad Choices'];
const adSlot = (n: number): string =>
  `<div class="css-1r9vy4x-AdWrapper" data-testid="ad-container-${n}"><p class="css-1xd6hqt-AdLabel">${bAd}</p>` +
  `<div id="wrapper-AD_MIDDLE_${n}" class="adWrapper" data-ad-slot="MIDDLE_${n}"></div></div>`;
const bHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Drone Makers Are Wall Street’s Favorite Defense Stocks. Why Corvane Is Still a Buy. | Barron's</title>
<meta name="description" content="${bDek[0]}"><meta name="article.type" content="Feature"><meta name="page.section" content="Stock Picks">
<meta property="og:title" content="${bTitle}"><meta name="author" content="Elliot Marchetti"><meta name="article.published" content="2026-03-03T14:15:00.000Z">
<link rel="canonical" href="https://www.barrons.com/articles/drone-stocks-corvane-aerial-buy-8a1f2c4e">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bTitle}","isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"},"author":[{"@type":"Person","name":"Elliot Marchetti"}]}</script>
<script>window.utag_data = {"page_content_type":"Article","page_section":"Stock Picks","article_id":"8a1f2c4e"};</script>
<script src="https://www.barrons.com/asset/barrons/article/static/js/main.5c2b.js" defer></script></head>
<body><div id="root"><header class="css-6kq1n5-HeaderWrapper" data-testid="header"><a class="css-1a8pgbm-Logo" href="https://www.barrons.com">
<span class="sr-only">Barron's</span></a><div class="css-k008qs-UserNav"><a href="https://www.barrons.com/subscribe">Subscribe</a>
<a href="https://sso.barrons.com/login">Sign In</a></div><nav class="css-1b2xlvh-SectionNav" aria-label="Sections"><ul>${links(bNav)}</ul></nav></header>
<main id="main"><article class="css-1cfnwu6-ArticleContainer"><div data-module-zone="article_header" class="css-1ey4e2f-ArticleHeader">
<div class="css-jdh9kc-Flashline"><a href="https://www.barrons.com/topics/stock-picks">Stock Picks</a></div>
<h1 class="css-1xc6a9v-StyledHeadline">${bTitle}</h1><h2 class="css-1vb9ysj-Dek">${bDek[0]}</h2>
<div class="css-1lcn7c1-Byline"><span>By </span><a href="https://www.barrons.com/authors/elliot-marchetti">Elliot Marchetti</a></div>
<div class="css-5uyjsn-TimestampWrapper"><time class="css-a8mttu-Timestamp">Updated March 3, 2026, 4:42 pm EST</time>
<span class="css-1ucp3su-Separator"> / </span><time class="css-a8mttu-Timestamp">Originally published March 3, 2026, 9:15 am EST</time></div>
<div class="css-1hcixl6-ArticleTools" role="toolbar">${bTools.map((t) => `<button class="css-1wbgq8-ToolButton">${t}</button>`).join('')}</div></div>
<figure class="css-1g8s3ft-MediaFigure"><img src="https://images.barrons.example/im-91822345?width=700" alt="A backpack drone in flight">
<figcaption class="css-13nsuyx-Caption">A Corvane reconnaissance drone during a demonstration in Arizona.
<span class="css-7jz429-Credit">Courtesy Corvane Aerial</span></figcaption></figure>
<section class="paywall css-jtkj5e-Body" data-module-zone="article_body">
${ps(bP1, ' data-type="paragraph" class="css-k3zb6l-Paragraph"')}
${adSlot(1)}
<h2 class="css-17tl2ft-Subhed">${bH1}</h2>
${ps(bP2, ' data-type="paragraph" class="css-k3zb6l-Paragraph"')}
${adSlot(2)}
<h2 class="css-17tl2ft-Subhed">${bH2}</h2>
${ps(bP3, ' data-type="paragraph" class="css-k3zb6l-Paragraph"')}
<p data-type="paragraph" class="css-k3zb6l-Paragraph"><b>Write to Elliot Marchetti at elliot.marchetti@barrons.com</b></p></section>
<section class="css-1q9ntrv-Comments" id="comments"><h2>${bComments[0]}</h2><p>${bComments[1]}</p><button>${bComments[2]}</button></section></article>
<aside class="css-9m1k2-RightRail"><section><h3>${bOffers[0]}</h3><ul>${links(bOffers.slice(1))}</ul></section>
<section><h3>Most Popular</h3><ol>${links(bPopular)}</ol></section></aside></main>
<footer class="css-gq5vmb-Footer"><ul>${links(bFoot)}</ul><p>Copyright ©2026 Dow Jones &amp; Company, Inc. All Rights Reserved.</p></footer></div>
<script>window.__STATE__ = {"data":{"articleId":"8a1f2c4e","isPaywalled":false}};</script></body></html>`;
const barrons: TestPage = {
  html: bHtml,
  name: 'heldout166-barrons-news',
  kind: 'news',
  // the dek (an h2 under the headline) is body; the "Write to" line at the end of the text is a byline; the flashline,
  // tools, caption and credit, ad labels, comments box, sponsored offers, "Most Popular" and the footer are furniture
  title: bTitle,
  headings: [bH1, bH2],
  body: [...bDek, ...texts(bP1), ...texts(bP2), ...texts(bP3)],
  bylines: [
    'By Elliot Marchetti',
    'Updated March 3, 2026, 4:42 pm EST',
    'Originally published March 3, 2026, 9:15 am EST',
    'Write to Elliot Marchetti at elliot.marchetti@barrons.com',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign In', ...bNav, 'Stock Picks', ...bTools, 'A Corvane reconnaissance drone during a demonstration in Arizona.',
    'Courtesy Corvane Aerial', bAd, ...bComments, ...bOffers, 'Most Popular', ...bPopular, ...bFoot,
    'Copyright ©2026 Dow Jones & Company, Inc. All Rights Reserved.',
  ],
};

export const HELDOUT166_C: readonly TestPage[] = [barrons, marketWatch];
