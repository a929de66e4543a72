import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 72, file d2: a Bloomberg story (the nav bar with "Subscribe" and "Sign In", the eyebrow, headline, the
 * abstract bullets, byline and timestamps, "Gift this article", "Save" and "Share", the lead picture with caption and
 * "Photographer:" credit, body paragraphs with the "paywall" class, a "Read More:" line inside the body, the "— With assistance
 * from" line and the "(Updates with ...)" note closing the body, the "Have a confidential tip for our reporters?" box, the
 * Terminal promo, "More From Bloomberg", the footer, and the fortress paywall overlay that still leaves the text in the page).
 */
const bgTitle = 'Halvorsen Agrees to Buy Seabright in $2.4 Billion Bet on Ice-Class Tankers';
const bgAbstract = [
  'Deal gives Norwegian shipper the world’s biggest fleet of ice-class tankers',
  'Seabright investors to receive 34% premium to Friday’s closing price',
];
const bgBody = [
  'Halvorsen Shipping ASA agreed to buy rival Seabright Maritime Ltd. for about $2.4 billion in cash and shares, betting that ' +
    'demand for tankers able to sail through Arctic ice will keep growing as more liquefied natural gas projects start up in ' +
    'the far north.',
  'Seabright shareholders will receive $18.40 a share, made up of $11 in cash and 0.62 Halvorsen shares for each Seabright ' +
    'share, the companies said in a statement on Monday. The offer is 34% above Seabright’s closing price on Friday.',
  'The combined company will operate 58 vessels, 31 of them built to sail in first-year ice up to a meter thick, making it the ' +
    'largest owner of such ships. Halvorsen expects savings of about $90 million a year by 2027, mostly from merging crewing, ' +
    'insurance and technical management.',
  '“Ice-class ships take three years to build and only a handful of yards can make them,” Halvorsen Chief Executive Officer ' +
    'Sigrid Aasen said on a call with analysts. “Buying a fleet is faster than waiting for one.”',
  'Seabright’s shares jumped 29% in New York trading, while Halvorsen fell 4.2% in Oslo, its steepest drop since October.',
  'Charter rates for ice-class tankers have more than doubled since 2022, as new export terminals on the northern coasts of ' +
    'Canada and Norway compete for a small number of suitable ships. Several owners have ordered new vessels, but most will not ' +
    'be delivered before 2028.',
  'Analysts at Nordhavn Securities said the price was full but defensible. “They are paying for scarcity,” analyst Petter ' +
    'Lunde wrote in a note. “The risk is that scarcity doesn’t last once the new orders arrive.”',
  'The deal needs approval from regulators in the US, the European Union and Norway, as well as two-thirds of Seabright’s ' +
    'shareholders. The companies expect it to close in the third quarter. The Dahl family, which owns 38% of Halvorsen, has ' +
    'agreed to vote in favor of issuing the new shares.',
  'Seabright’s board had rejected an approach from a private equity group last year, people familiar with the matter said at ' +
    'the time, asking not to be identified because the talks were private.',
];
const bgReadMore = 'Read More: Arctic LNG Shipping Rates Hit Record as Ice-Class Fleet Runs Short';
const bgAssist = '— With assistance from Kari Holm';
const bgUpdates = '(Updates with share moves in fifth paragraph.)';
const bgNav = ['Markets', 'Economics', 'Industries', 'Tech', 'AI', 'Politics', 'Wealth', 'Pursuits', 'Opinion', 'Businessweek', 'Green', 'Crypto'];
const bgTop = ['Subscribe', 'Sign In'];
const bgCaption = 'A Halvorsen ice-class tanker at the port of Hammerfest.';
const bgCredit = 'Photographer: Ole Brekke/Bloomberg';
const bgTip = ['Have a confidential tip for our reporters?', 'Get in touch'];
const bgTerminal = ['Before it’s here, it’s on the Bloomberg Terminal', 'Learn more'];
const bgMore = [
  'Shipping Giants Race to Order Ice-Breaking Tankers',
  'Norway’s Oil Fund Sells Stakes in Three Shipping Firms',
  'Tanker Rates Surge as Red Sea Detours Stretch Fleet',
  'Arctic Gas Project Signs 20-Year Supply Deal With Japan',
];
const bgWall = [
  'Subscribe now for uninterrupted access.',
  'Get unlimited access to Bloomberg.com for $1.99/month for the first 3 months. Cancel anytime.',
  'Claim This Offer',
  'Already a subscriber?',
  'Sign in',
];
const bgFoot = [
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
const bgCopy = '©2025 Bloomberg L.P. All Rights Reserved.';
const bgP = (a: readonly string[]): string => a.map((p) => `<p class="media-ui-Paragraph_text-SqIsdNjh0t0- paywall">${p}</p>`).join('\n');
const bgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Halvorsen Agrees to Buy Seabright for $2.4 Billion - Bloomberg</title>
<meta name="description" content="${bgAbstract[0]}"><meta property="og:title" content="${bgTitle}"><meta name="parsely-section" content="industries">
<meta name="parsely-author" content="Erik Solberg"><meta name="parsely-author" content="Dana Whitfield">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bgTitle}","datePublished":"2025-03-03T05:00:00.000Z",
"dateModified":"2025-03-03T12:45:18.000Z","author":[{"@type":"Person","name":"Erik Solberg"},{"@type":"Person","name":"Dana Whitfield"}],
"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"SSB4X2T0AFB401","type":"Article"}}}}</script></head>
<body><div id="__next"><a href="#that-jump-content--default" class="SkipLink_skip-6vY1tJ">Skip to content</a>
<header class="NavBar_container-eA4GxT" data-component="nav-bar"><a href="https://www.bloomberg.com" aria-label="Bloomberg"><svg viewBox="0 0 120 24"></svg>
</a><nav aria-label="Primary"><ul class="NavBar_links-Y0b3sQ">${links(bgNav, 'NavBar_item-1rSVdE')}</ul></nav>
<div class="NavBar_actions-M2uK9c"><a href="https://www.bloomberg.com/subscriptions" class="NavBar_subscribe-rM3Py3">${bgTop[0]}</a>
<a href="https://www.bloomberg.com/account/signin" class="NavBar_signin-3b7QWs">${bgTop[1]}</a></div></header>
<main id="that-jump-content--default" class="ArticleBody_main-Q4Urf8"><article class="ArticleBody_article-3D9w2V" data-component="article">
<div class="media-ui-Eyebrow_eyebrow-5NmUvt"><a href="/industries" class="media-ui-Eyebrow_text-2vUN3y">Industries</a></div>
<h1 class="media-ui-HedAndDek_headline-D19MOidHYLI- gnocchi-headline">${bgTitle}</h1>
<ul class="media-ui-Abstract_abstract-f8mK4B">${bgAbstract.map((t) => `<li class="media-ui-Abstract_item-XZKQ2Y">${t}</li>`).join('')}</ul>
<div class="media-ui-Byline_byline-wk2fOI"><div class="media-ui-Byline_bylineAuthors-Ts-ifi">By <a href="/authors/AS1TZ4/erik-solberg"
class="media-ui-Byline_link-qYOKO2">Erik Solberg</a> and <a href="/authors/AT9B1K/dana-whitfield" class="media-ui-Byline_link-qYOKO2">Dana Whitfield</a></div>
<div class="media-ui-Timestamp_timestamp-1D2jLE"><time datetime="2025-03-03T05:00:00.000Z">March 3, 2025 at 12:00 AM EST</time>
<span class="media-ui-Timestamp_updated-8nCvwy">Updated on <time datetime="2025-03-03T12:45:18.000Z">March 3, 2025 at 7:45 AM EST</time></span></div></div>
<div class="media-ui-ShareBar_shareBar-X9GkhE" data-component="share-bar"><button type="button" class="media-ui-GiftButton_button-Tn9F3b"
data-component="gift-button"><span>Gift this article</span></button><button type="button" aria-label="Save" class="media-ui-SaveButton_button-oP8Fk2">
<span>Save</span></button><button type="button" aria-label="Share" class="media-ui-ShareButton_button-Dc4eJ9"><span>Share</span></button></div>
<figure class="media-ui-ImageLede_figure-HVLj7y"><img src="https://assets.bwbx.io/images/users/iqjWHBFdfxIU/i7Yk2k/v1/1200x800.jpg" alt="" width="1200"
height="800"><figcaption class="media-ui-ImageLede_caption-Fj1k2o"><span class="media-ui-Caption_text-2h1VmY">${bgCaption}</span>
<span class="media-ui-Caption_credit-4pQmF9">${bgCredit}</span></figcaption></figure>
<div class="body-content" data-component="body-content">
${bgP(bgBody.slice(0, 3))}
<p class="media-ui-Paragraph_text-SqIsdNjh0t0- paywall"><strong>Read More: </strong><a href="/news/articles/2025-02-11/arctic-lng-shipping-rates-record"
class="media-ui-Link_link-Lr2zQh">${bgReadMore.slice('Read More: '.length)}</a></p>
${bgP(bgBody.slice(3))}
<p class="media-ui-Paragraph_text-SqIsdNjh0t0- paywall"><em>${bgAssist}</em></p>
<p class="media-ui-Paragraph_text-SqIsdNjh0t0- paywall"><em>${bgUpdates}</em></p>
</div>
<div class="media-ui-TipBox_container-4ZnPc1" data-component="tip-box"><p class="media-ui-TipBox_text-Hb5Qx9">${bgTip[0]}</p>
<a href="https://www.bloomberg.com/tips/" class="media-ui-TipBox_link-8sJtxa">${bgTip[1]}</a></div>
<div class="media-ui-TerminalTout_container-M1hEo2" data-component="terminal-tout"><p class="media-ui-TerminalTout_text-3Fv6Aa">${bgTerminal[0]}</p>
<a href="https://www.bloomberg.com/professional/" class="media-ui-TerminalTout_link-9CjnPd">${bgTerminal[1]}</a></div></article>
<aside class="ArticleBody_rail-1mK8Hn"><h2 class="media-ui-SectionHeader_title-2rbY0Y">More From
Bloomberg</h2><ul>${links(bgMore, 'media-ui-Story_story-9c1ZkE')}</ul>
</aside></main>
<footer class="Footer_footer-Ua5Lh3"><ul class="Footer_links-8vF6P6">${links(bgFoot, 'Footer_item-9Pp0Yi')}</ul><p
class="Footer_copyright-1aCcvG">${bgCopy}</p></footer>
</div>
<div id="fortress-paywall-container-root" class="fortress-overlay" role="dialog" aria-modal="true"><div class="fortress-overlay__backdrop"></div>
<div class="fortress-paywall"><svg viewBox="0 0 120 24" aria-label="Bloomberg"></svg><h2 class="fortress-paywall__title">${bgWall[0]}</h2>
<p class="fortress-paywall__offer">${bgWall[1]}</p><a href="https://www.bloomberg.com/subscriptions/checkout" class="fortress-paywall__cta">${bgWall[2]}</a>
<p class="fortress-paywall__signin">${bgWall[3]} <a href="https://www.bloomberg.com/account/signin">${bgWall[4]}</a></p></div></div>
<script src="https://assets.bwbx.io/s3/javelin/public/javelin/js/foundation/transporter.js" defer></script></body></html>`;
export const bloombergStory: TestPage = {
  html: bgHtml,
  name: 'heldout72-bloomberg-news',
  kind: 'news',
  // the abstract bullets under the headline are in neither list (batch convention: deks); the paywall overlay, "Read More:" line,
  // the "(Updates with ...)" note, the tip box and the Terminal promo are furniture; "— With assistance from" is a byline; the
  // eyebrow "Industries" is a nav-like label
  title: bgTitle,
  headings: [],
  body: texts(bgBody),
  bylines: ['By Erik Solberg and Dana Whitfield', 'March 3, 2025 at 12:00 AM EST', 'Updated on March 3, 2025 at 7:45 AM EST', bgAssist],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bgNav, ...bgTop, 'Gift this article', 'Save', 'Share', bgCaption, bgCredit, bgReadMore, bgUpdates, ...bgTip,
    ...bgTerminal, 'More From Bloomberg', ...bgMore, ...bgFoot, bgCopy, ...bgWall.filter((t) => t !== 'Sign in'),
  ],
};
