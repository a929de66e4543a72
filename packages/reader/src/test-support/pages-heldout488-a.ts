import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout488-kit.js';

/**
 * Held-out batch 488, file a: a bus route change notice on WordPress (Astra theme, Yoast breadcrumbs, a share plugin and
 * a sidebar), and a rail engineering-works notice on Drupal 10 (Olivero) with a table of dates.
 */
const rTitle = 'Route 14 to run via Kestrel Road from Monday 2 March';
const rIntro = [
  j(
    'From Monday 2 March, Route 14 buses between Marlow Vale Interchange and Highfield Park will no longer run along Station Parade.',
    'Instead they will turn onto Kestrel Road at the Copper Lane roundabout and rejoin the current route at Orchard Way.',
  ),
  j(
    'The change follows the council’s decision to make Station Parade a bus gate for Routes 3 and 9 only, as part of the town centre',
    'improvement scheme. Buses on Route 14 will take about two minutes longer between the Interchange and Orchard Way.',
  ),
];
const rStopsH = 'Stops that will no longer be served';
const rStops = ['Station Parade (stop SP1)', 'Corn Exchange (stop SP4)', 'Millers Yard (stop SP6)'];
const rNewH = 'New stops on Kestrel Road';
const rNew = [
  j(
    'Two new stops will open on Kestrel Road: Kestrel Road North, outside the health centre, and Kestrel Road South, opposite Finch',
    'Court. Both stops have shelters and real-time displays.',
  ),
  j(
    'If you usually board at Corn Exchange, the nearest stop will be Kestrel Road North, about four minutes’ walk away. Routes 3 and',
    '9 will still serve Station Parade every 10 minutes during the day.',
  ),
];
const rTimesH = 'Timetable changes';
const rTimes = [
  j(
    'Route 14 will keep its 20-minute daytime frequency. Early morning and evening journeys will leave Highfield Park two minutes',
    'earlier than now so that connections with trains at Marlow Vale station are kept.',
  ),
  'The first bus on weekdays will leave Highfield Park at 05:48, and the last bus from the Interchange will leave at 23:12.',
];
const rHelpH = 'Questions';
const rHelp = [
  j(
    'Call our travel line on 01632 960 414 (7am to 8pm, every day) or ask a driver. Printed timetables for the new route are',
    'available at the Interchange travel shop from 23 February.',
  ),
];
const rNav = ['Plan a Journey', 'Routes & Timetables', 'Tickets', 'Service Updates', 'About Us', 'Contact'];
const rRecent = ['Half-term timetable for Routes 5 and 6', 'Interchange travel shop opening hours', 'New contactless capping explained'];
const rFootNav = ['Accessibility', 'Privacy Policy', 'Lost Property', 'Careers'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} - Marlow Vale Transit</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.marlowvaletransit.example/route-14-kestrel-road/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-12T09:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rTitle}",
"datePublished":"2026-02-12T09:30:00+00:00","author":{"name":"Transit Communications"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-single{padding:3em}.site-title a{color:#0b5c3b}</style>
<link rel='stylesheet' id='heateor_sss_frontend_css-css' href='/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css'>
</head>
<body class="post-template-default single single-post postid-2214 single-format-standard ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="mvt-alert-bar" role="region"><p>Strike action on Friday 20 February: <a href="/service-updates/strike">check which routes will run</a></p></div>
<div id="page" class="hfeed site"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img width="180" height="60" src="/wp-content/uploads/2024/03/mvt-logo.svg" class="custom-logo" alt="Marlow Vale Transit"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility"
aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<button class="menu-toggle main-header-menu-toggle" aria-expanded="false"><span class="screen-reader-text">Main Menu</span></button>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2214 post type-post status-publish format-standard has-post-thumbnail category-service-changes ast-article-single" id="post-2214">
<div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="ast-breadcrumbs-wrapper"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><span><span>
<a href="/">Home</a></span> » <span><a href="/service-updates/">Service Updates</a></span> » <span class="breadcrumb_last" aria-current="page">
${rTitle}</span></span></nav></div>
<div class="post-thumb-img-content post-thumb"><figure><img width="1024" height="576" src="/wp-content/uploads/2026/02/kestrel-road.jpg"
class="attachment-large size-large wp-post-image" alt="A bus stop sign on Kestrel Road">
<figcaption>The new Kestrel Road North stop under construction.</figcaption>
</figure></div>
<h1 class="entry-title" itemprop="headline">${rTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemprop="author"> By <a class="url fn n" href="/author/comms/" rel="author">
<span class="author-name" itemprop="name">Transit Communications</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">February 12, 2026</span></span> / <span class="cat-links"><a href="/category/service-changes/" rel="category tag">Service Changes</a>
</span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(rIntro)}
<h2 class="wp-block-heading">${rStopsH}</h2><ul class="wp-block-list">${lis(rStops)}</ul>
<h2 class="wp-block-heading">${rNewH}</h2>${ps(rNew)}
<h2 class="wp-block-heading">${rTimesH}</h2>${ps(rTimes)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/wp-content/uploads/2026/02/route-14.pdf">
Download the new Route 14 timetable (PDF)</a></div></div>
<h2 class="wp-block-heading">${rHelpH}</h2>${ps(rHelp)}
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing">
<div class="heateor_sss_sharing_title" style="font-weight:bold">Share this update</div>
<div class="heateor_sss_sharing_ul"><a class="heateor_sss_facebook" href="#" title="Facebook"><span class="heateor_sss_svg"></span></a>
<a class="heateor_sss_button_x" href="#" title="X"><span class="heateor_sss_svg"></span></a>
<a class="heateor_sss_whatsapp" href="#" title="Whatsapp"><span class="heateor_sss_svg"></span></a></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/half-term-routes-5-6/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/travel-shop-hours/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Updates</h2><ul>${links(rRecent)}</ul></aside>
<aside id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Rider Alerts</h2>
<p>Get service changes for your route by email or text.</p><p><a href="/alerts/">Sign up for alerts</a></p></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="footer-adv footer-adv-layout-4"><div class="ast-container"><div class="footer-adv-widget">
<h2 class="widget-title">Marlow Vale Transit</h2><p>Interchange Travel Shop, Bridge Street, Marlow Vale MV1 2QT</p></div>
<div class="footer-adv-widget"><ul>${links(rFootNav)}</ul></div></div></div>
<div class="ast-small-footer"><div class="ast-small-footer-section">Copyright © 2026 Marlow Vale Transit | Powered by
<a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">
<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to make our website work and to see how it is used.
</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a>
<a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astra: TestPage = {
  name: 'heldout488-wp-astra-route-change',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rStopsH, rNewH, rTimesH, rHelpH],
  body: texts([...rIntro, ...rStops, ...rNew, ...rTimes, ...rHelp]),
  bylines: ['By Transit Communications', 'February 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Strike action on Friday 20 February: check which routes will run', ...rNav, 'Main Menu', 'Home', 'Service Updates',
    'The new Kestrel Road North stop under construction.', 'Service Changes', 'Download the new Route 14 timetable (PDF)', 'Share this update',
    'Post navigation', '← Previous Post', 'Next Post →', 'Search for:', 'Recent Updates', ...rRecent, 'Rider Alerts',
    'Get service changes for your route by email or text.', 'Sign up for alerts', 'Marlow Vale Transit',
    'Interchange Travel Shop, Bridge Street, Marlow Vale MV1 2QT', ...rFootNav, 'Copyright © 2026 Marlow Vale Transit | Powered by Astra WordPress Theme',
    'We use cookies to make our website work and to see how it is used.', 'Ok', 'Privacy policy',
  ],
};

const dTitle = 'Engineering works between Fenwick and Aldgrave Junction, 14 to 22 March';
const dSummary = 'Buses replace trains between Fenwick and Aldgrave Junction while we renew track and drainage in Holloway Cutting.';
const dIntro = [
  j(
    'Our engineers will replace 1.2 miles of track and rebuild the drainage in Holloway Cutting, which has flooded three times this',
    'winter. The line between Fenwick and Aldgrave Junction will be closed on the days and times below.',
  ),
];
const dWhenH = 'When the line is closed';
const dRows = [
  ['Saturday 14 March', 'All day', 'Buses replace trains between Fenwick and Aldgrave Junction'],
  ['Sunday 15 March', 'All day', 'Buses replace trains between Fenwick and Aldgrave Junction'],
  ['Monday 16 to Thursday 19 March', 'After 21:30', 'Last trains leave earlier; buses run late evening'],
  ['Saturday 21 and Sunday 22 March', 'All day', 'Buses replace trains; Brinsford station closed'],
];
const dBusH = 'Rail replacement buses';
const dBus = [
  j(
    'Buses will call at all stations, but stops are not always outside the station. Follow the signs to the rail replacement',
    'stop, or check the stop map for each station. Allow up to 40 minutes extra for your journey.',
  ),
  'Fenwick: Station forecourt, stop R',
  'Brinsford: Mill Lane, opposite the station car park (Brinsford station itself is closed on 21 and 22 March)',
  'Tolley Green: Station Approach, stop A',
  'Aldgrave Junction: Platform 4 exit, bus bay 2',
  j(
    'Express buses will also run non-stop between Fenwick and Aldgrave Junction every 30 minutes. Bicycles cannot be carried on',
    'replacement buses, except folding bicycles. Assistance dogs are welcome.',
  ),
];
const dTixH = 'Tickets';
const dTix = [
  j(
    'Your ticket is valid on replacement buses. If you would rather not travel, you can get a full refund on advance tickets for',
    'these dates from the retailer you bought them from, without a fee.',
  ),
];
const dWhyH = 'Why we are doing this work';
const dWhy = [
  j(
    'The drains in Holloway Cutting were built in 1871 and can no longer carry the water that runs off the fields above the line.',
    'When they block, the track floods and trains have to stop. The new drains are twice the size, and the new track is laid on a',
    'deeper bed of ballast so that it stays level when the ground is wet.',
  ),
  j(
    'We have planned the longest closures for weekends, when fewer people travel. Night work on weekdays will be noisy at times;',
    'we have written to neighbours near the cutting with the details.',
  ),
];
const dNav = ['Plan your journey', 'Tickets and fares', 'Travel updates', 'Stations', 'Help and support'];
const dFoot = ['About Northvale Railways', 'Accessibility statement', 'Privacy notice', 'Cookies', 'Modern slavery statement'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:206"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Northvale Railways</title><link rel="canonical" href="https://www.northvalerailways.example/travel-updates/fenwick-aldgrave-works">
<meta name="description" content="${dSummary}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SpecialAnnouncement","name":"${dTitle}","datePosted":"2026-02-20"}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t8q1nx">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5521"}}</script></head>
<body class="path-node page-node-type-travel-update">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Northvale Railways</a></div></div></div></div>
<div class="header-nav-overlay"></div><div class="mobile-buttons"><button class="button-nav mobile-nav-button" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" class="search-form search-block-form">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search"
id="edit-keys" name="keys" class="form-search form-element"><input type="submit" value="Search" class="button js-form-submit form-submit"></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(['Home', 'Travel updates', 'Planned engineering works'], 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="5521" class="node node--type-travel-update node--promoted node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-field-summary field--type-string-long field--label-hidden field__item">
<p class="travel-update__summary">${dSummary}</p></div>
<div class="field field--name-field-lines field--type-entity-reference field--label-inline clearfix"><div class="field__label">Lines affected</div>
<div class="field__items"><div class="field__item"><a href="/lines/vale-line" hreflang="en">Vale Line</a></div></div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dWhenH}</h2><table><thead><tr><th>Date</th><th>Times</th><th>What happens</th></tr></thead><tbody>
${trs(dRows)}</tbody></table>
<h2>${dBusH}</h2>${ps(dBus.slice(0, 1))}<ul>${lis(dBus.slice(1, 5))}</ul>${ps(dBus.slice(5))}
<h2>${dTixH}</h2>${ps(dTix)}
<h2>${dWhyH}</h2>${ps(dWhy)}
</div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline clearfix"><div class="field__label">Last updated</div>
<div class="field__item"><time datetime="2026-03-02T12:00:00Z">2 March 2026</time></div></div>
</div></article></div></div>
<div id="block-journeyplannerpromo" class="block block-block-content"><h2 class="block__title">Check before you travel</h2>
<div class="block__content"><p>Our journey planner includes all planned works and replacement buses.</p>
<p><a href="/plan-your-journey" class="button button--primary">Plan your journey now</a></p></div></div>
</div></main></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div class="block">
<p>© Northvale Railways Limited. Registered in England and Wales, company number 09912345.</p>
</div></div></div></footer></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.3"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.3"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout488-drupal-olivero-engineering-works',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dWhenH, dBusH, dTixH, dWhyH],
  body: texts([dSummary, 'Lines affected', 'Vale Line', ...dIntro, ...rowTexts(dRows), ...dBus, ...dTix, ...dWhy]),
  bylines: ['Last updated', '2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Northvale Railways', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Home',
    'Planned engineering works', 'Check before you travel', 'Our journey planner includes all planned works and replacement buses.',
    'Plan your journey now', 'Footer', ...dFoot, '© Northvale Railways Limited. Registered in England and Wales, company number 09912345.',
  ],
};

export const HELDOUT488_A: readonly TestPage[] = [astra, olivero];
