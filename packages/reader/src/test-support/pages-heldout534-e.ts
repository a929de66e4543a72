import { plain, type TestPage } from './page-kit.js';
import { gold, j, rowTexts, trs } from './pages-heldout534-kit.js';

/**
 * Held-out batch 534, file e: a canal boat trip company's blog post on Wix (Wix Blog with its metadata line, share bar, recent
 * posts and comments box), and an island ferry co-operative's winter timetable on a hand-written table layout from the 2000s.
 */
const xTitle = 'Our first winter lights cruise';
const xBody = [
  j(
    'Forty-two of you braved a cold December evening to join us for the first ever winter lights cruise on the Hollins Canal, and',
    'what a night it was. We left Brindley Wharf at half past five with both boats full, hot chocolate on the go and the',
    'heaters working overtime.',
  ),
  j(
    'The idea came from our neighbours at Lockside Cottages, who have decorated their gardens for years. This winter eleven',
    'households along the towpath joined in, and the stretch between Brindley and Tatton Lock was lit from end to end.',
  ),
  j(
    "The highlight for most people was the lift bridge at Parr's Farm, wrapped in a thousand white bulbs by the farm's owner and",
    'raised just as the first boat arrived. Several of the children on board declared it better than the Christmas market.',
  ),
  j(
    'We will be running the cruise again every Friday and Saturday from 4 December next year. Tickets go on sale in October, and',
    'our newsletter subscribers will hear first.',
  ),
  'Thank you to everyone who came, and to the crews who gave up their evenings.',
];
const xRich = (p: string, i: number): string => `<p class="mm8Nw _1j-51 roLFQS _1FoOD _3M0Fe _2WrB- _1atvN public-DraftStyleDefault-block-depth0 fixed-tab-size
public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-a${i}f3k"><span class="_2PHJq public-DraftStyleDefault-ltr">${p.replace(/'/g, '&#39;')}</span></p>`;
const xNav = ['Home', 'Boat Trips', 'Private Hire', 'Blog', 'Contact'];
const xRecent = ['Meet Bramble, our new electric boat', 'Towpath clean-up day: the results', 'Spring timetable announced'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Our first winter lights cruise</title>
<meta name="description" content="Forty-two of you braved a cold December evening.">
<link rel="canonical" href="https://www.hollinscanalboats.co.uk/post/our-first-winter-lights-cruise"><meta property="og:type" content="article">
<meta property="article:author" content="Maud Fenwick">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}",
"author":{"@type":"Person","name":"Maud Fenwick"},"datePublished":"2026-12-22T18:04:11.000Z"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"a8f1c2e0","isPremiumDomain":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">.xU8fqS{--bg:var(--color_11)}#SITE_HEADER{z-index:50}.blog-post-title-font{font:var(--font_0)}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy wixui-header__container">
<div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-lq2x1k4a" class="KcpHeO tz5MRv zQ9jDz wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">
<a href="https://www.hollinscanalboats.co.uk" target="_self" class="wixui-rich-text__text">Hollins Canal Boats</a></span></p></div>
<nav id="comp-lq2x1k4c" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="comp-kmt4q1rt" class="comp-kmt4q1rt">
<div id="TPASection_kmt4q1sv" class="TPASection_kmt4q1sv"><div class="post-page-root"><section data-hook="post-page-post">
<article class="blog-post-page-font blog-card-background-color
blog-text-color" data-hook="post"><div class="blog-post-page-font"><div data-hook="post-metadata" class="_2B0-s post-metadata"><div class="_2SmGb">
<a href="/profile/maud-fenwick/profile" data-hook="avatar-image"><img src="https://static.wixstatic.com/media/9c2e_maud.jpg" alt="Writer's picture"></a>
<div><span data-hook="user-name" class="blog-text-color blog-post-title-font">Maud Fenwick</span></div></div><ul class="_1Hg3V"><li><span data-hook="time-ago"
title="Dec 22, 2026">Dec 22, 2026</span></li><li><span data-hook="time-to-read">2 min read</span></li></ul></div>
<div data-hook="post-title"><h1 class="blog-post-title-font blog-post-title-color post-title"><span class="post-title__text">${xTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div class="rich-content-viewer" data-id="rich-content-viewer" data-rce-version="9.14.1">
${xBody.map(xRich).join('\n')}
<div class="_3WJnn _1Z8lW" data-hook="imageViewer"><figure><img src="https://static.wixstatic.com/media/9c2e_bridge.jpg" alt="Lit lift bridge at night">
<figcaption data-hook="imageViewerCaption" class="_2Jt8-">The lift bridge at Parr&#39;s Farm</figcaption></figure></div></div></div>
<div class="post-footer"><div data-hook="share-buttons" class="share-buttons"><button data-hook="share-button" aria-label="Share on Facebook"></button>
<button data-hook="share-button" aria-label="Share on X"></button><button data-hook="share-button" aria-label="Copy link"></button></div>
<div data-hook="post-footer-stats" class="post-stats"><span data-hook="post-view-count">57 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-button-with-count__like-count">4</span></button></div></div></div>
</article></section>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-posts-link">See All</a></div><div class="recent-posts__list">
${xRecent
  .map(
    (t) => `<div data-hook="post-list-item"><a href="/post/${t.toLowerCase().replace(/\W+/g, '-')}"><h3 class="post-title">${t}</h3></a>
</div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments" class="comments"><h2 data-hook="comments-title">Comments</h2>
<div data-hook="comment-box-placeholder" role="button">Write a comment...</div>
</section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lq2x1k7d" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Brindley Wharf, Canal Street, Hollins HL4 2DW</p><p class="font_9 wixui-rich-text__text">© 2026 by Hollins Canal Boats.
Proudly created with <a href="https://www.wix.com">Wix.com</a></p></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.9d1c2e.bundle.min.js" async></script></body></html>`;
const hollins: TestPage = {
  name: 'heldout534-wix-canal-blog',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xBody,
  bylines: ['Maud Fenwick', 'Dec 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Hollins Canal Boats', ...xNav, '2 min read', "The lift bridge at Parr's Farm", '57 views', '0 comments', '4', 'Recent Posts', 'See All',
    ...xRecent, 'Comments', 'Write a comment...', 'Brindley Wharf, Canal Street, Hollins HL4 2DW',
    '© 2026 by Hollins Canal Boats. Proudly created with Wix.com',
  ],
};

const tTitle = 'Winter Timetable 2026 - 2027';
const tIntro = j(
  'From Monday 2nd November until Saturday 27th March the <b>MV Grianan</b> will sail to the timetable below.',
  'Please note there are <u>no Sunday sailings</u> in winter except by arrangement for funerals and medical appointments.',
);
const tRows = [
  ['Mon - Fri', '07.45', '08.30'],
  ['Mon - Fri', '12.00', '12.45'],
  ['Mon - Fri', '16.15', '17.00'],
  ['Saturday', '09.30', '10.15'],
  ['Saturday', '14.00', '14.45'],
];
const tAfter = [
  'All sailings are weather permitting. In doubt? Phone the skipper on 07700 913 442 before 7am.',
  'Fares: Adult £4.00 single, Child £2.00, Islanders free with card. Pay on board, cash or card.',
  'Livestock and vehicles by prior arrangement with the Co-op office only.',
];
const tMenu = ['Home', 'Timetable', 'Fares', 'About the Co-op', 'Island Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Skerra Ferry Co-operative - Timetable</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="skerra, ferry, timetable, island, boat, co-operative"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link rel="stylesheet" href="style.css" type="text/css"><script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#DDE8F0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Skerra Ferry Co-operative"></td></tr>
<tr><td width="160" valign="top" bgcolor="#1F4E79"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tMenu
  .map(
    (t) => `<tr><td class="menu"><a href="${t.toLowerCase().replace(/\W+/g, '')}.htm">
<font face="Verdana, Arial" size="2" color="#FFFFFF">${t}</font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><br><font face="Verdana, Arial" size="1" color="#C8D8E8">Skerra Ferry Co-op Ltd<br>Reg. Soc. No. 2231RS</font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="4" color="#1F4E79"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${tIntro}</font><br><br>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#1F4E79">
<tr bgcolor="#1F4E79"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Day</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF">
<b>Leave Skerra</b></font></td>
<td><font face="Verdana" size="2" color="#FFFFFF"><b>Leave Balnacross</b></font></td></tr>
${trs(tRows)}
</table><br>
${tAfter.map((t) => `<font face="Verdana, Arial" size="2">${t.replace('£', '&pound;')}</font><br><br>`).join('\n')}
<font face="Verdana, Arial" size="1" color="#666666"><i>Last updated 14/10/2026</i></font>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1F4E79" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Skerra Ferry Co-operative 2004-2026 |
<a href="contact.htm"><font color="#FFFFFF">Contact</font></a> | You are visitor no. <img src="/cgi-bin/counter.pl?page=timetable" alt="counter"></font></td>
</tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js'%3E%3C/script%3E"));</script>
</body></html>`;
const skerra: TestPage = {
  name: 'heldout534-table-layout-ferry-coop',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [plain(tIntro), ...rowTexts(tRows), ...tAfter],
  bylines: ['Last updated 14/10/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...tMenu, 'Skerra Ferry Co-op Ltd', 'Reg. Soc. No. 2231RS', '© Skerra Ferry Co-operative 2004-2026', 'Contact', 'You are visitor no.'],
};

export const HELDOUT534_E: readonly TestPage[] = [hollins, skerra].map(gold);
