import { type TestPage, texts } from './page-kit.js';
import { j, lis, type Row, rowTexts, trs } from './pages-heldout545-kit.js';

/**
 * Held-out batch 545, file e: a bingo club chain's house rules page on Webflow (navbar, hero section, rich text, FAQ
 * accordion, Finsweet cookie banner), and a pier's opening times and admission page from an old table-layout site (about 2009).
 */
const lTitle = 'House rules';
const lDek = 'A few simple rules so that every game at Lucky Lantern is fair, friendly and fun.';
const lGeneral = [
  'You must be 18 or over and a Lucky Lantern member to play. Membership is free; bring photo ID on your first visit.',
  'Mobile phones must be on silent in the main hall while numbers are being called.',
  'Only one person may play each book. Books cannot be shared or passed on during a game.',
  'Please do not shout “house” until you have checked your numbers. False calls hold up the game for everyone.',
];
const lClaims = [
  j(
    'To claim a prize, call out clearly and keep your book on the table. A caller’s assistant will check the winning numbers',
    'against the board. If two or more players win on the same number, the prize is shared equally.',
  ),
  'The caller’s decision on any claim is final. Disputes can be raised with the duty manager after the session.',
];
const lFaq: Row[] = [
  ['Can I bring my own dabbers?', 'Yes. Dabbers of any colour are fine, but highlighter pens are not allowed on paper books.'],
  ['Can children come in?', 'Only to the café at the front of the club, and only until 6pm. They cannot enter the main hall.'],
  ['What if I leave before the end of the session?', 'Unused books are not refundable, but you can ask for a rain check voucher at reception.'],
];
const lNav = ['Our clubs', 'How to play', 'Offers', 'Members'];
const lFoot = ['Careers', 'Contact', 'Privacy Policy', 'Terms', 'Safer gambling'];
const lBanner = j(
  'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage,',
  'and assist in our marketing efforts. View our Privacy Policy for more information.',
);
const faq = ([q, a]: Row): string => `<div class="faq-item"><div class="faq-question" data-w-id="9c1e-faq"><h3 class="faq-heading">${q ?? ''}</h3>
<div class="faq-icon w-embed"><svg width="16" height="16" viewBox="0 0 16 16"></svg></div></div><div class="faq-answer" style="height:auto">
<p class="paragraph-faq">${a ?? ''}</p></div></div>`;
const lHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.luckylanternbingo.co.uk" data-wf-page="65a1f0c2b4e3d20017a9e1c3" data-wf-site="65a0e1b2c3d4e5f601234567" lang="en">
<head><meta charset="utf-8"><title>House rules | Lucky Lantern Bingo</title><meta content="House rules for all Lucky Lantern bingo clubs." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a0e1b2c3d4e5f601234567/css/lucky-lantern.webflow.3b2f0c1a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar
w-nav">
<div class="container-nav w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65a0e1b2c3d4e5f601234567/logo.svg" loading="lazy"
alt="Lucky Lantern Bingo" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${lNav
  .map(
    (t) => `<a
href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/find-a-club" class="button-nav w-button">Find a club</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-layout-blockcontainer container w-container"><div class="hero-text-wrapper"><h1
class="heading-hero">${lTitle}</h1>
<p class="paragraph-hero">${lDek}</p></div></div></section>
<section class="section-content"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text-rules w-richtext">
<h2>In the club</h2><ul role="list">${lis(lGeneral)}</ul><h2>Claiming a prize</h2>${lClaims.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="faq-wrapper"><h2 class="heading-faq">Questions we get asked</h2>${lFaq.map(faq).join('\n')}</div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container w-container"><div class="cta-card"><h2 class="heading-cta">New to bingo?</h2>
<p class="paragraph-cta">Your first main session book is on us when you join.</p><a href="/offers" class="button w-button">See offers</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col">
<div class="footer-heading">Lucky Lantern</div>${lFoot
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="footer-link">${t}</a>`,
  )
  .join('')}</div></div>
<div class="footer-legal"><div class="text-legal">18+ only. Please play responsibly. For free, confidential help call the Gambling Helpline on 0808 000
0000.</div>
<div class="text-legal">© 2026 Lucky Lantern Leisure Ltd. All rights reserved.</div></div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing
of cookies on your device to enhance site navigation, analyse site usage, and assist in our marketing efforts. View our <a href="/privacy-policy"
class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a><div fs-cc="close" class="fs-cc-banner_close"><div class="fs-cc-banner_close-icon
w-embed"><svg></svg></div></div>
</div></div><div fs-cc="interaction" class="fs-cc-banner_trigger"></div></div>
<div fs-cc-scroll="disable" fs-cc="preferences" class="fs-cc-prefs_component w-form" style="display:none"><div class="fs-cc-prefs_form"><div
class="fs-cc-prefs_title">Privacy Preference Center</div>
<div class="fs-cc-prefs_text">When you visit websites, they may store or retrieve data in your browser.</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0e1b2c3d4e5f601234567" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a0e1b2c3d4e5f601234567/js/webflow.4b1c2e3f.js" type="text/javascript"></script></body></html>`;
const lantern: TestPage = {
  name: 'heldout545-lucky-lantern-rules',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['In the club', 'Claiming a prize', 'Questions we get asked', ...lFaq.map(([q]) => q ?? '')],
  body: texts([lDek, ...lGeneral, ...lClaims, ...lFaq.map(([, a]) => a ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lNav, 'Find a club', 'New to bingo?', 'Your first main session book is on us when you join.', 'See offers', ...lFoot,
    '18+ only. Please play responsibly. For free, confidential help call the Gambling Helpline on 0808 000 0000.',
    '© 2026 Lucky Lantern Leisure Ltd. All rights reserved.', lBanner, 'Preferences', 'Deny', 'Accept',
  ],
};

const oTitle = 'Opening Times &amp; Admission';
const oIntro = j(
  'Sandholme Pier is open all year round except Christmas Day. The amusement arcade and the Pier Head Bar keep longer',
  'hours in the summer season. All times may change in bad weather.',
);
const oSummer = 'Summer season (Easter to end of September):';
const oHours: Row[] = [
  ['Pier deck', '9.00am - 10.00pm', '9.00am - 5.00pm'],
  ['Amusement arcade', '10.00am - 10.00pm', '10.00am - 5.00pm (weekends only)'],
  ['Pier Head Bar', '11.00am - 11.00pm', '12.00 noon - 4.00pm'],
];
const oPrices: Row[] = [
  ['Adults', '£1.00'],
  ['Children (5-15)', '50p'],
  ['Under 5s', 'FREE'],
  ['Season ticket', '£15.00'],
];
const oNote = j(
  'Admission is paid at the turnstile at the pier entrance. Anglers pay £3.50 per rod per day. Sorry, no dogs on the pier',
  'between 1st May and 30th September.',
);
const oNav = ['Home', 'Opening Times', 'The Arcade', 'Fishing', 'History', 'Functions', 'Gallery', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Sandholme Pier - Opening Times and Admission</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="sandholme pier, pier, arcade, fishing, seaside">
<link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="140" alt="Sandholme Pier - The Jewel of the North Sea"></td></tr>
<tr><td colspan="2" bgcolor="#003366"><marquee scrollamount="3"><font face="Arial" size="2" color="#FFFF00"><b>NEW FOR 2009 - Dodgems now open on the pier
head!</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCE5FF"><table width="160" border="0" cellspacing="0" cellpadding="4">
${oNav
  .map(
    (t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Arial"
size="2"><b>${t}</b></font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr>
<tr><td align="center"><font face="Arial" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?df=pier.dat"
alt="counter"><br>004512</font></td></tr>
</table></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<font face="Arial, Helvetica, sans-serif" size="5" color="#003366"><b>${oTitle}</b></font><br><br>
<font face="Arial, Helvetica, sans-serif" size="2">${oIntro}</font><br><br>
<font face="Arial" size="3" color="#003366"><b>${oSummer}</b></font><br>
<table width="100%" border="1" bordercolor="#003366" cellspacing="0" cellpadding="4">
<tr bgcolor="#003366"><td><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;</b></font></td><td><font face="Arial" size="2"
color="#FFFFFF"><b>Summer</b></font></td>
<td><font face="Arial" size="2" color="#FFFFFF"><b>Winter</b></font></td></tr>
${trs(oHours, 'td', ' class="times"')}</table><br>
<font face="Arial" size="3" color="#003366"><b>Admission</b></font><br>
<table width="60%" border="0" cellspacing="2" cellpadding="3" bgcolor="#CCE5FF">${trs(oPrices, 'td', ' class="price"')}</table><br>
<font face="Arial, Helvetica, sans-serif" size="2">${oNote}</font><br><br>
<div align="center"><a href="contactus.htm"><img src="images/btn_enquiry.gif" width="150" height="30" border="0" alt="Make an enquiry"></a></div>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Arial" size="1" color="#FFFFFF">&copy; Sandholme Pier Company Ltd 2003-2009 | Site by
Coastline Web Design
<br>Page last updated: 12th May 2009<br>Best viewed at 1024 x 768 in Internet Explorer 6 or above</font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));</script></body></html>`;
const sandholme: TestPage = {
  name: 'heldout545-sandholme-pier-table',
  kind: 'docs',
  html: oHtml,
  title: 'Opening Times & Admission',
  headings: [oSummer, 'Admission'],
  body: texts([oIntro, ...rowTexts(oHours), ...rowTexts(oPrices), oNote]),
  bylines: ['Page last updated: 12th May 2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NEW FOR 2009 - Dodgems now open on the pier head!', 'Home', 'The Arcade', 'Fishing', 'History', 'Functions', 'Gallery', 'Contact Us',
    'You are visitor number', '004512', '© Sandholme Pier Company Ltd 2003-2009 | Site by Coastline Web Design',
    'Best viewed at 1024 x 768 in Internet Explorer 6 or above',
  ],
};

export const HELDOUT545_E: readonly TestPage[] = [lantern, sandholme];
