import { type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout674-kit.js';

/**
 * Held-out batch 674, file e: a taxidermy studio's aftercare page built with Wix (mesh layout, rich-text components),
 * and a hobbyist's old table-layout page on restoring a pocket knife, with a left menu, hit counter and webring.
 */
const xTitle = 'Caring for Your Mount';
const xBody = [
  j(
    'A well-made mount will outlive its owner if it is kept out of three things: sunlight, damp and insects. A few minutes',
    'of care a season is all it needs.',
  ),
  'Where to hang it',
  j(
    'Choose an inside wall away from windows, radiators and fireplaces. Direct sun bleaches fur and feathers within a year,',
    'and heat dries the skin until it splits at the seams. Kitchens and bathrooms are too humid.',
  ),
  'Cleaning',
  'Dust with a soft make-up brush, always in the direction of the hair or feathers.',
  'For heavier dust, use a hairdryer on the cold setting held at arm\u2019s length.',
  'Wipe glass eyes and painted areas with a barely damp cotton bud.',
  'Never use furniture polish, water sprays or household cleaners.',
  'Insects',
  j(
    'Check the base and the underside of the mount each spring for small holes, loose hair or a fine powder. If you find any,',
    'seal the piece in a bin bag and call the studio. Most infestations can be treated by freezing if they are caught early.',
  ),
];
const xNav = ['Home', 'Gallery', 'Services', 'Aftercare', 'Contact'];
const rt = (id: string, inner: string): string =>
  `<div id="${id}" class="HcOXKn c9GqVL QxJLC3 ${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Aftercare | Moorcroft Taxidermy</title><meta name="description" content="How to look after a taxidermy mount at home.">
<meta property="og:site_name" content="Moorcroft Taxidermy"><script type="text/javascript">window.viewerModel = {"siteFeaturesConfigs":{},"site":{"metaSiteId":
"3f1c"},"requestUrl":"https://www.moorcrofttaxidermy.com/aftercare","language":{"userLanguage":"en"}};</script>
<script id="wix-first-paint">if (window.ResizeObserver && (!window.PerformanceObserver || !PerformanceObserver.supportedEntryTypes)) {
window.wixFirstPaint = 1}</script>
<style id="css_masterPage">#masterPage:not(.landingPage) #PAGES_CONTAINER{margin-top:0px;}.font_8{font:normal normal normal 16px/1.6em georgia}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mStV0c">top of page</span></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" role="button">Skip to Main Content</div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div><div class="U4Bvut">
<div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer"
data-testid="mesh-container-content">${rt(
  'comp-kx1l2b0a',
  `<p class="font_0 wixui-rich-text__text"><span
class="wixui-rich-text__text">Moorcroft Taxidermy</span></p>`,
)}
<nav aria-label="Site" id="comp-kx1l2b0c" class="comp-kx1l2b0c wixui-horizontal-menu"><ul class="itemsContainer" role="list">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.moorcrofttaxidermy.com/${t.toLowerCase()}" class="link"
${t === 'Aftercare' ? 'aria-current="page"' : ''}><div class="itemLabel"><span class="label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="lq3ob" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerlq3ob" class="Containerlq3ob SPY_vo"><div data-mesh-id="Containerlq3obinlineContent" data-testid="inline-content">
<section id="comp-lt4a1" tabindex="-1" class="xuzjBY wixui-section"><div id="bgLayers_comp-lt4a1" data-hook="bgLayers" class="MW5IWV"></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lt4a2" class="comp-lt4a2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lt4a2inlineContent">
${rt('comp-lt4a3', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rt('comp-lt4a4', xp(at(xBody, 0)))}
<div id="comp-lt4a5" class="MazNVa comp-lt4a5 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lt4a5" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/8a1c_owl.jpg/v1/fill/w_600,h_400/owl.jpg" alt="Tawny owl mount on an oak branch" style="width:600px;height:400px">
</wow-image></div></div>
${rt('comp-lt4a6', xh(at(xBody, 1)) + xp(at(xBody, 2)))}
${rt(
  'comp-lt4a7',
  `${xh(at(xBody, 3))}<ul class="font_8 wixui-rich-text__text">${xBody
    .slice(4, 8)
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`)
    .join('')}</ul>`,
)}
${rt('comp-lt4a8', xh(at(xBody, 8)) + xp(at(xBody, 9)))}
<div id="comp-lt4a9" class="comp-lt4a9 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.moorcrofttaxidermy.com/contact"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a check-up</span></a></div>
</div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent">
${rt('comp-kx1l2b1a', xp('Moorcroft Taxidermy · 7 Tanner Row, Edgeley Moor · 01632 960 418'))}
${rt('comp-kx1l2b1b', xp('© 2026 by Moorcroft Taxidermy. Proudly created with Wix.com'))}</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mStV0c">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.18d4c2.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout674-wix-aftercare',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [at(xBody, 1), at(xBody, 3), at(xBody, 8)],
  body: xBody.filter((_, i) => ![1, 3, 8].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Moorcroft Taxidermy', ...xNav, 'Book a check-up',
    'Moorcroft Taxidermy · 7 Tanner Row, Edgeley Moor · 01632 960 418',
    '© 2026 by Moorcroft Taxidermy. Proudly created with Wix.com', 'bottom of page',
  ],
};

const tTitle = 'Bringing Back an Old Barlow Knife';
const tBody = [
  j(
    'Last winter I bought a box of rusty pocket knives at the Heckton car boot for two pounds. Most were scrap, but one was a',
    'single-blade Barlow stamped <b>J. ASHWORTH</b> on the tang, with bone covers and a long bolster. This is how I brought it back.',
  ),
  'Taking stock',
  j(
    'The blade would not open more than half way, the spring was rusted to the liners and one cover was cracked at the pin.',
    'Luckily the blade still had most of its width, so there was enough steel left to work with.',
  ),
  'Freeing the joint',
  j(
    'I soaked the whole knife in paraffin for three days, then worked the blade back and forth a little more each evening.',
    'Do not force it: a snapped tang is the end of the knife. Once it opened fully I cleaned the joint with a cotton thread',
    'and a drop of light oil.',
  ),
  'Cleaning the blade',
  j(
    'Rust came off with 400 and then 800 grit wet and dry paper wrapped round a lolly stick, always along the blade and never',
    'across the stamp. I left the dark patina where it was sound. A knife this old should look its age.',
  ),
  'The cracked cover',
  j(
    'I filled the crack with thin glue and a pinch of bone dust from the back of the cover, then polished it with rottenstone.',
    'You have to look hard to see it now.',
  ),
  'Next time: putting a new spring in a two-blade jack. Questions welcome by email.',
];
const tNav = ['Home', 'My Collection', 'Restorations', 'Makers\u2019 Marks', 'Links', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="keywords" content="barlow, pocket knife, restoration,
sheffield">
<title>Old Pocket Knives - Restorations - Barlow</title><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript">function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }</script>
<style>a:link { color: #663300 } td { font-family: Verdana, Arial }</style></head>
<body bgcolor="#F5EFD9" text="#222222" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#4A3B22" height="70">
<font face="Georgia" size="6" color="#F5EFD9">&nbsp;Old Pocket Knives</font><br><font face="Verdana" size="1" color="#D9C9A3">&nbsp;&nbsp;Collecting and
restoring British folding knives since 1996</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E4D8B8"><br><table width="100%" border="0" cellpadding="4">${tNav
  .map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/\W+/g, '')}.htm">${t}</a></font></td></tr>`)
  .join('\n')}</table><br><center><font size="1">You are visitor number</font><br><img src="/cgi-bin/Count.cgi?df=barlow.dat" alt="048213"><br>
<font size="1">048213</font></center><br><center><a href="http://www.ringsurf.example/cutlery"><img src="ring.gif" border="0" alt="Cutlery Collectors
Ring"></a><br>
<font size="1"><a href="prev.htm">&lt;&lt; Prev</a> | <a href="ring.htm">Cutlery Collectors Ring</a> | <a href="next.htm">Next &gt;&gt;</a></font></center></td>
<td valign="top" bgcolor="#FFFDF5"><table width="100%" border="0" cellpadding="14"><tr><td>
<font face="Verdana" size="1"><a href="index.htm">Home</a> &gt; <a href="restorations.htm">Restorations</a> &gt; Barlow</font>
<h2 align="center"><font face="Georgia" color="#4A3B22">${tTitle}</font></h2>
<p><font face="Verdana" size="2">${at(tBody, 0)}</font></p>
<p align="center"><img src="barlow_before.jpg" width="320" height="120" alt="before" border="1"><br><font size="1"><i>As it came out of the box</i></font></p>
${[1, 3, 5, 7]
  .map(
    (h) => `<h3><font face="Georgia" color="#4A3B22">${at(tBody, h)}</font></h3>\n<p><font face="Verdana"
size="2">${at(tBody, h + 1)}</font></p>`,
  )
  .join('\n')}
<p align="center"><img src="barlow_after.jpg" width="320" height="120" alt="after" border="1"><br><font
size="1"><i>Finished, with the patina left on</i></font></p>
<p><font face="Verdana" size="2">${at(tBody, 9)}</font></p>
<hr noshade size="1"><p><font face="Verdana" size="1">Page last updated 14 March 2004<br><a href="mailto:dennis@oldpocketknives.example">Email Dennis</a> |
<a href="guestbook.htm">Sign my Guestbook</a><br>Best viewed at 800x600 in Internet Explorer 5</font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#4A3B22" align="center"><font face="Verdana" size="1"
color="#D9C9A3">All text and photos &copy; 1996-2004 D. Harker. Please ask before
copying.</font></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout674-table-layout-barlow',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [1, 3, 5, 7].map((i) => at(tBody, i)),
  body: texts(tBody.filter((_, i) => ![1, 3, 5, 7].includes(i))),
  bylines: ['Page last updated 14 March 2004'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Old Pocket Knives', 'Collecting and restoring British folding knives since 1996', ...tNav, 'You are visitor number', '048213', '<< Prev',
    'Cutlery Collectors Ring', 'Next >>', 'As it came out of the box', 'Finished, with the patina left on', 'Email Dennis', 'Sign my Guestbook',
    'Best viewed at 800x600 in Internet Explorer 5', 'All text and photos © 1996-2004 D. Harker. Please ask before copying.',
  ],
};

export const HELDOUT674_E: readonly TestPage[] = [wix, oldTable];
