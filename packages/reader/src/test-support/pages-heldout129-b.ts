import { links, type TestPage, texts } from './page-kit.js';
import { businessInsider } from './pages-heldout129-b2.js';

/**
 * Held-out batch 129, file b: a CNBC markets article (the header with the section nav, "Livestream", "Menu", "Sign In" and
 * "Create free account", the eyebrow, the published and updated times, the author with the X handle, the share icons, the
 * "Key Points" box, an inline video with "watch now" and its duration, an inline image with caption and credit, the "Don't
 * miss these insights from CNBC PRO" promo list at the end of the body, the "Trending Now" rail, the newsletter and tips
 * boxes and the long footer) and, from file b2, a Business Insider article.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const cTitle = 'Harrowgate Energy shares jump 14% after utility raises forecast on data center demand';
const cKey = [
  'Harrowgate Energy raised its full-year earnings forecast after signing power supply deals with three data center operators.',
  'The utility now expects electricity demand in its service area to grow 6% a year through 2030, up from 2% a year ago.',
  'Analysts said the stock’s jump reflects a broader rush into power companies that stand to benefit from the AI buildout.',
];
const cP1 = paras(`
Shares of <a href="https://www.cnbc.example/quotes/HGTE/">Harrowgate Energy</a> surged 14% on Tuesday after the regional utility raised
its profit outlook for the year, citing a wave of new contracts to supply electricity to data centers.

The company now expects adjusted earnings of $3.42 to $3.50 a share for 2025, up from a previous range of $3.10 to $3.25. Revenue for the
third quarter came in at $2.18 billion, ahead of the $2.02 billion analysts had expected, according to estimates compiled by
FactLine.

“We have never seen demand like this in our 90-year history,” Chief Executive Officer Sandra Okonkwo said on a call with analysts. “Every
week we are hearing from another developer who wants to build in our territory, and they want power in two years, not ten.”`);
const cH1 = 'Three new contracts';
const cP2 = paras(`
Harrowgate said it had signed long-term supply agreements with three data center operators, which together will need about 1.4
gigawatts of power once their campuses are finished. That is roughly a fifth of the utility’s current peak load.

The largest of the deals, with Brightfield Digital, covers a campus of six buildings outside the city of Kessler that is set to open in
stages from late 2026. Okonkwo said the contracts include minimum payments, so Harrowgate will be paid even if the operators end up
using less power than planned.

To meet the demand, the utility plans to spend $11 billion over the next five years on new gas turbines, battery storage and
transmission lines, about $3 billion more than it had planned in February. It also said it would delay the retirement of two
coal units by three years.`);
const cH2 = 'Investors pile into utilities';
const cP3 = paras(`
Tuesday’s move was Harrowgate’s biggest one-day gain since 2009 and lifted the stock 48% for the year. The broader utilities sector
has gained about 19% in 2025, beating the wider market, as investors look for ways to profit from the boom in artificial intelligence
beyond chipmakers.

Not everyone is convinced the rally can last. Mark Feldstein, an analyst at Corbin Shaw, kept a neutral rating on the stock, writing in
a note to clients that the company’s spending plans would likely mean higher bills for households and a tougher fight with state
regulators.

“The demand is real, but so is the cost,” Feldstein wrote. “Someone has to pay for the new plants before the data centers switch on,
and regulators will not want it to be residential customers.”

Harrowgate said it would file a rate plan with the state utility commission in the first quarter of 2026.`);
const cPro = [
  'Why this fund manager is loading up on power stocks ahead of the winter',
  'These are the top dividend stocks to own heading into 2026, according to analysts',
  'Options traders are betting on more gains in energy names. Here is how to play it',
];
const cNav = ['Markets', 'Business', 'Investing', 'Tech', 'Politics', 'Video', 'Watchlist', 'Investing Club', 'PRO'];
const cVideo = 'Harrowgate Energy CEO: We have never seen demand like this';
const cCaption = 'Transmission lines near a Harrowgate Energy substation in Kessler on Oct. 9, 2025.';
const cCredit = 'Jonah Reyes | Bloomline | Getty Images';
const cTrending = [
  'Dow futures rise as investors look ahead to Fed decision',
  'Here’s what the new tax brackets mean for your paycheck in 2026',
  'Retail giant cuts 2,000 corporate jobs in restructuring',
  'Mortgage rates fall to lowest level in more than a year',
  'Why some economists say a recession is now less likely',
];
const cFootA = [
  'Subscribe to CNBC PRO',
  'Subscribe to Investing Club',
  'Licensing & Reprints',
  'CNBC Councils',
  'Select Personal Finance',
  'CNBC on Peacock',
  'Join the CNBC Panel',
  'Supply Chain Values',
  'Select Shopping',
  'Closed Captioning',
  'Digital Products',
  'News Releases',
  'Internships',
  'Corrections',
  'About CNBC',
  'Ad Choices',
  'Site Map',
  'Podcasts',
  'Careers',
  'Help',
  'Contact',
];
const cFootB = [
  'News Tips',
  'Got a confidential news tip? We want to hear from you.',
  'Get In Touch',
  'CNBC Newsletters',
  'Sign up for free newsletters and get more CNBC delivered to your inbox',
  'Sign Up Now',
  'Get this delivered to your inbox, and more info about our products and services.',
  'Advertise With Us',
  'Please Contact Us',
  'Privacy Policy',
  'Your Privacy Choices',
  'CA Notice',
  'Terms of Service',
];
const cCopy = '© 2025 CNBC LLC. All Rights Reserved. A Division of NBCUniversal';
const cData =
  'Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and ' + 'Analysis.';
const cGroup = (a: readonly string[]): string => `<div class="group">${a.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en" prefix="og=https://ogp.me/ns#" itemscope itemtype="https://schema.org/NewsArticle"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${cTitle}</title>
<meta name="description" content="Harrowgate Energy raised its earnings forecast after signing power deals with three data center operators.">
<meta property="og:title" content="${cTitle}"><meta property="og:site_name" content="CNBC"><meta property="article:section" content="Markets">
<meta name="news_keywords" content="Harrowgate Energy,Utilities,Data centers,Breaking News: Markets">
<link rel="canonical" href="https://www.cnbc.example/2025/11/04/harrowgate-energy-shares-jump-data-center-demand.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2025-11-04T12:00:01+0000",
"dateModified":"2025-11-04T15:32:48+0000","author":[{"@type":"Person","name":"Priya Raman"}],"publisher":{"@type":"Organization","name":"CNBC"},
"isAccessibleForFree":"True"}</script>
<script>window.__s_data={"page":{"page_id":108221045,"type":"cnbcnewsstory","section":"Markets"}};</script>
<link rel="stylesheet" href="https://static-redesign.cnbcfm.example/dist/main.8ab1c2.css"></head>
<body><div id="root"><div class="GlobalNavigation-container"><header class="GlobalNavigation-globalNavigation" role="banner">
<div class="GlobalNavigation-mainNav"><a class="GlobalNavigation-logo" href="/" aria-label="CNBC logo"></a><nav class="GlobalNavigation-nav">
<ul class="GlobalNavigation-navList">${links(cNav, 'GlobalNavigation-navItem')}</ul></nav>
<div class="GlobalNavigation-rightNav"><a class="LiveButton-liveButton" href="/live-tv/"><span class="LiveButton-text">Livestream</span></a>
<button class="GlobalNavigation-menuButton" aria-label="Menu"><span class="GlobalNavigation-menuLabel">Menu</span></button>
<a class="SignInMenu-signIn" href="/sign-in/">Sign In</a><a class="SignInMenu-signUp" href="/sign-up/">Create free account</a></div></div></header></div>
<div class="PageBuilder-pageWrapper"><div class="PageBuilder-containerFluidWidths PageBuilder-pageRow">
<div class="ArticleHeader-wrapperHero ArticleHeader-wrapper ArticleHeader-wrapperHeroNoImage"><div class="ArticleHeader-headerContentContainer">
<div class="ArticleHeader-eyebrowContainer"><a class="ArticleHeader-eyebrow" href="/utilities/">Utilities</a></div>
<h1 class="ArticleHeader-headline">${cTitle}</h1>
<div class="ArticleHeader-time"><time data-testid="published-timestamp" datetime="2025-11-04T12:00:01+0000" itemprop="datePublished">Published Tue, Nov 4 2025
7:00 AM EST</time><time data-testid="lastpublished-timestamp" datetime="2025-11-04T15:32:48+0000" itemprop="dateModified">Updated Tue, Nov 4 2025
10:32 AM EST</time></div></div></div></div>
<div class="PageBuilder-containerFluidWidths PageBuilder-pageRow"><div class="PageBuilder-col-9 PageBuilder-col PageBuilder-article">
<div class="ArticleHeader-authorAndShareInline"><div class="Author-authorNameAndSocial"><a class="Author-authorName" href="/priya-raman/">Priya Raman</a>
<a class="Author-twitterLink" href="https://x.example/PRamanCNBC" target="_blank" rel="noopener">@PRamanCNBC</a></div>
<div class="ShareBar-shareBarInline"><ul class="ShareBar-list"><li><button class="ShareBar-facebook" aria-label="Share Article via Facebook"></button></li>
<li><button class="ShareBar-twitter" aria-label="Share Article via Twitter"></button></li>
<li><button class="ShareBar-linkedin" aria-label="Share Article via LinkedIn"></button></li>
<li><button class="ShareBar-email" aria-label="Share Article via Email"></button></li></ul></div></div>
<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5" data-module="ArticleBody" data-test="articleBody-2"
data-analytics="RegularArticle-articleBody-5-2"><span class="HighlightShare-hidden" style="top:0;left:0"></span>
<div class="RenderKeyPoints-keyPoints"><div class="RenderKeyPoints-wrapper"><h2 class="RenderKeyPoints-title">Key Points</h2>
<div class="RenderKeyPoints-list"><div class="group"><ul>${cKey.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div></div></div>
<div class="InlineVideo-container" data-test="InlineVideo"><div class="InlineVideo-wrapper"><div class="InlineVideo-videoEmbed"></div>
<div class="InlineVideo-videoFooter"><span class="InlineVideo-watchNow">watch now</span><h3 class="InlineVideo-videoHeadline">VIDEO</h3>
<span class="InlineVideo-videoDuration">3:12</span><span class="InlineVideo-videoTitle">${cVideo}</span></div></div></div>
${cGroup(cP1)}
<h2 class="ArticleBody-subtitle">${cH1}</h2>
${cGroup(cP2.slice(0, 2))}
<div class="InlineImage-wrapper"><div class="InlineImage-imageEmbed"><img alt="${cCaption}" src="https://image.cnbcfm.example/api/v1/image/108221.jpg"
width="1280" height="720"></div><div class="InlineImage-imageEmbedCaption">${cCaption}</div><div class="InlineImage-imageEmbedCredit">${cCredit}</div></div>
${cGroup(cP2.slice(2))}
<h2 class="ArticleBody-subtitle">${cH2}</h2>
${cGroup(cP3)}
<div class="group"><p><em>— CNBC’s Leo Marchetti contributed to this report.</em></p></div>
<div class="RelatedContent-relatedContent"><div class="group"><p><strong>Don’t miss these insights from CNBC PRO</strong></p>
<ul>${cPro.map((t, i) => `<li><a href="https://www.cnbc.example/2025/11/0${i}/pro.html">${t}</a></li>`).join('\n')}</ul></div></div></div>
<div class="ArticleBody-articleFooter"><a class="ArticleBody-reprints" href="https://www.cnbc.example/licensing/">Licensing &amp; Reprints</a></div></div>
<div class="PageBuilder-col-3 PageBuilder-col PageBuilder-sidebar"><div class="TrendingNow-container" data-test="TrendingNow">
<h2 class="TrendingNow-title">Trending Now</h2><ul class="TrendingNow-storyContainer">
${cTrending
  .map(
    (t, i) => `<li class="TrendingNowItem-storyItem"><span class="TrendingNowItem-number">${i + 1}</span>
<a class="TrendingNowItem-title" href="/2025/11/04/trending-${i}.html">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
<div class="BoxRail-adSlot"><div class="ad-label">Advertisement</div><div id="ad-rail-1"></div></div></div></div></div>
<footer class="Footer-container" role="contentinfo"><div class="Footer-logo" aria-label="CNBC"></div>
<ul class="Footer-list">${links(cFootA, 'Footer-item')}</ul>
<div class="Footer-boxes"><div class="Footer-box"><h3>${cFootB[0]}</h3><p>${cFootB[1]}</p><a href="/tips/">${cFootB[2]}</a></div>
<div class="Footer-box"><h3>${cFootB[3]}</h3><p>${cFootB[4]}</p><a href="/newsletters/">${cFootB[5]}</a><p>${cFootB[6]}</p></div>
<div class="Footer-box"><h3>${cFootB[7]}</h3><a href="/advertise/">${cFootB[8]}</a></div></div>
<ul class="Footer-legal">${links(cFootB.slice(9), 'Footer-legalItem')}</ul><p class="Footer-copyright">${cCopy}</p>
<p class="Footer-disclaimer">${cData}</p><p class="Footer-quoteData">Data also provided by <a href="/datalicense/">Quotewire</a></p></footer></div>
<script src="https://static-redesign.cnbcfm.example/dist/components-PcmArticlePage.9a41c0.js" defer></script></body></html>`;
const cnbc: TestPage = {
  html: cHtml,
  name: 'heldout129-cnbc-news-article',
  kind: 'news',
  // the Key Points items are body (the "Key Points" label and the video's "VIDEO" label are in neither list); the author,
  // X handle, published and updated times and the "contributed to this report" line are bylines; the eyebrow, video
  // title and labels, caption and credit, the CNBC PRO promo list, rail, ads, nav and footer are furniture
  title: cTitle,
  headings: [cH1, cH2],
  body: texts([...cKey, ...cP1, ...cP2, ...cP3]),
  bylines: [
    'Priya Raman',
    '@PRamanCNBC',
    'Published Tue, Nov 4 2025 7:00 AM EST',
    'Updated Tue, Nov 4 2025 10:32 AM EST',
    '— CNBC’s Leo Marchetti contributed to this report.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Livestream', 'Menu', 'Sign In', 'Create free account', 'Utilities', 'watch now', '3:12', cVideo, cCaption, cCredit,
    'Don’t miss these insights from CNBC PRO', ...cPro, 'Trending Now', ...cTrending, 'Advertisement', ...cFootA, ...cFootB, cCopy, cData,
    'Data also provided by Quotewire',
  ],
};

export const HELDOUT129_B: readonly TestPage[] = [cnbc, businessInsider];
