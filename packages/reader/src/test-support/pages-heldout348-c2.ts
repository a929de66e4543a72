import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file c2: a garden designer's portfolio post on WordPress built with Elementor Pro (Hello theme): the
 * Elementor header template with nav menu and "Book a consultation" button, a hero section with the post title and post-info
 * widget (date, project type), text-editor, heading, image, image-gallery and testimonial widgets, a "Project details" icon
 * list, share buttons, a "More projects" posts widget, the Elementor footer template, and a CookieYes banner.
 */
const eTitle = 'A walled kitchen garden in the Hessary Valley';
const e1 = paras(`
When we first walked the site in January, the old walled garden behind Tenbury Farmhouse was a sheet of bramble with a
greenhouse frame rusting in one corner. The owners wanted somewhere to grow food for a family of five, but also a garden they
could sit in on summer evenings.

The walls were the starting point. South-facing brick holds the day's heat well into the night, so we kept the warmest wall
free for trained fruit and set the seating area against it, where the last of the sun falls.

The soil told its own story. Test pits showed a deep, dark loam along the east side, where generations of gardeners had dug in
manure, and compacted rubble near the old gateway. We kept the good ground for vegetables and used the poor corner for a gravel
garden of herbs that prefer it lean.
`);
const e2 = paras(`
We divided the space into four raised beds edged in reclaimed oak, with a central dipping pond fed from the roof of the
restored greenhouse. The paths are wide enough for a wheelbarrow, which matters more than any planting plan.
`);
const eList = [
  'Four-bed rotation for vegetables, with a permanent bed for asparagus and rhubarb',
  'Espaliered pears and a fan-trained apricot on the south wall',
  'Cut-flower borders of dahlias, cosmos and sweet peas along the east path',
  'A herb lawn of creeping thyme and chamomile around the pond',
];
const e3 = paras(`
Wherever we could, we reused what was already there. Bricks from a collapsed bothy became the pond edging, and the greenhouse
was re-glazed on its original cast-iron frame rather than replaced.

Two summers on, the beds produce more than the family can eat, and the surplus goes to the village shop on Saturdays.
The apricot fruited for the first time this July, which nobody quite believed would happen this far north.
`);
const eQuote = 'We expected a vegetable plot. What we got is the room of the house we use most from May to September.';
const eQuoteBy = 'Harriet and Owen Lisle, Tenbury Farmhouse';
const eNav = ['Home', 'Portfolio', 'Services', 'Journal', 'About', 'Contact'];
const eDetails = ['Location: Hessary Valley', 'Size: 0.2 acres', 'Completed: June 2025', 'Services: Design, planting plan, build management'];
const eMore = ['A courtyard for shade lovers in Altringham', 'Prairie planting for a school playground', 'Reviving an Edwardian rock garden'];
const eFoot = ['Privacy policy', 'Cookie policy', 'Instagram', 'Pinterest'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent"
data-id="${id}" data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Ottilie Brand Garden Design</title><meta name="description" content="A family kitchen garden in an old walled garden.">
<link rel='stylesheet' id='elementor-frontend-css' href='https://ottiliebrand.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4'
media='all'><link rel='stylesheet' id='elementor-post-412-css' href='https://ottiliebrand.example/wp-content/uploads/elementor/css/post-412.css' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${eTitle}","datePublished":"2025-09-22",
"author":{"@type":"Person","name":"Ottilie Brand"}}</script>
<script id="cookie-law-info-js-extra">var _ckyConfig = {"_ipData":[],
"_assetsURL":"\\/wp-content\\/plugins\\/cookie-law-info\\/lite\\/frontend\\/images\\/"};</script>
</head><body class="post-template post-template-elementor_header_footer single single-post postid-412 elementor-default elementor-kit-6
elementor-page elementor-page-412"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '3b2f',
  `${w('theme-site-logo', '<a href="/"><img src="/logo.svg" alt="Ottilie Brand Garden Design"></a>', '5e1')}
${w(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a1" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
  'a1',
)}
${w(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link" href="/contact">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a consultation</span></span></a></div>`,
  '9c4',
)}`,
)}
</div>
<div data-elementor-type="wp-post" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="post">
${sec(
  '1aa',
  `${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, '2bb')}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item
elementor-repeater-item-d1 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-date"><time>September 22, 2025</time></span></li><li class="elementor-icon-list-item elementor-inline-item"
itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span
class="elementor-post-info__terms-list"><a href="/category/kitchen-gardens/" class="elementor-post-info__terms-list-item">Kitchen gardens</a></span></span></li>
</ul>`,
  '3cc',
)}`,
)}
${sec(
  '4dd',
  `${w(
    'image',
    `<figure class="wp-caption"><img src="/wp-content/uploads/2025/09/walled-garden-1.jpg" alt=""><figcaption
class="widget-image-caption wp-caption-text">The south wall in its second summer. Photo: Jonah Mercer</figcaption></figure>`,
    '5ee',
  )}
${w('text-editor', ps(e1), '6ff')}
${w('heading', '<h2 class="elementor-heading-title elementor-size-default">Four beds and a pond</h2>', '701')}
${w('text-editor', `${ps(e2)}<ul>${lis(eList)}</ul>`, '712')}
${w('heading', '<h2 class="elementor-heading-title elementor-size-default">Working with what was there</h2>', '723')}
${w('text-editor', ps(e3), '734')}
${w(
  'testimonial',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">${eQuoteBy}</div></div></div></div>`,
  '745',
)}
${w(
  'image-gallery',
  `<div class="elementor-image-gallery"><div id="gallery-1" class="gallery galleryid-412 gallery-columns-3 gallery-size-thumbnail">
<figure class="gallery-item"><div class="gallery-icon landscape"><img src="/g1.jpg" alt=""></div><figcaption class="wp-caption-text gallery-caption">
Reclaimed oak bed edges</figcaption></figure><figure class="gallery-item"><div class="gallery-icon landscape"><img src="/g2.jpg" alt=""></div>
<figcaption class="wp-caption-text gallery-caption">The re-glazed greenhouse</figcaption></figure></div></div>`,
  '756',
)}`,
)}
${sec(
  '8aa',
  `${w('heading', '<h3 class="elementor-heading-title elementor-size-default">Project details</h3>', '8b1')}
${w(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eDetails
    .map(
      (d) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-leaf"></i></span><span class="elementor-icon-list-text">${d}</span></li>`,
    )
    .join('\n')}</ul>`,
  '8b2',
)}
${w(
  'share-buttons',
  `<div class="elementor-grid">${['Facebook', 'Pinterest', 'Email']
    .map(
      (s) => `<div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0" aria-label="Share on ${s}"><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">${s}</span></div></div></div>`,
    )
    .join('')}</div>`,
  '8b3',
)}`,
)}
${sec(
  '9aa',
  `${w('heading', '<h2 class="elementor-heading-title elementor-size-default">More projects</h2>', '9a1')}
${w(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid">${eMore
    .map(
      (m) => `<article class="elementor-post
elementor-grid-item post type-post"><div class="elementor-post__card"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/p/">${m}</a>
</h3></div><div class="elementor-post__meta-data"><span class="elementor-post-date">March 3, 2025</span></div></div></article>`,
    )
    .join('\n')}</div>`,
  '9a2',
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="33" class="elementor elementor-33 elementor-location-footer">
${sec(
  'f01',
  `${w('text-editor', '<p>Ottilie Brand Garden Design, The Old Forge, Hessary. Designing gardens in the south-west since 2011.</p>', 'f02')}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`, 'f03')}
${w('text-editor', '<p>© 2026 Ottilie Brand Garden Design. All rights reserved.</p>', 'f04')}`,
)}
</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject"
data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div>
</div></div>
<script src="https://ottiliebrand.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.25.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
export const elementorPost: TestPage = {
  name: 'heldout348-elementor-portfolio-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['Four beds and a pond', 'Working with what was there'],
  body: [...texts(e1), ...texts(e2), ...eList, ...texts(e3), eQuote],
  bylines: ['September 22, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a consultation', 'Kitchen gardens', 'The south wall in its second summer. Photo: Jonah Mercer',
    'Reclaimed oak bed edges', 'The re-glazed greenhouse', 'Project details', ...eDetails, 'Facebook', 'Pinterest', 'Email', 'More projects', ...eMore,
    'March 3, 2025', 'Ottilie Brand Garden Design, The Old Forge, Hessary. Designing gardens in the south-west since 2011.', ...eFoot,
    '© 2026 Ottilie Brand Garden Design. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};
