import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 98, file f2: a Bloomberg-shape story as bloomberg.com renders it (the corporate strip with its Terminal
 * links, the nav with Sign In and Subscribe, the eyebrow, headline and abstract bullets, the authors, the publication and
 * "Updated on" times, the "Gift this article", "Listen" (with duration), "Save" and "Share" bar, the lead image with its
 * credit, the body with a chart figure, a "Read More:" line and a Terminal promo in the middle, the "— With assistance from"
 * line, the "Contact us" / "Confidential tip?" / "Site feedback" block, the "Before it's here, it's on the Bloomberg Terminal"
 * promo, "Most Read" and "More From Bloomberg" rails, the hidden paywall prompt, the consent banner and the footer).
 */
const bTitle = 'Norway’s Kaldvik Bets on Rotor Sails to Cut Fuel Bills on Its Bulk Carriers';
const bAbstract = [
  'Company plans to fit 14 dry-bulk ships with spinning sails by 2027',
  'Trials show fuel savings of 7% to 11%, depending on route and season',
];
const bP1 = [
  `Kaldvik Shipping ASA, one of Norway’s largest owners of dry-bulk vessels, plans to fit spinning rotor sails to more than half its
fleet over the next three years, betting that wind power can cut fuel bills as stricter emissions rules drive up costs.`,
  `The Bergen-based company will install the tall cylindrical sails, which use the wind to generate forward thrust, on 14 of its 26
ships by the end of 2027, Chief Executive Officer Sigrid Haugland said in an interview. The program will cost about $60 million,
she said.`,
  `“Fuel is our biggest single cost, and it is only going one way,” Haugland said. “Every ton we don’t burn is a ton we don’t pay
for twice, once at the pump and once in carbon costs.”`,
  `Shipowners are under pressure to cut emissions after the International Maritime Organization agreed on targets to reach net-zero
by around 2050, and as the European Union phases shipping into its carbon market. Wind-assisted propulsion has moved from a niche
experiment to a serious option for owners of slower vessels on long ocean routes.`,
];
const bReadMore = 'Read More: Shipping’s Carbon Bill Is Coming Due in Europe’s Ports';
const bH1 = 'Payback Period';
const bP2 = [
  `Kaldvik tested two sails on one of its Supramax carriers for 18 months on routes between Brazil, West Africa and northern Europe.
Fuel consumption fell by 7% to 11% depending on the route and season, with the biggest savings on Atlantic crossings in winter,
according to data the company shared with Bloomberg News.`,
  `At current fuel prices, Haugland said, the sails should pay for themselves in five to seven years, or sooner if carbon prices
rise. The company has also negotiated lower charter rates with some customers in exchange for the lower emissions.`,
  `Analysts were cautiously positive. “The numbers are credible for this type of ship, and Kaldvik has been more transparent about
its trial data than most,” said Erik Lunde, a shipping analyst at Fjordline Securities in Oslo. “The risk is in the execution,
because yard capacity for these retrofits is tight.”`,
  `Kaldvik shares rose as much as 4.2% in Oslo trading on Tuesday, the biggest intraday gain in two months.`,
  `The company, which reported a net profit of $142 million last year, said it would fund the program from cash flow and did not
plan to raise new equity. Haugland said Kaldvik was also looking at other ways to save fuel, including hull coatings and slower
sailing speeds, but that wind would be “the biggest single lever” over the next decade.`,
];
const bCorp = ['Bloomberg the Company & Its Products', 'Bloomberg Terminal Demo Request', 'Bloomberg Anywhere Remote Login', 'Bloomberg Customer Support'];
const bNav = ['Markets', 'Economics', 'Industries', 'Tech', 'AI', 'Politics', 'Wealth', 'Pursuits', 'Opinion', 'Businessweek', 'Green', 'Crypto'];
const bActions = ['Gift this article', 'Listen', '5:12', 'Save', 'Share'];
const bLead = 'A bulk carrier fitted with rotor sails during trials off the Norwegian coast.';
const bLeadCredit = 'Photographer: Lars Eide/Bloomberg';
const bChart = ['Wind Power at Sea', 'Number of large ships fitted with wind-assisted propulsion', 'Source: Clarksons Research'];
const bMidPromo = ['Terminal', 'Track shipping rates, vessel movements and emissions data on the Bloomberg Terminal.', 'Learn more'];
const bAssist = '— With assistance from Tom Whitaker';
const bContact = [
  'Contact us:',
  'Provide news feedback or report an error',
  'Confidential tip?',
  'Send a tip to our reporters',
  'Site feedback:',
  'Take our Survey',
];
const bTerminal = ['Before it’s here, it’s on the Bloomberg Terminal', 'LEARN MORE'];
const bMostRead = [
  'Oil Slips as Traders Weigh OPEC+ Supply Plans Against Demand Outlook',
  'Europe’s Biggest Pension Funds Are Quietly Cutting Their Bond Holdings',
  'Why Container Rates Are Falling Even as Red Sea Risks Remain',
  'Norway’s Wealth Fund Posts Record Gain on Tech Stocks',
  'The Tiny Port That Became a Hub for Green Ammonia',
];
const bMore = ['Maersk Orders More Methanol Ships Despite Fuel Shortage', 'EU Carbon Price Jumps as Shipping Demand for Permits Grows'];
const bPaywall = ['Subscribe now to read this story', 'Already a subscriber?', 'Sign In'];
const bCookie = `Bloomberg and our third-party partners use cookies and similar technologies to run our site, analyze traffic and personalize ads.
You can change your choices at any time.`;
const bFoot = [
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
const bCopy = '©2025 Bloomberg L.P. All Rights Reserved.';
const bP = (t: string): string => `<p class="media-ui-Paragraph_text-SqIsdNjh0t0-">${t}</p>`;
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Norway’s Kaldvik Bets on Rotor Sails to Cut Shipping Fuel Bills - Bloomberg</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${bAbstract[0]}">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article"><meta name="parsely-section" content="industries">
<meta name="twitter:site" content="@business"><link rel="canonical" href="https://www.bloomberg.com/news/articles/2025-03-11/kaldvik-bets-on-rotor-sails">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bTitle}","datePublished":"2025-03-11T10:00:00.000Z",
"dateModified":"2025-03-11T13:14:41.512Z","author":[{"@type":"Person","name":"Ingrid Solberg"}],"publisher":{"@type":"Organization","name":"Bloomberg"},
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".body-content"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"SSZ0K1DWLU6800","type":"article","brand":"bloomberg"}}}}</script>
<link rel="stylesheet" href="https://assets.bwbx.example/s3/javelin/public/css/article.4f7b2e.css"></head>
<body><div id="__next"><div class="styles_corporateBar__aB3dE"><ul>${links(bCorp, 'styles_corporateLink__Qx1nz')}</ul></div>
<header class="styles_navBar__d9Lq2"><a href="https://www.bloomberg.com" class="styles_logo__kT2mY" aria-label="Bloomberg"><svg viewBox="0 0 100 20"></svg></a>
<nav aria-label="Main"><ul class="styles_navList__2jXpp">${links(bNav, 'styles_navItem__Fq7vC')}</ul></nav>
<div class="styles_navActions__rL0xW"><a href="/account/signin">Sign In</a><a class="styles_subscribe__mN4uB" href="/subscriptions">Subscribe</a></div></header>
<main class="styles_main__x8Qz1"><article class="styles_article__H3dzL" data-component="article">
<div class="HedAndDek_eyebrow-_Dv9Q5bn3Q0-"><a href="/industries">Industries</a></div>
<h1 class="HedAndDek_headline-D19MOidHYLI-" data-component="headline">${bTitle}</h1>
<ul class="HedAndDek_abstract-XX636-2bHQw-" data-component="abstract">${bAbstract.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="Byline_bylineAuthors-Ts-ifi4q-HY-" data-component="byline">By <a href="/authors/AS7Kq2/ingrid-solberg">Ingrid Solberg</a></div>
<div class="Byline_timestamps-2qXvU"><time datetime="2025-03-11T10:00:00.000Z">March 11, 2025 at 6:00 AM EDT</time>
<time datetime="2025-03-11T13:14:41.512Z">Updated on March 11, 2025 at 9:14 AM EDT</time></div>
<div class="ActionBar_actionBar-9cPp1" data-component="action-bar"><button class="ActionBar_gift-2wq" type="button">${bActions[0]}</button>
<button class="ActionBar_listen-1nR" type="button"><span>${bActions[1]}</span><span class="ActionBar_duration-3Fd">${bActions[2]}</span></button>
<button class="ActionBar_save-7sK" type="button">${bActions[3]}</button><button class="ActionBar_share-4Lm" type="button">${bActions[4]}</button></div>
<figure class="ImageFigure_figure-a1B" data-component="lede-image"><img src="https://assets.bwbx.example/images/users/iqjWHBFdfxIU/rotor/1200x-1.jpg"
alt="" width="1200" height="800"><figcaption class="ImageFigure_caption-c3D"><span>${bLead}</span><span class="ImageFigure_credit-e5F">${bLeadCredit}</span>
</figcaption></figure>
<div class="body-content" data-component="body-content">
${bP1.slice(0, 3).map(bP).join('\n')}
<div class="paywall-inline" hidden><p>${bPaywall[0]}</p><p>${bPaywall[1]} <a href="/account/signin">${bPaywall[2]}</a></p></div>
${bP(bP1[3] ?? '')}
<p class="media-ui-Paragraph_text-SqIsdNjh0t0-"><strong>Read More: </strong><a href="/news/articles/2025-02-20/shipping-carbon-bill">Shipping’s Carbon Bill Is
Coming Due in Europe’s Ports</a></p>
<h2 class="media-ui-Heading-3ZkRq">${bH1}</h2>
${bP2.slice(0, 2).map(bP).join('\n')}
<figure class="ChartFigure_figure-x9Q" data-component="chart"><p class="ChartFigure_title-b2W">${bChart[0]}</p>
<p class="ChartFigure_subtitle-k8P">${bChart[1]}</p><div class="ChartFigure_chart-s1T" data-chart-id="ship-wind" role="img" aria-label="Bar chart"></div>
<p class="ChartFigure_source-p4R">${bChart[2]}</p></figure>
${bP(bP2[2] ?? '')}
<aside class="TerminalPromo_inline-0dR" data-component="terminal-promo"><span class="TerminalPromo_label-7hY">${bMidPromo[0]}</span>
<p>${bMidPromo[1]}</p><a href="https://www.bloomberg.com/professional/solution/bloomberg-terminal/">${bMidPromo[2]}</a></aside>
${bP2.slice(3).map(bP).join('\n')}
<p class="media-ui-Paragraph_text-SqIsdNjh0t0- assistance">${bAssist}</p>
</div>
<div class="ArticleFooter_contact-5mZ"><p><strong>${bContact[0]}</strong> <a href="/feedback">${bContact[1]}</a></p>
<p><strong>${bContact[2]}</strong> <a href="/tips">${bContact[3]}</a></p><p><strong>${bContact[4]}</strong> <a href="/survey">${bContact[5]}</a></p></div>
<div class="TerminalPromo_footer-8Wq"><p>${bTerminal[0]}</p><a href="https://www.bloomberg.com/professional/">${bTerminal[1]}</a></div></article>
<aside class="styles_rail__0xR2s"><section class="MostRead_mostRead-6Tn"><h2>Most Read</h2><ol>
${bMostRead.map((t, i) => `<li><span class="MostRead_rank-2gH">${i + 1}</span><a href="/news/articles/2025-03-1${i}/most-read">${t}</a></li>`).join('\n')}
</ol></section><section class="MoreFrom_moreFrom-1vB"><h2>More From Bloomberg</h2><ul>
${bMore.map((t, i) => `<li><a href="/news/articles/2025-03-0${i}/more"><h3>${t}</h3></a></li>`).join('\n')}</ul></section></aside></main>
<footer class="styles_footer__9Pp3a"><ul>${links(bFoot, 'styles_footerLink__Kd2s1')}</ul><p>${bCopy}</p></footer>
<div id="fortress-consent" role="dialog" aria-label="Privacy"><p>${bCookie}</p><button>Accept All</button><button>Manage Preferences</button></div></div>
<script src="https://assets.bwbx.example/s3/javelin/public/js/article.4f7b2e.js" async></script></body></html>`;
export const bloombergStory: TestPage = {
  html: bHtml,
  name: 'heldout98-bloomberg-story',
  kind: 'news',
  // the abstract bullets are body; the author, both times and the "With assistance from" line (last line of the body
  // block) are bylines; the action bar, lead caption and credit, the chart's title, subtitle and source, the "Read More:"
  // line and the Terminal promo inside the body, the hidden paywall prompt, the contact block, the footer Terminal promo,
  // rails, consent banner and footer are furniture
  title: bTitle,
  headings: [bH1],
  body: texts([...bAbstract, ...bP1, ...bP2]),
  bylines: ['Ingrid Solberg', 'March 11, 2025 at 6:00 AM EDT', 'Updated on March 11, 2025 at 9:14 AM EDT', bAssist],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bCorp, ...bNav, 'Sign In', 'Subscribe', ...bActions, bLead, bLeadCredit, ...bPaywall.slice(0, 2), bReadMore, ...bChart,
    ...bMidPromo, ...bContact, bTerminal[0] ?? '', 'Most Read', ...bMostRead, 'More From Bloomberg', ...bMore, ...bFoot, bCopy, texts([bCookie])[0] ?? '',
    'Accept All', 'Manage Preferences',
  ],
};
