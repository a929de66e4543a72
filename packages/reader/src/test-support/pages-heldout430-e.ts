import { ps, type TestPage, texts } from './page-kit.js';
import { sqsReunion } from './pages-heldout430-e2.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file e: an alumni giving-day results page built with Elementor on the Hello theme (an Elementor Pro
 * header with nav-menu widget, a hero section, counter widgets, text-editor widgets, a progress bar, a table of class
 * challenge results in an HTML widget, testimonial and call-to-action widgets, an Elementor footer and a cookie notice)
 * and, from file e2, a school's reunion page on Squarespace.
 */
const eTitle = 'Fernwood Gives Day 2026: The Results Are In';
const eIntro = [
  j(
    'For 24 hours on March 4, alumni, parents, students and friends of Fernwood College answered the call. Here is what you',
    'made possible together, and where every gift is going.',
  ),
];
const eCounters: [string, string][] = [
  ['$1,284,350', 'Raised in 24 hours'],
  ['4,917', 'Donors'],
  ['50', 'States and 19 countries'],
  ['612', 'First-time donors'],
];
const eH = ['A record for the fifth year running', 'Class Challenge results', 'Where your gifts go', 'Thank you'];
const eP1 = [
  j(
    'This year&#39;s total beat last year&#39;s by $211,000, and the number of donors grew by nearly 600. The biggest single',
    'hour came at 8 p.m. Eastern, when an anonymous alumna unlocked a $100,000 match after the 4,000th gift.',
  ),
  'Our goal was 4,500 donors; you reached 109 percent of it.',
  j(
    'Gifts came from alumni in 50 states and 19 countries, from parents of current students, and from 388 students, who',
    'gave an average of $11 each. Faculty and staff participation reached 62 percent, the highest of any year.',
  ),
];
const eRows: [string, string, string][] = [
  ['Class of 1976 (50th Reunion)', '71%', '$188,400'],
  ['Class of 2001 (25th Reunion)', '38%', '$96,250'],
  ['Class of 2016 (10th Reunion)', '29%', '$21,870'],
  ['Class of 2025', '24%', '$6,415'],
];
const eP2 = [
  j(
    'The Class of 1976 wins the participation trophy for the third year in a row. The Class of 2025 had the best showing by a',
    'young alumni class in Gives Day history and unlocked a $5,000 bonus for the Senior Emergency Fund.',
  ),
];
const eUses = [
  'Scholarships and financial aid: $612,000',
  'The Fernwood Fund for faculty and programs: $338,900',
  'Athletics and club teams: $171,450',
  'The new Riverside Student Center: $162,000',
];
const eP3 = [
  j(
    'To everyone who gave, shared, called a classmate or wore their green scarf for a day: thank you. Gifts made through',
    'March 31 will still count toward this year&#39;s Fernwood Fund.',
  ),
];
const eNav = ['Ways to Give', 'Annual Fund', 'Giving Societies', 'Planned Giving', 'Contact Us'];
const eQuote = 'I gave because someone gave for me. My scholarship came from people I never met.';
const col = (id: string, inner: string, w = '100'): string => `<div class="elementor-column elementor-col-${w} elementor-top-column elementor-element
elementor-element-${id}" data-id="${id}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">${inner}</div></section>`;
const wid = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const head = (id: string, tag: string, t: string): string => wid(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const text = (id: string, inner: string): string => wid(id, 'text-editor', inner);
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fernwood Gives Day 2026 Results &#8211; Fernwood College Giving</title>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css?ver=1741200000">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${eTitle}","datePublished":"2026-03-05"}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.25.4","post":{"id":812}};</script>
</head><body class="page-template page-template-elementor_header_footer page page-id-812 elementor-default elementor-kit-6 elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">
${sec(
  '1a2b3c',
  col(
    '2b3c4d',
    `${wid('3c4d5e', 'theme-site-logo', '<a href="/">Fernwood College Giving</a>')}
${wid(
  '4d5e6f',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-4d5e6f" class="elementor-nav-menu">
${eNav.map((n) => `<li class="menu-item"><a href="#" class="elementor-item">${n}</a></li>`).join('\n')}</ul></nav>`,
)}
${wid(
  '5e6f7a',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/give">
<span class="elementor-button-text">Give Now</span></a>`,
)}`,
  ),
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812" id="content">
${sec(
  'a1',
  col(
    'a2',
    `${head('a3', 'h1', eTitle)}${text('a5', '<p class="results-updated">Final totals, updated March 5, 2026</p>')}
${text('a4', ps(eIntro))}`,
  ),
)}
${sec(
  'b1',
  eCounters
    .map(([n, t], i) =>
      col(
        `b${i + 2}`,
        wid(
          `c${i}`,
          'counter',
          `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number"
data-duration="2000" data-to-value="${n.replace(/[$,]/g, '')}" data-delimiter=",">${n}</span></div>
<div class="elementor-counter-title">${t}</div></div>`,
        ),
        '25',
      ),
    )
    .join('\n'),
)}
${sec(
  'd1',
  col(
    'd2',
    `${head('d3', 'h2', eH[0] ?? '')}${text('d4', ps(eP1))}
${wid(
  'd5',
  'progress',
  `<span class="elementor-title">Donor goal</span><div class="elementor-progress-wrapper" role="progressbar" aria-valuenow="109">
<div class="elementor-progress-bar" data-max="100"><span class="elementor-progress-text"></span><span class="elementor-progress-percentage">109%</span>
</div></div>`,
)}
${head('d6', 'h2', eH[1] ?? '')}
${wid(
  'd7',
  'html',
  `<table class="class-challenge"><thead><tr><th>Class</th><th>Participation</th><th>Raised</th></tr></thead><tbody>
${eRows.map(([c, p, r]) => `<tr><td>${c}</td> <td>${p}</td> <td>${r}</td></tr>`).join('\n')}</tbody></table>`,
)}
${text('d8', ps(eP2))}`,
  ),
)}
${sec(
  'e1',
  col(
    'e2',
    `${head('e3', 'h2', eH[2] ?? '')}${text('e4', `<ul>${eUses.map((u) => `<li>${u}</li>`).join('\n')}</ul>`)}
${wid(
  'e5',
  'testimonial',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Amara Lindqvist ’27</div>
<div class="elementor-testimonial-job">Fernwood Scholar</div></div></div></div>`,
)}
${head('e6', 'h2', eH[3] ?? '')}${text('e7', ps(eP3))}`,
  ),
)}
${sec(
  'f1',
  col(
    'f2',
    wid(
      'f3',
      'call-to-action',
      `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Missed Gives Day?</h3>
<div class="elementor-cta__description">It is not too late to make your gift count.</div><div class="elementor-cta__button-wrapper">
<a class="elementor-cta__button elementor-button" href="/give">Give to the Fernwood Fund</a></div></div></div>`,
    ),
  ),
)}
</div>
<div data-elementor-type="footer" data-elementor-id="34" class="elementor elementor-34 elementor-location-footer">
${sec('g1', col('g2', text('g3', '<p>Office of Advancement · Fernwood College · 88 Quarry Road, Fernwood, VT 05071 · 802-555-0190</p>')))}
${sec('h1', col('h2', text('h3', '<p>© 2026 Fernwood College. Fernwood College is a 501(c)(3) nonprofit organization.</p>')))}</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a>
<a href="/privacy" class="cn-privacy-policy-link cn-link cn-button">Privacy policy</a></span></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout430-elementor-giving-day-results',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...eCounters.flat(), ...eP1, ...eRows.map((r) => r.join(' ')), ...eP2, ...eUses, ...eP3]),
  bylines: ['Final totals, updated March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fernwood College Giving', ...eNav, 'Give Now', 'Donor goal', '109%', eQuote, 'Amara Lindqvist ’27', 'Fernwood Scholar',
    'Missed Gives Day?', 'It is not too late to make your gift count.', 'Give to the Fernwood Fund',
    'Office of Advancement · Fernwood College · 88 Quarry Road, Fernwood, VT 05071 · 802-555-0190',
    '© 2026 Fernwood College. Fernwood College is a 501(c)(3) nonprofit organization.',
    'We use cookies to ensure that we give you the best experience on our website.', 'Privacy policy',
  ],
};

export const HELDOUT430_E: readonly TestPage[] = [elementor, sqsReunion];
