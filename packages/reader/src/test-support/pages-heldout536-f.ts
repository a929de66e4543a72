import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row, trs } from './pages-heldout536-kit.js';

/**
 * Held-out batch 536, file f: an upholsterer's long blog post on Ghost (Casper theme) with a members signup box, and a family
 * carpet fitter's showroom and price page in an old table layout (FrontPage era).
 */
const gTitle = 'Saving a 1950s Cocktail Chair, Start to Finish';
const gDek = "A customer brought us her grandmother's chair in a bin bag. Eleven weeks later it went home looking better than it ever had.";
const gH = ['What came through the door', 'Stripping back', 'Frame repairs', 'Springs and stuffing', 'The cover', 'What it cost'];
const gP: string[][] = [
  [
    j(
      'The chair was a small, low cocktail chair with splayed tapered legs, made by a firm in the Midlands that closed in the 1970s.',
      'Its cover had been a mustard bouclé; by the time it reached us it was closer to brown, and a family cat had opened the back.',
    ),
    j(
      'The seat had dropped about four centimetres at the front and one back leg wobbled. None of that is unusual in a chair this age,',
      'and none of it meant the chair was finished.',
    ),
  ],
  [
    j(
      'Stripping a chair tells you its history. Under the bouclé we found a green moquette, and under that the original calico and a',
      'layer of rubberised hair that had turned to crumbs. Every tack came out, around 600 of them, and the frame went on the bench bare.',
    ),
  ],
  [
    j(
      'The wobble came from a dowel joint where the back leg meets the seat rail. The old animal glue had failed, so we knocked the joint',
      'apart, cleaned both halves back to bare wood and reglued it with fresh hide glue, which can be undone by the next upholsterer.',
    ),
    'We also filled decades of tack holes along the top rail with glued beech slivers so that the new cover would have sound timber to hold.',
  ],
  [
    j(
      'The original seat used tension springs hooked across the frame, a common fifties shortcut. We kept the idea but fitted new',
      'zinc-plated springs of the same gauge, so the seat sits at its original height and keeps its slim profile.',
    ),
    j(
      'On top went a layer of hessian, a thin pad of coir, and a shaped block of high-resilience foam wrapped in polyester wadding.',
      'Purists may wince at the foam, but in a chair this shape it gives the crisp edge the designer meant.',
    ),
  ],
  [
    j(
      'Our customer wanted the chair to look like the one she remembered, so we searched for a bouclé in the original mustard and found',
      'a wool-rich one from a mill in Yorkshire. Bouclé frays badly, so every seam is overlocked before sewing and the piping is cut on',
      'the bias to turn the tight corners of the arms.',
    ),
  ],
  [
    'Labour came to £520 and the fabric to £96. For a chair she could have replaced for less, it was a lot of money, and we said so.',
    'Her answer was that she could not replace it at all, which is the best reason there is.',
  ],
];
const gQuote = 'A good frame is a promise. Everything else on a chair is just the latest way of keeping it.';
const gRel = ['Why we still use hide glue', 'Bouclé: beautiful, and a pain to sew', 'Webbing, explained'];
const gNav = ['Home', 'Restorations', 'Workshop Notes', 'About', 'Get a Quote'];
const gBody = gP
  .map((ps2, i) => `<h2 id="${gH[i]?.toLowerCase().replace(/[^a-z]+/g, '-')}">${gH[i]}</h2>${ps(ps2)}${i === 2 ? `<blockquote>${gQuote}</blockquote>` : ''}`)
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7a1c9e2b3d">
<link rel="canonical" href="https://thetackroom.blog/saving-a-1950s-cocktail-chair/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Tack Room"><meta property="og:type" content="article">
<meta property="og:title" content="${gTitle}"><meta property="article:published_time" content="2026-01-22T08:00:00.000Z">
<meta property="article:tag" content="Restorations">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Tack
Room"},"author":{"@type":"Person","name":"Bronwen Astley"},"headline":"${gTitle}","datePublished":"2026-01-22T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Tack Room" href="https://thetackroom.blog/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://thetackroom.blog/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-restorations is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://thetackroom.blog">The Tack Room</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
</svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-restorations tag-mid-century">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/restorations/">Restorations</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/bronwen/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/04/bronwen.jpg" alt="Bronwen Astley">
</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/bronwen/">Bronwen Astley</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-22">Jan 22, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/01/cocktail-chair.jpg 300w"
src="/content/images/size/w2000/2026/01/cocktail-chair.jpg" alt="${gTitle}">
<figcaption><span style="white-space: pre-wrap;">The chair back in mustard bouclé.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${gBody}</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRel
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/${t.length}.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside>
</main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thetackroom.blog">The Tack Room</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=7a1c9e2b3d"></script>
<script>window.addEventListener('load', function () { document.body.classList.add('loaded'); });</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout536-ghost-cocktail-chair',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, ...(gP[0] ?? []), ...(gP[1] ?? []), ...(gP[2] ?? []), gQuote, ...gP.slice(3).flat()]),
  bylines: ['Bronwen Astley', 'Jan 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Tack Room', 'Home', 'Restorations', 'Workshop Notes', 'About', 'Get a Quote', 'Sign in', 'Subscribe', '4 min read',
    'The chair back in mustard bouclé.',
    'Sign up for more like this.', 'Enter your email', ...gRel, '3 min read', 'The Tack Room © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const tTitle = 'Our Showroom';
const tH = ['Carpet Prices', 'Free Measuring Service'];
const tIntro = [
  j(
    'Dunmore Carpets has been fitting carpets in Kelby and the surrounding villages since 1979. Our showroom on Tanner Street has',
    'over 300 carpets, rugs and vinyls on display, with roll ends at half price in the back room.',
  ),
  'All our fitters are family or have worked with us for more than ten years. We do not use subcontractors.',
];
const tRows = [
  ['80/20 Wool Twist', '£32.99', 'Yes'],
  ['Polypropylene Saxony', '£14.99', 'Yes'],
  ['Berber Loop', '£21.50', 'Yes'],
  ['Cushion Floor Vinyl', '£11.99', 'No'],
];
const tAfter = 'Prices are per square metre and include fitting on a standard underlay. Gripper and door bars are extra.';
const tMeasure = [
  j(
    'Phone the shop and we will come out and measure free of charge, usually within the week. We bring samples with us so you',
    'can see them in your own light.',
  ),
  'Old carpet can be taken up and taken away for £25 a room.',
];
const tNav = ['Home', 'Our Showroom', 'Carpets', 'Vinyl', 'Rugs', 'Testimonials', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="carpets, carpet fitters, Kelby, vinyl, rugs, Dunmore">
<title>Dunmore Carpets - Our Showroom</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style><!-- body { font-family: Verdana, Arial; } a:link { color: #800000; } .small { font-size: 8pt; } --></style></head>
<body bgcolor="#F5EFE0" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_home_on.gif')">
<table border="0" cellpadding="0" cellspacing="0" width="760" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img border="0" src="images/dunmore_banner.jpg" width="760" height="120" alt="Dunmore Carpets - Family Carpet Fitters Since 1979"></td></tr>
<tr><td colspan="2" bgcolor="#800000"><marquee scrollamount="3"><font color="#FFFFFF" face="Verdana" size="2">
<b>SPRING SALE NOW ON - 20% OFF ALL WOOL TWISTS!</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8DCC0"><table border="0" cellpadding="6" cellspacing="0" width="100%">
${tNav.map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '_')}.htm">${t}</a></font></td></tr>`).join('\n')}
<tr><td><font face="Verdana" size="1"><b>Opening Hours</b><br>Mon - Sat 9.00 - 5.30<br>Half day Wednesday</font></td></tr>
<tr><td align="center"><img src="images/nicf_logo.gif" width="100" height="60" alt="Member of the National Institute of Carpet Fitters"></td></tr></table></td>
<td width="600" valign="top"><table border="0" cellpadding="12" cellspacing="0" width="100%"><tr><td>
<p><b><font face="Verdana" size="5" color="#800000">${tTitle}</font></b></p>
<p align="center"><img border="1" src="images/showroom1.jpg" width="400" height="260" alt="Showroom"><br><font face="Verdana" size="1">
<i>Inside our Tanner Street showroom</i></font></p>
${ps(tIntro.map((p) => `<font face="Verdana" size="2">${p}</font>`))}
<p><b><font face="Verdana" size="3" color="#800000">${tH[0]}</font></b></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#C0C0C0"><tr bgcolor="#E8DCC0"><td><b>Range</b></td><td><b>Per sq m fitted</b>
</td><td><b>Stain resistant</b></td></tr>
${trs(tRows)}</table>
${ps([`<font face="Verdana" size="2">${tAfter}</font>`])}
<p><b><font face="Verdana" size="3" color="#800000">${tH[1]}</font></b></p>
${ps(tMeasure.map((p) => `<font face="Verdana" size="2">${p}</font>`))}
<p><font face="Verdana" size="2"><b>Dunmore Carpets, 14 Tanner Street, Kelby. Tel: 01632 960277</b></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#E8DCC0">
<font face="Verdana" size="1">${tNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '_')}.htm">${t}</a>`).join(' | ')}<br>
&copy; Dunmore Carpets 2026. All rights reserved.<br>This page was last updated on 12/03/2026<br>
You are visitor number <img src="/cgi-bin/Count.cgi?df=dunmore.dat" alt="counter"><br>Best viewed with 800x600 resolution</font></td></tr></table></body>
</html>`;
const tables: TestPage = {
  name: 'heldout536-table-carpet-showroom',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: [...tIntro, ...tRows.map(row), tAfter, ...tMeasure, 'Dunmore Carpets, 14 Tanner Street, Kelby. Tel: 01632 960277'],
  bylines: ['This page was last updated on 12/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SPRING SALE NOW ON - 20% OFF ALL WOOL TWISTS!', 'Home', 'Testimonials', 'Contact Us', 'Opening Hours', 'Mon - Sat 9.00 - 5.30', 'Half day Wednesday',
    'Inside our Tanner Street showroom', '© Dunmore Carpets 2026. All rights reserved.', 'You are visitor number', 'Best viewed with 800x600 resolution',
  ],
};

export const HELDOUT536_F: readonly TestPage[] = [ghost, tables];
