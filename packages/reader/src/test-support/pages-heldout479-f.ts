import { links, type TestPage } from './page-kit.js';
import { type Block, bodies, heads, j, render } from './pages-heldout479-kit.js';

/**
 * Held-out batch 479, file f: a council-run register office and historic hall page on LocalGov Drupal (services page with
 * a fees table, last-updated line, feedback box, related links sidebar) and a country inn's weddings page in an old
 * table layout (font tags, spacer images, image navigation, text links and a visitor counter).
 */
const lTitle = 'Weddings and civil partnerships at Castlebury Hall';
const lRows = [
  ['Monday to Thursday', '£520', '£580'],
  ['Friday', '£610', '£680'],
  ['Saturday', '£690', '£760'],
  ['Sunday and bank holidays', '£790', '£860'],
];
const lBlocks: Block[] = [
  j(
    'Castlebury Hall is a Grade II listed Tudor hall owned by the council and run by the Register Office. You can hold a',
    'wedding or civil partnership ceremony in the Great Chamber, which seats up to 80 guests, or in the Oak Parlour for up to 20.',
  ),
  '## Booking a ceremony',
  j(
    'You can provisionally book a date up to two years ahead. You must both give notice of marriage or civil partnership at a',
    'register office at least 29 days before the ceremony. Your booking is confirmed once you have paid the ceremony fee.',
  ),
  '## Ceremony fees 2026 to 2027',
  'Fees include the registrars\u2019 attendance and the room. They do not include the marriage certificate, which costs £12.50.',
  ...lRows.map((r) => r.join(' ')),
  '## Changing or cancelling your booking',
  j(
    'You can change your date once without charge if you tell us at least 3 months before the ceremony. If you cancel, we will',
    'refund the fee minus a £95 administration charge. We cannot refund fees if you cancel less than 28 days before.',
  ),
  '## Visiting the hall',
  j(
    'Free viewings are held on the first Wednesday of each month from 5pm to 7pm. You do not need to book. Parking is available in',
    'the Hall Lane car park, which is free for wedding guests on the day.',
  ),
];
const lNav = ['Bins and recycling', 'Council tax', 'Housing', 'Parking', 'Planning', 'Births, deaths and marriages'];
const lCrumbs = ['Home', 'Births, deaths and marriages', 'Ceremonies'];
const lRel = ['Give notice of marriage or civil partnership', 'Order a certificate', 'Citizenship ceremonies'];
const lFoot = ['Contact us', 'Accessibility statement', 'Cookies', 'Privacy', 'Jobs'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${lTitle} | Castlebury Borough Council</title>
<link rel="canonical" href="https://www.castlebury.gov.uk/births-deaths-and-marriages/ceremonies/weddings-castlebury-hall">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t0v1ab">
<link rel="stylesheet" media="all" href="/themes/custom/castlebury/css/theme.css?t0v1ab">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2231","currentLanguage":"en"},
"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-cookie-banner">
<p>We use cookies to make this site work and to collect anonymous statistics.</p><button>Accept cookies</button><button>Reject cookies</button></div>
<header class="lgd-header"><div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/themes/custom/castlebury/logo.svg" alt="Castlebury Borough Council home"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" role="search"><label for="edit-s" class="visually-hidden">Search</label>
<input type="search" id="edit-s" name="s" placeholder="Search this site"><button type="submit">Search</button></form></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary navigation">
<ul class="lgd-header__nav-list">${links(lNav, 'lgd-header__nav-item')}</ul></nav></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="lgd-breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumb__items">${links(lCrumbs, 'lgd-breadcrumb__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-region lgd-region--content region region-content">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">
<span class="field field--name-title field--type-string field--label-hidden">${lTitle}</span></h1></div>
<article class="localgov-services-page localgov-services-page--full"><div class="localgov-services-page__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${render(lBlocks.slice(0, 5))}
<table><thead><tr><th>Day</th><th>Great Chamber</th><th>Oak Parlour (Sunday rate applies)</th></tr></thead><tbody>
${lRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
${render(lBlocks.slice(9))}
</div></div></article>
<div class="lgd-page-last-updated"><p>Page last updated: 9 January 2026</p></div>
<div class="lgd-feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=2231&amp;helpful=yes" class="button">Yes</a>
<a href="/feedback?page=2231&amp;helpful=no" class="button">No</a></div>
</div></div>
<div class="lgd-row__one-third"><aside class="lgd-region lgd-region--sidebar"><div class="localgov-services-related-links"><h2>Related links</h2>
<ul>${links(lRel)}</ul></div>
<div class="lgd-contact-block"><h2>Register Office</h2><p>Castlebury Hall, Hall Lane, Castlebury CB4 1HL</p><p>Telephone: 01632 960 447</p></div></aside></div>
</div></div></main>
<footer class="lgd-footer"><div class="lgd-footer__inner lgd-container padding-horizontal"><ul class="lgd-footer__links">${links(lFoot)}</ul>
<p class="lgd-footer__copyright">&copy; Castlebury Borough Council 2026</p></div></footer></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const localgov: TestPage = {
  name: 'heldout479-localgov-drupal-hall',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: heads(lBlocks),
  body: bodies(lBlocks),
  bylines: ['Page last updated: 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to make this site work and to collect anonymous statistics.', 'Accept cookies', 'Reject cookies', 'Search',
    ...lNav.filter((t) => t !== 'Parking'), 'Home', 'Ceremonies', 'Was this page helpful?', 'Yes', 'No', 'Related links', ...lRel.slice(1),
    'Castlebury Hall, Hall Lane, Castlebury CB4 1HL', 'Telephone: 01632 960 447', ...lFoot, '© Castlebury Borough Council 2026',
  ],
};

const tTitle = 'Weddings at the Pheasant &amp; Plough';
const tBlocks: Block[] = [
  j(
    'Our barn function room and riverside garden have been hosting wedding receptions since 1998. We can seat up to 70 guests for a',
    'sit-down meal and 120 for an evening buffet, and the bar stays open until 1am.',
  ),
  j(
    'Wedding menus start at £34 a head for three courses. Our chef Daniel will happily talk you through the choices and we are',
    'always glad to cater for vegetarians and special diets.',
  ),
  'We have eight en-suite bedrooms, and the bridal room is free on your wedding night.',
  'To arrange a look round, please ring Maureen or Keith on 01406 338 212.',
];
const tLinks = ['Home', 'Food', 'Rooms', 'Weddings', 'Find Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>The Pheasant &amp; Plough Inn - Weddings</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="wedding reception, lincolnshire, pub, inn, function room">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_weddings_on.gif')">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="images/header.jpg" width="760" height="140" alt="The Pheasant and Plough Inn, Fosbury"></td></tr>
<tr><td width="160" valign="top" bgcolor="#3B5323"><img src="images/spacer.gif" width="1" height="20"><br>
${tLinks
  .map(
    (t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm" onMouseOut="MM_swapImgRestore()">
<img src="images/nav_${t.toLowerCase().replace(/ /g, '')}.gif" width="160" height="32" border="0" alt="${t}"></a><br>`,
  )
  .join('\n')}
<br><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;Open daily 11am - 11pm</font></td>
<td width="20"><img src="images/spacer.gif" width="20" height="1"></td>
<td width="580" valign="top"><br><font face="Georgia, Times New Roman" size="5" color="#3B5323"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica" size="2">
${render(tBlocks)}
</font>
<p align="center"><img src="images/wedding_garden.jpg" width="400" height="240" border="1" alt="The garden in June"><br>
<font face="Verdana" size="1"><i>The riverside garden in June</i></font></p></td></tr>
<tr><td colspan="3" align="center" bgcolor="#E8E4C9"><font face="Verdana, Arial" size="1">
${tLinks.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a>`).join(' | ')}<br>
The Pheasant &amp; Plough Inn, Fosbury, Lincolnshire PE12 8LN &nbsp; Tel: 01406 338 212<br>
You are visitor number <img src="/cgi-bin/counter.pl?df=weddings.dat" alt="004821"> <br>
Site by Fenland Web Design</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout479-table-layout-inn',
  kind: 'docs',
  html: tHtml,
  title: 'Weddings at the Pheasant & Plough',
  headings: heads(tBlocks),
  body: bodies(tBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open daily 11am - 11pm', 'The riverside garden in June', ...tLinks.filter((t) => t !== 'Weddings'),
    'The Pheasant & Plough Inn, Fosbury, Lincolnshire PE12 8LN Tel: 01406 338 212', 'You are visitor number', 'Site by Fenland Web Design',
  ],
};

export const HELDOUT479_F: readonly TestPage[] = [localgov, tableLayout];
