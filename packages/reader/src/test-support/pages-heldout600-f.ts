import { ps, type TestPage } from './page-kit.js';
import { esc, j, outside, rowTexts } from './pages-heldout600-kit.js';

/**
 * Held-out batch 600, file f: a garden building maker's essay on Ghost (Casper theme) with a callout card, read-more cards and the
 * Portal sign-up footer, and a gates and trellis price list on an old hand-made table layout (HTML 4.01, font tags, spacer GIFs).
 */
const gTitle = 'Why We Stopped Building Sheds on Timber Bearers';
const gDek = 'After twelve years and two hundred call-backs, we changed the one thing under every building we make.';
const gHeads = ['What goes wrong', 'What we do now', 'If you already have a bearer base'];
const gWrong = [
  j(
    'For most of our first decade, every shed and summerhouse we sold went down on treated timber bearers laid straight onto a',
    'levelled patch of ground. It was quick, cheap and, for the first five years or so, perfectly fine.',
  ),
  j(
    'Then the call-backs started. Bearers sitting in damp soil, even treated ones, soften from the bottom up. The floor sags at one',
    'corner, the door drops and will not latch, and by the time the owner notices, the floor joists above are soft as well.',
  ),
];
const gCallout = 'In 2025, 41 of our 53 warranty visits were to buildings on bearers laid directly on soil.';
const gNow = [
  j(
    'Since January every building we make goes onto either a plastic grid base filled with gravel or, on sloping ground, adjustable',
    'steel pedestals. Both keep the timber at least 50mm clear of the soil with air moving underneath.',
  ),
  j(
    'It adds between £90 and £250 to the price of a typical 8ft by 6ft shed, and it has roughly halved the time our fitters spend on',
    'a base, because a grid on compacted sub-base is far more forgiving than a row of bearers that must all be dead level.',
  ),
];
const gAlready = [
  j(
    'Lift a corner and look. If the bearers are still hard when you push a screwdriver in, lay a strip of damp-proof membrane under',
    'them, clear soil away from the sides and make sure rainwater from the roof is not dripping along the base. That alone can add',
    'years. If they are soft, it is far cheaper to replace them now than to replace the floor later.',
  ),
];
const gCap = 'A grid base, filled and ready for a 10ft by 8ft workshop.';
const gRead = [
  ['Felt, EPDM or steel: choosing a shed roof', 'Jan 5, 2026', '4 min read'],
  ['Inside our workshop: how a summerhouse is made', 'Dec 12, 2025', '7 min read'],
];
const gNav = ['Home', 'Buildings', 'Workshop notes', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://notes.wrenfieldbuildings.co.uk/assets/built/screen.css?v=8a1c3e">
<link rel="canonical" href="https://notes.wrenfieldbuildings.co.uk/why-we-stopped-building-on-bearers/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-11T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Wrenfield Workshop Notes"},
"author":{"@type":"Person","name":"Alys Wrenfield"},"headline":"${gTitle}","datePublished":"2026-02-11T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://notes.wrenfieldbuildings.co.uk/" data-key="2b9e1f"
data-api="https://notes.wrenfieldbuildings.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-bases is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://notes.wrenfieldbuildings.co.uk">Wrenfield Workshop Notes</a><button class="gh-search
gh-icon-btn" aria-label="Search this site" data-ghost-search><svg aria-hidden="true"></svg></button><button class="gh-burger" aria-label="Main Menu">
</button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.length}/">${t}</a>
</li>`,
  )
  .join('')}</ul>
</nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg aria-hidden="true"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-bases ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/bases/">Bases</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content"><ul
class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/alys/" class="author-avatar" aria-label="Read more of Alys Wrenfield"><img
class="author-profile-image" src="/content/images/size/w100/2024/03/alys.jpg" alt="Alys Wrenfield"></a></li></ul><div class="article-byline-meta"><h4
class="author-name"><a href="/author/alys/">Alys Wrenfield</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/grid-base.jpg 300w" src="/content/images/size/w2000/2026/02/grid-base.jpg"
alt="Plastic grid base"><figcaption><span style="white-space: pre-wrap;">${gCap}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gWrong)}<h2 id="what-goes-wrong">${gHeads[0]}</h2>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">\ud83d\udcca</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-we-do-now">${gHeads[1]}</h2>${ps(gNow.map(esc))}<h2 id="if-you-already-have-a-bearer-base">${gHeads[2]}</h2>${ps(gAlready)}
<div class="kg-card kg-button-card kg-align-center"><a href="https://wrenfieldbuildings.co.uk/bases" class="kg-btn kg-btn-accent">See our base options</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="/${
      r[1]?.length
    }/"><img class="post-card-image" src="/content/images/size/w600/x.jpg" alt="" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link"
href="/${r[2]?.length}/"><header class="post-card-header"><h2 class="post-card-title">${r[0]}</h2></header></a><footer class="post-card-meta"><time
class="post-card-meta-date" datetime="2026-01-05">${r[1]}</time><span class="post-card-meta-length">${r[2]}</span></footer></div></article>`,
  )
  .join('')}</div></aside>
</div><footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://notes.wrenfieldbuildings.co.uk">Wrenfield Workshop Notes</a>
&copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div id="ghost-portal-root"></div><script src="https://notes.wrenfieldbuildings.co.uk/assets/built/casper.js?v=8a1c3e"></script></body></html>`;
const gGold = [gDek, ...gWrong, gCallout, ...gNow, ...gAlready];
const ghostBases: TestPage = {
  name: 'heldout600-ghost-shed-bases',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: gGold,
  bylines: ['Alys Wrenfield', 'Feb 11, 2026', 'Jan 5, 2026', 'Dec 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Wrenfield Workshop Notes', ...gNav, 'Sign in', 'Subscribe', 'Bases', '• 5 min read', gCap, 'See our base options', 'Sign up for more like this.',
    'Enter your email', ...gRead.map((r) => r[0] ?? ''), ...gRead.map((r) => r[2] ?? ''), 'Wrenfield Workshop Notes © 2026', 'Sign up', 'Powered by Ghost',
  ], [gTitle, ...gHeads, ...gGold]),
};

const tTitle = 'Gates, Trellis &amp; Posts - Price List';
const tHeads = ['Garden Gates', 'Trellis', 'Posts &amp; Fixings'];
const tGates = [
  ['Ledged &amp; braced gate 3ft x 6ft', '£68.00'],
  ['Close board gate 3ft x 6ft', '£84.00'],
  ['Driveway gates (pair) 10ft x 6ft', '£395.00'],
  ['Gate hinge &amp; latch set, black', '£19.50'],
];
const tTrel = [
  ['Square trellis 6ft x 1ft', '£9.80'],
  ['Square trellis 6ft x 2ft', '£14.20'],
  ['Diamond trellis 6ft x 2ft', '£16.00'],
];
const tPosts = [
  ['Timber post 4in x 4in x 8ft', '£14.00'],
  ['Postcrete 20kg bag', '£7.40'],
];
const tNote = j(
  'All prices include VAT &amp; are for collection from the yard. Gates can be made to measure - please ring for a price.',
  'We are closed on Bank Holidays.',
);
const tLeft = ['Home', 'Fence Panels', 'Gates &amp; Trellis', 'Sheds', 'How to find us', 'Contact'];
const spacer = '<img src="images/spacer.gif" width="1" height="8" alt="">';
const tTable = (head: string, rows: string[][]): string => `<h2><font face="Arial, Helvetica, sans-serif" color="#336600" size="4">${head}</font></h2>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">${rows
  .map(
    (r) => `<tr><td width="75%"><font face="Arial" size="2">${r[0]}
</font></td><td align="right"><font face="Arial" size="2">${r[1]}</font></td></tr>`,
  )
  .join('\n')}</table>${spacer}`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Copperfield Fencing - Price List</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="fencing, gates, trellis, fence panels, Dunsley, sheds"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#FFFFFF" text="#000000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0"
align="center"><tr><td colspan="2" bgcolor="#336600"><img src="images/banner.jpg" width="760" height="110" alt="Copperfield Fencing - Dunsley"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99" align="center"><font face="Arial" size="2"><b>Tel: 01632 960 145 &nbsp;|&nbsp; Open Mon - Sat 8am - 5pm</b></font></td>
</tr>
<tr><td width="160" valign="top" bgcolor="#E8E8D0">${spacer}<table width="150" border="0" cellpadding="3">${tLeft
  .map(
    (t) => `<tr><td><font face="Arial"
size="2"><a href="${t.length}.htm">${t}</a></font></td></tr>`,
  )
  .join('')}</table><br><center><font face="Arial" size="1">You are visitor no.<br><img
src="/cgi-bin/counter.gif" alt="counter"><br>018204</font></center></td>
<td width="600" valign="top"><table width="100%" cellpadding="10"><tr><td><h1>
<font face="Arial, Helvetica, sans-serif" color="#336600" size="5">${tTitle}</font>
</h1><font face="Arial" size="2"><i>Last updated 14/03/2026</i></font>${spacer}
${tTable(tHeads[0] ?? '', tGates)}${tTable(tHeads[1] ?? '', tTrel)}${tTable(tHeads[2] ?? '', tPosts)}
<p><font face="Arial" size="2">${tNote}</font></p><p align="center"><a href="#top"><font face="Arial" size="1">Back to top</font></a></p></td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#336600" align="center">
<font face="Arial" size="1" color="#FFFFFF">&copy; Copperfield Fencing 2003-2026 &nbsp; Unit 2, Station Yard,
Dunsley<br>Site by DunsleyWeb</font></td></tr></table></body></html>`;
const tGold = [...rowTexts([...tGates, ...tTrel, ...tPosts]), tNote.replace(/&amp;/g, '&')];
const tableLayout: TestPage = {
  name: 'heldout600-table-layout-gates-prices',
  kind: 'docs',
  html: tHtml,
  title: 'Gates, Trellis & Posts - Price List',
  headings: tHeads.map((h) => h.replace(/&amp;/g, '&')),
  body: tGold,
  bylines: ['Last updated 14/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Tel: 01632 960 145 | Open Mon - Sat 8am - 5pm', ...tLeft.map((t) => t.replace(/&amp;/g, '&')), 'You are visitor no.', '018204', 'Back to top',
    '© Copperfield Fencing 2003-2026 Unit 2, Station Yard, Dunsley', 'Site by DunsleyWeb',
  ], ['Gates, Trellis & Posts - Price List', 'Garden Gates', 'Trellis', 'Posts & Fixings', ...tGold]),
};

export const HELDOUT600_F: readonly TestPage[] = [ghostBases, tableLayout];
