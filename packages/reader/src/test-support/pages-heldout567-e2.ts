import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout567-kit.js';

/** Held-out batch 567, file e2: a garden centre's Christmas events page built with Elementor (Pro theme builder) on the Hello Elementor theme. */
const eTitle = 'Christmas at Oakhurst';
const eIntro = j(
  'From the last weekend of November the whole garden centre turns festive: real trees from our own plantation, a',
  'grotto in the old potting shed and late-night shopping every Thursday until Christmas.',
);
const eEvents = [
  [
    'Real Christmas trees',
    'From Saturday 22 November',
    'Nordmann and Fraser firs from 4ft to 12ft, netted and loaded for you. We plant two seedlings for every tree we sell.',
  ],
  [
    'Santa’s Potting Shed grotto',
    'Weekends from 29 November, then daily 15–24 December',
    'Children meet Santa, plant a bulb to take home and choose a present. £12.50 per child, accompanying adults free.',
  ],
  [
    'Late-night shopping',
    'Thursdays until 18 December, open until 8pm',
    'Mulled cider at the door, 10% off all decorations and live music from the Hatherley Silver Band.',
  ],
] as const;
const eNav = ['Home', 'Plants', 'Christmas', 'Restaurant', 'Events', 'Contact'];
const widget = (
  type: string,
  id: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const col = (
  id: string,
  inner: string,
  w = 100,
): string => `<div class="elementor-column elementor-col-${w} elementor-top-column elementor-element elementor-element-${id}"
data-id="${id}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const secE = (
  id: string,
  inner: string,
): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed
elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">${inner}</div>
</section>`;
const ebtn = (label: string, id: string): string =>
  widget(
    'button',
    id,
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="/christmas/book/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">${label}</span></span></a></div>`,
  );
const eCards = eEvents
  .map(([h, when, d], i) =>
    col(
      `c${i}`,
      [
        widget('image', `i${i}`, `<img width="600" height="400" src="/wp-content/uploads/2026/10/xmas-${i}.jpg" class="attachment-large size-large" alt="">`),
        widget('heading', `h${i}`, `<h3 class="elementor-heading-title elementor-size-default">${h}</h3>`),
        widget(
          'icon-list',
          `l${i}`,
          `<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="far fa-calendar-alt"></i></span><span class="elementor-icon-list-text">${when}</span></li></ul>`,
        ),
        widget('text-editor', `t${i}`, `<p>${d}</p>`),
        i === 1 ? ebtn('Book the grotto', 'b1') : '',
      ].join('\n'),
      33,
    ),
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${eTitle} - Oakhurst Garden
Centre</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'><link rel="canonical"
href="https://www.oakhurstgardens.co.uk/christmas/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"${eTitle} - Oakhurst Garden Centre"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4' media='all'>
<link rel='stylesheet' id='elementor-post-212-css' href='/wp-content/uploads/elementor/css/post-212.css?ver=1730112000' media='all'></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="48" class="elementor elementor-48 elementor-location-header" data-elementor-post-type="elementor_library">
${secE(
  'hd1',
  col('hd2', widget('theme-site-logo', 'hd3', `<a href="/"><img width="240" height="80" src="/wp-content/uploads/2024/01/oakhurst-logo.png" alt=""></a>`), 25) +
    col(
      'hd4',
      widget(
        'nav-menu',
        'hd5',
        `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-hd5" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-hd5"
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
      ),
      75,
    ),
)}
</div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
${secE(
  's1',
  col(
    's1c',
    widget('heading', 's1h', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) + widget('text-editor', 's1t', `<p>${eIntro}</p>`),
  ),
)}
${secE('s2', eCards)}
${secE(
  's3',
  col(
    's3c',
    widget('heading', 's3h', '<h2 class="elementor-heading-title elementor-size-default">Opening hours over Christmas</h2>') +
      widget('text-editor', 's3t', '<p>Christmas Eve 9am – 3pm. Closed Christmas Day and Boxing Day. 27 December to 1 January 10am – 4pm.</p>'),
  ),
)}
${secE(
  's4',
  col(
    's4c',
    widget(
      'call-to-action',
      's4a',
      `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item
elementor-content-item">Gift cards</h2><div class="elementor-cta__description elementor-cta__content-item
elementor-content-item">Give the gift of gardening. Available in store and online.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item"><a
class="elementor-cta__button elementor-button elementor-size-sm" href="/gift-cards/">Buy a gift card</a>
</div></div></div>`,
    ),
  ),
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer" data-elementor-post-type="elementor_library">
${secE(
  'ft1',
  col(
    'ft2',
    widget('text-editor', 'ft3', '<p>Oakhurst Garden Centre, Hatherley Road, Oakhurst</p><p>Open Monday to Saturday 9am – 5.30pm, Sunday 10.30am – 4.30pm</p>'),
    50,
  ) +
    col(
      'ft4',
      widget(
        'social-icons',
        'ft5',
        `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon
elementor-social-icon-facebook" href="https://facebook.com/oakhurstgc" target="_blank"><span class="elementor-screen-only">Facebook</span><i class="fab
fa-facebook"></i></a></span>
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="https://instagram.com/oakhurstgc"
target="_blank">
<span class="elementor-screen-only">Instagram</span><i class="fab fa-instagram"></i></a></span></div>`,
      ) + widget('text-editor', 'ft6', '<p>© 2026 Oakhurst Garden Centre Ltd</p>'),
      50,
    ),
)}
</div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.4","is_static":false};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout567-elementor-christmas-events',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [...eEvents.map(([h]) => h), 'Opening hours over Christmas'],
  body: [
    eIntro,
    ...eEvents.flatMap(([, when, d]) => [when, d]),
    'Christmas Eve 9am – 3pm. Closed Christmas Day and Boxing Day. 27 December to 1 January 10am – 4pm.',
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Plants', 'Restaurant', 'Events', 'Contact', 'Book the grotto', 'Gift cards',
    'Give the gift of gardening. Available in store and online.',
    'Buy a gift card', 'Oakhurst Garden Centre, Hatherley Road, Oakhurst', 'Open Monday to Saturday 9am – 5.30pm, Sunday 10.30am – 4.30pm',
    'Facebook', 'Instagram',
    '© 2026 Oakhurst Garden Centre Ltd',
  ],
};

export const HELDOUT567_E2: readonly TestPage[] = [elementor];
