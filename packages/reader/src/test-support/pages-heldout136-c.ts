import { links, ps, type TestPage, texts } from './page-kit.js';
import { slateArticle } from './pages-heldout136-c2.js';
import { items, lis, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file c: a Bloomberg Opinion column on the "media-ui" article template (skip link, the top nav with
 * "Live TV", "Sign In" and "Subscribe", the "Opinion" eyebrow, headline, dek, byline with "Columnist", time, the "Gift this
 * article", "Listen" and "Share" tools, the lede image credit, chart embeds with title, source and note, an ad slot, and at the
 * end of the body the "More From Bloomberg Opinion" list, the "Want more Bloomberg Opinion?" line, the italic disclaimer, the
 * author bio and "More stories like this" line, then the Terminal promo, "Top Reads", the footer and the OneTrust banner)
 * and, from file c2, a Slate article.
 */
const mTitle = 'Copper Traders Are Betting on a Shortage That May Never Come';
const mDek = 'A wave of new supply from Kalvessa and a slowdown in grid spending should cool the rally sooner than the market expects.';
const mBody = paras(`
Copper has had the kind of year that makes commodity traders feel like prophets. Prices have climbed almost 30% since January,
hedge funds hold their largest bullish position in more than a decade and every second research note now includes the phrase
“structural deficit.” The argument goes like this: the energy transition needs vast amounts of copper for cables, motors and
transformers, and the mining industry simply has not invested enough to keep up.

It is a good story. It is also, at least for the next two years, probably wrong.

Start with supply. The Kalvessa mine, which shipped its first concentrate in March after a decade of delays, is ramping up
faster than its owner promised. At full capacity it will add roughly 450,000 metric tons a year, close to 2% of global mined
output. Two large expansions in the southern copper belt are due to start production in the second half of next year. None of
this is secret, but the market is treating it as if it were a rounding error.
`);
const mBody2 = paras(`
Then there is demand. Much of the bullish case rests on spending on electricity grids, which was supposed to surge this year.
It has not. Utilities in Europe and North America have pushed back large transmission projects because of permitting delays
and higher borrowing costs. Orders for high-voltage cable, a good early indicator, fell in the third quarter for the first
time in three years.

China matters more than either. It consumes more than half the world’s refined copper, and its property sector, still the
largest single user of the metal in the country, continues to shrink. Fabricators there have been running down their stocks
rather than buying at these prices, which is usually a sign that physical demand is weaker than the futures market suggests.

None of this means the long-term case for copper is wrong. The world will need far more of it by the 2030s, and the lead time
for a new mine is well over a decade. But markets do not trade the 2030s; they trade the next few quarters. And on that horizon,
the gap between what speculators are paying for and what the physical market needs looks uncomfortably wide.

The last time positioning was this lopsided, in 2021, prices fell by a quarter in four months once Chinese buyers stepped back.
Investors who bought the shortage story this year might want to ask who will be left to buy when the new tons arrive.
`);
const mCharts = [
  { title: 'Speculators Pile In', sub: 'Net long positions of money managers in copper futures, thousands of contracts', src: 'Source: Exchange data' },
  { title: 'New Supply on the Way', sub: 'Expected annual output from projects starting 2025-2027, thousands of metric tons', src: 'Source: Company filings' },
];
const mMore = items(`
The Gold Rally Has Nothing to Do With Inflation: Ian Brereton
Utilities Can’t Build Grids Fast Enough. Blame the Permits: Editorial
China’s Property Slump Is Entering a Dangerous Phase: Miriam Okafor
`);
const mWant = 'Want more Bloomberg Opinion? Terminal readers head to OPIN <GO>. Or you can subscribe to our daily newsletter.';
const mDisc =
  'This column reflects the personal views of the author and does not necessarily reflect the opinion of the editorial board ' +
  'or Bloomberg LP and its owners.';
const mBio =
  'Harriet Kessel is a Bloomberg Opinion columnist covering commodities and mining. She previously ran the metals desk at a ' + 'London trading house.';
const mNav = ['Markets', 'Economics', 'Industries', 'Tech', 'AI', 'Politics', 'Wealth', 'Pursuits', 'Opinion', 'Businessweek', 'Green', 'CityLab', 'Crypto'];
const mTop = items(`
Fed Officials Signal Patience on Rate Cuts as Inflation Lingers
Europe’s Biggest Banks Brace for Tougher Capital Rules
The Billionaire Betting on Small Nuclear Reactors
`);
const mFoot = items(`
Terms of Service
Do Not Sell or Share My Personal Information
Trademarks
Privacy Policy
Careers
Made in NYC
Advertise
Ad Choices
Help
`);
const mCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site ' +
  'usage, and assist in our marketing efforts.';
const mCaption = 'Copper cathodes stacked at a warehouse near the Kalvessa mine.';
const mCredit = 'Photographer: Tomas Ruelas/Bloomberg';
const esc = (t: string): string => t.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const P = ' data-component="paragraph" class="media-ui-Paragraph_text-SqIsdNjh0t0-"';
const chart = (c: (typeof mCharts)[number], i: number): string => `<figure data-component="chart" class="media-ui-Chart_chart-a7Lx0fVb3Ds-">
<div class="media-ui-Chart_title-Qm2c9yFzGxA-">${c.title}</div><div class="media-ui-Chart_subtitle-5bZr4Vf0wEk-">${c.sub}</div>
<div class="media-ui-Chart_iframe-1kPfWLq2o1E-"><iframe src="https://www.bloomberg.com/toaster/v2/charts/${i}a7f.html" title="${c.title}"
loading="lazy"></iframe></div><div class="media-ui-Chart_footer-6a1hpBQ3yq8-"><span>${c.src}</span></div></figure>`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>${mTitle} - Bloomberg</title><meta name="description" content="${mDek}">
<meta property="og:title" content="${mTitle}"><meta property="og:type" content="article"><meta name="parsely-section" content="opinion">
<meta name="author" content="Harriet Kessel"><link rel="canonical" href="https://www.bloomberg.com/opinion/articles/2025-11-13/copper-shortage-bet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}","description":"${mDek}",
"author":[{"@type":"Person","name":"Harriet Kessel"}],"datePublished":"2025-11-13T10:00:07.561Z","articleSection":"Opinion",
"isAccessibleForFree":"False","publisher":{"@type":"Organization","name":"Bloomberg"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"type":"Opinion","id":"T5RK2ZDWX2PS00"}}}}</script>
</head><body><div id="__next"><a href="#that-jumpy-jump-link" class="media-ui-SkipLink_link-M2p3Aah9y1A-">Skip to content</a>
<header class="media-ui-Header_header-3GvO6KjHjyk-" data-component="header"><a href="https://www.bloomberg.com" aria-label="Bloomberg">
<svg aria-hidden="true"></svg></a><a href="https://www.bloomberg.com/live" class="media-ui-Header_liveTv-Uh5LMbPc0ec-">Live TV</a>
<nav class="media-ui-Navi_navi-1a3bhE8Ws8A-" aria-label="Main"><ul>${links(mNav, 'media-ui-Navi_item-tRAMfGNCE7w-')}</ul></nav>
<div class="media-ui-Header_actions-0zW0XzuBSpk-"><a href="https://www.bloomberg.com/account/signin">Sign In</a><a
href="https://www.bloomberg.com/subscriptions" class="media-ui-Header_subscribe-yV8pZ7vjE8E-">Subscribe</a></div></header>
<main id="that-jumpy-jump-link" class="media-ui-Main_main-2rHc4Nr5Yq0-"><article class="media-ui-ArticleLayout_article-c5Z6bcc8Tx0-">
<div data-component="eyebrow" class="media-ui-Eyebrow_eyebrow-8qgLBlzE7ws-"><a href="https://www.bloomberg.com/opinion">Opinion</a></div>
<h1 data-component="headline" class="media-ui-HedAndDek_headline-D19MOidHYLI-">${mTitle}</h1>
<div data-component="dek" class="media-ui-HedAndDek_dek-1ZxKIxwZxcA-"><p>${mDek}</p></div>
<div class="media-ui-Byline_bylineAuthors-Ts-ifi4q-HY-" data-component="byline"><a href="https://www.bloomberg.com/opinion/authors/AVbQ2/harriet-kessel"
class="media-ui-Byline_authorLink-WD3GpU8r-5E-">Harriet Kessel</a>, <span class="media-ui-Byline_role-sHm6Ct7c5S0-">Columnist</span></div>
<div class="media-ui-Timestamp_timestamp-zpmoc4M6ePU-"><time datetime="2025-11-13T10:00:07.561Z">November 13, 2025 at 5:00 AM EST</time></div>
<div class="media-ui-Toolbar_toolbar-bLnLGAJFu-g-" data-component="toolbar"><button type="button">Save</button><button type="button"
data-component="gift-button">Gift this article</button><button type="button" data-component="listen-button"><span>Listen</span><span>6:41</span></button>
<button type="button" aria-label="Share">Share</button></div>
<figure data-component="lede-image" class="media-ui-LedeImage_figure-FcCUo3S6oh8-">
<img src="https://assets.bwbx.io/images/users/iqjWHBFdfxIU/copper/1200x-1.jpg"
alt="${mCaption}"><figcaption><span class="media-ui-LedeImage_caption-6bMGi5WQ1PY-">${mCaption}</span><span
class="media-ui-LedeImage_credit-JSmkL7fUIS4-">${mCredit}</span></figcaption></figure>
<div class="body-content media-ui-ArticleBody_body-oR9LQzYLUAk-" data-component="body-content">
${ps(mBody, P)}
${chart(mCharts[0] ?? { title: '', sub: '', src: '' }, 0)}
<div data-component="ad" class="media-ui-Ad_ad-1w6k3gE2Bys- media-ui-Ad_inline-qB2m7n3aT1U-" id="in-body-ad-1" aria-hidden="true"></div>
${ps(mBody2.slice(0, 2), P)}
${chart(mCharts[1] ?? { title: '', sub: '', src: '' }, 1)}
${ps(mBody2.slice(2), P)}
<p${P}><strong>More From Bloomberg Opinion:</strong></p><ul class="media-ui-List_list-GR2u7oU3oG0-">${lis(
  mMore.map((t) => `<a href="https://www.bloomberg.com/opinion/articles/2025-11-1${t.length % 9}/x">${t}</a>`),
)}</ul>
<p${P}><em>${esc(mWant)}</em></p>
<p${P}><em>${mDisc}</em></p>
<p${P}>${mBio}</p>
<p${P}>More stories like this are available on <a href="https://www.bloomberg.com/opinion">bloomberg.com/opinion</a></p>
</div></article>
<aside class="media-ui-TerminalPromo_promo-3Ce9Wv0MHCc-"><p>Before it’s here, it’s on the Bloomberg Terminal</p>
<a href="https://www.bloomberg.com/professional/">LEARN MORE</a>
</aside><section class="media-ui-TopReads_topReads-k0xXYcpbh1I-"><h2>Top Reads</h2><ul>${links(mTop)}</ul></section></main>
<footer class="media-ui-Footer_footer-1M0a1U3Lyx4-"><ul>${links(mFoot)}</ul><p>©2025 Bloomberg L.P. All Rights Reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${mCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<script src="https://assets.bwbx.io/s3/javelin/public/hub/js/abba/abba-6f2a1b7c.js" async></script></body></html>`;
const bloombergOpinion: TestPage = {
  name: 'heldout136-bloomberg-opinion-column',
  kind: 'news',
  // the dek is body; chart titles, subtitles and sources are furniture; the closing "More From Bloomberg Opinion" list, the
  // "Want more" line, the disclaimer, the author bio and "More stories like this" are furniture although they sit in the body
  html: mHtml,
  title: mTitle,
  headings: [],
  body: [mDek, ...texts(mBody), ...texts(mBody2)],
  bylines: ['Harriet Kessel', 'Columnist', 'November 13, 2025 at 5:00 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Live TV', ...mNav, 'Sign In', 'Subscribe', 'Save', 'Gift this article', 'Listen', '6:41', 'Share', mCaption, mCredit,
    ...mCharts.flatMap((c) => [c.title, c.sub, c.src]), 'More From Bloomberg Opinion:', ...mMore, mWant, mDisc, mBio,
    'More stories like this are available on bloomberg.com/opinion', 'Before it’s here, it’s on the Bloomberg Terminal', 'LEARN MORE', 'Top Reads',
    ...mTop, ...mFoot, '©2025 Bloomberg L.P. All Rights Reserved.', mCookie, 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ]),
};

export const HELDOUT136_C: readonly TestPage[] = [bloombergOpinion, slateArticle];
