import { type TestPage, texts } from './page-kit.js';
import { j, rowText } from './pages-heldout505-kit.js';

/**
 * Held-out batch 505, file f: a small state bank's schedule of fees on an old ASP.NET WebForms table layout (spacer GIFs,
 * font tags, a left navigation column, bold labels instead of headings), and a credit union CEO's letter on Ghost (Casper).
 */
const oTitle = 'Schedule of Fees and Charges';
const oIntro = j(
  'The following fees apply to deposit accounts at First Farmers State Bank of Wendlow. Please ask any of our staff if you have',
  'a question about a fee before it is charged.',
);
const oSecs: readonly (readonly [string, readonly (readonly string[])[]])[] = [
  [
    'Checking Accounts',
    [
      ['Monthly service charge, Basic Checking (waived with $300 minimum balance)', '$5.00'],
      ['Overdraft item paid', '$28.00'],
      ['Returned item (NSF)', '$28.00'],
      ['Stop payment order', '$20.00'],
      ['Counter checks, per page of 3', '$1.50'],
    ],
  ],
  [
    'Savings Accounts',
    [
      ['Excess withdrawals, per withdrawal over 6 per month', '$2.00'],
      ['Account closed within 90 days of opening', '$10.00'],
      ['Dormant account, per month after 24 months of no activity', '$3.00'],
    ],
  ],
  [
    'Other Services',
    [
      ['Cashier’s check', '$6.00'],
      ['Incoming wire transfer', '$10.00'],
      ['Outgoing domestic wire transfer', '$25.00'],
      ['Research or account balancing, per hour (1 hour minimum)', '$25.00'],
      ['Safe deposit box, 3 x 5 inches, per year', '$35.00'],
    ],
  ],
];
const oNote = 'Fees are subject to change. You will be notified at least 30 days before any change that affects your account.';
const oLeft = ['Home', 'About Us', 'Checking', 'Savings', 'Loans', 'Internet Banking', 'Fees', 'Contact Us'];
const oSec = (s: readonly [string, readonly (readonly string[])[]]): string => `<p><font face="Arial" size="2" color="#1f3f6b"><b>${s[0]}</b></font></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#C0C0C0">
${s[1]
  .map(
    (r, i) => `<tr${i % 2 === 1 ? ' bgcolor="#EEF2F7"' : ''}><td width="80%"><font face="Arial" size="2">${r[0]}</font></td><td align="right"><font
face="Arial" size="2">${r[1]}</font></td></tr>`,
  )
  .join('\n')}</table><br>`;
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>First Farmers State Bank of Wendlow - Fees</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="bank, Wendlow, checking, savings, loans, fees"><link href="styles/main.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)
x.src=x.oSrc;}</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><form name="aspnetForm" method="post" action="fees.aspx" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq2Zl8kTQ9c1bG6P0ZmF+yqY5Xo8="></div>
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/header_top.jpg" width="760" height="96"
alt="First Farmers State Bank of Wendlow - Serving Wendlow County Since 1908"></td></tr>
<tr><td colspan="2" bgcolor="#1f3f6b" height="22" align="right"><font face="Arial" size="1" color="#FFFFFF">Lobby: Mon-Fri 9-4, Sat 9-12 &nbsp;|&nbsp;
Drive-up: Mon-Fri 8-5:30&nbsp;&nbsp;</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#E6EBF2" class="leftnav"><img src="images/spacer.gif" width="170" height="10"><br>
<table width="100%" border="0" cellspacing="0" cellpadding="6">${oLeft
  .map(
    (t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.aspx"
onMouseOut="MM_swapImgRestore()">${t}</a></td></tr>`,
  )
  .join('\n')}</table><br><div align="center"><a href="https://ib.ffsbwendlow.com/"><img
src="images/btn_login.gif" width="140" height="32" border="0" alt="Internet Banking Login"></a></div><br><div align="center"><img src="images/fdic.gif"
width="120" height="40" alt="Member FDIC"></div></td>
<td width="590" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<font face="Arial" size="4" color="#1f3f6b"><b>${oTitle}</b></font><br><img src="images/spacer.gif" width="1" height="8"><br>
<font face="Arial" size="2">${oIntro}</font><br><br>
${oSecs.map(oSec).join('\n')}
<font face="Arial" size="1"><i>${oNote}</i></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1f3f6b" align="center"><font face="Arial" size="1" color="#FFFFFF">First Farmers State Bank of Wendlow &middot; 101 Main St.,
Wendlow, IA 50999 &middot; (555) 015-2200<br>Member FDIC &middot; Equal Housing Lender<br>Copyright &copy; 2004-2026 First Farmers State Bank. All Rights
Reserved.</font></td></tr></table></form>
<script type="text/javascript">var _gaq = _gaq || [];_gaq.push(['_setAccount', 'UA-1190233-1']);_gaq.push(['_trackPageview']);</script></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout505-aspnet-table-fee-schedule',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oSecs.map((s) => s[0]),
  body: texts([oIntro, ...oSecs.flatMap((s) => s[1].map(rowText)), oNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lobby: Mon-Fri 9-4, Sat 9-12 | Drive-up: Mon-Fri 8-5:30', ...oLeft.filter((t) => !['Checking', 'Savings', 'Fees'].includes(t)),
    'First Farmers State Bank of Wendlow · 101 Main St., Wendlow, IA 50999 · (555) 015-2200', 'Member FDIC · Equal Housing Lender',
    'Copyright © 2004-2026 First Farmers State Bank. All Rights Reserved.',
  ],
};

const gTitle = 'Why we are keeping every branch open';
const gDek = 'Other lenders are closing offices across the valley. Here is why we are not, and what it costs us to stay.';
const gBody = [
  j(
    'In the past two years, four banks have closed seven branches in the towns we serve. Each closing came with a letter that said more',
    'customers were banking on their phones, and each was probably true. Yet every time a branch closed, we opened dozens of new accounts',
    'for people who still wanted somewhere to go.',
  ),
  j(
    'Our board asked management this summer to take a hard look at our own nine branches. We did, and I want to share what we found,',
    'because the decision we made belongs to you as owners of this credit union.',
  ),
  'What the numbers say',
  j(
    'It is true that visits are down. Teller transactions fell by 31 percent between 2019 and 2026, and more than two thirds of our',
    'deposits now arrive through the app, direct deposit or an ATM. If we judged branches only by teller transactions, at least three',
    'of ours would be hard to defend.',
  ),
  j(
    'But teller transactions are not why most members walk in anymore. When we looked at what people came to do, the largest share of',
    'visits were for loans, for help with fraud or a locked account, for opening an account for a child, or for a conversation about',
    'money after a death or a divorce. Those are the moments when members tell us that a person across the desk matters most.',
  ),
  j(
    'Branch members also borrow more from us. Members who visited a branch at least once last year were twice as likely to have a',
    'loan with us as members who never did, and loans are what pay the dividends on your savings.',
  ),
  'What staying open costs',
  j(
    'Keeping all nine branches costs about $4.1 million a year in staff, rent, security and upkeep. Closing the three smallest would',
    'save roughly $1.2 million. That is real money for a credit union our size, and I do not want to pretend otherwise.',
  ),
  'Instead of closing them, we are changing how they work:',
  'Shorter lobby hours at our three smallest branches, with appointments available in the evening and on Saturday mornings.',
  'Video tellers at the drive-up in Millbrook and Stone Gap, so one teller can serve two locations.',
  'Cross-training every member service representative to open loans, so no one has to come back another day.',
  'Sharing the Stone Gap office with the county library on Tuesdays and Thursdays, which cuts our rent by a third.',
  'What we are asking of you',
  j(
    'If you have not been in for a while, come by. Ask us about your loans, your card settings or the will you have been meaning to',
    'update. Tell your branch manager what hours would work for you; they are reading every comment card this winter.',
  ),
  j(
    'And if you believe, as we do, that a cooperative should be where its members are, tell your neighbors. The best way to keep a',
    'branch open is a branch that members use.',
  ),
  j(
    'We will report back at the annual meeting in March with what the new hours and video tellers have changed. Until then, thank you',
    'for your trust and for owning this credit union with us.',
  ),
];
const gH = [2, 6, 13];
const gNav = ['Home', 'From the CEO', 'Member Stories', 'Money Tips', 'Main site'];
const gRead = ['A new home for our Millbrook team', 'What the Fed’s rate cut means for your savings', 'Our 2026 community giving report'];
const gPara = (i: number): string => (gH.includes(i) ? `<h2 id="h-${i}">${gBody[i]}</h2>` : `<p>${gBody[i]}</p>`);
const gList = `<ul>${gBody
  .slice(9, 13)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>`;
const gContent = [...[0, 1, 2, 3, 4, 5, 6, 7, 8].map(gPara), gList, ...[13, 14, 15, 16].map(gPara)].join('\n');
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2f1c0a9e3b"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.saltmarshecu.org/keeping-every-branch-open/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Saltmarsh Journal"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-11-30T13:00:00.000Z"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"The Saltmarsh Journal"},"author":{"@type":"Person","name":"Gwen Halvorsen"},"headline":"${gTitle}","datePublished":"2026-11-30T13:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.101"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.saltmarshecu.org/" data-key="b1e5f0c3" data-api="https://journal.saltmarshecu.org/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template tag-from-the-ceo is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div
class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://journal.saltmarshecu.org">The Saltmarsh Journal</a><button
class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6"></path></svg></button><button class="gh-burger"
aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-from-the-ceo image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/from-the-ceo/">From the
CEO</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section
class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/gwen/" class="author-avatar"
aria-label="Read more of Gwen Halvorsen"><img class="author-profile-image" src="/content/images/size/w100/2025/01/gwen.jpg" alt="Gwen Halvorsen"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/gwen/">Gwen Halvorsen</a></h4><div class="byline-meta-content"><time
class="byline-meta-date" datetime="2026-11-30">Nov 30, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div>
</div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/11/stone-gap.jpg 300w"
src="/content/images/size/w2000/2026/11/stone-gap.jpg"
alt="The Stone Gap branch at dusk"><figcaption><span style="white-space: pre-wrap;">Our Stone Gap branch, which will share space with the county library
from January.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${gContent}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
</a><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.saltmarshecu.org">The Saltmarsh Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-saltmarsh-ecu"><a
href="https://www.saltmarshecu.org/">Saltmarsh ECU</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2f1c0a9e3b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout505-ghost-ceo-letter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH.map((i) => gBody[i] ?? ''),
  body: texts([gDek, ...gBody.filter((_, i) => !gH.includes(i))]),
  bylines: ['Gwen Halvorsen', 'Nov 30, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Saltmarsh Journal', 'Home', 'From the CEO', 'Member Stories', 'Money Tips', 'Main site', 'Sign in', 'Subscribe',
    'Our Stone Gap branch, which will share space with the county library from January.', 'Sign up for more like this.', 'Enter your email', ...gRead,
    'The Saltmarsh Journal © 2026', 'Privacy', 'Saltmarsh ECU', 'Powered by Ghost',
  ],
};

export const HELDOUT505_F: readonly TestPage[] = [tableLayout, ghost];
