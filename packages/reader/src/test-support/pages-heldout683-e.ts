import { ps, type TestPage } from './page-kit.js';
import { j, uniq } from './pages-heldout683-kit.js';

/**
 * Held-out batch 683, file e: a wedding planner's day-of coordination service page built with Elementor (Hello theme, Pro
 * header and footer templates, icon list, icon boxes, price tables, a testimonial and a CookieYes banner).
 */
const eTitle = 'Day-of Coordination';
const eIntro = [
  j(
    'You have planned every detail yourselves. Now hand it over. Our day-of coordination service means someone else holds the',
    'timeline, answers the caterer and finds the missing ring box, so you can simply be at your own wedding.',
  ),
  'Despite the name, we start working with you eight weeks before the date.',
];
const eIncl = [
  'A planning meeting eight weeks out to review every contract and booking',
  'A detailed running order shared with all of your suppliers',
  'A venue walk-through with you and the venue manager',
  'Ceremony rehearsal, the evening before or earlier that week',
  'Up to twelve hours on the day with a lead coordinator and an assistant',
];
const eSteps: [string, string][] = [
  ['Meet', 'We sit down with your plans, your spreadsheets and your worries, and we read every supplier contract.'],
  ['Confirm', 'Two weeks before, we call every supplier to confirm arrival times, access and who to contact on the day.'],
  ['Run the day', 'From the first delivery to the last guest leaving, we are the only phone number anyone needs.'],
];
type Tier = { name: string; sub: string; price: string; feats: string[] };
const eTiers: Tier[] = [
  { name: 'Coordination', sub: 'Up to 120 guests', price: '$1,850', feats: ['Lead coordinator and one assistant', 'Up to 10 hours on the day'] },
  {
    name: 'Coordination Plus',
    sub: 'Up to 200 guests',
    price: '$2,600',
    feats: ['Lead coordinator and two assistants', 'Up to 12 hours on the day', 'Set-up of your own decorations'],
  },
];
const eNav = ['Home', 'Full Planning', 'Day-of Coordination', 'Gallery', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms', 'Instagram'];
const eW = (
  type: string,
  id: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eCon = (id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}"
data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const eMenu = (n: number, extra: string): string =>
  `<ul id="menu-${n}-4d5e6f" class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item
menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item"${extra}>${t}</a></li>`,
    )
    .join('')}</ul>`;
const eTier = (t: Tier, i: number): string =>
  eW(
    'price-table',
    `9a${i}`,
    `<div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${t.name}</h3><span class="elementor-price-table__subheading">${t.sub}</span></div><div
class="elementor-price-table__price">
<span class="elementor-price-table__currency elementor-currency--before">$</span><span
class="elementor-price-table__integer-part">${t.price.slice(1)}</span></div>
<ul class="elementor-price-table__features-list">${t.feats
      .map(
        (f, k) => `<li class="elementor-repeater-item-f${k}"><div class="elementor-price-table__feature-inner">
<svg aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg><span>${f}</span></div></li>`,
      )
      .join('')}</ul><div class="elementor-price-table__footer"><a
class="elementor-price-table__button elementor-button elementor-size-md" href="/contact/">Check availability</a></div></div>`,
  );
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Day-of Coordination &#8211; Willow Hart Events</title><meta name="description" content="Day-of wedding coordination from eight weeks out.">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1712211400" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Day-of Coordination","isPartOf":{"@id":"https://willowhartevents.com/#website"}}]}</script>
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings:
css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="120" class="elementor elementor-120 elementor-location-header"
data-elementor-post-type="elementor_library">
${eCon(
  '3f1a2b',
  `${eW(
    'theme-site-logo',
    '1a2b3c',
    '<a href="/"><img width="220" height="64" src="/wp-content/uploads/2025/01/willow-hart-logo.svg" alt="Willow Hart Events"></a>',
  )}
${eW(
  'nav-menu',
  '4d5e6f',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade">${eMenu(1, '')}</nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><svg
aria-hidden="true" class="elementor-menu-toggle__icon--open e-font-icon-svg e-eicon-menu-bar"></svg><span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">${eMenu(2, ' tabindex="-1"')}</nav>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${eCon(
  '7b1c01',
  `${eW('heading', '7b1c02', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('text-editor', '7b1c03', ps(eIntro))}`,
)}
${eCon(
  '7b1c04',
  `${eW('heading', '7b1c05', `<h2 class="elementor-heading-title elementor-size-default">What's included</h2>`)}
${eW(
  'icon-list',
  '7b1c06',
  `<ul class="elementor-icon-list-items">${eIncl
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg
aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}`,
)}
${eCon(
  '7b1c07',
  `${eW('heading', '7b1c08', '<h2 class="elementor-heading-title elementor-size-default">How it works</h2>')}
${eSteps
  .map(([h, p], i) =>
    eW(
      'icon-box',
      `7b1d0${i}`,
      `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span
class="elementor-icon elementor-animation-"><svg aria-hidden="true" class="e-font-icon-svg e-far-heart"></svg></span></div><div
class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>${h}</span></h3><p class="elementor-icon-box-description">${p}</p></div></div>`,
    ),
  )
  .join('\n')}`,
)}
${eCon('7b1c09', `${eW('heading', '7b1c10', '<h2 class="elementor-heading-title elementor-size-default">Packages</h2>')}${eTiers.map(eTier).join('\n')}`)}
${eCon(
  '7b1c11',
  eW(
    'testimonial',
    '7b1c12',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">We did not look at our phones once.
Willow Hart had it all in hand, down to the umbrellas when the rain came in.</div><div class="elementor-testimonial-meta"><div
class="elementor-testimonial-meta-inner">
<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Hana &amp; Luis</div><div class="elementor-testimonial-job">Married at
Crestwater
Hall, 2026</div></div></div></div></div>`,
  ),
)}
${eCon(
  '7b1c13',
  eW(
    'button',
    '7b1c14',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-lg" href="/contact/"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Check your date</span></span></a></div>`,
  ),
)}
</div>
<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer"
data-elementor-post-type="elementor_library">
${eCon(
  '5c0a01',
  `${eW('text-editor', '5c0a02', '<p>Willow Hart Events &middot; Hartwell Bridge &middot; hello@willowhartevents.com</p>')}
${eW(
  'icon-list',
  '5c0a03',
  `<ul class="elementor-icon-list-items elementor-inline-items">${eFoot
    .map(
      (t) => `<li class="elementor-icon-list-item elementor-inline-item"><a
href="/${t.toLowerCase().replace(/ /g, '-')}/"><span class="elementor-icon-list-text">${t}</span></a></li>`,
    )
    .join('')}</ul>`,
)}
${eW('text-editor', '5c0a04', '<p>&copy; 2027 Willow Hart Events. All rights reserved.</p>')}`,
)}
</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice"><p
class="cky-title"
role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use
cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div
class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button><button
class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept
All</button></div></div>
</div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.1" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout683-elementor-day-of-coordination',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ["What's included", 'How it works', ...eSteps.map(([h]) => h), 'Packages', ...eTiers.map((t) => t.name)],
  body: [...eIntro, ...eIncl, ...eSteps.map(([, p]) => p), ...eTiers.flatMap((t) => [t.sub, t.price, ...t.feats])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...eNav.filter((t) => t !== eTitle), 'Check availability',
    'We did not look at our phones once. Willow Hart had it all in hand, down to the umbrellas when the rain came in.', 'Hana & Luis',
    'Married at Crestwater Hall, 2026', 'Check your date', 'Willow Hart Events · Hartwell Bridge · hello@willowhartevents.com', ...eFoot,
    '© 2027 Willow Hart Events. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ]),
};

export const HELDOUT683_E: readonly TestPage[] = [elementor];
