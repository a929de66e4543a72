import { j, lis } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file e2: a B2B events-and-awards news page built with Elementor on WordPress (elementor-section /
 * elementor-column / elementor-widget-container markup): the Elementor header with the "Book tickets" button, the post
 * title and post-info widget, the shortlist by category, the share buttons widget, the countdown widget, the sponsor
 * logo carousel, the "Latest news" posts widget, the footer and the Complianz cookie banner.
 */
const lTitle = 'Cold Chain Excellence Awards 2026: the shortlist is revealed';
const lP1 = [
  j(
    'Forty-two companies and individuals have made the shortlist for this year’s Cold Chain Excellence Awards, chosen from a',
    'record 311 entries by a panel of eleven judges drawn from shippers, carriers and temperature-controlled warehousing.',
  ),
  j(
    'Winners will be announced at the awards dinner on 21 May at the Merchant Hall in Rotterdam, on the first evening of',
    'the Cold Chain Summit. Head judge Marguerite Oyelaran said the standard of entries in the sustainability categories',
    'had risen sharply.',
  ),
  j(
    '“Two years ago, most entries in these categories were about plans. This year almost every finalist showed us measured',
    'results: lower refrigerant leakage, electric reefer units in daily service, real energy data from their sites,” she said.',
  ),
];
const lH1 = 'Cold Store Operator of the Year';
const lL1 = ['Frostline Logistics, Antwerp', 'Nordkyl Lager, Gothenburg', 'Polar Quay Storage, Grimsby', 'Velden Cold Hub, Venlo'];
const lH2 = 'Refrigerated Carrier of the Year';
const lL2 = ['Brennan Chilled Transport', 'Kowalczyk Reefer Lines', 'Solvik Temperature Freight'];
const lH3 = 'Sustainability Initiative of the Year';
const lL3 = [
  'Frostline Logistics – natural refrigerant retrofit programme',
  'Harbourside Fresh – solar-powered pre-cooling for produce',
  'Velden Cold Hub – heat recovery to a neighbouring greenhouse',
];
const lP2 = [
  j(
    'The full shortlist across all fourteen categories, including Pharmaceutical Cold Chain Project and Young Professional',
    'of the Year, is published on the awards website. Tables for the dinner are selling faster than last year, the',
    'organisers said.',
  ),
  j(
    'This year’s judging took place over two days in January, with each finalist in the operator and carrier categories',
    'interviewed by a panel of three judges. Entrants in the sustainability category were asked to submit at least twelve',
    'months of metered energy or refrigerant data, a requirement introduced for the first time in 2026.',
  ),
  j(
    'Entries for the Young Professional of the Year award were nominated by employers and customers. The judges said they',
    'had been struck by the number of finalists working in engineering and maintenance roles rather than in operations.',
  ),
];
const lNav = ['Programme', 'Awards 2026', 'Speakers', 'Sponsors', 'News', 'Contact'];
const lLatest = ['Summit programme: day one speakers announced', 'Judging panel for 2026 confirmed', 'Early-bird tickets extended to 28 February'];
const lLegal = ['Privacy policy', 'Terms & conditions', 'Code of conduct'];
const lSponsors = ['Arcticore Refrigeration', 'Bluefin Telematics', 'Halvorsen Insulated Panels'];
const el = (widget: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${widget}"
data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const section = (inner: string): string => `<section class="elementor-section elementor-top-section elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const lHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${lTitle} – Cold Chain Summit</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.19.2" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${lTitle}","datePublished":"2026-02-16"}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.19.2","post":{"id":9921}};</script>
</head>
<body class="post-template post-template-elementor_header_footer single single-post postid-9921 elementor-default elementor-kit-7">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
${section(`${el('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/ccs-logo.png" alt="Cold Chain Summit"></a>')}
${el('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(lNav, 'menu-item')}</ul></nav>`)}
${el('button', '<a class="elementor-button elementor-button-link" href="/tickets"><span class="elementor-button-text">Book tickets</span></a>')}`)}
</div>
<div data-elementor-type="single-post" data-elementor-id="152" class="elementor elementor-152 elementor-location-single post-9921 post type-post">
${section(`${el('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${lTitle}</h1>`)}
${el(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item">
<span class="elementor-post-info__item elementor-post-info__item--type-author">Summit team</span></li>
<li class="elementor-icon-list-item elementor-inline-item">
<span class="elementor-post-info__item elementor-post-info__item--type-date">16 February 2026</span></li>
</ul>`,
)}
${el(
  'theme-post-content',
  `${ps(lP1)}
<h3>${lH1}</h3>
<ul>${lis(lL1)}</ul>
<h3>${lH2}</h3>
<ul>${lis(lL2)}</ul>
<h3>${lH3}</h3>
<ul>${lis(lL3)}</ul>
${ps(lP2)}`,
)}
${el(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_linkedin"><span class="elementor-share-btn__title">LinkedIn</span></div>
<div class="elementor-share-btn elementor-share-btn_twitter"><span class="elementor-share-btn__title">Twitter</span></div>
<div class="elementor-share-btn elementor-share-btn_email"><span class="elementor-share-btn__title">Email</span></div></div>`,
)}`)}
${section(`${el('heading', '<h2 class="elementor-heading-title">Awards night starts in</h2>')}
${el(
  'countdown',
  `<div class="elementor-countdown-wrapper" data-date="1779390000"><div class="elementor-countdown-item"><span class="elementor-countdown-digits">94</span>
<span class="elementor-countdown-label">Days</span></div><div class="elementor-countdown-item"><span class="elementor-countdown-digits">06</span>
<span class="elementor-countdown-label">Hours</span></div></div>`,
)}
${el('button', '<a class="elementor-button" href="/awards/tables"><span class="elementor-button-text">Book a table</span></a>')}`)}
${section(`${el('heading', '<h2 class="elementor-heading-title">Our sponsors</h2>')}
${el(
  'image-carousel',
  `<div class="swiper-wrapper">${lSponsors
    .map(
      (s) => `<div class="swiper-slide"><figure class="swiper-slide-inner"><img alt="${s}">
<figcaption class="elementor-image-carousel-caption">${s}</figcaption></figure></div>`,
    )
    .join('\n')}</div>`,
)}`)}
${section(`${el('heading', '<h2 class="elementor-heading-title">Latest news</h2>')}
${el('posts', lLatest.map((t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="#">${t}</a></h3></article>`).join('\n'))}`)}
</div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
${section(`${el('text-editor', '<p>Cold Chain Summit is organised by Meridian Trade Events Ltd.</p>')}
${el('icon-list', `<ul class="elementor-icon-list-items">${links(lLegal, 'elementor-icon-list-item')}</ul>`)}
${el('text-editor', '<p>© 2026 Meridian Trade Events Ltd. All rights reserved.</p>')}`)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog" aria-label="Manage Consent">
<div class="cmplz-header"><div class="cmplz-title">Manage Consent</div></div>
<div class="cmplz-message"><p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div></body></html>`;
const coldChain: TestPage = {
  name: 'heldout326-elementor-events-awards-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [lH1, lH2, lH3],
  body: texts([...lP1, ...lL1, ...lL2, ...lL3, ...lP2]),
  bylines: ['Summit team', '16 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lNav, 'Book tickets', 'LinkedIn', 'Twitter', 'Email', 'Awards night starts in', 'Days', 'Hours', 'Book a table', 'Our sponsors',
    ...lSponsors, 'Latest news', ...lLatest, 'Cold Chain Summit is organised by Meridian Trade Events Ltd.', ...lLegal,
    '© 2026 Meridian Trade Events Ltd. All rights reserved.', 'Manage Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT326_E2: TestPage = coldChain;
