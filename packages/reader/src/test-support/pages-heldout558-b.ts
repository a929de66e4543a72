import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, tr } from './pages-heldout558-kit.js';

/**
 * Held-out batch 558, file b: a music school's term timetable on WordPress with the Divi theme (et_pb sections, a table in a
 * text module) and a music school's fees page built with Elementor on the Hello theme.
 */
const dTitle = 'Summer Term 2027 Timetable';
const dIntro = [
  j(
    'Summer term runs from Monday 19 April to Saturday 17 July 2027, with half term from 31 May to 4 June. All group classes meet',
    'at the Linden Street building unless the table says otherwise.',
  ),
  'Individual lesson times are arranged with your teacher and are not listed here.',
];
const dWeek = [
  ['Monday', '4.15pm', 'Little Strings (ages 5 to 7)', 'Room 2'],
  ['Monday', '6.00pm', 'Adult Beginners Piano', 'Room 4'],
  ['Tuesday', '5.00pm', 'Junior Theory, Grades 1 to 3', 'Library'],
  ['Wednesday', '4.30pm', 'Training Choir', 'Hall'],
  ['Thursday', '6.30pm', 'Jazz Workshop', 'Hall'],
  ['Saturday', '9.30am', 'Junior Orchestra', 'St Aldric’s Church Hall'],
  ['Saturday', '11.15am', 'Musicianship for Under Sevens', 'Room 2'],
];
const dDates = [
  'Saturday 22 May: Junior Orchestra open rehearsal, families welcome',
  'Thursday 24 June: Jazz Workshop gig at the Corn Exchange bar',
  'Saturday 10 July: end of term concert, 2pm in the Hall',
];
const dNote = j(
  'If a class has to be cancelled because of teacher illness we will email all families by 2pm on the day. Missed group classes',
  'are not refunded, but places can be moved to another class with space.',
);
const dNav = ['Home', 'About Us', 'Lessons', 'Groups and Ensembles', 'Term Dates', 'Fees', 'Contact'];
const dSide = ['Enrol for September', 'Download the timetable (PDF)', 'Find a teacher'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><link rel="pingback"
href="https://lindenmusic.org.uk/xmlrpc.php">
<script type="text/javascript">document.documentElement.className = 'js';</script>
<title>Summer Term 2027 Timetable | Linden Street Music School</title><meta name="robots" content="max-image-preview:large">
<link rel='stylesheet' id='divi-style-parent-css' href='https://lindenmusic.org.uk/wp-content/themes/Divi/style-static.min.css?ver=4.24.2' type='text/css'
media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Summer Term 2027 Timetable",
"datePublished":"2027-02-14T10:02:11+00:00","dateModified":"2027-03-01T09:40:55+00:00"}]}</script>
<meta name="generator" content="Divi v.4.24.2"></head>
<body class="page-template-default page page-id-412 et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">01632 960 418</span>
<a href="mailto:office@lindenmusic.org.uk"><span id="et-info-email">office@lindenmusic.org.uk</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://lindenmusic.org.uk/"><img src="/wp-content/uploads/2024/01/linden-logo.png" width="300" height="90" alt="Linden Street Music School"
id="logo"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span
class="mobile_menu_bar mobile_menu_bar_toggle"></span>
</div></div></div></div><div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form"
action="https://lindenmusic.org.uk/"><input type="search" class="et-search-field" placeholder="Search &hellip;" name="s"></form>
<span class="et_close_search_field"></span></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-412" class="post-412 page type-page status-publish hentry"><h1 class="entry-title main_title">${dTitle}</h1>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3"><div
class="et_pb_section et_pb_section_0 et_section_regular">
<div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">${ps(dIntro)}</div></div>
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h2>Weekly group classes</h2>
<table style="border-collapse: collapse; width: 100%;"><tbody><tr><th>Day</th><th>Time</th><th>Class</th><th>Where</th></tr>
${dWeek.map((r) => tr(r)).join('\n')}</tbody></table></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h2>Dates for your diary</h2>
<ul>${lis(dDates)}</ul>${ps([dNote])}</div></div>
<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_module"><a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light"
href="https://lindenmusic.org.uk/enrol/">Enrol now</a></div>
</div></div></div></div></div></div></article></div>
<div id="sidebar"><div id="nav_menu-2" class="et_pb_widget widget_nav_menu"><h4 class="widgettitle">Quick links</h4><div class="menu-quick-links-container">
<ul id="menu-quick-links" class="menu">${links(dSide, 'menu-item')}</ul></div></div>
<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">Office hours</h4><div class="textwidget"><p>Monday to Friday, 3pm to 7pm</p>
<p>Saturday, 9am to 1pm</p></div></div></div></div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://www.facebook.com/lindenmusic" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">© 2027 Linden Street Music School. Registered charity no. 1098412</div></div></div></footer></div></div>
<script type='text/javascript' src='https://lindenmusic.org.uk/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2' id='divi-custom-script-js'></script>
</body></html>`;
const divi: TestPage = {
  name: 'heldout558-divi-school-timetable',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Weekly group classes', 'Dates for your diary'],
  body: texts([...dIntro, ...dWeek.map(row), ...dDates, dNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '01632 960 418', 'office@lindenmusic.org.uk', ...dNav, 'Select Page', 'Enrol now', 'Quick links', ...dSide, 'Office hours',
    'Monday to Friday, 3pm to 7pm', 'Saturday, 9am to 1pm', 'Facebook', '© 2027 Linden Street Music School. Registered charity no. 1098412',
  ],
};

const eTitle = 'Fees 2026–27';
const eIntro = j(
  'Our fees are set each summer by the trustees and are kept as low as we can manage. Fees pay teachers for their time',
  'and pay for rooms, music and instrument repairs.',
);
const eRows = [
  ['Individual lesson, 30 minutes', '£16.50'],
  ['Individual lesson, 45 minutes', '£24.75'],
  ['Shared lesson (two pupils), 30 minutes', '£9.00 each'],
  ['Ensemble membership, per term', '£45.00'],
  ['Instrument hire, per term', '£30.00'],
];
const eHelp = [
  j(
    'Families who receive free school meals or Universal Credit pay half fees for lessons and nothing for band and orchestra places. You do not',
    'need to show us any letters; just tick the box on the enrolment form.',
  ),
  'A second child in the same family gets ten per cent off their lesson fees.',
];
const eFaq = [
  ['When are invoices sent?', 'Invoices go out by email two weeks before each term starts and must be paid by the first week of term.'],
  ['Can I pay monthly?', 'Yes. Choose Direct Debit on the enrolment form and the term’s fees will be split into three payments.'],
];
const eNav = ['Learn', 'Ensembles', 'Fees', 'Support Us', 'News', 'Contact'];
const eFoot = ['Privacy Policy', 'Safeguarding', 'Accessibility'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>Fees 2026–27 &#8211; Harrowgate Youth Music</title><meta name="robots" content="max-image-preview:large">
<link rel='stylesheet' id='hello-elementor-css' href='https://harrowgatemusic.org/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://harrowgatemusic.org/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3'
media='all'>
<link rel='stylesheet' id='elementor-post-87-css' href='https://harrowgatemusic.org/wp-content/uploads/elementor/css/post-87.css?ver=1711' media='all'>
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-87 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-87">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3a1f e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-8c2d elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://harrowgatemusic.org"><img width="240" height="80" src="/wp-content/uploads/2023/05/hym-logo.svg"
class="attachment-full size-full" alt="Harrowgate Youth Music"></a></div></div>
<div class="elementor-element elementor-element-5e7b elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-5e7b" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-5e7b" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-element-1f9a elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div
class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/donate"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">Donate</span>
</span></a></div></div></div></div></div></div>
<main id="content" class="site-main post-87 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="87" class="elementor elementor-87" data-elementor-post-type="page">
<div class="elementor-element elementor-element-7d11 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-2b6c elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-9e30 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eIntro}</p>
<table><thead><tr><th>What</th><th>Fee</th></tr></thead><tbody>${eRows.map((r) => tr(r)).join('\n')}</tbody></table></div></div>
<div class="elementor-element elementor-element-4f8a elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Help with fees</h2></div></div>
<div class="elementor-element elementor-element-6a2e elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container">${ps(eHelp)}</div></div>
<div class="elementor-element elementor-element-c41d elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Questions about paying</h2></div></div>
<div class="elementor-element elementor-element-0b7f elementor-widget elementor-widget-toggle"><div class="elementor-widget-container"><div
class="elementor-toggle">
${eFaq
  .map(
    ([q, a], i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-${i + 1}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-${i + 1}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"></span>
<a class="elementor-toggle-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${i + 1}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region"><p>${a}</p></div></div>`,
  )
  .join('\n')}</div></div></div>
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><div class="elementor-element e-con e-parent">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Harrowgate Youth Music is a registered
charity, no. 1187300.</p></div></div><div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div></div></div></div>
<script src='https://harrowgatemusic.org/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3' id='elementor-frontend-js'></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout558-elementor-school-fees',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Help with fees', 'Questions about paying'],
  body: texts([eIntro, ...eRows.map(row), ...eHelp, ...eFaq.flat()]),
  bylines: [],
  furniture: [
    'Skip to content',
    'Learn',
    'Ensembles',
    'Support Us',
    'News',
    'Contact',
    'Donate',
    'Harrowgate Youth Music is a registered charity, no. 1187300.',
    ...eFoot,
  ],
};

export const HELDOUT558_B: readonly TestPage[] = [divi, elementor];
