import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, esc, j, lis } from './pages-heldout468-kit.js';

/**
 * Held-out batch 468, file a: a yoga studio's weekly timetable on WordPress (Astra theme, MotoPress Timetable shortcode
 * table), and a teacher profile on Squarespace 7.1 (fluid-engine page sections with an announcement bar).
 */
const tTitle = 'Weekly Class Timetable';
const tIntro = [
  j(
    'Our timetable runs all year, including school holidays. Classes are 60 minutes unless marked otherwise, and the doors open',
    'fifteen minutes before each class so you have time to set up. Please arrive early if it is your first visit.',
  ),
  j('Every class can be booked online or at the front desk. Drop-ins are welcome when there is space, but the early and', 'lunchtime classes fill quickly.'),
];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
type Slot = [string, string] | null;
const grid: [string, Slot[]][] = [
  ['06:45', [['Sunrise Vinyasa', 'Ines Morvath'], null, ['Sunrise Vinyasa', 'Ines Morvath'], null, ['Ashtanga Led', 'Callum Reay']]],
  ['09:30', [['Gentle Hatha', 'Bryony Tull'], ['Pregnancy Yoga', 'Wren Osaki'], ['Gentle Hatha', 'Bryony Tull'], ['Yin', 'Callum Reay'], null]],
  ['12:15', [null, ['Lunchtime Flow (45 min)', 'Ines Morvath'], null, ['Lunchtime Flow (45 min)', 'Ines Morvath'], ['Core and Mobility', 'Wren Osaki']]],
  ['18:00', [['Beginners Course', 'Bryony Tull'], ['Power Yoga', 'Callum Reay'], ['Slow Flow', 'Wren Osaki'], ['Power Yoga', 'Callum Reay'], null]],
  ['19:30', [['Yin and Yoga Nidra', 'Wren Osaki'], ['Restorative', 'Bryony Tull'], ['Yin', 'Ines Morvath'], null, ['Candlelit Yin', 'Ines Morvath']]],
];
const cell = (s: Slot, id: number): string =>
  s === null
    ? '<td class="mptt-shortcode-event mptt-event-vertical-default mptt-shortcode-hours"></td>'
    : `<td class="mptt-shortcode-event mptt-event-vertical-default" data-event-id="${410 + id}"><div class="mptt-inner-event-content">
<a class="event-title" href="/timetable/event/${id}/" title="${s[0]}">${s[0]}</a><p class="event-user">${s[1]}</p></div></td>`;
const tRows = grid.map(
  ([time, slots], r) => `<tr class="mptt-shortcode-row-${r}" data-index="${r}"><td class="mptt-shortcode-hours">${time}</td>
${slots.map((s, c) => cell(s, r * 5 + c)).join('')}</tr>`,
);
const tRowTexts = grid.map(([time, slots]) => [time, ...slots.flatMap((s) => (s === null ? [] : s))].join(' '));
const tAfter = [
  'Before your first class',
  j(
    'Mats, blocks, bolsters and blankets are provided free of charge. Wear something you can move and stretch in, and try not to',
    'eat a heavy meal in the two hours before you practise. There are showers and lockers on the first floor; bring a 20p coin.',
  ),
  'Which class is right for me?',
  '<strong>Gentle Hatha, Restorative and Yin</strong> are slow and suit complete beginners and anyone recovering from injury.',
  '<strong>Slow Flow and the Beginners Course</strong> teach the basic postures and how to link them with the breath.',
  '<strong>Sunrise Vinyasa, Power Yoga and Ashtanga Led</strong> are dynamic and assume you have practised for a few months.',
  j('If you are pregnant, please choose Pregnancy Yoga after your first trimester and let the teacher know before class.'),
];
const tNav = ['Home', 'Timetable', 'Classes', 'Teachers', 'Prices', 'Workshops', 'Contact'];
const tFoot1 = ['14 Quayside Row, Saltmarsh', 'Front desk: 01632 960 418', 'hello@saltmarshyoga.example'];
const tFoot2 = ['Privacy Policy', 'Terms of Booking', 'Gift Vouchers'];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timetable &#8211; Saltmarsh Yoga</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://saltmarshyoga.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="mptt-style-css" href="https://saltmarshyoga.example/wp-content/plugins/mp-timetable/media/css/style.css?ver=2.4.11">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.mptt-shortcode-wrapper .mptt-shortcode-table td{vertical-align:top}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Timetable"}]}</script>
<script src="https://saltmarshyoga.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-27 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-header-custom-item-inside">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container">
<div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img">
<a href="https://saltmarshyoga.example/" class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2024/02/logo.png"
class="custom-logo" alt="Saltmarsh Yoga"></a></span></div></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span><span class="ast-icon icon-menu-bars"></span></button></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(tNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
<li class="ast-masthead-custom-menu-items button-custom-menu-item"><a class="ast-custom-button-link" href="/book/">
<div class="ast-button">Book a Class</div></a>
</li></ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-27 page type-page status-publish ast-article-single" id="post-27" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${tTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(tIntro)}
<div class="mptt-shortcode-wrapper mptt-table-fixed"><ul class="mptt-menu mptt-navigation-select"><li><select class="mptt-navigation-select">
<option value="all">All Events</option><option value="vinyasa">Sunrise Vinyasa</option><option value="hatha">Gentle Hatha</option></select></li></ul>
<table class="mptt-shortcode-table" id="#all" style="display:table"><thead><tr class="mptt-shortcode-row"><th></th>
${days.map((d) => `<th data-index="${d.toLowerCase()}">${d}</th>`).join('')}</tr></thead><tbody>
${tRows.join('\n')}
</tbody></table></div>
<h2 class="wp-block-heading">${at(tAfter, 0)}</h2>
${ps([at(tAfter, 1)])}
<h2 class="wp-block-heading">${at(tAfter, 2)}</h2>
<ul class="wp-block-list">${lis(tAfter.slice(3, 6))}</ul>
${ps([at(tAfter, 6)])}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/book/">Book online</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="footer-adv footer-adv-layout-3">
<div class="footer-adv-overlay"><div class="ast-container"><div class="ast-row"><div class="footer-adv-widget footer-adv-widget-1">
<div id="text-2" class="widget widget_text"><h2 class="widget-title">Find us</h2><div class="textwidget">${ps(tFoot1)}</div></div></div>
<div class="footer-adv-widget footer-adv-widget-2"><div id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget">
<h2 class="widget-title">Studio newsletter</h2><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-88" method="post"><div class="mc4wp-form-fields">
<p>Timetable changes and new workshops, once a month.</p><p><label for="mc4wp-email">Email address</label><input type="email" name="EMAIL" id="mc4wp-email"></p>
<p><input type="submit" value="Sign up"></p></div></form></div></div>
<div class="footer-adv-widget footer-adv-widget-3"><div id="nav_menu-3" class="widget widget_nav_menu"><div class="menu-footer-container">
<ul id="menu-footer" class="menu">${links(tFoot2, 'menu-item')}</ul></div></div></div></div></div></div></div>
<div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap">
<div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2026 Saltmarsh Yoga | Powered by
<a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" role="dialog" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">
Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">
<p>We use cookies to keep our booking pages working and to see how visitors use the site.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="mptt-functions-js" src="/wp-content/plugins/mp-timetable/media/js/mptt-functions.min.js?ver=2.4.11"></script>
<script>var astra={"break_point":"921","isRtl":""};</script></body></html>`;
const timetable: TestPage = {
  name: 'heldout468-astra-mptt-timetable',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [at(tAfter, 0), at(tAfter, 2)],
  body: texts([...tIntro, ...tRowTexts.map(esc), at(tAfter, 1), ...tAfter.slice(3)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Main Menu', ...tNav, 'Book a Class', 'Book online', 'Find us', ...tFoot1, 'Studio newsletter',
    'Timetable changes and new workshops, once a month.', 'Email address', ...tFoot2, 'Copyright © 2026 Saltmarsh Yoga | Powered by Astra WordPress Theme',
    'Manage Cookie Consent', 'We use cookies to keep our booking pages working and to see how visitors use the site.', 'Accept', 'Deny', 'View preferences',
  ],
};

const sTitle = 'Odile Brannock';
const sDek = 'Lead teacher, Ashtanga and Mysore';
const sBio = [
  j(
    'Odile first stepped onto a mat in a church hall in Leith Marrow in 2009, hoping to fix a stiff back from years of rowing.',
    'The back improved; the rowing did not survive. She has practised Ashtanga six mornings a week ever since.',
  ),
  j(
    'She trained for four years with the late Annis Garrow and has taught the Mysore programme at Kittiwake since the studio',
    'opened. Her classes are quiet, precise and unhurried. She will give you one thing to work on and let you find the rest.',
  ),
  '“I am not interested in how far you can fold. I am interested in whether you can breathe while you are there.”',
  'Training',
  '500-hour teacher training, Greyhaven Yoga School (2014)',
  'Authorised level 1 Mysore teacher (2019)',
  'Trauma-informed teaching, 30 hours (2022)',
  'When to find her',
  j(
    'Odile leads Mysore practice from Tuesday to Friday at 6:30am and the led primary series on Sunday mornings. She also runs the',
    'six-week Introduction to Ashtanga course each spring and autumn, which is the best place to start if you are new to the method.',
  ),
];
const sNav = ['Timetable', 'Teachers', 'Pricing', 'Courses', 'Journal', 'Visit'];
const sFoot = ['Kittiwake Yoga', '3 Dockhead Lane, Leith Marrow', 'Instagram', 'Newsletter', 'Privacy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Odile Brannock &mdash; Kittiwake Yoga</title>
<meta property="og:site_name" content="Kittiwake Yoga"><meta property="og:title" content="Odile Brannock &mdash; Kittiwake Yoga">
<link rel="canonical" href="https://www.kittiwakeyoga.example/teachers/odile-brannock">
<script type="application/ld+json">{"url":"https://www.kittiwakeyoga.example","name":"Kittiwake Yoga","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","pageType":2};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-d6a7d5f3ec2f7c6fa2f0-min.en-US.css" rel="stylesheet" type="text/css">
</head><body id="collection-65f0c1a2b3" class="primary-button-style-solid tweak-global-animations-enabled header-width-full">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/pricing"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span>
<div class="sqs-announcement-bar-text-inner"><p>New to Kittiwake? Three weeks of unlimited classes for £45.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Kittiwake Yoga</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f0c1a2b3">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="65f0c1a2b4"><div class="section-border"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-65f0c1a2b5"><div class="fe-block fe-block-yui_3_17_2_1_1710">
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img src="https://images.squarespace-cdn.com/content/v1/odile.jpg" alt="Odile Brannock seated on a mat"></figure>
</div></div></div><div class="fe-block fe-block-yui_3_17_2_1_1711"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<h4 style="white-space:pre-wrap;">${sDek}</h4>
${ps(sBio.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1712"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>${at(sBio, 2).slice(1, -1)}<span>”</span></blockquote></figure></div></div></div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light"
data-section-id="65f0c1a2b6"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-65f0c1a2b7">
<div class="fe-block fe-block-yui_3_17_2_1_1713"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(sBio, 3)}</h2><ul data-rte-list="default">
${lis(sBio.slice(4, 7).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${at(sBio, 7)}</h2>${ps([at(sBio, 8)], ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1714"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left"><a href="/timetable?teacher=odile" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">See Odile's classes</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1715"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Meet the other teachers</h3></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1716"><div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="sqs-block-content">
<div class="summary-item-list">${['Tomasz Hale', 'Priya Lindqvist', 'June Abernethy']
  .map((n) => `<div class="summary-item"><div class="summary-title"><a href="/teachers/${n.split(' ')[0]?.toLowerCase()}">${n}</a></div></div>`)
  .join('\n')}</div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section"><div class="content-wrapper">
<div class="content"><div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content">${ps(sFoot.slice(0, 2))}
<p><a href="https://instagram.com/">${at(sFoot, 2)}</a> · <a href="/newsletter">${at(sFoot, 3)}</a> · <a href="/privacy">${at(sFoot, 4)}</a></p>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2" role="dialog"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to remember your preferences.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout468-squarespace-teacher',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBio, 3), at(sBio, 7)],
  body: texts([sDek, ...sBio.filter((_, i) => i !== 3 && i !== 7)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New to Kittiwake? Three weeks of unlimited classes for £45.', 'Skip to Content', 'Kittiwake Yoga', ...sNav, 'Book now',
    "See Odile's classes", 'Meet the other teachers', 'Tomasz Hale', 'Priya Lindqvist', 'June Abernethy', ...sFoot.slice(1),
    'This site uses cookies to remember your preferences.', 'Accept all', 'Decline',
  ],
};

export const HELDOUT468_A: readonly TestPage[] = [timetable, squarespace];
