import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file f2: a small driving school's test-route guide on an old hand-written table layout (HTML 4.01,
 * font tags, image-button menu, hit counter), with a left menu column and a "latest passes" box.
 */
const oTitle = 'Wendover Road Test Centre – a Guide for our Pupils';
const oParas = [
  j(
    'Most of our pupils take their practical test at Wendover Road, so here are a few notes about the centre and the roads the',
    'examiners like to use. Your instructor will go over all of this with you before the day.',
  ),
  j(
    'The centre is on the first floor above the tyre depot. Park in the spaces marked TEST CANDIDATES ONLY and go up the outside',
    'stairs. There are no toilets, so use the ones at the petrol station on the corner before you arrive.',
  ),
  j(
    'Routes usually start with a left turn onto Wendover Road and then the traffic lights at the Crown. Watch out for the bus lane',
    'on the right hand side, which is in use from 7 till 10 in the morning and 4 till 7 in the evening.',
  ),
  j(
    'The two roundabouts on the bypass catch a lot of people out. Take the right hand lane for the third exit on both, and',
    'remember to check your left mirror before you leave.',
  ),
  j(
    'For the reversing exercise the examiners mostly use Linden Close, a quiet cul-de-sac with a fairly high kerb. We will practise',
    'there on your last two lessons.',
  ),
  'Good luck from all of us at Fenwick School of Motoring!',
];
const oMenu = ['Home', 'Lessons &amp; Prices', 'Our Instructors', 'Test Centre Guide', 'Latest Passes', 'Contact Us'];
const oPasses = ['Congratulations to <b>Amy T.</b> – passed first time, 2 faults!', 'Well done <b>Liam R.</b> – passed at Wendover Road'];
const menuRow = (m: string): string =>
  `<tr><td><a href="${m.toLowerCase().replace(/[^a-z]+/g, '')}.htm" class="menu">
<font face="Verdana, Arial" size="2" color="#FFFFFF"><b>${m}</b></font></a></td></tr>`;
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Fenwick School of Motoring - Test Centre Guide</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="driving lessons, driving school, Wendover, test centre, driving instructor, pass plus, cheap lessons">
<meta name="description" content="Fenwick School of Motoring - friendly driving lessons in Wendover and surrounding areas.">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//--></script></head>
<body bgcolor="#FFFFCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/btn_home_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Fenwick School of Motoring - Est. 1987"></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#FFFFFF"><b>Tel: 01632 960 733
&nbsp;|&nbsp; Mobile: 07700 900 455 &nbsp;|&nbsp; DSA Approved Instructors</b></font></td></tr>
<tr><td width="170" valign="top" bgcolor="#336699"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oMenu.map(menuRow).join('\n')}
<tr><td><br><table width="100%" border="1" bordercolor="#FFCC00" cellspacing="0" cellpadding="4" bgcolor="#FFFFCC"><tr><td><font face="Verdana, Arial"
size="1">
<b>Latest Passes</b><br>${oPasses.join('<br>')}</font></td></tr></table></td></tr>
<tr><td align="center"><img src="images/dsa_logo.gif" width="120" height="60" alt="DSA approved"></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td class="content" valign="top">
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><h1><font color="#003366">${oTitle}</font></h1>
<img src="images/wendover_centre.jpg" width="250" height="170" align="right" hspace="10" vspace="5" alt="Wendover Road test centre">
${oParas.map((p) => `<p>${p}</p>`).join('\n')}
<p align="right"><i>Page last updated 14/02/2011</i></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Fenwick School of Motoring 1999-2011 | 
<a href="links.htm"><font color="#FFCC00">Links</font></a> | <a href="sitemap.htm"><font color="#FFCC00">Site Map</font></a><br>
You are visitor number <img src="http://counter.fastcounter.example/c?id=88213" alt="counter"> since June 2003</font></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout483-table-layout-test-route',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oParas),
  bylines: ['Page last updated 14/02/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01632 960 733 | Mobile: 07700 900 455 | DSA Approved Instructors', ...texts(oMenu),
    ...texts(oPasses), '© Fenwick School of Motoring 1999-2011 | Links | Site Map', 'You are visitor number since June 2003',
  ],
};

export const HELDOUT483_F2: readonly TestPage[] = [oldTable];
