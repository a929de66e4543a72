import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file e2: a university geology department's fieldtrip report built with Elementor on the Hello theme
 * (Elementor header template with the university name and nav menu widget, post-info widget with author, date and reading
 * time, heading and text-editor widgets in nested sections, image widgets with captions, a stats counter row, share
 * buttons widget, post navigation, "More news from the department" posts widget, Elementor footer template).
 */
const eTitle = 'Second-year fieldtrip to the Skarra coast: ten days, three terranes';
const el = (id: string, widget: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}" data-id="${id}" data-element_type="widget"
data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const eP1 = [
  j(
    'In September, 46 second-year students and six staff spent ten days on the Skarra coast for the department’s main mapping',
    'course. It is the first time the trip has returned to Skarra since 2019, and the weather, for once, was on our side.',
  ),
  j(
    'The coast is ideal for teaching because three very different blocks of crust, or terranes, sit side by side within a',
    'day’s walk: an old gneiss basement, a belt of folded turbidites and a slice of ocean crust thrust over both.',
  ),
];
const eP2 = [
  j(
    'The first four days were spent in the gneisses around Skarra harbour. Students learned to measure foliation and',
    'lineation, recognise migmatites, and map the dolerite dykes that cut the whole complex. Dr. Eilidh Vance ran an evening',
    'session on relative dating using crosscutting relationships, which paid off later in the week.',
  ),
];
const eP3 = [
  j(
    'Days five to eight were the independent mapping project. Working in pairs, students mapped a 2 km² area of the turbidite',
    'belt at 1:10,000, producing a geological map, two cross-sections and a written report. The main challenges were:',
  ),
];
const eList = [
  'finding way-up indicators such as graded bedding and flute casts in rocks that have been folded several times',
  'tracing a thin black shale marker bed across boggy ground',
  'deciding whether a zone of broken rock was a fault or just a weathered bed',
];
const eP4 = [
  j(
    'The last two days were a guided traverse across the ophiolite at Garvan Point, where students walked from mantle',
    'peridotite up through gabbro and sheeted dykes to pillow lavas in a single afternoon. Several of them called it the highlight',
    'of the degree so far.',
  ),
  j(
    'We are grateful to the Skarra Community Trust for the use of the village hall, and to the Haldane Fund, whose bursaries',
    'meant that no student had to pay for travel or accommodation this year.',
  ),
];
const eStats = ['46 students', '10 days', '128 km walked', '3 terranes'];
const eNav = ['Home', 'Study', 'Research', 'People', 'News', 'Contact'];
const eShare = ['Share on facebook', 'Share on linkedin', 'Share on email'];
const eMore = ['Alumni evening raises funds for new microscopes', 'PhD student wins poster prize at tectonics meeting', 'Open day dates announced'];
const eFoot = ['Privacy', 'Accessibility statement', 'Cookies', 'Modern slavery statement'];
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – School of Earth Sciences, University of Norfell</title>
<meta name="generator" content="Elementor 3.25.4; features: additional_custom_breakpoints">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4" media="all">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css?ver=1727901122" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${eTitle}","datePublished":"2025-10-07T10:30:00+01:00",
"author":{"@type":"Person","name":"Callum Ferrier"}}</script></head>
<body class="post-template-default single single-post postid-812 elementor-default elementor-kit-6 elementor-page elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">${sec(
  '2b7c3f1',
  `${el('61d2a0e', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/norfell-logo.svg" alt="University of Norfell"></a>')}
${el('4e0c9a2', 'heading', '<p class="elementor-heading-title elementor-size-default">School of Earth Sciences</p>')}
${el(
  '5a91b3d',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}`,
)}</div>
<main id="content" class="site-main"><div data-elementor-type="wp-post" data-elementor-id="812" class="elementor elementor-812">
${sec(
  '3f2a1b7',
  `${el('9c1d4e2', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${el(
  'a77e3c0',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item">
<span class="elementor-post-info__item elementor-post-info__item--type-author">Callum Ferrier</span></li>
<li class="elementor-icon-list-item elementor-inline-item">
<span class="elementor-post-info__item elementor-post-info__item--type-date">7 October 2025</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item">5 min read</span></li></ul>`,
)}
${el('b21f6a8', 'text-editor', eP1.map((p) => `<p>${p}</p>`).join('\n'))}
${el(
  'c0e3b95',
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2025/10/skarra-mapping.jpg" alt="Students mapping">
<figcaption class="widget-image-caption wp-caption-text">Mapping pairs on the turbidite cliffs north of Skarra. Photo: Eilidh Vance</figcaption></figure>`,
)}`,
)}
${sec(
  '4d8e2c6',
  `${el('d4a2e19', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Basement week</h2>')}
${el('e58b0f3', 'text-editor', eP2.map((p) => `<p>${p}</p>`).join('\n'))}
${el('f19c7a4', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Independent mapping</h2>')}
${el('0a3d6b5', 'text-editor', `${eP3.map((p) => `<p>${p}</p>`).join('\n')}<ul>${lis(eList)}</ul>`)}
${el('1b4e7c6', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Across the ophiolite</h2>')}
${el('2c5f8d7', 'text-editor', eP4.map((p) => `<p>${p}</p>`).join('\n'))}`,
)}
${sec(
  '5e9a3d8',
  eStats
    .map((s, i) =>
      el(
        `3d6${i}9e8`,
        'counter',
        `<div class="elementor-counter"><div class="elementor-counter-title">${s}</div>
</div>`,
      ),
    )
    .join('\n'),
)}
${sec(
  '6fab4e9',
  `${el(
    '4e7a0f9',
    'share-buttons',
    `<div class="elementor-grid">${eShare
      .map((s) => `<div class="elementor-grid-item"><div class="elementor-share-btn"><span class="elementor-share-btn__title">${s}</span></div></div>`)
      .join('')}</div>`,
  )}
${el(
  '5f8b1a0',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev"><a href="/news/open-day/" rel="prev">
<span class="post-navigation__prev--label">Previous</span></a></div><div class="elementor-post-navigation__next"><a href="/news/alumni/" rel="next">
<span class="post-navigation__next--label">Next</span></a></div></div>`,
)}
${el('6a9c2b1', 'heading', '<h3 class="elementor-heading-title elementor-size-default">More news from the department</h3>')}
${el(
  '7bad3c2',
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${eMore
    .map((t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="#">${t}</a></h3></article>`)
    .join('\n')}</div>`,
)}`,
)}</div></main>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">${sec(
  '8cbe4d3',
  `${el('8cbe4d4', 'text-editor', '<p>School of Earth Sciences, University of Norfell, Quarry Lane, Norfell</p>')}
${el('9dcf5e4', 'nav-menu', `<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>`)}
${el('aed06f5', 'heading', '<p class="elementor-heading-title">© 2026 University of Norfell</p>')}`,
)}</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4" id="elementor-frontend-js"></script></body></html>`;
export const elementor: TestPage = {
  name: 'heldout434-elementor-university-fieldtrip-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['Basement week', 'Independent mapping', 'Across the ophiolite'],
  body: texts([...eP1, ...eP2, ...eP3, ...eList, ...eP4]),
  bylines: ['Callum Ferrier', '7 October 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'School of Earth Sciences', ...eNav, 'Mapping pairs on the turbidite cliffs north of Skarra. Photo: Eilidh Vance', ...eStats,
    ...eShare, 'Previous', 'Next', 'More news from the department', ...eMore, 'School of Earth Sciences, University of Norfell, Quarry Lane, Norfell',
    ...eFoot, '© 2026 University of Norfell',
  ],
};
