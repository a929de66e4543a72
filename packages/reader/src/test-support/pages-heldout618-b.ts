import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tidy, trs } from './pages-heldout618-kit.js';

/**
 * Held-out batch 618, file b: a bridge club's pairs results on a hand-made table layout (FrontPage era, font tags and a
 * hit counter), and a bowls club's league report on a Wix blog post with its post footer and recent posts.
 */
const tTitle = 'Tuesday Afternoon Pairs – 14 October 2026';
const tIntro = j(
  'Eleven tables played a Howell movement of 24 boards. Congratulations to Pat Greaves and Leonard Oyelaran, whose 64.8%',
  'is the best Tuesday score since the club moved to the Corn Exchange.',
);
const tNS = [
  ['1', 'Pat Greaves &amp; Leonard Oyelaran', '64.82%'],
  ['2', 'Helen Stroud &amp; Ivor Campling', '58.10%'],
  ['3=', 'Morag Dunnett &amp; Barry Fenwick', '55.31%'],
  ['3=', 'Sheila Ng &amp; Derek Palfrey', '55.31%'],
  ['5', 'Ann Lusted &amp; Gwen Harcourt', '51.77%'],
  ['6', 'Rex Tamblyn &amp; Joy Tamblyn', '47.09%'],
];
const tEW = [
  ['1', 'Colin Brabazon &amp; Iris Mwale', '61.40%'],
  ['2', 'Dorothy Kaye &amp; Ted Ormerod', '57.25%'],
  ['3', 'Valerie Chiswick &amp; Ray Dunn', '52.66%'],
  ['4', 'Brian Ashworth &amp; Nell Kirkby', '49.90%'],
  ['5', 'Frances Wilde &amp; Stan Hollis', '44.18%'],
];
const tNote = j(
  'Next week is the first round of the Autumn Teams. Please be seated by 1.45pm. Hand records and full scorecards',
  'are on the board at the club.',
);
const tNav = ['Home', 'Calendar', 'Results', 'Lessons', 'Partnership Desk', 'Committee', 'Links', 'Contact Us'];
const th = (a: string, b: string, c: string): string => `<tr bgcolor="#003366"><th><font color="#FFFFFF">${a}</font></th>
<th><font color="#FFFFFF">${b}</font></th><th><font color="#FFFFFF">${c}</font></th></tr>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<title>Kesterbridge Bridge Club - Results</title>
<style>body{font-family:Verdana,Arial;font-size:10pt} td.nav a{color:#fff;text-decoration:none}</style>
<script language="JavaScript"><!--
function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}
//--></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table border="0" width="780" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366" height="90"><img src="images/banner.gif" width="780" height="90" alt="Kesterbridge Bridge Club"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99" align="right"><font size="1">Affiliated to the County Contract Bridge Association</font></td></tr>
<tr><td width="150" valign="top" bgcolor="#336699" class="nav"><table border="0" cellpadding="4" width="100%">
${tNav.map((t) => `<tr><td><font color="#FFFFFF"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font></td></tr>`).join('\n')}
</table><p align="center"><font color="#FFFFFF" size="1">Visitors since 2003:<br>
<img src="/cgi-bin/counter.pl?df=results" alt="hit counter"> 48,217</font></p></td>
<td width="630" valign="top"><table border="0" cellpadding="10" width="100%"><tr><td>
<p><font size="1"><a href="results.htm">&lt;&lt; Back to results index</a></font></p>
<h2><font face="Georgia" color="#003366">${tTitle}</font></h2>
<p>${tIntro}</p>
<h3><font color="#003366">North / South</font></h3>
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999" width="90%">
${th('Pos', 'Pair', 'Score')}
${trs(tNS)}
</table>
<h3><font color="#003366">East / West</font></h3>
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999" width="90%">
${th('Pos', 'Pair', 'Score')}
${trs(tEW)}
</table>
<p>${tNote}</p>
<p><font size="1"><i>Results posted by Gerald Fairlie, scorer.</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99" align="center"><font size="1">Kesterbridge Bridge Club, The Corn Exchange, Market Place, Kesterbridge<br>
Page last updated 15/10/2026 | <a href="mailto:webmaster@kesterbridgebc.org.uk">Webmaster</a></font></td></tr></table></body></html>`;
const bridgeTable: TestPage = tidy({
  name: 'heldout618-bridge-pairs-table-layout',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: ['North / South', 'East / West'],
  body: texts([tIntro, ...tNS.map(rowText), ...tEW.map(rowText), tNote]),
  bylines: ['Results posted by Gerald Fairlie, scorer.', 'Page last updated 15/10/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Affiliated to the County Contract Bridge Association', ...tNav, 'Visitors since 2003:', '48,217', '<< Back to results index',
    'Kesterbridge Bridge Club, The Corn Exchange, Market Place, Kesterbridge', 'Webmaster',
  ],
});

const wTitle = "Ladies' Pairs Through to County Semi-Final";
const wBody = [
  j(
    "Ruth Penhallow and Sandra Okafor are through to the semi-finals of the County Ladies' Pairs after a nail-biting",
    'quarter-final against Trelissick Park on Sunday afternoon.',
  ),
  j(
    'Trailing 14–9 with four ends to play, our pair picked up a three on the eighteenth when Sandra drew the shot wood to within',
    'an inch of the jack, then held on over the last two ends to win 19–17.',
  ),
  j(
    'The semi-final will be played at the county ground at Polwhele on Saturday 23 August at 10am. Supporters are very welcome,',
    'and lifts are being arranged from the clubhouse at 9am. Please add your name to the sheet on the noticeboard.',
  ),
  'Well played, ladies!',
];
const wNav = ['Home', 'About', 'Membership', 'Fixtures', 'Club News', 'Gallery', 'Contact'];
const wRecent = ['Greens Report: July', 'Men\u2019s Fours Crash Out at Penryn', 'Summer BBQ – Book Your Tickets'];
const rich = (t: string, i: number): string =>
  `<div type="paragraph" class="MtHkQ" data-breakout="normal"><p class="_3QOD0" dir="auto" id="viewer-p${i}"><span class="JDWX3">${t}</span></p></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Ladies' Pairs Through to County Semi-Final</title>
<meta property="og:title" content="Ladies' Pairs Through to County Semi-Final"><meta property="og:type" content="article">
<meta property="og:site_name" content="Carnwithen Bowling Club"><meta property="article:author" content="Carnwithen Bowling Club">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Ladies' Pairs Through to County Semi-Final",
"datePublished":"2026-08-11T17:42:10.311Z","author":{"@type":"Person","name":"Jean Trevail"}}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":
{"bootstrapData":{"location":{"externalBaseUrl":"https://www.carnwithenbowls.co.uk"}}}}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11)}.font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif}</style>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qe9GBL" tabindex="-1" aria-label="top of page"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx3u2" class="comp-kx3u2 wixui-rich-text">
<h2 class="font_2 wixui-rich-text__text"><a href="/">Carnwithen Bowling Club</a></h2></div>
<nav id="comp-kx3u5" aria-label="Site" class="comp-kx3u5 wixui-horizontal-menu"><ul class="R_TAzU">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}">
<div class="wixui-horizontal-menu__item-label">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-login" class="wixui-login-bar"><button class="Ngx3jd" aria-label="Log In"><span class="wixui-login-bar__text">Log In</span></button>
</div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPAMultiSection_kx3u9" class="blog-post-page">
<div data-hook="post-page"><article class="blog-post-page-font" data-hook="post"><div data-hook="post-header" class="post-header">
<div class="post-metadata"><div data-hook="avatar-image"><img src="https://static.wixstatic.com/media/avatar.jpg" alt="Writer's picture"></div>
<div class="user-name-container"><a href="/profile/jeantrevail/profile" data-hook="user-name"><span class="user-name">Jean Trevail</span></a></div>
<ul class="post-metadata__list"><li><span data-hook="time-ago" title="Aug 11, 2026">Aug 11, 2026</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">2 min read</span></li></ul></div>
<button data-hook="more-button" aria-label="More actions"></button></div>
<div class="post-title"><h1 data-hook="post-title" class="post-title__text blog-post-title-font"><span class="post-title__text">${wTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><section data-rce-version="10.59.0" class="_1hN1O"><div data-id="content-viewer" class="_3rn4c">
${wBody.slice(0, 3).map(rich).join('\n')}
<div data-hook="figure-IMAGE" class="_2kEVY"><figure data-hook="figure-IMAGE"><div data-hook="imageViewer">
<img src="https://static.wixstatic.com/media/pairs.jpg"
alt=""></div><figcaption class="_1ySXb" data-hook="imageViewerCaption">Ruth and Sandra with captain Alan Roskilly after the win</figcaption></figure></div>
${rich(wBody[3] ?? '', 3)}
</div></section></div>
<div data-hook="post-footer" class="post-footer"><div class="post-tags"><ul><li><a data-hook="tag" href="/blog/tags/county">county</a></li>
<li><a data-hook="tag" href="/blog/tags/ladies">ladies</a></li></ul></div><div class="share-buttons"><button aria-label="Share via Facebook"></button>
<button aria-label="Share via X (Twitter)"></button><button aria-label="Share via LinkedIn"></button><button aria-label="Share via Link"></button></div>
<div class="post-stats"><span data-hook="view-count">63 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span data-hook="like-button-count">4</span></button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2>Recent Posts</h2><a href="/blog">See All</a></div>
<ul>${links(wRecent)}</ul></section>
<section data-hook="comments" class="comments"><h2>Comments</h2><div data-hook="comment-box"><button>Write a comment...</button></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-ft1" class="wixui-rich-text"><p class="font_8">Carnwithen Bowling Club · Chapel Road,
Carnwithen TR14 3QE</p><p class="font_8">© 2026 by Carnwithen Bowling Club. Proudly created with Wix.com</p></div></footer>
</div></div></div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wixBowls: TestPage = tidy({
  name: 'heldout618-bowls-league-wix',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: ['Jean Trevail', 'Aug 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Carnwithen Bowling Club', ...wNav, 'Log In', '2 min read', 'Ruth and Sandra with captain Alan Roskilly after the win', 'county', 'ladies',
    '63 views', '0 comments', '4', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    'Carnwithen Bowling Club · Chapel Road, Carnwithen TR14 3QE', '© 2026 by Carnwithen Bowling Club. Proudly created with Wix.com',
  ],
});

export const HELDOUT618_B: readonly TestPage[] = [bridgeTable, wixBowls];
