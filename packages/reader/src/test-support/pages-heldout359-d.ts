import { links, ps, type TestPage, texts } from './page-kit.js';
import { recovery } from './pages-heldout359-d2.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file d: a relief appeal on a WordPress site built with the Elementor page builder (nested
 * `elementor-section` / `elementor-column` / `elementor-widget` wrappers, a header template with a Donate button, the hero
 * heading, a progress bar widget, counters, the appeal text in text-editor widgets, an icon list, a testimonial widget, the
 * donation form widget, a popup newsletter form, the cookie notice and the footer template). A page built with a page builder.
 */
const aTitle = 'Calder Flood Relief Appeal';
const aH = ['Families are starting over', 'What your gift provides', 'How we spend every dollar'];
const aIntro = [
  j(
    'Two weeks after the Tarrow and Millbeck rivers broke their banks, more than 1,900 households in western Calder are still',
    'out of their homes. Many lost everything on the ground floor: beds, clothing, appliances, school books and work tools.',
  ),
  j(
    'Hearthline Community Fund is raising $750,000 to help these families get through the first months of recovery. Every gift',
    'goes to local partners who already know the neighborhoods and the people in them.',
  ),
  j(
    'In the first days after the flood, our partners handed out water, hot meals and blankets. Now the need has changed. Families',
    'are tearing out wet drywall, waiting for insurance adjusters and trying to keep children in school while they live in motels,',
    'spare rooms and shelters. That middle stretch of recovery is where help is hardest to find, and where your gift goes furthest.',
  ),
];
const aProvide = ['Your donation is put to work within days:'];
const aList = [
  '$35 buys a cleaning kit with a mop, bucket, gloves, masks and disinfectant.',
  '$120 replaces a child’s mattress, sheets and pillow.',
  '$400 pays a month of temporary rent for a family waiting on insurance.',
  '$1,000 helps a small business owner replace flooded tools and reopen.',
];
const aQuote = j(
  'We had four feet of water in the house. The cleaning kits and the rent help meant we could stay in Corran and keep the kids in',
  'their school.',
);
const aQuoteBy = 'Tamsin Hale, Corran resident';
const aSpend = [
  j(
    'Ninety-two cents of every dollar goes directly to relief and recovery grants. The remainder covers payment processing and',
    'the audit we publish at the end of every appeal. Grants are decided by a panel of residents from the affected counties.',
  ),
  j(
    'If we raise more than our goal, the additional funds will go to the long-term recovery committees in Ashby, Corran and Millbeck,',
    'which help families rebuild over the coming year.',
  ),
  'Gifts are tax-deductible to the extent allowed by law. You will receive a receipt by email as soon as your donation is processed.',
];
const aMenu = ['About', 'Our Work', 'Appeals', 'Stories', 'Contact'];
const aFoot = ['Annual Reports', 'Privacy Policy', 'Donor Rights', 'Careers'];
const sec = (id: string, inner: string, cls = ''): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed ${cls}" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const hd = (tag: string, t: string): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const txt = (ps0: string): string => w('text-editor', ps0);
const aHead = `${w('theme-site-logo', `<a href="/"><img src="/wp-content/uploads/2024/02/hearthline-logo.png" alt="Hearthline Community Fund"></a>`)}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5d1"
class="elementor-nav-menu">${links(aMenu, 'menu-item')}</ul></nav>`,
)}
${w('button', `<a class="elementor-button elementor-button-link elementor-size-sm" href="#donate"><span class="elementor-button-text">Donate</span></a>`)}`;
const aHero = `${hd('h1', aTitle)}${txt('<p>Goal: $750,000</p>')}
${w(
  'progress',
  `<span class="elementor-title">Raised so far</span><div class="elementor-progress-wrapper" role="progressbar" aria-valuenow="61">
<div class="elementor-progress-bar" data-max="61"><span class="elementor-progress-text"></span><span
class="elementor-progress-percentage">61%</span></div></div>`,
)}
${w(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number">1,942</span></div>
<div class="elementor-counter-title">households helped</div></div>`,
)}`;
const icon = (l: string): string => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${l}</span></li>`;
const aMain = `${hd('h2', aH[0] ?? '')}${txt(ps(aIntro))}${hd('h2', aH[1] ?? '')}${txt(ps(aProvide))}
${w('icon-list', `<ul class="elementor-icon-list-items">${aList.map(icon).join('\n')}</ul>`)}
${w(
  'testimonial',
  `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${aQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-name">${aQuoteBy}</div></div></div>`,
)}
${hd('h2', aH[2] ?? '')}${txt(ps(aSpend))}`;
const aForm = `${hd('h3', 'Give to the appeal')}${w(
  'form',
  `<form class="elementor-form" id="donate"><label for="form-field-amount">Amount</label><input id="form-field-amount" type="number">
<label for="form-field-email">Email</label><input id="form-field-email" type="email"><button type="submit" class="elementor-button">
<span class="elementor-button-text">Give Now</span></button></form>`,
)}`;
const aFootW = `${w('nav-menu', `<ul class="elementor-nav-menu">${links(aFoot, 'menu-item')}</ul>`)}
${txt('<p>Hearthline Community Fund is a registered charity, EIN 00-5550192.</p>')}
${txt('<p>© 2026 Hearthline Community Fund</p>')}`;
const aPopup = `${hd('h3', 'Stay in the loop')}
${txt('<p>Get stories from the recovery and updates on where your gifts go.</p>')}
${w('form', '<form class="elementor-form"><button type="submit">Subscribe</button></form>')}`;
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Calder Flood Relief Appeal - Hearthline Community Fund</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article"><meta property="og:title" content="${aTitle}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${aTitle}",
"datePublished":"2026-05-20T09:00:00+00:00"},{"@type":"Organization","name":"Hearthline Community Fund"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css?ver=1716195600" media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":812}};</script></head>
<body class="page-template-default page page-id-812 elementor-default elementor-kit-5 elementor-page elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header">
${sec('3f1a', aHead)}</div>
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812" id="content">
${sec('a11b', aHero, 'hero')}
${sec('b22c', aMain)}
${sec('c33d', aForm)}
</div>
<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer">
${sec('f44e', aFootW)}</div>
<div data-elementor-type="popup" data-elementor-id="77" class="elementor elementor-77 elementor-location-popup">${aPopup}</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><span id="cn-notice-text">We use cookies to ensure that we give you the best
experience on our website.</span>
<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a><a href="/privacy-policy/" class="cn-privacy-policy-link">Privacy policy</a></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const appeal: TestPage = {
  name: 'heldout359-elementor-appeal-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aProvide, ...aList, aQuote, aQuoteBy, ...aSpend]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aMenu, 'Donate', 'Goal: $750,000', 'Raised so far', '61%', '1,942', 'households helped', 'Give to the appeal', 'Amount', 'Email',
    'Give Now', ...aFoot, 'Hearthline Community Fund is a registered charity, EIN 00-5550192.', '© 2026 Hearthline Community Fund', 'Stay in the loop',
    'Get stories from the recovery and updates on where your gifts go.', 'Subscribe',
    'We use cookies to ensure that we give you the best experience on our website.',
    'Privacy policy',
  ],
};

export const HELDOUT359_D: readonly TestPage[] = [appeal, recovery];
