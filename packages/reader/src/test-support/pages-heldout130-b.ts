import { links, type TestPage, texts } from './page-kit.js';
import { ftStory } from './pages-heldout130-b2.js';

/**
 * Held-out batch 130, file b: a Bloomberg story on its media-ui template (the nav bar with "Live TV", "Subscribe" and "Sign
 * In", the hidden section menu, the eyebrow, the hed, the abstract bullets, the two-author byline with "Save" and "Follow",
 * the published and updated timestamps, "Gift this article", the listen button, the lead photo with caption and credit,
 * a "Read More:" line and a chart figure inside the body, the "With assistance from" line, the "(Updates with ...)" note,
 * the contact-us block, the Terminal promo, "More From Bloomberg", "Most Read", the paywall prompt and the footer) and,
 * from file b2, a Financial Times story.
 */
const bbTitle = 'Velmora Copper Sinks Most Since 2020 as Flooding Halts Tasca Mine';
const bbAbstract = ['Company says output at its largest mine will be cut by a third', 'Analysts warn the outage could tighten an already stretched market'];
const bbP = [
  'Velmora Copper Corp. shares fell the most in more than four years after the miner said flooding at its Tasca operation would ' +
    'halt production for at least six weeks, removing one of the few sources of new supply in a tight market.',
  'The stock dropped as much as 17% in Toronto on Monday, wiping about C$2.1 billion off the company’s market value. Copper ' +
    'futures in London rose 2.4% to $9,870 a ton, the highest in almost two months.',
  'Heavy rain over the weekend overwhelmed pumps at the underground section of Tasca, forcing the evacuation of about 600 ' +
    'workers, Velmora said in a statement. No one was injured. The company now expects to produce 310,000 to 340,000 tons of ' +
    'copper this year, down from earlier guidance of as much as 470,000 tons.',
  '“This is a serious setback, but it is a recoverable one,” Chief Executive Officer Ana Lucía Torrente said on a call with ' +
    'analysts. “The open pit is unaffected, and we expect to restart the underground mine in stages from mid-April.”',
  '<strong>Read More: </strong><a href="https://www.bloomberg.com/news/articles/2025-02-20/copper-miners-struggle-to-add-supply">' +
    'Copper Miners Are Running Out of Places to Find New Supply</a>',
  'Tasca, which accounts for about 40% of Velmora’s output, has been central to the company’s plan to become one of the ' +
    'world’s five largest copper producers by the end of the decade. An expansion of the underground workings, costing $3.8 ' +
    'billion, was due to be completed next year.',
  'The outage comes as the industry struggles to keep up with demand from power grids, electric vehicles and data centers. ' +
    'Several large projects have been delayed by falling ore grades, permitting disputes and rising costs, and analysts have ' +
    'warned for months that the market could swing into a deficit.',
  '“Every ton matters in a market this tight,” said Graham Oyelaran, an analyst at Corwen Partners in London. “Losing even a ' +
    'few weeks of Tasca is enough to move prices, and the risk is that the restart takes longer than the company is saying.”',
  'Velmora said it would give an update on the restart schedule and the cost of repairs with its first-quarter results on ' +
    'April 24. The company has about $1.6 billion of cash and undrawn credit lines, and said it did not expect to change its ' +
    'dividend.',
];
const bbNav = ['Markets', 'Economics', 'Industries', 'Tech', 'Politics', 'Wealth', 'Pursuits', 'Opinion', 'Businessweek', 'Green', 'CityLab'];
const bbMenu = ['Deals', 'Commodities', 'ETFs', 'Currencies', 'Fixed Income', 'Crypto', 'Asia', 'Europe', 'Latin America'];
const bbCaption = 'Trucks at the Tasca copper mine.';
const bbCredit = 'Photographer: Rodrigo Almada/Bloomberg';
const bbChart = ['Sharpest Slide', 'Velmora shares posted their biggest drop since March 2020', 'Source: Bloomberg'];
const bbMore = [
  'Gold Heads for Weekly Gain as Traders Bet on Earlier Rate Cuts',
  'Aluminum Smelters Restart Capacity as Power Prices Ease',
  'Iron Ore Slips as Steel Mills Cut Output Ahead of Holiday',
];
const bbMost = [
  'The Billionaire Who Bet Against Lithium',
  'Why Copper Is the New Oil',
  'Mortgage Rates Drop for a Fourth Week',
  'The Cities Where Rents Are Finally Falling',
];
const bbContact = [
  'Contact us:',
  'Provide news feedback or report an error',
  'Confidential tip?',
  'Send a tip to our reporters',
  'Site feedback:',
  'Take our Survey',
];
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
];
const bbPs = (a: readonly string[]): string =>
  a
    .map((p) => `<p class="media-ui-Paragraph_text-SqIsdNjh0t0- paywall"${p.startsWith('<strong>Read') ? ' data-component="read-more"' : ''}>${p}</p>`)
    .join('\n');
const bbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Velmora Copper Sinks Most Since 2020 as Flooding Halts Tasca Mine - Bloomberg</title>
<meta name="description" content="Velmora Copper Corp. shares fell the most in more than four years after flooding halted its Tasca mine.">
<meta property="og:title" content="${bbTitle}"><meta property="og:type" content="article"><meta name="parsely-section" content="markets">
<meta name="byl" content="By Priya Ramaswamy-Holt and Tomás Echeverría"><meta name="brand" content="markets">
<link rel="canonical" href="https://www.bloomberg.com/news/articles/2025-03-03/velmora-copper-sinks-as-flooding-halts-tasca-mine">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bbTitle}","datePublished":"2025-03-03T14:21:07.000Z",
"dateModified":"2025-03-03T17:45:50.000Z","author":[{"@type":"Person","name":"Priya Ramaswamy-Holt"},{"@type":"Person","name":"Tomás Echeverría"}],
"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>
<script>window.__bbg_data = {"story":{"id":"SSMZ4KT0G1KW00","brand":"markets","paywallType":"metered"}};</script>
<script src="https://assets.bwbx.example/s3/javelin/public/javelin/js/foundation/transporter/foundation_transporter-1a2b3c.js" async></script>
<link rel="stylesheet" href="https://assets.bwbx.example/s3/javelin/public/hub/css/media-ui-3f1b0e.css"></head>
<body class="story"><div id="__next"><a class="media-ui-SkipLink_skipLink-0Y8Hd" href="#that-jump-content--default">Skip to content</a>
<nav class="media-ui-Navi_navi-7NLJ1ouERX8-" aria-label="Main"><div class="media-ui-Navi_top-Nn9dBf8u8Lc-">
<button class="media-ui-Navi_menuButton-j2dJW" aria-label="Menu"><span>Menu</span></button><a class="media-ui-Navi_logo-Ij7MN" href="/">Bloomberg</a>
<a class="media-ui-Navi_liveTv-0J5Qm" href="/live/us">Live TV</a><a class="media-ui-Navi_liveTv-0J5Qm" href="/markets">Markets</a>
<a class="media-ui-Navi_subscribe-QjqGx" href="/subscriptions">Subscribe</a><a class="media-ui-Navi_signIn-eW2oU" href="/account/signin">Sign In</a></div>
<ul class="media-ui-Navi_verticals-RnB6M">${links(bbNav, 'media-ui-Navi_vertical-5hFqS')}</ul>
<div class="media-ui-Navi_flyout-l2tMh" hidden><ul>${links(bbMenu, 'media-ui-Navi_flyoutItem-uk8NZ')}</ul></div></nav>
<main id="that-jump-content--default" class="media-ui-StoryLayout_main-tsh8b"><article class="media-ui-StoryLayout_article-XpRdy">
<div class="media-ui-StoryHeader_root-0Wk2c"><div class="media-ui-Eyebrow_eyebrow-wUxCp"><a href="/markets">Markets</a></div>
<h1 class="media-ui-HedAndDek_headline-D19MOidHYLI-">${bbTitle}</h1>
<ul class="media-ui-Abstract_abstract-Qz8Kw">${bbAbstract.map((t) => `<li class="media-ui-Abstract_item-Zd2K8">${t}</li>`).join('\n')}</ul>
<div class="media-ui-Byline_byline-dLBqa"><div class="media-ui-Byline_bylineAuthors-Ts-ifi4q-Ko-">By <a rel="author"
href="https://www.bloomberg.com/authors/AV1xYk2/priya-ramaswamy-holt">Priya Ramaswamy-Holt</a> and <a rel="author"
href="https://www.bloomberg.com/authors/AT7zQm4/tomas-echeverria">Tomás Echeverría</a></div>
<button class="media-ui-Byline_follow-2pJkR">Save</button><button class="media-ui-Byline_follow-2pJkR">Follow the authors</button>
<div class="media-ui-Timestamp_root-4h3pE"><time datetime="2025-03-03T14:21:07.000Z">March 3, 2025 at 9:21 AM EST</time>
<span class="media-ui-Timestamp_updated-o9kQr">Updated on <time datetime="2025-03-03T17:45:50.000Z">March 3, 2025 at 12:45 PM EST</time></span></div></div>
<div class="media-ui-StoryTools_root-kB7Xq"><button class="media-ui-GiftButton_root-XQp1a">Gift this article</button>
<button class="media-ui-ListenButton_root-y3H5d"><span>Listen</span><span class="media-ui-ListenButton_duration-eZ4qN">4:12 min</span></button></div>
<figure class="media-ui-LedeImage_figure-Cm3Oy"><img alt="" src="https://assets.bwbx.example/images/users/iqjWHBFdfxIU/iXq2/v1/1200x800.jpg">
<figcaption class="media-ui-LedeImage_caption-KDw6y"><span class="media-ui-LedeImage_captionText-J9tnT">${bbCaption}</span>
<span class="media-ui-LedeImage_credit-GJ0bz">${bbCredit}</span></figcaption></figure></div>
<div class="media-ui-StoryBody_body-content-yHLbw body-content">
${bbPs(bbP.slice(0, 4))}
<div class="media-ui-Ad_adWrapper-rd1M3" data-ad-type="inline"><div class="media-ui-Ad_label-G9oQl">Advertisement</div><div id="ad-mid1"></div></div>
${bbPs(bbP.slice(4, 6))}
<figure class="media-ui-Chart_chart-Ys0AE" data-type="chart"><div class="media-ui-Chart_title-3fW7d">${bbChart[0]}</div>
<div class="media-ui-Chart_subtitle-KkP0x">${bbChart[1]}</div><img alt="" src="https://assets.bwbx.example/images/charts/velmora.png">
<div class="media-ui-Chart_source-dYQ1b">${bbChart[2]}</div></figure>
${bbPs(bbP.slice(6))}
<p class="media-ui-StoryBody_assistance-mR8w2"><em>— With assistance from Hélène Vasquez-Moor</em></p>
<p class="media-ui-StoryBody_updates-xTn4B"><em>(Updates with analyst comment in seventh paragraph.)</em></p></div>
<div class="media-ui-ContactUs_root-Bqs0c">${bbContact.map((t, i) => (i % 2 === 0 ? `<p><strong>${t}</strong> ` : `<a href="#">${t}</a></p>`)).join('')}</div>
<div class="media-ui-TerminalPromo_root-Lf1C2"><p>Before it’s here, it’s on the Bloomberg Terminal</p><a href="/professional">LEARN MORE</a></div>
</article>
<section class="media-ui-Recirc_root-9Uo6M"><h2 class="media-ui-Recirc_heading-Fm2sq">More From Bloomberg</h2><ul>
${bbMore.map((t) => `<li><a class="media-ui-Recirc_link-Mt5gW" href="/news/articles/2025-03-03/more"><h3>${t}</h3></a></li>`).join('\n')}</ul></section>
<aside class="media-ui-MostRead_root-yV2lt"><h2>Most Read</h2><ol>${links(bbMost, 'media-ui-MostRead_item-Tz3eK')}</ol></aside>
<div class="media-ui-Paywall_root-2DpRk" data-testid="paywall"><p>Subscribe now for uninterrupted access to trusted, data-driven journalism.</p>
<a href="/subscriptions">Get started</a></div></main>
<footer class="media-ui-Footer_footer-L1nGj"><ul>${links(bbFoot, 'media-ui-Footer_link-8VdYd')}</ul>
<p class="media-ui-Footer_copyright-Oe4xS">©2025 Bloomberg L.P. All Rights Reserved.</p></footer></div>
<script src="https://assets.bwbx.example/s3/javelin/public/hub/js/story-4c2e1a.js" defer></script></body></html>`;

const bloomberg: TestPage = {
  html: bbHtml,
  name: 'heldout130-bloomberg-news',
  kind: 'news',
  // the abstract bullets are the dek: body; the "Read More:" line, the chart title, subtitle and source, and the
  // "(Updates with ...)" note are furniture; "With assistance from" is a byline
  title: bbTitle,
  headings: [],
  body: [...bbAbstract, ...texts([...bbP.slice(0, 4), ...bbP.slice(5)])],
  bylines: [
    'By Priya Ramaswamy-Holt and Tomás Echeverría',
    'March 3, 2025 at 9:21 AM EST',
    'Updated on March 3, 2025 at 12:45 PM EST',
    '— With assistance from Hélène Vasquez-Moor',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', 'Live TV', 'Subscribe', 'Sign In', ...bbNav, ...bbMenu, 'Save', 'Follow the authors', 'Gift this article', 'Listen',
    '4:12 min', bbCaption, bbCredit, 'Advertisement', 'Read More: Copper Miners Are Running Out of Places to Find New Supply', ...bbChart,
    '(Updates with analyst comment in seventh paragraph.)', ...bbContact, 'Before it’s here, it’s on the Bloomberg Terminal', 'LEARN MORE',
    'More From Bloomberg', ...bbMore, 'Most Read', ...bbMost, 'Subscribe now for uninterrupted access to trusted, data-driven journalism.',
    'Get started', ...bbFoot, '©2025 Bloomberg L.P. All Rights Reserved.',
  ],
};

export const HELDOUT130_B: readonly TestPage[] = [bloomberg, ftStory];
