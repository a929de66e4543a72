import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout488-kit.js';

/**
 * Held-out batch 488, file f: a city transit agency's news post on Webflow (a CMS collection template with a "More news"
 * collection list), and a station lift outage notice on WordPress with Elementor Pro (theme builder single-post template).
 */
const bTitle = 'A new night bus network starts on 5 January';
const bDek = 'Six night routes will run every 30 minutes, seven nights a week, replacing the Friday and Saturday Owl buses.';
const bBody = [
  j(
    'Orla City Transit will launch a new night network on Monday 5 January. Six routes, N1 to N6, will run from midnight to 5am',
    'every night of the week, all meeting at Founders Square at 15 and 45 minutes past each hour so that you can change between',
    'them.',
  ),
  j(
    'Until now, night buses have run only on Friday and Saturday nights. More than 4,000 people who start or finish work at night',
    'answered our survey last spring, and most told us they had no way home on weeknights except a taxi.',
  ),
  'The new routes',
  'N1 Founders Square – Riverside – Airport',
  'N2 Founders Square – Eastgate – Hollins Park',
  'N3 Founders Square – University – Crestview',
  'N4 Founders Square – Harbor Point',
  'N5 Founders Square – General Hospital – Millbrook',
  'N6 Founders Square – Westfield Mall – Sandover',
  j(
    'The N1 will run every 20 minutes between Founders Square and the Airport, to match shift changes at the terminal. All other',
    'routes will run every 30 minutes.',
  ),
  'Safer travel at night',
  j(
    'Every night bus will carry a second staff member on the busiest stretches on Friday and Saturday nights. Between 10pm and 5am',
    'you can ask the driver to let you off between stops, where it is safe to do so, along any night route.',
  ),
  j(
    'Fares are the same as during the day. Day passes bought on the day before remain valid until 5am, so you will not need a new',
    'ticket for the journey home.',
  ),
];
const bHeads = [bBody[2] ?? '', bBody[10] ?? ''];
const bNav = ['Rider Info', 'Routes', 'Fares', 'Projects', 'News', 'About'];
const bMore = ['Fare capping arrives on the OrlaPass app', 'Crestview transit center opens in March', 'Winter weather: how we keep buses moving'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Dec 09 2025 16:20:11 GMT+0000 -->
<html data-wf-domain="www.orlatransit.example" data-wf-page="6571c2a0e1f7a3b9c2d4e5f6" data-wf-site="6571c2a0e1f7a3b9c2d4e5a0"
data-wf-collection="6571c2a0e1f7a3b9c2d4e5c1" data-wf-item-slug="new-night-bus-network" lang="en"><head><meta charset="utf-8">
<title>${bTitle} | Orla City Transit</title><meta content="${bDek}" name="description"><meta content="${bTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6571c2a0e1f7a3b9c2d4e5a0/css/orla-transit.webflow.8c2f1e0d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext figure{max-width:100%}</style></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/logo.svg" loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${bNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/trip-planner" class="button is-nav w-button">Plan a Trip</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<main class="main-wrapper"><section class="section_post-header"><div class="padding-global"><div class="container-medium">
<div class="post-header_breadcrumb"><a href="/news" class="breadcrumb-link">News</a><div class="breadcrumb-divider">/</div>
<a href="/news-category/service-changes" class="breadcrumb-link">Service Changes</a></div>
<h1 class="heading-style-h2">${bTitle}</h1><p class="text-size-medium">${bDek}</p>
<div class="post-header_meta"><div class="text-size-small">Published</div><div class="text-size-small">December 9, 2025</div>
<div class="post-header_divider"></div><div class="text-size-small">4 min read</div></div>
<div class="post-header_image-wrapper"><img src="https://assets-global.website-files.com/night-bus.jpg" loading="lazy" alt="A night bus at Founders Square"
sizes="(max-width: 991px) 90vw, 768px" class="post-header_image"></div></div></div></section>
<section class="section_post-content"><div class="padding-global"><div class="container-small"><div class="text-rich-text w-richtext">
${ps(bBody.slice(0, 2))}
<h2>${bBody[2]}</h2><ul role="list">${lis(bBody.slice(3, 9))}</ul>
${ps(bBody.slice(9, 10))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/night-map.png" loading="lazy"
alt="Map of the six night routes"></div><figcaption>All six routes meet at Founders Square.</figcaption></figure>
<h2>${bBody[10]}</h2>${ps(bBody.slice(11))}
</div>
<div class="post-content_share"><div class="text-size-small text-weight-semibold">Share this post</div><div class="share-links">
<a href="#" class="share-link w-inline-block" aria-label="Copy link"></a><a href="#" class="share-link w-inline-block" aria-label="Facebook"></a></div></div>
</div></div></section>
<section class="section_more-news"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">More news</h2>
<div class="w-dyn-list"><div role="list" class="more-news_list w-dyn-items">
${bMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/news/x" class="more-news_item w-inline-block"><div class="text-size-small">Service Changes</div>
<h3 class="heading-style-h5">${t}</h3><div class="text-style-link">Read more</div></a></div>`,
  )
  .join('\n')}
</div></div></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="footer_top"><div class="footer_contact"><div class="text-weight-semibold">Customer Service</div>
<a href="tel:+15550100200" class="footer_link">(555) 010-0200</a><div>Mon–Fri 7am–7pm, Sat 9am–5pm</div></div>
<div class="footer_links">${links(['Title VI', 'ADA Paratransit', 'Public Records', 'Careers', 'Board Meetings'], 'footer_link-item')}</div></div>
<div class="footer_bottom"><div class="footer_credit">© 2025 Orla City Transit Authority. All rights reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6571c2a0e1f7a3b9c2d4e5a0/js/webflow.a1b2c3d4e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout488-webflow-night-bus',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts([bDek, ...bBody.filter((t) => !bHeads.includes(t))]),
  bylines: ['Published', 'December 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav.filter((t) => t !== 'Fares' && t !== 'Routes'), 'Plan a Trip', 'Service Changes', '4 min read', 'All six routes meet at Founders Square.',
    'Share this post', 'More news', ...bMore, 'Read more', 'Customer Service', '(555) 010-0200', 'Mon–Fri 7am–7pm, Sat 9am–5pm', 'Title VI',
    'ADA Paratransit', 'Public Records', 'Careers', 'Board Meetings', '© 2025 Orla City Transit Authority. All rights reserved.',
  ],
};

const eTitle = 'Brackley Road station: lift to Platform 2 out of service';
const eBody = [
  j(
    'The lift between the ticket hall and Platform 2 (trains towards Dunmore) at Brackley Road is out of service from Monday',
    '9 February while we replace its doors and control panel. We expect it to be back in use on Friday 27 February.',
  ),
  'Platform 1 and the ticket hall are still step-free.',
  'If you need step-free access to Platform 2',
  'Travel one stop to Canal Street, where both platforms have lifts, and take a train back towards Dunmore.',
  'Ask staff at Brackley Road to book you a free accessible taxi to Canal Street or Dunmore.',
  'Call us on 01632 555 090 before you travel and we will plan the journey with you.',
  j(
    'We are sorry for the inconvenience. The new lift doors are wider and will close more slowly, which passengers asked for in our',
    'access survey last year.',
  ),
];
const eMenu = ['Home', 'Timetables', 'Tickets', 'Station Updates', 'Accessibility', 'Contact'];
const eLatest = ['Dunmore car park resurfacing: 14 to 16 February', 'New ticket machines at Canal Street'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Dunmore Valley Line</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.19.2' media='all'>
<link rel='stylesheet' id='elementor-post-118-css' href='/wp-content/uploads/elementor/css/post-118.css?ver=1707311204' media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<meta name="generator" content="Elementor 3.19.2; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${eTitle}","datePublished":"2026-02-06"}</script>
</head>
<body class="post-template-default single single-post postid-2871 elementor-default elementor-template-full-width elementor-kit-7 elementor-page-131">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="102" class="elementor elementor-102 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f1c2a7 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-6b2e0d1 elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="/"><img width="220" height="48" src="/wp-content/uploads/2024/01/dvl-logo.svg" alt="Dunmore Valley Line">
</a></div></div>
<div class="elementor-element elementor-element-9a4c7e2 elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-9a4c7e2" class="elementor-nav-menu">
${links(eMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="131" class="elementor elementor-131 elementor-location-single post-2871 post type-post status-publish
category-station-updates" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-51d0a3e e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner"><div class="elementor-element elementor-element-1c7b3f9 elementor-widget elementor-widget-theme-post-title elementor-page-title
elementor-widget-heading" data-widget_type="theme-post-title.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">
${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-0e5d8b4 elementor-widget elementor-widget-post-info" data-widget_type="post-info.default">
<div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-7f0b2a1 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">
<time>6 February 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-c2e91d3 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/station-updates/"
class="elementor-post-info__terms-list-item">Station Updates</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-element-8d2f6a0 elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default">
<div class="elementor-widget-container">
${ps(eBody.slice(0, 2))}
<h3 class="wp-block-heading">${eBody[2]}</h3><ul class="wp-block-list">${lis(eBody.slice(3, 6))}</ul>
${ps(eBody.slice(6))}
</div></div>
<div class="elementor-element elementor-element-f41a9c2 elementor-share-buttons--view-icon elementor-share-buttons--skin-minimal elementor-widget
elementor-widget-share-buttons" data-widget_type="share-buttons.default"><div class="elementor-widget-container"><div class="elementor-grid">
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Share on facebook">
<span class="elementor-share-btn__icon"><i class="fab fa-facebook" aria-hidden="true"></i></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_email" role="button" tabindex="0" aria-label="Share on email">
<span class="elementor-share-btn__icon"><i class="fas fa-envelope" aria-hidden="true"></i></span></div></div></div></div></div>
<div class="elementor-element elementor-element-ab31e07 elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Latest station updates</h2></div></div>
<div class="elementor-element elementor-element-2e7d0c5 elementor-grid-2 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts"
data-widget_type="posts.classic"><div class="elementor-widget-container">
<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
${eLatest
  .map(
    (t) => `<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="/station-updates/x/">${t}</a></h3><a class="elementor-post__read-more" href="/station-updates/x/" aria-label="Read more about ${t}" tabindex="-1">
Read More »</a></div></article>`,
  )
  .join('\n')}
</div></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="109" class="elementor elementor-109 elementor-location-footer">
<div class="elementor-element e-con e-parent">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Dunmore Valley Line is run by
Dunmore Valley Railway Ltd on behalf of Dunmore County Council.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2026 Dunmore Valley Line.
<a href="/privacy/">Privacy</a> | <a href="/accessibility-statement/">Accessibility statement</a></p></div></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"post":{"id":2871}};</script>
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2' id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout488-elementor-lift-outage',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eBody[2] ?? ''],
  body: texts(eBody.filter((_, i) => i !== 2)),
  bylines: ['6 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu, 'Latest station updates', ...eLatest, 'Read More »',
    'Dunmore Valley Line is run by Dunmore Valley Railway Ltd on behalf of Dunmore County Council.',
    '© 2026 Dunmore Valley Line. Privacy | Accessibility statement',
  ],
};

export const HELDOUT488_F: readonly TestPage[] = [webflow, elementor];
