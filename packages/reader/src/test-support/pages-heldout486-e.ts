import { links, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout486-kit.js';

/**
 * Held-out batch 486, file e: a short grooming report on a Webflow resort site (CMS collection item) and a ski club race
 * results post on Wix (Wix Blog, with a comment box and recent posts).
 */
const bTitle = 'Grooming Report: Saturday Morning';
const bIntro = j(
  'Fourteen runs were groomed overnight. Temperatures dropped to -9°C after midnight, so expect firm, fast corduroy this morning',
  'softening by late morning on the sunny side.',
);
const bRuns = ['Juniper (full length)', 'Foxtail', 'Upper and Lower Clearwater', 'Sunrise Traverse', 'Kettle Bowl cat track', 'Little Pines beginner area'];
const bNote = 'Winch-cat work on Steeple Face will continue tonight. Steeple Face stays closed until Sunday.';
const bNav = ['Conditions', 'Tickets', 'Stay', 'Eat and Drink', 'Plan'];
const bFoot = ['Contact', 'Jobs', 'Media', 'Policies'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Sat Mar 07 2026 06:12:44 GMT+0000 -->
<html data-wf-domain="www.kettlemountain.co.nz" data-wf-page="65b1a2c3d4e5f6a7b8c9d0e1" data-wf-site="65b1a2c3d4e5f6a7b8c9d0aa"
 data-wf-collection="65b1a2c3d4e5f6a7b8c9d0f2" data-wf-item-slug="saturday-morning-7-march"><head><meta charset="utf-8">
<title>Grooming Report | Kettle Mountain</title><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b1a2c3d4e5f6a7b8c9d0aa/css/kettle-mountain.webflow.8e1f2d3c4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-conditions"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65b1/logo-kettle.svg"
 loading="lazy" alt="Kettle Mountain"></a><nav role="navigation" class="nav-menu w-nav-menu">
${bNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/tickets" class="button-nav w-button">Buy Online</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-conditions"><div class="container-narrow w-container"><div class="conditions-tabs">
<a href="/conditions/snow-report" class="conditions-tab">Snow Report</a><a href="/conditions/grooming" class="conditions-tab w--current">Grooming</a>
<a href="/conditions/webcams" class="conditions-tab">Webcams</a></div>
<h1 class="heading-report">${bTitle}</h1><div class="report-meta"><div class="text-block-meta">7 March 2026</div><div class="text-block-meta">6:10 am</div>
</div>
<div class="rich-text-report w-richtext"><p>${bIntro}</p><ul role="list">${lis(bRuns)}</ul><p>${bNote}</p></div>
</div></div>
<footer class="footer"><div class="footer-container w-container">
<div class="footer-links">${bFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}
</div><div class="footer-text">Kettle Mountain Ski Area, Cardrona Road. Snow phone 0800 555 020.</div>
<div class="footer-text">© Kettle Mountain Ltd 2026</div></div>
</footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b1a2c3d4e5f6a7b8c9d0aa" type="text/javascript"
 crossorigin="anonymous"></script><script src="https://assets-global.website-files.com/65b1a2c3d4e5f6a7b8c9d0aa/js/webflow.a1b2c3.js" type="text/javascript">
</script>
</body></html>`;
const grooming: TestPage = {
  name: 'heldout486-grooming-webflow',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [bIntro, ...bRuns, bNote],
  bylines: ['7 March 2026', '6:10 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'Buy Online', 'Snow Report', 'Webcams', ...bFoot, 'Kettle Mountain Ski Area, Cardrona Road. Snow phone 0800 555 020.',
    '© Kettle Mountain Ltd 2026',
  ],
};

const xTitle = 'Club Slalom Night: results and a big thank-you';
const xParas = [
  j(
    'What a night! Forty-six racers from U8 to Masters lined up under the lights on Lower Whistlepig for our first club slalom',
    'of the season. The course setters kept it friendly for the little ones and properly tight for everyone else.',
  ),
  j(
    'Conditions were firm and fast after the afternoon freeze, and the salt crew did a great job keeping the ruts down. We ran',
    'two runs for all categories, combined times below.',
  ),
];
const xResHead = 'Results';
const xRes = [
  'U10 Girls: 1. Poppy Fairweather, 2. Anouk Velde, 3. Esme Drummond',
  'U10 Boys: 1. Kit Okafor, 2. Ruben Salo, 3. Jonah Pettigrew',
  'U14: 1. Saskia Hendry, 2. Luca Moravec, 3. Thea Blom',
  'Masters: 1. Gerry Lachance, 2. Dorit Ambler, 3. Hamish Vey',
];
const xThanksHead = 'Thank you';
const xThanks = [
  j(
    'Huge thanks to our gate judges, timers and the parents who stood in the cold with stopwatches and hot soup. Special thanks',
    'to the mountain operations team for grooming the race hill after hours.',
  ),
  'Next race night is Friday 20 February. Entries open on the club app on Monday.',
];
const xNav = ['Home', 'About', 'Race Team', 'Membership', 'Calendar', 'Blog', 'Contact'];
const xRecent = ['Summer dryland training starts in May', 'Meet our new head coach'];
const wixP = (t: string): string =>
  `<div class="XzvDs _208Ie tFDi5 blog-post-text-font blog-post-text-color _2QAo- _25MYV tFDi5 public-DraftStyleDefault-block-depth0" type="paragraph">
<p class="mm8Nw _1j-51 Fcna- _3s29Z tFDi5 blog-post-text-font blog-post-text-color" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span>
</p></div>`;
const wixH = (t: string): string =>
  `<h2 class="eSWI6 _1j-51 Fcna- _3s29Z blog-post-title-font blog-post-title-color" dir="auto"><span class="_2PHJq">${t}</span></h2>`;
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title><meta property="og:type" content="article">
<meta property="article:author" content="Whistlepig Ski Club"><link rel="canonical" href="https://www.whistlepigskiclub.org/post/club-slalom-night-results">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${xTitle}",
"datePublished":"2026-01-26T21:40:00.000Z"}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["blog","comments"],"site":{"isResponsive":false}}</script>
<style id="css_masterPage">#comp-kd1l0m2v{--brw:0px;--bg:255,255,255;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_C0cVf"><div id="comp-kd1l0m2v" class="MazNVa comp-kd1l0m2v wixui-image"><a href="https://www.whistlepigskiclub.org">
<img src="https://static.wixstatic.com/media/8a1f2b_logo~mv2.png" alt="Whistlepig Ski Club logo"></a></div>
<div id="comp-kd1l0m30" class="Zc7IjY comp-kd1l0m30 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text">WHISTLEPIG SKI CLUB</p></div>
<nav id="comp-kd1l0m3i" aria-label="Site" class="comp-kd1l0m3i wixui-dropdown-menu"><ul class="ITHQ1U">
${xNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHgGh"><div class="yRj2ms">
<p class="JS76Uv">${t}</p></div></a></li>`,
  )
  .join('')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="wixui-section"><div id="comp-blog-post-page">
<div data-hook="post-page" class="post-page blog-post-page-font"><article data-hook="post" class="blog-post-page-font blog-text-color">
<div class="_1a1Wz"><div data-hook="post-header" class="post-header"><div class="post-metadata"><div data-hook="avatar">
<a href="/profile/club-secretary/profile">
<img alt="Writer's picture" src="https://static.wixstatic.com/media/avatar.png"></a></div><div>
<span data-hook="user-name" class="user-name">Whistlepig Ski Club</span>
<span class="badge">Admin</span></div><ul class="post-metadata-list"><li><span data-hook="time-ago" class="time-ago" title="Jan 26">Jan 26</span></li>
<li><span data-hook="time-to-read" class="time-to-read">2 min read</span></li></ul></div>
<div class="updated-date"><span data-hook="updated-date">Updated: Jan 27</span></div><button aria-label="More actions" class="more-button"></button></div>
<div data-hook="post-title"><h1 class="_1j-51 blog-post-title-font blog-post-title-color post-title" dir="auto">
<span class="post-title__text blog-post-title-font">
${xTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div class="moHCnT"><div data-id="content-viewer" class="rich-content-viewer"><div class="_3iZLD">
${xParas.map(wixP).join('\n')}
${wixH(xResHead)}<ul class="_2Z4xk public-DraftStyleDefault-ul">${lis(
  xRes.map((t) => `<p class="_3s29Z" dir="auto">${t}</p>`),
  '_1Nvoa public-DraftStyleDefault-unorderedListItem',
)}</ul>
<div class="figure" data-hook="figure-IMAGE"><img src="https://static.wixstatic.com/media/8a1f2b_slalom~mv2.jpg" alt="">
<span class="image-caption" data-hook="imageViewerCaption">Saskia on her way to a clean second run</span></div>
${wixH(xThanksHead)}
${xThanks.map(wixP).join('\n')}</div></div></div></div>
<div class="post-footer"><div data-hook="post-main-actions__tags" class="tags"><nav aria-label="Tags"><ul><li><a href="/blog/tags/racing">racing</a></li>
<li><a href="/blog/tags/club-news">club news</a></li></ul></nav></div>
<div data-hook="post-social-actions" class="share-buttons"><button aria-label="Share via Facebook"></button><button aria-label="Share via X"></button>
<button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-stats"><span data-hook="post-stats__views">48 views</span><span data-hook="post-stats__comments">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-count">3</span></button></div></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts-header"><h2 class="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="see-all">See All</a></div><div class="recent-posts-list">${links(xRecent, 'post-list-item')}</div></section>
<section data-hook="comments" class="comments"><h2 class="comments-title">Comments</h2><div data-hook="comment-box-placeholder" class="placeholder">
<p>Write a comment...</p></div><p class="comments-empty">Be the first to comment.</p></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text"><p class="font_8">Whistlepig Ski Club · Box 118, Pike Hollow</p>
<p class="font_8">© 2026 by Whistlepig Ski Club. Proudly created with Wix.com</p></div></footer></div></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const clubNews: TestPage = {
  name: 'heldout486-club-race-results-wix',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xResHead, xThanksHead],
  body: [...xParas, ...xRes, ...xThanks],
  bylines: ['Whistlepig Ski Club', 'Jan 26', 'Updated: Jan 27'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Admin', '2 min read', 'Saskia on her way to a clean second run', 'racing', 'club news', '48 views', '0 comments',
    'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...', 'Be the first to comment.', 'Whistlepig Ski Club · Box 118, Pike Hollow',
    '© 2026 by Whistlepig Ski Club. Proudly created with Wix.com',
  ],
};

export const HELDOUT486_E: readonly TestPage[] = [grooming, clubNews];
