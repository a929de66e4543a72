import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file a: a tree surgeon's services page on WordPress with Hello Elementor and Elementor Pro (FAQ
 * accordion, testimonial carousel, CookieYes banner).
 */
const hTitle = 'Tree Surgery in Kestrelford and the Vale';
const hIntro = [
  j(
    'Hartwood Tree Care is a family-run team of six qualified arborists working across Kestrelford, Lower Ashby and the villages of the',
    'Wenn Vale. We look after trees in private gardens, churchyards, school grounds and small estates, and we have done so since 2009.',
  ),
  j(
    'Every job starts with a free visit from one of our two senior climbers, who will look at the tree with you, check for bats and',
    'nesting birds, and tell you plainly whether the work is needed at all. If the tree is protected, we make the application to the',
    'council for you at no extra cost.',
  ),
];
const hServices = [
  [
    'Crown reduction and thinning',
    j(
      'We reduce the height and spread of a crown by cutting back to healthy side branches, never by topping. Thinning lets more light',
      'through a heavy canopy and lowers the load on the tree in high winds, without changing its natural shape.',
    ),
  ],
  [
    'Tree felling and sectional dismantling',
    j(
      'Where a tree is dead, diseased or simply in the wrong place, we fell it in one piece if there is room, or take it down in',
      "sections with ropes and lowering devices when it stands close to a house, a greenhouse or a neighbour's fence.",
    ),
  ],
  [
    'Stump grinding',
    j(
      'Our narrow-access grinder fits through a 70 cm garden gate and takes stumps down to 30 cm below ground, so that you can returf,',
      'replant or lay a patio over the spot. The chippings can be left for your compost heap or taken away.',
    ),
  ],
  [
    'Hedge reduction',
    j(
      'Overgrown conifer and laurel hedges can be cut back hard in one visit between September and February, outside the bird nesting',
      'season. We reduce the height first, then the faces, and we clear and recycle every cutting.',
    ),
  ],
] as const;
const hWhyTitle = 'Why people choose Hartwood';
const hWhy = [
  'Public liability insurance of £10 million',
  'Written quotes within three working days',
  'All green waste recycled into mulch at our Ashby yard',
  'Local references on request from customers near you',
];
const hFaqTitle = 'Frequently asked questions';
const hFaq = [
  [
    'Do I need permission to cut my tree?',
    j('Only if the tree has a tree preservation order or stands in a conservation area. We check both with the council before we quote.'),
  ],
  [
    'How much does a crown reduction cost?',
    j('Most garden trees cost between £350 and £900 to reduce, depending on size and access. We always quote a fixed price.'),
  ],
  ['Can you work in the rain?', 'Light rain is fine. We stop climbing in strong winds, lightning or heavy rain, and we will rebook you at once.'],
] as const;
const hNav = ['Home', 'Services', 'Tree Preservation Orders', 'Gallery', 'About Us', 'Contact Us'];
const hReviews = [
  '"They took down a huge ash leaning over our conservatory without a scratch on it. Tidy, polite and on time." – Mrs P., Lower Ashby',
  '"Fair price, clear quote, and they sorted the council paperwork for our oak." – Daniel R., Kestrelford',
];
const hCookie = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const hFoot = ['Privacy Policy', 'Cookie Policy', 'Terms of Business'];
const el = (id: string, widget: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}" data-id="${id}" data-element_type="widget"
data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string, cls = ''): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed ${cls}" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const hServiceHtml = hServices
  .map(
    ([h, p], i) =>
      `<div class="elementor-column elementor-col-50 elementor-inner-column">${el(
        `s${i}`,
        'heading',
        `<h3 class="elementor-heading-title
elementor-size-default">${h}</h3>`,
      )}${el(`t${i}`, 'text-editor', `<p>${p}</p>`)}${el(
        `b${i}`,
        'button',
        `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/contact-us/"><span class="elementor-button-text">Get a quote</span></a></div>`,
      )}</div>`,
  )
  .join('\n');
const hFaqHtml = hFaq
  .map(
    ([q, a], i) => `<details id="e-n-accordion-item-${i}" class="e-n-accordion-item"><summary class="e-n-accordion-item-title" data-accordion-index="${i + 1}"
tabindex="0" aria-expanded="false"><span class="e-n-accordion-item-title-header"><div class="e-n-accordion-item-title-text">${q}</div></span>
<span class="e-n-accordion-item-title-icon"><span class="e-opened"><svg aria-hidden="true" class="e-font-icon-svg"></svg></span></span></summary>
<div role="region" class="elementor-element e-con-full e-flex e-con e-child">${el(`f${i}`, 'text-editor', `<p>${a}</p>`)}</div></details>`,
  )
  .join('\n');
const hMenu = (cls: string, hidden: string): string =>
  `<nav class="${cls} elementor-nav-menu__container"${hidden}>
<ul id="menu-1-main" class="elementor-nav-menu">${links(hNav, 'menu-item menu-item-type-post_type')}</ul></nav>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tree Surgeons Kestrelford | Hartwood Tree Care</title><meta name="description" content="Qualified tree surgeons in Kestrelford and the Wenn Vale.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://hartwoodtreecare.example/services/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Tree Surgeons Kestrelford",
"isPartOf":{"@id":"https://hartwoodtreecare.example/#website"}},{"@type":"LocalBusiness","name":"Hartwood Tree Care","telephone":"01632 960418"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4" media="all">
<style id="elementor-post-418">.elementor-418 .elementor-element.elementor-element-a1{--spacer-size:40px}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/3b1f0c/script.js"></script></head>
<body class="page-template-default page page-id-418 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-418">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  'top1',
  el(
    'tb1',
    'icon-list',
    `<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">Fully insured arborists</span></li><li class="elementor-icon-list-item"><a href="tel:01632960418">
<span class="elementor-icon-list-text">Call 01632 960418</span></a></li></ul>`,
  ),
  'top-bar',
)}
${sec(
  'hd1',
  `${el('lg1', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2023/02/hartwood-logo.svg" alt="Hartwood Tree Care"></a>')}
${el(
  'nv1',
  'nav-menu',
  `${hMenu('elementor-nav-menu--main elementor-nav-menu--layout-horizontal e--pointer-underline', '')}
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${hMenu('elementor-nav-menu--dropdown', ' aria-hidden="true"')}`,
)}`,
)}</div>
<main id="content" class="site-main post-418 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="418" class="elementor elementor-418" data-elementor-post-type="page">
${sec(
  'hero',
  `${el('h1', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${hTitle}</h1>`)}${el('i1', 'text-editor', ps(hIntro))}`,
  'hero',
)}
${sec(
  'svc',
  `${el('h2a', 'heading', '<h2 class="elementor-heading-title elementor-size-default">What we do</h2>')}
<section class="elementor-section elementor-inner-section"><div class="elementor-container elementor-column-gap-wide">${hServiceHtml}</div></section>`,
)}
${sec(
  'why',
  `${el('h2b', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hWhyTitle}</h2>`)}${el(
    'wl',
    'icon-list',
    `<ul class="elementor-icon-list-items">${lis(
      hWhy.map(
        (t) => `<span class="elementor-icon-list-icon"><svg aria-hidden="true"></svg></span>
<span class="elementor-icon-list-text">${t}</span>`,
      ),
      'elementor-icon-list-item',
    )}</ul>`,
  )}`,
)}
${sec(
  'rev',
  `${el('h2r', 'heading', '<h2 class="elementor-heading-title elementor-size-default">What our customers say</h2>')}${el(
    'tc',
    'testimonial-carousel',
    `<div class="elementor-main-swiper swiper" role="region" aria-roledescription="carousel" aria-label="Slides"><div class="swiper-wrapper">
${hReviews
  .map(
    (r, i) => `<div class="swiper-slide" role="group" aria-roledescription="slide" aria-label="${i + 1} of 2"><div class="elementor-testimonial">
<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">${r}</div></div></div></div>`,
  )
  .join('\n')}</div></div>`,
  )}`,
  'reviews',
)}
${sec(
  'faq',
  `${el('h2c', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hFaqTitle}</h2>`)}${el(
    'acc',
    'n-accordion',
    `<div class="e-n-accordion" aria-label="Accordion. Open links with Enter or Space, close with Escape, and navigate with Arrow Keys">${hFaqHtml}</div>`,
  )}`,
)}
${sec(
  'cta',
  `${el('h2d', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Need a tree surgeon this season?</h2>')}
${el('ct', 'text-editor', '<p>Book a free, no-obligation survey and we will be in touch within one working day.</p>')}
${el(
  'cb',
  'button',
  `<a class="elementor-button elementor-button-link" href="/contact-us/">
<span class="elementor-button-text">Book a free survey</span></a>`,
)}`,
  'cta',
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="33" class="elementor elementor-33 elementor-location-footer">
${sec(
  'ft',
  `${el('fa', 'text-editor', '<p>Hartwood Tree Care Ltd, Unit 4, Millbrook Yard, Lower Ashby KF7 2RT</p><p>Mon to Fri 7.30am to 5pm</p>')}
${el('fl', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(hFoot, 'menu-item')}</ul></nav>`)}
${el('fc', 'text-editor', '<p>© 2026 Hartwood Tree Care Ltd. All rights reserved. Company no. 07123456.</p>')}`,
)}</footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience, serve personalised ads
or content, and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.2" id="elementor-pro-frontend-js"></script></body></html>`;
const hartwood: TestPage = {
  name: 'heldout544-hartwood-elementor-services',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['What we do', ...hServices.map(([h]) => h), hWhyTitle, hFaqTitle],
  body: texts([...hIntro, ...hServices.map(([, p]) => p), ...hWhy, ...hFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fully insured arborists', 'Call 01632 960418', 'Home', 'Services', 'Tree Preservation Orders', 'Gallery', 'About Us', 'Contact Us',
    'Get a quote',
    'What our customers say', ...hReviews, 'Need a tree surgeon this season?',
    'Book a free, no-obligation survey and we will be in touch within one working day.',
    'Book a free survey', 'Hartwood Tree Care Ltd, Unit 4, Millbrook Yard, Lower Ashby KF7 2RT', 'Mon to Fri 7.30am to 5pm', ...hFoot,
    '© 2026 Hartwood Tree Care Ltd. All rights reserved. Company no. 07123456.', 'We value your privacy',
    hCookie,
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT544_A: readonly TestPage[] = [hartwood];
