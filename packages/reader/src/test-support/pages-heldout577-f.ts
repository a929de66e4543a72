import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout577-kit.js';

/**
 * Held-out batch 577, file f: a family caterer's banquet menu page in an old FrontPage-style table layout (font tags, left
 * nav column, hit counter), and a university dining services catering policy page on Drupal 10 (Olivero theme, sidebar menu).
 */
const tTitle = 'Banquet and Buffet Menus';
const tIntro = j(
  'Szabo Family Caterers has served weddings, anniversaries, christenings and company picnics in Dunmore County since 1974.',
  'All packages include china, linen napkins, serving staff and clean-up. Prices are per person for 50 guests or more.',
);
const tPkgs: readonly (readonly [string, string])[] = [
  [
    'Package A - The Danube',
    j('Chicken paprikash with homemade nokedli, stuffed cabbage, green beans almondine, tossed salad, rolls and butter. $18.95 per person.'),
  ],
  [
    'Package B - The Balaton',
    j(
      'Roast pork loin and breaded chicken, mashed potatoes with gravy, buttered corn, cucumber salad, rolls and butter,',
      'and a tray of kiffles for dessert. $22.50 per person.',
    ),
  ],
  [
    'Package C - The Family Feast',
    j(
      'Carved roast beef, chicken paprikash, stuffed cabbage, Grandma Ilona’s cabbage and noodles, two salads, rolls and butter,',
      'nut and apricot kiffles and a coffee station. $27.95 per person.',
    ),
  ],
];
const tExtras = [
  'Hors d’oeuvre trays (meatballs, cheese and sausage, vegetable crudité): $3.25 per person',
  'Dobos torte sheet cake, serves 60: $95.00',
  'Bartender service (4 hours, you supply the alcohol): $160.00',
];
const tNote = 'A $200 deposit reserves your date. Final count is due ten days before the event. Please call for our full Easter and Christmas menus.';
const tNav = ['Home', 'Banquet Menus', 'Picnics', 'Our Hall', 'Photos', 'Directions', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="catering, banquet, Hungarian, Dunmore, weddings, buffet">
<title>Szabo Family Caterers - Banquet Menus</title><style>a:link{color:#800000} .nav{font-family:Verdana;font-size:11px}</style>
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#FFF8E7" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_home_on.gif')">
<table border="0" cellpadding="0" cellspacing="0" width="760" align="center">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="760" height="120" alt="Szabo Family Caterers - Since 1974"></td></tr>
<tr><td width="160" valign="top" bgcolor="#800000"><table border="0" cellpadding="4" width="100%">
${tNav.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a></td></tr>`).join('\n')}
<tr><td><font face="Verdana" size="1" color="#FFFFFF">Call (555) 017-4433</font></td></tr></table></td>
<td width="600" valign="top"><table border="0" cellpadding="12" width="100%"><tr><td>
<p align="center"><b><font face="Georgia" size="5" color="#800000">${tTitle}</font></b></p>
<p><font face="Verdana" size="2">${tIntro}</font></p>
${tPkgs.map(([h, d]) => `<p><b><font face="Georgia" size="4" color="#800000">${h}</font></b></p>\n<p><font face="Verdana" size="2">${d}</font></p>`).join('\n')}
<p><b><font face="Georgia" size="4" color="#800000">Extras</font></b></p>
<ul>${lis(tExtras.map((t) => `<font face="Verdana" size="2">${t}</font>`))}</ul>
<p><font face="Verdana" size="2"><i>${tNote}</i></font></p>
<hr color="#800000" size="1">
<p align="center"><font face="Verdana" size="1">Last updated 03/14/2026</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#800000" align="center"><font face="Verdana" size="1"
 color="#FFFFFF">Szabo Family Caterers &amp; Rákóczi Hall · 410 Kossuth Street,
 Dunmore · (555) 017-4433<br>Copyright © 1999-2026 Szabo Family Caterers</font><br>
<font face="Verdana" size="1" color="#FFFFFF">You are visitor number <img src="/cgi-bin/Count.cgi?df=szabo.dat"
 alt="counter"> since January 2001</font></td></tr>
</table></body></html>`;
const tables: TestPage = {
  name: 'heldout577-table-layout-banquet',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [...tPkgs.map(([h]) => h), 'Extras'],
  body: texts([tIntro, ...tPkgs.map(([, d]) => d), ...tExtras, tNote]),
  bylines: ['Last updated 03/14/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Picnics'), 'Call (555) 017-4433', 'Szabo Family Caterers & Rákóczi Hall · 410 Kossuth Street, Dunmore · (555) 017-4433',
    'Copyright © 1999-2026 Szabo Family Caterers', 'You are visitor number since January 2001',
  ],
};

const uTitle = 'Catering on Campus: Ordering Guidelines for Departments';
const uIntro = [
  j(
    'Any event on the Northbridge State campus that serves food to more than 25 people must use University Catering or one of',
    'the approved outside caterers listed below. These guidelines explain how to place an order, what it costs, and what your',
    'department is responsible for on the day.',
  ),
  j(
    'The rules exist because the university holds the food service permit for every campus building. If an unapproved vendor',
    'serves food and a guest becomes ill, the department hosting the event, not the vendor, carries the liability.',
  ),
];
const uOrder = [
  j(
    'Orders are placed through the Catering Request form in the Campus Services portal. You will need a speed type (account',
    'number) with a valid budget and the approval of your department’s financial officer before the order is confirmed.',
  ),
];
const uLead = [
  'Coffee service, pastries and boxed lunches: 3 business days',
  'Buffets and receptions up to 150 guests: 10 business days',
  'Plated dinners and events over 150 guests: 4 weeks',
  'Events during Commencement week: by April 1',
];
const uPay = [
  j(
    'University Catering bills the speed type directly at the end of the month. Approved outside caterers invoice the department,',
    'which pays through a standard purchase order; caterers may not be paid by personal card and reimbursed.',
  ),
  j(
    'Alcohol cannot be bought with state funds. Events with alcohol need a separate Alcohol Service Request, a licensed bartender',
    'supplied by the caterer, and food available for the whole time alcohol is served.',
  ),
];
const uHead = ['Caterer', 'Best for', 'Contact'];
const uRows = [
  ['University Catering', 'All events, all buildings', 'ext. 4-2200'],
  ['Marigold Bowl', 'Vegetarian and vegan buffets', 'orders@marigoldbowl.example'],
  ['Tío Memo’s Taqueria', 'Taco bars and receptions', '(555) 018-3311'],
  ['Grain & Gather', 'Boxed lunches and breakfast', '(555) 018-9020'],
];
const uDay = [
  j(
    'Reserve the room through Event Services before you order food, and tell the caterer which loading dock to use. Departments',
    'must leave the room as they found it; the caterer removes food and equipment, but recycling and furniture are yours.',
  ),
  j(
    'Leftover food from University Catering may be offered to students through the Campus Food Recovery network. Post it in the',
    'network’s app within 30 minutes of the end of the event, and keep it covered until it is collected.',
  ),
];
const uNav = ['Dining Halls', 'Meal Plans', 'Catering', 'Sustainability', 'Jobs'];
const uCrumbs = ['Home', 'Dining Services', 'Catering'];
const uSide = ['Catering menus', 'Request catering', 'Approved caterers', 'Food recovery', 'Contact Catering'];
const uFoot = ['Accessibility', 'Non-discrimination', 'Privacy', 'Emergency information'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:214;--color--primary-saturation:60%;--color--primary-lightness:32"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
 content="width=device-width, initial-scale=1.0">
<link rel="canonical"
 href="https://dining.northbridgestate.edu/catering/ordering-guidelines"><title>${uTitle} | Dining Services | Northbridge State University</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
 data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},"olivero":{"mobile_nav_breakpoint":"1200px"}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
 data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
 aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
 rel="home">Northbridge State Dining Services</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation
 menu--main"
 aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title"
 id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(uNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get"
 id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label
 visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys" class="form-search form-element
 form-element--type-search"></div>
</form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
 block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(uCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
 field--type-string
 field--label-hidden">${uTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
 block-system-main-block">
<article data-history-node-id="214" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(uIntro)}
<h2>How to order</h2>
${ps(uOrder)}
<h3>Lead times</h3>
<ul>${lis(uLead)}</ul>
<h2>Approved outside caterers</h2>
<table><thead>${trs([uHead], 'th')}</thead><tbody>${trs(uRows.map((r) => r.map((c) => c.replace(/&/g, '&amp;'))))}</tbody></table>
<h2>Payment and alcohol</h2>
${ps(uPay)}
<h2>On the day of your event</h2>
${ps(uDay)}
</div><div class="field field--name-field-last-reviewed"><div class="field__label">Last reviewed</div><div class="field__item">August 4, 2026</div></div>
</div></article></div></div></main>
<aside class="region region--sidebar"><nav role="navigation" aria-labelledby="block-cateringmenu-menu" id="block-cateringmenu" class="block block-menu
 navigation menu--catering">
<h2 class="block__title" id="block-cateringmenu-menu">In this section</h2><ul class="menu">${links(uSide, 'menu__item')}</ul></nav>
<div id="block-cateringcontact" class="block block-block-content"><h2 class="block__title">Questions?</h2><div class="block__content"><div class="text-content">
<p>Catering Office, Hollis Commons 104<br>catering@northbridgestate.edu</p></div></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav class="block block-menu navigation
 menu--footer">
<ul class="menu">${links(uFoot, 'menu__item')}</ul></nav></div><div class="region region--footer-bottom grid-full"><div class="block block-block-content">
<p>© 2026 Northbridge State University · Dining Services</p></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?sd4t1e"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout577-drupal-campus-catering',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['How to order', 'Lead times', 'Approved outside caterers', 'Payment and alcohol', 'On the day of your event'],
  body: texts([...uIntro, ...uOrder, ...uLead, ...uRows.map(rowText), ...uPay, ...uDay]),
  bylines: ['Last reviewed', 'August 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northbridge State Dining Services', 'Menu', 'Main navigation', ...uNav.filter((t) => t !== 'Catering'), 'Search',
    'Breadcrumb', 'Home', 'Dining Services', 'In this section', ...uSide.filter((t) => t !== 'Food recovery'), 'Questions?',
      'Catering Office, Hollis Commons 104', 'catering@northbridgestate.edu',
    ...uFoot, '© 2026 Northbridge State University · Dining Services',
  ],
};

export const HELDOUT577_F: readonly TestPage[] = [tables, drupal];
