import { ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file b: a caravan storage yard's winter storage FAQ on Squarespace (7.1, accordion blocks, announcement
 * bar); its second page is in file b2.
 */
const sTitle = 'Winter Storage FAQ';
const sIntro = j(
  'Everything you need to know about storing your caravan or motorhome with us between October and March. If your question is',
  'not answered here, give the office a ring.',
);
const sFaq: [string, string[]][] = [
  ['When can I bring my caravan in?', ['Winter storage runs from 1 October to 31 March. You can drop off any time after 1 October during office hours.']],
  [
    'How secure is the yard?',
    [
      j(
        'The compound is fenced to 2.4 metres, covered by 24-hour CCTV with remote monitoring, and the gate opens only with your',
        'own fob. We are a CaSSOA Gold site, which most insurers recognise with a discount.',
      ),
    ],
  ],
  [
    'Can I get to my van during the winter?',
    ['Yes. Your fob works from 7am to 8pm every day. Please give us 24 hours notice if you want us to move it out for you with the tractor.'],
  ],
  [
    'Do you offer battery charging?',
    [
      j(
        'Covered bays have a 16A hook-up, so you can leave a smart charger connected. On open hardstanding we recommend removing the',
        'leisure battery; we can charge it in the workshop for £15 a month.',
      ),
    ],
  ],
  [
    'What do I need to do before I drop off?',
    [
      'Drain the fresh and waste water systems, including the boiler.',
      'Empty the toilet cassette and leave the blade open.',
      'Turn off the gas at the bottle and remove the bottles.',
      'Leave the fridge door on its vent catch.',
    ],
  ],
  ['How much does it cost?', ['Open hardstanding is £420 for the season and covered bays are £690. Prices include VAT.']],
];
const sFlat = sFaq.flatMap(([, a]) => a);
const sNav = ['Home', 'Storage', 'Servicing', 'Valeting', 'FAQ', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Winter Storage FAQ — Holmebeck Caravan Storage</title>
<link rel="canonical" href="https://www.holmebeckstorage.co.uk/winter-storage-faq"><meta property="og:site_name" content="Holmebeck Caravan Storage">
<meta property="og:title" content="Winter Storage FAQ — Holmebeck Caravan Storage"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" src="https://assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f1a0","siteTitle":"Holmebeck Caravan Storage"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.holmebeckstorage.co.uk","name":"Holmebeck Caravan Storage","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1a0/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65a2c1" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-transparent-header">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-url"></div>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Only 9 covered bays left for winter 2025/26 — book by phone</p></div>
</div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-inner container--fluid">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" class="">Holmebeck Caravan Storage</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Space</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
</button></div></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a2c1e0">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-65a2c1e0"><div class="fe-block fe-block-yui_3_17_2_1_1705320001">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${sIntro}</p>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1705320002"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69">
<div class="sqs-block-content"><ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true">
${sFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-${i}" id="button-${i}">
<span class="accordion-item__title">${q}</span><div class="accordion-icon-container" aria-hidden="true"><div class="plus"></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="accordion-${i}" aria-labelledby="button-${i}"><div class="accordion-item__description">
${a.length > 1 ? `<ul data-rte-list="default">${lis(a.map((t) => `<p>${t}</p>`))}</ul>` : ps(a)}</div></div></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1705320003"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Reserve your space</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p>Holmebeck Farm, Low Road, Kirkthwaite LA9 6JD</p><p>01539 727410 · office@holmebeckstorage.co.uk</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><nav class="sqs-svg-icon--list"><a href="https://www.facebook.com/holmebeck"
class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><svg viewBox="0 0 64 64"><use xlink:href="#facebook-unauth-icon"></use></svg></a></nav>
</div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>© 2025 Holmebeck Caravan Storage</p></div>
</div></div>
</div></div></section></footer>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document);
}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const storageFaq: TestPage = page({
  name: 'heldout694-squarespace-storage-faq',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sFaq.map(([q]) => q),
  body: [sIntro, ...sFlat],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Only 9 covered bays left for winter 2025/26 — book by phone', 'Skip to Content', 'Holmebeck Caravan Storage', ...sNav, 'Book a Space',
    'Reserve your space', 'Holmebeck Farm, Low Road, Kirkthwaite LA9 6JD', '01539 727410 · office@holmebeckstorage.co.uk', '© 2025 Holmebeck Caravan Storage',
  ],
});

export const HELDOUT694_B: readonly TestPage[] = [storageFaq];
