import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, row } from './pages-heldout629-kit.js';

/**
 * Held-out batch 629, file b: a fragrance notes guide on WordPress with Elementor Pro (theme builder single-post template,
 * table of contents widget, share buttons, Complianz cookie banner).
 */
const eTitle = 'A Beginner’s Guide to Fragrance Notes: Top, Heart and Base';
const eIntro = [
  j(
    'When you smell a perfume on a blotter and then again an hour later on your wrist, you are not imagining the change. A',
    'fragrance is built from materials that evaporate at different speeds, and perfumers arrange them in three loose layers',
    'that reveal themselves one after another. Understanding those layers is the quickest way to describe what you like and to',
    'shop for it with confidence.',
  ),
  j(
    'This guide walks through each layer, lists the materials we use most often at the Saltmarsh Perfumery lab, and ends with a',
    'few tips for testing a scent properly before you buy a full bottle.',
  ),
];
const eTop = [
  j(
    'Top notes are the first impression: bright, sharp and fleeting. They are made of small, light molecules that lift off the',
    'skin within minutes, and most have faded completely after fifteen to thirty minutes. Citrus peels, light herbs and airy',
    'spices are the classic top notes.',
  ),
  j(
    'Because they disappear so fast, top notes are a poor guide to whether you will like a perfume. They are there to open the',
    'door, not to furnish the room.',
  ),
];
const eHeart = [
  j(
    'Heart notes, sometimes called middle notes, arrive as the top fades and stay for two to four hours. They are the character',
    'of the fragrance: the rose in a rose perfume, the fig leaf in a green one. Florals, fruits and rounder spices live here.',
  ),
  j(
    'A good heart also smooths the join between the sparkle of the opening and the weight of the base. If a perfume seems to go',
    'flat after twenty minutes, the heart is usually the layer that is missing something.',
  ),
];
const eBase = [
  j(
    'Base notes are heavy, slow molecules that can last from six hours to well over a day. Woods, resins, musks and vanilla-like',
    'materials anchor the composition and hold the lighter notes on the skin for longer; perfumers call this fixing.',
  ),
  j('The base is what you smell on a scarf the next morning. It is also what most people mean when they say a fragrance is', 'warm, cosy or sensual.'),
];
const eTable = [
  ['Bergamot', 'Top', 'Bright, bitter-sweet citrus'],
  ['Pink pepper', 'Top', 'Sparkling, rosy spice'],
  ['Neroli', 'Top to heart', 'Fresh orange blossom, slightly soapy'],
  ['Geranium', 'Heart', 'Rosy, minty, green'],
  ['Orris butter', 'Heart to base', 'Powdery, earthy violet'],
  ['Vetiver', 'Base', 'Smoky, rooty, dry'],
  ['Benzoin', 'Base', 'Sweet balsamic vanilla'],
];
const ePyramid = j(
  'The pyramid is a useful picture, but modern perfumes rarely follow it strictly. Many are built around a few long-lasting',
  'materials that smell much the same from the first spray to the last, and some skin chemistry will push one layer forward.',
  'Dry skin tends to lose top notes faster; oily skin holds on to the base.',
);
const eTips = [
  j(
    'Spray a blotter first and smell it at once, after ten minutes and after an hour. If you still like it, try it on your skin',
    'and wait at least half a day before you decide.',
  ),
  j(
    'Do not rub your wrists together: it warms the skin and burns through the top notes faster. Test no more than three',
    'scents in one visit, and step outside between them rather than sniffing coffee beans.',
  ),
];
const eHeads = [
  'Top notes: the opening',
  'Heart notes: the character',
  'Base notes: the foundation',
  'Notes we use most',
  'Why the pyramid is only a guide',
  'How to test a fragrance',
];
const eNav = ['Shop', 'Discovery Sets', 'Bespoke Perfume', 'Workshops', 'Journal', 'About'];
const eFoot = ['Delivery & Returns', 'FAQ', 'Trade Enquiries', 'Privacy Policy', 'Contact'];
const eW = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eShare = ['Facebook', 'Pinterest', 'Email'];
const eMenu = (cls: string, extra: string): string =>
  `<nav class="elementor-nav-menu--${cls} elementor-nav-menu__container"${extra}><ul id="menu-1-7a1" class="elementor-nav-menu">${eNav
    .map(
      (t) =>
        `<li class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="/${t.toLowerCase()}/" class="elementor-item"${extra === '' ? '' : ' tabindex="-1"'}>${t}</a></li>`,
    )
    .join('')}</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Saltmarsh Perfumery</title><meta name='robots' content='index, follow, max-image-preview:large'>
<meta name="description" content="Top, heart and base notes explained, with the materials we use most and tips for testing a perfume.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Ines Carraway"},"datePublished":"2026-03-03T09:12:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}]}</script>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://saltmarshperfumery.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all'>
<link rel='stylesheet' id='elementor-post-482-css' href='https://saltmarshperfumery.example/wp-content/uploads/elementor/css/post-482.css?ver=1712' media='all'>
<style id="cmplz-cookiebanner-css">.cmplz-hidden{display:none!important}</style></head>
<body class="post-template-default single single-post postid-482 single-format-standard elementor-default elementor-template-full-width elementor-kit-5
elementor-page-611">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1b2c e-flex e-con-boxed e-con e-parent" data-id="1b2c" data-element_type="container"><div class="e-con-inner">
${eW(
  'theme-site-logo',
  `<a href="https://saltmarshperfumery.example"><img width="220" height="60" src="/wp-content/uploads/2024/02/saltmarsh-logo.svg"
alt="Saltmarsh Perfumery"></a>`,
  '2c3d',
)}
${eW(
  'nav-menu',
  `${eMenu('main', '')}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
</div>${eMenu('dropdown', ' aria-hidden="true"')}`,
  '3d4e',
)}
${eW(
  'search-form',
  `<form class="elementor-search-form" role="search" action="https://saltmarshperfumery.example" method="get"><div
class="elementor-search-form__container"><label class="elementor-screen-only" for="elementor-search-form-4e5f">Search</label><input
id="elementor-search-form-4e5f" placeholder="Search..." class="elementor-search-form__input" type="search" name="s"></div></form>`,
  '4e5f',
)}
</div></div></header>
<div data-elementor-type="single-post" data-elementor-id="611"
class="elementor elementor-611 elementor-location-single post-482 post type-post status-publish format-standard has-post-thumbnail hentry category-journal">
<div class="elementor-element elementor-element-5f60 e-flex e-con-boxed e-con e-parent" data-id="5f60" data-element_type="container"><div class="e-con-inner">
${eW(
  'breadcrumbs',
  `<p id="breadcrumbs"><span><span><a href="https://saltmarshperfumery.example/">Home</a></span> » <span><a
href="https://saltmarshperfumery.example/journal/">Journal</a></span> » <span class="breadcrumb_last" aria-current="page">Fragrance notes
explained</span></span></p>`,
  '6071',
)}
${eW('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, '7182')}
${eW(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author">
<a href="https://saltmarshperfumery.example/author/ines/"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Ines
Carraway</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-b2 elementor-inline-item" itemprop="datePublished">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>3 March 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-c3 elementor-inline-item">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">7 min read</span></li></ul>`,
  '8293',
)}
${eW(
  'theme-post-featured-image',
  `<img width="1200" height="675" src="/wp-content/uploads/2026/03/notes-blotters.jpg" class="attachment-full size-full"
alt="Perfume blotters fanned out on a tray">`,
  '93a4',
)}
${eW(
  'table-of-contents',
  `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Contents</h4>
<div class="elementor-toc__toggle-button elementor-toc__toggle-button--expand" role="button" tabindex="0" aria-label="Open table of contents"></div></div>
<div id="elementor-toc__a4b5" class="elementor-toc__body">
<ul class="elementor-toc__list-wrapper">${eHeads
    .map(
      (h, i) => `<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper">
<a href="#elementor-toc__heading-anchor-${i}" class="elementor-toc__list-item-text elementor-toc__top-level">${h}</a></div></li>`,
    )
    .join('')}</ul></div>`,
  'a4b5',
)}
${eW(
  'theme-post-content',
  `${ps(eIntro)}
<h2 class="wp-block-heading elementor-toc__heading-anchor-0">${eHeads[0]}</h2>${ps(eTop)}
<h2 class="wp-block-heading">${eHeads[1]}</h2>${ps(eHeart)}
<h2 class="wp-block-heading">${eHeads[2]}</h2>${ps(eBase)}
<h2 class="wp-block-heading">${eHeads[3]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Material</th><th>Layer</th><th>What it smells like</th></tr></thead>
<tbody>${eTable.map(row).join('\n')}</tbody></table><figcaption class="wp-element-caption">Evaporation times vary with concentration.</figcaption></figure>
<h2 class="wp-block-heading">${eHeads[4]}</h2>${ps([ePyramid])}
<h2 class="wp-block-heading">${eHeads[5]}</h2>${ps(eTips)}
<div class="wp-block-buttons"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/product/discovery-set/">Try the Discovery Set</a></div></div>`,
  'b5c6',
)}
${eW(
  'share-buttons',
  `<div class="elementor-grid">${eShare
    .map(
      (t) => `<div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_${t.toLowerCase()}" role="button" tabindex="0" aria-label="Share on ${t.toLowerCase()}">
<span class="elementor-share-btn__icon"><i class="fab fa-${t.toLowerCase()}" aria-hidden="true"></i></span><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">${t}</span></div></div></div>`,
    )
    .join('')}</div>`,
  'c6d7',
)}
${eW(
  'author-box',
  `<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Ines Carraway</h4><div
class="elementor-author-box__bio"><p>Ines trained in Grasse and founded Saltmarsh Perfumery in 2019. She runs our blending workshops.</p></div></div></div>`,
  'd7e8',
)}
${eW(
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a
href="/journal/why-perfume-fades/" rel="prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">Why Does My
Perfume Fade So Fast?</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/journal/what-is-an-accord/"
rel="next"><span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">What Is an Accord?</span></a></div></div>`,
  'e8f9',
)}
</div></div></div>
<footer data-elementor-type="footer" data-elementor-id="24" class="elementor elementor-24 elementor-location-footer"><div class="e-con-inner">
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">Join the Saltmarsh letter</h2>`, 'f90a')}
${eW(
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-field-type-email elementor-field-group"><label
for="form-field-email" class="elementor-field-label elementor-screen-only">Email</label><input type="email" name="form_fields[email]" id="form-field-email"
class="elementor-field elementor-size-sm" placeholder="Your email address"></div><button type="submit" class="elementor-button elementor-size-sm"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Subscribe</span></span></button></form>`,
  '0a1b',
)}
${eW(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>
</nav>`,
  '1b2d',
)}
${eW('text-editor', `<p>© 2026 Saltmarsh Perfumery Ltd. Registered in England No. 11902231.</p>`, '2d3e')}</div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"></div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button><button class="cmplz-btn cmplz-save-preferences">Save preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li></ul></div></div></div>
<div data-elementor-type="popup" data-elementor-id="733" class="elementor elementor-733 elementor-location-popup" style="display:none">
<p>Get 10% off your first order</p></div>
<script src="https://saltmarshperfumery.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js">
</script></body></html>`;
const elementor: TestPage = {
  name: 'heldout629-elementor-fragrance-notes-guide',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eIntro, ...eTop, ...eHeart, ...eBase, ...eTable.flat(), ePyramid, ...eTips]),
  bylines: ['Ines Carraway', '3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Home', 'Fragrance notes explained', '7 min read', 'Contents', 'Evaporation times vary with concentration.',
    'Try the Discovery Set', ...eShare, 'Ines trained in Grasse and founded Saltmarsh Perfumery in 2019. She runs our blending workshops.', 'Previous',
    'Why Does My Perfume Fade So Fast?', 'Next', 'What Is an Accord?', 'Join the Saltmarsh letter', 'Subscribe', ...eFoot,
    '© 2026 Saltmarsh Perfumery Ltd. Registered in England No. 11902231.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences', 'Save preferences', 'Cookie Policy',
  ],
};

export const HELDOUT629_B: readonly TestPage[] = [elementor];
