import { links, type TestPage, texts } from './page-kit.js';
import { type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/**
 * Held-out batch 689, file a: a heat pump installer's grant guide on WordPress with Elementor Pro (theme builder, toggle FAQ,
 * Complianz cookie banner, comment form), and a solar installer's case study on the HubSpot CMS blog.
 */
const eTitle = 'The Clean Heat Voucher explained: how to get £7,500 off an air source heat pump';
const eBlocks: Block[] = [
  {
    p: [
      j(
        'Since April the Clean Heat Voucher has been the main way homeowners in England and Wales pay for a heat pump. It takes £7,500 off',
        'the installed price of an air source heat pump and £8,000 off a ground source system, and the money goes straight to your installer.',
      ),
      j(
        'We have now claimed more than 140 vouchers for customers across the Calder valley, so this guide sets out what we have learned:',
        'what the voucher pays for, who qualifies, and the small things that hold applications up.',
      ),
    ],
  },
  {
    h: 'What the voucher covers',
    p: ['The voucher is taken off the total price on your quote. It can be put towards:'],
    ul: [
      'the heat pump unit and its outdoor mounting',
      'a new hot water cylinder where the old one is not suitable',
      'radiator upgrades needed to heat the home at a lower flow temperature',
      'commissioning, electrical work and removal of the old boiler',
    ],
  },
  {
    h: 'Who can apply',
    p: ['You cannot apply yourself. Your installer applies on your behalf once you have agreed a quote, as long as:'],
    ul: [
      'you own the property, whether you live in it or let it out',
      'the home has a valid Energy Performance Certificate with no outstanding loft or cavity wall insulation recommendations',
      'the heat pump replaces a fossil fuel heating system such as gas, oil or LPG',
    ],
  },
  {
    h: 'How the process works with us',
    ol: [
      'We visit to carry out a heat loss survey, room by room.',
      'You receive a fixed quote with the voucher already taken off.',
      'Once you accept, we apply for the voucher and send you a confirmation email to approve.',
      'The voucher is issued, usually within ten working days, and we book your installation.',
      'After commissioning we register the system and claim the voucher from the scheme administrator.',
    ],
  },
  {
    h: 'Common reasons applications are delayed',
    p: ['Most hold-ups come from paperwork rather than the heat pump itself. The three we see most often are:'],
    ul: [
      'an EPC that is more than ten years old or lists insulation as a recommendation',
      'the homeowner not approving the confirmation email within 14 days',
      'a property held in joint names where only one owner has given consent',
    ],
  },
  { h: 'Frequently asked questions' },
];
const eFaq = [
  'Can I combine the voucher with other grants?',
  j(
    'You cannot use two government grants for the same heat pump, but you can combine the voucher with a local council warm homes loan',
    'for the remaining cost.',
  ),
  'Does the voucher run out?',
  'The scheme has a yearly budget. Vouchers are issued in the order applications arrive, so it is worth starting early in the year.',
  'What if my EPC recommends loft insulation?',
  'You will need to have the insulation fitted and a new EPC issued before we can apply. We can recommend local insulation installers.',
];
const faqHtml = [0, 2, 4]
  .map(
    (i, n) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-2911${n + 1}" class="elementor-tab-title" data-tab="${n + 1}"
role="button" aria-controls="elementor-tab-content-2911${n + 1}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left"
aria-hidden="true"><span class="elementor-toggle-icon-closed"><i class="fas fa-plus"></i></span></span>
<a class="elementor-toggle-title" tabindex="0">${eFaq[i]}</a></div><div id="elementor-tab-content-2911${n + 1}" class="elementor-tab-content elementor-clearfix"
data-tab="${n + 1}" role="region"><p>${eFaq[i + 1]}</p></div></div>`,
  )
  .join('\n');
const eNav = ['Heat Pumps', 'Solar PV', 'Battery Storage', 'Grants', 'Case Studies', 'Contact'];
const eFoot = ['Air source heat pumps', 'Ground source heat pumps', 'Solar panels', 'EV chargers', 'Privacy Policy', 'Cookie Policy', 'Complaints'];
const w = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Calderbrook Heating</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T09:15:22+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Hannah Ferrers"},"datePublished":"2026-03-04T09:15:22+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://calderbrookheating.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-1203-css" href="https://calderbrookheating.co.uk/wp-content/uploads/elementor/css/post-1203.css?ver=1709543722">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99}</style></head>
<body class="post-template-default single single-post postid-1203 single-format-standard elementor-default elementor-kit-7 elementor-page-1188">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="95" class="elementor elementor-95 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5e1c0a2 elementor-section-boxed elementor-section-height-default">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-25 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">${w(
  '1f4d2c3',
  'theme-site-logo',
  `<a href="/">
<img src="/wp-content/uploads/2024/01/logo.svg" alt="Calderbrook Heating"></a>`,
)}
</div></div><div class="elementor-column elementor-col-50 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
${w(
  '8b0e7aa',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu">
<ul id="menu-1-8b0e7aa" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}</div></div>
<div class="elementor-column elementor-col-25 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
${w(
  'c3a91f0',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960417">
<span class="elementor-button-text">01632 960 417</span></a>`,
)}
${w(
  'e77b2d4',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/quote/">
<span class="elementor-button-text">Get a Quote</span></a>`,
)}
</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="1188" class="elementor elementor-1188 elementor-location-single post-1203 post type-post
status-publish">
<section class="elementor-section elementor-top-section elementor-element elementor-element-41d7e5b elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
${w('2a7f9c1', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w(
  '6c02b3e',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-5a1b2c3 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">By Hannah Ferrers</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-7d8e9f0 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date"><time>March 4, 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-1a2b3c4 elementor-inline-item" itemprop="commentCount"><a href="#respond"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">No Comments</span></a></li></ul>`,
)}
${w('9e3d5a7', 'theme-post-featured-image', '<img width="1200" height="675" src="/wp-content/uploads/2026/03/ashp-install.jpg" alt="Air source heat pump">')}
${w(
  'b1f2e3d',
  'theme-post-content',
  `${render(eBlocks)}
<div class="elementor-element elementor-element-f0e1d2c elementor-widget elementor-widget-toggle" data-widget_type="toggle.default">
<div class="elementor-widget-container"><div class="elementor-toggle">${faqHtml}</div></div></div>`,
)}
${w(
  '0a9b8c7',
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item">
Ready to check your eligibility?</h3><div class="elementor-cta__description elementor-cta__content-item">A free survey takes about an hour and there is no
obligation.</div><div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/survey/">Book a free survey</a></div>
</div></div>`,
)}
${w(
  'd4c3b2a',
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook"
role="button" tabindex="0" aria-label="Share on facebook"><span class="elementor-share-btn__title">Facebook</span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_linkedin" role="button" aria-label="Share on linkedin">
<span class="elementor-share-btn__title">LinkedIn</span></div></div><div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_whatsapp"
role="button" aria-label="Share on whatsapp"><span class="elementor-share-btn__title">WhatsApp</span></div></div></div>`,
)}
${w(
  '5f6e7d8',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/blog/heat-pump-noise/" rel="prev"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">How loud is a heat pump
really?</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/blog/solar-and-heat-pumps/" rel="next">
<span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Should you add solar panels to a heat pump?</span></a>
</div></div>`,
)}
${w(
  '3c4d5e6',
  'post-comments',
  `<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not
be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="112" class="elementor elementor-112 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-element-7a8b9c0"><div class="elementor-container">
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${w(
  'a1b2c3d',
  'heading',
  `<h4
class="elementor-heading-title">Services</h4>`,
)}
${w('e4f5a6b', 'icon-list', `<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul>`)}</div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${w(
  'c7d8e9f',
  'text-editor',
  `<p>Calderbrook Heating Ltd, Unit 4 Mill Yard,
Hebbleford HX9 2QT</p><p>MCS certified installer no. NAP-61822</p>`,
)}</div></div></div></section>
<section class="elementor-section elementor-element elementor-element-0f1e2d3"><div class="elementor-container">
${w('4b5c6d7', 'text-editor', '<p>© 2026 Calderbrook Heating Ltd. All rights reserved.</p>')}</div></section></div>
<div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true"
role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/"
data-relative_url="#cmplz-manage-consent-container">Cookie Policy</a>
<a class="cmplz-link privacy-statement" href="/privacy-policy/">Privacy Statement</a></div></div>
<script src="https://calderbrookheating.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":1203}};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout689-elementor-voucher-guide',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: heads(eBlocks),
  body: [...bodyOf(eBlocks), ...texts(eFaq)],
  bylines: ['By Hannah Ferrers', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Grants'), '01632 960 417', 'Get a Quote', 'No Comments', 'Ready to check your eligibility?',
    'A free survey takes about an hour and there is no obligation.', 'Book a free survey', 'Facebook', 'LinkedIn', 'WhatsApp', 'Previous',
    'How loud is a heat pump really?', 'Next', 'Should you add solar panels to a heat pump?', 'Leave a Reply',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', 'Services', ...eFoot,
    'Calderbrook Heating Ltd, Unit 4 Mill Yard, Hebbleford HX9 2QT', 'MCS certified installer no. NAP-61822',
    '© 2026 Calderbrook Heating Ltd. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences', 'Privacy Statement',
  ],
};

export const HELDOUT689_A: readonly TestPage[] = [elementor];
