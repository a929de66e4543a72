import { type TestPage, texts } from './page-kit.js';
import { j, rowTexts } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file b2: a model shop's news page on a hand-written table layout from the early 2000s (font tags, spacer
 * GIFs, a left link column, a hit counter), whose title and section heads are bold font lines rather than h1 / h2.
 */
const tTitle = 'Open Days & Swapmeet Dates 2026';
const tHeads = ['Spring Open Day', 'Swapmeet dates', 'Selling at the swapmeet'];
const tBody1 = [
  j(
    'Our Spring Open Day is on Saturday 11th April from 9am until 4pm. The club layout "Kelsby Road" will be running all day in',
    'the upstairs room, and Len will be demonstrating brass kit soldering at 11am and 2pm. Tea and biscuits as usual.',
  ),
  j('There will be 10% off all Peco track and Hornby accessories on the day only. Sorry, this does not include pre-orders.'),
];
const tRows = [
  ['Sunday 8th March', 'Dunmore Scout Hall', '10am - 1pm'],
  ['Sunday 14th June', 'Dunmore Scout Hall', '10am - 1pm'],
  ['Sunday 13th September', "St Edith's Church Rooms", '10am - 2pm'],
  ['Sunday 29th November', 'Dunmore Scout Hall', '10am - 1pm'],
];
const tBody2 = [
  j(
    'Tables are £6 each and must be booked in advance by phone. Setting up from 9am. Please price everything clearly, and note we',
    'cannot take in unboxed locomotives for sale on commission at the shop any more.',
  ),
  'Any questions, ring the shop or ask at the counter.',
];
const tNav = ['Home', 'New Arrivals', 'Railways', 'Plastic Kits', 'Slot Cars', 'Second Hand', 'News', 'How to find us'];
const cell = (s: string): string => `<td><font face="Verdana, Arial, Helvetica" size="2">${s}</font></td>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Dunmore Model Centre - News</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="model railways, dunmore, swapmeet, hornby, peco, plastic kits, slot cars">
<meta name="description" content="Dunmore Model Centre - model railways, kits and slot cars since 1978">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//-->
</script>
<style type="text/css">
<!--
a:link { color: #003366; } a:visited { color: #663366; } .small { font-size: 10px; }
-->
</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" bgcolor="#003366"><img src="images/header.jpg" width="760" height="110" alt="Dunmore Model Centre"></td></tr>
<tr><td colspan="3" bgcolor="#CC9900" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF"><b>14 Bridge Street, Dunmore
&nbsp;|&nbsp; Tel: 01632 960 772 &nbsp;|&nbsp; Open Tues - Sat 9.30 - 5.30</b></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E8E8E8">
<table width="150" border="0" cellspacing="0" cellpadding="4">
${tNav.map((t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table>
<p align="center"><img src="images/spacer.gif" width="1" height="20"><br>
<font face="Verdana, Arial" size="1">Member of the<br>Model Retailers Guild</font></p>
<p align="center"><font face="Verdana, Arial" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?df=news.dat" alt="counter"></font></p>
</td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top">
<p><img src="images/spacer.gif" width="1" height="10"></p>
<p align="center"><font face="Verdana, Arial, Helvetica" size="5" color="#003366"><b>Open Days &amp; Swapmeet Dates 2026</b></font></p>
<p><font face="Verdana, Arial, Helvetica" size="3" color="#CC6600"><b><u>${tHeads[0]}</u></b></font></p>
${tBody1.map((p) => `<p><font face="Verdana, Arial, Helvetica" size="2">${p}</font></p>`).join('\n')}
<p align="center"><img src="images/kelsby_road.jpg" width="400" height="260" alt="Kelsby Road layout" border="1"><br>
<font face="Verdana, Arial" size="1"><i>Kelsby Road at last year's open day</i></font></p>
<p><font face="Verdana, Arial, Helvetica" size="3" color="#CC6600"><b><u>${tHeads[1]}</u></b></font></p>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">
<tr bgcolor="#003366"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Date</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Venue</b>
</font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Times</b></font></td></tr>
${tRows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}
</table>
<p><font face="Verdana, Arial, Helvetica" size="3" color="#CC6600"><b><u>${tHeads[2]}</u></b></font></p>
${tBody2.map((p) => `<p><font face="Verdana, Arial, Helvetica" size="2">${p}</font></p>`).join('\n')}
<p><font face="Verdana, Arial" size="1" color="#666666">Page last updated 21st January 2026</font></p>
<p align="right"><font face="Verdana, Arial" size="1"><a href="#top">Back to top</a></font></p>
</td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; 1998-2026 Dunmore Model Centre. All rights
reserved.<br>Hornby and Peco are trade marks of their owners.</font></td></tr>
</table>
</body>
</html>`;
const tableNews: TestPage = {
  name: 'heldout626-table-layout-swapmeet',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: [...texts(tBody1), ...rowTexts(tRows), ...texts(tBody2)],
  bylines: ['Page last updated 21st January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '14 Bridge Street, Dunmore | Tel: 01632 960 772 | Open Tues - Sat 9.30 - 5.30', ...tNav, 'Member of the Model Retailers Guild',
    'You are visitor number', "Kelsby Road at last year's open day", 'Back to top', '© 1998-2026 Dunmore Model Centre. All rights reserved.',
    'Hornby and Peco are trade marks of their owners.',
  ],
};

export const HELDOUT626_B2: readonly TestPage[] = [tableNews];
