import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, but, j, row, tidy, tr } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file a: a locksmith's emergency call-out page built with Elementor on WordPress (Hello theme, theme
 * builder header and footer), and a burglar alarm installer's service page on Squarespace 7.1 with an accordion FAQ (in file a2).
 */
const kTitle = '24 Hour Emergency Locksmith in Wexbridge';
const kBody = [
  j(
    'Locked out, lost your keys or come home to a broken lock? Keyline Locksmiths run a genuine 24 hour emergency service across',
    'Wexbridge and the Calder villages, with a local locksmith on call every night of the year.',
  ),
  'Locked out? We aim to be with you in 30 minutes',
  j(
    'When you ring, you speak to the locksmith who will come out, not a call centre. We will ask where you are, what kind of door',
    'and lock you have, and give you a fixed price before we set off. Most of our call-outs inside the ring road are reached in under',
    'half an hour.',
  ),
  j(
    'We open around 95% of locked doors without damage, using picking and bypass tools rather than drilling. If a lock does have to',
    'be drilled, we carry replacement cylinders and sashlocks in the van and fit a new one before we leave.',
  ),
  'What we can help with',
  'Lockouts from houses, flats and offices',
  'Lost or stolen keys and lock changes',
  'Snapped keys and jammed uPVC door mechanisms',
  'Boarding up and making safe after a break-in',
  'Anti-snap cylinder upgrades to TS007 3 star',
  'Our call-out prices',
  j('There is no call-out fee and no extra charge for evenings or bank holidays. The price we quote on the phone is the price you', 'pay.'),
  row(['Lockout, no damage to the lock', 'from £69']),
  row(['Lockout with new cylinder fitted', 'from £95']),
  row(['Replacement uPVC gearbox', 'from £140']),
  row(['Emergency board-up (one window)', 'from £85']),
  'Areas we cover',
  j(
    'Wexbridge town centre, Calder Bridge, Holme Lacey, Stallham, Norcot, Upper Brinton and everywhere within ten miles of the',
    'WX1 postcode. Further afield, call us and we will tell you honestly how long we will take.',
  ),
];
const kNav = ['Home', 'Emergency Locksmith', 'Lock Changes', 'uPVC Repairs', 'Safes', 'About', 'Contact'];
const kFoot = ['Privacy Policy', 'Cookie Policy', 'Terms'];
const kReviews = [
  ['Came out at 2am when I locked myself out after a night shift. Door open in five minutes and no mess. Brilliant.', 'Hannah R., Calder Bridge'],
  ['Fixed price on the phone and that is what I paid. Fitted a much better lock too.', 'Owen T., Norcot'],
];
const kHead = (id: string, tag: string, t: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-heading"
data-id="${id}" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container">
<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}></div></div>`;
const kText = (id: string, html: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-text-editor"
data-id="${id}" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">${html}</div></div>`;
const kSec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div
class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const kIcons = kBody.slice(5, 10).map(
  (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<svg aria-hidden="true" class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512"><path d="M173.9 439.4"></path></svg></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
);
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} - Keyline Locksmiths</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="24/7 emergency locksmith in Wexbridge. No call-out fee, fixed prices, 30 minute response.">
<link rel="canonical" href="https://keylinelocksmiths.example/emergency-locksmith-wexbridge/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${kTitle}"},
{"@type":"Locksmith","name":"Keyline Locksmiths","telephone":"+441632960417","openingHours":"Mo-Su 00:00-23:59","areaServed":"Wexbridge"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-214-css" href="/wp-content/uploads/elementor/css/post-214.css?ver=1716" media="all">
<style id="hello-elementor-inline-css">.elementor-214 .elementor-element.elementor-element-5c1e{--padding-top:80px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('config','G-K3YL1N3');</script></head>
<body class="page-template-default page page-id-214 elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header">
${kSec(
  '1a0',
  `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Open 24/7 &middot; No call-out fee &middot; <a href="tel:01632960417">01632 960 417</a></p></div></div>`,
)}
${kSec(
  '1a1',
  `<div class="elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/wp-content/uploads/keyline-logo.svg"
alt="Keyline Locksmiths"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu">
<ul id="menu-1-2f" class="elementor-nav-menu">${links(kNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-2f" class="elementor-nav-menu">
${links(kNav, 'menu-item')}</ul></nav></div>`,
)}</div>
<main id="content" class="site-main post-214 page type-page status-publish hentry">
<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
${kSec(
  '5c1e',
  `${kHead('9f2', 'h1', kTitle)}${kText('a11', ps(kBody.slice(0, 1)))}
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="tel:01632960417"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Call 01632 960 417</span></span></a>
<a class="elementor-button elementor-size-md" href="#callback"><span class="elementor-button-text">Request a callback</span></a></div></div></div>`,
)}
${kSec('6d3', `${kHead('6d4', 'h2', kBody[1] ?? '')}${kText('6d5', ps(kBody.slice(2, 4)))}`)}
${kSec(
  '7e1',
  `${kHead('7e2', 'h2', kBody[4] ?? '')}<div class="elementor-element elementor-widget elementor-widget-icon-list">
<div class="elementor-widget-container"><ul class="elementor-icon-list-items">${kIcons.join('\n')}</ul></div></div>`,
)}
${kSec(
  '8b0',
  `${kHead('8b1', 'h2', kBody[10] ?? '')}${kText(
    '8b2',
    `${ps(kBody.slice(11, 12))}
<table><thead><tr><th>Job</th><th>Price</th></tr></thead><tbody>
${tr(['Lockout, no damage to the lock', 'from £69'])}${tr(['Lockout with new cylinder fitted', 'from £95'])}
${tr(['Replacement uPVC gearbox', 'from £140'])}${tr(['Emergency board-up (one window)', 'from £85'])}</tbody></table>`,
  )}`,
)}
${kSec(
  '9c0',
  `${kHead('9c1', 'h2', 'What our customers say')}<div class="elementor-widget elementor-widget-testimonial-carousel">
<div class="swiper-wrapper">${kReviews
    .map(
      ([q, n]) => `<div class="swiper-slide"><div class="elementor-testimonial">
<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">${q}</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">${n}</span></cite></div>
</div></div>`,
    )
    .join('\n')}</div></div>`,
)}
${kSec('a40', `${kHead('a41', 'h2', kBody[16] ?? '')}${kText('a42', ps(kBody.slice(17)))}`)}
${kSec('b50', `${kHead('b51', 'h2', 'Need a locksmith right now?')}${kText('b52', '<p>Call Darren or Lee on 01632 960 417, day or night.</p>')}`)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
${kSec(
  'f10',
  `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Keyline Locksmiths Ltd</p>
<p>Unit 4, Tanners Yard, Wexbridge WX2 7LP</p><p>MLA approved company &middot; DBS checked locksmiths</p></div></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(kFoot)}</ul></nav></div>
<div class="elementor-widget elementor-widget-text-editor"><p>© 2026 Keyline Locksmiths Ltd. Company no. 09812244</p></div>`,
)}</div>
<div class="elementor-location-popup sticky-call-bar"><a href="tel:01632960417" class="sticky-call">Call now</a></div>
<div id="cookie-law-info-bar" data-nosnippet="true" role="dialog"><span>We use cookies to give you the best experience on our website.
<a role="button" class="cli_settings_button">Cookie settings</a><a role="button" id="cookie_action_close_header" class="cli-plugin-button">Accept</a>
</span></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const keyline: TestPage = tidy({
  name: 'heldout556-elementor-emergency-locksmith',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: at(kBody, [1, 4, 10, 16]),
  body: texts(but(kBody, [1, 4, 10, 16])),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open 24/7 · No call-out fee · 01632 960 417', ...kNav, 'Call 01632 960 417', 'Request a callback', 'What our customers say',
    ...kReviews.flat(), 'Need a locksmith right now?', 'Call Darren or Lee on 01632 960 417, day or night.', 'Keyline Locksmiths Ltd',
    'Unit 4, Tanners Yard, Wexbridge WX2 7LP', 'MLA approved company · DBS checked locksmiths', ...kFoot, '© 2026 Keyline Locksmiths Ltd. Company no. 09812244',
    'Call now', 'We use cookies to give you the best experience on our website.', 'Cookie settings', 'Accept',
  ],
});

export const HELDOUT556_A: readonly TestPage[] = [keyline];
