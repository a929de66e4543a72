import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout573-kit.js';

/**
 * Held-out batch 573, file e: a marina's short visitor berths page on Webflow with an enquiry form, and a harbour trust's
 * notice to mariners on an old table layout site.
 */
const fTitle = 'Visitor berths';
const fBody = [
  j(
    'Saltrun Marina keeps 40 berths for visiting boats on the outer pontoons, a short walk from the town quay. Berths are available',
    'at all states of the tide with a minimum depth of 2.5 metres.',
  ),
  'Call us on VHF Channel 37 (call sign Saltrun Marina) when you reach the outer harbour buoy, and we will meet you on the pontoon.',
  'Tonight: £3.20 per metre, including water and electricity',
  'Short stay (lunch or shopping, up to four hours): £15',
  'Rafting may be needed in July and August; we will never raft more than three boats deep',
];
const fNav = ['Berthing', 'Visitors', 'Boatyard', 'Find us'];
const fHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  --><!--  Last Published: Tue Feb 16 2027 11:02:37 GMT+0000  -->
<html data-wf-domain="www.saltrunmarina.com" data-wf-page="65c1a2b3d4e5f60718293a4b" data-wf-site="65c1a2b3d4e5f60718293a40" lang="en"><head>
<meta charset="utf-8"><title>Visitor Berths | Saltrun Marina</title><meta content="Forty deep-water visitor berths a short walk from the town quay."
name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c1a2b3d4e5f60718293a40/css/saltrun.webflow.3f2a1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65c1a2b3/logo.svg"
loading="lazy" alt="Saltrun Marina" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'Visitors' ? ' w--current' : ''}">${t}</a>`).join('\n')}
<a href="/book" class="nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-visitors wf-section"><div class="container-large"><div class="hero-content"><div class="eyebrow">Visiting Saltrun</div>
<h1 class="heading-xl">${fTitle}</h1></div></div></section>
<section class="section-content wf-section"><div class="container-medium"><div class="rich-text w-richtext">
${ps(fBody.slice(0, 2))}<h3>Rates</h3><ul role="list">${lis(fBody.slice(2))}</ul></div>
<div class="form-block w-form"><form id="wf-form-Visitor-Enquiry" name="wf-form-Visitor-Enquiry" data-name="Visitor Enquiry" method="get" class="enquiry-form">
<h4 class="form-heading">Planning a visit?</h4><label for="name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="name"
data-name="Name" type="text" id="name"><label for="email" class="field-label">Email address</label><input class="text-field w-input" maxlength="256"
name="email"
type="email" id="email" required=""><label for="dates" class="field-label">Arrival date and length of stay</label><input class="text-field w-input" name="dates"
type="text" id="dates"><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send enquiry"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Visitor Enquiry success"><div>Thanks! We will reply within a day.</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Visitor Enquiry failure"><div>Oops! Something went wrong while submitting the form.</div></div></div>
</div></section>
<footer class="footer wf-section"><div class="container-large"><div class="footer-grid"><div
class="footer-text">Saltrun Marina, Harbour Road, Saltrun SN7 1QR</div>
<div class="footer-text">Office open daily 8:00 to 18:00</div><a href="/privacy" class="footer-link">Privacy</a></div>
<div class="footer-text small">© 2027 Saltrun Marina Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c1a2b3d4e5f60718293a40" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c1a2b3d4e5f60718293a40/js/webflow.4b1e2c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout573-webflow-visitor-berths',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Rates'],
  body: fBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book now', 'Visiting Saltrun', 'Planning a visit?', 'Name', 'Email address', 'Arrival date and length of stay',
    'Thanks! We will reply within a day.', 'Oops! Something went wrong while submitting the form.', 'Saltrun Marina, Harbour Road, Saltrun SN7 1QR',
    'Office open daily 8:00 to 18:00', 'Privacy', '© 2027 Saltrun Marina Ltd',
  ],
};
const oTitle = 'Local Notice to Mariners No. 3 of 2027';
const oBody = [
  'Temporary removal of No. 4 port-hand buoy, Dunmarrow Bar',
  j(
    'Notice is hereby given that No. 4 port-hand lateral buoy (Fl(2) R 6s) in position 56°12.44′N 002°41.07′W will be removed',
    'for maintenance on or about 22 March 2027 for a period of approximately three weeks.',
  ),
  j(
    'During this period a temporary unlit red can buoy will be laid in the same position. Mariners are advised to navigate with',
    'caution when crossing the bar, particularly at night, and to keep to the centre of the dredged channel.',
  ),
  'A further notice will be issued when the buoy is restored to service.',
];
const oSig = ['D. M. Kinnear', 'Harbour Master'];
const oNav = ['Home', 'Harbour Information', 'Notices to Mariners', 'Tide Tables', 'Harbour Dues', 'Fishing Fleet', 'Links', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Dunmarrow Harbour Trust - Notices to Mariners</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="Dunmarrow, harbour, notices, mariners, buoys">
<link href="dht.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_o.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/header.jpg" width="780" height="120"
alt="Dunmarrow Harbour Trust"></td></tr><tr><td width="170" valign="top" bgcolor="#003366" class="navcell"><table width="170" border="0" cellspacing="0"
cellpadding="4">
${oNav.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '_')}.htm" class="navlink">${t}</a></td></tr>`).join('\n')}
<tr><td class="nav"><br><font color="#FFFFFF" size="1">Harbour Office<br>Tel: 01632 960 215<br>VHF Ch 14</font></td></tr></table></td>
<td width="610" valign="top" class="bodytext"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1><font face="Arial, Helvetica, sans-serif" color="#003366">${oTitle}</font></h1>
<p><font face="Arial, Helvetica, sans-serif" size="2"><b>${oBody[0]}</b></font></p>
${oBody
  .slice(1)
  .map((p) => `<p><font face="Arial, Helvetica, sans-serif" size="2">${p}</font></p>`)
  .join('\n')}
<p><font face="Arial, Helvetica, sans-serif" size="2">${oSig[0]}<br>${oSig[1]}<br>Dated: 15 March 2027</font></p>
<hr noshade size="1"><p align="center"><font size="1"><a href="notices.htm">Back to Notices</a> | <a href="#top">Top of page</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font color="#FFFFFF" size="1" face="Verdana">&copy; Dunmarrow Harbour Trust 2003-2027 | Page last updated
15/03/2027<br>You are visitor number <img src="/cgi-bin/counter.gif" alt="counter"> since 1 January 2004</font></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout573-table-layout-buoy-notice',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oBody),
  bylines: ['D. M. Kinnear', 'Harbour Master', 'Dated: 15 March 2027', 'Page last updated 15/03/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Harbour Office', 'Tel: 01632 960 215', 'VHF Ch 14', 'Back to Notices', 'Top of page', '© Dunmarrow Harbour Trust 2003-2027',
    'You are visitor number since 1 January 2004',
  ],
};

export const HELDOUT573_E: readonly TestPage[] = [webflow, oldTable];
