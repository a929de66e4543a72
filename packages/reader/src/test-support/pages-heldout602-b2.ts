import { ps, type TestPage } from './page-kit.js';
import { j, lis, settle } from './pages-heldout602-kit.js';

/** Held-out batch 602, file b2: a short delivery area page of an old table-layout hot tub dealer site (FrontPage era). */
const tTitle = 'Delivery Area & Site Prep';
const tBody = [
  j(
    'We deliver spas and swim spas FREE within 40 miles of our store in Ashford Mills. Beyond that we charge $3.50 per mile, one way.',
    'We do not ship by freight carrier.',
  ),
  'Before your delivery day please make sure that:',
  'your pad or deck is level and ready (4" concrete is best)',
  'a 50 amp GFCI disconnect is installed 5 to 10 feet from the spa',
  'gates, fences and low branches are out of the way',
  j(
    'Our crew will set the spa, fill it and show you how to start it up. Plan on about two hours. Please have a garden hose that reaches',
    'the spa. Call Ron at the store with any questions: (555) 013-2290.',
  ),
];
const tNav = ['Home', 'Hot Tubs', 'Swim Spas', 'Saunas', 'Chemicals', 'Service Dept.', 'Directions'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pellham Spa &amp; Pool Supply - Delivery</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="hot tubs, spas, swim spas, saunas, pool chemicals, Ashford Mills"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript">
<!--
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/header_logo.gif" width="760" height="110" alt="Pellham Spa &amp; Pool Supply - Since 1986"></td></tr>
<tr><td colspan="2" bgcolor="#003366"><marquee scrollamount="3"><font face="Arial" size="2" color="#FFFF00"><b>SPRING SPA SALE - Save up to $1,500 on
2019 models thru April 30!</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCE6FF"><table width="160" border="0" cellpadding="4" cellspacing="0">
${tNav.map((t) => `<tr><td><font face="Arial" size="2"><b><a href="${t.toLowerCase().replace(/[^a-z]/g, '')}.htm">${t}</a></b></font></td></tr>`).join('\n')}
</table><br><center><img src="images/bbb_seal.gif" width="100" height="40" alt="BBB Accredited"></center></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Arial" size="5" color="#003366"><b>Delivery Area &amp; Site Prep</b></font>
<font face="Arial" size="2">${ps([tBody[0] ?? '', tBody[1] ?? ''])}
<ul>${lis(tBody.slice(2, 5))}</ul>${ps([tBody[5] ?? ''])}</font>
<p align="center"><a href="hottubs.htm"><img src="images/btn_back.gif" border="0" alt="Back"></a></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Arial" size="1" color="#FFFFFF">Pellham Spa &amp; Pool Supply
&nbsp;|&nbsp; 118 Route 9 &nbsp;|&nbsp; Ashford Mills<br>Copyright &copy; 2004-2019 Pellham Spa &amp; Pool Supply. All rights reserved.<br>
Last updated 3/14/2019<br>Visitors: <img src="/cgi-bin/counter.pl?df=delivery.dat" alt="counter"></font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout602-table-layout-delivery-area',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['Last updated 3/14/2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SPRING SPA SALE - Save up to $1,500 on 2019 models thru April 30!', ...tNav,
    'Pellham Spa & Pool Supply | 118 Route 9 | Ashford Mills', 'Copyright © 2004-2019 Pellham Spa & Pool Supply. All rights reserved.', 'Visitors:',
  ],
};

export const HELDOUT602_B2: readonly TestPage[] = [tableLayout].map(settle);
