import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs, uniq } from './pages-heldout474-kit.js';

/**
 * Held-out batch 474, file e: a lakeside campsite's pitches page on Joomla 4 (Cassiopeia template, com_content article with
 * article info, a price table, a sidebar module and previous / next navigation), and a B&B's guest information and house
 * rules on an old hand-written table layout with font tags, a left menu column and a hit counter.
 */
const jTitle = 'Pitches, prices and facilities';
const jParas = [
  j(
    'Camping Orrinsee has 92 touring pitches on terraces above the east shore of the lake, most of them with a view of the water.',
    'All pitches are marked and numbered, and you can choose yours when you book.',
  ),
  j('The upper terraces are quieter and get the evening sun; the lake terrace is closest to the beach and the boat slip but is busier', 'in July and August.'),
];
const jRows = [
  ['Standard pitch (80–100 m²)', '€16.00', '€22.00'],
  ['Comfort pitch with electricity, water and drain', '€21.00', '€29.00'],
  ['Lake terrace pitch', '€25.00', '€34.00'],
  ['Adult', '€6.50', '€8.50'],
  ['Child (4–14 years)', '€3.50', '€4.50'],
  ['Dog', '€3.00', '€3.00'],
];
const jFac = [
  'Sanitary buildings with free hot showers, family cabins and baby changing rooms',
  'Washing machines and tumble dryers',
  'Shop with fresh bread rolls every morning (order by 6pm the day before)',
  'Private beach with a jetty, boat slip and canoe rental',
  'Playground and a football meadow',
];
const jAfter = 'Prices are per night and include tourist tax. Electricity is charged at €0.70 per kWh on comfort and lake terrace pitches.';
const jNav = ['Home', 'Pitches', 'Mobile Homes', 'Activities', 'Getting here', 'Contact'];
const jCrumbs = ['Home', 'Pitches'];
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Site Team"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="description" content="Touring pitches on the east shore of the Orrinsee: prices and facilities."><meta name="generator"
content="Joomla! - Open Source Content Management">
<title>${jTitle} - Camping Orrinsee</title><link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4a1b2c" rel="stylesheet"><link
href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<style>:root{--hue:214;--template-bg-light:#f0f4fb;--template-text-dark:#495057;}</style>
<script type="application/json"
class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4a1b2c" defer></script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager"
decoding="async"
src="/images/orrinsee-logo.png" alt="Camping Orrinsee" width="220" height="70"></a><div
class="site-description">Tents, vans and cabins by the lake</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button"
data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu"
aria-hidden="true">
</span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(jNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search"><label
for="mod-finder-searchword"
class="visually-hidden finder">Search</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword"
class="js-finder-search-query form-control" placeholder="Search ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white"
aria-hidden="true"></span>
Search</button></div></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope
itemtype="https://schema.org/BreadcrumbList"
class="mod-breadcrumbs breadcrumb px-3 py-2"><li
class="mod-breadcrumbs__here float-start">You are here: &#160;</li>${links(jCrumbs, 'mod-breadcrumbs__item breadcrumb-item')}
</ol></nav><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Site Team</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Category:
<a href="/pitches" itemprop="genre">Pitches</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="2026-02-12T09:30:00+01:00" itemprop="datePublished">Published: 12 February 2026</time></dd><dd class="hits"><span class="icon-eye icon-fw"
aria-hidden="true">
</span><meta itemprop="interactionCount" content="UserPageVisits:1543">Hits: 1543</dd></dl>
<figure class="left item-image"><img src="/images/pitches/lake-terrace.jpg" itemprop="image" alt="" width="600" height="400"><figcaption
class="caption">The lake terrace in June</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jParas)}
<h2>Prices 2026</h2><table class="table table-striped"><thead><tr><th>Per night</th><th>Low season</th><th>High season (1 Jul – 31 Aug)</th></tr></thead><tbody>
${trs(jRows)}</tbody></table>
<p>${jAfter}</p>
<h2>Facilities</h2><ul>${jFac.map((f) => `<li>${f}</li>`).join('')}</ul></div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/getting-here"
rel="prev">
<span class="visually-hidden">Previous article: Getting here</span><span class="icon-chevron-left" aria-hidden="true"></span> <span
aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/mobile-homes" rel="next"><span class="visually-hidden">Next article: Mobile homes</span><span
aria-hidden="true">Next</span>
<span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Opening times</h3><div class="card-body"><div
id="mod-custom118"
class="mod-custom custom"><p>1 April to 18 October</p><p>Reception: 8:00–12:00 and 14:00–19:00</p><p>Quiet hours: 13:00–15:00 and
22:00–7:00</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div
class="footer1">Copyright &#169; 2026 Camping Orrinsee. All Rights Reserved.</div>
<div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a
href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a>
</div></div></div></footer><a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw"
aria-hidden="true"></span></a>
</body></html>`;
const joomlaCamp: TestPage = {
  name: 'heldout474-joomla-campsite-pitches',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: ['Prices 2026', 'Facilities'],
  body: [...texts(jParas), ...rowTexts(jRows), jAfter, ...jFac],
  bylines: ['Written by: Site Team', 'Published: 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Tents, vans and cabins by the lake', ...jNav, 'Search', 'You are here:', 'Details', 'Category: Pitches', 'Hits: 1543', 'The lake terrace in June',
    'Previous article: Getting here', 'Prev', 'Next article: Mobile homes', 'Next', 'Opening times', '1 April to 18 October',
    'Reception: 8:00–12:00 and 14:00–19:00',
    'Quiet hours: 13:00–15:00 and 22:00–7:00', 'Copyright © 2026 Camping Orrinsee. All Rights Reserved.',
    'Joomla! is Free Software released under the GNU General Public License.',
  ]),
};

const tTitle = 'Guest Information & House Rules';
const tSections: [string, string[]][] = [
  ['Arriving', [j('We are usually at home from 4pm. Please telephone if you expect to arrive after 9pm. There is parking for four cars', 'in the yard.')]],
  [
    'Breakfast',
    [
      j(
        'Full English or vegetarian breakfast is served in the dining room from 8.00 to 9.00am (8.30 to 9.30am on Sundays).',
        'Eggs are from our own hens. Please tell us the night before if you need an early breakfast.',
      ),
    ],
  ],
  [
    'In the house',
    [
      'Please do not smoke anywhere in the house or garden.',
      'Sorry, no pets, except guide dogs.',
      'Rooms are cleaned daily unless you hang the card on the door.',
      'Please do not bring food into the bedrooms.',
      'The guest lounge is yours to use until 10.30pm.',
    ],
  ],
  [
    'Payment',
    [
      j(
        'We take cash, cheque or card (a 2% charge applies to credit cards). A deposit of one night secures your room and is returned',
        'if you cancel 14 days or more before arrival.',
      ),
    ],
  ],
];
const tEsc = (s: string): string => s.replace(/&/g, '&amp;');
const tBlock = ([h, items]: [string, string[]]): string =>
  `<p><b><font color="#336633">${h}</font></b></p>\n${
    items.length > 1 ? `<ul>\n${items.map((i) => `<li>${tEsc(i)}</li>`).join('\n')}\n</ul>` : `<p>${tEsc(items[0] ?? '')}</p>`
  }`;
const tMenu = ['Home', 'Rooms & Rates', 'Guest Information', 'Things to Do', 'How to Find Us', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Rosebank Guest House, Pellow - Guest Information</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="bed and breakfast, Pellow, guest house, B&amp;B, Cornwall">
<meta name="description" content="Rosebank Guest House - guest information and house rules">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
<link href="styles.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header_rosebank.jpg" width="760" height="140" alt="Rosebank Guest House"></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1"
color="#FFFFFF">Rosebank Guest House &nbsp;|&nbsp;
Chapel Road, Pellow, Cornwall &nbsp;|&nbsp; Tel: 01632 960 483</font></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#E8F0E0"><br>
<table width="150" border="0" cellspacing="2" cellpadding="4" align="center">
${tMenu
  .map(
    (m) => `<tr><td bgcolor="#FFFFFF"><a href="${m.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font face="Verdana" size="2"
color="#336633">${tEsc(m)}</font></a></td></tr>`,
  )
  .join('\n')}
</table>
<p align="center"><img src="images/4star_guesthouse.gif" width="100" height="60" alt="4 Star Guest Accommodation"></p>
<p align="center"><font face="Verdana" size="1">Member of the<br>Pellow &amp; District<br>Tourism Association</font></p>
</td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<p><font size="4" color="#336633"><b>${tEsc(tTitle)}</b></font></p>
${tSections.map(tBlock).join('\n')}
<p>We hope you enjoy your stay with us.<br><i>Margaret &amp; Tom Polglase</i></p>
<p align="center"><a href="rooms.htm">&lt;&lt; Rooms &amp; Rates</a> &nbsp; | &nbsp; <a href="thingstodo.htm">Things to Do &gt;&gt;</a></p>
</font></td></tr></table></td>
</tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1"
color="#FFFFFF">&copy; 2004-2026 Rosebank Guest House. All rights reserved.<br>
Page last updated: 3 March 2026</font><br><img src="/cgi-bin/counter.pl?page=info" alt="counter"><font face="Verdana" size="1"
color="#FFFFFF"> visitors since January 2004</font></td></tr>
</table>
</body>
</html>`;
const tablePage: TestPage = {
  name: 'heldout474-table-layout-bnb-rules',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSections.map(([h]) => h),
  body: [...tSections.flatMap(([, i]) => i), 'We hope you enjoy your stay with us.'],
  bylines: ['Margaret & Tom Polglase', 'Page last updated: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rosebank Guest House | Chapel Road, Pellow, Cornwall | Tel: 01632 960 483', 'Home', 'Rooms & Rates', 'Guest Information', 'Things to Do',
    'How to Find Us', 'Contact Us',
    'Member of the Pellow & District Tourism Association', '<< Rooms & Rates', 'Things to Do >>', '© 2004-2026 Rosebank Guest House. All rights reserved.',
    'visitors since January 2004',
  ],
};

export const HELDOUT474_E: readonly TestPage[] = [joomlaCamp, tablePage];
