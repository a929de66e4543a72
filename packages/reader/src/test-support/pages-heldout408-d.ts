import { links, ps, type TestPage, texts } from './page-kit.js';
import { arcHonours } from './pages-heldout408-d2.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file d: a science prize's laureate page on Squarespace 7.1 (fluid-engine sections, header nav,
 * announcement bar, image block caption, button block, newsletter block, footer, cookie banner) and, from file d2, a
 * regional newspaper's honours list story on Arc XP.
 */
const sTitle = 'Dr Ilona Marsh-Achebe, 2026 Fenwick Laureate in Marine Science';
const sLead = [
  j(
    'The Fenwick Foundation is pleased to name Dr Ilona Marsh-Achebe of the Coastal Ecology Institute at Porthkennack as the',
    '2026 Fenwick Laureate in Marine Science, in recognition of her work showing how seagrass meadows recover after storms.',
  ),
];
const sWork = [
  j(
    'For fifteen years Dr Marsh-Achebe and her team have surveyed the same forty seagrass plots along the Western Approaches,',
    'diving every month in all seasons. Their records, among the longest of their kind, showed for the first time that meadows',
    'torn up by winter storms regrow from buried seeds rather than from surviving roots.',
  ),
  j(
    'That finding changed how seagrass is restored. Instead of replanting shoots by hand, several restoration groups now protect',
    'the seabed after a storm and let the seed bank do the work, at around a tenth of the cost.',
  ),
];
const sContrib = [
  'The first long-term map of seed banks under temperate seagrass meadows',
  'A simple survey method used by volunteer divers in six countries',
  'Evidence that anchoring bans after storms speed up recovery by two to three years',
];
const sQuote = j(
  '“Seagrass is patient,” Dr Marsh-Achebe said on hearing of the award. “Most of what we did was learn to be patient too,',
  'and to keep going back to the same places.”',
);
const sPrize = [
  j(
    'The Fenwick Laureateship carries a research grant of £120,000 over three years and an invitation to give the Fenwick',
    'Lecture at the Royal Institution of the West. Dr Marsh-Achebe will use the grant to train volunteer survey teams in',
    'harbours where seagrass has been lost, and to publish the full survey record as open data.',
  ),
  j(
    'She studied biology at the University of Tamsworth and completed her doctorate at the Marine Station in Kerrow Bay.',
    'She is the eleventh Fenwick Laureate and the first to work on coastal plants.',
  ),
];
const sNav = ['About', 'Past Laureates', 'Apply', 'Annual Lecture', 'Donate'];
const sFoot = ['Contact', 'Privacy', 'Instagram'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${sTitle} — The Fenwick Foundation</title>
<meta property="og:site_name" content="The Fenwick Foundation"><meta property="og:title" content="Ilona Marsh-Achebe — The Fenwick Foundation">
<meta itemprop="name" content="Ilona Marsh-Achebe — The Fenwick Foundation"><meta name="description" content="The 2026 Fenwick Laureate in Marine Science.">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"65b2e0c4f1d2a8","siteTitle":"The Fenwick Foundation"},
"templateId":"5c5a519771c10ba3470d8101","collectionId":"65b2e0c4f1d2b1","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.fenwickfoundation.org","name":"The Fenwick Foundation",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65b2e0c4f1d2a8/12/5c5a519771c10ba3470d8101/65b2e0c4f1d2c7/1631/site.css" rel="stylesheet">
</head><body id="collection-65b2e0c4f1d2b1" class="primary-button-style-solid tweak-global-animations-enabled view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Nominations for 2027 close on
31 January. <a href="/apply">Find out more</a></p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner container--fluid"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/65b2e0c4f1d2a8/logo.png" alt="The Fenwick Foundation"></a>
</div><div class="header-nav"><nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase().replace(' ', '-')}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65b2e0c4f1d2d0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-65b2e0c4f1d2e1">
<div class="fe-block fe-block-yui_3_17_2_1_1712"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1712">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sLead, ' class="sqsrte-large" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1713"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img data-src="//images.squarespace-cdn.com/content/v1/65b2e0c4f1d2a8/marsh-achebe.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Dr Marsh-Achebe surveying a seagrass plot off Porthkennack. Photo by
Kit Penrose.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1714"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Her work</h2>
${ps(sWork, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">Key contributions</h3>
<ul data-rte-list="default">${sContrib.map((c) => `<li><p style="white-space:pre-wrap;">${c}</p></li>`).join('\n')}</ul>
<blockquote><p style="white-space:pre-wrap;">${sQuote}</p></blockquote>
<h2 style="white-space:pre-wrap;">About the Laureateship</h2>
${ps(sPrize, ' style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1715"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/laureates" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">See all laureates</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1716"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper"><form class="newsletter-form"><header class="newsletter-form-header"><h2>Stay in touch</h2>
<div class="newsletter-form-header-description"><p>News of the prize and the annual lecture, twice a year.</p></div></header>
<input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-html-content">
<p>The Fenwick Foundation · Registered charity 1167023</p><ul>${links(sFoot)}</ul></div></div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to analyse traffic.</p></div><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const laureate: TestPage = {
  name: 'heldout408-squarespace-science-laureate',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Her work', 'Key contributions', 'About the Laureateship'],
  body: texts([...sLead, ...sWork, ...sContrib, sQuote, ...sPrize]),
  bylines: [],
  furniture: [
    'Nominations for 2027 close on 31 January. Find out more',
    ...sNav,
    'Dr Marsh-Achebe surveying a seagrass plot off Porthkennack. Photo by Kit Penrose.',
    'See all laureates',
    'Stay in touch',
    'News of the prize and the annual lecture, twice a year.',
    'Sign Up',
    'The Fenwick Foundation · Registered charity 1167023',
    ...sFoot,
    'This site uses cookies to analyse traffic.',
    'Accept',
    'Decline',
  ],
};

export const HELDOUT408_D: readonly TestPage[] = [laureate, arcHonours];
