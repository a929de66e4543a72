import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 18, file a2: a Bloomberg-style markets story (top nav with "Live TV" and "Subscribe", the story's
 * eyebrow, headline and abstract list, byline with "+ Follow" buttons, timestamps, a chart with source note, the body with
 * terminal-style tickers in the text ("(ticker)" links), an inline "Read More" list, a paywall-adjacent
 * "Before it's here, it's on the Bloomberg Terminal" box, "Most Read" rail, "More From Bloomberg" and footer).
 */
const bbTitle = 'Nordic Salmon Farmers Slide as Norway Revives Plan for Higher Resource Tax';
const bbAbstract = [
  'Shares of the three biggest producers fell as much as 9% in Oslo trading',
  'Government says a new draft will be sent to parliament before the summer',
];
const bbBody1 = [
  'Norwegian salmon farmers slumped after the government said it would revisit the resource rent tax on aquaculture, reviving a fight ' +
    'that wiped billions of kroner off the industry’s market value three years ago.',
  'Fjordlaks ASA <a href="/quote/FJL:NO">(FJL NO)</a> fell 8.7% in Oslo, the most since March 2023, while Havbruk Nord ASA ' +
    '<a href="/quote/HBN:NO">(HBN NO)</a> dropped 6.2% and Vestkyst Seafood ASA <a href="/quote/VKS:NO">(VKS NO)</a> lost 5.9%. ' +
    'The Oslo Seafood Index declined 6.4%, its steepest one-day drop in two years.',
  'Finance Minister Ragnhild Sørbø told reporters that the current 25% rate “does not give the community a fair share” of profits ' +
    'earned on public coastal waters, and that the ministry would send a revised draft to parliament before the summer recess.',
];
const bbH1 = 'Investor Concern';
const bbBody2 = [
  'Analysts at Nordhavn Markets said the market was pricing in a rate of as much as 35%, which would cut their earnings estimates for ' +
    'the sector by about a tenth in 2026.',
  '“The uncertainty is the real cost here,” said Lars Eide, a portfolio manager at Skagerak Kapital in Bergen. “Farmers have just ' +
    'started committing to new offshore capacity again, and this puts those decisions back on the shelf.”',
  'The industry group Sjømat Norge said in a statement that a higher tax would push investment to Chile, Scotland and the Faroe ' +
    'Islands, where costs are lower and rules more predictable.',
  'Salmon prices have held near 85 kroner a kilogram this autumn, supported by lower supply from Chile after an algae bloom in the ' +
    'southern farming regions.',
];
const bbReadMore = ['Norway’s Krone Weakens as Oil Slips Below $70', 'Chile Salmon Exports Drop as Algae Bloom Spreads South'];
const bbChart = 'Salmon farmers trade near their lowest since the 2023 tax fight';
const bbSource = 'Source: Bloomberg';
const bbNav = ['Markets', 'Economics', 'Industries', 'Tech', 'AI', 'Politics', 'Wealth', 'Pursuits', 'Opinion', 'Businessweek', 'Green', 'CityLab'];
const bbMost = [
  'Fed Officials Signal Patience on Cuts as Inflation Cools Slowly',
  'China’s Exporters Race to Ship Goods Before New Tariffs Take Effect',
  'The $40 Billion Office Tower Bet That Went Wrong',
  'Gold Climbs to Record as Central Banks Keep Buying',
  'Private Credit Funds Face First Real Test of Their Loan Books',
];
const bbMoreFrom = ['Copper Rallies as Chile Mine Strike Enters Second Week', 'Equinor Weighs Sale of Stake in UK Wind Farm'];
const bbFoot = [
  'Terms of Service',
  'Do Not Sell or Share My Personal Information',
  'Trademarks',
  'Privacy Policy',
  'Careers',
  'Made in NYC',
  'Advertise',
  'Ad Choices',
  'Help',
  '©2025 Bloomberg L.P. All Rights Reserved.',
];
const bbTerminal = 'Before it’s here, it’s on the Bloomberg Terminal.';
const bbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bbTitle} - Bloomberg</title>
<meta name="parsely-metadata" content="{&quot;type&quot;:&quot;article&quot;}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bbTitle}","isAccessibleForFree":"False",
"datePublished":"2025-10-14T08:41:23.110Z","dateModified":"2025-10-14T11:02:45.000Z","author":[{"@type":"Person","name":"Kari Lindqvist"},
{"@type":"Person","name":"Tom Aarestad"}],"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".body-content"}}</script>
<script>window.__bloomberg__={"page":{"type":"article","id":"S9K2LQT0AFB401"},"ads":{"zone":"markets"}};</script></head>
<body class="body"><div id="__next"><a class="skip-link" href="#that-jump-content--default">Skip to content</a>
<header class="media-ui-Navi_navi-K3kAkEBS"><div class="media-ui-Navi_top-l6cM9Cnt"><a href="/" aria-label="Bloomberg home"></a>
<a class="media-ui-Navi_liveTv-6bF0" href="/live/us">Live TV</a><a class="media-ui-Navi_markets-Pq2" href="/markets">Markets</a>
<span class="media-ui-Navi_ticker-q2B">S&amp;P 500 5,812.41 +0.32%</span><span class="media-ui-Navi_ticker-q2B">Brent 69.84 -1.10%</span>
<a class="media-ui-Navi_subscribe-V0g7" href="/subscriptions">Subscribe</a><a class="media-ui-Navi_signIn-4Cv" href="/account/signin">Sign In</a></div>
<nav class="media-ui-Navi_verticals-bF9Q"><ul>${links(bbNav.slice(1), 'media-ui-Navi_item-2Qk')}</ul></nav></header>
<main id="that-jump-content--default" class="styles_main__aY3v"><article class="styles_article__Q2jw">
<div class="styles_eyebrow__r0S6"><a href="/markets">Markets</a></div>
<h1 class="HedAndDek_headline-D19MOidHYLI-" data-component="headline">${bbTitle}</h1>
<div class="HedAndDek_abstract-XX636-2bHQw-" data-component="abstract"><ul>${bbAbstract.map((a) => `<li>${a}</li>`).join('')}</ul></div>
<div class="Byline_bylineContainer-3Jk0"><div class="Byline_authors-Yq2"><span>By <a href="/authors/ASx1-kari-lindqvist" rel="author">Kari Lindqvist</a>
<button class="Byline_follow-3bT">+ Follow</button> and <a href="/authors/AT8x-tom-aarestad" rel="author">Tom Aarestad</a>
<button class="Byline_follow-3bT">+ Follow</button></span></div>
<div class="Timestamp_timestamp-6hR"><time datetime="2025-10-14T08:41:23.110Z">October 14, 2025 at 10:41 AM GMT+2</time>
<span class="Timestamp_updated-1Ws">Updated on <time datetime="2025-10-14T11:02:45.000Z">October 14, 2025 at 1:02 PM GMT+2</time></span></div></div>
<div class="ShareButtons_share-9aC"><button>Gift this article</button><button>Save</button><button aria-label="Share on X"></button>
<button aria-label="Share on LinkedIn"></button></div>
<div class="body-content" data-component="body-content">
${ps(bbBody1, ' class="body-content__paragraph"')}
<figure class="ChartEmbed_chart-8Lk"><h3 class="ChartEmbed_title-7uP">${bbChart}</h3><div class="ChartEmbed_svg" data-chart-id="c91a"></div>
<figcaption class="ChartEmbed_source-2qX">${bbSource}</figcaption></figure>
<h2 class="body-content__subhead">${bbH1}</h2>
${ps(bbBody2.slice(0, 2), ' class="body-content__paragraph"')}
<div class="inline-newsletter InlineRecirc_readMore-3z"><p class="InlineRecirc_label">Read More:</p><ul>${links(bbReadMore, 'InlineRecirc_item')}</ul></div>
${ps(bbBody2.slice(2), ' class="body-content__paragraph"')}
<div class="body-content__paywall-adjacent TerminalPromo_box-xP"><p class="TerminalPromo_headline">${bbTerminal}</p>
<a class="TerminalPromo_cta" href="/professional/solution/bloomberg-terminal-learn-more">LEARN MORE</a></div>
</div>
<div class="ArticleFooter_contact-3Jq"><p>— With assistance from Ingrid Solheim</p>
<p>To contact the reporters on this story: Kari Lindqvist in Oslo at klindqvist@bloomberg.example; Tom Aarestad in Stockholm at taarestad@bloomberg.example</p>
<p>To contact the editors responsible for this story: Sarah Whitcombe at swhitcombe@bloomberg.example</p></div>
<div class="ArticleFooter_corrections"><a href="/corrections">Have a confidential tip for our reporters? Get in Touch</a></div>
</article>
<aside class="styles_rail__Xb7"><section class="MostRead_mostRead-2Ry"><h3>Most Read</h3><ol>${links(bbMost, 'MostRead_story')}</ol></section>
<div class="RailAd_ad-1cQ"><span>Advertisement</span></div></aside>
<section class="styles_moreFrom__4cY"><h3>More From Bloomberg</h3><ul>${links(bbMoreFrom, 'MoreFrom_item')}</ul></section></main>
<footer class="media-ui-Footer_footer-2F"><ul>${links(bbFoot, 'media-ui-Footer_item')}</ul></footer></div>
<script src="https://assets.bwbx.example/s3/javelin/public/javelin/js/app-bundle-8e71c2.js" async></script></body></html>`;
export const bloomberg: TestPage = {
  html: bbHtml,
  name: 'heldout18-bloomberg-markets',
  kind: 'news',
  // the two abstract bullets under the headline are the story's summary: body; the tickers in parentheses stay in their
  // paragraph; the h2 "Investor Concern" is the heading (the chart title h3 is the chart's own: furniture, with its source
  // note); the two reporters and the publish and update times are bylines ("By", "and", "Updated on" in neither); "+ Follow",
  // share buttons, the top bar with its two price tickers, the vertical nav (its "Markets", also in the bar and the eyebrow,
  // is a word of the body's "Nordhavn Markets": left out), the "Read More" box, the Terminal promo, the contact and assistance lines, the tip link, "Most
  // Read", the rail ad label, "More From Bloomberg" and the footer are furniture
  title: bbTitle,
  headings: [bbH1],
  body: [...bbAbstract, ...texts(bbBody1), ...texts(bbBody2)],
  bylines: ['Kari Lindqvist', 'Tom Aarestad', 'October 14, 2025 at 10:41 AM GMT+2', 'October 14, 2025 at 1:02 PM GMT+2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Live TV', 'S&P 500 5,812.41 +0.32%', 'Brent 69.84 -1.10%', 'Subscribe', 'Sign In', ...bbNav.slice(1), '+ Follow',
    'Gift this article', 'Save', bbChart, bbSource, 'Read More:', ...bbReadMore, bbTerminal, 'LEARN MORE', '— With assistance from Ingrid Solheim',
    'To contact the reporters on this story: Kari Lindqvist in Oslo at klindqvist@bloomberg.example; Tom Aarestad in Stockholm at ' +
      'taarestad@bloomberg.example',
    'To contact the editors responsible for this story: Sarah Whitcombe at swhitcombe@bloomberg.example',
    'Have a confidential tip for our reporters? Get in Touch', 'Most Read', ...bbMost, 'Advertisement', 'More From Bloomberg', ...bbMoreFrom,
    ...bbFoot,
  ],
};
