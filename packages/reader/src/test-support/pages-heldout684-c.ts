import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout684-kit.js';

/**
 * Held-out batch 684, file c: a self-storage firm's unit sizes page on Webflow with a CMS collection of unit cards, and a council's
 * skip permit FAQ on LocalGov Drupal with a fee table and a related links sidebar.
 */
const fTitle = 'Storage unit sizes';
const fDek = j(
  'Every unit at Stowly Harlow Vale is clean, dry, alarmed and on the ground floor. Use the guide below to find the right size,',
  'then get an instant price for your dates.',
);
const fH1 = 'Find your size';
const fUnits = [
  ['25 sq ft', '5 ft × 5 ft', 'About the size of a large garden shed. Takes the contents of a student room or around 30 boxes.'],
  ['50 sq ft', '5 ft × 10 ft', 'A small one-bedroom flat without the sofa, or the furniture of a spare room and a bike or two.'],
  ['100 sq ft', '10 ft × 10 ft', 'The contents of a two-bedroom house, including white goods, a sofa and beds.'],
  ['150 sq ft', '10 ft × 15 ft', 'A three-bedroom house, or a business storing stock on pallets with room to walk in.'],
] as const;
const fH2 = 'Still not sure?';
const fNotSure = [
  j(
    'A rough rule is 25 square feet for every room you are emptying, plus a bit for awkward items like a piano, a dining table or',
    'a garden bench. Our units are 2.4 metres high, so you can stack boxes well above head height.',
  ),
];
const fTips = [
  'Take the legs off tables and stand mattresses on their side.',
  'Put the things you may need back first at the front.',
  'Leave a narrow path down the middle if you will visit the unit often.',
];
const fSwitch = 'If you picked the wrong size, you can move to a bigger or smaller unit at any time, and we will help you do it for free.';
const fH3 = 'What you cannot store';
const fCannot = j(
  'Food, plants, animals, anything flammable (including paint and petrol in a mower), gas bottles, firearms and anything illegal.',
  'Full terms are in your licence agreement.',
);
const fNav = ['Units', 'Prices', 'Business Storage', 'Moving Boxes', 'Find Us'];
const fFoot = ['Storage FAQs', 'Insurance', 'Licence Agreement', 'Privacy Policy', 'Careers'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Jan 13 2026 10:42:17 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.stowly.co.uk" data-wf-page="65a1c0e7d4b2f31e9a0c7712" data-wf-site="65a1c0e7d4b2f31e9a0c76f0" lang="en">
<head><meta charset="utf-8"><title>Storage Unit Sizes Guide | Stowly Self Storage</title>
<meta content="From 25 to 150 sq ft: see what fits in each Stowly storage unit and get an instant price." name="description">
<meta content="Storage Unit Sizes Guide | Stowly Self Storage" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1c0e7d4b2f31e9a0c76f0/css/stowly.webflow.4c1b2e7f0.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async type="text/javascript" src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SelfStorage","name":"Stowly Harlow Vale","telephone":"01632 960251"}</script>
</head>
<body class="body-sizes">
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-label="home" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1c0e7d4b2f31e9a0c76f0/stowly-logo.svg" loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === 'Units' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}
<a href="/quote" class="button nav-button w-button">Get a price</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-sizes"><div class="w-layout-blockcontainer container-large w-container"><div class="hero-sizes_content">
<div class="eyebrow">Self storage in Harlow Vale</div><h1 class="heading-xl">${fTitle}</h1><p class="paragraph-large">${fDek}</p></div></div></section>
<section class="section trust-bar"><div class="w-layout-blockcontainer container-large w-container"><div class="w-layout-grid trust-grid">
<div class="trust-item">Rated 4.9 on Google</div><div class="trust-item">24-hour CCTV</div><div class="trust-item">First month half price</div></div></div>
</section>
<section class="section units"><div class="w-layout-blockcontainer container-large w-container"><h2 class="heading-l">${fH1}</h2>
<div class="w-dyn-list"><div role="list" class="units-grid w-dyn-items">
${fUnits
  .map(
    ([h, d, p], i) => `<div role="listitem" class="unit-card w-dyn-item">${i === 2 ? '<div class="unit-badge">Most popular</div>' : ''}
<img src="https://assets-global.website-files.com/65a1c0e7d4b2f31e9a0c7700/unit-${i}.webp" loading="lazy" alt="" class="unit-image">
<h3 class="unit-title">${h}</h3><div class="unit-dims">${d}</div><p class="unit-text">${p}</p>
<a href="/quote?size=${i}" class="button is-secondary w-button">Check prices</a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section sizes-guide"><div class="w-layout-blockcontainer container-small w-container"><div class="rich-text w-richtext">
<h2>${fH2}</h2>${ps(fNotSure)}<ul role="list">${lis(fTips)}</ul><p>${fSwitch}</p>
<h2>${fH3}</h2><p>${fCannot}</p></div>
<div class="cta-card"><div class="cta-card_text">Want a second opinion? Book a free 10-minute video call with the Harlow Vale team.</div>
<a href="/video-call" class="button w-button">Book a call</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container-large w-container"><div class="w-layout-grid footer-grid">
<div class="footer-col"><div class="footer-heading">Stowly Harlow Vale</div><div class="footer-text">Unit 2, Brookfield Road, Harlow Vale HV6 3QJ</div>
<a href="tel:01632960251" class="footer-link">01632 960251</a></div>
<div class="footer-col">
<div class="footer-heading">Help</div>${fFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Stowly Storage Ltd. All rights reserved.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on
your device to enhance site navigation, analyse site usage and assist in our marketing efforts.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div fs-cc="preferences" class="fs-cc-prefs_component w-form" style="display:none"><div class="fs-cc-prefs_title">Privacy Preference Center</div>
<div class="fs-cc-prefs_text">When you visit websites, they may store or retrieve data in your browser.</div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1c0e7d4b2f31e9a0c76f0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1c0e7d4b2f31e9a0c76f0/js/webflow.2f3a9b1c.js" type="text/javascript"></script>
</body></html>`;
const webflow: TestPage = {
  name: 'heldout684-webflow-unit-sizes',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fH1, ...fUnits.map(([h]) => h), fH2, fH3],
  body: [fDek, ...fUnits.flatMap(([, d, p]) => [d, p]), ...fNotSure, ...fTips, fSwitch, fCannot],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'Units'), 'Get a price', 'Self storage in Harlow Vale',
    'Rated 4.9 on Google', '24-hour CCTV', 'First month half price', 'Most popular',
    'Check prices', 'Want a second opinion? Book a free 10-minute video call with the Harlow Vale team.', 'Book a call',
    'Unit 2, Brookfield Road, Harlow Vale HV6 3QJ', '01632 960251', 'Help', ...fFoot, '© 2026 Stowly Storage Ltd. All rights reserved.',
    j(
      'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage and',
      'assist in our marketing efforts.',
    ),
    'Preferences', 'Deny', 'Accept',
  ],
};

const dTitle = 'Skip permits: frequently asked questions';
const dSummary = 'You need a permit from us to put a skip on a road, pavement or grass verge in Wexcombe. Most skip companies apply for you.';
const dQ = [
  'Do I need a permit?',
  'Who applies for the permit?',
  'How much does a permit cost?',
  'How long does it take?',
  'What rules must the skip follow?',
  'What happens if a skip is put out without a permit?',
];
const dNeed = j(
  'You need a permit if any part of the skip will stand on the public highway, which includes the road, the pavement, verges and',
  'lay-bys. You do not need one if the skip is entirely on your own driveway or front garden.',
);
const dWho = j(
  'Only a skip company registered with us can hold a permit, so the company you hire the skip from applies and pays, then adds',
  'the cost to your bill. If a company asks you to apply yourself, check that it is on our list of registered operators.',
);
const dFees = [
  ['Up to 7 days', '£48'],
  ['Up to 14 days', '£72'],
  ['Extension, each further 7 days', '£30'],
  ['Skip in a pay and display or permit parking bay, per day', '£12 on top of the permit fee'],
];
const dTime = j(
  'We aim to issue permits within 3 working days. In the town centre conservation area, or where the skip would block a bus',
  'stop or loading bay, we may need to visit the site first and it can take up to 10 working days.',
);
const dRules = [
  'The skip must carry the owner’s name and phone number and have red and yellow reflective markings on both ends.',
  'It must be lit at night with four amber lamps, one on each corner.',
  'It must not cover a drain, manhole, fire hydrant or the dropped kerb of a crossing.',
  'Nothing may be stacked higher than the sides of the skip.',
];
const dWithout = j(
  'The skip company can be fined up to £1,000 and we may remove the skip and charge them for doing so. If you see a skip that',
  'you think is dangerous or has no lights at night, report it to us at any time.',
);
const dCrumbs = ['Home', 'Parking, roads and travel', 'Roadworks and highway licences'];
const dRel = ['Register as a skip operator', 'Scaffolding and hoarding licences', 'Report a problem with a skip'];
const dFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Contact us', 'Jobs'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.wexcombe.gov.uk/parking-roads-and-travel/roadworks-and-highway-licences/skip-permits-faqs" />
<title>${dTitle} | Wexcombe Borough Council</title>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t8k2p1" />
<link rel="stylesheet" media="all" href="/themes/custom/wexcombe/css/variables.css?t8k2p1" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5821","currentLanguage":"en"},
"localgov_base":{"theme":"wexcombe"}}</script>
<script src="https://www.googletagmanager.com/gtag/js?id=G-8Y2K1R0PQ" async></script></head>
<body class="path-node page-node-type-localgov-services-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper">
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="banner"><div class="eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>Cookies on our website</h2><p>We use cookies to make the site work and, with your permission, to understand how you use it.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Reject optional cookies</button></div></div></div></div>
<header class="lgd-header" role="banner"><div class="lgd-header__inner lgd-container padding-horizontal">
<div class="lgd-header__site-branding"><div id="block-wexcombe-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/wexcombe/logo.svg" alt="Wexcombe Borough Council home page" /></a></div></div>
<div class="lgd-header__search"><div class="localgov-search-block block block-localgov-search" id="block-wexcombe-localgov-sitewide-search-block" role="search">
<form action="/search" method="get" class="localgov-search-form"><label for="edit-s" class="visually-hidden">Search</label>
<input placeholder="Search this site" type="text" id="edit-s" name="s" class="form-text" />
<input type="submit" value="Search" class="button js-form-submit form-submit" /></form></div></div>
</div></header>
<div class="lgd-region lgd-region--breadcrumb region region-breadcrumb"><div class="lgd-container padding-horizontal">
<nav role="navigation" aria-labelledby="system-breadcrumb" class="breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<main class="main lgd-container padding-horizontal" id="main-content"><div class="lgd-row">
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<article class="localgov-services-page full"><div class="localgov-services-page__summary">
<div class="field field--name-body field--type-text-with-summary"><p class="lead">${dSummary}</p></div></div>
<div class="localgov-services-page__content"><div class="field field--name-body field--type-text-with-summary field--label-hidden">
<h2>${dQ[0]}</h2><p>${dNeed}</p>
<h2>${dQ[1]}</h2><p>${dWho}</p>
<h2>${dQ[2]}</h2>
<div class="table-responsive"><table><caption class="visually-hidden">Skip permit fees 2026 to 2027</caption><thead><tr><th scope="col">Permit</th>
<th scope="col">Fee</th></tr></thead><tbody>
${trs(dFees)}
</tbody></table></div>
<h2>${dQ[3]}</h2><p>${dTime}</p>
<h2>${dQ[4]}</h2><ul>${lis(dRules)}</ul>
<h2>${dQ[5]}</h2><p>${dWithout}</p>
</div></div>
<div class="localgov-services-page__cta"><a class="button button--action" href="/skip-permits/report">Report a dangerous skip</a></div>
</article>
<div class="lgd-page-feedback"><h2 class="lgd-page-feedback__title">Was this page helpful?</h2>
<a href="/form/page-feedback?page=5821&amp;answer=yes" class="button">Yes</a>
<a href="/form/page-feedback?page=5821&amp;answer=no" class="button">No</a></div>
<div class="localgov-services-page__last-updated">Page last updated: 3 February 2026</div>
</div></div>
<aside class="lgd-row__one-third"><div class="lgd-region lgd-region--sidebar region region-sidebar-second">
<div class="localgov-services-related-links block"><h2 class="block__title">Related links</h2><nav><ul>${links(dRel)}</ul></nav></div>
<div class="localgov-services-contact block"><h2 class="block__title">Contact</h2><p>Highways Licensing Team</p><p>Telephone: 01632 960807</p>
<p>Monday to Friday, 9am to 5pm</p></div></div></aside>
</div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-footer__inner lgd-container padding-horizontal">
<div class="lgd-region lgd-region--footer-first region region-footer-first">
<nav role="navigation" aria-labelledby="block-wexcombe-footer-menu" id="block-wexcombe-footer">
<h2 class="visually-hidden" id="block-wexcombe-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div>
<div class="lgd-footer__copyright"><p>© Wexcombe Borough Council 2026</p></div></div></footer>
</div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/themes/contrib/localgov_base/js/header.js?t8k2p1"></script>
</body></html>`;
const localgov: TestPage = {
  name: 'heldout684-localgov-skip-permit-faq',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dQ,
  body: texts([dSummary, dNeed, dWho, ...rowTexts(dFees), dTime, ...dRules, dWithout]),
  bylines: ['Page last updated: 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on our website', 'We use cookies to make the site work and, with your permission, to understand how you use it.',
    'Accept all cookies', 'Reject optional cookies', ...dCrumbs, 'Report a dangerous skip', 'Was this page helpful?', 'Yes', 'Related links', ...dRel,
    'Contact', 'Highways Licensing Team', 'Telephone: 01632 960807', 'Monday to Friday, 9am to 5pm', ...dFoot, '© Wexcombe Borough Council 2026',
  ],
};

export const HELDOUT684_C: readonly TestPage[] = [webflow, localgov];
