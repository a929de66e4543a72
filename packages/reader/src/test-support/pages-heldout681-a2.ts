import { plain, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout681-kit.js';

/**
 * Held-out batch 681, file a2: a barbershop's price list on Squarespace (7.1, a Menu block) with an announcement bar and a
 * cookie banner.
 */
const sTitle = 'Prices &amp; Services';
type Item = readonly [string, string, string];
const sMenu: readonly (readonly [string, readonly Item[]])[] = [
  [
    'Cuts',
    [
      ['Classic Cut', 'Scissor or clipper cut, washed and styled. Around 30 minutes.', '£24'],
      ['Skin Fade', 'Fade down to the skin with a scissor-cut top, finished with a hot towel on the neck.', '£28'],
      ['Buzz Cut', 'One length all over, edged up.', '£16'],
      ['Young Gents (under 12)', 'Any cut, Monday to Thursday only.', '£15'],
    ],
  ],
  [
    'Beard &amp; Shave',
    [
      ['Beard Trim &amp; Shape', 'Clipper and scissor shaping, lined with a straight razor.', '£14'],
      ['Hot Towel Shave', 'Two hot towels, pre-shave oil, a straight razor shave and a cold towel to finish. Around 40 minutes.', '£30'],
    ],
  ],
  [
    'Extras',
    [
      ['Cut &amp; Beard', 'Any cut with a beard trim and shape.', '£36'],
      ['Grey Blending', 'Semi-permanent colour that softens grey without a flat dyed look.', '£20'],
    ],
  ],
];
const sIntro = j(
  'All cuts at Pole &amp; Pike are done by appointment, with walk-ins on Saturday mornings if a chair is free.',
  'Prices include a wash and a styling product of your choice.',
);
const sNotes = [
  'We take card and cash. Please give us 24 hours notice if you need to cancel, or we may ask for a £10 deposit on your next booking.',
  'Gift vouchers are available in the shop in any amount.',
];
const sMenuHtml = sMenu
  .map(
    ([sec, items]) => `<div class="menu-section"><div class="menu-section-header"><div class="menu-section-title">${sec}</div></div><div class="menu-items">
${items
  .map(
    ([n, d, p]) => `<div class="menu-item"><div class="menu-item-title">${n}</div><div class="menu-item-description">${d}</div>
<div class="menu-item-price-bottom"><span class="menu-item-price-currency">£</span>${p.slice(1)}</div></div>`,
  )
  .join('\n')}</div></div>`,
  )
  .join('\n');
const sNav = ['Prices', 'Team', 'Shop', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Prices &mdash; Pole &amp; Pike Barbers</title><link rel="canonical" href="https://www.poleandpike.co.uk/prices">
<meta property="og:site_name" content="Pole &amp; Pike Barbers"><meta property="og:title" content="Prices &mdash; Pole &amp; Pike Barbers">
<script type="application/ld+json">{"url":"https://www.poleandpike.co.uk","name":"Pole & Pike Barbers",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"7 Mill Row, Kettering","openingHours":"Tu 09:00-18:00",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101",
"websiteSettings":{"siteTitle":"Pole & Pike"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6402/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6402a1" class="primary-button-style-solid header-width-full tweak-fixed-header collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Saturday walk-ins from 9am, first come first served</p></div><span class="sqs-announcement-bar-close" role="button" aria-label="Close"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Pole &amp; Pike</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`)
  .join('')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6402a1f0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6402a1f0">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p></div></div></div>
<div class="sqs-block menu-block sqs-block-menu" data-block-type="18"><div class="sqs-block-content"><div class="menu-block"><div class="menus-wrapper">
<div class="menu-wrapper">${sMenuHtml}</div></div></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${sNotes.map((n) => `<p class="" style="white-space:pre-wrap;">${n}</p>`).join('\n')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book an appointment</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Find us</h3><p style="white-space:pre-wrap;">7 Mill Row, Kettering NN16 0AB</p>
<p style="white-space:pre-wrap;">Tue&ndash;Fri 9&ndash;6 · Sat 9&ndash;3</p><p style="white-space:pre-wrap;">
<a href="https://instagram.com/poleandpike">Instagram</a></p>
<p style="white-space:pre-wrap;">© 2026 Pole &amp; Pike Barbers</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespacePrices: TestPage = {
  name: 'heldout681-price-list-squarespace',
  kind: 'blog',
  html: sHtml,
  title: 'Prices & Services',
  headings: sMenu.map(([sec]) => plain(sec)),
  body: [plain(sIntro), ...sMenu.flatMap(([, items]) => items.flatMap(([n, d, p]) => [plain(n), d, p])), ...texts(sNotes)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saturday walk-ins from 9am, first come first served', 'Skip to Content', 'Team', 'Contact', 'Book Now',
    'Book an appointment', 'Find us', '7 Mill Row, Kettering NN16 0AB', 'Tue–Fri 9–6 · Sat 9–3', 'Instagram', '© 2026 Pole & Pike Barbers',
    'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT681_A2: readonly TestPage[] = [squarespacePrices];
