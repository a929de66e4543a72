import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout663-kit.js';

/**
 * Held-out batch 663, file f: a commercial fishery's day-ticket prices page on WordPress with Elementor Pro (header and footer
 * templates, price-table widgets, CookieYes banner), and a rivers trust's news article on Drupal 10 (Olivero theme, comments).
 */
const eTitle = 'Day Tickets & Prices';
const eIntro = j(
  'Carrwood has three lakes open to day-ticket anglers all year round. Tickets are sold on the bank by the bailiff, who',
  'goes round from 8am, so there is no need to book unless you are coming as a group of six or more.',
);
const ePlans: { h: string; sub: string; price: [string, string, string]; feats: string[] }[] = [
  { h: 'Day Ticket', sub: 'Dawn to dusk', price: ['£', '12', 'per rod'], feats: ['Choice of three lakes', 'Second rod £4 extra', 'Free parking'] },
  {
    h: 'Concession',
    sub: 'Over 65s, under 16s, disabled anglers',
    price: ['£', '9', 'per rod'],
    feats: ['All day-ticket waters', 'Under 12s must be with an adult'],
  },
  { h: 'Night Ticket', sub: '24 hours on Willow Lake', price: ['£', '25', 'per angler'], feats: ['Two rods included', 'Swims 1 to 12 only', 'Book by 4pm'] },
];
const ePay = [
  'Cash or card on the bank. We can take contactless payments on all lakes except Pit Lake, where the signal is poor.',
  'Season tickets for 2026 cost £280 (£190 concessions) and can be bought at the office.',
];
const eHeads = [...ePlans.map((p) => p.h), 'Paying for your ticket'];
const eNav = ['Home', 'The Lakes', 'Tickets', 'Matches', 'Café', 'Contact'];
const eW = (
  type: string,
  inner: string,
  id: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const ePlan = (p: (typeof ePlans)[number], i: number): string =>
  eW(
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">${p.h}</h3>
<span class="elementor-price-table__subheading">${p.sub}</span></div><div class="elementor-price-table__price">
<span class="elementor-price-table__currency elementor-currency--before">${p.price[0]}</span>
<span class="elementor-price-table__integer-part">${p.price[1]}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${p.price[2]}</span></div><ul class="elementor-price-table__features-list">
${lis(
  p.feats.map((f) => `<div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i><span>${f}</span></div>`),
  `elementor-repeater-item-${i}f`,
)}</ul><div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/contact/">Book
now</a></div></div>`,
    `5c${i}d2e`,
  );
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Day Tickets &amp; Prices – Carrwood
Fishery</title>
<meta name='robots' content='index, follow, max-image-preview:large'><link rel="canonical" href="https://carrwoodfishery.co.uk/tickets/">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Day Tickets &amp; Prices - Carrwood Fishery"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://carrwoodfishery.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://carrwoodfishery.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1714482211' media='all'>
<style id="cookieyes-inline">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="120" class="elementor elementor-120 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f1a2b e-flex e-con-boxed e-con e-parent" data-id="3f1a2b" data-element_type="container"><div
class="e-con-inner">
${eW(
  'theme-site-logo',
  `<a href="https://carrwoodfishery.co.uk"><img width="200" height="80"
src="/wp-content/uploads/2023/01/carrwood-logo.png" alt=""></a>`,
  '9c0d1e',
)}
${eW(
  'nav-menu',
  `<nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
<ul id="menu-1-5a6b7c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div><nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-5a6b7c" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  '2b7e8f',
)}</div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page" id="content">
<div class="elementor-element elementor-element-a11b22 e-flex e-con-boxed e-con e-parent" data-id="a11b22" data-element_type="container"><div
class="e-con-inner">
${eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle.replace('&', '&amp;')}</h1>`, '7e1f00')}
${eW('text-editor', `<p>${eIntro}</p>`, '7e1f01')}</div></div>
<div class="elementor-element elementor-element-b33c44 e-flex e-con-boxed e-con e-parent" data-id="b33c44" data-element_type="container"><div
class="e-con-inner">
${ePlans
  .map(
    (p, i) => `<div class="elementor-element e-con-full e-flex e-con e-child"
data-element_type="container">${ePlan(p, i)}</div>`,
  )
  .join('\n')}</div></div>
<div class="elementor-element elementor-element-c55d66 e-flex e-con-boxed e-con e-parent" data-id="c55d66" data-element_type="container"><div
class="e-con-inner">
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[3]}</h2>`, '8a0b01')}
${eW('text-editor', ps(ePay), '8a0b02')}
${eW(
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Booking
a match?
</h3><div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Club and open matches on Pit Lake, up to 40 pegs.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item"><a
class="elementor-cta__button elementor-button elementor-size-sm"
href="/matches/">See match dates</a></div></div></div>`,
  '8a0b03',
)}</div></div></div>
<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-f0e1d2 e-flex e-con-boxed e-con e-parent" data-id="f0e1d2" data-element_type="container"><div
class="e-con-inner">
${eW(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    ['Carrwood Lane, Thorley, Lincolnshire LN8 4QA', '01522 880417', 'Open 7am to dusk, 364 days a year'].map(
      (t) =>
        `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-map-marker-alt"></i></span><span
class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
  'f1a2b3',
)}
${eW('text-editor', '<p>© 2026 Carrwood Fishery Ltd. Website by Lakeside Digital.</p>', 'f1a2b4')}</div></div></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice"><p
class="cky-title"
role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise
</button><button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept"
aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://carrwoodfishery.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2"
id="elementor-pro-frontend-js"></script></body></html>`;
const elementorTickets: TestPage = {
  name: 'heldout663-elementor-day-tickets',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [eIntro, ...ePlans.flatMap((p) => [p.sub, `${p.price[0]} ${p.price[1]} ${p.price[2]}`, ...p.feats]), ...ePay],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Tickets'), 'Menu', 'Book now',
    'Booking a match?', 'Club and open matches on Pit Lake, up to 40 pegs.', 'See match dates',
    'Carrwood Lane, Thorley, Lincolnshire LN8 4QA', '01522 880417', 'Open 7am to dusk, 364 days a year',
    '© 2026 Carrwood Fishery Ltd. Website by Lakeside Digital.',
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

const dTitle = 'Fish rescue at Hallam Weir after slurry spill';
const dBody = [
  j(
    'Volunteers and Environment Agency staff moved more than 600 fish out of a two-mile stretch of the River Dunmere on',
    'Monday after slurry from a farm lagoon reached the river above Hallam Weir.',
  ),
  j(
    'The spill was reported by a member of Hallam & District Angling Club at about 7am, when he noticed dead minnows and',
    'bullheads in the margins and a strong smell below the footbridge. By mid-morning the water below the weir was grey and',
    'oxygen levels had fallen to less than a third of normal.',
  ),
  j(
    'Trust staff and twelve volunteers from three angling clubs used electric fishing gear and nets to move brown trout,',
    'grayling, chub and dace to a clean stretch upstream. Aerators were run in the weir pool overnight.',
  ),
  j(
    '"Without the club members on the bank at first light this would have been far worse," said Trust director Morag Innes.',
    '"We lost a lot of small fish and invertebrates, but the adult trout and grayling in the weir pool are safe."',
  ),
  'What happens next',
  j(
    'The Environment Agency is investigating and has taken samples from the lagoon and the river. The Trust will survey the',
    'invertebrates at six sites over the next month to measure the damage and plan any restocking.',
  ),
  j(
    'Anglers are asked not to fish between Hallam Weir and Cotter\u2019s Bridge until further notice. If you see dead fish or',
    'discoloured water anywhere on the catchment, call the Environment Agency incident hotline on 0800 80 70 60.',
  ),
];
const dNav = ['Home', 'About', 'Our Projects', 'News', 'Volunteer', 'Donate'];
const dComments = [
  ['Geoff Lund (not verified)', 'Wed, 07/22/2026 - 18:40', 'Well done to everyone who turned out. Is there a list of volunteers for the survey work?'],
  ['ruth.b', 'Thu, 07/23/2026 - 09:12', 'Same farm as 2019. The fines clearly are not working.'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.dunmereriverstrust.org.uk/news/fish-rescue-hallam-weir"><title>${dTitle} | Dunmere Rivers Trust</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xz3kPq.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/312","currentLanguage":"en"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div
class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Dunmere Rivers Trust</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label
for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
type="search"
id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li
class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium"><div
id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string field--label-hidden">${dTitle}</span>
</h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="312" class="node node--type-article node--promoted
node--view-mode-full"><header class=""><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a
title="View user profile." href="/user/7" class="username">Hannah Okafor</a></span></span> <span class="node__meta-separator">•</span>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-07-22T14:05:11+01:00"
title="Wednesday, July 22, 2026 - 14:05"
class="datetime">Wed, 07/22/2026 - 14:05</time></span></div></header><div class="node__content"><div class="field field--name-field-image field--type-image
field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/2026-07/hallam-weir-rescue.jpg" width="1000" height="563"
alt="Volunteers with nets in the weir pool"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dBody.slice(0, 4))}
<h2>${dBody[4]}</h2>${ps(dBody.slice(5))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul
class="links field__items">
<li><a href="/taxonomy/term/4" hreflang="en">Pollution</a></li><li><a href="/taxonomy/term/9" hreflang="en">Volunteers</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>${dComments
  .map(
    ([a, t, c], i) => `<article data-comment-user-id="${19 + i}" id="comment-${88 + i}" class="comment js-comment" role="article"><span class="hidden"
data-comment-timestamp="1784740800"></span><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${a}</span></p>
<p class="comment__time">${t}</p></footer><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long
field--label-hidden field__item"><p>${c}</p></div></div></div></article>`,
  )
  .join('\n')}
<p class="comment-forbidden"><a href="/user/login?destination=/node/312%23comment-form">Log in</a> or <a
href="/user/register?destination=/node/312%23comment-form">register</a>
to post comments</p></section></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS
feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block block-block-content">
<p>Dunmere Rivers Trust is a registered charity in England and Wales, no. 1098765.</p></div></div><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div>
</div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Ab9cD.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalRescue: TestPage = {
  name: 'heldout663-drupal-fish-rescue',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[4] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 4)),
  bylines: ['By Hannah Okafor', 'Wed, 07/22/2026 - 14:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Dunmere Rivers Trust', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', 'Pollution', 'Comments',
    ...dComments.flat(), 'Log in or register to post comments', 'RSS feed', 'Dunmere Rivers Trust is a registered charity in England and Wales, no. 1098765.',
    'Powered by Drupal',
  ],
};

export const HELDOUT663_F: readonly TestPage[] = [elementorTickets, drupalRescue];
