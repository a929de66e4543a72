import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout570-kit.js';

/**
 * Held-out batch 570, file f: a family chemist's ear wax removal page on a hand-written table layout from the 2000s (font
 * tags, spacer images, a hit counter), and a health centre pharmacy's stop smoking service page on Joomla 4 (Cassiopeia).
 */
const oTitle = 'Ear Wax Removal (Microsuction)';
const oBody = [
  j(
    'Blocked ears? Our trained technician Carol now offers ear wax removal by microsuction every Wednesday and Friday. A tiny',
    'suction tube gently removes the wax while we look into your ear through a microscope. No water is used.',
  ),
  'Appointment (both ears) - £45. Includes a check of both ears before and after.',
  j(
    'Please use olive oil drops twice a day for 3 days before your appointment to soften the wax. We cannot treat ears with an',
    'active infection, or children under 12. If you have had ear surgery, please tell us when you book.',
  ),
  'To book phone 01632 960 551 or call in to the shop.',
];
const oNav = ['Home', 'Services', 'Ear Wax Removal', 'Prescriptions', 'Opening Times', 'Find Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Dunmore Chemists - Ear Wax Removal</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="chemist, pharmacy, ear wax, microsuction, Dunmore"><meta name="description" content="Ear wax removal at Dunmore Chemists.">
<link href="style.css" rel="stylesheet" type="text/css"><script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="images/header.jpg" width="780" height="120"
alt="Dunmore Chemists - Est. 1962"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6F0E6"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oNav.map((t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr><tr><td class="small"><b>Open</b><br>Mon-Fri 9-6<br>Sat 9-1</td></tr></table></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="610" valign="top"><p>&nbsp;</p><h1><font face="Arial, Helvetica, sans-serif" color="#336633">${oTitle}</font></h1>
<font face="Arial, Helvetica, sans-serif" size="2">${ps(oBody.slice(0, 1))}
<p><b>${oBody[1]}</b></p>
${ps(oBody.slice(2))}
<p>&nbsp;</p><p align="center"><img src="images/nhs-logo.gif" width="88" height="35" alt="NHS"></p></font></td></tr>
<tr><td colspan="3" bgcolor="#336633" align="center"><font face="Arial" size="1" color="#FFFFFF">Dunmore Chemists, 7 Bridge Street, Dunmore |
Tel 01632 960 551<br>&copy; 2006 Dunmore Chemists. Website by KJ Web Design</font></td></tr>
<tr><td colspan="3" align="center"><font size="1">You are visitor number <img src="/cgi-bin/counter.pl?page=earwax" alt="counter"></font></td></tr></table>
</body></html>`;
const oldTable: TestPage = {
  name: 'heldout570-table-layout-ear-wax',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Open', 'Mon-Fri 9-6', 'Sat 9-1', 'Dunmore Chemists, 7 Bridge Street, Dunmore | Tel 01632 960 551',
    '© 2006 Dunmore Chemists. Website by KJ Web Design', 'You are visitor number',
  ],
};

const kTitle = 'NHS Stop Smoking Service';
const kBody = [
  j(
    'Stopping smoking is the single best thing you can do for your health, and you are around three times more likely to succeed',
    'with support and medicine than on willpower alone. Our stop smoking advisers run a free 12-week programme for anyone aged 12',
    'and over who lives or works in the Kelham Valley.',
  ),
  'What the programme involves',
  j(
    'You will see the same adviser once a week, in person or by phone, for about 15 minutes. At your first session we talk about',
    'your smoking, agree a quit date and choose the treatment that suits you. We also measure the carbon monoxide in your breath,',
    'which most people find falls sharply within two days of stopping.',
  ),
  'Treatments we can supply',
  'Nicotine patches, gum, lozenges, inhalators and mouth sprays, often used in combination.',
  'Varenicline tablets, for adults, after a check of your medical history.',
  'A free starter vape kit through the Swap to Stop scheme, for adults only.',
  j(
    'If you normally pay for prescriptions, you will pay one prescription charge per item for nicotine replacement, or nothing if',
    'you are exempt. Vape kits are free.',
  ),
  'If you slip up',
  j(
    'Many people have a cigarette during the first few weeks. It does not mean you have failed. Tell your adviser at your next',
    'session and together you can work out what triggered it and how to handle that situation next time.',
  ),
  'Pregnant?',
  j(
    'If you are pregnant, your midwife can refer you to our specialist adviser, who can see you at home. Your partner and others',
    'in your household can join the programme at the same time.',
  ),
];
const kHeadIdx = [1, 3, 8, 10];
const kNav = ['Home', 'Services', 'Prescriptions', 'Health Centre', 'Contact'];
const kCrumbs = ['Home', 'Services'];
const kSide = ['Opening Hours', 'Monday to Friday: 8am - 7pm', 'Saturday: 9am - 12 noon', 'Call 01632 960 874 to book'];
const kHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Kelham Valley Pharmacy"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="description" content="Free help to stop smoking at Kelham Valley Pharmacy."><meta name="generator"
content="Joomla! - Open Source Content Management">
<title>NHS Stop Smoking Service - Kelham Valley Pharmacy</title><link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/templates/site/cassiopeia/css/template.min.css?5a4e1b"
rel="stylesheet"><link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<style>:root{--hue:214;--template-bg-light:#f0f4fb;--template-text-dark:#495057;}</style>
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"",
"base":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?5a4e1b" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Kelham Valley Pharmacy"},{"@type":"Article",
"headline":"${kTitle}"}]}</script>
</head><body class="site com_content wrapper-static view-article no-layout no-task itemid-112">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Kelham Valley Pharmacy">Kelham Valley Pharmacy</span></a><div class="site-description">Inside Kelham Valley Health Centre</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">${kNav
  .map((t, i) => `<li class="nav-item item-${101 + i}${i === 1 ? ' active' : ''}"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search">
<label for="mod-finder-searchword116" class="visually-hidden finder">Search</label><div class="mod-finder__search input-group">
<input type="text" name="q" id="mod-finder-searchword116" class="js-finder-search-query form-control" value="" placeholder="Search ...">
<button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Search</button></div></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList"
class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
${kCrumbs
  .map(
    (t) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item"
href="/${t.toLowerCase()}" class="pathway"><span itemprop="name">${t}</span></a></li>`,
  )
  .join('')}<li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active">
<span>${kTitle}</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">${kTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby"
itemprop="author" itemscope itemtype="https://schema.org/Person">
<span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Declan Morrissey-Hale</span></dd><dd class="category-name">
<span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/services" itemprop="genre">Services</a></dd><dd class="published">
<span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-01-09T10:15:00+00:00"
itemprop="datePublished">Published: 09 January 2025</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1021">Hits: 1021</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(kBody.slice(0, 1))}
<h2>${kBody[1]}</h2>${ps(kBody.slice(2, 3))}
<h2>${kBody[3]}</h2><ul>${lis(kBody.slice(4, 7))}</ul>${ps(kBody.slice(7, 8))}
<h3>${kBody[8]}</h3>${ps(kBody.slice(9, 10))}
<h3>${kBody[10]}</h3>${ps(kBody.slice(11))}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/services/flu-vaccination"
rel="prev"><span class="visually-hidden">Previous article: Flu Vaccination</span><span class="icon-chevron-left" aria-hidden="true"></span>
<span aria-hidden="true">Prev</span></a> <a class="btn btn-sm btn-secondary next" href="/services/blood-pressure"
rel="next"><span class="visually-hidden">Next article:
Blood Pressure Checks</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">${kSide[0]}</h3><div class="card-body">
<div id="mod-custom117" class="mod-custom custom">${ps(kSide.slice(1))}</div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">
<div class="footer1">Copyright &#169; 2025 Kelham Valley Pharmacy.
All Rights Reserved.</div><div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the
<a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw"
aria-hidden="true"></span></a></body></html>`;
const joomla: TestPage = {
  name: 'heldout570-joomla-stop-smoking',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeadIdx.map((i) => kBody[i] ?? ''),
  body: texts(kBody.filter((_, i) => !kHeadIdx.includes(i))),
  bylines: ['Written by: Declan Morrissey-Hale', 'Published: 09 January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kelham Valley Pharmacy', 'Inside Kelham Valley Health Centre', ...kNav, 'Search', 'You are here:', ...kCrumbs, 'Details', 'Category: Services',
    'Hits: 1021', 'Previous article: Flu Vaccination', 'Prev', 'Next article: Blood Pressure Checks', 'Next', ...kSide,
    'Copyright © 2025 Kelham Valley Pharmacy. All Rights Reserved.', 'Joomla! is Free Software released under the GNU General Public License.',
  ],
};

export const HELDOUT570_F: readonly TestPage[] = [tidy(oldTable), tidy(joomla)];
