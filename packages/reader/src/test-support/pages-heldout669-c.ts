import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout669-kit.js';

/**
 * Held-out batch 669, file c: a goat's cheese making course page built with Elementor (Hello Elementor theme, Elementor Pro
 * header and footer, Complianz banner).
 */
let eId = 0x3a10;
/** An Elementor widget wrapper of the type (heading, text-editor, icon-list, button...) around the inner HTML. */
const ew = (type: string, inner: string): string => {
  eId += 7;
  const id = eId.toString(16);
  return `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
 data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
};
/** An Elementor top section with one column around the widgets. */
const es = (inner: string, cls = ''): string => {
  eId += 3;
  const id = eId.toString(16);
  return `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed
 elementor-section-height-default ${cls}" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
};
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eTitle = 'Goat’s Cheese Making Day';
const eLead = 'Spend a day in our dairy and go home with three cheeses you made yourself.';
const eIntro = [
  j(
    'Our herd of forty British Alpine and Golden Guernsey goats gives us milk from March to November. On course days we hold back',
    'the morning’s milk for you, still warm, and you follow it from the parlour to the cheese room.',
  ),
  j(
    'The course is run by Elin Prydderch, who has made cheese at Bryn Gafr for eleven years. Groups are small, eight at most,',
    'so everybody gets their hands in the curd.',
  ),
];
const eLearnH = 'What you’ll learn';
const eLearn = [
  'How to make a soft lactic cheese, a feta-style brined cheese and a quick halloumi',
  'Starter cultures, rennet and acidity, explained without the chemistry lecture',
  'Hygiene in a home kitchen: what matters and what doesn’t',
  'How to age, salt and store goat’s cheese so it keeps',
];
const eDayH = 'The day';
const eDay = [
  j(
    'We start at 9:30 with coffee and a walk round the goat sheds, then move to the cheese room. Lunch is a ploughman’s made with',
    'our own cheeses and bread from the village bakery. We finish at about 4 p.m. with a tasting.',
  ),
  j('You will take home your cheeses, a recipe booklet and a starter kit with cultures, rennet and a thermometer.', 'Please bring an apron and a cool bag.'),
];
const ePriceH = 'Dates and price';
const ePrice = ['£145 per person, lunch included', 'Saturdays: 17 May, 14 June, 12 July, 9 August and 6 September 2025'];
const eQuotes = [
  { q: '“The best day out I’ve had in years. My halloumi squeaked!”', who: 'Gwen, Aberystwyth' },
  { q: '“Elin is a brilliant teacher. I make feta every week now.”', who: 'Mark, Shrewsbury' },
];
const eNav = ['Home', 'Our Goats', 'Courses', 'Farm Shop', 'Visit Us'];
const eFoot = ['Privacy Policy', 'Cookie Policy (UK)', 'Terms & Conditions'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Goat’s Cheese Making Day - Bryn Gafr Dairy Goats</title><meta name="description" content="${eLead}">
<link rel="canonical" href="https://bryngafr.wales/courses/goats-cheese-making-day/">
<script type="application/ld+json"
 class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Goat’s Cheese Making Day"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://bryngafr.wales/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://bryngafr.wales/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.1'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://bryngafr.wales/wp-content/uploads/elementor/css/post-88.css?ver=1718000000'>
<style id="cmplz-cookiebanner-css">.cmplz-hidden{display:none !important;}</style></head>
<body class="page-template-default page page-id-88 wp-custom-logo hello-elementor elementor-default elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
${es(
  `${ew(
    'theme-site-logo',
    `<a href="https://bryngafr.wales"><img src="https://bryngafr.wales/wp-content/uploads/2023/02/bryn-gafr-logo.png"
 alt="Bryn Gafr"></a>`,
  )}
${ew(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-4b2e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-4b2e" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
)}`,
  'elementor-section-content-middle',
)}</div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${es(
  `${ew('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${ew('text-editor', `<p>${eLead}</p>`)}`,
  'elementor-section-height-min-height hero',
)}
${es(`${ew('text-editor', ps(eIntro))}
${ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${eLearnH}</h2>`)}
${ew('icon-list', eIcons(eLearn))}
${ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${eDayH}</h2>`)}
${ew('text-editor', ps(eDay))}
${ew(
  'image',
  `<figure class="wp-caption"><img src="https://bryngafr.wales/wp-content/uploads/2024/05/curd.jpg" alt="Cutting the curd">
<figcaption class="widget-image-caption wp-caption-text">Cutting the curd for feta in the Bryn Gafr cheese room.</figcaption></figure>`,
)}
${ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${ePriceH}</h2>`)}
${ew('text-editor', ps(ePrice))}
${ew(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="https://bryngafr.wales/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book your place</span></span></a></div>`,
)}`)}
${es(
  ew('heading', '<h2 class="elementor-heading-title elementor-size-default">What our cheesemakers say</h2>') +
    eQuotes
      .map((t) =>
        ew(
          'testimonial',
          `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${t.q}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-meta-inner"><div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">${t.who}</div></div></div></div></div>`,
        ),
      )
      .join('\n'),
  'testimonials',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
${es(`${ew('text-editor', '<p>Bryn Gafr, Cwm Einion, Ceredigion SY24 5HN · 01970 871 334</p>')}
${ew('icon-list', `<ul class="elementor-icon-list-items elementor-inline-items">${links(eFoot, 'elementor-icon-list-item elementor-inline-item')}</ul>`)}
${ew('text-editor', '<p>© 2025 Bryn Gafr Dairy Goats</p>')}`)}</div>
<div id="cmplz-cookiebanner-container"><div
 class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
 aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"><svg aria-hidden="true" viewBox="0 0 352 512"></svg></div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store
 and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="https://bryngafr.wales/cookie-policy-uk/">Cookie Policy</a></li>
</ul></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.23.1"};</script>
<script src="https://bryngafr.wales/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.1" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout669-elementor-goat-cheese-course',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eLearnH, eDayH, ePriceH],
  body: texts([eLead, ...eIntro, ...eLearn, ...eDay, ...ePrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Home'), 'Menu', 'Cutting the curd for feta in the Bryn Gafr cheese room.',
    'Book your place', 'What our cheesemakers say', ...eQuotes.flatMap((t) => [t.q, t.who]), 'Bryn Gafr, Cwm Einion, Ceredigion SY24 5HN · 01970 871 334',
    ...eFoot, '© 2025 Bryn Gafr Dairy Goats', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.',
    'Accept', 'Deny', 'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT669_C: readonly TestPage[] = [elementor];
