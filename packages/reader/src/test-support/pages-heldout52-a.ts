import { links, type TestPage, texts } from './page-kit.js';
import { gizmodoArticle } from './pages-heldout52-a2.js';

/**
 * Held-out batch 52, file a: a CNBC article (market banner, top nav with "Watchlist" and "Sign In", the eyebrow, headline,
 * "Key Points" box, author with social links, published and updated times, share icons, the body with quote links, an inline
 * image with caption and credit, an inline video card, one h2, a contributor line, "Don't miss these insights from CNBC PRO",
 * the "Trending Now" rail, the PRO promo and the footer with its data notice).
 */
const cnTitle = 'Regional bank stocks slide as office loan losses resurface at two midsize lenders';
const cnKeys = [
  'Shares of Harborline Financial fell 11% after the lender set aside $412 million for expected losses on office loans, more than double ' +
    'what analysts had forecast.',
  'Tri-County Bancorp also dropped after disclosing that two borrowers in suburban Chicago had stopped paying on loans tied to half-empty office parks.',
  'A broad index of regional bank stocks lost nearly 4%, its worst day since October.',
];
const cnBody1 = [
  'Regional bank stocks fell sharply on Thursday after two midsize lenders warned that losses on commercial real estate loans were mounting ' +
    'again, reviving a worry that had faded from Wall Street’s radar for much of last year.',
  '<a href="https://www.cnbc.com/quotes/HLFN/">Harborline Financial</a> shares dropped 11% by early afternoon, their steepest one-day decline ' +
    'since March 2023, after the Hartford, Connecticut-based bank said it had added $412 million to its reserves for loan losses in the fourth ' +
    'quarter. Analysts polled by LSEG had expected provisions of about $180 million.',
  'Most of the new reserve covers office buildings in the Northeast whose tenants have not renewed leases since the pandemic, Chief Financial ' +
    'Officer Marisol Fenwick said on a call with analysts. “We are being deliberately conservative,” she said. “Some of these properties will be ' +
    'worth a fraction of what they were appraised at in 2019.”',
  '<a href="https://www.cnbc.com/quotes/TCBK.O/">Tri-County Bancorp</a> fell 7% after the Illinois lender disclosed in a securities filing that ' +
    'two borrowers with loans on office parks near Schaumburg had missed payments in December. The bank said the loans totaled $96 million and ' +
    'were secured by properties that are now less than 40% occupied.',
];
const cnH2 = 'A slow-moving problem';
const cnBody2 = [
  'A broader index of regional bank stocks lost 3.8%, while shares of the largest U.S. banks were little changed. Investors have tended to ' +
    'treat the biggest lenders as insulated from office-market stress because commercial property makes up a much smaller share of their loan books.',
  'Analysts said the losses were unlikely to spread in the way deposit runs did in the spring of 2023. “This is a credit problem, not a ' +
    'liquidity problem,” said Arjun Kapadia, a bank analyst at Whitmore Securities. “Banks can absorb it, but it will eat into earnings for ' +
    'several more quarters.”',
  'Still, the sell-off suggests investors remain jumpy about any sign that the office downturn is deepening. Roughly $940 billion in commercial ' +
    'real estate debt is scheduled to mature in 2026, according to estimates from the property data firm Castellan Analytics, and many of ' +
    'those loans will need to be refinanced at far higher interest rates than when they were written.',
  'Harborline said it would cut its quarterly dividend to 18 cents a share from 32 cents and pause share buybacks until at least the middle of the year.',
];
const cnContrib = '— CNBC’s Peter Olafsen contributed to this report.';
const cnNav = ['Markets', 'Business', 'Investing', 'Tech', 'Politics', 'Video', 'Watchlist', 'Investing Club', 'PRO', 'Livestream'];
const cnTicker = ['Dow', '48,211.40', '-0.31%', 'S&P 500', '6,902.15', '-0.52%', 'Nasdaq', '23,480.77', '-0.74%'];
const cnCaption = 'An office tower with several vacant floors in downtown Hartford, Connecticut, on Jan. 9, 2026.';
const cnCredit = 'Mark Ellery | Bloomberg | Getty Images';
const cnVideo = 'Why office loans are haunting regional banks again';
const cnPro = [
  'These 5 dividend stocks have raised payouts through every downturn since 2008',
  'Goldman says buy this beaten-down insurer ahead of earnings',
  'A fund manager who beat 95% of peers explains where she is adding risk',
];
const cnTrending = [
  'Mortgage rates hit lowest level in three months',
  'Here are the biggest stock movers midday Thursday',
  'Retail sales rose more than expected in December',
  'Airline shares sink after fuel costs jump',
  'What the new 401(k) contribution limits mean for you',
];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const cnFoot = [
  'Subscribe to CNBC PRO', 'Subscribe to Investing Club', 'Licensing & Reprints', 'CNBC Councils', 'Select Personal Finance', 'CNBC on Peacock',
  'Join the CNBC Panel', 'Supply Chain Values', 'Closed Captioning', 'Digital Products', 'News Releases', 'Internships', 'Corrections',
  'About CNBC', 'Ad Choices', 'Site Map', 'Podcasts', 'Careers', 'Help', 'Contact',
];
const cnNotice = 'Data is a real-time snapshot *Data is delayed at least 15 minutes.';
const cnTagline = 'Global Business and Financial News, Stock Quotes, and Market Data and Analysis.';
const cnCopy = '© 2026 CNBC LLC. All Rights Reserved. A Division of NBCUniversal';
const cnHtml =
  `<!DOCTYPE html>
<html lang="en" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${cnTitle}</title><link rel="canonical" href="https://www.cnbc.com/2026/01/15/regional-bank-stocks-office-loan-losses.html">
<meta property="og:title" content="${cnTitle}"><meta name="description" content="${cnKeys[0]}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cnTitle}",
"datePublished":"2026-01-15T16:42:53+0000","dateModified":"2026-01-15T19:18:07+0000","author":[{"@type":"Person","name":"Dana Whitcombe"}],
"publisher":{"@type":"Organization","name":"CNBC"},"isAccessibleForFree":true}</script>
<script>window.__s_data={"page":{"page":{"type":"cnbcnewsstory","id":108249771}}};window.__c_data={"uid":null};</script>
<style>.ArticleHeader-styles-makeit-headline--l_iUX{font-size:2.25rem}.InlineImage-wrapper{margin:24px 0}</style></head>
<body><div id="root"><div class="MarketsBanner-container" data-module="MarketsBanner"><ul class="MarketsBanner-marketData">
${[0, 3, 6]
  .map(
    (i) => `<li><a class="MarketCard-container" href="/quotes/.DJI"><span class="MarketCard-symbol">${cnTicker[i]}</span>
<span class="MarketCard-stockPosition">${cnTicker[i + 1]}</span><span class="MarketCard-changesPct">${cnTicker[i + 2]}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<header class="GlobalNavigation-container"><a class="GlobalNavigation-logo" href="/" aria-label="CNBC logo"><svg role="img"></svg></a>
<nav class="nav-menu-navLinks"><ul>${links(cnNav, 'nav-menu-button')}</ul></nav>
<div class="SignInMenu-signInMenu"><button class="SignInMenu-button">Sign In</button>
<a class="SignInMenu-createAccount" href="/account">Create free account</a></div>
<button class="SearchToggle-button" aria-label="Search quotes, news &amp; videos"><svg></svg></button></header>
<div class="PageBuilder-pageWrapper"><div class="PageBuilder-containerFluidWidths"><div class="ArticleHeader-wrapperHero ArticleHeader-wrapper">
<div class="ArticleHeader-headerContentContainer">
<div class="ArticleHeader-eyebrowContainer"><a class="ArticleHeader-styles-makeit-eyebrow ArticleHeader-eyebrow"
href="/banks/">Banks</a></div><h1 class="ArticleHeader-headline">${cnTitle}</h1>
<div class="ArticleHeader-timeShare"><div class="ArticleHeader-time"><time data-testid="published-timestamp" datetime="2026-01-15T16:42:53+0000"
itemprop="datePublished">Published Thu, Jan 15 2026<!-- --> 11:42 AM EST</time><span class="ArticleHeader-datetimeDivider"></span>
<time data-testid="lastpublished-timestamp" datetime="2026-01-15T19:18:07+0000"
itemprop="dateModified">Updated Thu, Jan 15 2026<!-- --> 2:18 PM EST</time></div>
<div class="ShareBar-shareBar" data-test="ShareBar"><ul><li><a aria-label="Share Article via Facebook" href="#"><svg></svg></a></li>
<li><a aria-label="Share Article via Twitter" href="#"><svg></svg></a></li><li><a aria-label="Share Article via LinkedIn" href="#"><svg></svg></a></li>
<li><a aria-label="Share Article via Email" href="#"><svg></svg></a></li></ul></div></div></div></div>
<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5" data-module="ArticleBody"
data-test="articleBody" data-analytics="RegularArticle-articleBody-5-2">
<div class="RenderKeyPoints-keyPoints"><div class="KeyPoints-container"><h2 class="KeyPoints-header">Key Points</h2><div class="group"><ul>
${cnKeys.map((k) => `<li>${k}</li>`).join('\n')}</ul></div></div></div>
<div class="ArticleBody-byline"><div class="Author-authorNameAndSocial"><a class="Author-authorName" href="/dana-whitcombe/">Dana Whitcombe</a>
<a class="Author-authorSocial" href="https://www.linkedin.com/in/danawhitcombe/">@in/danawhitcombe</a>
<a class="Author-authorSocial" href="https://twitter.com/dwhitcombe">@dwhitcombe</a></div></div>
<div class="group">${cnBody1.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="InlineImage-wrapper"><div class="InlineImage-imageEmbed" id="ArticleBody-InlineImage-108249812" data-test="InlineImage">
<div class="InlineImage-imageContainer"><img src="https://image.cnbcfm.com/api/v1/image/108249812-hartford-office.jpg?v=1768490000&amp;w=750&amp;h=422"
alt="${cnCaption}"></div>
<div class="InlineImage-imageEmbedCaption">${cnCaption}</div><div class="InlineImage-imageEmbedCredit">${cnCredit}</div></div></div>
<h2><a id="headline0"></a>${cnH2}</h2>
<div class="group">${cnBody2
    .slice(0, 2)
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</div>
<div class="InlineVideo-container" data-test="InlineVideo"><div class="InlineVideo-videoEmbed"><div class="InlineVideo-videoFooter">
<span class="InlineVideo-videoLabel">VIDEO</span><span class="InlineVideo-duration">2:47</span><span class="InlineVideo-timeDuration">02:47</span>
<div class="InlineVideo-title">${cnVideo}</div><a class="InlineVideo-source" href="/closing-bell/">Closing Bell</a></div></div></div>
<div class="group">${cnBody2
    .slice(2)
    .map((p) => `<p>${p}</p>`)
    .join('\n')}
<p><em>${cnContrib}</em></p></div></div>
<div class="RelatedContent-relatedContent" data-module="RelatedContent"><h2 class="RelatedContent-title">Don't miss these insights from CNBC PRO</h2>
<ul>${links(cnPro, 'RelatedContent-relatedContentItem')}</ul></div>
<div class="ArticleBody-subtitle"><a class="ArticleBody-licensingLink" href="/licensing/">Licensing &amp; Reprints</a></div></div>
<aside class="RegularArticle-rail"><div class="TrendingNow-container" data-module="TrendingNow"><h2 class="TrendingNow-title">Trending Now</h2>
<ol>${cnTrending
    .map(
      (t, i) => `<li class="TrendingNowItem-storyItem">
<span class="TrendingNowItem-number">${i + 1}</span><a href="#">${t}</a></li>`,
    )
    .join('\n')}</ol></div>
<div class="ProPromo-container"><p class="ProPromo-copy">Get exclusive insights, analysis and stock picks with CNBC PRO.</p>
<a class="ProPromo-cta" href="/pro/">Start Free Trial</a></div></aside></div>
<footer class="Footer-container"><ul class="Footer-links">${links(cnFoot)}</ul>
<p class="Footer-newsletter">Get this delivered to your inbox, and more info about our products and services.</p>
<p class="Footer-data">${cnNotice} ${cnTagline}</p><p class="Footer-copyright">${cnCopy}</p>
<a href="/market-data-terms-of-service/">Market Data Terms of Use and Disclosures</a><a href="/data-provided-by/">Data also provided by</a></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We and our partners use cookies ` +
  `to personalize content and ads and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></body></html>`;
const cnbc: TestPage = {
  html: cnHtml,
  name: 'heldout52-cnbc-article',
  kind: 'news',
  // the "Key Points" list is the reporter's own summary of the story: body (its "Key Points" label is furniture, not a
  // section heading); the h2 is the one heading; "Dana Whitcombe", both timestamps and the closing contributor line are
  // bylines (the social handles are furniture); the market banner, image caption and credit, the video card, "Don't miss
  // these insights from CNBC PRO", "Trending Now", the PRO promo, licensing link, cookie banner, nav and footer are furniture;
  // the rank numbers of "Trending Now" and the video's duration are left out (digits only), and so is the eyebrow "Banks",
  // a body word ("Banks can absorb it")
  title: cnTitle,
  headings: [cnH2],
  body: [...texts(cnKeys), ...texts(cnBody1), ...texts(cnBody2)],
  bylines: ['Dana Whitcombe', 'Published Thu, Jan 15 2026 11:42 AM EST', 'Updated Thu, Jan 15 2026 2:18 PM EST', cnContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cnTicker, ...cnNav, 'Sign In', 'Create free account', 'Key Points', '@in/danawhitcombe', '@dwhitcombe', cnCaption, cnCredit,
    cnVideo, 'Closing Bell', "Don't miss these insights from CNBC PRO", ...cnPro, 'Trending Now', ...cnTrending,
    'Get exclusive insights, analysis and stock picks with CNBC PRO.', 'Start Free Trial', ...cnFoot,
    'Get this delivered to your inbox, and more info about our products and services.', cnNotice, cnTagline, cnCopy,
    'Market Data Terms of Use and Disclosures', 'Data also provided by',
    'We and our partners use cookies to personalize content and ads and to analyze our traffic.', 'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT52_A: readonly TestPage[] = [cnbc, gizmodoArticle];
