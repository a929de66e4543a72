import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout511-kit.js';

/**
 * Held-out batch 511, file a: an energy supplier's fixed tariff page built with Elementor Pro on WordPress (Hello theme,
 * CookieYes banner); its second page, a water company's hosepipe-ban notice on Drupal 10, is in file a2.
 */
const eTitle = 'Fixed Saver 24: our two-year fixed tariff';
const eDek = 'Lock in your unit rates and standing charges until March 2029, with no exit fees in the last 49 days.';
const eIntro = [
  j(
    'Fixed Saver 24 is our most popular tariff for homes that want to know exactly what they will pay for each unit of gas and',
    'electricity. Your prices stay the same for 24 months from the day your supply starts with us, whatever happens to the',
    'wholesale market.',
  ),
  j(
    'The rates below are for customers paying by monthly Direct Debit in the Northern Marches region. Rates in other regions',
    'differ because of local network costs; enter your postcode on the quote page to see yours.',
  ),
];
const eH1 = 'Rates for the Northern Marches';
const eHead = ['', 'Electricity', 'Gas'];
const eRows = [
  ['Unit rate', '24.61p per kWh', '6.02p per kWh'],
  ['Standing charge', '53.18p per day', '31.40p per day'],
  ['Exit fee per fuel', '£75', '£75'],
];
const eAfterTable = 'All prices include VAT at 5%. Prices are correct for new sign-ups from 1 March 2027.';
const eH2 = 'What you get';
const eList = [
  'Fixed prices for 24 months, guaranteed in writing',
  'A smart meter installed free if you do not have one',
  'Monthly bills worked out from half-hourly readings',
  '100% renewable electricity backed by certificates from UK generators',
];
const eH3 = 'When the fix ends';
const eEnd = [
  j(
    'We will write to you between 42 and 49 days before your fixed term ends with the tariffs you can move to. If you do nothing,',
    'you will move to our Standard Variable tariff, which has no exit fees and follows the price cap.',
  ),
  j(
    'You can leave Fixed Saver 24 at any time. If you switch to another supplier more than 49 days before the end date, we will',
    'charge the exit fee for each fuel. If you move home, tell us and we can usually take the tariff with you.',
  ),
];
const eNav = ['Tariffs', 'Smart meters', 'Solar & batteries', 'Help', 'About us'];
const eFootCols = ['Contact us', 'Complaints', 'Priority Services Register', 'Tariff information labels', 'Careers', 'Privacy policy'];
const eCookie = j(
  'We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about',
  'all cookies under each consent category below.',
);
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fixed Saver 24 – Two-year fixed energy tariff – Brackenfold Energy</title>
<meta name="description" content="${eDek}"><link rel="canonical" href="https://brackenfold.energy/tariffs/fixed-saver-24/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Fixed Saver 24",
"isPartOf":{"@id":"https://brackenfold.energy/#website"}},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://brackenfold.energy/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://brackenfold.energy/wp-content/uploads/elementor/css/post-412.css?ver=1709812200">
<style id="cky-style-inline">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/5e1d0a/script.js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>${eCookie}</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c1e0b7 elementor-section-boxed" data-id="5c1e0b7"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${el(
  '1d2f3a4',
  'theme-site-logo',
  `<a href="https://brackenfold.energy">
<img src="/wp-content/uploads/2024/02/brackenfold-logo.svg" alt="Brackenfold Energy"></a>`,
)}</div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el(
  '7a8b9c0',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-7a8b9c0" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${el(
  '2b3c4d5',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/account/">
<span class="elementor-button-text">Log in</span></a>`,
)}
</div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page" id="content">
<section class="elementor-section elementor-top-section elementor-element elementor-element-9e8d7c6 elementor-section-boxed hero" data-id="9e8d7c6"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('a1b2c3d', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${el('b2c3d4e', 'text-editor', `<p>${eDek}</p>`)}
${el(
  'c3d4e5f',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/quote/">
<span class="elementor-button-text">Get a quote</span></a>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-4f5e6d7 elementor-section-boxed" data-id="4f5e6d7"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('d4e5f6a', 'text-editor', ps(eIntro))}
${el('e5f6a7b', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eH1}</h2>`)}
${el(
  'f6a7b8c',
  'text-editor',
  `<table class="tariff-table"><thead><tr>${eHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${trs(eRows)}</tbody></table><p>${eAfterTable}</p>`,
)}
${el('0a1b2c3', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eH2}</h2>`)}
${el(
  '1b2c3d4',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eList.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}
${el('2c3d4e5', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eH3}</h2>`)}
${el('3d4e5f6', 'text-editor', ps(eEnd))}
${el(
  '4e5f6a7',
  'button',
  `<a class="elementor-button elementor-button-link" href="/wp-content/uploads/2027/03/TIL-fixed-saver-24.pdf">
<span class="elementor-button-text">Download the Tariff Information Label (PDF)</span></a>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-6a7b8c9 cta-band" data-id="6a7b8c9" data-element_type="section">
<div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
${el(
  '5f6a7b8',
  'call-to-action',
  `<div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">Thinking about switching?</h2>
<div class="elementor-cta__description elementor-cta__content-item">It takes five minutes and we handle everything with your old supplier.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/quote/">Start my switch</a></div></div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-8c9d0e1" data-element_type="section">
<div class="elementor-container">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
${el(
  '6b7c8d9',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-vertical">
<ul class="elementor-nav-menu sm-vertical">${links(eFootCols, 'menu-item')}</ul></nav>`,
)}
</div></div><div class="elementor-column elementor-col-50 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
${el(
  '7c8d9e0',
  'text-editor',
  `<p>Brackenfold Energy Ltd is registered in England and Wales, company number 11840327.
Registered office: 4 Tannery Yard, Ludlow SY8 1QE.</p>`,
)}
${el('8d9e0f1', 'text-editor', '<p>© 2027 Brackenfold Energy. All rights reserved.</p>')}
</div></div></div></section></div>
<script src="https://brackenfold.energy/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4"};</script>
</body></html>`;
const elementorTariff: TestPage = {
  name: 'heldout511-elementor-fixed-tariff',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([eDek, ...eIntro, ...rowTexts(eRows), eAfterTable, ...eList, ...eEnd]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We value your privacy', eCookie, 'Customise', 'Reject All', 'Accept All',
    ...eNav.filter((t) => t !== 'Tariffs'), 'Log in', 'Get a quote',
    'Download the Tariff Information Label (PDF)', 'Thinking about switching?', 'It takes five minutes and we handle everything with your old supplier.',
    'Start my switch', ...eFootCols,
    'Brackenfold Energy Ltd is registered in England and Wales, company number 11840327. Registered office: 4 Tannery Yard, Ludlow SY8 1QE.',
    '© 2027 Brackenfold Energy. All rights reserved.',
  ],
};

export const HELDOUT511_A: readonly TestPage[] = [elementorTariff];
