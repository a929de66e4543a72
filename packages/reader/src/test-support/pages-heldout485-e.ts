import { type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout485-kit.js';

/** Held-out batch 485, file e: a village silver band's members' notice on an old hand-built table layout (FrontPage era) with a left menu and a hit counter. */
const tTitle = 'NOTICE TO ALL PLAYING MEMBERS';
const tSub = 'Annual subscriptions, uniforms and the AGM';
const tParas = [
  j(
    'Subscriptions for the year from 1st April are now due. The committee has agreed to keep them at £45 for adults and £15',
    'for juniors and students. Please pay Brian at rehearsal, or by bank transfer using your surname as the reference.',
  ),
  j(
    'Any member who has left the band, or is taking a break, is asked to return their uniform jacket and band tie to the',
    'bandroom by the end of March. Jackets will be sent for cleaning before the Whit Walks.',
  ),
  j(
    'The Annual General Meeting will be held in the bandroom on Thursday 25th March at 7.30pm, before a short rehearsal.',
    'Nominations for the committee must reach the Secretary by 18th March. All playing members over 16 may vote.',
  ),
];
const tAgenda = ['Apologies', 'Minutes of the last AGM', 'Treasurer&#39;s report', 'Bandmaster&#39;s report', 'Election of officers', 'Any other business'];
const tSign = 'R. Thwaite, Band Secretary';
const tNav = ['Home', 'News', 'Engagements', 'The Band', 'History', 'Photo Gallery', 'Guestbook', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="brass band, silver band, Ashby Cross, music, band">
<title>Ashby Cross Silver Band - Members Notices</title><link rel="stylesheet" type="text/css" href="band.css">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFCC" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_over.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#000066"><img src="images/banner.jpg" width="780" height="120" alt="Ashby Cross Silver Band"></td></tr>
<tr><td colspan="2" bgcolor="#CC9900" height="22"><marquee scrollamount="3"><font face="Arial" size="2" color="#000066"><b>Next engagement: Spring Concert,
Ashby Cross Methodist Church, Saturday 17th April 7pm</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#000066"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav
  .map(
    (n) => `<tr><td><font face="Arial" size="2"><a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="navlink"><font color="#FFFFFF">${n}</font>
</a></font></td></tr>`,
  )
  .join('\n')}
<tr><td><font face="Arial" size="2"><a href="members.htm" class="navlink"><font color="#FFCC00"><b>Members Area</b></font></a></font></td></tr>
<tr><td align="center"><br><img src="images/bbe_member.gif" width="100" height="60" alt="Brass Band England member"></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Arial" size="1"><a href="index.htm">Home</a> &gt; <a href="members.htm">Members Area</a> &gt; Notices</font>
<p align="center"><font face="Arial" size="5" color="#000066"><b>${tTitle}</b></font></p>
<p align="center"><font face="Arial" size="3" color="#990000"><b>${tSub}</b></font></p>
<p><font face="Arial" size="1" color="#666666">Posted 2nd March</font></p>
${tParas.map((p) => `<p><font face="Arial" size="2">${p}</font></p>`).join('\n')}
<p><font face="Arial" size="2"><b>Agenda:</b></font></p>
<ol>${tAgenda.map((a) => `<li><font face="Arial" size="2">${a}</font></li>`).join('\n')}</ol>
<p><font face="Arial" size="2"><i>${tSign}</i></font></p>
<hr size="1" color="#CC9900"><p align="center"><font face="Arial" size="2"><a href="members.htm">&lt;&lt; Back to Members Area</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#000066" align="center"><font face="Arial" size="1" color="#FFFFFF">You are visitor number
<img src="/cgi-bin/Count.cgi?df=band.dat&amp;dd=C" alt="counter" align="absmiddle"> since March 2003<br>
&copy; Ashby Cross Silver Band 2003-2027 | Last updated 2nd March 2027<br>Best viewed at 1024 x 768</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = finish({
  name: 'heldout485-table-layout-notice',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tSub, ...tParas, 'Agenda:', ...tAgenda]),
  bylines: ['Posted 2nd March', tSign, 'Last updated 2nd March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Next engagement: Spring Concert, Ashby Cross Methodist Church, Saturday 17th April 7pm', ...tNav, 'Members Area', 'Home > Members Area > Notices',
    '<< Back to Members Area', 'You are visitor number', 'since March 2003', '© Ashby Cross Silver Band 2003-2027 |', 'Best viewed at 1024 x 768',
  ],
});

export const HELDOUT485_E: readonly TestPage[] = [tableLayout];
