import { links, plain, type TestPage } from './page-kit.js';
import { type Block, gold, j, render } from './pages-heldout578-kit.js';

/**
 * Held-out batch 578, file f: a family sweep's price list on an old table layout (FrontPage era, font tags, hit counter),
 * and a council guide page on LocalGov Drupal on which stoves and fuels are allowed in a smoke control area.
 */
const tTitle = 'Price List';
const tIntro = j(
  'All prices include VAT and a written certificate. We are a family firm and have swept chimneys in the Tamsford area since 1971.',
  'Prices held for 2026.',
);
const tRows: readonly (readonly [string, string])[] = [
  ['Sweep - open fire or stove', '£70.00'],
  ['Sweep - each additional flue', '£55.00'],
  ['Sweep - Aga or Rayburn', '£85.00'],
  ['Bird nest removal (from)', '£90.00'],
  ['Bird guard supplied and fitted', '£120.00'],
  ['Smoke test only', '£45.00'],
];
const tNote = 'Saturday appointments are available at an extra charge of £15. Please have the fire out for at least 12 hours before we call.';
const tNav = ['Home', 'About Us', 'Price List', 'Bird Guards', 'Testimonials', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="chimney sweep, Tamsford, sweeping, bird guards, Penwarden">
<title>Penwarden &amp; Sons Chimney Sweeps - Price List</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#1A1A1A"><img src="images/banner.jpg" width="760" height="120" alt="Penwarden &amp; Sons Chimney Sweeps"></td></tr>
<tr><td colspan="2" bgcolor="#660000" align="center"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Tel: 01632 960 552 &nbsp;|&nbsp;
Mobile: 07700 900 871</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EFE6D8"><br>
<table width="150" border="0" cellspacing="2" cellpadding="2">
${tNav.map((t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><br><p align="center"><img src="images/guild_logo.gif" width="120" height="80" alt="Guild member"></p>
<p align="center"><font face="Verdana, Arial" size="1">Fully insured<br>Member of the Guild</font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1><font face="Arial" color="#660000">${tTitle}</font></h1>
<p><font face="Verdana, Arial" size="2">${tIntro}</font></p>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr bgcolor="#EFE6D8"><td><font face="Verdana, Arial" size="2"><b>Service</b></font></td><td><font face="Verdana, Arial" size="2"><b>Price</b></font></td></tr>
${tRows
  .map(
    ([a, b]) => `<tr><td><font face="Verdana, Arial" size="2">${a}</font></td><td align="right"><font face="Verdana, Arial" size="2">${b}</font></td>
</tr>`,
  )
  .join('\n')}
</table>
<p><font face="Verdana, Arial" size="2">${tNote}</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1A1A1A" align="center"><font face="Verdana, Arial" size="1" color="#CCCCCC">
${tNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#CCCCCC">${t}</font></a>`).join(' | ')}<br>
© Penwarden &amp; Sons 2003-2026<br>You are visitor number <img src="/cgi-bin/counter.gif" alt="004512"> <br>Best viewed at 1024 x 768</font></td></tr>
</table></body></html>`;
const table: TestPage = {
  name: 'heldout578-table-layout-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...tRows.map((r) => r.join(' ')), tNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01632 960 552 | Mobile: 07700 900 871', ...tNav.filter((t) => t !== tTitle), 'Fully insured', 'Member of the Guild', '|',
    '© Penwarden & Sons 2003-2026', 'You are visitor number', 'Best viewed at 1024 x 768',
  ],
};

const lTitle = 'Stoves and fuels you can use in a smoke control area';
const lBlocks: Block[] = [
  j(
    'Most of Brenmouth is a smoke control area. This means you must not let smoke come out of a chimney unless you are burning an authorised fuel',
    'or using an exempt appliance. You can check whether your street is covered on our <a href="/smoke-control-map">smoke control area map</a>.',
  ),
  { h: 'Exempt stoves' },
  j(
    'An exempt appliance is a stove that has been tested and shown to burn wood or other named fuels without emitting too much smoke. Most new',
    'Ecodesign stoves are exempt, but not all of them. The manufacturer’s manual or your installer will tell you, and the stove will have a plate',
    'or label that says so.',
  ),
  j('If you use an exempt stove, you must only burn the fuels listed for it, and use it in the way the manufacturer says.'),
  { h: 'Authorised fuels' },
  j('If your stove or fireplace is not exempt, you can only burn authorised smokeless fuels. These include:'),
  { ul: ['anthracite', 'semi-anthracite', 'gas and low-volatile steam coal', 'branded smokeless briquettes on the authorised list'] },
  j('Wood, including kiln-dried logs, is not an authorised fuel. You must not burn it on an open fire in a smoke control area.'),
  { h: 'Buying wood and coal' },
  j(
    'Wood sold in units of under two cubic metres must be certified as Ready to Burn, with a moisture content of 20% or less. Sellers must not',
    'sell house coal for home burning.',
  ),
  { h: 'Penalties' },
  j(
    'If we find smoke coming from a chimney in a smoke control area, we may issue a warning and then a penalty of up to £300. Selling unauthorised fuel',
    'for delivery to an address in a smoke control area can lead to a fine of up to £1,000.',
  ),
];
const lGuide = ['Overview', lTitle, 'Bonfires and garden burning', 'Report smoke from a chimney'];
const lCrumbs = ['Home', 'Environment', 'Pollution and noise', 'Smoke control'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${lTitle} | Brenmouth Borough Council</title><link rel="canonical" href="https://www.brenmouth.example/smoke-control/stoves-and-fuels">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization","name":"Brenmouth Borough Council"}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t2k9q0">
<link rel="stylesheet" media="all" href="/themes/custom/brenmouth/css/theme.css">
</head><body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<div class="lgd-region lgd-region--pre-header"><div id="block-localgov-alert-banner" class="localgov-alert-banner localgov-alert-banner--minor" role="region"
aria-label="Alert"><div class="localgov-alert-banner__content"><p>Our offices are closed on Friday 18 December for staff training.</p></div>
<button class="js-localgov-alert-banner__close localgov-alert-banner__close">Hide alert</button></div></div>
<header class="lgd-header"><div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__logo"><a href="/" rel="home">
<img src="/themes/custom/brenmouth/logo.svg" alt="Brenmouth Borough Council homepage"></a></div><div class="lgd-header__search">
<form class="localgov-search-form"
action="/search" role="search"><label for="edit-s" class="visually-hidden">Search</label><input type="text" id="edit-s" name="s" placeholder="Search the site">
<input type="submit" value="Search" class="button"></form></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul class="lgd-header__nav-list">${links(
  ['Bins and recycling', 'Council tax', 'Housing', 'Planning', 'Environment'],
  'lgd-header__nav-item',
)}</ul></nav></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(lCrumbs)}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-page-title-block"><span class="lgd-page-title-block__subtitle">Smoke control</span><h1 class="lgd-page-title-block__title">${lTitle}</h1></div>
<article class="localgov-guides-page"><nav class="lgd-guide-nav" aria-labelledby="guide-nav-title">
<h2 id="guide-nav-title" class="visually-hidden">Guide pages</h2><ul class="lgd-guide-nav__list">
${lGuide
  .map((t) =>
    t === lTitle
      ? `<li class="lgd-guide-nav__list-item"><span aria-current="page">${t}</span></li>`
      : `<li class="lgd-guide-nav__list-item">
<a href="/smoke-control/${t.length}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="field field--name-body field--type-text-with-summary">
${render(lBlocks)}
</div>
<nav class="lgd-prev-next" aria-label="Guide pages"><ul class="lgd-prev-next__list"><li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev">
<a href="/smoke-control/overview" rel="prev"><span class="lgd-prev-next__title">Previous</span><span class="lgd-prev-next__label">Overview</span></a></li>
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--next"><a href="/smoke-control/bonfires" rel="next"><span class="lgd-prev-next__title">Next</span>
<span class="lgd-prev-next__label">Bonfires and garden burning</span></a></li></ul></nav>
<div class="lgd-page-updated">Last updated: 3 November 2026</div></article></div>
<aside class="lgd-row__one-third"><div class="lgd-sidebar"><h2 class="lgd-sidebar__title">Contact environmental health</h2>
<p>01632 960 100</p><p>Monday to Friday, 9am to 5pm</p></div></aside></div></div>
<div class="localgov-page-feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=smoke-control" class="button">Tell us what you think</a></div></main>
<footer class="lgd-footer"><div class="lgd-footer__inner lgd-container padding-horizontal"><ul class="lgd-footer__nav">${links(
  ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice'],
  'lgd-footer__nav-item',
)}</ul><p class="lgd-footer__copyright">© Brenmouth Borough Council 2026</p></div></footer>
</div></div><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const localgov: TestPage = {
  name: 'heldout578-localgov-smoke-control',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  ...gold(lBlocks),
  bylines: ['Last updated: 3 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Breadcrumb', 'Guide pages',
    'Our offices are closed on Friday 18 December for staff training.', 'Hide alert', 'Bins and recycling', 'Council tax',
    'Housing', 'Planning', 'Environment', 'Pollution and noise', 'Smoke control', 'Overview', 'Bonfires and garden burning', 'Report smoke from a chimney',
    'Previous', 'Next', 'Contact environmental health', '01632 960 100', 'Monday to Friday, 9am to 5pm', 'Was this page helpful?', 'Tell us what you think',
    'Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', '© Brenmouth Borough Council 2026', 'Home',
  ].map(plain),
};

export const HELDOUT578_F: readonly TestPage[] = [table, localgov];
