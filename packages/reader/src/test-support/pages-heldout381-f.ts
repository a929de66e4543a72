import { links, type TestPage, texts } from './page-kit.js';
import { phpbb } from './pages-heldout381-f2.js';
import { j } from './pages-heldout381-kit.js';

/**
 * Held-out batch 381, file f: a village community noticeboard built with Elementor on WordPress (theme header and menu,
 * Complianz-style cookie banner, Elementor sections, heading and text-editor widgets, one heading per notice, updated
 * line, share buttons, "Submit a notice" form, parish council contact and footer widgets) and a phpBB (prosilver)
 * buy-and-sell forum thread (navbar, breadcrumbs, topic actions, pagination, posts with author lines, profile blocks
 * and signatures, a quoted reply, jump-to box, who-is-online, footer).
 */
const nbTitle = 'Community Noticeboard';
const nbNotices: [string, string[]][] = [
  [
    'For sale: children’s bikes and a trailer',
    [
      j(
        'Two children’s bikes, a 16 inch and a 20 inch, both with stabiliser brackets, plus a two-seat bike trailer with its',
        'rain cover. All in good working order and recently oiled. 60 for the lot or offers for each. Ring Judith on the number in',
        'the Parish Magazine, or knock at 2 Orchard Row.',
      ),
    ],
  ],
  [
    'Wanted: allotment tools for the school garden',
    [
      j(
        'Ebbstone Primary’s gardening club has been given two raised beds and needs small forks, trowels, a watering can and',
        'any spare seed trays. If you have tools you no longer use, please leave them in the porch of the school office between',
        '8.30 and 9.30 on weekday mornings. The children will write thank-you cards.',
      ),
    ],
  ],
  [
    'Free to collect: garden shed, you dismantle',
    [
      j(
        'Six by four timber shed, floor still sound, roof felt needs replacing. It must be taken down and removed by the end of',
        'March, and you will need a trailer or van. Please contact Des at Weir Cottage.',
      ),
    ],
  ],
  [
    'Village hall table-top sale, Saturday 21 March',
    [
      j(
        'Tables are 5 each and can be booked through the hall secretary. Doors open to sellers at 9 and to buyers at 10, with',
        'refreshments from the WI until 1. Please take home anything you have not sold; the hall has no room to store it.',
      ),
      'Things we cannot accept on the day:',
      'Electrical items without a recent safety test',
      'Car seats and cot mattresses',
      'Anything with a blade longer than a kitchen knife',
    ],
  ],
  [
    'Lost: tabby cat near the ford',
    [
      j(
        'Pickle, a small tabby with a white chin and no collar, has not come home since Tuesday evening. She is chipped and very',
        'shy. Please check sheds and garages near the ford and Mill Lane, and call the Hartleys at Brook House if you see her.',
      ),
    ],
  ],
  [
    'How to add a notice',
    [
      j(
        'Notices are free for residents of the parish and stay up for four weeks. Use the form below or drop a note through the',
        'Parish Clerk’s door. We do not publish notices from businesses outside the parish, and we remove anything that has been',
        'sold or found as soon as you let us know.',
      ),
    ],
  ],
];
const nbBody = nbNotices.flatMap(([, ps]) => ps);
const nbMenu = ['Home', 'Parish Council', 'Village Hall', 'What’s On', 'Noticeboard', 'Clubs & Groups', 'Contact'];
const nbShare = ['Facebook', 'WhatsApp', 'Email', 'Print'];
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const nbHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Community Noticeboard – Ebbstone Village</title>
<meta name="description" content="Notices for and from the people of Ebbstone: things for sale, wanted, free and lost.">
<meta name="generator" content="WordPress 6.7.2">
<meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="https://ebbstone.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://ebbstone.example/wp-content/uploads/elementor/css/post-412.css?ver=1741000000">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Community
Noticeboard","dateModified":"2026-03-04T10:12:00+00:00"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":412}};</script></head>
<body class="page-template-default page page-id-412 elementor-default elementor-kit-5 elementor-page elementor-page-412">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show"><div class="cmplz-message">We use cookies to see how the site is
used and to keep it working. You can choose which cookies to allow.</div><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="site-header" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/">Ebbstone Village</a></p>
<p class="site-description">News and notices for the parish of Ebbstone</p></div><nav class="site-navigation"><ul id="menu-main" class="menu">
${links(nbMenu, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<main id="content" class="site-main post-412 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-7c2d1e0 elementor-section-boxed" data-id="7c2d1e0"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element elementor-element-1a0b3f4" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('5e8a9b1', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${nbTitle}</h1>`)}
${el('2f7d6c3', 'text-editor', '<p><em>Last updated 4 March 2026 by the Parish Clerk</em></p>')}
${el(
  '8b1c2d9',
  'share-buttons',
  `<div class="elementor-grid">${nbShare
    .map(
      (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">${s}</span></span></div></div>`,
    )
    .join('')}</div>`,
)}
</div></div></div></section>
${nbNotices
  .map(
    ([head, paras], i) => `<section class="elementor-section elementor-inner-section elementor-element elementor-element-a${i}f0" data-id="a${i}f0"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-inner-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el(`h${i}b2`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${head}</h2>`)}
${el(
  `t${i}c3`,
  'text-editor',
  `<p>${paras[0]}</p>${
    paras.length > 1
      ? `<p>${paras[1]}</p><ul>${paras
          .slice(2)
          .map((t) => `<li>${t}</li>`)
          .join('')}</ul>`
      : ''
  }`,
)}
</div></div></div></section>`,
  )
  .join('\n')}
<section class="elementor-section elementor-top-section elementor-element elementor-element-f0f0a1" data-element_type="section"><div
class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
${el('c4d5e6', 'heading', '<h3 class="elementor-heading-title elementor-size-small">Submit a notice</h3>')}
${el(
  'd5e6f7',
  'form',
  `<form class="elementor-form" method="post" name="Notice"><div class="elementor-field-group"><label for="form-field-name"
class="elementor-field-label">Your name</label><input type="text" id="form-field-name" class="elementor-field"></div><div class="elementor-field-group">
<label for="form-field-message" class="elementor-field-label">Your notice (up to 80 words)</label><textarea id="form-field-message"></textarea></div>
<button type="submit" class="elementor-button"><span class="elementor-button-text">Send notice</span></button></form>`,
)}
</div></div></div></section></div></div></main>
<footer id="site-footer" class="site-footer"><div class="footer-widgets"><section class="widget widget_text"><h2 class="widget-title">Contact the Parish
Council</h2><div class="textwidget"><p>Parish Clerk, The Old School, Ebbstone EB3 7QT</p></div></section>
<section class="widget widget_nav_menu"><h2 class="widget-title">Useful links</h2><ul>${links([
  'Bin collection days',
  'Bus timetables',
  'Report a pothole',
])}</ul></section></div><div class="copyright"><p>© 2026 Ebbstone Parish Council · Accessibility statement · Privacy</p></div></footer>
<script src="https://ebbstone.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script>
</body></html>`;
const noticeboard: TestPage = {
  name: 'heldout381-elementor-community-noticeboard',
  kind: 'blog',
  html: nbHtml,
  title: nbTitle,
  headings: nbNotices.map(([head]) => head),
  body: texts(nbBody),
  bylines: ['Last updated 4 March 2026 by the Parish Clerk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to see how the site is used and to keep it working. You can choose which cookies to allow.', 'Deny',
    'View preferences', 'Skip to content', 'Ebbstone Village', 'News and notices for the parish of Ebbstone',
    ...nbMenu.filter((m) => m !== 'Village Hall' && m !== 'Noticeboard'), ...nbShare,
    'Submit a notice', 'Your name', 'Your notice (up to 80 words)', 'Send notice', 'Contact the Parish Council',
    'Parish Clerk, The Old School, Ebbstone EB3 7QT', 'Useful links', 'Bin collection days', 'Bus timetables', 'Report a pothole',
    '© 2026 Ebbstone Parish Council · Accessibility statement · Privacy',
  ],
};

export const HELDOUT381_F: readonly TestPage[] = [noticeboard, phpbb];
