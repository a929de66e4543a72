import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowText, tr } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file a: a karate club's kyu grading syllabus on WordPress (Astra theme, Elementor page builder),
 * with a CookieYes banner, a sidebar-free full-width layout and a footer widget area.
 */
const kTitle = 'Kyu Grading Syllabus';
const kIntro = [
  j(
    'This syllabus sets out what you will be asked to show at each kyu grading at Kenshinkai Karate Ashcombe, from your first',
    'orange belt to brown belt. Gradings are held four times a year, in March, June, September and December, at the Ashcombe',
    'Leisure Centre dojo.',
  ),
  j(
    'You will only be invited to grade once your instructor is happy that you are ready. Being invited is not a promise that you',
    'will pass, but in practice almost everyone who is put forward does. If you are not sure whether you should be grading, ask',
    'Sensei Harrow-Lind after class rather than on the day.',
  ),
];
const kBefore = [
  'Have a current club licence. Your licence number is checked at the desk.',
  'Bring your grading card and the fee in an envelope with your name on it.',
  'Wear a clean white gi with the club badge on the left breast. No jewellery; tape any ring you cannot remove.',
  'Arrive 30 minutes before the start for a group warm-up. Late arrivals will be asked to grade at the next session.',
];
const kTimeHead = ['Grade', 'Belt', 'Minimum training', 'Fee'];
const kTime = [
  ['9th Kyu', 'Orange', '3 months', '£25'],
  ['8th Kyu', 'Red', '3 months', '£25'],
  ['7th Kyu', 'Yellow', '3 months', '£28'],
  ['6th Kyu', 'Green', '4 months', '£28'],
  ['5th Kyu', 'Purple', '6 months', '£32'],
  ['4th Kyu', 'Brown', '6 months', '£35'],
];
const kGrades: [string, string[]][] = [
  [
    '9th Kyu – Orange belt',
    [
      '<strong>Kihon:</strong> Zenkutsu-dachi with oi-zuki, age-uke, soto-uke and gedan-barai, five steps forward and back.',
      '<strong>Kata:</strong> Taikyoku Shodan.',
      '<strong>Kumite:</strong> Gohon kumite, jodan and chudan attacks, with a clear kiai on the last counter.',
      '<strong>Knowledge:</strong> Counting from one to ten in Japanese and the meaning of rei, osu and dojo kun.',
    ],
  ],
  [
    '8th Kyu – Red belt',
    [
      '<strong>Kihon:</strong> As 9th Kyu, plus mae-geri from zenkutsu-dachi and shuto-uke in kokutsu-dachi.',
      '<strong>Kata:</strong> Heian Shodan.',
      '<strong>Kumite:</strong> Sanbon kumite, jodan and chudan, right and left side.',
      '<strong>Knowledge:</strong> The names of the stances you have used and the five lines of the dojo kun, in English.',
    ],
  ],
  [
    '7th Kyu – Yellow belt',
    [
      j(
        '<strong>Kihon:</strong> Combinations of three techniques on one step, for example age-uke, gyaku-zuki, mae-geri.',
        'Mawashi-geri and yoko-geri keage from kiba-dachi.',
      ),
      '<strong>Kata:</strong> Heian Nidan. You may be asked for Heian Shodan as well.',
      '<strong>Kumite:</strong> Kihon ippon kumite, jodan, chudan and mae-geri attacks.',
      '<strong>Knowledge:</strong> The meaning of kime and zanshin, and why each matters in kihon.',
    ],
  ],
  [
    '6th Kyu – Green belt',
    [
      '<strong>Kihon:</strong> Kizami-zuki and gyaku-zuki from a fighting stance, with footwork; ura-mawashi-geri introduced.',
      '<strong>Kata:</strong> Heian Sandan, and one earlier kata chosen by the examiner.',
      '<strong>Kumite:</strong> Kihon ippon kumite with yoko-geri kekomi and ushiro-geri attacks, both sides.',
      '<strong>Knowledge:</strong> The bunkai of the first two movements of Heian Sandan, shown with a partner.',
    ],
  ],
  [
    '5th Kyu – Purple belt',
    [
      '<strong>Kihon:</strong> Combinations of four techniques moving in three directions, as called by the examiner.',
      '<strong>Kata:</strong> Heian Yondan, with bunkai for any one sequence.',
      '<strong>Kumite:</strong> Jiyu ippon kumite, and two rounds of one minute of light, controlled free sparring.',
      '<strong>Knowledge:</strong> The history of the club and of the style, as covered in the members’ handbook.',
    ],
  ],
  [
    '4th Kyu – Brown belt',
    [
      '<strong>Kihon:</strong> The examiner’s choice from the whole kyu syllabus, at full speed and with good kime.',
      '<strong>Kata:</strong> Heian Godan, and Tekki Shodan. Both will be marked, and you must pass both.',
      '<strong>Kumite:</strong> Jiyu ippon kumite and three rounds of free sparring against different partners.',
      '<strong>Knowledge:</strong> You will be asked to take a short part of the warm-up for the lower grades.',
    ],
  ],
];
const kAfter = [
  j(
    'Results are given at the end of the grading. You may pass, pass with a provisional grade (which means you will be re-examined',
    'on one part at the next class), or be asked to grade again. A provisional grade still lets you wear the new belt.',
  ),
  j(
    'If you are not successful, your instructor will tell you which parts let you down and you can grade again at the next session',
    'without waiting the full minimum time. There is no fee for a regrade within four months.',
  ),
  j(
    'Juniors under 14 follow the same syllabus but grade on the junior afternoon, and 9th to 7th Kyu juniors may be awarded a',
    'tag (a coloured stripe) between belts. Two tags mean the next belt.',
  ),
];
const kAdapt = j(
  'If an injury or a disability makes part of the syllabus hard for you, tell us before you are invited to grade. The examiner',
  'can change kicks to other techniques, allow a chair for parts of kihon or change the kumite, and you will be marked on what you',
  'are asked to do. Nobody needs to explain their reasons in front of the class.',
);
const kHeads = ['Before you grade', 'Minimum training times', ...kGrades.map(([h]) => h), 'After the grading', 'Adjustments'];
const kNav = ['Home', 'About', 'Classes', 'Juniors', 'Gradings', 'Membership', 'Contact'];
const kFoot = ['Privacy policy', 'Safeguarding', 'Club constitution'];
const kGradeHtml = kGrades
  .map(
    ([h, items], i) => `<div class="elementor-element elementor-element-g${i}a elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">${h}</h2></div></div>
<div class="elementor-element elementor-element-g${i}b elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container"><ul>${lis(items)}</ul></div></div>`,
  )
  .join('\n');
const icon = '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>';
const kBeforeHtml = kBefore.map((t) => `<li class="elementor-icon-list-item">${icon}<span class="elementor-icon-list-text">${t}</span></li>`).join('\n');
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} – Kenshinkai Karate Ashcombe</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://kenshinkai-ashcombe.co.uk/gradings/syllabus/">
<meta property="og:type" content="article"><meta property="og:title" content="${kTitle} – Kenshinkai Karate Ashcombe">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://kenshinkai-ashcombe.co.uk/gradings/syllabus/","name":"${kTitle}","isPartOf":{"@id":"https://kenshinkai-ashcombe.co.uk/#website"},
"datePublished":"2024-01-08T10:12:44+00:00","dateModified":"2026-02-19T08:31:02+00:00"},{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Gradings"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css"
href="https://kenshinkai-ashcombe.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css"
href="https://kenshinkai-ashcombe.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.19.2" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}body,button,input{font-family:'Open
Sans',sans-serif;}.site-title{font-size:26px;}</style>
<script src="https://kenshinkai-ashcombe.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-412 page-child parent-pageid-398
wp-custom-logo ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-full-width-layout ast-page-builder-template elementor-default
elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="https://kenshinkai-ashcombe.co.uk/" class="custom-logo-link" rel="home">
<img width="120" height="60" src="https://kenshinkai-ashcombe.co.uk/wp-content/uploads/2023/11/logo.png" class="custom-logo"
alt="Kenshinkai Karate Ashcombe"></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name">
<a href="https://kenshinkai-ashcombe.co.uk/" rel="home" itemprop="url">Kenshinkai Karate Ashcombe</a></span></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1">
<div class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link" href="/contact/" target="_self">
<div class="ast-custom-button">Book a free class</div></a></div></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-header-without-markup"></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5e1f0a2 elementor-section-height-min-height
elementor-section-boxed
elementor-section-height-default" data-id="5e1f0a2" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-8c3d71e" data-id="8c3d71e" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-0b8f3d1 elementor-widget elementor-widget-heading" data-id="0b8f3d1" data-element_type="widget"
data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1></div></div>
<div class="elementor-element elementor-element-2d41c7b elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container">
<p>Orange to brown belt · Revised February 2026</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-71aa4c0 elementor-section-boxed
elementor-section-height-default" data-id="71aa4c0" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-c2a9e51" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-4be2f90 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container">
${ps(kIntro)}</div></div>
<div class="elementor-element elementor-element-a11e2c3 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${kHeads[0]}</h2></div></div>
<div class="elementor-element elementor-element-a11e2c4 elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">
<div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${kBeforeHtml}</ul></div></div>
<div class="elementor-element elementor-element-a11e2c5 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${kHeads[1]}</h2></div></div>
<div class="elementor-element elementor-element-a11e2c6 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container">
<table style="border-collapse: collapse; width: 100%;"><thead>${tr(kTimeHead, 'th')}</thead><tbody>${kTime.map((r) => tr(r)).join('\n')}</tbody>
</table></div></div>
${kGradeHtml}
<div class="elementor-element elementor-element-f00d1a elementor-widget elementor-widget-image" data-widget_type="image.default">
<div class="elementor-widget-container">
<figure class="wp-caption">
<img loading="lazy" width="800" height="533" src="https://kenshinkai-ashcombe.co.uk/wp-content/uploads/2025/12/grading-dec.jpg"
class="attachment-large size-large wp-image-988" alt="">
<figcaption class="widget-image-caption wp-caption-text">December 2025 grading at the Leisure Centre dojo</figcaption></figure></div></div>
<div class="elementor-element elementor-element-f00d1b elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${kHeads[8]}</h2></div></div>
<div class="elementor-element elementor-element-f00d1c elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container">
${ps(kAfter)}</div></div>
<div class="elementor-element elementor-element-f00d1d elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${kHeads[9]}</h2></div></div>
<div class="elementor-element elementor-element-f00d1e elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container">
<p>${kAdapt}</p></div></div>
<div class="elementor-element elementor-element-f00d1f elementor-align-center elementor-widget elementor-widget-button"
data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/2026/02/kyu-syllabus-2026.pdf">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Download the syllabus (PDF)</span></span></a></div></div></div>
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal
ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack
ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1">
<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1"
aria-label="Footer Widget 1">
<section id="text-2" class="widget widget_text"><h2 class="widget-title">Where we train</h2><div class="textwidget">
<p>Ashcombe Leisure Centre, Mill Lane, Ashcombe</p><p>Tuesday and Thursday evenings, Saturday mornings</p></div></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2">
<aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-2" aria-label="Footer Widget 2">
<section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Club</h2><nav class="menu-footer-container" aria-label="Club">
<ul id="menu-footer" class="menu">${links(kFoot, 'menu-item')}</ul></nav></section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3">
<aside class="footer-widget-area widget-area site-footer-focus-item" aria-label="Footer Widget 3">
<section id="text-4" class="widget widget_text"><div class="textwidget"><p>Affiliated to the English Karate Federation</p></div></section></aside>
</div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-footer-row-stack"
data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner">
<div class="ast-footer-copyright"><p>Copyright © 2026 Kenshinkai Karate Ashcombe | Powered by Kenshinkai Karate Ashcombe</p></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0">
<div class="cky-consent-bar" data-cky-tag="notice" style="background-color:#FFFFFF;border-color:#f4f4f4">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1"};</script>
<script src="https://kenshinkai-ashcombe.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2" id="elementor-frontend-js"></script>
</body></html>`;
const karate: TestPage = finish({
  name: 'heldout649-karate-syllabus-astra',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([
    'Orange to brown belt · Revised February 2026',
    ...kIntro,
    ...kBefore,
    ...kTime.map(rowText),
    ...kGrades.flatMap(([, items]) => items),
    ...kAfter,
    kAdapt,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kenshinkai Karate Ashcombe', ...kNav, 'Book a free class', 'December 2025 grading at the Leisure Centre dojo',
    'Download the syllabus (PDF)', 'Where we train', 'Ashcombe Leisure Centre, Mill Lane, Ashcombe', 'Tuesday and Thursday evenings, Saturday mornings',
    'Club', ...kFoot, 'Affiliated to the English Karate Federation', 'Copyright © 2026 Kenshinkai Karate Ashcombe | Powered by Kenshinkai Karate Ashcombe',
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT649_A: readonly TestPage[] = [karate];
