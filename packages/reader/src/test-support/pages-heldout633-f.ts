import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout633-kit.js';

/**
 * Held-out batch 633, file f: an equine photographer's blog post on Hugo (PaperMod theme) with a table of contents and
 * post navigation, and a traditional sign writer's page from an old hand-coded table layout.
 */
const hTitle = 'Photographing horses at liberty: notes from a season';
const hBody = [
  j(
    'This summer I spent most Sunday mornings in a field near Aldbrook with Saffron, a twelve-year-old Connemara, and her owner',
    'Jess. Liberty work means the horse is loose, with no headcollar or rope, responding to the handler’s body language. It makes',
    'for wonderful pictures and is harder to photograph than almost anything else I do.',
  ),
  'Light and timing',
  j(
    'The best light came in the first hour after sunrise, low and warm from behind the horse. Backlight picks out the mane and the',
    'dust from the hooves and hides the fence posts in shadow.',
  ),
  'Settings I settled on',
  'Shutter speed of 1/1600 s or faster to freeze the legs in canter',
  'Continuous autofocus with animal eye detection, zone area',
  'A 70–200 mm lens at f/4, which keeps the background soft without losing the tail',
  'Bursts of no more than two seconds, so the buffer never fills at the wrong moment',
  'Working with the handler',
  j(
    'Jess and I agreed a set of signals before each session so she could bring Saffron across the light rather than towards me. I',
    'never moved quickly or raised the camera above my head, and I crouched low so the horse looked taller against the sky.',
  ),
  j(
    'Out of roughly four thousand frames, the owner chose twenty-two. That ratio is normal for liberty work, and it is worth',
    'telling clients about it before they book.',
  ),
];
const hHeadIdx = [1, 3, 8];
const hToc = ['Light and timing', 'Settings I settled on', 'Working with the handler'];
const hNav = ['Posts', 'Galleries', 'Book', 'Search'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Wren Hollis Equine Photography</title><meta name="keywords" content="liberty, horses, technique">
<meta name="description" content="What a summer of liberty sessions with a Connemara mare taught me about light, shutter speed and patience.">
<meta name="author" content="Wren Hollis"><link rel="canonical" href="https://wrenhollis.photo/posts/horses-at-liberty/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2024-09-02T08:00:00+01:00",
"author":[{"@type":"Person","name":"Wren Hollis"}]}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://wrenhollis.photo/" accesskey="h" title="Wren Hollis (Alt + H)">Wren Hollis</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://wrenhollis.photo/">Home</a>&nbsp;»&nbsp;
<a href="https://wrenhollis.photo/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-description">What a summer of liberty sessions with a Connemara mare taught me about light, shutter speed and patience.</div>
<div class="post-meta"><span title="2024-09-02 08:00:00 +0100 +0100">September 2, 2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Wren Hollis</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>${hToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div>
</details></div>
<div class="post-content">${ps([hBody[0] ?? ''])}
<h2 id="light-and-timing">${hBody[1]}<a hidden class="anchor" aria-hidden="true" href="#light-and-timing">#</a></h2>${ps([hBody[2] ?? ''])}
<figure><img loading="lazy" src="/images/saffron-canter.jpg" alt="Grey mare cantering at sunrise"><figcaption>
<p>Saffron in canter, 6.12 am. 1/2000 s, f/4, ISO 400.</p></figcaption></figure>
<h2 id="settings-i-settled-on">${hBody[3]}<a hidden class="anchor" aria-hidden="true" href="#settings-i-settled-on">#</a></h2>
<ul>${lis(hBody.slice(4, 8))}</ul>
<h2 id="working-with-the-handler">${hBody[8]}<a hidden class="anchor" aria-hidden="true" href="#working-with-the-handler">#</a></h2>${ps(hBody.slice(9))}</div>
<footer class="post-footer"><ul class="post-tags">${links(['liberty', 'horses', 'technique'])}</ul>
<nav class="paginav"><a class="prev" href="https://wrenhollis.photo/posts/winter-yard-sessions/"><span class="title">« Prev</span><br>
<span>Winter yard sessions without flash</span></a>
<a class="next" href="https://wrenhollis.photo/posts/choosing-a-field/"><span class="title">Next »</span><br>
<span>Choosing a field for a portrait session</span></a></nav>
</footer></article></main>
<footer class="footer"><span>&copy; 2024 <a href="https://wrenhollis.photo/">Wren Hollis Equine Photography</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/"
rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"
fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const hugoHorses: TestPage = {
  name: 'heldout633-hugo-horses-liberty',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeadIdx.map((i) => hBody[i] ?? ''),
  body: texts([
    'What a summer of liberty sessions with a Connemara mare taught me about light, shutter speed and patience.',
    ...hBody.filter((_, i) => !hHeadIdx.includes(i)),
  ]),
  bylines: ['September 2, 2024 · 4 min · Wren Hollis'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wren Hollis', ...hNav, 'Home » Posts', 'Table of Contents', 'Saffron in canter, 6.12 am. 1/2000 s, f/4, ISO 400.', 'liberty', 'horses', 'technique',
    '« Prev', 'Winter yard sessions without flash', 'Next »', 'Choosing a field for a portrait session',
    '© 2024 Wren Hollis Equine Photography', 'Powered by Hugo & PaperMod',
  ],
};

const tTitle = 'Gold Leaf on Glass';
const tBody = [
  j(
    'We have been gilding shop windows, pub glass and office doors in the Tamber valley since 1972. All our glass work is done by',
    'hand using genuine 23 carat gold leaf, laid from the inside so that it will never weather.',
  ),
  'Matt and bright gold',
  j(
    'Bright gold is water gilded and burnished to a mirror finish. Matt gold is laid on an oil size and gives a softer, richer',
    'colour. Many of our customers choose a combination, with bright centres and a matt outline, which shows up well from across',
    'the street.',
  ),
  'Prices',
  j(
    'Every job is different, so we are happy to call and give a free quote. As a guide, a single line of lettering 10 inches high',
    'across a standard shop window starts from £380 including shading.',
  ),
  'Please telephone Dennis on 01632 960 412 or use the enquiry form.',
];
const tHeadIdx = [1, 3];
const tNav = ['Home', 'Fascias', 'Gold Leaf on Glass', 'Pub Signs', 'Vehicles', 'Gallery', 'Enquiry Form'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Rudd &amp; Son Signwriters - Gold Leaf on Glass</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="signwriter, gold leaf, glass gilding, pub signs, Tamber">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script><style type="text/css">body{margin:0;background:#f3ead2}.nav{font-family:Verdana;font-size:11px}</style></head>
<body bgcolor="#F3EAD2" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Rudd &amp; Son - Traditional Signwriters"></td></tr>
<tr><td width="160" valign="top" bgcolor="#2E4A2E" class="nav"><br>
<table width="150" border="0" cellpadding="4" cellspacing="0" align="center">
${tNav
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '_')}.htm"><font color="#F3D37A" face="Verdana" size="2"><b>${t}</b></font></a></td>
</tr>`,
  )
  .join('\n')}
</table><br><center><img src="images/spacer.gif" width="1" height="20"><br>
<font color="#F3EAD2" face="Verdana" size="1">Member of the<br>Sign Crafts Association</font></center></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<p><font face="Georgia, Times New Roman" size="5" color="#2E4A2E"><b>${tTitle}</b></font></p>
<font face="Verdana" size="2">
<p>${tBody[0]}</p>
<p><img src="images/glass1.jpg" width="280" height="190" align="right" hspace="8" alt=""><b>${tBody[1]}</b></p>
<p>${tBody[2]}</p>
<p><b>${tBody[3]}</b></p>
<p>${tBody[4]}</p>
<p>${tBody[5]}</p>
</font>
<p align="center"><font face="Verdana" size="1"><i>Above: window for the Black Bull, Nethercote (2007)</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2E4A2E" align="center"><font color="#F3EAD2" face="Verdana" size="1">Rudd &amp; Son, 14 Tanners Row, Tamberley &nbsp;|&nbsp;
Tel 01632 960 412<br>Last updated 14/03/2009 &nbsp;|&nbsp; You are visitor number <img src="/cgi-bin/counter.cgi?page=glass" alt="4821"> &nbsp;|&nbsp;
Best viewed at 1024 x 768</font></td></tr></table></body></html>`;
const tableRudd: TestPage = {
  name: 'heldout633-table-layout-gold-glass',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeadIdx.map((i) => tBody[i] ?? ''),
  body: texts(tBody.filter((_, i) => !tHeadIdx.includes(i))),
  bylines: ['Last updated 14/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== tTitle), 'Member of the Sign Crafts Association', 'Above: window for the Black Bull, Nethercote (2007)',
    'Rudd & Son, 14 Tanners Row, Tamberley', 'Tel 01632 960 412', 'You are visitor number', 'Best viewed at 1024 x 768',
  ],
};

export const HELDOUT633_F: readonly TestPage[] = [hugoHorses, tableRudd];
