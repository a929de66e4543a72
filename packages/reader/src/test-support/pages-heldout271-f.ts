import { links, type TestPage, texts } from './page-kit.js';
import { klaviyoPage } from './pages-heldout271-f2.js';
import { ld, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file f: a wine magazine's article built with Elementor (sections, columns and widget containers) under
 * the Age Gate plugin's dialog, with a tasting table, and, from file f2, a Squarespace food essay under a Klaviyo popup.
 */
const wTitle = 'Slate and salt: the cool-climate whites of the Valle de Orzán';
const wP = paras(`
  The road into the Valle de Orzán climbs for forty minutes through eucalyptus before the first vines appear, trained high on
  granite posts to keep the grapes away from the damp. Here, less than twenty kilometres from the Atlantic, the summers are
  short and the growers talk about rain the way other regions talk about frost.

  For most of the last century the valley's wine was sold in bulk to cooperatives down the coast. That changed in the early
  2010s, when a handful of young growers began bottling their own wines from old parcels of the local white grape, Albarín
  de Orzán, on soils of slate and decomposed schist.

  "My grandfather thought I was mad to keep the old vines," says Noa Castrelo, whose family farms four hectares above the
  village of Lousada. "They give half what the new clones give. But the wine from them tastes of the place, and the other
  wine tastes of nothing."

  The best of these wines share a signature: high, bright acidity, modest alcohol, and a saline finish that locals attribute
  to the sea air and winemakers, more cautiously, to the slate. They are built to age, and the 2019s are only now opening.

  Prices remain modest by the standards of better-known Atlantic regions. The challenge for the valley is scale: the total
  planted area is under 300 hectares, and fewer than thirty producers bottle their own wine.

  Our panel tasted 46 wines from the 2021 to 2023 vintages. These were the standouts.

  If you visit, go in late September, when the harvest is in full swing and most cellars will open their doors to anyone who
  asks politely. Bring a raincoat.
`);
const wHeads = ['Old vines, new growers', 'What to look for', 'Our tasting notes'];
const wRows = [
  ['Adega Castrelo, Lousada Vellas Viñas 2021', '94', '€24'],
  ['Quinta do Regato, Albarín de Orzán 2022', '92', '€17'],
  ['Bodegas Ferrol Alto, Pizarra 2023', '90', '€13'],
];
const wNav = ['News', 'Tastings', 'Regions', 'Travel', 'Food Pairing', 'Magazine'];
const wRelated = ['Ten Atlantic whites under €20', 'The slate soils of the Mosel, explained'];
const wFoot = ['About Vinaria', 'Advertise', 'Contact', 'Privacy Policy', 'Drink responsibly'];
const sec = (inner: string, id: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const wid = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const para = (xs: readonly string[]): string => xs.map((t) => `<p>${t}</p>`).join('\n');
const row = (r: readonly string[]): string => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const wTable = `<table><thead><tr><th>Wine</th><th>Score</th><th>Price</th></tr></thead><tbody>${wRows.map(row).join('\n')}</tbody></table>`;
const wHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} – Vinaria</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<meta property="og:type" content="article"><meta property="article:section" content="Regions">
${ld({ '@context': 'https://schema.org', '@type': 'Article', headline: wTitle, author: { '@type': 'Person', name: 'Benedikt Sorrell' } })}
<script id="age-gate-js-extra">var age_gate_common={"cookieDomain":"","cookieName":"age_gate","age":"18","css":"v2","viewport":"1"};</script>
<script src="/wp-content/plugins/age-gate/dist/main.js?ver=3.4.1" id="age-gate-js"></script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4"></head>
<body class="post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-7 age-restriction">
<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header">
${sec(
  `${wid('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/vinaria-logo.svg" alt="Vinaria"></a>')}
${wid('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(wNav, 'menu-item')}</ul></nav>`)}`,
  '3a1f2c9',
)}</div>
<div data-elementor-type="single-post" data-elementor-id="245" class="elementor elementor-245 elementor-location-single post-8817 post type-post">
${sec(
  `${wid(
    'breadcrumbs',
    `<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/regions/">Regions</a> »
<span class="breadcrumb_last">Spain</span></span></p>`,
  )}
${wid('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${wTitle}</h1>`)}
${wid(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text elementor-post-info__item--type-author">Benedikt Sorrell</span></li><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text elementor-post-info__item--type-date">14 May 2026</span></li></ul>`,
)}
${wid('share-buttons', '<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share</span></div>')}
${wid(
  'theme-post-featured-image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/05/orzan.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Old Albarín vines above Lousada. Photograph: Inés Piñeiro</figcaption></figure>`,
)}`,
  '7b4e0d1',
)}
${sec(
  wid(
    'theme-post-content',
    `${para(wP.slice(0, 1))}
<h2 class="wp-block-heading">${wHeads[0]}</h2>
${para(wP.slice(1, 3))}
<h2 class="wp-block-heading">${wHeads[1]}</h2>
${para(wP.slice(3, 5))}
<h2 class="wp-block-heading">${wHeads[2]}</h2>
${para(wP.slice(5, 6))}
<figure class="wp-block-table">${wTable}</figure>
${para(wP.slice(6))}`,
  ),
  'c92a5e3',
)}
${sec(
  `${wid('heading', '<h2 class="elementor-heading-title elementor-size-default">You may also like</h2>')}
${wid(
  'posts',
  `<div class="elementor-posts-container">${wRelated
    .map(
      (t) => `<article class="elementor-post">
<h3 class="elementor-post__title"><a href="/">${t}</a></h3></article>`,
    )
    .join('')}</div>`,
)}`,
  'e1d07b8',
)}
</div><div data-elementor-type="footer" data-elementor-id="118" class="elementor elementor-118 elementor-location-footer">
${sec(`${wid('nav-menu', `<ul class="elementor-nav-menu">${links(wFoot)}</ul>`)}${wid('text-editor', '<p>© 2026 Vinaria Media Ltd.</p>')}`, 'f00a3b1')}</div>
<div class="age-gate__wrapper"><div class="age-gate__loader"></div><div class="age-gate__background-color"></div>
<div class="age-gate" role="dialog" aria-modal="true" aria-label="Verify you are over 18 years of age?"><form method="post" class="age-gate__form">
<div class="age-gate__heading"><img src="/wp-content/uploads/vinaria-logo-white.svg" alt="Vinaria" class="age-gate__heading-title--logo"></div>
<h2 class="age-gate__headline">Welcome to Vinaria</h2><p class="age-gate__subheadline">This website is for adults of legal drinking age only.</p>
<div class="age-gate__fields"><p class="age-gate__challenge">Are you over 18 years of age?</p><div class="age-gate__buttons">
<button type="submit" class="age-gate__submit age-gate__submit--yes" value="1" name="age_gate[confirm]">Yes</button>
<button class="age-gate__submit age-gate__submit--no" value="0" name="age_gate[confirm]" type="submit">No</button></div></div>
<div class="age-gate__remember-wrapper"><label class="age-gate__remember"><input type="checkbox" class="age-gate__remember-field">
<span class="age-gate__remember-text">Remember me</span></label></div>
<div class="age-gate__additional-information"><p>By entering you agree to our terms and to enjoy our content responsibly.</p></div>
</form></div></div></body></html>`;
const agegate: TestPage = {
  name: 'heldout271-elementor-agegate-magazine',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [...texts(wP.slice(0, 6)), ...wRows.flat(), ...texts(wP.slice(6))],
  bylines: ['Benedikt Sorrell', '14 May 2026'],
  furniture: [
    ...wNav,
    'Home',
    'Spain',
    'Share',
    'Old Albarín vines above Lousada. Photograph: Inés Piñeiro',
    'You may also like',
    ...wRelated,
    ...wFoot,
    '© 2026 Vinaria Media Ltd.',
    'Welcome to Vinaria',
    'This website is for adults of legal drinking age only.',
    'Are you over 18 years of age?',
    'Yes',
    'Remember me',
    'By entering you agree to our terms and to enjoy our content responsibly.',
  ],
};

export const HELDOUT271_F: readonly TestPage[] = [agegate, klaviyoPage];
