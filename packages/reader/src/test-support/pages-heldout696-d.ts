import { links, ps, type TestPage, texts } from './page-kit.js';
import { fact, j, lis, row, tr } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file d: a keelboat course page from a Webflow CMS template (course facts card, newsletter form with its
 * hidden success and error messages) and a yacht club's sailing instructions on Drupal 10 (Olivero).
 */
const fTitle = 'Foundation Keelboat (Level 1)';
const fFacts: [string, string][] = [
  ['Duration', '3 days, 9:00–17:00'],
  ['Boat', 'Brightwater 24 keelboat'],
  ['Students', 'Up to 4 per instructor'],
  ['Price', '$685'],
];
const fBody = [
  j(
    'Our most popular course takes you from your first time aboard to sailing a 24-foot keelboat in light to moderate winds with a',
    'friend as crew. There is a short classroom session each morning; the rest of the day you are on the water.',
  ),
  j(
    'By the end of day three you will leave the dock, sail a triangle course, pick up a mooring and return, with your instructor',
    'sitting quietly in the cockpit. Most students are surprised how quickly it comes together.',
  ),
  'What you will practise',
  'Rigging, hoisting and reefing the mainsail',
  'Points of sail, tacking and gybing',
  'Right-of-way rules and basic buoyage',
  'Crew overboard recovery using the figure-eight method',
  'Docking under sail and under power',
  'Certification',
  j(
    'There is a written test of 50 questions on the afternoon of day three and a practical check throughout the course. Students who',
    'pass receive the Brightwater Level 1 certificate, which qualifies them to charter our 24-footers on Bay Sailing Club days.',
  ),
];
const fNav = ['Courses', 'Club Membership', 'Private Lessons', 'Schedule', 'About'];
const fFoot = ['Pier 9, Brightwater Bay Marina', 'Open Tuesday to Sunday, 8:30–18:00', '© 2026 Brightwater Bay Sailing Co.'];
const fNavLinks = (cls: string): string => fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="${cls}">${t}</a>`).join('');
const fFootHtml = fFoot.map((t) => `<div class="footer-text">${t}</div>`).join('');
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Mar 06 2026 17:44:09 GMT+0000 -->
<html data-wf-domain="www.brightwaterbaysailing.com" data-wf-page="65c1f0a9e4b1d2a0c81f4e21" data-wf-site="65c1f0a9e4b1d2a0c81f4d90"
 data-wf-collection="65c1f0a9e4b1d2a0c81f4e02" data-wf-item-slug="foundation-keelboat"><head><meta charset="utf-8">
<title>${fTitle} | Brightwater Bay Sailing Co.</title><meta content="Learn to sail a keelboat in three days on Brightwater Bay." name="description">
<meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c1f0a9e4b1d2a0c81f4d90/css/brightwater-bay.webflow.4e8a1c2b0.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${fTitle}",
"provider":{"@type":"Organization","name":"Brightwater Bay Sailing Co."}}</script>
</head>
<body><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
 data-duration="400"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65c1f0a9e4b1d2a0c81f4d90/65c1f0a9_logo-bbsc.svg" loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNavLinks('nav-link w-nav-link')}
<a href="/book" class="button nav-button w-button">Book Now</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section-course-hero"><div class="container w-container"><a href="/courses" class="back-link w-inline-block"><div class="icon-arrow">←</div>
<div>All courses</div></a><div class="eyebrow">Beginner</div><h1 class="heading-course">${fTitle}</h1></div></section>
<section class="section-course"><div class="container w-container"><div class="course-grid w-layout-grid">
<div id="w-node-_2b1c9d0e-7a1f" class="course-rich-text w-richtext">
${ps(fBody.slice(0, 2))}
<h2>${fBody[2]}</h2><ul role="list">${lis(fBody.slice(3, 8))}</ul>
<h2>${fBody[8]}</h2>${ps([fBody[9] ?? ''])}
</div>
<div id="w-node-_2b1c9d0e-7a20" class="course-card"><div class="course-card-title">Course facts</div>
${fFacts.map(([l, v]) => `<div class="fact-row"><div class="fact-label">${l}</div><div class="fact-value">${v}</div></div>`).join('\n')}
<a href="/book?course=foundation-keelboat" class="button full-width w-button">See dates &amp; book</a>
<div class="small-print">Free reschedule up to 7 days before the course.</div></div>
</div></div></section>
<section class="section-newsletter"><div class="container w-container"><h3 class="heading-newsletter">Wind, tides &amp; new courses, monthly</h3>
<div class="form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form"
 data-wf-page-id="65c1f0a9e4b1d2a0c81f4e21" data-wf-element-id="8c3e1f02"><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
 placeholder="Your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="button w-button"
value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div>${fFootHtml}</div>
<div class="footer-links">${fNavLinks('footer-link')}</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c1f0a9e4b1d2a0c81f4d90" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c1f0a9e4b1d2a0c81f4d90/js/webflow.3c1a6b9e2.js" type="text/javascript"></script>
</body></html>`;
const webflow: TestPage = {
  name: 'heldout696-webflow-course',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fBody[2] ?? '', fBody[8] ?? ''],
  body: texts([...fBody.filter((_, i) => i !== 2 && i !== 8), ...fFacts.map(fact)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book Now', '←', 'All courses', 'Beginner', 'Course facts', 'See dates & book', 'Free reschedule up to 7 days before the course.',
    'Wind, tides & new courses, monthly', ...fFoot,
  ],
};

const dTitle = 'Sailing Instructions: Summer Points Series 2026';
const dHeads = ['1. Rules', '2. Notices and changes', '3. Course marks', '4. The start', '5. Time limits', '6. Protests and scoring'];
const dRules = [
  j(
    'The series will be governed by the rules as defined in the Racing Rules of Sailing, the club\u2019s Racing Regulations and these',
    'instructions. Where these instructions conflict with the Notice of Race, these instructions take precedence.',
  ),
];
const dNotices = [
  j(
    'Notices to competitors will be posted on the race board in the dinghy park. Any change to these instructions will be posted',
    'before 09:00 on the day it takes effect, except that a change to the schedule of races will be posted by 20:00 the day before.',
  ),
];
const dMarksIntro = ['Courses will be displayed on the committee boat. Marks are to be left to port unless the board shows a green flag.'];
const dMarks = [
  ['A', 'Yellow cylinder', 'Off the Morrow Point slip'],
  ['B', 'Orange sphere', 'North of the Gull Rocks, 0.4 nm from the line'],
  ['C', 'Green cylinder', 'Off Carrick Sands beach'],
  ['D', 'Club mooring buoy (white)', 'In the Pool, east of the fairway'],
];
const dStart = [
  'Races will be started using rule 26 with the warning signal made 5 minutes before the starting signal.',
  'Fleet order: Fast Handicap first, Slow Handicap second, Junior fleet third, at 5-minute intervals.',
  'A boat starting later than 4 minutes after her starting signal will be scored DNS without a hearing.',
];
const dTime = [
  j(
    'Boats failing to finish within 30 minutes after the first boat in their fleet sails the course and finishes will be scored DNF.',
    'The race officer may shorten any race at any mark; this changes rule 32.',
  ),
];
const dProtest = [
  j(
    'Protest forms are available from the race office. Protests must be delivered within 45 minutes of the last boat finishing the',
    'last race of the day. The Low Point System of Appendix A applies, with one discard for every four races sailed.',
  ),
];
const dSign = 'Issued by the Sailing Committee, 14 March 2026';
const dNav = ['Sailing', 'Training', 'Moorings', 'Clubhouse', 'Members'];
const dCrumbs = ['Home', 'Sailing', 'Racing documents'];
const dBoard = ['Notice of Race 2026', 'Racing calendar 2026', 'Duty rota', 'Handicap list (PY 2026)'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><link rel="canonical"
href="https://www.morrowpointyc.org/sailing/sailing-instructions-2026" />
<title>${dTitle} | Morrow Point Yacht Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3k9c2.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjEEK" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88","currentLanguage":"en"}}</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Morrow Point Yacht Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu"
 aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span
class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation
menu--main"
 aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main
navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main">
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block">
<article data-history-node-id="88" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>${dHeads[0]}</h2>${ps(dRules)}
<h2>${dHeads[1]}</h2>${ps(dNotices)}
<h2>${dHeads[2]}</h2>${ps(dMarksIntro)}
<table><thead><tr><th>Mark</th><th>Description</th><th>Position</th></tr></thead><tbody>${dMarks.map((r) => tr(r)).join('')}</tbody></table>
<h2>${dHeads[3]}</h2><ol>${lis(dStart)}</ol>
<h2>${dHeads[4]}</h2>${ps(dTime)}
<h2>${dHeads[5]}</h2>${ps(dProtest)}
<p><em>${dSign}</em></p>
</div></div></article></div></div></main>
<aside class="region region--sidebar"><div id="block-noticeboard" class="block block-menu navigation menu--notice-board">
<h2 class="block__title">Notice board</h2><ul class="menu">${links(dBoard, 'menu__item')}</ul></div></aside></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content"><div class="text-content"><p>Morrow Point Yacht Club, The Hard, Morrow Point</p>
<p>Race office: racing@morrowpointyc.org</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_PkL0x4.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script>
</body></html>`;
const olivero: TestPage = {
  name: 'heldout696-olivero-sailing-instructions',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dRules, ...dNotices, ...dMarksIntro, ...dMarks.map(row), ...dStart, ...dTime, ...dProtest]),
  bylines: [dSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Morrow Point Yacht Club', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', 'Home',
    'Racing documents', 'Notice board', ...dBoard, 'Morrow Point Yacht Club, The Hard, Morrow Point', 'Race office: racing@morrowpointyc.org',
    'Powered by Drupal',
  ],
};

export const HELDOUT696_D: readonly TestPage[] = [webflow, olivero];
