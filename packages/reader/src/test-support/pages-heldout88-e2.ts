import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 88, file e2: a markets story in CNBC's current article template, for an invented network (the market
 * quote strip above the header, the nav with "Watchlist", "Sign In" and "Create free account", the eyebrow, headline,
 * published and updated times, the author with social handle, the share buttons, the "Key Points" box, an in-body stock
 * quote widget with price, change and "Stock chart icon", an inline "WATCH NOW" video card, the "Sign up for our free
 * markets newsletter" box, a section heading, the "Don't miss these insights" list at the end, the "Trending Now" rail,
 * and the footer with the data-delay notice).
 */
const cbTitle = 'Fairway Provisions shares jump 14% as grocer raises forecast on strong holiday bookings';
const cbKey = [
  'Fairway Provisions raised its full-year sales forecast after comparable-store sales grew 6.1% in the third quarter.',
  'The grocer said holiday catering orders were running 20% ahead of last year.',
  'Shares are now up more than 40% in 2025, outpacing the broader retail sector.',
];
const cbP1 = [
  'Shares of Fairway Provisions jumped 14% on Wednesday after the regional grocery chain raised its full-year outlook, ' +
    'saying shoppers were spending more on prepared meals and that advance orders for holiday catering were well ahead ' +
    'of last year.',
  'The company now expects sales of $7.9 billion to $8.0 billion for the fiscal year, up from a previous forecast of ' +
    '$7.7 billion to $7.8 billion. Analysts polled by LSEG had expected $7.78 billion.',
  'Comparable-store sales, which strip out the effect of new locations, rose 6.1% in the quarter ended Oct. 31, the ' +
    'company said. Analysts had expected growth of about 4%.',
];
const cbP2 = [
  '“Our customers are eating at home more, but they don’t always want to cook,” Chief Executive Renata Solberg said on a ' +
    'call with analysts. “The prepared foods counter has become the front door of the store.”',
  'Sales of prepared foods rose 18% from a year earlier and now make up about 14% of the company’s revenue, Solberg said. ' +
    'The company has added hot food bars to 60 of its 212 stores over the past two years and plans to add them to another ' +
    '35 in 2026.',
];
const cbH1 = 'Margins hold up';
const cbP3 = [
  'Gross margin was 31.2%, slightly ahead of analysts’ estimates, as lower freight costs offset higher wages and a ' +
    'continued shift toward the company’s own-brand products, which carry higher margins.',
  'Fairway said it expected food inflation to remain “modest” through the end of its fiscal year, and that it had ' +
    'no plans to raise prices broadly before the holidays.',
  'Analysts at Harwood Securities raised their price target on the stock to $88 from $74, writing that the company had ' +
    '“found a way to grow in a business where growth is hard to come by.” They kept a buy rating on the shares.',
  'The stock had already risen more than 25% this year before Wednesday’s report, making it one of the best performers ' +
    'among U.S. grocers. Larger rivals have struggled as shoppers trade down to discount chains and warehouse clubs.',
];
const cbStrip = [
  { n: 'DOW', v: '44,012.55', c: '+118.42' },
  { n: 'S&amp;P 500', v: '6,214.80', c: '+9.31' },
  { n: 'NASDAQ', v: '20,388.17', c: '-21.06' },
];
const cbNav = ['Markets', 'Business', 'Investing', 'Tech', 'Politics', 'Video', 'Watchlist', 'Investing Club', 'PRO', 'Livestream'];
const cbShare = ['Share Article via Facebook', 'Share Article via Twitter', 'Share Article via LinkedIn', 'Share Article via Email'];
const cbQuote = ['FWPV', 'Fairway Provisions Inc', '81.62', '+10.04', '+14.03%', 'Stock chart icon'];
const cbWatch = ['WATCH NOW', 'VIDEO', '03:41', 'Fairway CEO: Prepared foods are driving growth'];
const cbNews = [
  'Sign up for our free markets newsletter',
  'Get the day’s top market news and analysis delivered to your inbox each weekday evening.',
  'Email',
  'Sign Up',
  'By signing up for newsletters, you are agreeing to our Terms of Use and Privacy Policy.',
];
const cbMiss = [
  'Don’t miss these insights',
  'Retail stocks rally as holiday spending outlook improves',
  'Discount grocers are winning over wealthier shoppers',
];
const cbTrending = [
  'Stock futures are little changed ahead of inflation data',
  'Here’s where the jobs are for November in one chart',
  'Oil slips as supply worries ease',
];
const cbFoot = ['About', 'Careers', 'Corrections', 'Ad Choices', 'Site Map', 'Help', 'Contact', 'Privacy Policy', 'Your Privacy Choices', 'Terms of Service'];
const cbDelay =
  'Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.';
const cbGroup = (a: readonly string[]): string => `<div class="group">${a.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const cbHtml = `<!DOCTYPE html>
<html lang="en" prefix="og=https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fairway Provisions shares jump 14% as grocer raises forecast</title><meta name="description" content="${cbKey[0]}">
<meta property="og:title" content="${cbTitle}"><meta property="og:type" content="article"><meta name="tickerSymbols" content="FWPV">
<meta property="article:published_time" content="2025-11-12T15:21:00+0000"><meta property="article:section" content="Markets">
<link rel="canonical" href="https://www.mbcnews.example/2025/11/12/fairway-provisions-fwpv-earnings-q3-2025.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cbTitle}",
"datePublished":"2025-11-12T15:21:00+0000","dateModified":"2025-11-12T19:47:00+0000","author":[{"@type":"Person","name":"Marcus Delacroix"}],
"publisher":{"@type":"NewsMediaOrganization","name":"MBC"}}</script>
<script>window.__s_data = {"page":{"page":{"id":108211938,"type":"cnbcnewsstory"}}};</script></head>
<body><div id="root"><div class="MarketsBanner-container" data-test="MarketsBanner"><ul class="MarketsBanner-marketData">
${cbStrip
  .map(
    (s) => `<li class="MarketCard-container"><span class="MarketCard-symbol">${s.n}</span><span class="MarketCard-stockPosition">${s.v}</span>
<span class="MarketCard-changeData">${s.c}</span></li>`,
  )
  .join('\n')}</ul></div>
<header class="GlobalNavigation-container"><a href="/" class="GlobalNavigation-logo" aria-label="MBC logo"><svg></svg></a>
<nav class="GlobalNavigation-nav"><ul>${links(cbNav, 'nav-menu-buttonText')}</ul></nav><div class="GlobalNavigation-account">
<a class="SignInMenu-signIn" href="/signin">Sign In</a><a class="SignInMenu-signUp" href="/signup">Create free account</a></div></header>
<div id="MainContent" class="PageBuilder-pageWrapper"><div class="ArticleHeader-headerContentContainer">
<div class="ArticleHeader-eyebrow"><a class="ArticleHeader-eyebrow" href="/markets/">Markets</a></div>
<h1 class="ArticleHeader-headline">${cbTitle}</h1>
<div class="ArticleHeader-time"><time data-testid="published-timestamp" datetime="2025-11-12T15:21:00+0000">Published Wed, Nov 12 2025 10:21 AM EST</time>
<time data-testid="lastpublished-timestamp" datetime="2025-11-12T19:47:00+0000">Updated Wed, Nov 12 2025 2:47 PM EST</time></div></div>
<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5"><div class="Author-authorNameAndSocial"><a class="Author-authorName"
href="/marcus-delacroix/">Marcus Delacroix</a><div class="Author-authorSocial"><a href="https://x.example/mdelacroix">@MDelacroixMBC</a></div></div>
<div class="ShareBar-container"><ul>${cbShare.map((t) => `<li><button aria-label="${t}"><span class="sr-only">${t}</span></button></li>`).join('')}</ul></div>
<div class="RenderKeyPoints-keyPoints"><div class="RenderKeyPoints-wrapper"><h2 class="RenderKeyPoints-title">Key Points</h2>
<div class="RenderKeyPoints-list"><div class="group"><ul>${cbKey.map((k) => `<li>${k}</li>`).join('\n')}</ul></div></div></div></div>
${cbGroup(cbP1.slice(0, 1))}
<div class="QuoteInBody-container InlineQuote"><a class="QuoteInBody-quoteNameLink" href="/quotes/FWPV/"><span class="QuoteInBody-symbol">${cbQuote[0]}</span>
<span class="QuoteInBody-name">${cbQuote[1]}</span></a><span class="QuoteInBody-last">${cbQuote[2]}</span>
<span class="QuoteInBody-change QuoteInBody-up">${cbQuote[3]}</span>
<span class="QuoteInBody-changePct">${cbQuote[4]}</span><span class="QuoteInBody-chartIcon"><img alt="Stock chart icon" src="/chart-icon.svg">
<span class="sr-only">${cbQuote[5]}</span></span></div>
${cbGroup(cbP1.slice(1))}
<div class="InlineVideo-container"><span class="InlineVideo-watchLabel">${cbWatch[0]}</span><span class="InlineVideo-kicker">${cbWatch[1]}</span>
<span class="InlineVideo-duration">${cbWatch[2]}</span><a class="InlineVideo-title" href="/video/2025/11/12/fairway-ceo.html">${cbWatch[3]}</a></div>
${cbGroup(cbP2)}
<div class="InlineNewsletterSignup-container" data-test="InlineNewsletterSignup"><h3 class="InlineNewsletterSignup-title">${cbNews[0]}</h3>
<p class="InlineNewsletterSignup-description">${cbNews[1]}</p><form><label for="nl-email" class="sr-only">${cbNews[2]}</label>
<input id="nl-email" type="email" placeholder="Email"><button type="submit">${cbNews[3]}</button></form>
<p class="InlineNewsletterSignup-legal">${cbNews[4]}</p></div>
<h2 class="ArticleBody-subtitle">${cbH1}</h2>
${cbGroup(cbP3)}
<div class="RelatedContent-relatedContent"><h2 class="RelatedContent-title">${cbMiss[0]}</h2><ul>${links(cbMiss.slice(1), 'RelatedContent-relatedItem')}</ul>
</div>
</div>
<aside class="TrendingNow-container"><h2 class="TrendingNow-title">Trending Now</h2><ol>${links(cbTrending, 'TrendingNowItem-item')}</ol></aside></div>
<footer class="Footer-container"><ul>${links(cbFoot, 'Footer-item')}</ul><p class="Footer-copyright">© 2025 MBC LLC. All Rights Reserved.</p>
<p class="Footer-dataDisclaimer">${cbDelay}</p></footer></div>
<script src="https://static-redesign.mbcfm.example/dist/main.js" defer></script></body></html>`;
export const cnbcMarkets: TestPage = {
  html: cbHtml,
  name: 'heldout88-cnbc-markets-news',
  kind: 'news',
  // the "Key Points" items are body (the box title is furniture); the market strip, the stock quote widget, the video card,
  // the newsletter box, the author's handle, the share buttons and the related and trending lists are furniture
  title: cbTitle,
  headings: [cbH1],
  body: [...cbKey, ...texts(cbP1), ...cbP2, ...cbP3],
  bylines: ['Marcus Delacroix', 'Published Wed, Nov 12 2025 10:21 AM EST', 'Updated Wed, Nov 12 2025 2:47 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...texts(cbStrip.flatMap((s) => [s.n, s.v, s.c])), ...cbNav, 'Sign In', 'Create free account', '@MDelacroixMBC', ...cbShare, 'Key Points',
    ...cbQuote, ...cbWatch, ...cbNews, ...cbMiss, 'Trending Now', ...cbTrending, ...cbFoot, '© 2025 MBC LLC. All Rights Reserved.', cbDelay,
  ],
};
