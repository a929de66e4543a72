import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText } from './pages-heldout661-kit.js';

/**
 * Held-out batch 661, file f: an e-bike subscription service's help centre article on Next.js (CSS modules, __NEXT_DATA__), and a
 * classic motorcycle restorer's carburettor rebuild page in an old table layout.
 */
const nTitle = 'Swapping a battery at a Swapride station';
const nIntro = 'Every Swapride subscription includes unlimited battery swaps at any of our 140 stations. A swap takes under a minute.';
const nH = ['Before you start', 'Step by step', 'If the locker does not open'];
const nBefore = [
  'Make sure the Swapride app is signed in and Bluetooth is turned on.',
  'Switch the bike off. The battery cannot be released while the motor is powered.',
];
const nSteps = [
  'Open the app, tap Swap and scan the QR code on the station screen.',
  'An empty locker opens. Turn your battery key, lift the battery out and put it in the locker, contacts first.',
  'Close the door. When the station has checked the battery, a second locker opens with a fully charged one.',
  'Slide the new battery into the frame until it clicks, and switch the bike on to confirm the charge level.',
];
const nFail = [
  j(
    'Wait 30 seconds and scan again. If the locker still does not open, call the number on the station; support can open it remotely.',
    'Do not leave your battery outside a locker, as you will be charged for a lost battery after 24 hours.',
  ),
];
const nSide = ['Getting started', 'Swapping batteries', 'Finding a station', 'Repairs and punctures', 'Pausing your subscription'];
const nCls = 'HelpArticle_body__q3Lm8';
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Swapping a battery at a Swapride
station | Swapride Help Centre</title><meta name="description" content="How to swap your e-bike battery at a station in under a minute.">
<meta name="next-head-count" content="4">
<link rel="preload" href="/_next/static/css/7b1e0f2a9c.css" as="style"><link rel="stylesheet" href="/_next/static/css/7b1e0f2a9c.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer="">
</script>
<script src="/_next/static/chunks/pages/help/%5Bslug%5D-4f1b8d.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__Wk2pD"><a class="SkipLink_link__a8Xq1" href="#content">Skip to content</a>
<header class="Header_header__Nq4xT"><div class="Header_inner__b7TfR"><a class="Header_logo__3kPzQ" href="/"><svg aria-label="Swapride" role="img"></svg></a>
<span class="Header_section__Y1mPd">Help Centre</span><form class="Search_form__Jp0aL" role="search"><label class="Search_label__c2Vx9"
for="help-search">Search help articles</label><input id="help-search" class="Search_input__Jw4eE" type="search" placeholder="e.g. pause subscription"></form>
<a class="Button_button__T5s1e Button_secondary__hV3yK" href="/account">My account</a></div></header>
<div class="HelpLayout_grid__x0PeZ"><aside class="Sidebar_sidebar__LmQ2c"><nav aria-label="Help topics"><p class="Sidebar_title__tZ3sE">Topics</p><ul
class="Sidebar_list__9YbTf">${nSide
  .map(
    (t, i) => `<li><a class="Sidebar_link__Qe1Zd${i === 1 ? ' Sidebar_active__3Bf8K' : ''}" href="/help/${i}">${t}</a>
</li>`,
  )
  .join('')}
</ul></nav></aside>
<main id="content" class="HelpArticle_main__hP4eN"><nav class="Breadcrumbs_nav__Rt0cM" aria-label="Breadcrumb"><ol><li><a href="/help">Help Centre</a></li>
<li><a
href="/help/topics/swapping">Swapping batteries</a></li></ol></nav><article class="HelpArticle_article__fW3xL">
<h1 class="HelpArticle_title__G7nVd">${nTitle}</h1>
<p class="HelpArticle_updated__r8KcE">Updated 3 days ago</p><div class="${nCls}"><p>${nIntro}</p><h2>${nH[0]}</h2><ul>${lis(nBefore)}</ul>
<h2>${nH[1]}</h2><ol>${lis(nSteps)}</ol><div class="Callout_callout__S2vJm Callout_info__n1Ckq"><p>Tip: stations show the number of charged batteries on the map
in the app, so check before you ride there.</p></div><h2>${nH[2]}</h2>${ps(nFail)}</div></article>
<section class="Feedback_feedback__V9kLp" aria-live="polite"><p class="Feedback_question__oWq3t">Was this article helpful?</p><button
class="Feedback_button__Pf6Yx">Yes</button><button class="Feedback_button__Pf6Yx">No</button></section>
<section class="Related_related__Hx0aE"><h2 class="Related_title__kG2vS">Related articles</h2><ul><li>
<a href="/help/battery-range">Why does my range vary?</a></li>
<li><a href="/help/lost-battery">Reporting a lost or damaged battery</a></li></ul></section></main></div>
<footer class="Footer_footer__Zl9Tc"><div class="Footer_contact__u2YjB"><p>Still need help?</p><a href="/contact">Contact support</a></div><p
class="Footer_legal__aS3Fb">© 2027 Swapride Mobility Ltd</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"battery-swap","title":"${nTitle}","updatedAt":"2027-04-02"}}},
"page":"/help/[slug]","query":{"slug":"battery-swap"},"buildId":"h2Kx9fA3","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const swap: TestPage = page({
  name: 'heldout661-nextjs-battery-swap-help',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nIntro, ...nBefore, ...nSteps, ...nFail]),
  bylines: ['Updated 3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Help Centre', 'Search help articles', 'My account', 'Topics', ...nSide,
    'Tip: stations show the number of charged batteries on the map in the app, so check before you ride there.', 'Was this article helpful?', 'Yes', 'No',
    'Related articles', 'Why does my range vary?', 'Reporting a lost or damaged battery', 'Still need help?', 'Contact support', '© 2027 Swapride Mobility Ltd',
  ],
});

const tTitle = 'Carburettor Rebuilds';
const tBody = [
  j(
    'I have been rebuilding carbs for British and Japanese classics since 1987. Amal Monobloc, Concentric, Mikuni and Keihin all welcome.',
    'Send the carbs to me off the bike, well packed, with a note of the machine and what it is doing wrong.',
  ),
  'Every rebuild includes ultrasonic cleaning, new gaskets, float needle and seat, and setting the float height. Jets are replaced if worn.',
];
const tRows = [
  ['Single carb (Amal, Mikuni, Keihin)', '£85'],
  ['Twin set, including balancing', '£160'],
  ['Four-cylinder bank (e.g. CB750, Z1)', '£290'],
  ['Re-sleeving worn Amal body', '£70 extra'],
];
const tAfter = [
  'Return postage is £12 insured. Turnaround is usually two to three weeks, longer in spring when everybody gets their bikes out.',
  'Payment by cheque, bank transfer or cash on collection. Sorry, no cards.',
];
const tNav = ['Home', 'Restorations', 'Carburettors', 'Magnetos', 'For Sale', 'Links', 'Contact'];
const tCell = (cells: string[]): string =>
  `<tr>${cells.map((c, i) => `<td${i === 1 ? ' align="right"' : ''}><font face="Verdana, Arial" size="2">${c}</font></td>`).join('')}</tr>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Pete Marlow Classic Restorations - Carburettor Rebuilds</title>
<meta name="keywords" content="amal, carburettor, rebuild, classic motorcycle, restoration"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" text="#000000" link="#990000" vlink="#663333" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#1A1A1A"><img src="images/banner.jpg" width="760"
height="110" alt="Pete Marlow Classic Restorations"></td></tr>
<tr><td width="150" valign="top" bgcolor="#EDE6D6"><table width="150" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font></td>
</tr>`,
  )
  .join('\n')}
<tr><td><font face="Verdana, Arial" size="1">Workshop visits by appointment only</font></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="4" color="#990000"><b>${tTitle}</b></font><br><br>
${tBody.map((p) => `<font face="Verdana, Arial" size="2">${p}</font><br><br>`).join('\n')}
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC"><tr bgcolor="#EDE6D6"><th><font face="Verdana, Arial" size="2">Job</font>
</th>
<th><font face="Verdana, Arial" size="2">Price</font></th></tr>
${tRows.map(tCell).join('\n')}</table><br>
${tAfter.map((p) => `<font face="Verdana, Arial" size="2">${p}</font><br><br>`).join('\n')}
<img src="images/amal-bench.jpg" width="400" height="267" alt="Amal carbs on the bench"><br><font face="Verdana, Arial" size="1"><i>A pair of Monoblocs
waiting for new floats</i></font><br><br>
<hr size="1" noshade><font face="Verdana, Arial" size="1">Last updated 14th January 2027<br>You are visitor number <img src="/cgi-bin/counter.pl?page=carbs"
alt="counter"> since 2001</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1A1A1A" align="center"><font face="Verdana, Arial" size="1" color="#CCCCCC">Pete Marlow Classic Restorations, The Old Forge,
Little Whitby, Norfolk. Tel 01632 960324<br>&copy; 2001-2027 All rights reserved</font></td></tr></table></body></html>`;
const carbs: TestPage = page({
  name: 'heldout661-table-layout-carb-rebuilds',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tBody, ...tRows.map(rowText), ...tAfter]),
  bylines: ['Last updated 14th January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Workshop visits by appointment only', 'A pair of Monoblocs waiting for new floats', 'You are visitor number since 2001',
    'Pete Marlow Classic Restorations, The Old Forge, Little Whitby, Norfolk. Tel 01632 960324', '© 2001-2027 All rights reserved',
  ],
});

export const HELDOUT661_F: readonly TestPage[] = [swap, carbs];
