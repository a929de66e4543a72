import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout655-kit.js';

/**
 * Held-out batch 655, file b2: a dog walking services page built with Elementor Pro on Hello Elementor (price tables, an FAQ
 * accordion, a testimonial, a CookieYes banner).
 */
const eTitle = 'Dog Walking in Brackwell & Little Ferring';
const eIntro = j(
  'Solo walks, small group adventures and puppy visits from a fully insured, DBS-checked walker who knows every footpath',
  'between the river and the downs. Every walk ends with a towel-down and a photo update on WhatsApp.',
);
const ePlans: [string, string, string, string[]][] = [
  [
    'Group Adventure',
    '£16',
    'per 60-minute walk',
    ['Up to four dogs matched by size and play style', 'Off-lead time in secure fields', 'Pick-up and drop-off'],
  ],
  ['Solo Walk', '£19', 'per 45-minute walk', ['One-to-one, on lead or long line', 'Ideal for reactive or older dogs', 'Flexible time slots']],
  ['Puppy Visit', '£12', 'per 30-minute visit', ['Toilet break, lunch and play', 'Gentle lead training', 'Up to three visits a day']],
];
const eFaq: [string, string][] = [
  [
    'Do you walk in the rain?',
    'Yes. We only stop walks for thunderstorms, ice, or temperatures over 25°C, when we switch to a shady sniff walk or a garden visit.',
  ],
  ['How many dogs are in a group?', 'Never more than four, and every dog has a meet and greet and two solo walks before joining a group.'],
  ['Are you insured?', 'Yes, with full public liability and care, custody and control cover. Certificates are available on request.'],
];
const eNav = ['Home', 'Services', 'Meet Kasia', 'Reviews', 'Contact'];
const eW = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eCon = (inner: string, id: string, cls = 'e-con-boxed'): string =>
  `<div class="elementor-element elementor-element-${id} ${cls} e-flex e-con e-parent" data-id="${id}" data-element_type="container">
<div class="e-con-inner">${inner}</div></div>`;
const ePlan = ([name, price, per, feats]: [string, string, string, string[]], n: number): string =>
  eW(
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${name}</h3></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__currency">£</span><span
class="elementor-price-table__integer-part">${price.slice(1)}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${per}</span></div>
<ul class="elementor-price-table__features-list">${feats
      .map(
        (f) => `<li class="elementor-repeater-item-${n}a">
<div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i><span>${f}</span></div></li>`,
      )
      .join('\n')}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/contact/">Book a Walk</a></div>
</div>`,
    `7c${n}e`,
  );
const eAcc = eFaq
  .map(
    ([q, a], n) => `<div class="elementor-accordion-item">
<div id="elementor-tab-title-21${n}" class="elementor-tab-title" data-tab="${n + 1}" role="button" aria-controls="elementor-tab-content-21${n}"
aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><i class="fas fa-plus"></i></span><a
class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-21${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n + 1}" role="region"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dog Walking Services | Paws on the Downs</title><meta name="description" content="Group walks, solo walks and puppy visits in Brackwell.">
<link rel="stylesheet" id="hello-elementor-css" href="https://pawsonthedowns.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="https://pawsonthedowns.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1718022" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","serviceType":"Dog walking","areaServed":"Brackwell"}</script>
<meta name="generator" content="Elementor 3.22.1; features: e_optimized_css_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 elementor-default
 elementor-template-full-width elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${eCon(
  `${eW(
    'theme-site-logo',
    `<a href="https://pawsonthedowns.co.uk">
<img width="220" height="80" src="/wp-content/uploads/2024/02/logo.png" alt="Paws on the Downs"></a>`,
    '1a2b',
  )}
${eW(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-1a2c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
  '1a2c',
)}
${eW(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:07700900415"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">07700 900415</span></span></a></div>`,
  '1a2d',
)}`,
  '1a2a',
  'e-con-full',
)}
</header>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${eCon(
  `${eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle.replace(/&/g, '&amp;')}</h1>`, '4f1a')}
${eW('text-editor', `<p>${eIntro}</p>`, '4f1b')}`,
  '4f10',
)}
${eCon(
  `${eW('heading', '<h2 class="elementor-heading-title elementor-size-default">Services &amp; Prices</h2>', '5e1a')}
${ePlans.map(ePlan).join('\n')}`,
  '5e10',
)}
${eCon(
  `${eW(
    'testimonial',
    `<div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">Kasia is brilliant. Bramble comes home tired and happy every time.</div><div class="elementor-testimonial-meta">
<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Jo, owner of Bramble</div></div></div></div>`,
    '6a1a',
  )}`,
  '6a10',
)}
${eCon(
  `${eW('heading', '<h2 class="elementor-heading-title elementor-size-default">Frequently Asked Questions</h2>', '7d1a')}
${eW('accordion', `<div class="elementor-accordion">${eAcc}</div>`, '7d1b')}`,
  '7d10',
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer"
data-elementor-post-type="elementor_library">
${eCon(
  `${eW('text-editor', '<p>Paws on the Downs is a member of the National Association of Pet Sitters &amp; Dog Walkers.</p>', '9a1a')}
${eW('text-editor', '<p>© 2025 Paws on the Downs. All rights reserved. <a href="/privacy-policy/">Privacy Policy</a></p>', '9a1b')}`,
  '9a10',
)}
</footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src="https://pawsonthedowns.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout655-elementor-dog-walking',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Services & Prices', ...ePlans.map(([n]) => n), 'Frequently Asked Questions'],
  body: [eIntro, ...ePlans.flatMap(([, price, per, feats]) => [price, per, ...feats]), ...eFaq.flatMap(([q, a]) => [q, a])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Services'), '07700 900415', 'Book a Walk',
    'Kasia is brilliant. Bramble comes home tired and happy every time.',
    'Jo, owner of Bramble', 'Paws on the Downs is a member of the National Association of Pet Sitters & Dog Walkers.',
    '© 2025 Paws on the Downs. All rights reserved. Privacy Policy', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT655_B2: readonly TestPage[] = [elementor];
