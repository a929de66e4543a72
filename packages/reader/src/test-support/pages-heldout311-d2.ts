import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout311-kit.js';

/** Held-out batch 311, file d2: the Elementor trade-show exhibitor news post of file d. */
const eTitle = 'Fjordpak brings a paper-based cold-chain liner to Hall B';
const eP1 = [
  j(
    'First-time exhibitor Fjordpak will use PACKNORD 2026 to launch Coldleaf, an insulated shipping liner made entirely from paper',
    'fibre, which the company says keeps chilled food below 5 °C for 48 hours in a standard corrugated box.',
  ),
  j(
    'The Bergvik-based start-up was founded in 2022 by two former engineers from a frozen fish exporter. They set out to replace',
    'the expanded polystyrene boxes that still dominate seafood shipping, and which most municipal recycling schemes refuse to take.',
  ),
];
const eP2 = [
  j(
    'Coldleaf is made of several layers of creped paper with trapped air between them, sealed with a water-based coating. After use,',
    'the liner can go into ordinary paper recycling together with the outer box. Fjordpak says the liner adds about 40 grams to a',
    'typical shipment, against roughly 180 grams for a polystyrene box of similar size.',
  ),
  j(
    'Independent tests at the Nordic Packaging Laboratory compared the liner with polystyrene in a climate chamber cycling between',
    '20 °C and 30 °C. The results will be presented on the stand:',
  ),
];
const eRows = [
  ['Polystyrene box, 25 mm', '52 hours', 'No'],
  ['Coldleaf liner, 3 layers', '48 hours', 'Yes'],
  ['Coldleaf liner, 2 layers', '31 hours', 'Yes'],
];
const eQuote = j(
  '“We are not claiming to beat polystyrene on every number. We are claiming that for a two-day route, you no longer need it, and',
  'your customer can put the whole package in the paper bin.”',
);
const eP3 = [
  'Co-founder Liv Haraldsen says the company has already run pilots with two seafood exporters and a meal-kit company.',
  j(
    'Visitors to the stand can test the liner themselves: Fjordpak will run a live comparison throughout the show, with two boxes',
    'of ice packs opened at set times each day.',
  ),
  j(
    'The company is also looking for converting partners in Germany and the Baltic states, and will hold a short presentation at',
    'the Sustainability Stage on the second day of the show.',
  ),
  j(
    'Fjordpak is one of 46 first-time exhibitors at this year’s show, most of them gathered in Hall B and in the new Start-up',
    'Pavilion. The organisers expect around 9,000 trade visitors over the three days.',
  ),
];
const eMenu = ['Visiting', 'Exhibit', 'Programme', 'Exhibitor list', 'News', 'Press'];
const eRelated = ['Five innovations to see in the Recycling Zone', 'New this year: the Start-up Pavilion in Hall C', 'Registration for trade visitors is open'];
const eFoot = ['About PACKNORD', 'Organiser', 'Contact', 'Privacy policy', 'Cookie settings', 'Imprint'];
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget ${widget}"
data-id="${id}" data-element_type="widget" data-widget_type="${widget.replace('elementor-widget-', '')}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – PACKNORD 2026</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${eTitle}">
<meta property="article:published_time" content="2026-08-27T07:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Nadia Ferro"},"datePublished":"2026-08-27T07:30:00+00:00","publisher":{"@id":"https://packnord.example/#organization"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://packnord.example/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-8812-css" href="https://packnord.example/wp-content/uploads/elementor/css/post-8812.css" media="all"></head>
<body class="post-template-default single single-post postid-8812 elementor-default elementor-kit-6 elementor-page-8790">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent top-bar"><div class="e-con-inner">
<p>PACKNORD 2026 · 22–24 September · Nordhallen, Bergvik</p><a href="/register">Get your free visitor ticket</a></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${el(
  '5a1c9e2',
  'elementor-widget-nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5a1c9e2"
class="elementor-nav-menu">${links(eMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="8790" class="elementor elementor-8790 elementor-location-single post-8812 post type-post">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1c elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el(
  'b21f0d3',
  'elementor-widget-breadcrumbs',
  `<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/news/">News</a> » <a href="/news/exhibitor-news/">
Exhibitor news</a></span></p>`,
)}
${el('7d0e4a1', 'elementor-widget-theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${el(
  'c0a2f6b',
  'elementor-widget-post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-author">By Nadia Ferro</span></li><li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>27 August 2026</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-custom">Hall B, Stand B-214</span></li></ul>`,
)}
${el(
  'e8b7d55',
  'elementor-widget-theme-post-featured-image elementor-widget-image',
  `<figure class="wp-caption"><img
src="https://packnord.example/wp-content/uploads/2026/08/coldleaf.jpg" width="800" height="534" alt="" loading="lazy">
<figcaption class="widget-image-caption wp-caption-text">A Coldleaf liner inside a standard box. Photo: Fjordpak</figcaption></figure>`,
)}
${el(
  '4b6a0c7',
  'elementor-widget-theme-post-content',
  `${ps(eP1)}<h2>How the liner works</h2>${ps(eP2)}
<figure class="wp-block-table"><table><thead><tr><th>Packaging</th><th>Time below 5 °C</th><th>Paper-recyclable</th></tr></thead>
<tbody>${eRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
<h2>Pilots and partners</h2><blockquote class="wp-block-quote"><p>${eQuote}</p></blockquote>${ps(eP3)}`,
)}
${el(
  '91fd3a0',
  'elementor-widget-share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn
elementor-share-btn_linkedin"><span class="elementor-share-btn__title">LinkedIn</span></div></div><div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_email"><span class="elementor-share-btn__title">E-mail</span></div></div></div>`,
)}
</div></div><div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap">
${el(
  'a7e3b19',
  'elementor-widget-call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Meet Fjordpak at the show</h3>
<div class="elementor-cta__description">Hall B, Stand B-214 · 22–24 September</div><a class="elementor-cta__button" href="/exhibitors/fjordpak">
View exhibitor profile</a></div>`,
)}
${el(
  '2cc8e40',
  'elementor-widget-posts',
  `<h3 class="elementor-heading-title">More exhibitor news</h3><div class="elementor-posts-container">
${eRelated
  .map(
    (r) => `<article class="elementor-post elementor-grid-item">
<h3 class="elementor-post__title"><a href="/news/">${r}</a></h3></article>`,
  )
  .join('\n')}
</div>`,
)}</div></div></div></section></div>
<footer data-elementor-type="footer" data-elementor-id="58" class="elementor elementor-58 elementor-location-footer"><ul>${links(eFoot)}</ul>
<p>© 2026 Nordhallen Exhibitions AS. PACKNORD is a registered trademark.</p></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-modal="true">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://packnord.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
export const elementor: TestPage = {
  name: 'heldout311-elementor-tradeshow-exhibitor-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: ['How the liner works', 'Pilots and partners'],
  body: texts([...eP1, ...eP2, ...eRows.flat(), eQuote, ...eP3]),
  bylines: ['By Nadia Ferro', '27 August 2026'],
  furniture: [
    'Skip to content',
    'PACKNORD 2026 · 22–24 September · Nordhallen, Bergvik',
    'Get your free visitor ticket',
    ...eMenu,
    'Home',
    'Exhibitor news',
    'Hall B, Stand B-214',
    'A Coldleaf liner inside a standard box. Photo: Fjordpak',
    'LinkedIn',
    'E-mail',
    'Meet Fjordpak at the show',
    'View exhibitor profile',
    'More exhibitor news',
    ...eRelated,
    ...eFoot,
    '© 2026 Nordhallen Exhibitions AS. PACKNORD is a registered trademark.',
    'Manage consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.',
    'Accept',
    'Deny',
    'View preferences',
  ],
};
