import type { TestPage } from './page-kit.js';
import { bodyOf, heads, j, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file f2: a care home's "Life at the home" page built with Elementor on the Hello Elementor theme
 * (Elementor Pro header template with the nav menu widget and a phone button, then the page as containers of heading,
 * text editor, icon list, image, testimonial, counter and button widgets, a CQC rating widget, an Elementor Pro footer
 * template and the Cookie Notice banner). Each section's text sits in its own text editor widget under a heading widget.
 */
const eTitle = 'Life at Rowan Lodge';
const eSecs: Section[] = [
  [
    '',
    [
      j(
        'Rowan Lodge is a family-run care home for 38 older people on the edge of Thornbury Green. We offer residential care and',
        'care for people living with dementia, in a house that has been extended over the years but still feels like a home',
        'rather than an institution.',
      ),
      j(
        'We believe a good day looks different for everyone. Some residents like to be up early for the papers; others prefer a',
        'slow start and breakfast in their room. Our care team get to know each person’s routine and build the day around it.',
      ),
    ],
  ],
  [
    'A typical week',
    [
      j(
        'Our activities coordinator, Bernadette Lowe, plans a timetable with residents at a meeting on the first Monday of each',
        'month. There is always something on, but nobody is ever made to join in.',
      ),
      [
        'Gentle exercise to music on Monday and Thursday mornings',
        'Baking club in the garden room every Tuesday afternoon',
        'A visit from the Thornbury Green primary school choir once a month',
        'Pet therapy with Biscuit, a retired greyhound, on Fridays',
        'Films with ice cream in the lounge on Sunday afternoons',
      ],
    ],
  ],
  [
    'Food and dining',
    [
      j(
        'Our chef, Marco Delgado, cooks everything fresh on site, with two choices at every meal and alternatives whenever someone',
        'fancies something different. Menus are planned with residents and our dietitian, and we cater for soft and pureed diets',
        'without making them look like an afterthought. Families are welcome to join their relatives for lunch at no charge.',
      ),
    ],
  ],
  [
    'The garden',
    [
      j(
        'The walled garden has level paths, raised beds at wheelchair height and a summer house that catches the afternoon sun.',
        'Residents grow tomatoes and sweet peas every year, and the garden club meets whenever the weather allows.',
      ),
    ],
  ],
  [
    'Visiting',
    [
      j(
        'There are no fixed visiting hours. We only ask that visitors sign in at reception and avoid mealtimes in the dining room',
        'if they can, so that residents who need help with eating are not distracted. Grandchildren and well-behaved dogs are',
        'always welcome.',
      ),
    ],
  ],
];
const eNav = ['Home', 'Our Care', 'Life at Rowan Lodge', 'Fees', 'Careers', 'Contact'];
const eCounters = ['38 residents', '25 years caring in Thornbury Green'];
const eQuote = '“Mum has a better social life than I do. The staff know exactly how she likes her tea.”';
const eFoot = ['Privacy Policy', 'Complaints', 'Modern Slavery Statement'];
let n = 0;
const id = (): string => (0x3a10 + n++).toString(16);
const w = (
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id()} elementor-widget elementor-widget-${type}" data-id="${id()}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const con = (
  inner: string,
  cls = '',
): string => `<div class="elementor-element elementor-element-${id()} e-flex e-con-boxed e-con e-parent${cls}" data-id="${id()}"
data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const txt = (blocks: Section[1]): string =>
  blocks
    .map((b) =>
      typeof b === 'string'
        ? w('text-editor', `<p>${b}</p>`)
        : w(
            'icon-list',
            `<ul class="elementor-icon-list-items">${b
              .map(
                (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
              )
              .join('\n')}</ul>`,
          ),
    )
    .join('\n');
const hdg = (t: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const secs = eSecs.map(([h, b]) => (h === '' ? txt(b) : hdg(h) + txt(b)));
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Life at Rowan Lodge – Rowan Lodge Care Home</title>
<meta name="description" content="Activities, food, the garden and visiting at Rowan Lodge, a family-run care home in Thornbury Green.">
<link rel="stylesheet" id="hello-elementor-css" href="https://rowanlodge.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1">
<link rel="stylesheet" id="elementor-frontend-css" href="https://rowanlodge.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NursingHome","name":"Rowan Lodge Care Home","telephone":"01632 960 775"}</script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.4","is_static":false,"post":{"id":88,
"title":"Life at Rowan Lodge"}};</script>
</head><body class="page-template-default page page-id-88 wp-custom-logo hello-elementor elementor-default elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
${con(
  w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/rowan-lodge-logo.png" alt="Rowan Lodge Care Home"></a>') +
    w(
      'nav-menu',
      `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-${id()}" class="elementor-nav-menu">${eNav
        .map(
          (t) => `<li class="menu-item menu-item-type-post_type">
<a href="/${t.length}" class="elementor-item">${t}</a></li>`,
        )
        .join('\n')}
</ul></nav>`,
    ) +
    w(
      'button',
      `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960775">
<span class="elementor-button-text">Call 01632 960 775</span></a>`,
    ),
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${con(
  hdg(eTitle, 'h1') +
    w(
      'heading',
      `<p class="elementor-heading-title elementor-size-default">
Every day shaped around the people who live here</p>`,
    ),
  ' hero',
)}
${con(
  secs.slice(0, 2).join('\n') +
    w(
      'image',
      `<figure class="wp-caption"><img src="/wp-content/uploads/2025/09/baking-club.jpg" alt="" loading="lazy">
<figcaption class="widget-image-caption wp-caption-text">Residents at baking club, September 2025</figcaption></figure>`,
    ),
)}
${con(eCounters.map((c) => w('counter', `<div class="elementor-counter"><div class="elementor-counter-title">${c}</div></div>`)).join(''), ' counters')}
${con(secs.slice(2).join('\n'))}
${con(
  w(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div><div class="elementor-testimonial-meta">
<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Gillian, daughter of a resident</div></div></div></div>`,
  ) +
    w(
      'html',
      '<div class="cqc-widget"><p class="cqc-label">CQC overall rating</p><p class="cqc-rating">Good</p><p class="cqc-date">Inspected 4 June 2025</p></div>',
    ) +
    w(
      'button',
      '<a class="elementor-button elementor-button-link elementor-size-md" href="/contact"><span class="elementor-button-text">Arrange a visit</span></a>',
    ),
  ' cta',
)}</div>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer" data-elementor-post-type="elementor_library">
${con(
  w('text-editor', '<p>Rowan Lodge Care Home, 2 Mill Lane, Thornbury Green TG6 1RL</p><p>© 2026 Rowan Lodge Care Ltd. All rights reserved.</p>') +
    w(
      'icon-list',
      `<ul class="elementor-icon-list-items">${eFoot
        .map(
          (t) => `<li class="elementor-icon-list-item"><a href="/${t.length}">
<span class="elementor-icon-list-text">${t}</span></a></li>`,
        )
        .join('')}</ul>`,
    ),
)}</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">
<div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use
this site we
will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" data-cookie-set="accept"
class="cn-set-cookie cn-button">Ok</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">No</a>
<a href="/privacy-policy/"
target="_blank" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script src="https://rowanlodge.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4" id="elementor-frontend-js"></script></body></html>`;
export const elementorCareHome: TestPage = {
  name: 'heldout391-elementor-care-home-page',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: heads(eSecs),
  body: bodyOf(eSecs),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== eTitle), 'Call 01632 960 775', 'Every day shaped around the people who live here',
    'Residents at baking club, September 2025', ...eCounters, eQuote, 'Gillian, daughter of a resident', 'CQC overall rating', 'Good', 'Inspected 4 June 2025',
    'Arrange a visit', 'Rowan Lodge Care Home, 2 Mill Lane, Thornbury Green TG6 1RL', '© 2026 Rowan Lodge Care Ltd. All rights reserved.', ...eFoot,
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Privacy policy',
  ],
};
