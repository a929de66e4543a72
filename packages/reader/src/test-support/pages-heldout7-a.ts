import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 7 (news), written in session 10 without reading the reader's rules: a public
 * broadcaster's "explainer" with question subheads, an inline "read more" promo and a "Related
 * topics" block; and a financial news page with a ticker strip, a quote box and "Key points".
 */
const meterLead = [
  '<b>Tens of thousands of households in Devon and Cornwall will have a water meter fitted over the next five years, whether they ask for one or not.</b>',
  'Tamar Water says compulsory metering is the fairest way to share the cost of supply in a region where demand doubles every summer. ' +
    'Critics say large families and people on low incomes will end up paying more.',
];
const meterHappening = [
  'From September, Tamar Water will begin fitting meters street by street, starting in Plymouth, Newquay and Bideford. Around 210,000 homes ' +
    'still pay a flat charge based on the old rateable value of the property, and the company wants almost all of them metered by 2030.',
  'Households will receive a letter about six weeks before an engineer visits. Most meters go in a small chamber under the pavement outside ' +
    'the property, so nobody usually needs to be at home.',
];
const meterWhy = [
  'The South West has some of the highest water bills in England, partly because a relatively small number of bill payers maintain a long ' +
    'coastline of pipes, pumping stations and treatment works. Its population also swells by several million visitors in July and August.',
  'The company argues that when people pay for what they use, they use less. In its trial area around Launceston, metered homes used about ' +
    '13% less water in the first year than similar homes without a meter.',
  "The Environment Agency classes the region as under serious water stress, which allows companies to meter homes without the occupier's consent.",
];
const meterBill = [
  'It depends mainly on how many people live in the home and how the property was valued decades ago. A single person in a large old house ' +
    'on a flat charge is likely to save money. A family of five in a modest terrace may well pay more.',
  'To soften the change, customers will be billed on whichever is cheaper, the old charge or the meter reading, for the first two years. ' +
    'After that they move fully to metered bills.',
];
const meterAfford = [
  'Households on certain benefits with three or more children, or with a medical condition that needs extra water, can apply for the ' +
    'WaterSure scheme, which caps the bill at the average for the area.',
  'Tamar Water also runs a social tariff that cuts bills by up to 50% for households with an income below £21,000 a year. ' +
    'The consumer body CCW says fewer than half of eligible customers have signed up to schemes like this.',
];
const meterRefuse = [
  'Not usually. Under the water-scarcity rules, a company can insist once it has set out its plan and consulted on it. Where fitting is ' +
    'impossible, for example in some flats with a shared supply, the household is moved to an assessed charge instead.',
];
const albionTop = ['Home', 'News', 'Sport', 'Weather', 'Radio', 'Bitesize'];
const albionNews = ['UK', 'World', 'Business', 'Politics', 'Cornwall', 'Devon', 'In Pictures'];
const meterTopics = ['Water industry', 'Household bills', 'Plymouth'];
const meterMore = [
  'Hosepipe ban lifted for half a million customers',
  'Why is my water bill going up by so much?',
  'Sewage spills: Firm fined over river pollution',
];
const albionMost = ['Surfers rescued after being swept past headland', 'Rail line reopens after two-month closure', 'Village shop saved by 400 residents'];
const albionFoot = ['Terms of Use', 'About Albion News', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Contact Albion News'];
const meterTitle = 'Water meters: Why are homes in Devon and Cornwall being switched?';
const meterHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${meterTitle} - Albion News</title>
<meta name="description" content="Tamar Water will fit meters to 210,000 homes by 2030. Here is what it means for bills.">
<meta property="og:title" content="${meterTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Albion News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ReportageNewsArticle","headline":"${meterTitle}",
"datePublished":"2025-07-14T05:12:44.000Z","author":[{"@type":"Person","name":"Maya Pritchard"}]}</script>
<link rel="stylesheet" href="/news/static/css/article.3f1c2a.css"><script>window.__INITIAL_DATA__={"page":"article","id":"c9w2k7"};</script></head>
<body><div id="__next">
<div id="cookiePrompt" class="ssrcss-1ycbl8r-ConsentBanner" role="dialog" aria-labelledby="cookie-h">
<h2 id="cookie-h">Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<button class="ssrcss-agree">Yes, I agree</button> <a href="/usingalbion/cookies/settings">No, take me to settings</a></div>
<header class="ssrcss-1q7ll2x-GlobalNavigation"><a class="ssrcss-skip-link" href="#main-content">Skip to content</a>
<nav aria-label="Albion"><ul class="ssrcss-nav-top">${links(albionTop)}</ul></nav>
<nav aria-label="News"><ul class="ssrcss-nav-news">${links(albionNews)}</ul></nav></header>
<main id="main-content" class="ssrcss-1ocoo3l-Wrap"><article class="ssrcss-pv1rh6-ArticleWrapper">
<header data-component="headline-block"><h1 id="main-heading" class="ssrcss-1s9pby4-StyledHeading">${meterTitle}</h1></header>
<div data-component="byline-block" class="ssrcss-68pt20-Text-TextContributorName">
<time datetime="2025-07-14T05:12:44.000Z">Published 14 July 2025</time>
<div class="ssrcss-contributor"><span class="ssrcss-name">Maya Pritchard</span><div class="ssrcss-role">Consumer affairs reporter</div></div></div>
<div class="ssrcss-share-tools"><button aria-label="Share">Share</button><button aria-label="Save">Save</button></div>
<div data-component="image-block"><figure class="ssrcss-wpgbih-StyledFigure"><img src="/ace/standard/976/meter.jpg" alt="">
<p class="ssrcss-copyright"><span class="visually-hidden">Image source, </span>Tamar Water</p>
<figcaption><span class="visually-hidden">Image caption, </span>Engineers fit most of the new meters in a chamber beneath the pavement</figcaption></figure>
</div>
<div data-component="text-block">${ps(meterLead)}</div>
<div data-component="subheadline-block"><h2>What is happening?</h2></div>
<div data-component="text-block">${ps(meterHappening)}</div>
<div data-component="links-block"><p class="ssrcss-inline-promo"><a href="/news/articles/cx2l9">Hosepipe ban: What can you still do in the garden?</a></p></div>
<div data-component="subheadline-block"><h2>Why is it being done?</h2></div>
<div data-component="text-block">${ps(meterWhy)}</div>
<div data-component="subheadline-block"><h2>Will my bill go up?</h2></div>
<div data-component="text-block">${ps(meterBill)}</div>
<div data-component="subheadline-block"><h2>What if I can't afford it?</h2></div>
<div data-component="text-block">${ps(meterAfford)}</div>
<div data-component="subheadline-block"><h2>Can I refuse a meter?</h2></div>
<div data-component="text-block">${ps(meterRefuse)}</div>
<div data-component="topic-list" class="ssrcss-topic-list"><h2>Related topics</h2><ul>${links(meterTopics)}</ul></div>
<section data-component="links-block"><h2>More on this story</h2><ul>${links(meterMore)}</ul></section>
</article>
<aside class="ssrcss-most-read" aria-labelledby="most-read"><h2 id="most-read">Most read</h2><ol>${links(albionMost)}</ol></aside></main>
<footer class="ssrcss-footer"><ul>${links(albionFoot)}</ul><p>Copyright 2025 Albion News. All rights reserved.</p>
<p><b>Albion News is not responsible for the content of external sites.</b> <a href="/help/links">Read about our approach to external linking.</a></p></footer>
</div><script src="/news/static/js/main.8a1b.js" defer></script></body></html>`;
const meters: TestPage = {
  name: 'heldout7-broadcaster-explainer',
  kind: 'news',
  html: meterHtml,
  // hard calls: the bold first paragraph is body; the question subheads are the headings; the
  // inline promo link between sections ("Hosepipe ban: ...") is furniture, as are the visually
  // hidden "Image source, " / "Image caption, " labels' texts, the role under the name (byline)
  title: meterTitle,
  headings: ['What is happening?', 'Why is it being done?', 'Will my bill go up?', "What if I can't afford it?", 'Can I refuse a meter?'],
  body: texts([...meterLead, ...meterHappening, ...meterWhy, ...meterBill, ...meterAfford, ...meterRefuse]),
  bylines: ['Published 14 July 2025', 'Maya Pritchard', 'Consumer affairs reporter'],
  furniture: [
    'Let us know you agree to cookies',
    'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    'Yes, I agree',
    'No, take me to settings',
    'Skip to content',
    ...albionNews,
    'Engineers fit most of the new meters in a chamber beneath the pavement',
    'Hosepipe ban: What can you still do in the garden?',
    'Related topics',
    ...meterTopics,
    'More on this story',
    ...meterMore,
    'Most read',
    ...albionMost,
    ...albionFoot,
    'Copyright 2025 Albion News. All rights reserved.',
    'Read about our approach to external linking.',
  ],
};

const harlowKey = [
  'Harlow Foods cut its full-year profit forecast to between £410 million and £440 million, down from as much as £500 million.',
  'The grocer will spend an extra £120 million lowering prices on about 3,000 everyday products.',
  'Shares in rival chains also fell in early London trading.',
];
const harlowBody = [
  "Shares of Harlow Foods fell more than 9% on Thursday after Britain's fourth-largest supermarket chain said it would sacrifice part of " +
    "this year's profit to keep shoppers from defecting to discount rivals.",
  'The company now expects adjusted operating profit of £410 million to £440 million for the year to February, compared with ' +
    'earlier guidance of £470 million to £500 million. Analysts polled by the company had expected about £485 million on average.',
  'Chief executive Rowan Tate told analysts on a call that the extra investment in prices was a choice rather than a response to falling ' +
    'sales. Like-for-like sales rose 3.1% in the 13 weeks to May 31, ahead of the 2.4% consensus estimate.',
  "&quot;We would rather earn our customers' trust for the next five years than protect a number for the next five months,&quot; Tate said.",
];
const harlowSector = [
  'The warning weighed on the wider sector. Shares of Calloway Group slipped 3.8% and Penrose Markets lost 2.6%, while the FTSE 100 was ' +
    'little changed by late morning.',
  'Grocery inflation in Britain has picked up again this year after easing through 2024, driven by higher prices for cocoa, coffee and ' +
    'meat. At the same time, the two largest discount chains have kept opening stores at a pace of roughly one a week.',
  'Analysts at Fenwick Securities said the profit cut was larger than they had expected but described the strategy as sensible. They ' +
    'lowered their price target on the stock to 460 pence from 520 pence and kept a hold rating.',
];
const harlowDividend = [
  'Harlow said it would keep its final dividend unchanged and continue a £150 million share buyback announced in April, pointing ' +
    'to net debt that has fallen by a third in two years.',
  'The company will give a fuller update with its first-half results on Oct. 9.',
];
const ticker = ['FTSE 100 8,741.20 +0.08%', 'DAX 24,102.55 -0.31%', 'S&P 500 FUT 6,011.50 +0.22%', 'GBP/USD 1.3541 +0.12%', 'BRENT 64.18 -0.94%'];
const ledgerNav = ['Markets', 'Business', 'Investing', 'Tech', 'Politics', 'Video', 'Watchlist'];
const ledgerTrend = [
  'Oil slips as OPEC+ signals another output rise',
  'Bank of England seen holding rates in June',
  'Three dividend stocks analysts still like',
];
const ledgerFoot = ['About Ledger', 'Careers', 'Ad Choices', 'Privacy Policy', 'Terms of Service', 'Help'];
const harlowTitle = 'Harlow Foods shares slide 9% as grocer warns price war will squeeze profit';
const harlowHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${harlowTitle}</title>
<meta name="description" content="Harlow Foods cut its profit forecast and said it would spend £120 million cutting prices.">
<meta property="og:title" content="${harlowTitle}"><meta name="twitter:site" content="@LedgerMarkets"><meta name="article:section" content="Retail">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${harlowTitle}","articleSection":"Retail",
"datePublished":"2025-06-05T11:41:02+0000","dateModified":"2025-06-05T14:12:40+0000","author":{"@type":"Person","name":"Priya Anand"}}</script>
<script>window.__s_data={"pageType":"article","premium":false};</script><script async src="https://securepubads.example.net/tag/js/gpt.js"></script></head>
<body class="Page-body"><a class="SkipLink" href="#MainContent">Skip Navigation</a>
<div class="MarketsBanner-container" data-module="ticker"><ul class="MarketsBanner-list">
${ticker.map((t) => `<li class="MarketsBanner-item">${t.replace('&', '&amp;')}</li>`).join('\n')}</ul></div>
<header class="GlobalNavigation-container"><a class="GlobalNavigation-logo" href="/">Ledger</a><ul class="GlobalNavigation-menu">${links(ledgerNav)}</ul>
<a class="GlobalNavigation-pro" href="/pro">Ledger PRO</a><button class="SignInMenu-signIn">Sign In</button></header>
<div class="ArticleTemplate-container" id="MainContent"><div class="ArticleHeader-wrapper">
<a class="ArticleHeader-eyebrow" href="/retail/">Retail</a><h1 class="ArticleHeader-headline">${harlowTitle}</h1>
<div class="ArticleHeader-authorAndShare"><div class="Author-authorNameAndSocial"><a class="Author-authorName" href="/priya-anand/">Priya Anand</a>
<a class="Author-authorTwitter" href="https://x.example/priyaanand_fin">@PRIYAANAND_FIN</a></div>
<div class="ArticleHeader-time"><time data-testid="published-timestamp" datetime="2025-06-05T11:41:02+0000">Published Thu, Jun 5 2025 7:41 AM EDT</time>
<time data-testid="lastpublished-timestamp">Updated Thu, Jun 5 2025 10:12 AM EDT</time></div>
<div class="ShareBar-container"><button>Share Article via Facebook</button><button>Share Article via Twitter</button>
<button>Share Article via LinkedIn</button><button>Share Article via Email</button></div></div></div>
<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5" data-module="ArticleBody">
<div class="RenderKeyPoints-keyPoints"><div class="RenderKeyPoints-list"><h2 class="KeyPoints-headline">Key Points</h2>
<ul>${harlowKey.map((k) => `<li>${k}</li>`).join('\n')}</ul></div></div>
<div class="InlineImage-imageEmbed"><img src="https://image.example/harlow-store.jpg" alt="">
<div class="InlineImage-imageEmbedCaption">A Harlow Foods store in Leicester, England.</div>
<div class="InlineImage-imageEmbedCredit">Darren Cole | Ledger</div></div>
<div class="group">${ps(harlowBody)}</div>
<div class="QuoteStrip-container" data-module="quote-box"><a class="QuoteStrip-name" href="/quotes/HLF-GB">Harlow Foods PLC</a>
<span class="QuoteStrip-symbol">HLF-GB</span><span class="QuoteStrip-last">412.60</span><span class="QuoteStrip-change">-41.20 (-9.08%)</span>
<span class="QuoteStrip-note">Quote data delayed by at least 15 minutes</span></div>
<h2 class="ArticleBody-subtitle">Sector under pressure</h2><div class="group">${ps(harlowSector)}</div>
<div class="InlineVideo-container"><span class="InlineVideo-label">watch now</span><span class="InlineVideo-duration">VIDEO 3:12</span>
<h3 class="InlineVideo-title">Why supermarket price wars are hard to stop once they start</h3></div>
<h2 class="ArticleBody-subtitle">Dividend maintained</h2><div class="group">${ps(harlowDividend)}</div></div>
<div class="ArticleBody-newsletter"><h3>Sign up for Markets Daily</h3><p>The morning's market-moving news, delivered before the opening bell.</p>
<input type="email" placeholder="Email address"><button>Sign Up Now</button></div>
<aside class="TrendingNow-container"><h2 class="TrendingNow-title">Trending Now</h2><ul>${links(ledgerTrend)}</ul></aside>
<div class="ad-slot" id="boxinline"><span class="Ad-label">ADVERTISEMENT</span></div></div>
<footer class="Footer-container"><ul>${links(ledgerFoot)}</ul><p class="Footer-copyright">© 2025 Ledger Media LLC. All Rights Reserved.</p>
<p class="Footer-disclaimer">Data is a real-time snapshot *Data is delayed at least 15 minutes.</p></footer>
<script src="https://static.example/ledger/main.js"></script></body></html>`;
const harlow: TestPage = {
  name: 'heldout7-markets-news',
  kind: 'news',
  html: harlowHtml,
  // hard calls: the "Key Points" bullets are the article's own summary, body (like a standfirst);
  // the "Key Points" label is in neither list; the ticker strip, quote box, inline video card,
  // section eyebrow ("Retail"), photo caption and credit are furniture
  title: harlowTitle,
  headings: ['Sector under pressure', 'Dividend maintained'],
  body: texts([...harlowKey, ...harlowBody, ...harlowSector, ...harlowDividend]),
  bylines: ['Priya Anand', '@PRIYAANAND_FIN', 'Published Thu, Jun 5 2025 7:41 AM EDT', 'Updated Thu, Jun 5 2025 10:12 AM EDT'],
  furniture: [
    'Skip Navigation',
    ...ticker,
    ...ledgerNav,
    'Ledger PRO',
    'Retail',
    'Share Article via Facebook',
    'Share Article via LinkedIn',
    'A Harlow Foods store in Leicester, England.',
    'Darren Cole | Ledger',
    'Harlow Foods PLC',
    '-41.20 (-9.08%)',
    'Quote data delayed by at least 15 minutes',
    'VIDEO 3:12',
    'Why supermarket price wars are hard to stop once they start',
    'Sign up for Markets Daily',
    "The morning's market-moving news, delivered before the opening bell.",
    'Sign Up Now',
    'Trending Now',
    ...ledgerTrend,
    'ADVERTISEMENT',
    ...ledgerFoot,
    '© 2025 Ledger Media LLC. All Rights Reserved.',
    'Data is a real-time snapshot *Data is delayed at least 15 minutes.',
  ],
};

export const HELDOUT7_A: readonly TestPage[] = [meters, harlow];
