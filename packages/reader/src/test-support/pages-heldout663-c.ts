import { ps, type TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout663-kit.js';

/**
 * Held-out batch 663, file c: a carp club's short news post on Wix (Wix Blog post page with recent posts and a comments box),
 * and an angling association's open match results on an old FrontPage table layout (font tags, a results table, a hit counter).
 */
const wTitle = 'Working Party: Saturday 21 March';
const wBody = [
  j(
    'We need as many hands as possible on Saturday 21 March to get Kingfisher Lake ready for the new season. Meet at the car',
    'park at 8.30am. Work will finish by 1pm and the club will put on bacon rolls and tea.',
  ),
  j(
    'Jobs this time are cutting back the brambles behind pegs 3 to 9, rebuilding the two swims that slipped in February and',
    'clearing the overflow. Please bring gloves, loppers and a strimmer if you have one.',
  ),
  j(
    'Members who attend get a free guest ticket for April. If you can come, let Dave know on the members WhatsApp group',
    'so we can order enough wood for the swims.',
  ),
];
const wNav = ['Home', 'Lakes', 'Join the Club', 'News', 'Contact'];
const wRecent = ['Lake Closed for Netting', 'AGM Minutes 2026', 'New Night Syndicate Rules'];
const wComp = (id: string, inner: string, cls = 'wixui-rich-text'): string =>
  `<div id="comp-${id}" class="KaEeLN comp-${id} ${cls}" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title><meta property="og:title" content="${wTitle}">
<meta property="og:site_name" content="Ashcombe Carp &amp; Coarse Club"><link rel="canonical"
href="https://www.ashcombecc.co.uk/post/working-party-saturday-21-march">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2026-03-12T18:04:11.000Z",
"author":{"@type":"Person","name":"Dave Tulley"}}</script>
<script id="wix-viewer-model"
type="application/json">{"siteFeatures":["blog","comments"],"requestUrl":"https://www.ashcombecc.co.uk/post/working-party"}</script>
<style>#masterPage{--pinned-layers-in-page:0;}.comp-kx1a2b3c{--txtColor:#1d3b2a;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="U4Bvut"><div class="u4cNtA"><div
data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content">${wComp('kx1a2b3c', '<h2 class="font_2 wixui-rich-text__text">Ashcombe Carp &amp; Coarse Club</h2>')}
<wix-dropdown-menu id="comp-kx1menu" class="XRwtpn comp-kx1menu wixui-dropdown-menu hidden-during-prewarmup" dir="ltr" data-num-items="5" role="navigation"
aria-label="Site"><nav class="bFkpV_"><ul class="U3m8Fv" id="comp-kx1menuitemsContainer">${wNav
  .map(
    (t, i) => `<li data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" class="wixui-dropdown-menu__item" data-index="${i}">
<a data-testid="linkElement" href="https://www.ashcombecc.co.uk/${i === 0 ? '' : t.toLowerCase()}" target="_self" class="UiHgGh"><div class="yRj2ms"><div
class=""
style="text-align:left"><p class="zKbzSQ" id="comp-kx1menu${i}label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="AnQkDU">
<section id="comp-blogpost" class="wixui-section"><div data-hook="post-page" class="blog-post-page-font"><div class="Oy7vEo">
<article class="blog-card-background-color blog-card-border-color" data-hook="post"><div class="hPBlz8"><div data-hook="post-top-section" class="Ij8U5B">
<div class="c4Hz1u"><div data-hook="user-info"><a href="https://www.ashcombecc.co.uk/profile/dave-tulley/profile" class="kuYZgz"><span class="tQ0Q1A"
data-hook="user-name">Dave Tulley</span></a></div><ul class="bfaiAp"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="12 Mar">12
Mar</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime" title="1 min read">1 min read</span></li></ul></div></div>
<div data-hook="post-title" class="PzVSKw"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title">
<span class="post-title__text blog-post-title-font">${wTitle}</span></h1></div><div class="zEKKNl" data-hook="post-description"><div class="post-content__body">
<div class="rich-content-viewer" data-id="rich-content-viewer" data-hook="rcv-block-first"><div class="Emgu2o">${wBody
  .map(
    (t, i) => `<div type="paragraph" class="aRE_M public-DraftStyleDefault-block-depth0"><p class="R4ZK3 _3pvN0" id="viewer-a${i}v1" dir="auto">
<span class="f3aWz">${t}</span></p></div>`,
  )
  .join('\n')}</div></div></div></div>
<div data-hook="post-footer" class="hgjHGL"><div class="xMP3BB"><div data-hook="share-buttons" class="zW6Lq4"><button class="gnHaRB"
aria-label="Share via Facebook"
type="button"><svg viewBox="0 0 19 19"></svg></button><button class="gnHaRB" aria-label="Share via X" type="button"><svg viewBox="0 0 19 19"></svg></button>
<button class="gnHaRB" aria-label="Share via link" type="button"><svg viewBox="0 0 19 19"></svg></button></div></div>
<div class="iZkvLb" data-hook="post-main-actions-desktop"><div data-hook="post-stats" class="VDbDtN"><span data-hook="view-count" class="UZa2Xr">31 views</span>
<span data-hook="comment-count" class="UZa2Xr">0 comments</span></div><button data-hook="like-button" class="bFmrYt" aria-label="Post not marked as liked"
aria-pressed="false"><span class="Cbr0Gm">4</span></button></div></div></div></article></div>
<section data-hook="recent-posts" class="iNpuxW"><div class="IN7jXx"><h2 class="ltqhl8 blog-text-color">Recent Posts</h2><a href="/blog" class="nTlkxk
blog-link-hover-color">See All</a></div><div class="CxzQ0M">${wRecent
  .map(
    (t) => `<div data-hook="post-list-item" class="gF0ggi"><a href="/post/x" class="ZyKQ3q"><h3 class="bD0vt9 blog-post-title-font"
data-hook="post-title">${t}</h3>
</a></div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments" class="Mfr8pU"><h2 class="kR1s1s">Comments</h2><div class="comments-root"><div data-hook="comment-box"><div class="rK5Yfz"
role="textbox" aria-label="Write a comment..." contenteditable="false"><p class="public-DraftEditorPlaceholder-inner">Write a
comment...</p></div></div></div></section>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="u4cNtA"><div data-mesh-id="SITE_FOOTERinlineContent">
${wComp(
  'kx9f00t',
  `<p class="font_9 wixui-rich-text__text">© 2026 by Ashcombe Carp &amp; Coarse Club. Proudly created with
<a href="https://www.wix.com">Wix.com</a></p>`,
)}
</div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wixParty: TestPage = {
  name: 'heldout663-wix-working-party',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: ['Dave Tulley', '12 Mar'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Ashcombe Carp & Coarse Club', ...wNav, '1 min read', '31 views', '0 comments', '4', 'Recent Posts', 'See All', ...wRecent, 'Comments',
    'Write a comment...', '© 2026 by Ashcombe Carp & Coarse Club. Proudly created with Wix.com',
  ],
};

const fTitle = 'Sunday Open – Coldharbour Stretch, 15 March';
const fIntro = [
  j(
    'Forty-two anglers fished the last open of the river season on a bright, cold morning with the river up about a foot and',
    'carrying colour. The lower pegs below the old ford fished best, and most of the weights came from chub and dace on the stick float.',
  ),
  j(
    'The match was won by Terry Oakes (Team Coldharbour) from peg 37 with 14lb 9oz of chub on maggot, fished well down the',
    'peg. Second was Sue Pargeter, who caught steadily on caster for 11lb 2oz.',
  ),
];
const fRows = [
  ['1', 'Terry Oakes', 'Team Coldharbour', '37', '14-09-00'],
  ['2', 'Sue Pargeter', 'Vale Anglers', '41', '11-02-00'],
  ['3', 'Neil Brandon', 'Severnside AA', '29', '9-14-08'],
  ['4', 'Mick Hobday', 'Mill Arms', '33', '8-07-00'],
  ['5', 'Jason Leete', 'Severnside AA', '12', '7-15-00'],
  ['6', 'Barry Shotton', 'Unattached', '40', '7-03-08'],
];
const fSections = ['Section A: Gary Wilde, 6-01-00', 'Section B: Pete Tamlin, 5-12-00', 'Section C: Alan Reece, 6-09-08', 'Section D: Colin Marsh, 5-04-00'];
const fNext = j(
  'The river is now closed until 16 June. The first open of the new season is the Coldharbour Pairs on 21 June. Draw at',
  'the Mill Arms at 8am, pools £10 optional. Book with the match secretary on 01905 700318.',
);
const fHeads = ['Results', 'Section Winners', 'Next Match'];
const fMenu = ['Home', 'About Us', 'Our Waters', 'Permits', 'Match Results', 'Fixtures', 'Records', 'Links', 'Contact'];
const fHtml = `<html>
<head>
<meta http-equiv="Content-Language" content="en-gb">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>Severnside Angling Association - Match Results</title>
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" background="images/bgwater.gif" link="#003366" vlink="#663366" topmargin="0" leftmargin="0">
<div align="center"><table border="0" width="780" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img border="0" src="images/banner2003.jpg" width="780" height="110" alt="Severnside Angling Association"></td></tr>
<tr><td colspan="2" bgcolor="#336633" height="22"><marquee scrollamount="3"><font face="Verdana" size="1" color="#FFFFFF">Day tickets now available from
the Mill Arms and Hobday's Tackle, Bridge Street</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#D8E8D0"><font face="Verdana" size="2">
${fMenu.map((t) => `&nbsp;<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a><br>`).join('\n')}
<br><p align="center"><img src="images/fish.gif" width="80" height="40" alt=""></p></font></td>
<td valign="top" width="620"><table border="0" width="100%" cellpadding="10"><tr><td>
<p align="center"><b><font face="Verdana" size="4" color="#003366">${fTitle}</font></b></p>
<p align="center"><font face="Verdana" size="1">Posted by the Match Secretary, 16 March 2026</font></p>
<font face="Verdana" size="2">
${ps(fIntro)}
<h3><font face="Verdana" color="#336633">${fHeads[0]}</font></h3>
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#808080" width="90%">
<tr bgcolor="#336633"><td><font color="#FFFFFF"><b>Pos</b></font></td><td><font color="#FFFFFF"><b>Name</b></font></td><td><font
color="#FFFFFF"><b>Club</b></font></td>
<td><font color="#FFFFFF"><b>Peg</b></font></td><td><font color="#FFFFFF"><b>Weight (lb-oz-dr)</b></font></td></tr>
${trs(fRows)}
</table>
<h3><font face="Verdana" color="#336633">${fHeads[1]}</font></h3>
${fSections.join('<br>\n')}
<h3><font face="Verdana" color="#336633">${fHeads[2]}</font></h3>
${ps([fNext])}
<p><a href="results2025.htm">&lt;&lt; Back to all results</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Severnside Angling Association 2003-2026 |
<a href="mailto:webmaster@severnsideaa.org.uk"><font color="#FFFFFF">Webmaster</font></a><br>You are visitor number <img src="/cgi-bin/counter.pl?ft=0&amp;dd=C"
alt="7341"> since January 2003</font></td></tr>
</table></div>
</body>
</html>`;
const frontpageMatch: TestPage = {
  name: 'heldout663-frontpage-match-results',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: [...fIntro, ...rowTexts(fRows), ...fSections, fNext],
  bylines: ['Posted by the Match Secretary, 16 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Day tickets now available from the Mill Arms and Hobday's Tackle, Bridge Street", ...fMenu, '<< Back to all results',
    '© Severnside Angling Association 2003-2026 |', 'Webmaster', 'You are visitor number since January 2003',
  ],
};

export const HELDOUT663_C: readonly TestPage[] = [wixParty, frontpageMatch];
