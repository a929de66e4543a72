import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout241-kit.js';

/**
 * Held-out batch 241, file c: a solar installer's blog post on WordPress built with Elementor (Elementor sections and widgets,
 * header with "Get a Free Quote" button, post info widget with author, date and reading time, table of contents widget,
 * a quote-request form in a side column, call-to-action band, "You may also like" posts widget, Complianz cookie banner,
 * footer), and a statistics agency's "Today in Energy" explainer on an EIA-style template (site nav, "Today in Energy" label,
 * dateline, chart with its title, source note and download links, a data table, "Principal contributors" line, tags, related
 * articles, email subscription box, footer).
 */
const sTitle = 'Is Battery Storage Worth Adding to Your Solar System in 2026?';
const sH = ['How a home battery earns its keep', 'What a battery costs today', 'Who benefits most', 'Our verdict'];
const s1 = [
  j(
    'It is the question we hear on almost every site visit: should I add a battery? Five years ago our answer was usually',
    '&#8220;not yet&#8221;. With the new net billing rules in the valley and lower battery prices, the answer has changed for',
    'many households, though not for all of them.',
  ),
];
const s2 = [
  j(
    'Under the old net metering scheme, every kilowatt-hour your panels exported earned nearly the full retail rate, so the',
    'grid acted as a free battery. Since the utility moved to net billing, exports earn about a third of what you pay for',
    'power in the evening. A battery lets you keep the midday surplus and use it after sunset instead of selling it cheaply.',
  ),
  'A battery also keeps essential circuits running during outages, which matters more each fire season.',
];
const s3 = [
  j(
    'A 13.5 kWh battery installed alongside a new solar system currently costs our customers between $11,000 and $14,500',
    'before incentives. The federal tax credit still applies to storage paired with solar, and the county&#8217;s resilience',
    'rebate adds up to $1,500 for homes in high fire-risk areas.',
  ),
];
const s4 = [
  'Households that use a lot of power in the evening, such as families who cook, run laundry and charge an EV after work.',
  'Homes on the time-of-use plan, where evening rates are more than twice the midday rate.',
  'Anyone who has lost power for more than a day in the past two years.',
  'Customers who already have solar but whose original net metering contract is about to expire.',
];
const s5 = [
  j(
    'For a typical customer of ours, a battery now pays for itself in nine to twelve years, within its warranty. If you',
    'mostly use power during the day, or your outages are rare and short, you may be better served by a larger array and a',
    'smart load controller. The only way to know is to look at a year of your own usage data, which we do for free.',
  ),
];
const sNav = ['Residential Solar', 'Battery Storage', 'Commercial', 'Financing', 'Reviews', 'Blog'];
const sToc = ['Table of Contents', ...sH];
const sMore = ['What Happens to Your Solar Panels in a Hailstorm?', 'Net Billing Explained in Plain English', 'Five Questions to Ask Any Solar Installer'];
const sFoot = ['Privacy Policy', 'Terms', 'Careers', 'Service Area'];
const ew = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${sTitle} - Sunridge Solar Co.</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-03T16:00:00+00:00"><meta name="generator" content="Elementor 3.27.4">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${sTitle}","author":{"name":"Dana Whitlock"},"datePublished":"2026-02-03T16:00:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4" media="all">
</head>
<body class="post-template-default single single-post postid-2214 elementor-default elementor-kit-6 elementor-page-318">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container">
${ew('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/05/sunridge-logo.svg" alt="Sunridge Solar Co."></a>')}
${ew('nav-menu', `<nav class="elementor-nav-menu--main"><ul id="menu-1-3f2c" class="elementor-nav-menu">${links(sNav, 'menu-item')}</ul></nav>`)}
${ew('button', '<a class="elementor-button elementor-button-link" href="#quote"><span class="elementor-button-text">Get a Free Quote</span></a>')}
</div></div>
<div data-elementor-type="single-post" data-elementor-id="318" class="elementor elementor-318 elementor-location-single post-2214 post type-post">
<div class="elementor-element e-con-full e-flex e-con e-parent" data-element_type="container">
<div class="elementor-element e-con-full e-flex e-con e-child" data-element_type="container">
${ew('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${sTitle}</h1>`)}
${ew(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item" itemprop="author"><span class="elementor-post-info__item--type-author">By Dana Whitlock</span></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished">
<span class="elementor-post-info__item--type-date">February 3, 2026</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-custom">6 min read</span></li></ul>`,
)}
${ew(
  'table-of-contents',
  `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">${sToc[0]}</h4></div>
<div class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">${lis(sH, 'elementor-toc__list-item')}</ul></div>`,
)}
${ew(
  'theme-post-content',
  `${ps(s1)}
<h2 class="wp-block-heading">${sH[0]}</h2>
${ps(s2)}
<h2 class="wp-block-heading">${sH[1]}</h2>
${ps(s3)}
<h2 class="wp-block-heading">${sH[2]}</h2>
<ul class="wp-block-list">${lis(s4)}</ul>
<h2 class="wp-block-heading">${sH[3]}</h2>
${ps(s5)}`,
)}
${ew(
  'share-buttons',
  `<div class="elementor-grid">${['Facebook', 'LinkedIn', 'Email']
    .map(
      (t) => `
<div class="elementor-share-btn"><span class="elementor-share-btn__title">${t}</span></div>`,
    )
    .join('')}</div>`,
)}
</div>
<div class="elementor-element e-con-full e-flex e-con e-child elementor-sticky" data-element_type="container" id="quote">
${ew('heading', '<h3 class="elementor-heading-title elementor-size-default">Get Your Free Solar + Storage Quote</h3>')}
${ew(
  'form',
  `<form class="elementor-form" method="post" name="Quote Form"><div class="elementor-form-fields-wrapper">
<div class="elementor-field-group"><label for="form-field-name" class="elementor-field-label">Full Name</label><input type="text" id="form-field-name"></div>
<div class="elementor-field-group"><label for="form-field-zip" class="elementor-field-label">ZIP Code</label><input type="text" id="form-field-zip"></div>
<div class="elementor-field-group"><label for="form-field-bill" class="elementor-field-label">Average Monthly Electric Bill</label>
<select id="form-field-bill"><option>Under $100</option><option>$100 to $250</option><option>Over $250</option></select></div>
<div class="elementor-field-group elementor-field-type-submit"><button type="submit" class="elementor-button">
<span class="elementor-button-text">Request My Quote</span></button></div></div></form>`,
)}
${ew('text-editor', '<p>No obligation. A local energy advisor will call you within one business day.</p>')}
</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent cta-band" data-element_type="container">
${ew('heading', '<h2 class="elementor-heading-title">Ready to take control of your power bills?</h2>')}
${ew('button', '<a class="elementor-button" href="/contact/"><span class="elementor-button-text">Book a Site Visit</span></a>')}</div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container">
${ew('heading', '<h2 class="elementor-heading-title">You May Also Like</h2>')}
${ew(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${sMore
    .map(
      (t) => `<article class="elementor-post elementor-grid-item">
<h3 class="elementor-post__title"><a href="/blog/">${t}</a></h3><span class="elementor-post-read-more">Read More »</span></article>`,
    )
    .join('\n')}</div>`,
)}
</div></div>
<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer">
${ew('text-editor', '<p>Sunridge Solar Co. · 2280 Canyon View Road, Suite 4 · CSLB License #1099431</p>')}
${ew('nav-menu', `<ul class="elementor-nav-menu">${links(sFoot)}</ul>`)}
${ew('text-editor', '<p>© 2026 Sunridge Solar Co. All Rights Reserved.</p>')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to
store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.4"};</script>
</body></html>`;
const solar: TestPage = {
  name: 'heldout241-wordpress-elementor-solar-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...s1, ...s2, ...s3, ...s4, ...s5]),
  bylines: ['By Dana Whitlock', 'February 3, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...sNav, 'Get a Free Quote', 'Table of Contents', 'Facebook', 'LinkedIn', 'Email', 'Get Your Free Solar + Storage Quote',
    'Full Name', 'ZIP Code', 'Average Monthly Electric Bill', 'Under $100', '$100 to $250', 'Over $250', 'Request My Quote',
    'No obligation. A local energy advisor will call you within one business day.', 'Ready to take control of your power bills?', 'Book a Site Visit',
    'You May Also Like', ...sMore, 'Read More »', 'Sunridge Solar Co. · 2280 Canyon View Road, Suite 4 · CSLB License #1099431', ...sFoot,
    '© 2026 Sunridge Solar Co. All Rights Reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

const tTitle = 'Wind overtook natural gas as the largest source of spring electricity in the Northern Plains';
const tBody = [
  j(
    'For the first time, wind turbines generated more electricity than natural gas-fired plants in the Northern Plains region',
    'during the spring months of March through May 2025, according to our Electric Power Monthly. Wind supplied 38% of the',
    'region&#8217;s generation over those three months, compared with 33% for natural gas and 17% for coal.',
  ),
  j(
    'Spring is typically the strongest season for wind in the region: weather fronts move through frequently and electricity',
    'demand is low because neither heating nor cooling loads are high. Many natural gas and coal plants also schedule',
    'maintenance in spring, which lowers their output further.',
  ),
  j(
    'Wind capacity in the region has grown steadily. Developers added 4.1 gigawatts (GW) between 2021 and 2024, bringing total',
    'wind capacity to 19.6 GW at the end of 2024. Natural gas capacity grew by less than 1 GW over the same period.',
  ),
  j(
    'The shift is seasonal. Over the full year 2025, natural gas remained the largest source of generation in the region, at',
    '36%, because gas-fired plants run more during summer heat waves and winter cold snaps, when wind output can fall.',
  ),
  j(
    'We expect wind&#8217;s share of the region&#8217;s annual generation to keep rising. In our latest Short-Term Energy Outlook,',
    'we forecast that about 2.3 GW of new wind capacity will come online in the Northern Plains in 2026 and 2027.',
  ),
  'Table 1. Northern Plains electricity generation by source, March–May',
];
const tRows: [string, string, string][] = [
  ['Wind', '31%', '38%'],
  ['Natural gas', '35%', '33%'],
  ['Coal', '21%', '17%'],
  ['Other', '13%', '12%'],
];
const tNav = ['Sources & Uses', 'Topics', 'Geography', 'Tools', 'Learn', 'News'];
const tTags = ['wind', 'natural gas', 'generation', 'regional'];
const tRel = ['Solar generation in the Southwest set records this summer', 'Coal plant retirements slowed in 2025'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tTitle} - U.S. Energy Statistics Office</title>
<meta name="description" content="Wind supplied 38% of spring generation in the Northern Plains in 2025.">
<meta name="keywords" content="wind, natural gas, generation">
<meta property="og:title" content="${tTitle}"><meta property="og:image" content="/todayinenergy/images/2026.01.14/chart2.svg">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),
event:'gtm.js'});})(window,document,'script','dataLayer','GTM-X');</script>
</head><body><div id="usgov-banner" class="usa-banner"><div class="usa-banner__header">
<p class="usa-banner__header-text">An official website of the United States government</p></div></div>
<header class="global-header"><a href="/" class="logo">U.S. Energy Statistics Office</a><nav class="global-nav"><ul>${links(tNav)}</ul></nav>
<form class="global-search"><input type="search" placeholder="Search esto.gov"></form></header>
<div class="l-content"><div class="l-row"><div class="l-col main-col">
<div class="tie-header"><a href="/todayinenergy/" class="tie-label">Today in Energy</a></div>
<div class="tie-article"><span class="date">January 14, 2026</span>
<h1>${tTitle}</h1>
<figure class="chart"><div class="chart-title">Northern Plains spring electricity generation by source (Mar–May, 2015–2025)</div>
<img src="/todayinenergy/images/2026.01.14/chart2.svg" alt="chart showing generation shares by source">
<figcaption><span class="source">Data source: U.S. Energy Statistics Office, <em>Electric Power Monthly</em></span>
<span class="chart-download"><a href="/todayinenergy/images/2026.01.14/data.xlsx">Download chart data</a></span></figcaption></figure>
${ps(tBody.slice(0, 3))}
${ps(tBody.slice(3, 5))}
<p class="table-title"><strong>${tBody[5]}</strong></p>
<table class="basic-table"><thead><tr><th>Source</th><th>2021</th><th>2025</th></tr></thead><tbody>
${tRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
<p class="contributors"><strong>Principal contributors:</strong> Noor Halvorsen, Pieter Galway</p>
<div class="tags"><span class="tags-label">Tags:</span><ul>${links(tTags)}</ul></div></div>
<div class="tie-share"><a href="#" class="print">Print</a> <a href="#" class="email">Email this page</a></div></div>
<div class="l-col side-col"><div class="subscribe-box"><h3>Subscribe to Today in Energy</h3>
<p>Get daily articles on energy data delivered to your inbox.</p><button>Subscribe</button></div>
<div class="related"><h3>Related articles</h3><ul>${links(tRel)}</ul></div>
<div class="most-popular"><h3>Most popular</h3><ul>${links(['Gasoline and diesel fuel update', 'Electricity Monthly Update'])}</ul></div></div></div></div>
<footer class="global-footer"><ul>${links(['About', 'Open Data', 'Contact Us', 'Privacy', 'Accessibility'])}</ul>
<p>U.S. Energy Statistics Office, 1000 Independence Ave., SW, Washington, DC 20585</p></footer></body></html>`;
const stats: TestPage = {
  name: 'heldout241-eia-today-in-energy-data',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tBody, ...tRows.flat().filter((c) => c.length > 2)]),
  bylines: ['January 14, 2026', 'Principal contributors: Noor Halvorsen, Pieter Galway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'U.S. Energy Statistics Office', ...tNav, 'Today in Energy',
    'Northern Plains spring electricity generation by source (Mar–May, 2015–2025)', 'Data source: U.S. Energy Statistics Office, Electric Power Monthly',
    'Download chart data', 'Tags:', 'regional', 'Print', 'Email this page', 'Subscribe to Today in Energy',
    'Get daily articles on energy data delivered to your inbox.', 'Subscribe', 'Related articles', ...tRel, 'Most popular',
    'Gasoline and diesel fuel update', 'Electricity Monthly Update', 'Open Data', 'Contact Us', 'Privacy', 'Accessibility',
    'U.S. Energy Statistics Office, 1000 Independence Ave., SW, Washington, DC 20585',
  ],
};

export const HELDOUT241_C: readonly TestPage[] = [solar, stats];
