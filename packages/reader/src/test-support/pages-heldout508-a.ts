import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis, rowText, tr } from './pages-heldout508-kit.js';

/**
 * Held-out batch 508, file a: a boxing club's class timetable on WordPress (Divi theme, a TablePress table, a CookieYes
 * banner) and a karate dojo's grading syllabus on Squarespace 7.1.
 */
const dTitle = 'Class Timetable';
const dIntro = [
  j(
    'All classes run at our gym on Tannery Lane, Hollowford. Members can drop into any class on the timetable at their level.',
    'If you have never boxed before, start with a Fundamentals class: you do not need to book, just turn up ten minutes early.',
  ),
];
const dHead = ['Day', 'Time', 'Class', 'Coach'];
const dRows = [
  ['Monday', '6:30am', 'Boxing Fitness', 'Dale'],
  ['Monday', '6:00pm', 'Fundamentals', 'Priya'],
  ['Monday', '7:15pm', 'Technical Sparring (invite)', 'Dale'],
  ['Tuesday', '5:00pm', 'Junior Boxing (10-15)', 'Priya'],
  ['Tuesday', '6:30pm', 'Intermediate', 'Curtis'],
  ['Wednesday', '12:15pm', 'Lunchtime Pads', 'Curtis'],
  ['Wednesday', '6:00pm', 'Fundamentals', 'Priya'],
  ['Thursday', '5:00pm', 'Junior Boxing (10-15)', 'Priya'],
  ['Thursday', '6:30pm', 'Competition Squad', 'Dale'],
  ['Friday', '6:30am', 'Boxing Fitness', 'Curtis'],
  ['Saturday', '9:30am', 'Women-only Boxing', 'Priya'],
  ['Saturday', '11:00am', 'Open Gym', 'All coaches'],
];
const dNotes = [
  'Before your first class',
  'Bring hand wraps and a water bottle. Gloves are available to borrow for your first four sessions.',
  'Wear trainers with flat soles; no running spikes or boots on the canvas.',
  'Fill in the health questionnaire at the front desk or online before you train.',
  'Bank holidays',
  j(
    'On bank holidays only the Open Gym session runs, from 10:00am to 12:00pm. Changes for Christmas and New Year are posted',
    'on our Facebook page at the start of December.',
  ),
];
const dNav = ['Home', 'Classes', 'Timetable', 'Prices', 'Coaches', 'Juniors', 'Contact'];
const dFoot = ['Privacy Policy', 'Safeguarding', 'Club Constitution'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Class Timetable | Tannery Lane Boxing Club</title>
<meta name="description" content="Weekly boxing class timetable at Tannery Lane Boxing Club, Hollowford.">
<link rel="stylesheet" id="divi-style-parent-css" href="https://tannerylaneboxing.co.uk/wp-content/themes/Divi/style-static.min.css?ver=4.24.2" media="all">
<link rel="stylesheet" id="tablepress-default-css" href="https://tannerylaneboxing.co.uk/wp-content/plugins/tablepress/css/build/default.css?ver=2.2.4"
media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Class Timetable | Tannery Lane Boxing Club","datePublished":"2024-01-08T10:12:44+00:00",
"dateModified":"2027-03-03T18:40:02+00:00"},{"@type":"SportsClub","name":"Tannery Lane Boxing Club"}]}</script>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/4f1c2b/script.js"></script>
<style id="divi-style-inline-inline-css">.et_pb_section_0.et_pb_section{padding-top:40px}.et_pb_text_1 h2{font-size:26px}</style></head>
<body class="page-template-default page page-id-214 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_divi_theme et-db">
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to count visits and to show our Facebook feed. You can choose which cookies we use.</p>
</div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info">
<span id="et-info-phone">01632 960 481</span><a href="mailto:hello@tannerylaneboxing.co.uk"><span id="et-info-email">hello@tannerylaneboxing.co.uk</span></a>
</div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://tannerylaneboxing.co.uk/"><img src="/wp-content/uploads/2024/01/tlbc-logo.png" alt="Tannery Lane Boxing Club" id="logo"></a></div>
<div id="et-top-navigation" data-height="66"><nav id="top-menu-nav"><ul id="top-menu" class="nav">${links(dNav, 'menu-item menu-item-type-post_type')}</ul>
</nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle">
</span></div></div>
<div id="et_top_search"><span id="et_search_icon"></span></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container">
<form role="search" method="get" class="et-search-form" action="https://tannerylaneboxing.co.uk/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s" title="Search for:"></form><span class="et_close_search_field"></span></div>
</div></header>
<div id="et-main-area"><div id="main-content"><article id="post-214" class="post-214 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_dark">
<div class="et_pb_text_inner"><h1>${dTitle}</h1><p><em>Timetable updated 3 March 2027</em></p></div></div></div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_1 et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">${ps(dIntro)}</div></div>
<div class="et_pb_module et_pb_code et_pb_code_0"><div class="et_pb_code_inner">
<table id="tablepress-3" class="tablepress tablepress-id-3"><thead>
<tr class="row-1">${dHead.map((h, i) => `<th class="column-${i + 1}">${h}</th>`).join('')}</tr></thead>
<tbody class="row-striping row-hover">
${dRows.map((r) => tr(r)).join('\n')}
</tbody></table></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<h2>${dNotes[0]}</h2><ul>${lis(dNotes.slice(1, 4))}</ul><h2>${dNotes[4]}</h2>${ps([dNotes[5] ?? ''])}</div></div>
<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_center et_pb_module">
<a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light" href="/prices/">See membership prices</a></div>
</div></div></div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">
<div id="text-2" class="fwidget et_pb_widget widget_text">
<h4 class="title">Find us</h4><div class="textwidget"><p>Unit 4, Tannery Lane, Hollowford HF3 2QT</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Club</h4>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(dFoot, 'menu-item')}</ul></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://www.facebook.com/tannerylaneboxing" class="icon"><span>Facebook</span></a></li><li class="et-social-icon et-social-instagram">
<a href="https://www.instagram.com/tannerylaneboxing" class="icon"><span>Instagram</span></a></li></ul>
<div id="footer-info">© 2027 Tannery Lane Boxing Club · Affiliated to the Northern Amateur Boxing Association</div></div></div></footer></div></div>
<script type="text/javascript" src="https://tannerylaneboxing.co.uk/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2" id="divi-custom-script-js"></script>
</body></html>`;
const divi: TestPage = gold({
  name: 'heldout508-divi-boxing-timetable',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dNotes[0] ?? '', dNotes[4] ?? ''],
  body: texts([...dIntro, ...dRows.map(rowText), ...dNotes.slice(1, 4), dNotes[5] ?? '']),
  bylines: ['Timetable updated 3 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', 'We use cookies to count visits and to show our Facebook feed. You can choose which cookies we use.', 'Customise',
    'Reject All', 'Accept All', '01632 960 481', 'hello@tannerylaneboxing.co.uk', ...dNav, 'Select Page', 'See membership prices', 'Find us',
    'Unit 4, Tannery Lane, Hollowford HF3 2QT', 'Club', ...dFoot, 'Facebook', 'Instagram',
    '© 2027 Tannery Lane Boxing Club · Affiliated to the Northern Amateur Boxing Association',
  ],
});

const sTitle = 'Kyu Grading Syllabus';
const sIntro = [
  j(
    'This syllabus sets out what you will be asked to show at each kyu grading at Shirozawa Karate Kai. Gradings are held four',
    'times a year, and you need the minimum number of lessons listed for your grade before your instructor will put you forward.',
  ),
  j(
    'Each grade builds on the last: at every grading you may be asked to show anything from the grades below your own, so keep',
    'practising your earlier kata. Counting in Japanese is expected from 7th kyu onwards.',
  ),
];
const sGrades: { h: string; note: string; items: string[] }[] = [
  {
    h: '9th kyu (red belt)',
    note: 'Minimum 16 lessons since starting.',
    items: ['Kihon: oi-zuki, gedan-barai, age-uke, mae-geri from zenkutsu-dachi', 'Kata: Taikyoku Shodan', 'Kumite: gohon kumite, jodan and chudan'],
  },
  {
    h: '8th kyu (yellow belt)',
    note: 'Minimum 20 lessons since 9th kyu.',
    items: [
      'Kihon: soto-uke, uchi-uke and shuto-uke stepping back, with gyaku-zuki',
      'Kata: Heian Shodan',
      'Kumite: sanbon kumite, jodan, chudan and mae-geri',
    ],
  },
  {
    h: '7th kyu (orange belt)',
    note: 'Minimum 24 lessons since 8th kyu.',
    items: [
      'Kihon: combinations of three techniques called by the examiner; yoko-geri keage in kiba-dachi',
      'Kata: Heian Nidan',
      'Kumite: kihon ippon kumite, five attacks each side',
      'Counting from one to ten in Japanese',
    ],
  },
  {
    h: '6th kyu (green belt)',
    note: 'Minimum 30 lessons since 7th kyu, and at least one club competition or squad session.',
    items: [
      'Kihon: mawashi-geri, yoko-geri kekomi, and the 7th kyu combinations at speed',
      'Kata: Heian Sandan, plus one earlier kata chosen by the examiner',
      'Kumite: kihon ippon kumite with counter-attack on both sides',
      'Bunkai: the first four moves of Heian Nidan with a partner',
    ],
  },
  {
    h: '5th kyu (purple belt)',
    note: 'Minimum 36 lessons since 6th kyu.',
    items: [
      'Kihon: ushiro-geri, kizami-zuki into gyaku-zuki, turning combinations',
      'Kata: Heian Yondan',
      'Kumite: jiyu ippon kumite, attacker announces the target',
      'Short written answer on the dojo kun',
    ],
  },
];
const sAfter = [
  'On the day',
  j(
    'Arrive thirty minutes before your grading starts, with a clean gi, your licence book and the grading fee of £25 (juniors £18).',
    'Jewellery must be removed and long hair tied back. Parents may watch from the gallery but not from the side of the mats.',
  ),
  j(
    'Results are given at the end of the session. If you are asked to regrade, your instructor will tell you which parts to work on',
    'and you may try again at the next grading without paying a second fee.',
  ),
];
const sNav = ['About', 'Classes', 'Syllabus', 'Instructors', 'Book a Trial'];
const sFoot = ['Terms', 'Privacy', 'Safeguarding Policy'];
const sGradeHtml = sGrades
  .map(
    (g) =>
      `<h2>${g.h}</h2><p class="" style="white-space:pre-wrap;"><strong>${g.note}</strong></p>
<ul data-rte-list="default">${lis(g.items.map((i) => `<p class="" style="white-space:pre-wrap;">${i}</p>`))}</ul>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Kyu Grading Syllabus — Shirozawa Karate Kai</title><link rel="canonical" href="https://www.shirozawakarate.co.uk/syllabus">
<meta property="og:site_name" content="Shirozawa Karate Kai"><meta property="og:title" content="Kyu Grading Syllabus — Shirozawa Karate Kai">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Shirozawa Karate Kai","cookieBannerEnabled":true}};</script>
<script type="application/ld+json">{"url":"https://www.shirozawakarate.co.uk","name":"Shirozawa Karate Kai","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63e0a1/48/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63e0a1f4c9"
class="primary-button-style-solid header-width-full tweak-transparent-header view-list collection-type-page collection-layout-default">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience and to understand how visitors use it.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Shirozawa Karate Kai</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items">
<button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
</button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63e0a1f4c9a1">
<section data-test="page-section" data-section-theme="dark"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center
vertical-alignment--middle dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63e0a1f4c9b2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1675600001_2201">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">Syllabus effective from 1 January 2027</p></div></div></div></div></div></div></div>
</div></section>
<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--narrow white">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63e0a1f4c9b3">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1675600001_3302">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
${sGradeHtml}
<h2>${sAfter[0]}</h2>${ps(sAfter.slice(1), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1675600001_4403"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/s/SKK-kyu-syllabus-2027.pdf"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download the syllabus (PDF)</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Shirozawa Karate Kai</h3>
<p style="white-space:pre-wrap;">St Aldwyn's Church Hall, Brackley Road, Whitmere</p>
<p style="white-space:pre-wrap;">Member of the English Shotokan Federation</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">${sFoot.map((f) => `<a href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a>`).join(' · ')}</p></div></div></div></div></div>
</div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout508-squarespace-karate-syllabus',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sGrades.map((g) => g.h), sAfter[0] ?? ''],
  body: texts([...sIntro, ...sGrades.flatMap((g) => [g.note, ...g.items]), ...sAfter.slice(1)]),
  bylines: ['Syllabus effective from 1 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to improve your experience and to understand how visitors use it.', 'Decline', 'Accept', 'Skip to Content',
    'Shirozawa Karate Kai', ...sNav, 'Download the syllabus (PDF)',
    "St Aldwyn's Church Hall, Brackley Road, Whitmere", 'Member of the English Shotokan Federation', ...sFoot,
  ],
});

export const HELDOUT508_A: readonly TestPage[] = [divi, squarespace];
