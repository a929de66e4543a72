import { links, ps, type TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout492-kit.js';

/**
 * Held-out batch 492, file b: a harbour authority's local notice to mariners on an old hand-written table layout, and a yacht
 * club's news post on a Wix blog with its recent posts, comments box and the free-plan Wix banner.
 */
const nTitle = 'Local Notice to Mariners No. 07 of 2026';
const nSubject = 'Maintenance dredging in the approach channel';
const nParas = [
  j(
    'Mariners are advised that maintenance dredging of the Halvergate approach channel will take place between 16 March and',
    '24 April 2026. The trailing suction hopper dredger <i>Marram Bay</i> will work around the clock, and will dispose of dredged',
    'material at the licensed site 3 miles south-east of the Ness.',
  ),
  j(
    'The dredger will display the lights and shapes required by Rule 27 of the COLREGS and will keep a listening watch on VHF',
    'channel 14. Vessels are to pass at slow speed and to give the dredger a wide berth, passing on the side indicated by her signals.',
  ),
  'Temporary marks have been laid at the following positions to show the limits of the working area:',
];
const nMarks = [
  ['DR1', 'Yellow special mark, Fl Y 2.5s', '52° 36.410′ N', '001° 44.120′ E'],
  ['DR2', 'Yellow special mark, Fl Y 2.5s', '52° 36.280′ N', '001° 44.650′ E'],
  ['DR3', 'Yellow special mark, Fl Y 5s', '52° 36.020′ N', '001° 44.410′ E'],
];
const nAfter = [
  j(
    'Depths in the channel may be less than charted until the work is complete. A new survey will be published on completion and',
    'the charted depths will be confirmed by a further notice.',
  ),
  'This notice will be cancelled on completion of the works.',
];
const nNav = ['Home', 'Harbour Master', 'Notices to Mariners', 'Tide Tables', 'Harbour Dues', 'Pilotage', 'Links'];
const nHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Halvergate Harbour Commissioners - Notices to Mariners</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="Halvergate, harbour, notices to mariners, dredging">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><link rel="stylesheet" type="text/css" href="style.css">
<script language="JavaScript" type="text/javascript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><img src="images/banner.jpg" width="780" height="110" alt="Halvergate Harbour Commissioners"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99" height="22"><font face="Verdana, Arial" size="1">&nbsp;&nbsp;Harbour Office: 01493 600 414 &nbsp;|&nbsp; VHF Ch 14
&nbsp;|&nbsp; Open 24 hours</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6E6CC"><table width="160" border="0" cellpadding="4" cellspacing="0">
${nNav
  .map(
    (t) => `<tr><td class="navlink"><font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '_')}.htm">${t}</a></font></td>
</tr>`,
  )
  .join('\n')}
</table><br><center><img src="images/counter.gif" alt="visitors"><br><font face="Verdana" size="1">Best viewed at 1024 x 768</font></center></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial" size="1"><a href="index.htm">Home</a> &gt; <a href="notices.htm">Notices to Mariners</a> &gt; No. 07/2026</font>
<h1><font face="Verdana, Arial" color="#003366">${nTitle}</font></h1>
<h2><font face="Verdana, Arial" size="3">${nSubject}</font></h2>
<font face="Verdana, Arial" size="2">
${ps(nParas)}
<table width="95%" border="1" cellpadding="3" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#E6E6CC"><td><b>Mark</b></td><td><b>Description</b></td><td><b>Latitude</b></td><td><b>Longitude</b></td></tr>
${trs(nMarks)}
</table>
${ps(nAfter)}
<p>Capt. R. J. Tresize<br>Harbour Master<br>Dated: 2 March 2026</p>
<p><a href="notices.htm">&lt;&lt; Back to Notices to Mariners</a> &nbsp; <a href="pdf/ntm_07_2026.pdf">Print version (PDF)</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
&copy; Halvergate Harbour Commissioners 2026. All rights reserved.<br>This page was last updated on 02/03/2026</font></td></tr>
</table></body></html>`;
const notice: TestPage = {
  name: 'heldout492-notice-to-mariners-table-layout',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nSubject],
  body: [...nParas.map((p) => p.replace(/<\/?i>/g, '')), ...rowTexts(nMarks), ...nAfter],
  bylines: ['Capt. R. J. Tresize', 'Harbour Master', 'Dated: 2 March 2026', 'This page was last updated on 02/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbour Office: 01493 600 414 | VHF Ch 14 | Open 24 hours', 'Home', 'Notices to Mariners', 'Tide Tables', 'Harbour Dues', 'Pilotage',
    'Links', 'Best viewed at 1024 x 768', 'No. 07/2026', '<< Back to Notices to Mariners', 'Print version (PDF)',
    '© Halvergate Harbour Commissioners 2026. All rights reserved.',
  ],
};

const wTitle = 'The clubhouse reopens after its winter refit';
const wParas = [
  j(
    'After four months behind scaffolding, the clubhouse at Abermoel Yacht Club opened its doors again on Saturday, just in time',
    'for fitting-out season. Around sixty members came down for the reopening, and the bar took more on the first evening than',
    'in the whole of last March.',
  ),
  j(
    'The biggest change is downstairs. The old changing rooms have been knocked through to make a single drying room with heated',
    'racks for wetsuits and oilskins, and there is now a level entrance from the dinghy park so that trolleys no longer have to be',
    'bumped down the steps.',
  ),
  'What has changed',
  'New showers and a fully accessible toilet on the ground floor',
  'A drying room with space for forty sets of kit',
  'Double glazing on the balcony side of the bar, paid for by the Friends of Abermoel fund',
  'A new race office overlooking the start line, with its own mast for the flags',
  'Thank you',
  j(
    'The refit cost £184,000, of which £120,000 came from the Coastal Communities grant and the rest from members. The work was',
    'done by local firms, and a working party of volunteers painted every wall upstairs over three weekends in February.',
  ),
  j(
    'Special thanks go to Gwilym Pryce, who managed the project from start to finish without once losing his temper, and to the',
    'bar team, who ran a pop-up bar out of the boat shed all winter.',
  ),
  'The official opening, with the Mayor of Abermoel, will be on 18 April before the first race of the season. All welcome.',
];
const wHeadIdx = [2, 7];
const wRecent = ['Fitting-out weekend: crane dates', 'Cadet training places for 2026', 'AGM report and new flag officers'];
const wTags = ['Clubhouse', 'Club news'];
const pNode = (t: string, i: number): string =>
  wHeadIdx.includes(i)
    ? `<h2 dir="auto" id="viewer-h${i}" class="_2Wq1f oXtbq"><span style="font-weight:700">${t}</span></h2>`
    : i > 2 && i < 7
      ? `<li id="viewer-li${i}" class="_1mV4M"><p dir="auto" class="_2Wq1f"><span>${t}</span></p></li>`
      : `<p dir="auto" id="viewer-p${i}" class="_2Wq1f oXtbq"><span>${t}</span></p>`;
const wRich = wParas
  .map(pNode)
  .join('\n')
  .replace('<li id="viewer-li3"', '<ul class="_3jQvF public-DraftStyleDefault-ul"><li id="viewer-li3"')
  .replace(/(<li id="viewer-li6".*?<\/li>)/, '$1</ul>');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title>
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Abermoel Yacht Club">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2026-03-16T09:12:00.000Z","author":{"@type":"Person","name":"Anwen Rees"}}</script>
<script>window.viewerModel = {"siteFeatures":["blog","comments"],"language":"en","viewMode":"desktop"};</script>
<style id="css_masterPage">#SITE_CONTAINER{background:#fff}.font_8{font-size:17px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page">
<span class="mStnXk">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER" tabindex="-1"><div class="_C0cVf"><div id="comp-lh1" class="comp-lh1 wixui-rich-text"
data-testid="richTextElement">
<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">ABERMOEL YACHT CLUB</span></p></div>
<nav id="comp-lh2" aria-label="Site" class="StylableHorizontalMenu"><ul class="itemsList">
${links(['Home', 'Sailing', 'Membership', 'Club News', 'Calendar', 'Contact'], 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPASection_blog" class="TPASection_blog">
<div class="blog-post-page-font" data-hook="post-page"><article class="blog-post-page-font _1oxpo" data-hook="post">
<div class="_3bROG post-metadata"><div data-hook="avatar-image"><img src="https://static.wixstatic.com/media/avatar.jpg" alt="Writer's picture"></div>
<span data-hook="user-name" class="_2hN3o">Anwen Rees</span><ul class="_3jfxQ"><li><span data-hook="time-ago" title="16 Mar 2026">16 Mar 2026</span></li>
<li><span data-hook="time-to-read" title="3 min read">3 min read</span></li></ul></div>
<div data-hook="post-title"><h1 class="blog-post-title-font blog-post-title-color _1l8ob" data-hook="post-title">${wTitle}</h1></div>
<div class="_6SyeS" data-hook="post-description"><div class="rich-content-viewer" data-id="rich-content-viewer"><div class="_1hN1O" dir="ltr">
<figure class="_3eKf9" data-hook="imageViewer"><img src="https://static.wixstatic.com/media/clubhouse.jpg" alt="">
<figcaption class="_1-B8r" dir="auto">The new balcony doors, fitted in January.</figcaption></figure>
${wRich}
</div></div></div>
<div class="_2DpN4 post-footer"><nav aria-label="Tags" class="_1VwW4"><ul>${links(wTags, 'tag')}</ul></nav>
<div class="_3WcKJ" data-hook="share-buttons"><button aria-label="Share via Facebook"></button><button aria-label="Share via X"></button>
<button aria-label="Share via LinkedIn"></button><button aria-label="Share via Link"></button></div>
<div class="_1Ac8a" data-hook="post-main-actions"><span data-hook="view-count">62 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="_2bSMo">4</span></button></div></div></article>
<section class="_2SkWf" data-hook="recent-posts"><div class="_1nRq2"><h2 class="_1AX1b">Recent Posts</h2><a href="/blog" data-hook="see-all-posts-link">See
All</a></div>
<div class="_3xNHi">${wRecent.map((t) => `<div data-hook="post-list-item"><h3 class="post-title">${t}</h3></div>`).join('\n')}</div></section>
<div class="_1hqbq" data-hook="comments-widget"><h2>Comments</h2><div data-hook="comment-box-placeholder">Write a comment...</div></div>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER"><div id="comp-lh9" class="wixui-rich-text"><p class="font_9">© 2026 Abermoel Yacht Club. Proudly created with
Wix.com</p></div></footer>
</div></div>
<div id="WIX_ADS" class="ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" class="zmTeVx"><span class="dOtLvo">
This site was designed with the <span class="DiEMJH">Wix</span> website builder. Create your website today.</span><span class="Tm8Ewz">Start Now</span></a>
</div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mStnXk">bottom of page</span>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const clubNews: TestPage = {
  name: 'heldout492-club-news-wix-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeadIdx.map((i) => wParas[i] ?? ''),
  body: wParas.filter((_, i) => !wHeadIdx.includes(i)),
  bylines: ['Anwen Rees', '16 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'ABERMOEL YACHT CLUB', 'Home', 'Sailing', 'Membership', 'Club News', 'Calendar', 'Contact', '3 min read',
    'The new balcony doors, fitted in January.', '62 views', '0 comments', '4', 'Recent Posts', 'See All', ...wRecent, 'Comments',
    'Write a comment...', '© 2026 Abermoel Yacht Club. Proudly created with Wix.com',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'bottom of page',
  ],
};

export const HELDOUT492_B: readonly TestPage[] = [notice, clubNews];
