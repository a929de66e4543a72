import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout400-kit.js';

/** Held-out batch 400, file b2: the second page of file b (see there). */
const nTitle = 'Safe Staffing Saves Lives';
const nIntro = 'Every shift without enough nurses is a shift where care is rationed. It is time for a legal limit.';
const nBody = [
  j(
    'Nurses across the country tell us the same story. Wards built for one nurse to eight patients are routinely run with one',
    'nurse to twelve or more, and the gaps are filled by goodwill, missed breaks and unpaid overtime.',
  ),
  j(
    'Research from hospitals in other countries shows that every extra patient added to a nurse’s workload increases the risk',
    'of avoidable harm. Patients wait longer for pain relief, falls are more common, and early signs of deterioration are missed.',
  ),
  j(
    'The Association of Registered Nurses and Midwives is calling for safe staffing ratios to be written into law, with a',
    'duty on every hospital board to publish its staffing levels shift by shift.',
  ),
];
const nAsks = [
  'A legal minimum of one registered nurse to every five patients on acute medical and surgical wards.',
  'Published staffing figures for every ward, every shift, updated within 24 hours.',
  'A funded plan to recruit and keep nurses, including protected time for training.',
  'An independent regulator with the power to act when boards fall short.',
];
const nBody2 = [
  j(
    'Write to your elected representative using our template letter. It takes two minutes, and every letter is counted in',
    'the briefing we send to the health committee before the spring debate.',
  ),
  j(
    'If you are a member, ask your workplace representative about the staffing log. Recording short-staffed shifts gives us',
    'the evidence we need to show ministers what is happening on the ground.',
  ),
  j(
    'You can also bring the campaign into your own workplace. Our organisers can help you run a stall, hold a lunchtime',
    'meeting or arrange a photo with colleagues holding the campaign placard, which we will share with local media.',
  ),
];
const nQuote = j(
  '“On my last night shift I had eleven patients, two of them on oxygen. I went home knowing I had done my best,',
  'and knowing it was not enough.”',
);
const nMenu = ['Campaigns', 'Support', 'Learning', 'Your Workplace', 'About Us'];
const nFoot = ['Contact us', 'Privacy', 'Accessibility', 'Member login'];
const el = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const nHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safe Staffing Saves Lives – ARNM</title><meta name="description" content="${nIntro}">
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
<link rel='stylesheet' id='elementor-post-2210-css' href='/wp-content/uploads/elementor/css/post-2210.css?ver=1711020011' media='all' />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Safe Staffing Saves Lives","dateModified":"2026-03-11"}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-2210 elementor-default elementor-template-full-width elementor-page-2210">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/arnm-logo.svg" alt="ARNM"></a>', '1a2b')}
${el(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-1a3c" class="elementor-nav-menu">${links(nMenu, 'menu-item')}</ul></nav>`,
  '1a3c',
)}
${el(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/join"><span class="elementor-button-text">Join ARNM</span>
</a>`,
  '1a4d',
)}
</div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="2210" class="elementor elementor-2210" id="content">
<div class="elementor-element elementor-element-5f1 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${el('heading', `<span class="elementor-heading-title elementor-size-default">Campaign</span>`, '5f2')}
${el('heading', `<h1 class="elementor-heading-title elementor-size-xxl">${nTitle}</h1>`, '5f3')}
${el('text-editor', `<p>${nIntro}</p>`, '5f4')}
${el(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-lg" href="#sign">
<span class="elementor-button-text">Add your name</span></a>`,
  '5f5',
)}
</div></div>
<div class="elementor-element elementor-element-6a1 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="48213">48,213</span>
</div><div class="elementor-counter-title">signatures so far</div></div>`,
  '6a2',
)}
${el(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number">1 in 3</span></div>
<div class="elementor-counter-title">shifts reported short-staffed</div></div>`,
  '6a3',
)}
</div></div>
<div class="elementor-element elementor-element-7b1 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('heading', '<h2 class="elementor-heading-title elementor-size-default">Why it matters</h2>', '7b2')}
${el('text-editor', ps(nBody), '7b3')}
${el(
  'testimonial',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${nQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Staff nurse, Ward 14</div>
<div class="elementor-testimonial-job">Member since 2011</div></div></div></div>`,
  '7b4',
)}
${el('heading', '<h2 class="elementor-heading-title elementor-size-default">What we are asking for</h2>', '7b5')}
${el(
  'icon-list',
  `<ul class="elementor-icon-list-items">${nAsks
    .map(
      (a) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${a}</span></li>`,
    )
    .join('\n')}</ul>`,
  '7b6',
)}
${el('heading', '<h2 class="elementor-heading-title elementor-size-default">How you can help</h2>', '7b7')}
${el('text-editor', ps(nBody2), '7b8')}
</div></div>
<div class="elementor-element elementor-element-8c1 e-flex e-con-boxed e-con e-parent" id="sign" data-element_type="container"><div class="e-con-inner">
${el('heading', '<h3 class="elementor-heading-title elementor-size-default">Sign the petition</h3>', '8c2')}
${el(
  'form',
  `<form class="elementor-form" method="post" name="Petition"><div class="elementor-form-fields-wrapper elementor-labels-above">
<div class="elementor-field-group"><label for="form-field-name" class="elementor-field-label">Full name</label><input type="text" id="form-field-name"></div>
<div class="elementor-field-group"><label for="form-field-email" class="elementor-field-label">Email</label><input type="email" id="form-field-email"></div>
<div class="elementor-field-type-acceptance"><label for="form-field-consent">Keep me updated about this campaign</label></div>
<button type="submit" class="elementor-button"><span class="elementor-button-text">Sign now</span></button></div></form>`,
  '8c3',
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer"><div class="e-con-inner">
${el(
  'text-editor',
  `<p>Association of Registered Nurses and Midwives is a trade union and professional body. Certificate of independence no.
6621.</p>`,
  '9d1',
)}
${el('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(nFoot, 'menu-item')}</ul></nav>`, '9d2')}
${el(
  'social-icons',
  `<div class="elementor-social-icons-wrapper"><a class="elementor-social-icon-facebook" href="#">
<span class="elementor-screen-only">Facebook</span></a><a class="elementor-social-icon-instagram" href="#">
<span class="elementor-screen-only">Instagram</span></a></div>`,
  '9d3',
)}
</div></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the
best experience on our website.</p></div><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button>
<button class="change-settings-button">Settings</button></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"post":{"id":2210,"title":"Safe Staffing Saves Lives"}};</script>
</body></html>`;
export const nurses: TestPage = {
  name: 'heldout400-elementor-nurses-campaign',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['Why it matters', 'What we are asking for', 'How you can help'],
  body: texts([nIntro, ...nBody, nQuote, ...nAsks, ...nBody2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nMenu, 'Join ARNM', 'Campaign', 'Add your name', '48,213', 'signatures so far', 'shifts reported short-staffed',
    'Staff nurse, Ward 14', 'Member since 2011', 'Sign the petition', 'Full name', 'Keep me updated about this campaign', 'Sign now',
    'Association of Registered Nurses and Midwives is a trade union and professional body. Certificate of independence no. 6621.', ...nFoot,
    'Facebook', 'Instagram', 'We are using cookies to give you the best experience on our website.', 'Accept', 'Settings',
  ],
};
