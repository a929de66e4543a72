import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout666-kit.js';

/**
 * Held-out batch 666, file f: a hospice friends' group open garden day page in an old table layout (font tags, spacer GIFs,
 * hit counter), and a hospice complementary therapies page on Joomla 5 (Cassiopeia template) with article info and a sidebar.
 */
const oTitle = 'Open Gardens Weekend 2027';
const oParas = [
  j(
    'Nine gardens in Little Ashbrook and Ashbrook Green will open their gates on Saturday 26 and Sunday 27 June, from 11am to',
    '5pm, in aid of Ashbrook Hospice. Buy one ticket and visit as many gardens as you like over both days.',
  ),
  j(
    'Tickets cost £8 (children free) and are on sale at the Village Stores, the Ashbrook Hospice shop on Church Street, or on the',
    'day at the Old Forge, where you can also collect a map.',
  ),
  'This year the gardens taking part are:',
];
const oGardens = [
  'The Old Forge, Forge Lane - cottage garden and wildflower meadow',
  'Brook House, Mill Road - water garden with a restored mill race',
  'Hollies Farm - kitchen garden and orchard, teas in the barn',
  'Number 4, Ashbrook Green - small town garden with over 60 clematis',
  'Ashbrook Allotments - plant stall and honey from the hospice beehives',
];
const oMore = [
  j(
    'Teas, homemade cakes and ploughman’s lunches will be served at Hollies Farm on both days by the Friends’ committee. Parking',
    'is in the field next to the church, and a minibus will run between the gardens every half hour.',
  ),
  j(
    'Last year the Open Gardens raised £6,840 for the hospice. Thank you to all of the garden owners, bakers and helpers who make',
    'it possible. If you can help on the day, please ring Margaret on 01632 960 190.',
  ),
];
const oNav = ['Home', 'About the Friends', 'Events', 'Open Gardens', 'Lottery', 'Contact Us', 'Links'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Friends of Ashbrook Hospice - Open Gardens</title>
<meta name="keywords" content="ashbrook, hospice, friends, open gardens, fundraising"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" type="text/javascript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#E8F0E0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="760" height="120" alt="Friends of Ashbrook Hospice"></td></tr>
<tr><td colspan="3" bgcolor="#4A7A3A" height="22">
<font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;Registered Charity No. 1033333 &nbsp;|&nbsp; Supporting Ashbrook Hospice since 1988</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#D8E8C8"><img src="images/spacer.gif" width="160" height="10" alt=""><br>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
${oNav
  .map(
    (t) => `<tr><td class="navcell"><font face="Verdana, Arial" size="2">
<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${t}</a></font></td></tr>`,
  )
  .join('\n')}
</table><br><div align="center"><font face="Verdana, Arial" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?page=gardens" alt="counter">
<br>004213</font></div></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1" alt=""></td>
<td width="590" valign="top"><br><font face="Verdana, Arial" size="2">
<h1><font color="#4A7A3A">${oTitle}</font></h1>
${ps(oParas.slice(0, 2))}
<p><img src="images/gardens2026.jpg" width="300" height="200" align="right" hspace="8" alt="Visitors at Brook House"></p>
${ps([at(oParas, 2)])}<ul>${lis(oGardens)}</ul>
<h3><font color="#4A7A3A">Refreshments and parking</font></h3>${ps([at(oMore, 0)])}
<h3><font color="#4A7A3A">Thank you</font></h3>${ps([at(oMore, 1)])}
<p><a href="lottery.htm"><b>Have you joined the Friends' Lottery? Click here!</b></a></p>
<p align="center"><font size="1"><a href="#top">Back to top</a></font></p>
<hr size="1" noshade color="#4A7A3A"><p align="center"><font size="1">Page last updated 3rd May 2027<br>
&copy; Friends of Ashbrook Hospice 2027 | <a href="mailto:webmaster@friendsofashbrook.org.uk">Webmaster</a></font></p></font></td></tr></table>
</body></html>`;
const oldGardens: TestPage = {
  name: 'heldout666-table-open-gardens',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: ['Refreshments and parking', 'Thank you'],
  body: texts([...oParas, ...oGardens, ...oMore]),
  bylines: ['Page last updated 3rd May 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Registered Charity No. 1033333 | Supporting Ashbrook Hospice since 1988', 'Home', 'About the Friends', 'Events', 'Open Gardens', 'Lottery',
    'Contact Us', 'Links', 'You are visitor number', '004213', "Have you joined the Friends' Lottery? Click here!", 'Back to top',
    '© Friends of Ashbrook Hospice 2027 | Webmaster',
  ],
};

const tTitle = 'Complementary therapies';
const tIntro = j(
  'Complementary therapies can help people feel more relaxed, sleep better and cope with the stress of a serious illness. At',
  'Rowanfield Hospice our qualified therapists offer them free of charge to patients, their carers and bereaved relatives.',
);
const tOffer = ['aromatherapy massage', 'reflexology', 'reiki', 'hand and foot massage on the ward', 'relaxation and breathing techniques'];
const tParas = [
  j(
    'Therapies are not a replacement for medical treatment, and our therapists always check with your doctor or nurse before a',
    'first session. Most sessions last between 30 and 45 minutes and can take place in our therapy room, on the ward or at your',
    'bedside at home.',
  ),
  j(
    'Patients can have a course of up to six sessions. Carers and family members can have up to four sessions while the person',
    'they care for is under our care, and for up to a year after their death.',
  ),
  j(
    'Ask any member of the hospice team to refer you, or call the Therapy Team directly. If you are bereaved, our Family Support',
    'team can arrange sessions for you as part of your bereavement support.',
  ),
];
const tHeads = ['What we offer', 'Who can have therapies', 'How to book'];
const tNav = ['Home', 'Our Care', 'Support Us', 'Shops', 'Volunteering', 'News', 'Contact'];
const tCrumbs = ['Home', 'Our Care'];
const tHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Helena Marsh">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Free complementary therapies for patients, carers and bereaved relatives at Rowanfield Hospice.">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>${tTitle} - Rowanfield Hospice</title><link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/templates/site/cassiopeia/css/template.min.css?5f1a9d" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<style>:root{--hue:214;--template-bg-light:#f0f4fb;--template-text-dark:#495057;--template-link-color:#2a69b8;--template-special-color:#001B4C;}</style>
<script type="application/json"
class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script><script src="/media/templates/site/cassiopeia/js/template.min.js?5f1a9d" type="module"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${tTitle}","author":{"@type":"Person",
"name":"Helena Marsh"}}]}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<img loading="eager" decoding="async" src="/images/rowanfield-logo.png" alt="Rowanfield Hospice" width="220" height="64"></a>
<div class="site-description">Caring for Rowanfield and the Tarne valley since 1984</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1"
aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(tNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><div class="mod-finder js-finder-searchform form-search">
<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><div class="mod-finder__search input-group">
<input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Search ...">
<button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Search</button></div></form></div></div>
</div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>${tCrumbs
  .map(
    (t) => `<li itemprop="itemListElement"
itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway">
<span itemprop="name">${t}</span></a></li>`,
  )
  .join('')}
<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active">
<span itemprop="name">${tTitle}</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${tTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true">
</span>Written by: <span itemprop="name">Helena Marsh</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/our-care" itemprop="genre">Our Care</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="2027-01-14T10:02:11+00:00" itemprop="datePublished">Published: 14 January 2027</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1204">Hits: 1204</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p><img src="/images/care/therapy-room.jpg" alt="The therapy room" width="400" height="267" class="float-end" loading="lazy"></p>${ps([tIntro])}
<h2>${at(tHeads, 0)}</h2><ul>${lis(tOffer)}</ul>${ps([at(tParas, 0)])}
<h2>${at(tHeads, 1)}</h2>${ps([at(tParas, 1)])}<h2>${at(tHeads, 2)}</h2>${ps([at(tParas, 2)])}</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/our-care/day-hospice" rel="prev"><span class="visually-hidden">Previous article: Day Hospice</span>
<span class="icon-chevron-left" aria-hidden="true"></span><span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/our-care/lymphoedema" rel="next"><span class="visually-hidden">Next article: Lymphoedema service</span>
<span aria-hidden="true">Next</span><span class="icon-chevron-right" aria-hidden="true"></span></a>
</span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Therapy Team</h3><div class="card-body">
<div id="mod-custom118" class="mod-custom custom"><p>Monday to Friday, 9am to 4.30pm</p><p>Telephone: 01632 960 848</p>
<p>therapies@rowanfieldhospice.org.uk</p></div></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Latest News</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">
${links(['Ward refurbishment completed', 'Christmas cards now on sale', 'Thank you, Tarne Valley Rotary'])}</ul></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">
<div class="footer1">Copyright &#169; 2027 Rowanfield Hospice. All Rights Reserved.</div><div class="footer2">
<a href="https://www.joomla.org">Joomla!</a> is Free Software released under the
<a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const therapies: TestPage = {
  name: 'heldout666-joomla-complementary-therapies',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([tIntro, ...tOffer, ...tParas]),
  bylines: ['Written by: Helena Marsh', 'Published: 14 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Caring for Rowanfield and the Tarne valley since 1984', 'Support Us', 'Shops', 'Volunteering', 'News', 'Contact', 'Search',
    'You are here:', 'Details', 'Category: Our Care', 'Hits: 1204', 'Previous article: Day Hospice', 'Prev', 'Next article: Lymphoedema service',
    'Next', 'Monday to Friday, 9am to 4.30pm', 'Telephone: 01632 960 848', 'therapies@rowanfieldhospice.org.uk', 'Latest News',
    'Ward refurbishment completed', 'Christmas cards now on sale', 'Thank you, Tarne Valley Rotary',
    'Copyright © 2027 Rowanfield Hospice. All Rights Reserved.',
    'Joomla! is Free Software released under the GNU General Public License.',
  ],
};

export const HELDOUT666_F: readonly TestPage[] = [oldGardens, therapies];
