import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout616-kit.js';

/** Held-out batch 616, file b2: a country saddler's repairs price list on an old hand-written table layout (font tags, spacer GIFs). */
const tTitle = 'Repairs & Price List';
const tIntro = j(
  'All repairs are done by hand in our own workshop. Most jobs are ready within ten working days. Please label each item',
  'with your name and telephone number when you drop it off.',
);
const tRows = [
  ['Restitch stirrup leathers (pair)', '£18.00'],
  ['Replace girth straps (set of three)', '£42.00'],
  ['Full reflock of saddle', '£95.00'],
  ['Replace bridle cheekpieces (pair)', '£26.00'],
  ['New keepers or buckles, each', '£4.50'],
  ['Rug repairs', 'by quotation'],
] as const;
const tOutro = 'Prices include VAT. We can post repairs back to you for £8.50 per parcel.';
const tNav = ['Home', 'About Us', 'Saddles', 'Bridles', 'Repairs', 'Find Us', 'Links'];
const tNavHtml = tNav
  .map(
    (t) =>
      `<tr><td class="nav">&nbsp;<img src="images/arrow.gif" width="7" height="7" alt=""> <a
href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`,
  )
  .join('\n');
const tRowsHtml = tRows
  .map(
    ([item, price], i) =>
      `<tr bgcolor="${i % 2 === 0 ? '#F5EBDC' : '#FFFFFF'}"><td><font face="Verdana, Arial, Helvetica" size="2">${item.replace(/&/g, '&amp;')}</font></td>
<td align="right"><font face="Verdana, Arial, Helvetica" size="2">${price}</font></td></tr>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>J. Haskett &amp; Son - Saddlers - Repairs</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="saddler, saddle repairs, tack repairs, reflocking, Tollbridge, saddlery">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<style type="text/css"><!--
td.nav { font-family: Verdana, Arial, Helvetica; font-size: 11px; }
a:link { color: #5A3413; } a:visited { color: #7B4A1E; }
--></style>
<script language="JavaScript"><!--
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#E8DCC8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/arrow_on.gif')">
<a name="top"></a>
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="760" height="120" alt="J. Haskett &amp; Son, Saddlers, Tollbridge"></td></tr>
<tr><td width="160" valign="top" bgcolor="#F5EBDC"><br>
<table width="150" border="0" cellspacing="2" cellpadding="2">
${tNavHtml}
</table>
<br><center><font face="Verdana" size="1" color="#7B4A1E">Master Saddlers<br>Est. 1952</font></center><br>
</td><td width="10"><img src="images/spacer.gif" width="10" height="1" alt=""></td>
<td width="590" valign="top"><br>
<font face="Georgia, Times New Roman" size="5" color="#5A3413"><b>Repairs &amp; Price List</b></font><br><br>
<font face="Verdana, Arial, Helvetica" size="2">${tIntro}</font><br><br>
<table width="95%" border="1" cellspacing="0" cellpadding="4" bordercolor="#C9B48F">
<tr bgcolor="#5A3413"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Item</b></font></td>
<td align="right"><font face="Verdana" size="2" color="#FFFFFF"><b>Price</b></font></td></tr>
${tRowsHtml}
</table><br>
<font face="Verdana, Arial, Helvetica" size="2">${tOutro}</font><br><br>
<font face="Verdana" size="1"><i>Page last updated 12th January 2026</i></font>
<p align="center"><font face="Verdana" size="1"><a href="#top">Back to top</a></font></p>
</td></tr>
<tr><td colspan="3" bgcolor="#5A3413" align="center"><font face="Verdana" size="1" color="#FFFFFF">
J. Haskett &amp; Son, 3 Market Row, Tollbridge &nbsp;|&nbsp; Tel: 01632 960 778<br>
Best viewed at 1024 x 768 in Internet Explorer 6<br>
You are visitor number <img src="/cgi-bin/counter.gif" alt="004512"> since March 2004
</font></td></tr></table>
</body></html>`;
const tableRepairs: TestPage = {
  name: 'heldout616-table-layout-repairs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...tRows.map(([item, price]) => `${item} ${price}`), tOutro],
  bylines: ['Page last updated 12th January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'About Us', 'Saddles', 'Bridles', 'Find Us', 'Links', 'Master Saddlers', 'Est. 1952', 'Back to top',
    'J. Haskett & Son, 3 Market Row, Tollbridge | Tel: 01632 960 778', 'Best viewed at 1024 x 768 in Internet Explorer 6',
    'You are visitor number since March 2004',
  ],
};

export const HELDOUT616_B2: readonly TestPage[] = [tableRepairs];
