import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs, tidy } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file a: a council pool timetable on LocalGov Drupal (service page with an alert banner and a table),
 * and a leisure trust's lane-swimming rules built with Elementor on the Hello Elementor theme (toggles, icon lists).
 */
const tTitle = 'Harwell Road Pool swimming timetable';
const tIntro = [
  j(
    'Harwell Road Pool has a 25 metre main pool with six lanes and a 12 metre learner pool. Public sessions are pay and swim:',
    'you do not need to book, but numbers are limited to 80 swimmers in the main pool at any one time.',
  ),
];
const tRows = [
  ['Monday', '7am to 9am', 'Lane swimming', 'Main pool'],
  ['Monday', '12pm to 1:30pm', 'Public swim', 'Main pool'],
  ['Tuesday', '7am to 9am', 'Lane swimming', 'Main pool'],
  ['Tuesday', '6pm to 7pm', 'Women only swim', 'Main and learner pools'],
  ['Wednesday', '10am to 11am', 'Over 60s swim', 'Main pool'],
  ['Thursday', '7am to 9am', 'Lane swimming', 'Main pool'],
  ['Friday', '4pm to 6pm', 'Family fun session with floats', 'Learner pool'],
  ['Saturday', '9am to 12pm', 'Public swim', 'Main pool'],
  ['Sunday', '1pm to 4pm', 'Public swim', 'Main and learner pools'],
];
const tLane = [
  j(
    'During lane swimming the pool is split into slow, medium and fast lanes. Swim clockwise and let faster swimmers pass at the',
    'wall. Goggles and fins are allowed; paddles are not.',
  ),
];
const tPrices = ['Adult swim: £5.40', 'Junior swim (under 16): £3.10', 'Concession swim: £3.60', 'Under 4s: free with a paying adult'];
const tHols = [
  j(
    'During school holidays the Monday to Friday daytime sessions change to public swims from 10am to 4pm. Lane swimming before',
    '9am carries on as normal. The pool is closed on 25 and 26 December and 1 January.',
  ),
];
const tNav = ['Bins and recycling', 'Council tax', 'Parking', 'Planning', 'Leisure and culture', 'Housing', 'Report it'];
const tCrumbs = ['Home', 'Leisure and culture', 'Sport and leisure centres'];
const tFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs', 'Sitemap'];
const tHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${tTitle} | Brackenford Borough Council</title><link rel="canonical" href="https://www.brackenford.gov.uk/harwell-road-pool/timetable">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:site_name" content="Brackenford Borough Council">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t2k1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1183"},
"localgov_alert_banner":{}}</script>
</head><body class="path-node page-node-type-localgov-services-page"><a href="#main-content"
class="skip-link visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<div class="localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="Alert"><div class="localgov-alert-banner__content">
<p>The learner pool at Harwell Road is closed for retiling until 14 December. <a href="/news/learner-pool-retiling">Read more about the works</a></p>
</div><button class="js-localgov-alert-banner__close localgov-alert-banner__close" aria-label="Hide alert">Hide</button></div>
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner">
<div class="lgd-header__site-name"><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo.svg" alt="Brackenford Borough Council home">
</a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search"><label for="edit-s" class="visually-hidden">Search</label>
<input type="text" id="edit-s" name="s" placeholder="Search this site"><button type="submit" class="localgov-search__button">Search</button></form></div>
<button class="lgd-header__toggle lgd-header__toggle--primary" aria-expanded="false">Menu</button></div></div>
<div class="lgd-header__nav lgd-header__nav--primary"><nav class="menu--main" aria-label="Main"><ul
class="lgd-header__nav-list">${links(tNav, 'menu-item')}</ul></nav></div></header>
<main id="main-content" class="main"><div class="lgd-container padding-horizontal">
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(tCrumbs)}</ol></nav>
<div class="lgd-row"><div class="lgd-row__two-thirds"><div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">${tTitle}</h1></div>
<article class="localgov-services-page"><div class="localgov-services-page__body"><div class="field field--name-body field--type-text-with-summary">
${ps(tIntro)}
<h2>Public swimming sessions</h2>
<table><thead><tr><th scope="col">Day</th><th scope="col">Time</th><th scope="col">Session</th><th scope="col">Pool</th></tr></thead><tbody>
${trs(tRows)}
</tbody></table>
<h2>Lane swimming</h2>${ps(tLane)}
<h2>Prices</h2><ul>${lis(tPrices)}</ul>
<h2>School holidays and bank holidays</h2>${ps(tHols)}
</div></div>
<div class="page-last-updated"><p>Last updated: 2 December 2026</p></div>
<div class="localgov-services-page__feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=1183" class="button">Give feedback about this page</a>
</div>
</article></div>
<aside class="lgd-row__one-third sidebar"><div class="block block-localgov-services-related-links"><h2 class="block__title">Related links</h2>
<ul>${links(['Harwell Road Pool', 'Swimming lessons', 'Leisure card prices', 'Accessible swimming'])}</ul></div>
<div class="block block-localgov-contact"><h2 class="block__title">Contact Harwell Road Pool</h2><p>Telephone: 01632 960 418</p>
<p>Harwell Road, Brackenford BF4 2RT</p></div></aside></div></div></main>
<footer class="lgd-footer"><div class="lgd-container"><nav aria-label="Footer"><ul class="lgd-footer__nav">${links(tFoot)}</ul></nav>
<p class="lgd-footer__copyright">© Brackenford Borough Council 2026</p></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script><script src="/modules/contrib/localgov_alert_banner/js/alert_banner.js"></script></body></html>`;
const timetable: TestPage = {
  name: 'heldout498-localgov-pool-timetable',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Public swimming sessions', 'Lane swimming', 'Prices', 'School holidays and bank holidays'],
  body: [...texts(tIntro), ...rowTexts(tRows), ...texts([...tLane, ...tPrices, ...tHols])],
  bylines: ['Last updated: 2 December 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The learner pool at Harwell Road is closed for retiling until 14 December. Read more about the works', 'Hide', 'Search',
    'Menu', ...tNav, 'Home', 'Sport and leisure centres', 'Was this page helpful?', 'Give feedback about this page', 'Related links',
    'Harwell Road Pool', 'Swimming lessons', 'Leisure card prices', 'Accessible swimming', 'Contact Harwell Road Pool',
    'Telephone: 01632 960 418', 'Harwell Road, Brackenford BF4 2RT', ...tFoot, '© Brackenford Borough Council 2026',
  ],
};

const eTitle = 'Lane swimming rules';
const eDek = 'Everyone gets a better swim when we all follow the same few rules. Please read them before your first lane session.';
const eChoose = [
  j(
    'Each lane has a sign at the shallow end showing its speed. As a guide, a slow lane swimmer takes more than three minutes for',
    '100 metres, a medium lane swimmer between two and three minutes, and a fast lane swimmer under two minutes.',
  ),
  j(
    'If you are regularly being overtaken, please move down a lane. If you are regularly overtaking, move up. Lifeguards may ask you',
    'to change lanes if the pool is busy, and we ask that you do so without fuss.',
  ),
];
const eRules = [
  'Swim in a clockwise direction unless the lane sign shows otherwise.',
  'Overtake only at the wall, never in the middle of a length.',
  'If someone taps your foot, let them pass at the next turn.',
  'Rest at the corners of the lane so that others can turn.',
  'Do not stop or stand in the middle of the lane.',
  'Enter the water feet first from the side, never by diving into a lane that is in use.',
];
const eKit = [
  j(
    'Fins, pull buoys and kickboards are welcome in the medium and fast lanes. Hand paddles may only be used in the fast lane and',
    'only when there are fewer than six swimmers in it. Snorkels are allowed in all lanes.',
  ),
  'Please return kit from the poolside racks when you have finished and rinse it under the showers first.',
];
const eFaq: [string, string][] = [
  [
    'Can I swim breaststroke in the fast lane?',
    j(
      'Yes, as long as you keep up with the pace of the lane. Wide breaststroke kicks can catch other swimmers, so please keep your',
      'kick narrow when the lane is busy.',
    ),
  ],
  [
    'Can children use the lanes?',
    j(
      'Juniors aged 11 to 15 can swim in lane sessions if they can swim 200 metres without stopping. Children under 11 must use the',
      'public swim sessions instead.',
    ),
  ],
  [
    'What happens if I break the rules?',
    j(
      'Lifeguards will remind you of the rules first. If the problem carries on, they may ask you to leave the session. Repeated',
      'problems can lead to your membership being suspended.',
    ),
  ],
];
const eNav = ['Centres', 'Swimming', 'Gym & Fitness', 'Classes', 'Memberships', 'Kids'];
const eFoot = ['About the Trust', 'Careers', 'Safeguarding', 'Privacy Policy', 'Cookie Policy', 'Terms & Conditions'];
const eId = (n: string): string => `data-id="${n}" data-element_type="widget"`;
const eToggle = (f: [string, string], i: number): string => `<div class="elementor-toggle-item"><div id="elementor-tab-title-31${i}"
class="elementor-tab-title" data-tab="${i}" role="button" aria-controls="elementor-tab-content-31${i}" aria-expanded="false">
<span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"><i class="fas fa-caret-right"></i></span>
<a class="elementor-toggle-title" tabindex="0">${f[0]}</a></div>
<div id="elementor-tab-content-31${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i}" role="region"
aria-labelledby="elementor-tab-title-31${i}"><p>${f[1]}</p></div></div>`;
const eIcon = (t: string): string =>
  `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"
viewBox="0 0 512 512"><path d="M173.9 439.4"></path></svg></span><span class="elementor-icon-list-text">${t}</span></li>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lane swimming rules - Tidewell Leisure Trust</title><meta name="robots" content="index, follow, max-image-preview:large">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"${eTitle}"}]}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://tidewellleisure.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7'
media='all' />
<link rel='stylesheet' id='elementor-post-412-css' href='https://tidewellleisure.org.uk/wp-content/uploads/elementor/css/post-412.css?ver=1731' media='all' />
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:0}.cmplz-hidden{display:none!important}</style>
<meta name="generator" content="Elementor 3.24.7; features: e_font_icon_svg; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-412 wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="25" class="elementor elementor-25 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1c9a0e4 e-flex e-con-boxed e-con e-parent" data-id="1c9a0e4" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-5d3b7a1 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" ${eId('5d3b7a1')}>
<div class="elementor-widget-container"><a href="https://tidewellleisure.org.uk"><img width="220" height="64"
src="/wp-content/uploads/2024/02/tidewell-logo.svg"
class="attachment-full size-full" alt="Tidewell Leisure Trust"></a></div></div>
<div class="elementor-element elementor-element-8e2f4c0 elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" ${eId('8e2f4c0')}>
<div class="elementor-widget-container"><nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-8e2f4c0" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type').replace(/<a /g, '<a class="elementor-item" ')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul class="elementor-nav-menu">${links(eNav)}</ul></nav></div></div>
<div class="elementor-element elementor-element-4f0a9d2 elementor-widget elementor-widget-button" ${eId('4f0a9d2')}><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/join"><span class="elementor-button-text">Join now</span></a></div></div>
</div></div></header>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-3a7c1f2 e-flex e-con-boxed e-con e-parent" data-id="3a7c1f2" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-9b14e77 elementor-widget elementor-widget-heading" ${eId('9b14e77')}><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-0d2c6a8 elementor-widget elementor-widget-text-editor" ${eId('0d2c6a8')}><div
class="elementor-widget-container">
<p><strong>${eDek}</strong></p></div></div></div></div>
<div class="elementor-element elementor-element-6f1e3b9 e-flex e-con-boxed e-con e-parent" data-id="6f1e3b9" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-a2d7c41 elementor-widget elementor-widget-heading" ${eId('a2d7c41')}><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Choosing your lane</h2></div></div>
<div class="elementor-element elementor-element-c81b0f3 elementor-widget elementor-widget-text-editor" ${eId('c81b0f3')}><div
class="elementor-widget-container">
${ps(eChoose)}</div></div>
<div class="elementor-element elementor-element-e4f92a0 elementor-widget elementor-widget-heading" ${eId('e4f92a0')}><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">The rules</h2></div></div>
<div class="elementor-element elementor-element-7b3e5d1 elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list" ${eId('7b3e5d1')}>
<div class="elementor-widget-container"><ul class="elementor-icon-list-items">${eRules.map(eIcon).join('\n')}</ul></div></div>
<div class="elementor-element elementor-element-5c0d8e2 elementor-widget elementor-widget-heading" ${eId('5c0d8e2')}><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Kit and equipment</h2></div></div>
<div class="elementor-element elementor-element-2e6f1a7 elementor-widget elementor-widget-text-editor" ${eId('2e6f1a7')}><div
class="elementor-widget-container">
${ps(eKit)}</div></div>
<div class="elementor-element elementor-element-b93a4c5 elementor-widget elementor-widget-image" ${eId('b93a4c5')}><div class="elementor-widget-container">
<figure class="wp-caption"><img loading="lazy" width="1024" height="576" src="/wp-content/uploads/2025/05/lanes-1024x576.jpg" alt="Swimmers in lanes">
<figcaption class="widget-image-caption wp-caption-text">Lane signs at the shallow end of the Tidewell main pool</figcaption></figure></div></div>
<div class="elementor-element elementor-element-d0f7b28 elementor-widget elementor-widget-heading" ${eId('d0f7b28')}><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Questions</h2></div></div>
<div class="elementor-element elementor-element-1a8c3f6 elementor-widget elementor-widget-toggle" ${eId('1a8c3f6')}><div class="elementor-widget-container">
<div class="elementor-toggle">${eFaq.map(eToggle).join('\n')}</div></div></div>
<div class="elementor-element elementor-element-f3c2a19 elementor-widget elementor-widget-call-to-action" ${eId('f3c2a19')}><div
class="elementor-widget-container">
<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Swim more for less</h3>
<div class="elementor-cta__description">Unlimited lane swimming at all six centres from £29.50 a month.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/memberships">See memberships</a></div></div></div></div>
</div>
</div></div></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Tidewell Leisure Trust is a registered charity, number 1098765.</p></div></div>
<div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav><ul class="elementor-nav-menu">${links(eFoot)}</ul></nav>
</div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2026 Tidewell Leisure Trust</p></div></div></div>
</div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"
aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">
Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website
and our service.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://tidewellleisure.org.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
</body></html>`;
const laneRules: TestPage = {
  name: 'heldout498-elementor-lane-rules',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Choosing your lane', 'The rules', 'Kit and equipment', 'Questions', ...eFaq.map((f) => f[0])],
  body: texts([eDek, ...eChoose, ...eRules, ...eKit, ...eFaq.map((f) => f[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Join now', 'Lane signs at the shallow end of the Tidewell main pool', 'Swim more for less',
    'Unlimited lane swimming at all six centres from £29.50 a month.', 'See memberships', 'Tidewell Leisure Trust is a registered charity, number 1098765.',
    ...eFoot, '© 2026 Tidewell Leisure Trust',
  ],
};

export const HELDOUT498_A: readonly TestPage[] = [timetable, laneRules].map(tidy);
