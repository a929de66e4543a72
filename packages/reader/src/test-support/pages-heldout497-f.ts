import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout497-kit.js';

/**
 * Held-out batch 497, file f: a nursery group's news post on Ghost (Casper theme) with a feature image caption, member signup
 * box and "read more" cards, and a village playgroup's term dates and fees page in an old table layout (FrontPage era).
 */
const gTitle = 'New baby room opens at our Fernleigh nursery in January';
const gDek = 'Twelve more places for babies from six months, and a sensory garden built with help from parents.';
const gBody = [
  j(
    'Our Fernleigh nursery will open a second baby room on Monday 11 January, adding twelve places for babies from six months',
    'to two years. The room has been built in the former staff flat above the garage and has its own sleep room, milk kitchen',
    'and nappy changing area.',
  ),
  j(
    'Nursery manager Olu Adeyemi-Crane said the waiting list for baby places had grown to more than 40 families over the past',
    'year. "Parents were putting their names down before their babies were born, and we were still turning people away," she said.',
  ),
  j(
    'The new room looks out over a small sensory garden, which a group of parents helped to plant over three weekends in October,',
    'with lavender, mint, wind chimes and a low willow tunnel for crawlers.',
  ),
  j(
    'Four new practitioners have joined the team to staff the room, keeping our ratio of one adult to every three babies. Families',
    'on the waiting list will be contacted in date order during November.',
  ),
];
const gNav = ['Home', 'Our nurseries', 'News', 'Jobs', 'About'];
const gRead = ['Meet the chefs behind our new autumn menu', 'Half-term stay-and-play dates announced', 'Fernleigh rated Good in latest inspection'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4b2c1e">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.oakandivynurseries.co.uk/new-baby-room-fernleigh/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-05T10:30:00.000Z">
<meta property="article:tag" content="Nursery news"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Oak & Ivy Nurseries"},
"author":{"@type":"Person","name":"Lottie Marchbanks"},"headline":"${gTitle}","datePublished":"2026-11-05T10:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://news.oakandivynurseries.co.uk/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style></head>
<body class="post-template tag-nursery-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://news.oakandivynurseries.co.uk">
Oak &amp; Ivy Nurseries</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, '')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-nursery-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/nursery-news/">Nursery news</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/lottie/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/lottie.jpg" alt="Lottie
Marchbanks"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/lottie/">Lottie Marchbanks</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-05">Nov 5, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/11/baby-room.jpg" alt="The new baby room">
<figcaption><span style="white-space: pre-wrap;">The new room, photographed before the furniture arrived.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gBody)}</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</main><aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/c.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-20">Oct 20, 2026</time></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.oakandivynurseries.co.uk">Oak &amp; Ivy Nurseries</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4b2c1e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout497-ghost-baby-room-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gDek, ...gBody]),
  bylines: ['Lottie Marchbanks', 'Nov 5, 2026', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Oak & Ivy Nurseries', ...gNav, 'Sign in', 'Subscribe', 'Nursery news', 'The new room, photographed before the furniture arrived.',
    'Sign up for more like this.', 'Enter your email', ...gRead, 'Oct 20, 2026', 'Oak & Ivy Nurseries © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const tTitle = 'Term Dates and Fees 2026 - 2027';
const tLead = 'Playgroup meets in the Village Hall on Monday to Thursday mornings in term time.';
const tRows = [
  ['Autumn Term', '7 September to 17 December'],
  ['Spring Term', '4 January to 25 March'],
  ['Summer Term', '12 April to 22 July'],
];
const tFees = [
  j('Sessions are 9.15am to 12.15pm and cost &pound;19.50, with a snack of fruit and milk included.', 'Funded hours can be used for all sessions.'),
  'Please pay fees by the first week of each half term. Cheques payable to Lower Tindle Playgroup.',
  "To put your child's name down, ring Pauline on 01632 960 457 after 6pm.",
];
const tNav = ['Home', 'About Us', 'Term Dates', 'Our Staff', 'Photos', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Lower Tindle Playgroup - Term Dates</title>
<script language="JavaScript"><!--
function FP_swapImg() {var doc=document,args=arguments,elm,n; doc.$imgSwaps=new Array(); for(n=2; n<args.length; n+=2) { elm=FP_getObjectByID(args[n]); }}
// --></script></head>
<body bgcolor="#FFFFCC" topmargin="0" leftmargin="0"><div align="center"><table border="0" width="760" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#99CC66" height="90"><img border="0" src="images/banner.gif" width="760" height="90" alt="Lower Tindle Playgroup"></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCFF99"><p>&nbsp;</p>
${tNav.map((t) => `<p><font face="Comic Sans MS" size="2"><a href="${t.toLowerCase().replace(' ', '')}.htm">${t}</a></font></p>`).join('\n')}
<p>&nbsp;</p><p align="center"><font size="1" face="Arial">Member of the Pre-school Learning Alliance</font></p></td>
<td width="610" valign="top"><table border="0" width="100%" cellpadding="10"><tr><td>
<p align="center"><b><font face="Comic Sans MS" size="5" color="#336600">${tTitle}</font></b></p>
<p><font face="Arial" size="2">${tLead}</font></p>
<div align="center"><table border="1" width="90%" cellspacing="0" bordercolor="#99CC66">
<tr><td bgcolor="#CCFF99"><b><font face="Arial" size="2">Term</font></b></td><td bgcolor="#CCFF99"><b><font face="Arial" size="2">Dates</font></b></td></tr>
${trs(tRows)}</table></div>
${ps(tFees.map((t) => `<font face="Arial" size="2">${t}</font>`))}
<p>&nbsp;</p><hr color="#99CC66" size="1">
<p align="center"><font face="Arial" size="1">Page last updated 03/02/2026<br>You are visitor number
<img src="/_vti_bin/fpcount.exe/?Page=termdates.htm|Image=4|Digits=5" alt="hit counter"></font></p>
</td></tr></table></td></tr></table></div></body></html>`;
const tables: TestPage = {
  name: 'heldout497-frontpage-playgroup-term-dates',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...texts([tLead]), ...rowTexts(tRows), ...texts(tFees)],
  bylines: ['Page last updated 03/02/2026'],
  furniture: [...tNav, 'Member of the Pre-school Learning Alliance', 'You are visitor number'],
};

export const HELDOUT497_F: readonly TestPage[] = [ghost, tables];
