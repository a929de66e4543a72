import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout579-kit.js';

/**
 * Held-out batch 579, file d: a cattery's rates page on Weebly (multi-column layout tables, the title in an h2, Weebly's footer
 * sign-up bar), and a country kennel's rules and vaccination policy on an old hand-written table layout with font tags.
 */
const yTitle = 'Rates &amp; Booking';
const yIntro = j(
  'All of our guests stay in heated chalets with their own run, and cats from the same household can share at no extra cost',
  'for the second cat. Rates are per day, and the day you collect is not charged if you collect before 11 am.',
);
const yCols: [string, string[]][] = [
  ['One cat', ['£14.50 per day', 'Standard chalet with shelf and window']],
  ['Two cats sharing', ['£24.00 per day', 'Large chalet with two shelves']],
  ['Three cats sharing', ['£31.00 per day', 'Family chalet, heated bed for each cat']],
];
const yMore = [
  j(
    'Bookings are confirmed when we receive a £20 deposit per chalet. We are fully booked most summers from mid-July to',
    'the end of August, so please book early for the school holidays.',
  ),
  j(
    'Your cat must have had a full vaccination course against cat flu and enteritis, with a booster in the last 12 months',
    'given at least 7 days before arrival. We need to see the vaccination card on every visit.',
  ),
  'To book, phone Margaret on 01632 960 418 or use the form on our Contact page.',
];
const yNav = ['Home', 'Our Chalets', 'Rates &amp; Booking', 'Gallery', 'Contact'];
const yCol = ([h, ls]: [string, string[]]): string =>
  `<td class="wsite-multicol-col" style="width:33.33%; padding:0 15px;"><h2 class="wsite-content-title"><font size="4">${h}</font></h2>
<div class="paragraph" style="text-align:center;"><strong>${at(ls, 0)}</strong><br>${at(ls, 1)}</div></td>`;
const yHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Rates &amp; Booking - Thistledown Cattery</title><meta property="og:site_name" content="Thistledown Cattery">
<meta property="og:title" content="Rates &amp; Booking"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712000000">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1712345678" title="wsite-theme-css">
<script>var STATIC_BASE = '//cdn1.editmysite.com/';var ASSETS_BASE = '//cdn2.editmysite.com/';</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/jquery-1.8.3.min.js"></script></head>
<body class="no-header-page wsite-page-rates-booking wsite-theme-light"><div class="wrapper"><div class="dusk-header"><div class="nav-wrap"><div
class="container">
<a class="hamburger" aria-label="Menu"
href="#"><span></span></a><div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Thistledown Cattery</span></a>
</span></div><div class="nav desktop-nav"><ul class="wsite-menu-default">
${yNav
  .map(
    (t) => `<li${t === yTitle ? ' id="active"' : ''} class="wsite-menu-item-wrap"><a href="/${plain(t)
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}.html"
class="wsite-menu-item">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<h2 class="wsite-content-title"><font size="6">${yTitle}</font></h2>
<div class="paragraph">${yIntro}</div>
<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap"
style="margin:0 -15px;"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody">
<tr class="wsite-multicol-tr">${yCols.map(yCol).join('\n')}</tr></tbody></table></div></div></div>
<div class="wsite-spacer" style="height:30px;"></div>
${yMore.map((t) => `<div class="paragraph">${t}</div>`).join('\n')}
<div style="text-align:left;"><div style="height: 10px; overflow: hidden;"></div><a class="wsite-button wsite-button-small wsite-button-highlight"
href="/contact.html">
<span class="wsite-button-inner">Check availability</span></a><div style="height: 10px; overflow: hidden;"></div></div>
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class='wsite-elements wsite-footer'>
<div class="paragraph"
style="text-align:center;">Thistledown Cattery · Brockhurst Lane, Lower Amblecote · Licensed by Amblecote District Council</div></div></div></div></div></div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><div class="weebly-footer-signup-container-v3__inner">
<a class="weebly-footer-signup-container-v3__link" href="https://www.weebly.com/signup?utm_source=footer" target="_blank" rel="nofollow">
<span class="weebly-footer-signup-container-v3__text">Powered by</span> <span class="weebly-footer-signup-container-v3__logo">Weebly</span></a>
<a class="weebly-footer-signup-container-v3__cta" href="https://www.weebly.com/signup" rel="nofollow">Create Your Own Website</a></div></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1712000000"></script></body></html>`;
const weebly: TestPage = {
  name: 'heldout579-weebly-cattery-rates',
  kind: 'docs',
  html: yHtml,
  title: plain(yTitle),
  headings: yCols.map(([h]) => h),
  body: texts([yIntro, ...yCols.flatMap(([, ls]) => ls), ...yMore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thistledown Cattery', ...texts(yNav).filter((t) => t !== plain(yTitle) && t !== 'Contact'), 'Check availability',
    'Thistledown Cattery · Brockhurst Lane, Lower Amblecote · Licensed by Amblecote District Council', 'Powered by Weebly', 'Create Your Own Website',
  ],
};

const oTitle = 'Kennel Rules &amp; Vaccination Policy';
const oRules: [string, string[]][] = [
  [
    'VACCINATIONS',
    [
      j(
        'All dogs MUST have a current vaccination certificate signed by a veterinarian. We cannot accept a dog without one, no',
        'matter how many times he has stayed with us before. NO EXCEPTIONS.',
      ),
    ],
  ],
  [
    'CHECK IN AND CHECK OUT',
    [
      j(
        'Office hours are 8:00 to 10:00 am and 4:00 to 6:00 pm, Monday through Saturday. Sunday pick up is 4:00 to 6:00 pm only.',
        'We are closed Sunday mornings and all day on Easter, Thanksgiving and Christmas Day.',
      ),
      'A dog picked up after 12:00 noon is charged for that day.',
    ],
  ],
  [
    'FEEDING',
    [
      j(
        'We feed Pro Plan Adult at no charge. If your dog eats something else, please bring enough for the whole stay in a',
        'closed container marked with his name. We do not refrigerate food.',
      ),
    ],
  ],
  [
    'HEALTH',
    [
      j(
        'Dogs in heat cannot be boarded. If your dog becomes ill while here we will take him to Cedar Bend Veterinary Clinic and',
        'the owner agrees to pay all vet bills. Please tell us about any medical problems when you check in.',
      ),
    ],
  ],
];
const oVacRows = [
  ['Rabies', 'Required', 'Per state law'],
  ['DHLPP', 'Required', 'Yearly'],
  ['Bordetella (kennel cough)', 'Required', 'Every 6 months'],
  ['Canine influenza', 'Recommended', 'Yearly'],
];
const oNav = ['HOME', 'BOARDING', 'RULES', 'DIRECTIONS', 'PHOTOS', 'E-MAIL US'];
const oRule = ([h, ps2]: [string, string[]], i: number): string =>
  `<p><b><u>${h}</u></b></p>\n${ps(ps2)}${
    i === 0
      ? `\n<table border="1" cellpadding="4" cellspacing="0" width="90%" bordercolor="#999999">
<tr bgcolor="#CCDDCC">${['Vaccine', 'Required?', 'How often'].map((c) => `<th><font face="Verdana, Arial" size="2">${c}</font></th>`).join('')}</tr>
${trs(oVacRows.map((r) => r.map((c) => `<font face="Verdana, Arial" size="2">${c}</font>`)))}</table>`
      : ''
  }`;
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Cedar Bend Boarding Kennels - Kennel Rules</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords"
content="dog boarding, kennel, cedar bend, boarding kennel, rules">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#336633"><img src="images/header.jpg" width="760" height="120" alt="Cedar Bend Boarding Kennels - Since 1979"></td></tr>
<tr><td colspan="2" bgcolor="#224422" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
${oNav.map((t) => `<a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.html"><font color="#FFFFFF"><b>${t}</b></font></a>`).join(' &nbsp;|&nbsp; ')}
</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEF2E6"><br><font face="Verdana, Arial" size="2"><b>Cedar Bend<br>Boarding Kennels</b><br>
Route 2, Box 114<br>Harlan Mills, KY<br><br><b>(270) 555-0163</b><br><br><img src="images/paw.gif" width="40" height="40" alt=""><br><br>
<i>Family owned since 1979</i></font><br><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td><font face="Verdana, Arial" size="2">
<font size="5" color="#336633"><b>${oTitle}</b></font><br><br>
${oRules.map(oRule).join('\n')}
<p><i>Thank you for trusting us with your best friend!<br>- Earl &amp; Jolene Pruitt</i></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
Copyright &copy; 2004-2026 Cedar Bend Boarding Kennels. All Rights Reserved.<br>Page last updated 02/11/2026<br>
You are visitor number <img src="/cgi-bin/counter.gif?df=cedarbend" alt="048213" align="absmiddle"></font></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout579-table-layout-kennel-rules',
  kind: 'docs',
  html: oHtml,
  title: plain(oTitle),
  headings: oRules.map(([h]) => h),
  body: texts([...at(oRules, 0)[1], ...rowTexts(oVacRows), ...oRules.slice(1).flatMap(([, p]) => p), 'Thank you for trusting us with your best friend!']),
  bylines: ['- Earl & Jolene Pruitt', 'Page last updated 02/11/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav.filter((t) => t !== 'RULES'), 'Boarding Kennels', 'Route 2, Box 114', 'Harlan Mills, KY', '(270) 555-0163',
    'Family owned since 1979', 'Copyright © 2004-2026 Cedar Bend Boarding Kennels. All Rights Reserved.', 'You are visitor number',
  ],
};

export const HELDOUT579_D: readonly TestPage[] = [weebly, oldTable];
