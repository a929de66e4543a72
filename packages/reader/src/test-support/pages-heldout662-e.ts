import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, rows } from './pages-heldout662-kit.js';

/**
 * Held-out batch 662, file e: a van rental help-centre article on Zendesk Guide (Copenhagen theme, article sidebar, votes,
 * related articles), and a family coach firm's booking conditions on an old table-layout site (font tags, spacer GIFs, a
 * price table and a hit counter).
 */
const zTitle = 'Can I take my rental van abroad?';
const zBody = [
  j(
    'Yes, most of our vans can be taken to Ireland and to the European Union countries listed below, as long as you tell us',
    'when you book. We will add a European breakdown policy and give you a VE103B certificate, which you need to show at the border.',
  ),
  'Austria, Belgium, France, Germany, Luxembourg, the Netherlands and Spain',
  'Ireland (including Northern Ireland)',
  j('The foreign use charge is £65 per hire. Luton vans with tail lifts cannot be taken abroad, and hires abroad must be for at', 'least three days.'),
];
const zSide = [
  'Do I need a credit card to hire a van?',
  'What counts as a late return?',
  'Can I take my rental van abroad?',
  'What if I get a parking ticket?',
];
const zRel = ['What does the excess reduction cover include?', 'Adding an extra driver to your booking'];
const zCrumbs = ['Tollgate Van Rental Help Centre', 'Booking and policies', 'During your hire'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26831 --><title>${zTitle} &ndash; Tollgate Van Rental Help Centre</title>
<meta content="https://help.tollgatevans.example/hc/en-gb/articles/4409921733649" property="og:url"><meta content="${zTitle}" property="og:title">
<meta content="Yes, most of our vans can be taken to Ireland and to the European Union countries listed below..." property="og:description">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-6f2a1b9c3d.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/9981234/style.css" media="all">
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"tollgatevans","environment":"production"};HelpCenter.user
= {"locale":"en-gb","role":"anonymous"};</script>
</head><body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/9981234/logo.png" alt="Tollgate Van Rental Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li>
<a class="submit-a-request" href="/hc/en-gb/requests/new">
Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign
in</a></li></ul>
</nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${links(zCrumbs)}</ol></nav><div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" class="search-icon" aria-hidden="true"></svg>
<form role="search" class="search"
data-search="" action="/hc/en-gb/search" method="get"><input type="hidden" name="utf8" value="✓">
<input type="search" name="query" id="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSide
  .map(
    (t) => `<li><a href="/hc/en-gb/articles/44${t.length}" class="sidenav-item${t === zTitle ? ' current-article' : ''}">${t}</a>
</li>`,
  )
  .join('\n')}</ul>
<a href="/hc/en-gb/sections/360001" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><span class="icon-agent"></span>
<img src="https://tollgatevans.zendesk.com/system/photos/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span title="Dana Whitlock">Dana Whitlock</span><ul class="meta-group"><li class="meta-data">
<time datetime="2027-01-18T11:02:44Z" title="2027-01-18 11:02"
data-datetime="relative">18 January 2027 11:02</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin"
href="/hc/en-gb/articles/4409921733649/subscription.html">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">
<p>${zBody[0]}</p><ul>${lis(zBody.slice(1, 3))}</ul><p>${zBody[3]}</p>
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li>
<a href="https://www.facebook.com/share.php?title=x" class="share-facebook" aria-label="Facebook">
</a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div class="article-return-to-top">
<a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" aria-hidden="true"></svg></a></div>
</footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles" role="navigation" aria-labelledby="related-articles-title">
<h2 class="related-articles-title" id="related-articles-title">Related articles</h2><ul>${links(zRel)}</ul></section></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Tollgate Van Rental</a><div class="footer-language-selector"></div></div>
</footer>
<script src="//static.zdassets.com/hc/assets/en-gb.manifest.js"></script><script src="//theme.zdassets.com/theme_assets/9981234/script.js"></script></body>
</html>`;
const tollgate: TestPage = {
  name: 'heldout662-zendesk-van-abroad',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [],
  body: texts(zBody),
  bylines: ['Dana Whitlock', '18 January 2027 11:02', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide.filter((t) => t !== zTitle), 'See more', 'Follow',
    'Was this article helpful?', 'No', '14 out of 17 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel,
    'Tollgate Van Rental',
  ],
};

const tTitle = 'Booking Conditions';
const tIntro = j(
  'These are the conditions on which Pennock &amp; Daughters Coaches hire vehicles with drivers. Please read them before you',
  'confirm a booking. By paying a deposit you agree to them on behalf of everyone in your party.',
);
const tConds = [
  j(
    '<b>1. Quotations.</b> Quotations are valid for 28 days and are based on the route, times and numbers you give us. If these',
    'change, we may change the price.',
  ),
  j(
    '<b>2. Deposits.</b> A deposit of 25% is due when you confirm the booking, and the balance 14 days before travel. Schools',
    'and councils with an official order number may pay on invoice.',
  ),
  j(
    '<b>3. Drivers’ hours.</b> Our drivers must take breaks and rest periods required by law. On a long day out we may need to',
    'send a second driver, which will be shown on your quotation.',
  ),
  j(
    '<b>4. Behaviour.</b> The hirer is responsible for the behaviour of the party. Alcohol may only be carried with our agreement',
    'and may not be drunk by anyone under 18. The driver may refuse to carry anyone who is drunk or abusive.',
  ),
  j(
    '<b>5. Soiling and damage.</b> A charge of £60 is made if the coach has to be specially cleaned, and the cost of repairing any',
    'damage caused by the party will be charged to the hirer.',
  ),
  j(
    '<b>6. Delays.</b> We will do everything we can to run to time, but we cannot be held responsible for delays caused by traffic,',
    'weather or breakdown. If a coach breaks down we will send a replacement as quickly as we can.',
  ),
  j(
    '<b>7. Cancellation.</b> If you cancel more than 14 days before travel, we keep the deposit. Within 14 days the full price is',
    'payable unless we can re-book the coach.',
  ),
];
const tPriceHead = ['Vehicle', 'Half day (up to 5 hours)', 'Full day (up to 10 hours)'];
const tPrices = [
  ['16 seat minibus', '£210', '£340'],
  ['35 seat coach', '£290', '£460'],
  ['53 seat coach', '£340', '£540'],
];
const tNote = 'Prices include VAT and the driver’s time. Mileage over 150 miles on a full day is charged at £1.40 a mile.';
const tNav = ['Home', 'Our Coaches', 'Day Trips', 'Private Hire', 'Booking Conditions', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pennock &amp; Daughters Coaches - Booking Conditions</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="coach hire, private hire, coaches, minibus, day trips, Wellbury"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- .navlink { font-family: Verdana; font-size: 11px; color: #FFFFFF; text-decoration: none } --></style></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Pennock &amp; Daughters Coaches - Est. 1952"></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">
<marquee scrollamount="3">Now taking bookings for our 2027 seaside
day trips - ring Wellbury 481220</marquee></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#336699"><br><table width="150" border="0" cellspacing="2" cellpadding="2" align="center">
${tNav
  .map(
    (t) => `<tr><td><img src="images/bullet.gif" width="8" height="8"> <a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${t}</a></td>
</tr>`,
  )
  .join('\n')}
</table><br><div align="center"><img src="images/cpt_member.gif" width="120" height="60" alt="CPT member"><br>
<font face="Verdana" size="1" color="#FFFFFF">Member of the
Confederation of Passenger Transport</font></div></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<font size="4" color="#003366"><b>${tTitle}</b></font><br><img src="images/spacer.gif" width="1" height="10"><br>
${tIntro}<br><br>
${tConds.join('<br><br>\n')}<br><br>
<font color="#003366"><b>Private hire prices</b></font><br>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC"><tr bgcolor="#DDE6F0">${tPriceHead
  .map(
    (h) => `<td><b>${h}</b>
</td>`,
  )
  .join('')}</tr>
${rows(tPrices)}</table><br>
<i>${tNote}</i><br><br>
<a href="#top">Back to top</a></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center">
<font face="Verdana" size="1" color="#FFFFFF">Pennock &amp; Daughters Coaches, 3 Tanyard Lane, Wellbury WB4 2JD
- Tel. Wellbury 481220<br>This page was last updated on 04/01/2027<br>You are visitor number <img src="/cgi-bin/counter.gif?page=conditions" alt="counter">
</font></td></tr></table></body></html>`;
const pennock: TestPage = {
  name: 'heldout662-table-layout-coach-conditions',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Private hire prices'],
  body: texts([tIntro, ...tConds, ...tPrices.map(rowText), tNote]),
  bylines: ['This page was last updated on 04/01/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for our 2027 seaside day trips - ring Wellbury 481220', ...tNav.filter((t) => t !== tTitle && t !== 'Private Hire'),
    'Member of the Confederation of Passenger Transport',
    'Back to top', 'Pennock & Daughters Coaches, 3 Tanyard Lane, Wellbury WB4 2JD - Tel. Wellbury 481220', 'You are visitor number',
  ],
};

export const HELDOUT662_E: readonly TestPage[] = [tollgate, pennock];
