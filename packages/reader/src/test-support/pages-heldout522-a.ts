import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs, uniq } from './pages-heldout522-kit.js';

/**
 * Held-out batch 522, file a: an emergency locksmith call-out page built with Elementor (Hello Elementor theme, Elementor Pro
 * header and footer, Complianz banner).
 */
const eW = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eSec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>
</div></section>`;
const eTitle = '24/7 Emergency Locksmith in Harrowfield';
const eIntro = [
  j(
    'Locked out, keys snapped in the door or a lock damaged in a break-in? Keyline Locksmiths answer the phone day and night, every day',
    'of the year, and a fully vetted locksmith will be on the way to you within minutes of your call.',
  ),
  j(
    'We cover Harrowfield, Lower Denby, Sallows Cross and every village within twelve miles of the town centre. Our vans carry',
    'stock cylinders, mortice locks and uPVC mechanisms, so in most cases the job is finished on the first visit.',
  ),
];
const eHelp = [
  'Lockouts from houses, flats and garages',
  'Snapped or stuck keys removed from the lock',
  'Lock changes after a burglary or lost keys',
  'Failed uPVC door and window mechanisms',
  'Boarding up of broken doors until a new one is fitted',
];
const eFast = j(
  'Our average arrival time in Harrowfield is 27 minutes. At night and on bank holidays it can take a little longer for villages',
  'on the edge of our area, and we will always give you an honest time when you call. If we are late by more than fifteen minutes,',
  'we take £15 off the bill.',
);
const ePrices = [
  ['Gaining entry (no damage)', '£79', '£99'],
  ['Lock change, euro cylinder', 'from £95', 'from £115'],
  ['Broken key extraction', '£65', '£85'],
  ['Temporary boarding, one door', 'from £120', 'from £140'],
];
const ePriceNote = 'All prices include VAT and the call-out. Parts are extra and quoted before we start.';
const eSteps = [
  'We ask where you are and what has happened, and give you a price and an arrival time.',
  'The locksmith calls you when they are ten minutes away and shows their ID card at the door.',
  'We open the door without damage wherever we can, and ask you to show proof that you live there.',
  'You pay by card or bank transfer once the work is done, and we email you a receipt.',
];
const eClose = j(
  'If you have been burgled, call the police first and ask for a crime reference number. Your insurer will usually want it, and we',
  'will add it to our invoice.',
);
const eBody = [...eIntro, ...eHelp, eFast, ...rowTexts(ePrices), ePriceNote, ...eSteps, eClose];
const eHeads = ['What we can help with', 'How fast can we get to you?', 'Call-out prices', 'What happens when you call'];
const eNav = ['Home', 'Emergency Locksmith', 'Lock Changes', 'Safes', 'Window Locks', 'Reviews', 'Contact'];
const eBadges = ['DBS checked locksmiths', 'No call-out fee surprises', 'Member of the Guild of Vetted Locksmiths'];
const eQuotes = [
  '"Locked out at 2am with a baby asleep inside. Dan was here in twenty minutes and had the door open in five." – Sophie, Lower Denby',
  '"Fair price, clear about it on the phone, and a new lock fitted the same night." – Marcus, Harrowfield',
];
const eFoot = ['Privacy Policy', 'Terms', 'Cookie Policy'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Emergency Locksmith Harrowfield | 24/7 | Keyline Locksmiths</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="24 hour emergency locksmith in Harrowfield. Average arrival 27 minutes. Fixed prices, vetted locksmiths.">
<link rel="stylesheet" id="hello-elementor-css" href="https://keylinelocks.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://keylinelocks.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-12-css" href="https://keylinelocks.co.uk/wp-content/uploads/elementor/css/post-12.css?ver=1719322004">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","name":"Emergency Locksmith Harrowfield"},

{"@type":"Locksmith","name":"Keyline Locksmiths","telephone":"+44 1632 960418","openingHours":"Mo-Su 00:00-23:59"}]}</script>
<script src="https://keylinelocks.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-12 elementor-default
elementor-template-full-width elementor-page elementor-page-12">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
${eSec(
  '7c1d2e0',
  `${eW(
    'image',
    `<a href="https://keylinelocks.co.uk">
<img width="220" height="64" src="/wp-content/uploads/2024/02/keyline-logo.png" alt="Keyline Locksmiths"></a>`,
  )}
${eW(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5b2f" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${eW(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960418">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call 01632 960418</span></span></a></div>`,
)}`,
)}</div>
<main id="content" class="site-main post-12 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12">
${eSec(
  '3f2a1b9',
  `${eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('text-editor', ps(eIntro))}
${eW(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-lg" href="tel:01632960418">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call now – we answer 24/7</span></span></a></div>`,
)}
${eW(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eBadges.map(
      (b) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${b}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}`,
)}
${eSec(
  '9b44e10',
  `${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2>`)}
${eW(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eHelp.map((b) => `<span class="elementor-icon-list-text">${b}</span>`),
    'elementor-icon-list-item',
  )}</ul>`,
)}
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2>`)}
${eW('text-editor', ps([eFast]))}
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[2]}</h2>`)}
${eW(
  'text-editor',
  `<table><thead><tr><th>Job</th><th>8am–8pm</th><th>8pm–8am, Sundays, bank holidays</th></tr></thead><tbody>${trs(ePrices)}</tbody></table>
<p><em>${ePriceNote}</em></p>`,
)}`,
)}
${eSec(
  'a02c7f3',
  `${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[3]}</h2>`)}
${eW('text-editor', `<ol>${lis(eSteps)}</ol>${ps([eClose])}`)}`,
)}
${eSec(
  'd51e6a4',
  `${eW('heading', '<h3 class="elementor-heading-title elementor-size-default">What our customers say</h3>')}
${eW(
  'testimonial-carousel',
  `<div class="elementor-swiper"><div class="swiper-wrapper">
${eQuotes.map((q) => `<div class="swiper-slide"><div class="elementor-testimonial__text">${q}</div></div>`).join('')}
</div></div>`,
)}
${eW(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button" href="/reviews/">
<span class="elementor-button-text">Read all 214 reviews</span></a></div>`,
)}`,
)}</div></div></main>
<div data-elementor-type="footer" data-elementor-id="47" class="elementor elementor-47 elementor-location-footer">
${eSec(
  '60fe2b1',
  `${eW('text-editor', '<p>Keyline Locksmiths Ltd, 4 Mill Yard, Harrowfield HF2 6QT. Registered in England No. 11830462.</p>')}
${eW('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${eW('text-editor', '<p>© 2026 Keyline Locksmiths. All rights reserved.</p>')}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://keylinelocks.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout522-elementor-emergency-locksmith',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts(eBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...eNav, 'Call 01632 960418', 'Call now – we answer 24/7', ...eBadges, 'What our customers say', ...eQuotes,
    'Read all 214 reviews', 'Keyline Locksmiths Ltd, 4 Mill Yard, Harrowfield HF2 6QT. Registered in England No. 11830462.', ...eFoot,
    '© 2026 Keyline Locksmiths. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ]),
};

export const HELDOUT522_A: readonly TestPage[] = [elementor];
