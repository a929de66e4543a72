import { links, ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file b2: a mosque's community news post on a WordPress site built with Elementor Pro (the header with
 * a Masjidal prayer-times strip and the "Donate" button, the post-info list with date, author and category, the featured
 * image caption, Elementor share buttons, a LaunchGood donation call-out inside the post content, the post navigation, a
 * sidebar with today's prayer times and upcoming events, the newsletter form and the footer).
 */
const mqTitle = 'Community Iftar Brings 600 Neighbours to Al-Noor Centre';
const mqP1 = [
  'More than 600 people filled the main hall and the car park marquee at Al-Noor Islamic Centre on Saturday evening for our annual ' +
    'open community iftar, the largest since the centre opened its doors in 2009.',
  'Guests included families from the mosque, residents of Kelbrook Street, members of three local churches and the Eastfield ' +
    'synagogue, staff from the Riverside fire station, and the deputy mayor, Councillor Joan Pryce.',
  'As sunset approached, Imam Yusuf Rahman welcomed everyone and explained the meaning of breaking the fast with dates and water. ' +
    'The call to prayer was followed by a short maghrib prayer, which many guests watched from the back of the hall, before dinner ' +
    'was served.',
];
const mqH1 = 'A meal cooked by volunteers';
const mqP2 = [
  'The food was prepared over two days by 45 volunteers, led by Sister Amina Choudhury and the sisters’ committee. The menu ' +
    'included lamb biryani, chickpea curry, Somali sambusa and a vegetarian option for guests who asked for one.',
  '“We started peeling onions on Thursday night,” said Sister Amina. “By Saturday afternoon my kitchen smelled like my ' +
    'grandmother’s house. That is the point. We want people to feel they have eaten at a family table.”',
  'Students from the centre’s weekend school served the tables and ran a children’s corner with henna and colouring sheets about ' + 'the lunar calendar.',
];
const mqH2 = 'Questions and answers';
const mqP3 = [
  'After dinner, guests were invited to a question-and-answer session with the imam and two young members of the mosque. Questions ' +
    'ranged from how children fast to why the date of Eid changes each year.',
  'Councillor Pryce thanked the centre for its work during last winter’s flooding, when the building was opened as a rest centre ' +
    'for displaced families. “This is what a neighbourhood looks like when it works,” she said.',
];
const mqH3 = 'Thank you';
const mqP4 = [
  'The iftar was free for all guests and was funded by donations from the congregation and a grant from the Eastfield Community ' +
    'Trust. Leftover food was taken to the Kelbrook night shelter on Sunday morning.',
  'The centre’s doors remain open every evening this Ramadan. Anyone who would like to join us for iftar is welcome; please let the ' +
    'office know by midday so that the kitchen can plan.',
];
const mqPrayer = ['Fajr', '5:02 AM', 'Dhuhr', '1:15 PM', 'Asr', '4:48 PM', 'Maghrib', '7:21 PM', 'Isha', '8:45 PM', 'Jumu’ah', '1:30 PM'];
const mqNav = ['Home', 'About', 'Prayer Times', 'Services', 'Education', 'News', 'Contact'];
const mqCaption = 'Guests break their fast together in the main hall. Photo: Bilal Hassan';
const mqShare = ['Share on facebook', 'Share on whatsapp', 'Share on email'];
const mqCall = ['Ramadan Appeal 2025', 'Help us feed 3,000 people this Ramadan.', 'Donate via LaunchGood'];
const mqNavPosts = ['Previous', 'Ramadan Timetable 2025 Now Available', 'Next', 'Eid al-Fitr Prayer Arrangements'];
const mqSide = ['Today’s Prayer Times', 'Begins', 'Iqamah', 'Upcoming Events'];
const mqEvents = ['Tarawih with Qari Ahmed Saleh', 'Sisters’ Quran Circle', 'Eid Fun Day for Families'];
const mqNews = ['Subscribe to our newsletter', 'Email', 'Subscribe'];
const mqFoot = ['Al-Noor Islamic Centre', '71 Kelbrook Street, Eastfield', 'Registered Charity No. 1127745', 'Privacy Policy', 'Safeguarding', 'Volunteer'];
const mqWidget = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}"
data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const mqHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Community Iftar Brings 600 Neighbours to Al-Noor Centre - Al-Noor Islamic Centre</title>
<meta property="og:type" content="article"><meta property="og:title" content="${mqTitle}"><meta property="article:published_time"
content="2025-03-17T10:05:44+00:00">
<meta name="generator" content="Elementor 3.27.6; features: e_font_icon_svg; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css"
href="https://alnoorcentre.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${mqTitle}",
"datePublished":"2025-03-17T10:05:44+00:00",
"author":{"@type":"Person","name":"Farah Siddiqui"},"publisher":{"@type":"Organization","name":"Al-Noor Islamic Centre"}}]}</script>
<script src="https://masjidal.example/widget/v2/timings.js?masjid_id=AL7nW" async></script></head>
<body class="post-template-default single single-post postid-3107 elementor-default elementor-template-full-width elementor-kit-6 elementor-page-3098">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element elementor-element-3c1f e-flex e-con-boxed e-con e-parent prayer-strip" data-element_type="container"><div class="e-con-inner">
${mqWidget(
  '9a2e',
  'html',
  `<div class="masjidal-strip">${mqPrayer
    .slice(0, 10)
    .map((t, i) => (i % 2 === 0 ? `<span class="p-name">${t}</span>` : `<span class="p-time">${t}</span>`))
    .join(' ')}</div>`,
)}
</div></div>
<div class="elementor-element elementor-element-51d0 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${mqWidget(
  '1b7c',
  'theme-site-logo',
  `<a href="https://alnoorcentre.example"><img width="240" height="80"
src="https://alnoorcentre.example/wp-content/uploads/2023/05/al-noor-logo.png" alt="Al-Noor Islamic Centre"></a>`,
)}
${mqWidget(
  '2f4a',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-2f4a" class="elementor-nav-menu">${links(mqNav, 'menu-item')}</ul></nav><div class="elementor-menu-toggle" role="button"
tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-2f4a"
class="elementor-nav-menu">${links(mqNav, 'menu-item')}</ul></nav>`,
)}
${mqWidget(
  '7e19',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="/donate/"><span class="elementor-button-text">Donate</span></a></div>`,
)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="3098"
class="elementor elementor-3098 elementor-location-single post-3107 post type-post status-publish category-community-news">
<div class="elementor-element elementor-element-44aa e-con-full e-flex e-con e-parent" data-element_type="container">
<div class="elementor-element elementor-element-a1b2 e-con-full e-flex e-con e-child" data-element_type="container">
${mqWidget('c0d1', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${mqTitle}</h1>`)}
${mqWidget(
  'c0d2',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="datePublished"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>March 17, 2025</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="author"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Farah Siddiqui</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3 elementor-inline-item" itemprop="about"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">
<span class="elementor-post-info__terms-list"><a href="/category/community-news/"
class="elementor-post-info__terms-list-item">Community News</a></span></span></li></ul>`,
)}
${mqWidget(
  'c0d3',
  'theme-post-featured-image',
  `<figure class="wp-caption"><img width="1024" height="640" src="https://alnoorcentre.example/wp-content/uploads/2025/03/iftar-hall.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">${mqCaption}</figcaption></figure>`,
)}
${mqWidget(
  'c0d4',
  'theme-post-content',
  `${ps(mqP1)}
<h2 class="wp-block-heading">${mqH1}</h2>
${ps(mqP2)}
<div class="wp-block-group is-style-callout has-background"><h3 class="wp-block-heading">${mqCall[0]}</h3><p>${mqCall[1]}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link"
href="https://www.launchgood.example/alnoor-ramadan-2025">${mqCall[2]}</a></div></div></div>
<h2 class="wp-block-heading">${mqH2}</h2>
${ps(mqP3)}
<h2 class="wp-block-heading">${mqH3}</h2>
${ps(mqP4)}`,
)}
${mqWidget(
  'c0d5',
  'share-buttons',
  `<div class="elementor-grid">${mqShare
    .map(
      (t) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${t.split(' ')[2]}" role="button" tabindex="0"
aria-label="${t}">
<span class="elementor-share-btn__icon"><span class="elementor-screen-only">${t}</span></span></div></div>`,
    )
    .join('\n')}</div>`,
)}
${mqWidget(
  'c0d6',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a
href="/ramadan-timetable-2025/" rel="prev">
<span class="post-navigation__prev--label">${mqNavPosts[0]}</span><span class="post-navigation__prev--title">${mqNavPosts[1]}</span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/eid-al-fitr-prayer-arrangements/" rel="next"><span
class="post-navigation__next--label">${mqNavPosts[2]}</span>
<span class="post-navigation__next--title">${mqNavPosts[3]}</span></a></div></div>`,
)}
</div>
<div class="elementor-element elementor-element-a1b3 e-con-full e-flex e-con e-child sidebar" data-element_type="container">
${mqWidget('d0e1', 'heading', `<h4 class="elementor-heading-title elementor-size-default">${mqSide[0]}</h4>`)}
${mqWidget(
  'd0e2',
  'html',
  `<table class="masjidal-daily"><thead><tr><th></th><th>${mqSide[1]}</th><th>${mqSide[2]}</th></tr></thead><tbody>
<tr><td>Fajr</td><td>5:02 AM</td><td>5:30 AM</td></tr><tr><td>Dhuhr</td><td>1:15 PM</td><td>1:30 PM</td></tr><tr><td>Asr</td><td>4:48 PM</td><td>5:15 PM</td>
</tr>
<tr><td>Maghrib</td><td>7:21 PM</td><td>7:26 PM</td></tr><tr><td>Isha</td><td>8:45 PM</td><td>9:15 PM</td></tr><tr><td>${mqPrayer[10]}</td><td
colspan="2">${mqPrayer[11]}</td></tr></tbody></table>`,
)}
${mqWidget('d0e3', 'heading', `<h4 class="elementor-heading-title elementor-size-default">${mqSide[3]}</h4>`)}
${mqWidget('d0e4', 'icon-list', `<ul class="elementor-icon-list-items">${links(mqEvents, 'elementor-icon-list-item')}</ul>`)}
${mqWidget(
  'd0e5',
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><h5>${mqNews[0]}</h5><div
class="elementor-field-group elementor-column elementor-field-type-email">
<label for="form-field-email" class="elementor-field-label elementor-screen-only">${mqNews[1]}</label><input size="1" type="email"
name="form_fields[email]" id="form-field-email" placeholder="Email"></div>
<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">${mqNews[2]}</span></button></form>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="92" class="elementor elementor-92 elementor-location-footer"><div
class="elementor-element elementor-element-f00d e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${mqWidget('f1', 'text-editor', `<p><strong>${mqFoot[0]}</strong><br>${mqFoot[1]}<br>${mqFoot[2]}</p>`)}
${mqWidget('f2', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(mqFoot.slice(3), 'menu-item')}</ul></nav>`)}
${mqWidget('f3', 'text-editor', '<p>© 2025 Al-Noor Islamic Centre. All rights reserved.</p>')}</div></div></div>
<script src="https://alnoorcentre.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4" id="elementor-pro-frontend-js"></script>
<script>var ElementorProFrontendConfig={"ajaxurl":"https://alnoorcentre.example/wp-admin/admin-ajax.php",
"shareButtonsNetworks":{"facebook":{"title":"Facebook"}}};</script></body></html>`;
export const mosqueNews: TestPage = {
  html: mqHtml,
  name: 'heldout220-elementor-mosque-news',
  kind: 'news',
  // the Ramadan appeal call-out inside the post content is furniture; prayer-time strips and tables, share buttons, post
  // navigation, sidebar, newsletter and footer are furniture; the date and author of the post-info list are bylines
  title: mqTitle,
  headings: [mqH1, mqH2, mqH3],
  body: [...texts(mqP1), ...mqP2, ...mqP3, ...mqP4],
  bylines: ['March 17, 2025', 'Farah Siddiqui'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    'Skip to content', ...mqPrayer, ...mqNav, 'Donate', 'Community News', mqCaption, ...mqShare, ...mqCall, ...mqNavPosts, ...mqSide, '5:30 AM', '1:30 PM',
    '5:15 PM', '7:26 PM', '9:15 PM', ...mqEvents, ...mqNews, ...mqFoot, '© 2025 Al-Noor Islamic Centre. All rights reserved.',
  ]),
};
