import { links } from './page-kit.js';

/**
 * Held-out batch 84, file b3: the texts and HTML of a markets story in the shape of a Bloomberg.com article (invented wire
 * "Kestrel"): the top nav with Live TV / Subscribe / Sign In, the section eyebrow, headline, the abstract bullets under it,
 * the lead image credit, the byline with two authors, the published and updated times, the Listen / Save / Gift toolbar,
 * "Read More:" links between paragraphs, a chart figure with title, source and note, the tip box, the terminal promo,
 * the "With assistance from" line, the Most Read rail, the newsletter sign-up and the footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const kbTitle = 'Copper Jumps to Record as Strike Shuts Andean Mine, Stockpiles Thin';
export const kbAbstract = [
  'Benchmark copper rose as much as 4.2% to $11,870 a ton in London',
  'Workers at Cerro Pardo walked out after wage talks collapsed',
  'Exchange inventories have fallen to lowest level since 2022',
];
export const kbP1 = paras(`
Copper surged to an all-time high after a strike halted output at one of South America’s largest mines, adding to concerns that
supply will fall short of demand from the power grid and electric-vehicle industries.

Futures on the London Metal Exchange rose as much as 4.2% to $11,870 a metric ton on Wednesday, surpassing the previous record
set in May. Prices have gained 31% this year. Aluminum and zinc also advanced, while nickel slipped.

About 2,900 workers at Cerro Pardo, which produced roughly 410,000 tons of copper last year, walked off the job early on
Wednesday after the union rejected a final wage offer from operator Andes Mineral Corp. The company said it had activated
contingency plans and that processing of stockpiled ore would continue for “several days.”
`);
export const kbP2 = paras(`
The stoppage comes as exchange inventories have dwindled. Stockpiles in LME-registered warehouses have dropped by more than half
since March to 94,150 tons, the lowest since 2022, while holdings tracked by the Shanghai Futures Exchange fell for a sixth week.

“The market had almost no cushion going into this,” said Fiona Hargreave, head of metals research at Lindqvist Capital in
London. “When you lose a mine of this size with inventories where they are, buyers have to chase prices higher to secure
metal.”

Andes Mineral shares fell 5.8% in Toronto, the most since August. The company’s bonds due 2031 were little changed.
`);
export const kbH1 = 'Talks Break Down';
export const kbP3 = paras(`
The union had asked for a 7% raise and a one-time bonus equivalent to about $24,000 per worker, citing record profits. Andes
Mineral offered 4.5% and a smaller bonus, arguing that costs at the mine had risen sharply as ore grades declined.

Union leader Héctor Quispe said workers were prepared to stay out “as long as it takes,” and that a government mediator had
not yet been appointed. The previous strike at the mine, in 2019, lasted 23 days.

Analysts at Varden & Co. estimated that each week of lost output removes about 8,000 tons from the market, and said a
stoppage of more than a month could push the global refined balance into deficit for 2026.
`);
export const kbH2 = 'Demand Outlook';
export const kbP4 = paras(`
Beyond the immediate supply shock, investors have been betting that copper will benefit from spending on power networks and
data centers. Hedge funds and other money managers raised their net bullish positions on Comex copper to the highest since
April, according to the latest data from the Commodity Futures Trading Commission.

Some analysts warned that the rally could stall if Chinese buyers step back. Imports of refined copper into China fell 12% in
October from a year earlier as fabricators balked at higher prices, customs data showed.

“Record prices cure record prices,” said Tomas Lindgren, a strategist at Nordhavn Bank. “At some point manufacturers delay
orders and scrap supply rises. We are not there yet, but the rally is getting ahead of what physical buyers are willing to pay.”
`);
export const kbReadMore = ['Read More: Miners Race to Secure Power as Grid Spending Booms', 'Read More: Why Copper Is the New Oil for Commodity Traders'];
export const kbChart = ['Copper’s Climb', 'LME three-month copper hits record as exchange stockpiles slump'];
export const kbChartSource = 'Source: London Metal Exchange';
export const kbChartNote = 'Note: Prices in dollars per metric ton';
export const kbNav = ['Markets', 'Economics', 'Industries', 'Tech', 'Politics', 'Businessweek', 'Opinion', 'More'];
export const kbCredit = 'Photographer: Marisol Ortega/Kestrel';
export const kbTip = ['Have a confidential tip for our reporters?', 'Get in Touch'];
export const kbPromo = ['Before it’s here, it’s on the Kestrel Terminal', 'LEARN MORE'];
export const kbMost = [
  'Treasury Yields Climb as Traders Pare Bets on December Cut',
  'Oil Steadies After Biggest Weekly Drop Since June',
  'The Billionaire Betting on a Return of Small-Cap Stocks',
  'Yen Weakens Past 155 Per Dollar, Testing Officials’ Resolve',
  'Europe’s Gas Storage Is Full. Winter Prices Are Rising Anyway',
];
export const kbNews = ['Sign up for the Markets Daily newsletter', 'The stories that matter to markets, every morning.', 'Sign Up'];
export const kbFoot = [
  'Terms of Service',
  'Do Not Sell or Share My Personal Information',
  'Trademarks',
  'Privacy Policy',
  'Careers',
  'Made in NYC',
  'Advertise',
  'Ad Choices',
  'Help',
];
export const kbCopy = '©2025 Kestrel L.P. All Rights Reserved.';

const p = (t: string): string => `<p class="media-ui-Paragraph_text-SqIsdNjh0t0- paywall">${t}</p>`;
const ps = (a: readonly string[]): string => a.map(p).join('\n');
const h2 = (t: string): string => `<h2 class="media-ui-Heading_heading-e4Mw3b6kxPw- paywall">${t}</h2>`;
const readMore = (t: string, i: number): string => `<p class="media-ui-Paragraph_text-SqIsdNjh0t0- paywall" data-component="read-more">
<a href="https://www.kestrel.example/news/articles/2025-11-0${i + 4}/story-${i}" data-component="link">${t}</a></p>`;

export const kbHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>${kbTitle} - Kestrel</title>
<meta name="description" content="Copper surged to an all-time high after a strike halted output at one of South America’s largest mines."/>
<meta property="og:title" content="${kbTitle}"/><meta property="og:type" content="article"/><meta name="parsely-section" content="markets"/>
<meta name="kestrel:article-type" content="Story"/><meta name="kestrel:paywall" content="metered"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kbTitle}","isAccessibleForFree":"False",
"author":[{"@type":"Person","name":"Daniel Okafor"},{"@type":"Person","name":"Ines Carvalho"}],"datePublished":"2025-11-12T08:41:09.112Z",
"dateModified":"2025-11-12T11:06:37.520Z","articleSection":"Markets",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>
<script>window.__kestrel__={"pageType":"article","storyId":"T5QK2YDWX2PS00"};</script>
<link rel="stylesheet" href="https://assets.kestrel.example/s/navi/_next/static/css/8f2a6c.css"/></head>
<body><div id="__next">
<header class="navi-header" data-component="navi-header"><a class="navi-skip" href="#that-jump-content--default">Skip to content</a>
<a class="navi-logo" href="/" aria-label="Kestrel"><svg aria-hidden="true"></svg></a>
<nav class="navi-nav" aria-label="Main"><ul>${links(kbNav, 'navi-nav__item')}</ul></nav>
<div class="navi-actions"><a class="navi-live" href="/live">Live TV</a><a class="navi-subscribe" href="/subscriptions">Subscribe</a>
<a class="navi-signin" href="/account/signin">Sign In</a></div></header>
<main id="that-jump-content--default" class="styles_main__Kq1Pd"><article class="styles_article__1Ga0a" data-component="story">
<div class="styles_eyebrow__Q8zzp" data-component="eyebrow"><a href="/markets">Markets</a></div>
<div class="media-ui-HedAndDek_wrapper-QC3ZlxRM0bA-"><h1 class="media-ui-HedAndDek_headline-D19MOidHYLI-" data-component="headline">${kbTitle}</h1>
<ul class="media-ui-Abstract_abstract-qR6a3AbNPhM-" data-component="abstract">${kbAbstract.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<figure class="media-ui-LeadImage_figure" data-component="lede-media"><img src="https://assets.kestrel.example/image/cerro-pardo.jpg"
alt="Trucks at Cerro Pardo">
<figcaption class="media-ui-LeadImage_caption"><span class="media-ui-LeadImage_credit">${kbCredit}</span></figcaption></figure>
<div class="media-ui-Byline_bylineWrapper" data-component="byline">By <a href="/authors/ARx8-daniel-okafor" rel="author">Daniel Okafor</a> and
<a href="/authors/AS1b-ines-carvalho" rel="author">Ines Carvalho</a></div>
<div class="media-ui-Timestamp_wrapper" data-component="timestamp"><time datetime="2025-11-12T08:41:09.112Z">November 12, 2025 at 8:41 AM UTC</time>
<span class="media-ui-Timestamp_updated">Updated on <time datetime="2025-11-12T11:06:37.520Z">November 12, 2025 at 11:06 AM UTC</time></span></div>
<div class="media-ui-Toolbar_toolbar" data-component="toolbar"><button class="media-ui-Toolbar_listen" type="button"><span>Listen</span>
<span class="media-ui-Toolbar_duration">5:41</span></button><button type="button">Save</button><button type="button">Translate</button>
<button class="media-ui-Toolbar_gift" type="button">Gift this article</button></div>
<div class="body-content" data-component="body">
${ps(kbP1)}
${readMore(kbReadMore[0] ?? '', 0)}
${ps(kbP2)}
<figure class="media-ui-Chart_chart" data-component="chart"><div class="media-ui-Chart_title">${kbChart[0]}</div>
<div class="media-ui-Chart_subtitle">${kbChart[1]}</div><div class="media-ui-Chart_canvas" data-chart-id="kx7q1"><svg role="img" aria-hidden="true"></svg></div>
<div class="media-ui-Chart_footer"><span class="media-ui-Chart_source">${kbChartSource}</span><span
class="media-ui-Chart_note">${kbChartNote}</span></div></figure>
${h2(kbH1)}
${ps(kbP3)}
${readMore(kbReadMore[1] ?? '', 1)}
${h2(kbH2)}
${ps(kbP4)}
<div class="media-ui-Contributors_contributors" data-component="contributors">— With assistance from Rafael Mendes and Wei Jun Tan</div>
</div>
<aside class="media-ui-TipBox" data-component="tip-box"><p>${kbTip[0]}</p><a href="/tips">${kbTip[1]}</a></aside>
<aside class="media-ui-TerminalPromo" data-component="terminal-promo"><p>${kbPromo[0]}</p><a href="/professional/solution/terminal/">${kbPromo[1]}</a></aside>
</article>
<aside class="styles_rail__9Fe2A"><section data-component="most-read"><h3 class="styles_railTitle">Most Read</h3><ol>${kbMost
  .map((t, i) => `<li class="styles_mostReadItem"><span class="styles_rank">${i + 1}</span><a href="/news/articles/most-${i}">${t}</a></li>`)
  .join('\n')}</ol></section>
<section class="styles_newsletter" data-component="newsletter-signup"><h3>${kbNews[0]}</h3><p>${kbNews[1]}</p>
<form><label class="sr-only" for="nl">Email</label><input id="nl" type="email" placeholder="Enter your email"/><button
type="submit">${kbNews[2]}</button></form>
</section><div class="styles_ad" data-ad-placement="right1"><span class="styles_adLabel">Advertisement</span></div></aside></main>
<footer class="navi-footer" data-component="navi-footer"><ul>${links(kbFoot, 'navi-footer__item')}</ul><p class="navi-footer__copyright">${kbCopy}</p>
</footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"T5QK2YDWX2PS00","headline":"${kbTitle}"}}},
"page":"/news/articles/[slug]"}
</script><script src="https://assets.kestrel.example/s/navi/_next/static/chunks/main-3f0b2a.js" async></script></body></html>`;
