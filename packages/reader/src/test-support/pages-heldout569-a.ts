import { links, type TestPage } from './page-kit.js';
import { type Block, flow, gold, j, lis } from './pages-heldout569-kit.js';

/**
 * Held-out batch 569, file a: a physiotherapy treatment page built with Elementor (Hello Elementor theme, Elementor Pro
 * header and footer) and a chiropractor's "first visit" page on Squarespace 7.1 (fluid engine).
 */

/** An Elementor widget around `inner`; `type` is the widget name (heading, text-editor, ...). */
const ew = (id: string, type: string, inner: string): string =>
  j(
    `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}"`,
    `data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`,
  );
/** An Elementor section with one column holding the widgets. */
const es = (id: string, widgets: string, cls = ''): string =>
  j(
    `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed`,
    `elementor-section-height-default ${cls}" data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">`,
    `<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">`,
    `<div class="elementor-widget-wrap elementor-element-populated">${widgets}</div></div></div></section>`,
  );
const eh = (id: string, tag: string, t: string): string => ew(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);

const kTitle = 'Dry Needling';
const kDek = 'Fine, sterile needles used alongside exercise to ease tight, painful muscles.';
const kWhat: Block[] = [
  j(
    'Dry needling is a technique in which a physiotherapist inserts a very fine, single-use needle into a tight band of muscle, often called a',
    'trigger point. The needle stays in place for anything from a few seconds to ten minutes. Many patients feel a brief twitch or a dull ache,',
    'followed by a noticeable easing of tension.',
  ),
  j(
    'It is not the same as traditional acupuncture. Our physiotherapists choose the points from a physical assessment of how you move, not',
    'from meridian charts, and needling is always one part of a wider treatment plan.',
  ),
];
const kHelps = [
  'Neck and shoulder tension from desk work',
  'Low back pain with muscle spasm',
  'Tension-type headaches',
  'Tight calves and hamstrings in runners',
  'Tennis and golfer’s elbow',
];
const kSession: Block[] = [
  j(
    'Your first appointment starts with a full assessment. If dry needling suits you, your physiotherapist will explain the risks, ask for your',
    'consent and mark the points to be treated. Needling usually takes ten to fifteen minutes of a 45-minute session; the rest is spent on',
    'hands-on treatment and exercises you can carry on at home.',
  ),
  'You may feel sore for up to 48 hours afterwards, much like after a hard workout. Gentle movement, warmth and plenty of water help.',
];
const kSafe = j(
  'All of our needling physiotherapists hold a postgraduate dry needling qualification and follow our clinic’s needling safety standard.',
  'We use single-use needles and dispose of them straight after your session. Needling is not suitable in the first trimester of pregnancy,',
  'over broken skin or if you have a strong fear of needles. Tell us about any bleeding disorder or blood-thinning medication before you come in.',
);
const kH = ['What is dry needling?', 'What can it help with?', 'What happens in a session', 'Is it safe?'];
const kBlocks: Block[] = [{ h: 2, t: kH[0] ?? '' }, ...kWhat, { h: 2, t: kH[1] ?? '' }, { ul: kHelps }, { h: 2, t: kH[2] ?? '' }, ...kSession];
const kNav = ['Home', 'Treatments', 'About', 'Fees', 'Contact'];
const kSub = ['Physiotherapy', 'Sports Massage', 'Clinical Pilates'];
const kQuotes = [
  '“Three sessions and my shoulder finally lets me sleep through the night. Professional and friendly from start to finish.”',
  '“I was nervous about the needles but Hamish explained everything. My calf has not felt this loose in years.”',
];
const kFoot = ['Privacy Policy', 'Terms of Use', 'Cancellation Policy'];
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dry Needling – Kestrel Bay Physiotherapy</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Dry needling at Kestrel Bay Physiotherapy: what it is, what it helps and what to expect.">
<link rel="canonical" href="https://kestrelbayphysio.co.uk/treatments/dry-needling/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Dry Needling – Kestrel
Bay Physiotherapy","inLanguage":"en-GB"},{"@type":"MedicalClinic","name":"Kestrel Bay Physiotherapy","telephone":"01632 960418"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://kestrelbayphysio.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://kestrelbayphysio.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.1"
media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://kestrelbayphysio.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1718871234"
media="all">
<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji { display: inline !important; border: none !important; height: 1em !important; }</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/7f3c1e0a/script.js"></script></head>
<body class="page-template-default page page-id-412 page-child wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
${es(
  '2d4a1f0',
  `${ew(
    '6b1e2c3',
    'icon-list',
    `<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item"><span
class="elementor-icon-list-text">Call 01632 960418</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">12 Harbour Road,
Kestrel Bay</span></li></ul>`,
  )}`,
  'elementor-hidden-mobile',
)}
${es(
  '4c7f9a2',
  `${ew(
    '1a9b8c7',
    'theme-site-logo',
    `<a href="https://kestrelbayphysio.co.uk"><img width="220" height="64" src="/wp-content/uploads/2023/02/kbp-logo.svg"
alt="Kestrel Bay Physiotherapy"></a>`,
  )}
${ew(
  '5e3d2b1',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu"><ul
id="menu-1-5e3d2b1" class="elementor-nav-menu">${links(kNav.slice(0, 1), 'menu-item')}<li class="menu-item menu-item-has-children"><a href="/treatments/"
class="elementor-item has-submenu">${kNav[1]}</a><ul class="sub-menu elementor-nav-menu--dropdown">${links(kSub, 'menu-item')}<li class="menu-item
current-menu-item"><a href="/treatments/dry-needling/" aria-current="page" class="elementor-sub-item elementor-item-active">${kTitle}</a></li></ul>
</li>${links(kNav.slice(2), 'menu-item')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"></div>`,
)}
${ew(
  '9f8e7d6',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Book Now</span></span></a></div>`,
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${es('a11b2c3', `${eh('b22c3d4', 'h1', kTitle)}${ew('c33d4e5', 'text-editor', `<p>${kDek}</p>`)}`, 'elementor-section-full_width hero-section')}
${es(
  'd44e5f6',
  `${eh('e55f6a7', 'h2', kH[0] ?? '')}${ew('f66a7b8', 'text-editor', flow(kWhat.slice(0, 2)))}
${eh('a77b8c9', 'h2', kH[1] ?? '')}${ew(
  'b88c9d0',
  'icon-list',
  `<ul class="elementor-icon-list-items">${kHelps
    .map(
      (t) => `<li
class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${eh('c99d0e1', 'h2', kH[2] ?? '')}${ew('d00e1f2', 'text-editor', flow(kSession))}
${eh('e11f2a3', 'h2', kH[3] ?? '')}${ew('f22a3b4', 'text-editor', `<p>${kSafe}</p>`)}`,
)}
${es(
  'a33b4c5',
  ew(
    'b44c5d6',
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title
elementor-cta__content-item">Ready to book?</h3><div class="elementor-cta__description elementor-cta__content-item">Appointments six days a week at our
Harbour Road clinic.</div><div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/book/">Book
online</a></div></div></div>`,
  ),
  'cta-band',
)}
${es(
  'c55d6e7',
  `${eh('d66e7f8', 'h2', 'What our patients say')}${ew(
    'e77f8a9',
    'testimonial-carousel',
    `<div class="elementor-main-swiper swiper"><div
class="swiper-wrapper">${kQuotes
      .map(
        (q, i) => `<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div
class="elementor-testimonial__text">${q}</div></div><div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite"><span
class="elementor-testimonial__name">${i === 0 ? 'Carys M.' : 'Dev P.'}</span><span class="elementor-testimonial__title">Google review</span></cite></div>
</div></div>`,
      )
      .join('')}</div><div class="swiper-pagination"></div></div>`,
  )}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
${es(
  'f88a9b0',
  `${eh('a99b0c1', 'h4', 'Kestrel Bay Physiotherapy')}${ew(
    'b00c1d2',
    'text-editor',
    `<p>12 Harbour Road, Kestrel Bay KB4 2RT</p><p>Mon–Fri 7am–8pm · Sat
8am–1pm</p>`,
  )}
${ew('c11d2e3', 'nav-menu', `<nav class="elementor-nav-menu--main" aria-label="Footer"><ul class="elementor-nav-menu">${links(kFoot, 'menu-item')}</ul></nav>`)}
${ew('d22e3f4', 'text-editor', `<p>© 2026 Kestrel Bay Physiotherapy. All rights reserved.</p>`)}`,
)}
</div>
<div class="cky-consent-container cky-classic-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://kestrelbayphysio.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.1" id="elementor-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false},"i18n":{"close":"Close"},"post":{"id":412,"title":"Dry%20Needling"}};</script>
</body></html>`;
const kestrel: TestPage = {
  name: 'heldout569-elementor-dry-needling',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [...gold(kBlocks).headings, kH[3] ?? ''],
  body: [kDek, ...gold(kBlocks).body, kSafe],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call 01632 960418', '12 Harbour Road, Kestrel Bay', ...kNav.slice(1).filter((t) => t !== 'About'), ...kSub, 'Book Now',
    'Ready to book?',
    'Appointments six days a week at our Harbour Road clinic.', 'Book online', 'What our patients say', ...kQuotes, 'Carys M.', 'Dev P.',
    'Google review', 'Kestrel Bay Physiotherapy', '12 Harbour Road, Kestrel Bay KB4 2RT', 'Mon–Fri 7am–8pm · Sat 8am–1pm', ...kFoot,
    '© 2026 Kestrel Bay Physiotherapy. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT569_A: readonly TestPage[] = [kestrel];
