import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout615-kit.js';

/** Held-out batch 615, file a2: a French polishing process page built with Elementor on the Hello Elementor theme. */
const eTitle = 'Our French polishing process';
const eIntro = [
  j(
    'French polishing is slow work. The finish is built up from dozens of very thin coats of shellac, each one rubbed on by hand with',
    'a pad we call a rubber, until the surface has a depth that no spray lacquer can match. Here is what happens to a piece in our',
    'workshop, from the day it arrives to the day it goes home.',
  ),
];
const eSteps = [
  [
    '1. Assessment',
    j(
      'We look at the old finish under raking light and test a hidden corner with meths. If the shellac softens, the old polish can',
      'often be revived rather than removed, which keeps the colour and patina the piece has earned.',
    ),
  ],
  [
    '2. Stripping and cleaning',
    j(
      'Where the finish has failed, we take it off with a gentle stripper and fine wire wool, working with the grain. We never sand',
      'through to fresh wood unless a repair has left no choice.',
    ),
  ],
  [
    '3. Grain filling',
    j(
      'Open-grained timbers such as mahogany and walnut are filled with a fine pumice slurry so that the finished surface is glass',
      'flat. On oak we often leave the grain open for a softer look.',
    ),
  ],
  [
    '4. Colouring',
    j('Repairs and bleached areas are matched with spirit stains and pigments, mixed by eye in daylight. This is the step that takes', 'the most experience.'),
  ],
  [
    '5. Bodying up',
    j(
      'The rubber is charged with shellac and worked over the surface in circles and figures of eight, with a touch of linseed oil',
      'to stop it dragging. We body up over several days, letting each session harden before the next.',
    ),
  ],
  [
    '6. Spiriting off',
    j(
      'Finally the rubber is charged with little more than spirit and drawn lightly along the grain to remove the oil and bring up',
      'the shine. The piece then rests for a week before it leaves the workshop.',
    ),
  ],
];
const eLong = j(
  'A dining table top usually takes two to three weeks from start to finish, and a set of six chairs about the same. Small pieces',
  'such as a side table or a box can be ready in ten days. We will give you a date when we quote.',
);
const eCare = [
  'Dust with a soft, dry cloth and avoid spray polishes, which leave a film of silicone.',
  'Use mats under hot dishes and glasses; shellac marks with heat and water.',
  'Keep the piece out of direct sunlight and away from radiators.',
];
const eHeads = ['Step by step', 'How long does it take?', 'Caring for the finish'];
const eNav = ['Home', 'Services', 'Process', 'Gallery', 'About', 'Contact'];
const eAreas = ['Harrowgate', 'Kirkby Lonsdale', 'Sedbergh', 'Bentham'];
const eQuote = j(
  '"They brought our grandmother\'s bureau back to life without making it look new. You can still see the ink stain from 1948,',
  'just under a beautiful shine."',
);
const w = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column
 elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our French Polishing Process - Ashgrove Polishers</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ashgrovepolishers.co.uk/process/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org",
"@graph":[{"@type":"WebPage","name":"Our French Polishing Process"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://ashgrovepolishers.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4"
media="all">
<link rel="stylesheet" id="hello-elementor-css" href="https://ashgrovepolishers.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<style id="elementor-post-212">.elementor-212 .elementor-element.elementor-element-3a1f{padding:80px 0}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/7d2e/script.js"></script></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
${sec(
  'a41c',
  `${w(
    'icon-list',
    `<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">Call 01632 960418</span></li><li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">Monday to Friday, 8am to 5pm</span></li></ul>`,
  )}
${w(
  'theme-site-logo',
  `<a href="https://ashgrovepolishers.co.uk"><img width="220" height="60" src="/wp-content/uploads/ashgrove-logo.png"
alt="Ashgrove Polishers"></a>`,
)}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-5e2b"
class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}`,
)}</div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212">
${sec('3a1f', `${w('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}${w('text-editor', ps(eIntro))}`)}
${sec(
  '5c02',
  `${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2>`)}
${eSteps
  .map(
    ([h, p]) =>
      `${w(
        'heading',
        `<h3
class="elementor-heading-title elementor-size-small">${h}</h3>`,
      )}${w('text-editor', ps([p ?? '']))}`,
  )
  .join('\n')}`,
)}
${sec(
  '7e9d',
  `${w(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Helen Garside</div>
<div class="elementor-testimonial-job">Kendal</div></div></div></div>`,
  )}`,
)}
${sec(
  '81b4',
  `${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2>`)}${w('text-editor', ps([eLong]))}
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[2]}</h2>`)}${w('text-editor', `<ul>${lis(eCare)}</ul>`)}`,
)}
${sec(
  '9f20',
  `${w(
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">Ready to bring
back the shine?</h2><div class="elementor-cta__description elementor-cta__content-item">Send us a photo and we will reply within a day.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-sm" href="/contact/">Get a free quote</a></div>
</div></div>`,
  )}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="24" class="elementor elementor-24 elementor-location-footer">
${sec(
  'c11e',
  `${w('heading', '<h4 class="elementor-heading-title elementor-size-default">Areas we cover</h4>')}
${w(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eAreas
    .map(
      (a) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-text">${a}</span></li>`,
    )
    .join('')}</ul>`,
)}
${w('text-editor', '<p>© 2026 Ashgrove Polishers Ltd. All rights reserved.</p><p>Website by Brightfold</p>')}`,
)}</div>
<div class="cky-consent-container cky-classic-bottom"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse
our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="https://ashgrovepolishers.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout615-elementor-french-polishing',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eHeads[0] ?? '', ...eSteps.map(([h]) => h ?? ''), eHeads[1] ?? '', eHeads[2] ?? ''],
  body: texts([...eIntro, ...eSteps.map(([, p]) => p ?? ''), eLong, ...eCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call 01632 960418', 'Monday to Friday, 8am to 5pm', ...eNav, eQuote, 'Helen Garside', 'Kendal',
    'Ready to bring back the shine?', 'Send us a photo and we will reply within a day.', 'Get a free quote', 'Areas we cover', ...eAreas,
    '© 2026 Ashgrove Polishers Ltd. All rights reserved.', 'Website by Brightfold', 'We value your privacy',
    j('We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking',
      '"Accept All", you consent to our use of cookies.'),
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT615_A2: readonly TestPage[] = [elementor].map(settle);
