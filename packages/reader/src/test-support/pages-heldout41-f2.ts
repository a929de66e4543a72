import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 41, file f2: a Bloomberg-style article behind a paywall, as a non-subscriber saves it (the hashed
 * media-ui class names, the header with logo, nav, "Subscribe" and "Sign In", the eyebrow, headline, the "Takeaways by
 * Bloomberg AI" bullets, gift/save/share/listen buttons, "By" line with two reporters, published and "Updated on" times,
 * the lead photo with its "Photographer:" credit, the first paragraphs of the story and then the paywall box with price,
 * "Subscribe now", "Already a subscriber? Sign in" and the Terminal promo, the confidential-tip line, "Most Read", the
 * consent banner, the footer and a __NEXT_DATA__ script holding only the teaser).
 */
const bbTitle = 'Battery Startup Voltaris Seeks €600 Million as Carmakers Slow EV Orders';
const bbTake = [
  'Voltaris is seeking about €600 million in new equity and debt, according to people familiar with the matter.',
  'Slower demand from carmakers has pushed back its plans for a full-scale factory in Poland.',
  'Advisers are approaching sovereign wealth funds and industrial investors.',
];
const bbBody = [
  'Voltaris AB, a Swedish startup that makes battery cells for electric trucks and buses, is seeking to raise about €600 million ' +
    '($700 million) in new equity and debt as slower-than-expected demand from carmakers pushes back its plans for a full-scale ' +
    'factory, according to people familiar with the matter.',
  'The company has hired advisers to approach sovereign wealth funds and industrial investors in Europe and the Middle East, said ' +
    'the people, who asked not to be identified discussing private information. Talks are at an early stage and the size of ' +
    'the raise could change, they said.',
  'A spokesperson for Voltaris declined to comment on the fundraising but said the company “remains fully financed for its ' +
    'current pilot production” and continues to deliver cells to customers.',
  'Europe’s effort to build its own battery industry has stumbled as carmakers scale back electric-vehicle targets and Chinese ' +
    'producers cut prices. Several startups have delayed or canceled factories over the past two years, and investors have ' +
    'grown wary of the sector’s appetite for capital.',
  'Voltaris, founded in 2019 by former engineers from the truck industry, had planned to begin building a 16-gigawatt-hour ' +
    'plant in northern Poland next year. That timeline is now likely to slip to 2027, the people said.',
  'Its existing investors include a Nordic pension fund and a Japanese trading house, which together led a €220 million round ' +
    'in 2023. The company has not disclosed its valuation.',
];
const bbNav = ['Markets', 'Economics', 'Industries', 'Tech', 'AI', 'Politics', 'Wealth', 'Pursuits', 'Opinion', 'Businessweek', 'Green', 'CityLab'];
const bbMost = [
  'Gold Heads for Weekly Gain as Traders Price In Another Fed Cut',
  'The World’s Biggest Wealth Fund Is Rethinking Private Credit',
  'Why Shipping Rates Are Falling Even as Red Sea Traffic Returns',
];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const bbFoot = [
  'Terms of Service', 'Do Not Sell or Share My Personal Information', 'Trademarks', 'Privacy Policy', 'Careers', 'Made in NYC', 'Advertise',
  'Ad Choices', 'Help',
];
const bbCap = 'Battery cells on the pilot line at Voltaris’s plant near Gdańsk.';
const bbCookie =
  'We use cookies and similar technologies to run this site, measure its use and show you relevant ads. You can change your ' +
  'choices at any time in Cookie Settings.';
const bbP = (ps: readonly string[]): string => ps.map((p) => `<p class="media-ui-Paragraph_text-SqIsdNjh0t0-">${p}</p>`).join('\n');
const bbHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${bbTitle} - Bloomberg</title>
<meta name="parsely-metadata" content='{"type":"article","authors":["Ingrid Solheim","Marc-Antoine Bellamy"],"premium":true}'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bbTitle}","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"},"datePublished":"2025-12-03T06:00:00.000Z"}</script>
<style>.media-ui-Paragraph_text-SqIsdNjh0t0-{font-family:var(--font-body);}</style></head>
<body><div id="__next"><header class="media-ui-Header_header-4qm8n"><a class="media-ui-Header_logo" href="/"><span
class="sr-only">Bloomberg</span><svg></svg></a>
<nav class="media-ui-Navi_navi-Fb3Wq" aria-label="Main"><ul>${links(bbNav, 'media-ui-Navi_item')}</ul></nav>
<div class="media-ui-Header_account"><a class="media-ui-Header_subscribe" href="/subscriptions">Subscribe</a><a
href="/account/signin">Sign In</a></div></header>
<main><article class="media-ui-Article_article-2Rbn7"><header class="media-ui-ArticleHeader_header">
<div class="media-ui-Eyebrow_eyebrow-L5j1P"><a class="media-ui-Eyebrow_text" href="/deals">Deals</a></div>
<h1 class="media-ui-HedAndDek_headline-D19MOidHYLI-">${bbTitle}</h1>
<section class="media-ui-Takeaways_takeaways-Qx2rL" aria-labelledby="takeaways-label"><p id="takeaways-label"
class="media-ui-Takeaways_label">Takeaways by Bloomberg AI</p>
<ul>${bbTake.map((t) => `<li class="media-ui-Takeaways_item">${t}</li>`).join('')}</ul></section>
<div class="media-ui-ArticleActions_actions"><button class="media-ui-GiftButton">Gift this article</button><button aria-label="Save">Save</button>
<button aria-label="Share this article">Share</button><button class="media-ui-AudioButton">Listen<span>5:48</span></button></div>
<div class="media-ui-Byline_byline-Zq9fT"><div class="media-ui-Byline_bylineAuthors-Ts-ifi4q-HY-">By <a href="/authors/AS1-ingrid-solheim">Ingrid Solheim</a>
and <a href="/authors/AS2-marc-antoine-bellamy">Marc-Antoine Bellamy</a></div>
<div class="media-ui-Timestamp_timestamp"><time datetime="2025-12-03T06:00:00.000Z">December 3, 2025 at 7:00 AM GMT+1</time></div>
<div class="media-ui-Timestamp_updated">Updated on <time datetime="2025-12-03T09:24:00.000Z">December 3, 2025 at 10:24 AM GMT+1</time></div></div></header>
<figure class="media-ui-LedeImage_figure"><img src="https://assets.bwbx.io/images/users/iqjWHBFdfxIU/iXb9Qz/v1/1200x800.jpg" alt="">
<figcaption><span class="media-ui-Caption_caption">${bbCap}</span> <span
class="media-ui-Caption_credit">Photographer: Tomasz Zielinski/Bloomberg</span></figcaption></figure>
<div class="body-content media-ui-ArticleBody_body">
${bbP(bbBody)}
<div class="paywall-fade" aria-hidden="true"></div></div>
<section class="media-ui-Paywall_paywall-KdW2e" data-component="paywall-inline"><h3>Continue reading with a Bloomberg.com subscription</h3>
<p class="media-ui-Paywall_price">$1.99/month for the first 3 months. Cancel anytime.</p><a class="media-ui-Paywall_cta"
href="/subscriptions?in_source=paywall">Subscribe now</a>
<p class="media-ui-Paywall_login">Already a subscriber? <a href="/account/signin">Sign in</a></p>
<p class="media-ui-Paywall_terminal">Before it’s here, it’s on the Bloomberg Terminal. <a
href="https://www.bloomberg.com/professional/">Learn more</a></p></section>
<p class="media-ui-Tip_tip">Have a confidential tip for our reporters? <a href="/tips/">Get in touch</a></p></article>
<aside class="media-ui-MostRead_mostRead"><h2>Most Read</h2><ol>${links(bbMost, 'media-ui-MostRead_item')}</ol></aside></main>
<footer class="media-ui-Footer_footer"><ul>${links(bbFoot)}</ul><p>©2025 Bloomberg L.P. All Rights Reserved.</p></footer></div>
<div id="consent-banner" role="dialog" aria-label="Cookie consent"><p>${bbCookie}</p><button>Accept All</button><button>Cookie Settings</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"headline":"${bbTitle}","premium":true,"teaser":true,
"byline":"Ingrid Solheim and Marc-Antoine Bellamy","wordCount":1012}}},"page":"/news/articles/[...slug]"}</script></body></html>`;
export const bloomberg: TestPage = {
  html: bbHtml,
  name: 'heldout41-bloomberg-paywall',
  kind: 'news',
  // the body is what a non-subscriber's page holds: the six paragraphs before the paywall box (the rest of the story is not
  // in the HTML). The "Takeaways by Bloomberg AI" bullets sit under the headline as the site's summary of the story (as a
  // dek does): body, their label furniture. No headings. The reporters' names and both times are bylines ("By", "and",
  // "Updated on" in neither). The eyebrow, gift/save/share/listen buttons and duration, caption and photographer credit, the
  // whole paywall box, the tip line, "Most Read", header, nav, consent banner and footer are furniture; the nav's "Wealth"
  // is a body word ("sovereign wealth funds"): left out
  title: bbTitle,
  headings: [],
  body: [...bbTake, ...texts(bbBody)],
  bylines: ['Ingrid Solheim', 'Marc-Antoine Bellamy', 'December 3, 2025 at 7:00 AM GMT+1', 'December 3, 2025 at 10:24 AM GMT+1'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bloomberg', ...bbNav.filter((t) => t !== 'Wealth'), 'Subscribe', 'Sign In', 'Deals', 'Takeaways by Bloomberg AI', 'Gift this article', 'Save',
    'Share', 'Listen', '5:48', bbCap, 'Photographer: Tomasz Zielinski/Bloomberg', 'Continue reading with a Bloomberg.com subscription',
    '$1.99/month for the first 3 months. Cancel anytime.', 'Subscribe now', 'Already a subscriber? Sign in',
    'Before it’s here, it’s on the Bloomberg Terminal. Learn more', 'Have a confidential tip for our reporters? Get in touch', 'Most Read', ...bbMost,
    ...bbFoot, '©2025 Bloomberg L.P. All Rights Reserved.', bbCookie, 'Accept All', 'Cookie Settings',
  ],
};
