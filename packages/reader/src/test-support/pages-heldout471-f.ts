import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout471-kit.js';

/**
 * Held-out batch 471, file f: a master plumbers' association member directory in an old fixed-width table layout (ASP, image
 * header, left nav column, a directory table), and a handyman firm's review page on GoDaddy Website Builder (testimonials widget).
 */
const tTitle = 'Member Directory';
const tIntro = [
  j(
    'The following contractors are members in good standing of the Tri-County Master Plumbers Association. All hold a current',
    'master plumber license issued by the State and carry liability insurance of at least $1,000,000.',
  ),
  'Members are listed alphabetically by company. Please contact members directly; the Association does not give quotes or recommend individual firms.',
];
const tRows: readonly (readonly string[])[] = [
  ['A-1 Rooter & Plumbing', 'Dale Hufnagel', 'Fairborn Ridge', '(937) 555-0104', 'MP-10422'],
  ['Baxter Bros. Plumbing', 'Carl Baxter', 'Xenia Mills', '(937) 555-0151', 'MP-08817'],
  ['Clearwater Mechanical', 'Ruth Okonkwo-Lane', 'Beavercreek Falls', '(937) 555-0129', 'MP-12030'],
  ['Gem City Drain Service', 'Tony Marchetti', 'Dayton Heights', '(937) 555-0176', 'MP-09361'],
  ['Miami Valley Plumbing Co.', 'Pat Shroyer', 'Tipp Crossing', '(937) 555-0143', 'MP-07745'],
  ['Stillwater Pipe & Supply', 'Ed Vanderhoff', 'West Milton Glen', '(937) 555-0198', 'MP-11588'],
];
const tHead = ['Company', 'Contact', 'City', 'Phone', 'License #'];
const tNote = 'To report a change to a listing, members should contact the Association office at (937) 555-0110.';
const tNav = ['Home', 'About TCMPA', 'Member Directory', 'Apprenticeship', 'Meetings & Events', 'Code Updates', 'Join TCMPA', 'Contact Us'];
const tCities = ['All cities', 'Beavercreek Falls', 'Dayton Heights', 'Fairborn Ridge', 'Tipp Crossing', 'West Milton Glen', 'Xenia Mills'];
const tE = (t: string): string => t.replace(/&/g, '&amp;');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>TCMPA - Member Directory</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="plumbers, master plumber, Dayton, Miami Valley, plumbing contractors, association">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script><link href="tcmpa.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/tcmpa_header.jpg" width="760" height="110"
alt="Tri-County Master Plumbers Association"></td></tr>
<tr><td width="160" valign="top" bgcolor="#003366" class="navcell"><table width="160" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.asp" class="navlink">${tE(t)}</a></td></tr>`).join('\n')}
</table><br><div align="center"><a href="https://www.plumbingstate.example/verify"><img src="images/verify_license.gif" width="140" height="60" border="0"
alt="Verify a license"></a></div><br><p class="navsmall">Office hours:<br>Mon-Thu 9:00-3:00</p></td>
<td width="600" valign="top" class="content"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><p class="crumb"><a href="index.asp">Home</a> &gt; Member Directory</p>
<h1 class="pagetitle">${tTitle}</h1>
${tIntro.map((t) => `<p>${t}</p>`).join('\n')}
<form name="cityform" method="get" action="directory.asp"><b>Search by city:</b> <select name="city">
${tCities.map((c) => `<option>${c}</option>`).join('')}</select> <input type="submit" name="Submit" value="Go"></form>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999999" class="directory">
<tr bgcolor="#CCCCCC">${tHead.map((h) => `<td><b>${h}</b></td>`).join('')}</tr>
${tRows.map((r, i) => `<tr${i % 2 === 1 ? ' bgcolor="#EEEEEE"' : ''}>${r.map((c) => `<td>${tE(c)}</td>`).join('')}</tr>`).join('\n')}
</table><p><i>${tNote}</i></p><p><a href="#top">Back to top</a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center" class="footer"><font color="#FFFFFF" size="1">Copyright &copy; 2003-2025 Tri-County Master Plumbers
Association. All rights reserved.<br>Last updated: 03/14/2025<br>Site by WebWorks of Dayton</font></td></tr></table>
<div align="center"><img src="/cgi-bin/counter.pl?page=directory" alt="hit counter"></div></body></html>`;
const tables: TestPage = {
  name: 'heldout471-table-layout-member-directory',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...tIntro, ...tRows.map((r) => r.join(' ')), tNote],
  bylines: ['Last updated: 03/14/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Member Directory'), 'Office hours:', 'Mon-Thu 9:00-3:00', 'Search by city:', 'All cities', 'Back to top',
    'Copyright © 2003-2025 Tri-County Master Plumbers Association. All rights reserved.', 'Site by WebWorks of Dayton',
  ],
};

const yTitle = 'Kind Words From Our Neighbors';
const yIntro = j(
  'Most of our work comes from referrals, so we take every review to heart. Here is what homeowners around Maple Forge',
  'have said about us this year.',
);
const yReviews: readonly (readonly [string, string])[] = [
  [
    j(
      'Walt fixed a sticking back door, rehung two closet doors and patched the drywall where the old towel bar came out.',
      'He was on time, charged exactly what he quoted and even swept the garage on his way out.',
    ),
    'Carol B., Maple Forge',
  ],
  [
    j(
      'Our bathroom fan had been dead for a year. Pine Hollow replaced it with a quiet one on a timer switch and sealed the',
      'duct in the attic. No more foggy mirror.',
    ),
    'Sam & Jessie T., Deer Creek',
  ],
  ['Reliable, honest and tidy. We now call them for everything on our list before we even think about a big contractor.', 'Harold W., Linville Crossing'],
  [
    j(
      'They installed grab bars and a handheld shower for my mother so she could stay in her house. Thoughtful work, and',
      'they explained everything to her as they went.',
    ),
    'Denise R., Maple Forge',
  ],
];
const yNav = ['Home', 'Services', 'Reviews', 'Gallery', 'Contact Us'];
const yX = (n: number): string => `x-el x-el-div c1-${n} c1-2 c1-3 c1-4 c1-b c1-c c1-d c1-e c1-f c1-g`;
const yHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Reviews</title><meta name="author" content="Pine Hollow Handyman">
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"><link rel="manifest" href="/manifest.webmanifest">
<meta property="og:url" content="https://pinehollowhandyman.com/reviews"><meta property="og:site_name" content="Pine Hollow Handyman">
<script type="text/javascript" src="https://img1.wsimg.com/poly/v3/polyfill.min.js?unknown=polyfill&amp;flags=gated"></script>
<style data-inline-fonts>@font-face{font-family:'Montserrat';font-style:normal;font-weight:400;font-display:swap}</style>
<style>.x{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%}.c1-1{letter-spacing:normal}.c1-2{text-transform:none}</style></head>
<body class="x  x-fonts-montserrat">
<div id="layout-b6f0d2a8-4c41-4e2f-9d5a-1c3e7f90ab12" class="layout layout-layout layout-layout-layout-13 locale-en-US lang-en">
<div data-ux="Page" id="page-81263" class="${yX(1)}"><div data-ux="Block" class="${yX(5)}"><div data-ux="Block" class="${yX(6)}">
<div id="bs-1"><span data-ux="Element" id="bs-1" class="x-el x-el-span c1-h"><div data-ux="Block" class="${yX(7)}">
<div data-ux="Block" class="${yX(8)}"><p data-ux="Text" data-aid="HEADER_PROMOTION_BANNER" class="x-el x-el-p c1-i c1-j">Now booking fall gutter
cleaning and weatherproofing</p></div></div></span></div></div>
<div id="a1e3b7c2-header" class="widget widget-header widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="${yX(9)}">
<div data-ux="Block" class="${yX(10)}"><div data-ux="Container" class="${yX(11)}"><a rel="" role="link" aria-haspopup="false" data-ux="Link"
data-page="3f9e1c2b-aa10-4e53-8b7d-2a1d0c9e6f45" title="Pine Hollow Handyman" href="/" data-typography="LinkAlpha" class="x-el x-el-a c1-k"
data-tccl="ux2.HEADER.header9.Logo.Default.Link.Default.81264.click,click"><div data-ux="Block" class="${yX(12)}"><span data-ux="Element"
data-aid="HEADER_LOGO_RENDERED" class="x-el x-el-span c1-l">Pine Hollow Handyman</span></div></a>
<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="x-el x-el-nav c1-m"><ul data-ux="List" id="nav-81266" class="x-el x-el-ul c1-n">
${yNav
  .map(
    (t) => `<li data-ux="ListItemInline" class="x-el x-el-li c1-o"><a rel="" role="link" aria-haspopup="false" data-ux="NavLink" target=""
data-page="${t}" data-edit-interactive="true" href="/${t === 'Home' ? '' : t.toLowerCase().replace(/ /g, '-')}" data-typography="NavAlpha"
class="x-el x-el-a c1-p${t === 'Reviews' ? ' c1-q' : ''}" data-tccl="ux2.HEADER.header9.Nav.Default.Link.Default.81267.click,click">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div>
<div id="8c2f4d61-testimonials" class="widget widget-testimonials widget-testimonials-testimonials-1"><div data-ux="Widget" role="region"
id="8c2f4d61" class="${yX(13)}"><div><section data-ux="Section" data-aid="TESTIMONIALS_SECTION_RENDERED" class="x-el x-el-section c1-r">
<div data-ux="Container" class="${yX(14)}"><h1 data-ux="SectionHeading" data-aid="TESTIMONIALS_SECTION_TITLE_RENDERED" data-promoted-from="2"
data-order="0" class="x-el x-el-h1 c1-s"><span data-ux="Element" class="x-el x-el-span c1-t">${yTitle}</span></h1>
<p data-ux="SectionHeadingSubtitle" data-aid="TESTIMONIALS_SUBTITLE_RENDERED" class="x-el x-el-p c1-u">${yIntro}</p>
<div data-ux="Grid" class="${yX(15)}">${yReviews
  .map(
    ([q, who], i) => `<div data-ux="GridCell" class="${yX(16)}"><div data-ux="Block"
class="${yX(17)}"><div data-ux="Block" class="${yX(18)}"><p data-ux="Text" data-aid="TESTIMONIAL_QUOTE_${i}_RENDERED" data-typography="BodyAlpha"
class="x-el x-el-p c1-v">${q}</p><h4 data-ux="Heading" data-aid="TESTIMONIAL_AUTHOR_NAME_${i}_RENDERED" data-typography="HeadingDelta"
class="x-el x-el-h4 c1-w">${who.replace(/&/g, '&amp;')}</h4></div></div></div>`,
  )
  .join('\n')}</div></div></section></div></div></div>
<div id="f7d0a3c1-footer" class="widget widget-footer widget-footer-footer-2"><div data-ux="Widget" role="contentinfo" class="${yX(19)}">
<div><section data-ux="Section" class="x-el x-el-section c1-x"><div data-ux="Container" class="${yX(20)}"><p data-ux="FooterText"
data-aid="FOOTER_COPYRIGHT_RENDERED" class="x-el x-el-p c1-y"><span>Copyright © 2025 Pine Hollow Handyman - All Rights Reserved.</span></p>
<p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" class="x-el x-el-p c1-y"><span>Powered by</span> <a rel="nofollow noopener"
role="link" href="https://www.godaddy.com/websites/website-builder" target="_blank" data-ux="Link" class="x-el x-el-a c1-z">GoDaddy</a></p></div>
</section></div></div></div>
<div id="e9c4a8b0-cookie" class="widget widget-cookie-banner"><div data-ux="Block" data-aid="FOOTER_COOKIE_BANNER" class="${yX(21)}">
<h4 data-ux="Heading" data-aid="FOOTER_COOKIE_TITLE_RENDERED" class="x-el x-el-h4 c1-1a">This website uses cookies.</h4>
<p data-ux="Text" data-aid="FOOTER_COOKIE_MESSAGE_RENDERED" class="x-el x-el-p c1-1b">We use cookies to analyze website traffic and optimize your website
experience. By accepting our use of cookies, your data will be aggregated with all other user data.</p>
<a data-ux="Button" data-aid="FOOTER_COOKIE_ACCEPT_BUTTON" href="#" class="x-el x-el-a c1-1c">Accept</a></div></div></div></div>
<script type="text/javascript">window.cxs && window.cxs.setOptions({ prefix: "c2-" });</script>
<script src="https://img1.wsimg.com/blobby/go/gpub/8d1b9f2c3e4a5b6c/script.js" crossorigin=""></script></body></html>`;
const godaddy: TestPage = {
  name: 'heldout471-godaddy-reviews',
  kind: 'forum',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: [yIntro, ...yReviews.map(([q]) => q)],
  bylines: yReviews.map(([, who]) => who),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking fall gutter cleaning and weatherproofing', 'Pine Hollow Handyman', ...yNav, 'Copyright © 2025 Pine Hollow Handyman - All Rights Reserved.',
    'Powered by GoDaddy', 'This website uses cookies.',
    j(
      'We use cookies to analyze website traffic and optimize your website experience. By accepting our use of cookies, your data will be',
      'aggregated with all other user data.',
    ),
    'Accept',
  ],
};

export const HELDOUT471_F: readonly TestPage[] = [tables, godaddy];
