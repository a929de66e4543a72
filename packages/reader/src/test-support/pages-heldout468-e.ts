import { ps, type TestPage, texts } from './page-kit.js';
import { at, esc, j, lis, rowTexts } from './pages-heldout468-kit.js';

/**
 * Held-out batch 468, file e: a dance school's class timetable on an old hand-made table layout (Dreamweaver-era, font tags,
 * image menu column, hit counter), and a yoga workshop page on WordPress with the Divi theme (builder sections and blurbs).
 */
const oTitle = 'Class Timetable 2026';
const oIntro = j(
  'Classes run in term time only. New pupils are welcome to a free trial class in any of the classes below; please ring Miss',
  'Clare first so that we know to expect you. Fees are paid termly and are listed on the Fees page.',
);
const oDays: [string, string[][]][] = [
  [
    'Monday - St Aldric’s Church Hall',
    [
      ['4.00 - 4.45', 'Baby Ballet (3 - 4 yrs)', 'Miss Clare'],
      ['4.45 - 5.30', 'Primary Ballet', 'Miss Clare'],
      ['5.30 - 6.15', 'Grade 1 Tap', 'Miss Jodie'],
      ['6.15 - 7.15', 'Grade 4 Ballet', 'Miss Clare'],
    ],
  ],
  [
    'Wednesday - Pennock Vale Community Centre',
    [
      ['4.15 - 5.00', 'Jazz (7 - 10 yrs)', 'Miss Jodie'],
      ['5.00 - 6.00', 'Grade 3 Tap', 'Miss Jodie'],
      ['6.00 - 7.00', 'Modern (11 yrs +)', 'Miss Jodie'],
    ],
  ],
  [
    'Saturday - St Aldric’s Church Hall',
    [
      ['9.00 - 9.45', 'Pre-Primary Ballet', 'Miss Clare'],
      ['9.45 - 10.45', 'Grade 2 Ballet', 'Miss Clare'],
      ['10.45 - 11.45', 'Musical Theatre', 'Miss Clare and Miss Jodie'],
      ['12.00 - 1.00', 'Adult Tap & Stretch', 'Miss Jodie'],
    ],
  ],
];
const oNotes = [
  'Please note',
  'Hair must be tied back in a bun for all ballet classes.',
  'Parents are asked to wait in the foyer and not in the hall during class.',
  'Class times may change in the autumn when the new exam groups are set.',
];
const oNav = ['Home', 'About Miss Clare', 'Timetable', 'Fees', 'Exams & Shows', 'Uniform', 'Gallery', 'Contact Us'];
const oTr = (r: string[], i: number): string =>
  `<tr bgcolor="${i % 2 === 0 ? '#FFF5F8' : '#FFFFFF'}">${r.map((c) => `<td class="bodytext" valign="top">${esc(c)}</td>`).join('')}</tr>`;
const oTables = oDays.map(
  ([d, rows]) => `<h3><font face="Georgia, Times New Roman, serif" color="#993366">${esc(d)}</font></h3>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#E8B4C8">
<tr bgcolor="#993366"><td class="tablehead"><b><font color="#FFFFFF">Time</font></b></td><td class="tablehead"><b><font color="#FFFFFF">Class</font></b></td>
<td class="tablehead"><b><font color="#FFFFFF">Teacher</font></b></td></tr>
${rows.map(oTr).join('\n')}
</table><br>`,
);
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Pennock Vale School of Dance - Timetable</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="dance school, ballet, tap, jazz, Pennock Vale, dance classes, children"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//-->
</script></head>
<body bgcolor="#F3E6EC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="140" alt="Pennock Vale School of Dance - Est. 1994"></td></tr>
<tr><td colspan="2" bgcolor="#993366" height="24" align="center"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF">
<b>Summer term starts Monday 20th April - new pupils welcome!</b></font></marquee></td></tr>
<tr><td width="170" valign="top" bgcolor="#F9EEF2"><table width="170" border="0" cellspacing="0" cellpadding="6">
${oNav.map((n) => `<tr><td class="navlink"><a href="${n.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${esc(n)}</a></td></tr>`).join('\n')}
<tr><td><br><img src="images/istd_logo.gif" width="120" height="60" alt="ISTD"><br><font size="1">Registered teachers with the ISTD</font></td></tr>
</table></td>
<td width="610" valign="top" class="bodytext"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<h1><font face="Georgia, Times New Roman, serif" color="#993366">${oTitle}</font></h1>
<p class="bodytext">${oIntro}</p>
${oTables.join('\n')}
<p class="bodytext"><b>${oNotes[0]}:</b></p>
<ul>${lis(oNotes.slice(1))}</ul>
<p align="center"><a href="#top"><font size="1">Back to top</font></a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#993366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Pennock Vale School of Dance &middot;
Tel: 01632 960 277 &middot; <a href="mailto:missclare@pennockvaledance.example"><font color="#FFFFFF">Email Miss Clare</font></a><br>
&copy; Pennock Vale School of Dance 2003-2026<br>Page last updated 12/01/2026</font></td></tr>
<tr><td colspan="2" align="center"><font size="1">You are visitor number <img src="http://counter.example/digits.gif?id=pvsd" alt="048213"></font></td></tr>
</table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout468-table-layout-dance-timetable',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oDays.map(([d]) => d),
  body: texts([oIntro, ...oDays.flatMap(([, rows]) => rowTexts(rows)), `${at(oNotes, 0)}:`, ...oNotes.slice(1)]),
  bylines: ['Page last updated 12/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summer term starts Monday 20th April - new pupils welcome!', ...oNav, 'Registered teachers with the ISTD', 'Back to top',
    'Pennock Vale School of Dance · Tel: 01632 960 277 · Email Miss Clare', '© Pennock Vale School of Dance 2003-2026', 'You are visitor number',
  ],
};

const dTitle = 'Arm Balances and Inversions';
const dDek = 'A two-day workshop with Ravi Pellacott';
const dFacts = ['Saturday 26 and Sunday 27 September 2026', '10:00 to 13:00 and 14:30 to 16:30', 'Both days £150, one day £85 (members £130, £75)'];
const dIntro = [
  j(
    'Crow, side crow, headstand, forearm stand and the first steps towards handstand. Over two days Ravi breaks each shape into',
    'the strength, the shoulder position and the courage it needs, and gives you drills you can take home and practise on your own.',
  ),
  j(
    'There is no pressure to go upside down. Every inversion has a wall version and a preparation, and the afternoons are slower,',
    'with time for questions, partner work and a long final relaxation.',
  ),
];
const dBlurbs: [string, string][] = [
  ['Who is it for?', 'Students with at least six months of regular practice who can hold a plank for thirty seconds.'],
  ['What to bring', 'Your own mat if you have one, water, and a notebook. Blocks, bolsters and straps are provided.'],
  ['Your teacher', 'Ravi has taught at Sunhollow since 2018 and spent ten years as a circus acrobat before he came to yoga.'],
];
const dAfter = j(
  'Places are limited to 20 so that Ravi can see and help everyone. If the workshop is full, email us and we will add you to the',
  'waiting list; places usually come up in the last week.',
);
const dNav = ['Home', 'Timetable', 'Workshops', 'Teacher Training', 'Memberships', 'Contact'];
const dQuote = ['I finally got into crow after three years of trying. Ravi explains things in a way that just clicks.', 'Helen, workshop 2025'];
const dText = (n: number, inner: string): string => `<div class="et_pb_module et_pb_text et_pb_text_${n} et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner">${inner}</div></div>`;
const dRow = (n: number, inner: string): string => `<div class="et_pb_row et_pb_row_${n}">${inner}</div>`;
const dBlurb = ([h, t]: [string, string], n: number): string => `<div class="et_pb_column et_pb_column_1_3 et_pb_column_${n + 3}">
<div class="et_pb_module et_pb_blurb et_pb_blurb_${n} et_pb_text_align_left et_pb_blurb_position_top et_pb_bg_layout_light"><div class="et_pb_blurb_content">
<div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe08a;</span></span></div>
<div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>${h}</span></h4><div class="et_pb_blurb_description"><p>${t}</p></div></div>
</div></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="https://sunhollowyoga.example/xmlrpc.php">
<script type="text/javascript">document.documentElement.className = 'js';</script><title>Arm Balances and Inversions Workshop | Sunhollow Yoga</title>
<link rel="stylesheet" id="divi-style-parent-css" href="https://sunhollowyoga.example/wp-content/themes/Divi/style-static.min.css?ver=4.25.1" type="text/css">
<style id="et-builder-module-design-32-cached-inline-styles">.et_pb_section_0.et_pb_section{background-color:#f4ede4!important}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${dTitle}","startDate":"2026-09-26T10:00"}</script></head>
<body class="page-template-default page page-id-32 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_pb_pagebuilder_layout
et_no_sidebar et_divi_theme et-db"><div id="page-container"><div id="et-boc" class="et-boc">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">01632 960 512</span>
<a href="mailto:namaste@sunhollowyoga.example"><span id="et-info-email">namaste@sunhollowyoga.example</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://sunhollowyoga.example/"><img src="/wp-content/uploads/2023/05/sunhollow-logo.png" width="210" height="64" alt="Sunhollow Yoga" id="logo"
data-height-percentage="54"></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${dNav.map((n, i) => `<li id="menu-item-${40 + i}" class="menu-item menu-item-type-post_type"><a href="/${n.toLowerCase()}/">${n}</a></li>`).join('')}
</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container">
<form role="search" method="get" class="et-search-form" action="https://sunhollowyoga.example/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s" title="Search for:"></form><span class="et_close_search_field">
</span></div></div>
</header><div id="et-main-area"><div id="main-content"><article id="post-32" class="post-32 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular">${dRow(
  0,
  `<div class="et_pb_column et_pb_column_4_4 et_pb_column_0">
${dText(0, `<h1>${dTitle}</h1><h3>${dDek}</h3>`)}
${dText(1, `<ul>${lis(dFacts.map((f) => f.replace('£', '&pound;')))}</ul>`)}
<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_left et_pb_module">
<a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light"
href="https://sunhollowyoga.example/book/arm-balances/">Book your place</a></div></div>`,
)}</div>
<div class="et_pb_section et_pb_section_1 et_section_regular">${dRow(
  1,
  `<div class="et_pb_column et_pb_column_4_4 et_pb_column_1">
${dText(2, ps(dIntro))}</div>`,
)}
${dRow(2, dBlurbs.map(dBlurb).join('\n'))}
${dRow(3, `<div class="et_pb_column et_pb_column_4_4 et_pb_column_6">${dText(3, ps([dAfter]))}</div>`)}</div>
<div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular">${dRow(
  4,
  `<div class="et_pb_column et_pb_column_4_4 et_pb_column_7">
<div class="et_pb_module et_pb_testimonial et_pb_testimonial_0 clearfix et_pb_text_align_left et_pb_bg_layout_dark"><div class="et_pb_testimonial_description">
<div class="et_pb_testimonial_description_inner"><div class="et_pb_testimonial_content"><p>${dQuote[0]}</p></div></div>
<span class="et_pb_testimonial_author">${dQuote[1]}</span></div></div></div>`,
)}</div>
</div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">
<div id="text-3" class="fwidget et_pb_widget widget_text">
<h4 class="title">Visit us</h4><div class="textwidget"><p>Unit 4, The Old Tannery, Sunhollow Lane, Brackwater</p></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://facebook.com/" class="icon"><span>Facebook</span></a></li><li class="et-social-icon et-social-instagram">
<a href="https://instagram.com/" class="icon">
<span>Instagram</span></a></li></ul>
<div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a>
| Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div></div>
<script type="text/javascript" id="divi-custom-script-js-extra">var DIVI = {"item_count":"%d Item","items_count":"%d Items"};</script>
<script type="text/javascript" src="https://sunhollowyoga.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1" id="divi-custom-script-js"></script>
</body></html>`;
const divi: TestPage = {
  name: 'heldout468-divi-workshop',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dBlurbs.map(([h]) => h),
  body: texts([dDek, ...dFacts, ...dIntro, ...dBlurbs.map(([, t]) => t), dAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '01632 960 512', 'namaste@sunhollowyoga.example', ...dNav, 'Select Page', 'Book your place', ...dQuote, 'Visit us',
    'Unit 4, The Old Tannery, Sunhollow Lane, Brackwater', 'Facebook', 'Instagram', 'Designed by Elegant Themes | Powered by WordPress',
  ],
};

export const HELDOUT468_E: readonly TestPage[] = [oldTable, divi];
