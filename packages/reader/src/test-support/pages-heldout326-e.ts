import { j } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file e: a pharma trade newsletter article on a Drupal site in the style of Questex's Fierce titles:
 * the top nav with the sister-site switcher, the "Manufacturing" section label, the headline and byline block with the
 * publish time, the AddThis-style share rail, a tagged "Related" inline link list, the newsletter subscribe interstitial
 * box, the topic tags, the "Resources" sponsored rail and the footer with the brand list.
 */
const kTitle = 'Corvane Bio to shut Dutch fill-finish site as it consolidates sterile output in Ireland';
const kP1 = [
  j(
    'Corvane Bio will close its sterile fill-finish plant in Leiden by the end of 2027 and move the work to an expanded',
    'facility near Cork, a consolidation the company says will save about $60 million a year once complete.',
  ),
  j(
    'The Leiden site employs around 240 people and fills vials and prefilled syringes for three of the company’s marketed',
    'biologics. Corvane said staff would be offered roles in Ireland or severance under a plan being negotiated with the',
    'works council.',
  ),
];
const kH1 = 'A bigger Cork campus';
const kP2 = [
  j(
    'The Cork facility is getting a second isolator-based filling line and a new lyophilization suite, part of a $310',
    'million investment the company first disclosed last summer. The new line is due to complete qualification in the second',
    'half of 2026, after which technology transfer for the Leiden products will begin.',
  ),
  j(
    '“Running two sites for the same dosage forms made sense when we were supply-constrained,” Corvane’s chief technical',
    'officer, Annelies Brandt, said in an interview. “With isolator capacity coming online in Cork, one network is simpler',
    'to run and simpler to inspect.”',
  ),
];
const kH2 = 'Regulatory timeline';
const kP3 = [
  j(
    'Each product transfer will need approval from regulators in the U.S. and Europe. Corvane expects to file the variations',
    'in stages through 2027 and plans to build safety stock of all three biologics before Leiden stops production, to avoid',
    'any gap in supply.',
  ),
  j(
    'The move follows a string of network reviews across mid-sized biologics makers, several of which have sold or closed',
    'older fill-finish plants as contract manufacturers add large isolator lines in Ireland, Switzerland and North Carolina.',
  ),
  j(
    'Corvane did not say whether it would try to sell the Leiden building. A spokesperson said the company would first',
    'discuss options with the works council and local authorities, and that equipment not needed in Cork could be moved to',
    'its clinical supply unit in Basel.',
  ),
];
const kNav = ['Biotech', 'Pharma', 'Manufacturing', 'Medtech', 'Healthcare', 'Events', 'Resources', 'Podcasts'];
const kRelated = ['Fill-finish CDMO adds isolator line in Switzerland', 'Biologics maker sells Belgian plant to contract manufacturer'];
const kRes = ['Whitepaper: Closing the aseptic processing gap', 'Webinar: Annex 1 one year on'];
const kFoot = ['About Us', 'Advertise', 'Contact Us', 'Privacy Policy', 'Terms of Service', 'Do Not Sell My Personal Information'];
const kHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${kTitle} | Pharma Pulse</title>
<meta name="description" content="Corvane Bio will close its sterile fill-finish plant in Leiden by the end of 2027.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="article:section" content="Manufacturing">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${kTitle}",
"datePublished":"2026-02-26T11:15:00-05:00","author":{"@type":"Person","name":"Rafael Szymanski"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"content_type":"article","primary_topic":"Manufacturing","nid":"512776"});</script>
</head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="header"><div class="header__top"><div class="network-switcher">
<span class="network-switcher__label">Pharma Pulse Network</span></div><a class="header__subscribe" href="/subscribe">Subscribe</a></div>
<div class="header__main"><a class="header__logo" href="/"><img src="/themes/pulse/logo.svg" alt="Pharma Pulse"></a>
<nav class="main-menu" aria-label="Main navigation"><ul>${links(kNav, 'main-menu__item')}</ul></nav></div></header>
<div class="ad ad--leaderboard"><div class="ad__label">Advertisement</div></div>
<main id="main-content" class="main"><div class="layout layout--twocol-section"><div class="layout__region layout__region--first">
<article class="node node--type-article node--view-mode-full"><div class="node__top">
<div class="field field--name-field-primary-topic"><a href="/manufacturing">Manufacturing</a></div>
<h1 class="node__title"><span class="field field--name-title">${kTitle}</span></h1>
<div class="node__byline"><div class="author-teaser"><span class="author-teaser__name"><a href="/person/rafael-szymanski">Rafael Szymanski</a></span></div>
<div class="node__date"><span class="date-display">Feb 26, 2026 11:15am</span></div></div></div>
<div class="share-rail"><ul class="share-rail__list">${links(['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Print'], 'share-rail__item')}</ul></div>
<div class="node__image"><img src="/sites/default/files/styles/1024w/public/2026-02/vials.jpg" alt="">
<div class="field--name-field-media-credit">Corvane Bio will consolidate sterile production at its Cork campus. (Olga Petrenko/Stockhaus)</div></div>
<div class="clearfix text-formatted field field--name-body">
${ps(kP1)}
<div class="related-inline"><div class="related-inline__label">Related</div><ul>${links(kRelated)}</ul></div>
<h2>${kH1}</h2>
${ps(kP2)}
<div class="newsletter-interstitial"><h3>Get the Pharma Pulse Manufacturing newsletter</h3>
<p>Plants, supply chain and quality news, sent three times a week.</p><form><input type="email" placeholder="Business email">
<button type="submit">Subscribe</button></form></div>
<h2>${kH2}</h2>
${ps(kP3)}
</div>
<div class="field field--name-field-tags"><ul>${links(['Fill-finish', 'Plant closure', 'Biologics', 'European plants'], 'tag')}</ul></div></article></div>
<div class="layout__region layout__region--second"><aside class="sidebar"><section class="block block--resources"><h2 class="block__title">Resources</h2>
<ul>${links(kRes)}</ul><span class="sponsored">Sponsored</span></section>
<section class="block block--ad"><div class="ad__label">Advertisement</div></section></aside></div></div></main>
<footer class="footer"><div class="footer__brands"><span>Our Brands</span><ul>${links(['Pharma Pulse', 'Biotech Pulse', 'Medtech Pulse'])}</ul></div>
<ul class="footer__links">${links(kFoot)}</ul><p class="footer__copyright">© 2026 Linwood Questmark, Inc. All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk"><div id="onetrust-policy-text">By clicking “Accept All Cookies”, you agree to the storing of cookies on your device
to enhance site navigation and analyze site usage.</div><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></body></html>`;
const pharmaPulse: TestPage = {
  name: 'heldout326-questex-drupal-pharma-newsletter',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2],
  body: texts([...kP1, ...kP2, ...kP3]),
  bylines: ['Rafael Szymanski', 'Feb 26, 2026 11:15am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Pharma Pulse Network', 'Subscribe', ...kNav, 'Advertisement', 'Share on Facebook', 'Share on X', 'Share on LinkedIn',
    'Print', 'Corvane Bio will consolidate sterile production at its Cork campus. (Olga Petrenko/Stockhaus)', 'Related', ...kRelated,
    'Get the Pharma Pulse Manufacturing newsletter', 'Plants, supply chain and quality news, sent three times a week.', 'Fill-finish',
    'Plant closure', 'Biologics', 'European plants', ...kRes, 'Sponsored', 'Our Brands', 'Biotech Pulse', 'Medtech Pulse', ...kFoot,
    '© 2026 Linwood Questmark, Inc. All rights reserved.',
    'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.',
    'Accept All Cookies',
  ],
};

export const HELDOUT326_E1: TestPage = pharmaPulse;
