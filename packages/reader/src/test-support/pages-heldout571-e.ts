import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, rows } from './pages-heldout571-kit.js';

/**
 * Held-out batch 571, file e: a graduate CV advice post on a tech recruiter's Ghost blog (Casper theme) with a members
 * sign-up box, and a nursing agency's "registering with us" page on an old table-layout site.
 */
const gTitle = 'Your first CV after university: what tech hiring managers actually read';
const gDek = 'Six seconds, one page, and the projects section nobody writes properly.';
const gBody1 = [
  j(
    'We asked 38 engineering managers at the start-ups and scale-ups we recruit for what they look at first on a graduate CV.',
    'The answers were remarkably consistent, and almost none of them mentioned grades.',
  ),
];
const gH1 = 'Put projects above education';
const gBody2 = [
  j(
    'A degree tells a manager you can stick at something for three years. A project tells them you can build something. Move',
    'your two best projects to the top, give each one line on what it does, one line on what you built yourself, and a link.',
  ),
  j(
    'A group project is fine, but say which part was yours. "Built the booking API in Go, 14 endpoints, deployed on a £5 VPS" is',
    'far stronger than "worked in a team of five on a web app".',
  ),
];
const gH2 = 'Cut the skills cloud';
const gBody3 = [
  j(
    'A list of 25 languages and frameworks with star ratings makes managers suspicious. Name the four or five tools you used in',
    'your projects and would be happy to be tested on.',
  ),
];
const gBody4 = ['One page. Really.', 'A plain PDF, not a designed template with columns.', 'Your GitHub profile, with pinned repositories that have a README.'];
const gNav = ['Home', 'Jobs', 'Advice', 'For Companies'];
const gMore = ['How to prepare for a take-home coding test', 'What a recruiter does (and doesn’t) do for you', 'Salary negotiation for your first role'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=1b2c3d4e5f">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://blog.stackhire.io/first-cv-after-university/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-07-21T07:45:00.000Z">
<meta property="article:tag" content="Graduates">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"StackHire Journal"},
"author":{"@type":"Person","name":"Owen Kiely"},"headline":"${gTitle}"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="StackHire Journal" href="https://blog.stackhire.io/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.stackhire.io/" data-key="a1b2c3"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column}</style></head>
<body class="post-template tag-graduates tag-cv-advice is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.stackhire.io">StackHire Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu">
<ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-graduates tag-cv-advice image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/graduates/">Graduates</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/owen/" class="author-avatar" aria-label="Read more of Owen Kiely">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/owen.jpg" alt="Owen Kiely"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Kiely</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-07-21">Jul 21, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2026/07/cv-desk.jpg 300w" src="/content/images/size/w2000/2026/07/cv-desk.jpg" alt="A laptop and a printed CV">
<figcaption><span style="white-space: pre-wrap;">Photo by Marta Loy</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody1)}<h2 id="put-projects-above-education">${gH1}</h2>${ps(gBody2)}
<h2 id="cut-the-skills-cloud">${gH2}</h2>${ps(gBody3)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div>
<div class="kg-callout-text">Before you send it, check three things:</div></div>
<ul>${lis(gBody4)}</ul>
<div class="kg-card kg-cta-card kg-cta-card-grey"><div class="kg-cta-content"><div class="kg-cta-text">
<p>Looking for your first developer role? Our graduate roles board is updated every Monday.</p></div>
<a href="https://stackhire.io/jobs?level=graduate" class="kg-cta-button">Browse graduate jobs</a></div></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div>
</article>`,
  )
  .join('')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.stackhire.io">StackHire Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=1b2c3d4e5f"></script><script>document.documentElement.classList.add('js');</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout571-ghost-graduate-cv',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2],
  body: texts([gDek, ...gBody1, ...gBody2, ...gBody3, 'Before you send it, check three things:', ...gBody4]),
  bylines: ['Owen Kiely', 'Jul 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'StackHire Journal', ...gNav, 'Sign in', 'Subscribe', 'Graduates', '• 3 min read', 'Photo by Marta Loy',
    'Looking for your first developer role? Our graduate roles board is updated every Monday.', 'Browse graduate jobs', 'Sign up for more like this.',
    'Enter your email', ...gMore, 'StackHire Journal © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const tTitle = 'Registering with Meadowbank Nursing Agency';
const tIntro = [
  j(
    'Thank you for your interest in working with us. Meadowbank has supplied registered nurses and care assistants to hospitals,',
    'hospices and nursing homes in Kent and East Sussex since 1994. Registration takes about two weeks from your first visit.',
  ),
  'To register you will need to come to our office in Tonbridge with the following documents:',
];
const tDocs = [
  'passport or other proof of your right to work in the UK',
  'your NMC PIN (registered nurses only)',
  'two references from your most recent employers',
  'proof of address dated within the last three months',
  'an enhanced DBS certificate, or we can apply for one for you (£49.50)',
];
const tH1 = 'Current hourly rates';
const tRates = [
  ['Registered Nurse (RGN / RMN)', '£24.50', '£29.00', '£36.75'],
  ['Senior Care Assistant', '£14.20', '£16.10', '£21.30'],
  ['Care Assistant', '£12.80', '£14.40', '£19.20'],
];
const tAfter = [
  'Rates are reviewed every April. Bank holiday rates apply from 8am on the bank holiday to 8am the following day.',
  j(
    'Mandatory training (moving and handling, basic life support, safeguarding and infection control) is provided free of charge',
    'at our office on the first Wednesday of each month.',
  ),
];
const tSide = ['Home', 'About Us', 'Register', 'Current Vacancies', 'Clients', 'Timesheets', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Meadowbank Nursing Agency - Register</title><meta name="keywords" content="nursing agency, kent, care assistants, nurses, tonbridge">
<link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_register_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Meadowbank Nursing Agency"></td></tr>
<tr><td colspan="2" bgcolor="#336699" class="topbar">
<font color="#FFFFFF" size="2" face="Arial">&nbsp;Tel: 01732 496 118 &nbsp;|&nbsp; 24 hour line: 07700 900 412</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#E6EEF5" class="leftnav"><table width="100%" border="0" cellspacing="0" cellpadding="4">
${tSide.map((t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><br><table width="90%" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#336699"><tr><td class="smalltext"><b>URGENT</b><br>
Night RGNs needed in Hastings. Call now!</td></tr></table><br>
<p align="center"><img src="images/rec_logo.gif" width="120" height="60" alt="REC Member"></p></td>
<td width="610" valign="top" class="content"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<h1 class="pagetitle">${tTitle}</h1>
${tIntro.map((p) => `<p class="bodytext">${p}</p>`).join('\n')}
<ul>${lis(tDocs, 'bodytext')}</ul>
<h2 class="subhead">${tH1}</h2>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#CCCCCC" class="bodytext"><tr bgcolor="#336699">
<td><font color="#FFFFFF"><b>Grade</b></font></td><td><font color="#FFFFFF"><b>Weekday</b></font></td><td><font color="#FFFFFF"><b>Night / Weekend</b></font>
</td><td><font color="#FFFFFF"><b>Bank Holiday</b></font></td></tr>
${rows(tRates)}</table>
${tAfter.map((p) => `<p class="bodytext">${p}</p>`).join('\n')}
<p class="bodytext"><a href="register_form.pdf">
<img src="images/pdf.gif" width="16" height="16" border="0" alt=""> Download the registration form (PDF, 210KB)</a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336699" align="center">
<font color="#FFFFFF" size="1" face="Arial">&copy; Meadowbank Nursing Agency Ltd 2004-2026 | 3 Quarry Hill Parade, Tonbridge, Kent |
<a href="privacy.htm"><font color="#FFFFFF">Privacy</font></a><br>Site last updated 14/03/2026</font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");</script></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout571-table-nursing-register',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tH1],
  body: texts([...tIntro, ...tDocs, ...rowTexts(tRates), ...tAfter]),
  bylines: ['Site last updated 14/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01732 496 118 | 24 hour line: 07700 900 412', ...tSide.filter((t) => t !== 'Register'), 'URGENT', 'Night RGNs needed in Hastings. Call now!',
    'Download the registration form (PDF, 210KB)', '© Meadowbank Nursing Agency Ltd 2004-2026 | 3 Quarry Hill Parade, Tonbridge, Kent | Privacy',
  ],
};

export const HELDOUT571_E: readonly TestPage[] = [ghost, tableLayout];
