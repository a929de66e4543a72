import type { TestPage } from './page-kit.js';
import { bodyOf, h2, headingsOf, j, p, render, table, ul, finish } from './pages-heldout611-kit.js';

/**
 * Held-out batch 611, file f: a probate fees page of a small-town firm on an old Dreamweaver table layout (image-swap menu,
 * font tags, SRA badge iframe) and a leasehold management pack article on Joomla 4 with Cassiopeia (article info block, page
 * navigation, sidebar module).
 */
const tTitle = 'Probate Fees';
const tBlocks = [
  p(
    j(
      'We charge for probate work on a fixed fee basis where the estate is straightforward. The fees below are for obtaining the',
      'grant of probate and collecting in and distributing the estate.',
    ),
  ),
  table(
    ['Value of estate', 'Our fee', 'VAT'],
    ['Under £325,000', '£2,400', '£480'],
    ['£325,000 to £650,000', '£3,600', '£720'],
    ['Over £650,000', 'By quotation', '-'],
  ),
  p('Disbursements: Probate Registry fee £300; copy grants £1.50 each; bankruptcy searches £2 per beneficiary; Gazette notice about £90.'),
  p(
    j(
      'The work usually takes between six and twelve months. Estates with a property to sell, inheritance tax to pay or a',
      'dispute between beneficiaries will take longer and we will give you an estimate in writing.',
    ),
  ),
  p('<a href="contactus.htm">Contact us</a> for a free initial discussion.'),
];
const tNav = ['Home', 'About Us', 'Conveyancing', 'Wills', 'Probate', 'Family', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Gwinnell &amp; Daughters Solicitors - Probate Fees</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="solicitors, probate, wills, Lydcombe">
<link href="styles.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Gwinnell &amp; Daughters Solicitors, Lydcombe"></td></tr>
<tr><td colspan="2" bgcolor="#2B3F5C" class="strap"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">Serving Lydcombe
and the Vale since 1921 &nbsp;|&nbsp; Tel: 01632 960 877</font></td></tr>
<tr><td width="180" valign="top" bgcolor="#E8E4D8" class="leftnav"><br>
${tNav
  .map(
    (n, i) => `<a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="navlink" onMouseOut="MM_swapImgRestore()"
onMouseOver="MM_swapImage('nav${i}','','images/nav_over.gif',1)">${n}</a><br>`,
  )
  .join('\n')}
<br><br><div style="max-width:275px;max-height:163px;"><div style="position: relative;padding-bottom: 59.1%;height: auto;overflow: hidden;"><iframe
frameborder="0" scrolling="no" allowTransparency="true" src="https://cdn.yoshki.com/iframe/55845r.html" style="border:0px; margin:0px; padding:0px;
backgroundColor:transparent; top:0px; left:0px; width:100%; height:100%; position: absolute;"></iframe></div></div></td>
<td width="600" valign="top" class="content"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<h1><font face="Georgia, Times New Roman, serif" color="#2B3F5C">${tTitle}</font></h1>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
${render(tBlocks, { table: ' width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC"' })}
<p class="small"><i>Page last updated 14th January 2025</i></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2B3F5C" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">Gwinnell &amp;
Daughters is authorised and regulated by the Solicitors Regulation Authority (SRA No. 089214)<br>&copy; 2025 Gwinnell &amp; Daughters, 7 Sheep
Street, Lydcombe &nbsp;|&nbsp; <a href="privacy.htm"><font color="#FFFFFF">Privacy</font></a> &nbsp;|&nbsp; <a href="complaints.htm"><font
color="#FFFFFF">Complaints</font></a></font></td></tr></table></body></html>`;
const tableProbate: TestPage = finish({
  name: 'heldout611-table-layout-probate-fees',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: headingsOf(tBlocks),
  body: bodyOf(tBlocks),
  bylines: ['Page last updated 14th January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Serving Lydcombe and the Vale since 1921 | Tel: 01632 960 877', ...tNav,
    'Gwinnell & Daughters is authorised and regulated by the Solicitors Regulation Authority (SRA No. 089214)',
    '© 2025 Gwinnell & Daughters, 7 Sheep Street, Lydcombe', 'Privacy', 'Complaints',
  ],
});

const mTitle = 'Selling a leasehold flat: the management pack';
const mBlocks = [
  p(
    j(
      'If you are selling a leasehold flat, the buyer’s solicitor will ask for information that only the landlord or the managing',
      'agent holds. It comes in a bundle usually called the management pack, or the LPE1 form with supporting documents.',
    ),
  ),
  h2('What the pack contains'),
  ul(
    'the service charge accounts for the last three years and the budget for this year',
    'details of the ground rent and when it is next due to rise',
    'the buildings insurance policy and schedule',
    'any planned major works and the balance of the reserve fund',
    'any disputes with the landlord or other leaseholders',
  ),
  h2('Ordering it early'),
  p(
    j(
      'Managing agents charge between £200 and £450 for the pack, and the seller pays. Some take four to six weeks to produce it,',
      'which is now one of the most common causes of delay in flat sales. We ask our selling clients to order the pack as soon as',
      'they accept an offer, and sometimes before.',
    ),
  ),
  h2('Retentions'),
  p(
    j(
      'If service charges for the current year have not yet been settled, the buyer’s solicitor may ask for part of the sale',
      'money to be held back until the final accounts are ready. We agree the amount with you before exchange.',
    ),
  ),
];
const mNav = ['Home', 'Residential Property', 'Wills and Probate', 'News', 'Contact'];
const mCrumbs = ['Home', 'News', 'Property'];
const mHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Daniel Fisk"><meta name="viewport" content="width=device-width,
initial-scale=1"><meta name="generator" content="Joomla! - Open Source Content Management"><title>${mTitle} - Orrin Fisk Solicitors</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f1a2b" rel="stylesheet"><link href="/media/system/css/joomla-fontawesome.min.css?4f1a2b"
rel="stylesheet"><style>:root{--hue:214;--template-bg-light:#f0f4fb;--template-text-dark:#495057}</style>
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4f1a2b" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"item":{"@id":"https://www.orrinfisk.co.uk/","name":"Home"}}]}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span
title="Orrin Fisk Solicitors">Orrin Fisk Solicitors</span></a><div class="site-description">Property and private client lawyers in Saltmere</div></div>
</div><div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler
navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false"
aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul
class="mod-menu mod-list nav ">${mNav
  .map(
    (n, i) => `<li class="nav-item item-${101 + i}${i === 3 ? ' active' : ''}"><a
href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></li>`,
  )
  .join('')}</ul></div></nav><div class="container-search"><form class="mod-finder
js-finder-searchform form-search" action="/search" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden
finder">Search</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control"
placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope
itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are
here: &#160;</li>${mCrumbs
  .map(
    (c) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item
breadcrumb-item"><a itemprop="item" href="/${c.toLowerCase()}" class="pathway"><span itemprop="name">${c}</span></a></li>`,
  )
  .join('')}<li
aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">${mTitle}</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${mTitle}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">Daniel Fisk</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/news/property"
itemprop="genre">Property</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time
datetime="2025-02-03T10:00:00+00:00" itemprop="datePublished">Published: 03 February 2025</time></dd><dd class="hits"><span class="icon-eye
icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Hits: 412</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${render(mBlocks)}
</div><nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/news/property/stamp-duty" rel="prev"><span class="visually-hidden">Previous article: Stamp duty for first-time buyers</span><span
class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next"
href="/news/property/gifted-deposits" rel="next"><span class="visually-hidden">Next article: Gifted deposits and your mortgage</span> <span
aria-hidden="true">Next</span><span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Contact us</h3><div class="card-body"><div
id="mod-custom93" class="mod-custom custom"><p>Orrin Fisk Solicitors<br>2 Harbour Parade, Saltmere SM3 8LW</p><p>Tel: 01632 960 233</p></div>
</div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div class="footer1">Copyright &#169; 2025 Orrin
Fisk Solicitors. All Rights Reserved.</div><div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the
<a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const joomlaPack: TestPage = finish({
  name: 'heldout611-joomla-management-pack',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: headingsOf(mBlocks),
  body: bodyOf(mBlocks),
  bylines: ['Written by: Daniel Fisk', 'Published: 03 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orrin Fisk Solicitors', 'Property and private client lawyers in Saltmere', ...mNav, 'Search', 'You are here:', ...mCrumbs, 'Details',
    'Category: Property', 'Hits: 412', 'Previous article: Stamp duty for first-time buyers', 'Prev',
    'Next article: Gifted deposits and your mortgage', 'Next', 'Contact us', '2 Harbour Parade, Saltmere SM3 8LW',
    'Tel: 01632 960 233', 'Copyright © 2025 Orrin Fisk Solicitors. All Rights Reserved.',
    'Joomla! is Free Software released under the GNU General Public License.',
  ],
});

export const HELDOUT611_F: readonly TestPage[] = [tableProbate, joomlaPack];
