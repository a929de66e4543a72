import { links, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout297-c2.js';
import { j } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file c: a campaign group's report landing page built with Elementor on WordPress (Elementor header and
 * nav menu widgets, a hero section with kicker, title, byline and download buttons, text-editor and heading widgets, an icon list of
 * key findings, a table in an HTML widget, a counter row, a press-contact box, a newsletter form widget, CookieYes banner and
 * an Elementor footer) and, from file c2, an environmental NGO's press release on Squarespace.
 */
const eTitle = 'Locked Out: how short lets are emptying our coastal towns';
const eHeads = ['About the report', 'Key findings', 'Homes lost to short lets, 2019 to 2025', 'What we are calling for'];
const eAbout = [
  j(
    'Over the past six years the number of whole homes let to holidaymakers in the seven towns of the Westray coast has more than',
    'tripled. In the same period the number of homes available to rent all year round has fallen by almost a third.',
  ),
  j(
    'Locked Out draws on council tax records, listings data collected every month since 2019 and interviews with 64 renters, landlords',
    'and employers. It is the first study to follow individual streets over that whole period rather than relying on a single snapshot.',
  ),
  j(
    'The picture it paints is of towns that are busy for twelve weeks a year and quiet for the rest. Shops, surgeries and schools are',
    'struggling to recruit because the people they would hire cannot find anywhere to live within an hour’s drive.',
  ),
];
const eFind = [
  'One home in five in Portreath Sands is now a full-time holiday let.',
  'Median rents for a two-bedroom flat rose 41% between 2019 and 2025, against a 19% rise in local wages.',
  'Three of the seven towns lost a family doctor in 2024 after recruits could not find a home to rent.',
  'Two in three landlords who switched to short lets said they would return to long lets if the tax treatment were equal.',
];
const eRows = [
  ['Portreath Sands', '212', '690'],
  ['Kelloway', '148', '402'],
  ['St Amory', '95', '311'],
];
const eAsk = [
  j(
    'The report calls on the Westray Council and the government to act together. A registration scheme with a cap in the worst-affected',
    'wards, already possible under existing planning powers, would stop the loss of homes within a year.',
  ),
  j(
    'Alongside a cap, the coalition wants business rates on short lets raised to the level paid by hotels and the money raised ring-fenced',
    'for community-led housing. None of these measures would stop a family letting a room or a home for a few weeks a year.',
  ),
];
const eNav = ['Our work', 'Reports', 'Get involved', 'News', 'Who we are', 'Donate'];
const eFoot = ['Privacy policy', 'Cookie policy', 'Contact us'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const tx = (id: string, paras: string[]): string => w('text-editor', paras.map((p) => `<p>${p}</p>`).join('\n'), id);
const hd = (id: string, text: string, tag = 'h2'): string =>
  w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${text}</${tag}>`, id);
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Locked Out report – Fair Homes Westray</title><meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg">
<meta property="og:type" content="article"><meta property="og:title" content="${eTitle}"><meta property="article:published_time"
content="2026-02-24T08:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Locked Out report","datePublished":"2026-02-24"},
{"@type":"Organization","name":"Fair Homes Westray"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-2201-css" href="/wp-content/uploads/elementor/css/post-2201.css" media="all"></head>
<body class="page-template page-template-elementor_header_footer page page-id-2201 elementor-default elementor-kit-6 elementor-page elementor-page-2201">
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
${sec(
  '1a2b3c',
  `${w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/fhw-logo.svg" alt="Fair Homes Westray"></a>', '4d5e6f')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-4d5e70" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  '4d5e70',
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="2201" class="elementor elementor-2201">
${sec(
  '7a1b2c',
  `${w('heading', '<p class="elementor-heading-title elementor-size-small">New research · February 2026</p>', '7a1b2d')}
${hd('7a1b2e', eTitle, 'h1')}
${w('text-editor', '<p>By Harriet Quane and Desmond Achterberg · Published 24 February 2026</p>', '7a1b2f')}
${w(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/wp-content/uploads/locked-out.pdf">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Download the full report (PDF, 2.4 MB)</span></span></a></div>`,
  '7a1b30',
)}
${w(
  'button',
  '<a class="elementor-button elementor-size-sm" href="/locked-out-summary"><span class="elementor-button-text">Read the summary</span></a>',
  '7a1b31',
)}
${w(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/02/harbour-lets.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Holiday lets on the harbour front at Kelloway. Photo: Fair Homes Westray</figcaption>
</figure>`,
  '7a1b32',
)}`,
)}
${sec(
  '8b2c3d',
  `${hd('8b2c3e', eHeads[0] ?? '')}
${tx('8b2c3f', eAbout)}
${hd('8b2c40', eHeads[1] ?? '')}
${w(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eFind
    .map(
      (f) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<svg aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg></span><span class="elementor-icon-list-text">${f}</span></li>`,
    )
    .join('\n')}</ul>`,
  '8b2c41',
)}`,
)}
${sec(
  '9c3d4e',
  `${w(
    'counter',
    `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number" data-to-value="64">64</span></div><div class="elementor-counter-title">Voices heard</div></div>`,
    '9c3d4f',
  )}
${w(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number" data-to-value="7">7</span></div><div class="elementor-counter-title">towns studied</div></div>`,
  '9c3d50',
)}
${hd('9c3d51', eHeads[2] ?? '', 'h3')}
${w(
  'html',
  `<table class="fhw-table"><thead><tr><th>Town</th><th>Whole-home lets 2019</th><th>Whole-home lets 2025</th></tr></thead>
<tbody>${eRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
  '9c3d52',
)}
${hd('9c3d53', eHeads[3] ?? '')}
${tx('9c3d54', eAsk)}`,
)}
${sec(
  'ad4e5f',
  `${w(
    'icon-box',
    `<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title"><span>Press enquiries</span></h3>
<p class="elementor-icon-box-description">Contact Lowri Penn on 01736 555 0192 or press@fairhomeswestray.example</p></div>`,
    'ad4e60',
  )}
${w(
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><h3>Get our research first</h3><div class="elementor-form-fields-wrapper">
<label for="form-field-email" class="elementor-field-label">Your email</label><input type="email" id="form-field-email" class="elementor-field">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></div></form>`,
  'ad4e61',
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer">
${sec(
  'be5f60',
  `${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`, 'be5f61')}
${w('text-editor', '<p>Fair Homes Westray is a project of the Westray Community Trust, charity no. 1177402.</p><p>© 2026 Fair Homes Westray</p>', 'be5f62')}`,
)}
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to understand how visitors use our site.
By clicking “Accept All”, you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.4"};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout297-elementor-report-landing',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eAbout, ...eFind, ...eRows.flat(), ...eAsk]),
  bylines: ['By Harriet Quane and Desmond Achterberg · Published 24 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'New research · February 2026', 'Download the full report (PDF, 2.4 MB)', 'Read the summary',
    'Holiday lets on the harbour front at Kelloway. Photo: Fair Homes Westray', 'Voices heard', 'towns studied', 'Press enquiries',
    'Contact Lowri Penn on 01736 555 0192 or press@fairhomeswestray.example', 'Get our research first', 'Your email', 'Subscribe', ...eFoot,
    'Fair Homes Westray is a project of the Westray Community Trust, charity no. 1177402.', '© 2026 Fair Homes Westray', 'We value your privacy',
    'We use cookies to understand how visitors use our site.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT297_C: readonly TestPage[] = [elementor, squarespace];
