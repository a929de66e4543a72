import { type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file c: a squash and racketball club's monthly newsletter as a Mailchimp campaign archive page (the
 * archive bar, the table-built email with its preheader and "view in browser" line, signature and list footer), and a padel
 * club's blog post on Wix (the Wix Blog post page with its meta line, like and view counters and "Recent Posts").
 */
const mTitle = 'Club News – May 2026';
const mSections: [string, string[]][] = [
  [
    'From the chair',
    [
      j(
        'What a season. Our first team finished second in Division 1 of the Westshire League, the best result in the club\u2019s',
        'history, and the women\u2019s team stayed up on the last night with a 3–2 win at Harford. Thank you to everyone who played,',
        'marked, refereed and made sandwiches.',
      ),
      j(
        'The committee has agreed to keep subscriptions at this year\u2019s rates for 2026–27. Renewal emails will go out on 1 June,',
        'and members who renew before 30 June will get a free can of balls at the bar.',
      ),
    ],
  ],
  [
    'Glass-back court: work starts 8 June',
    [
      j(
        'Court 3 will close from Monday 8 June for three weeks while the new glass back wall is fitted. Bookings already made for',
        'those dates have been moved to courts 1 and 2 where possible; if yours could not be moved, the booking secretary will be',
        'in touch.',
      ),
      j(
        'The work is paid for by the court fund and a £9,500 grant from the Westshire Sports Trust. Once it is finished we will be',
        'able to host county junior ranking events again.',
      ),
    ],
  ],
  [
    'Dates for your diary',
    [
      'Saturday 13 June – Club championships finals, from 10am',
      'Friday 19 June – Summer barbecue and prize-giving, 7pm',
      'Sunday 5 July – Racketball social and beginners\u2019 session, 2pm',
    ],
  ],
  [
    'Coaching over the summer',
    [
      j(
        'Marcus Feeney\u2019s junior group continues on Wednesdays through the holidays. Adult improvers\u2019 sessions move to',
        'Monday evenings at 7pm from 15 June; sign up on the sheet by the notice board or reply to this email.',
      ),
    ],
  ],
];
const mSign = ['Best wishes,', 'Janet Okafor', 'Club Secretary'];
const mFoot = 'Copyright © 2026 Ferncliffe Squash & Racketball Club, All rights reserved.';
const mWhy = 'You are receiving this email because you are a member of Ferncliffe Squash & Racketball Club.';
const mAddr = ['Our mailing address is:', 'Ferncliffe Squash & Racketball Club', 'Bridge Street', 'Ferncliffe, WS12 4DN', 'United Kingdom'];
const mPara = (t: string): string => `<p style="margin: 10px 0;padding: 0;mso-line-height-rule: exactly;-ms-text-size-adjust: 100%;
-webkit-text-size-adjust: 100%;color: #202020;font-family: Helvetica;font-size: 16px;line-height: 150%;text-align: left;">${t.replace(/&/g, '&amp;')}</p>`;
const mBlock = (inner: string): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">${inner}</td></tr></tbody></table>
</td></tr></tbody></table>`;
const mSection = ([h, xs]: [string, string[]], i: number): string =>
  mBlock(`<h2>${h}</h2>${i === 2 ? `<ul>${xs.map((t) => `<li>${t}</li>`).join('')}</ul>` : xs.map(mPara).join('\n')}`);
const mHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta property="og:title" content="${mTitle}"><meta property="og:description" content="Record season, glass-back court, summer dates">
<meta property="og:url" content="https://mailchi.mp/ferncliffesquash/club-news-may-2026"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${mTitle}</title>
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}
#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}.mcnPreviewText{display:none !important;}
#awesomewrap{background:#fafafa;border-bottom:1px solid #eee;}#awesomebar{font-family:Helvetica,Arial;font-size:13px;}</style>
<script type="text/javascript">var w=window;if(w.performance||w.mozPerformance){w.__mcPageStart=Date.now();}</script></head>
<body><div id="awesomewrap"><div id="awesomebar"><div id="awesomebar-logo"><a href="https://mailchimp.com"
title="Mailchimp - email marketing made easy and fun">
<span class="mc-logo"></span></a></div><ul id="awesomebar-nav"><li><a href="https://ferncliffesquash.us14.list-manage.com/subscribe?u=4f2a&amp;id=9c1d"
title="Subscribe to this list">Subscribe</a></li><li><a href="https://us14.campaign-archive.com/home/?u=4f2a&amp;id=9c1d"
title="View past issues">Past Issues</a></li>
<li class="last"><a href="#" id="translate-link">Translate <span class="caret"></span></a></li></ul><a
href="https://us14.campaign-archive.com/feed?u=4f2a&amp;id=9c1d" title="RSS Feed" id="rss">RSS</a>
</div></div>
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0;
overflow:hidden; visibility:hidden; mso-hide:all;">Record season, glass-back court, summer dates</span><!--<![endif]-->
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;">
<tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding: 9px 18px;text-align: right;font-size:12px;"><a
href="https://mailchi.mp/ferncliffesquash/club-news-may-2026"
target="_blank">View this email in your browser</a></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody class="mcnImageBlockOuter">
<tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><img align="center" alt="Ferncliffe Squash &amp; Racketball Club"
src="https://mcusercontent.com/4f2a/images/banner.png" width="564" style="max-width:1200px;" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody">
${mBlock(`<h1>${mTitle}</h1>`)}
${mSections.map(mSection).join('\n')}
${mBlock(`<p>${mSign[0]}<br><strong>${mSign[1]}</strong><br>${mSign[2]}</p>`)}
</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tbody><tr>
<td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner"><a href="https://www.facebook.com/ferncliffesquash" target="_blank">
<img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-facebook-48.png" alt="Facebook" height="24" width="24"></a>
<a href="https://www.ferncliffesquash.co.uk" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-link-48.png" alt="Website"
height="24" width="24"></a></td></tr></tbody></table>
${mBlock(`<em>${mFoot.replace(/&/g, '&amp;')}</em><br>${mWhy.replace(/&/g, '&amp;')}<br><br><strong>${mAddr[0]}</strong><br>
${mAddr
  .slice(1)
  .map((t) => t.replace(/&/g, '&amp;'))
  .join('<br>')}<br><br>Want to change how you receive these emails?<br>
You can <a href="https://ferncliffesquash.us14.list-manage.com/profile?u=4f2a">update your preferences</a> or
<a href="https://ferncliffesquash.us14.list-manage.com/unsubscribe?u=4f2a">unsubscribe from this list</a>.`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td align="center" style="padding:12px;"><a href="http://eepurl.com/referral"
title="Mailchimp Email Marketing"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp"
width="139" height="54"></a></td></tr></table></td></tr></table></td></tr></table></center>
<script src="https://us14.campaign-archive.com/js/archivebar-desktop.js"></script></body></html>`;
const mailchimp: TestPage = {
  name: 'heldout494-mailchimp-newsletter',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mSections.map((s) => s[0]),
  body: mSections.flatMap((s) => s[1]),
  bylines: ['Janet Okafor', 'Club Secretary'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Past Issues', 'Translate', 'RSS', 'View this email in your browser', 'Best wishes,', mFoot, mWhy, ...mAddr,
    'Want to change how you receive these emails?', 'You can update your preferences or unsubscribe from this list.',
  ],
};

const wTitle = 'Our four new padel courts are open';
const wBody = [
  j(
    'After eleven months of planning and six weeks of building, the four panoramic courts behind the old bowls pavilion opened',
    'to members on Saturday. More than 120 people came along to the open day, and the courts were booked solid until dark.',
  ),
  j(
    'Courts 1 and 2 are covered by the new canopy, so play can go ahead in the rain, and all four have LED floodlights on a',
    'timer. The artificial grass is the same sand-filled surface used at the regional centre in Portavon.',
  ),
  'How to book',
  j(
    'Members book through the Playtomic app as before; the new courts appear as Harbourside 1 to 4. Off-peak bookings cost',
    '£16 a court for 90 minutes, peak bookings £28. Rackets can be borrowed from the bar for free.',
  ),
  'Beginners welcome',
  j(
    'If you have never played, come to one of our Friday evening taster sessions with head coach Tomás Reyes. Sessions are',
    '£8 including racket hire, and you will be playing proper rallies within the hour.',
  ),
  'Thank you to our neighbours on Quay Lane for putting up with the noise of the build, and to the Portavon Harbour Trust for the lease.',
];
const wNav = ['Home', 'Book', 'Coaching', 'Leagues', 'Blog', 'Contact'];
const wRecent = ['Winter league results are in', 'Meet our new head coach', 'Padel for beginners: the five rules'];
const wP = (
  t: string,
  id: string,
): string => `<div data-breakout="normal" class="fTEXDR A6ZEdE"><p class="MMl86 _1j-51 _1FoOD _3M0Fe _2WrB- _1atvN public-DraftStyleDefault-block-depth0
fixed-tab-size public-DraftStyleDefault-text-ltr" id="viewer-${id}" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p></div>`;
const wH = (
  t: string,
  id: string,
): string => `<div data-breakout="normal" class="fTEXDR A6ZEdE"><h2 class="MMl86 _1j-51 _1FoOD _3M0Fe _2WrB- _1atvN" id="viewer-${id}"
dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></h2></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title>
<meta name="description" content="After eleven months of planning and six weeks of building, the four panoramic courts behind the old bowls pavilion opened.">
<link rel="canonical" href="https://www.harbourside-padel.com/post/our-four-new-padel-courts-are-open"><meta property="og:type" content="article">
<meta property="article:author" content="Lucía Ferrand"><meta property="article:published_time" content="2026-04-14T08:32:11.410Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2026-04-14T08:32:11.410Z",
"author":{"@type":"Person","name":"Lucía Ferrand"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"b71c","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}.font_2{font:normal normal normal 28px/1.4em montserrat,sans-serif;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div>
</div><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div id="comp-lq2ab" class="HcOXKn SxM0TO QxJLC3 comp-lq2ab wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.harbourside-padel.com" target="_self" class="wixui-rich-text__text">Harbourside Padel</a></span>
</h2></div>
<nav aria-label="Site" id="comp-lq2ac" class="StylableHorizontalMenu3372578893__root comp-lq2ac wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu"
role="menubar">${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper" data-testid="menuItemDepth0"><a data-testid="linkElement"
href="https://www.harbourside-padel.com/${t.toLowerCase()}" class="itemDepth02233374943__root" role="menuitem"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lq2ad" class="comp-lq2ad"><div class="ywm1Lk" data-testid="login-button"><button class="xbXt5f" aria-label="Log In"><span
class="Kd4Ym6">Log In</span>
</button></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="tdhw7"
class="dBAkHi">
<div id="TPASection_lq2ae" class="TPASection_lq2ae"><div class="TPAWidgetNativeDeadComponent"><div data-hook="post-page" class="post-page"><div
class="blog-post-page-font">
<article data-hook="post" class="aYBzVq Y0ZD2s blog-post-page-font blog-card-background-color"><div class="cX2fB8">
<div data-hook="post-header" class="post-header"><div class="SbUaWL"><div class="qe1N3H"><a href="/profile/lucia-ferrand/profile" class="U1bhKp"
data-hook="avatar-image">
<img src="https://static.wixstatic.com/media/a1b2_avatar.jpg" alt="Writer's picture" class="vsDH0H"></a><div class="kbF0iX"><span class="tQ0Q1A user-name"
data-hook="user-name"><a href="/profile/lucia-ferrand/profile">Lucía Ferrand</a></span><ul class="yEJ9sp post-metadata__list"><li class="post-metadata__date">
<span class="post-metadata__date time-ago" data-hook="time-ago" title="Apr 14">Apr 14</span></li><li><span class="post-metadata__readTime"
data-hook="time-to-read">2 min read</span></li></ul></div></div><div class="eY1ZEP" data-hook="post-main-actions-desktop"><button class="Sol3X0"
aria-label="More actions" data-hook="more-button"><svg></svg></button></div></div></div>
<div class="T2cPrr" data-hook="post-title-wrapper"><h1 class="H3vOVf fi5bTk blog-post-title-font blog-post-title-color" data-hook="post-title">
<span class="post-title__text blog-post-title-font blog-post-title-color">${wTitle}</span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="moHCnT" data-id="content-viewer"><div class="ZsdQuE" data-hook="rich-content-viewer">
<div class="WoXUvc">${wBody.map((t, i) => (i === 2 || i === 4 ? wH(t, `h${i}`) : wP(t, `p${i}`))).join('\n')}</div></div></div></div>
<div data-hook="post-footer" class="post-footer"><div class="t1BWW2" data-hook="post-main-actions__tags"><nav aria-label="Tags"><ul class="UheSe5">
<li><a href="/blog/tags/courts" class="Yrrlqx">courts</a></li><li><a href="/blog/tags/club-news" class="Yrrlqx">club news</a></li></ul></nav></div>
<div class="post-main-actions__share-buttons" data-hook="post-main-actions__share-buttons"><button aria-label="Share via Facebook" class="T4O1Fz"><svg></svg>
</button>
<button aria-label="Share via X (Twitter)" class="T4O1Fz"><svg></svg></button><button aria-label="Share via LinkedIn" class="T4O1Fz"><svg></svg></button>
<button aria-label="Share via link" class="T4O1Fz"><svg></svg></button></div>
<div class="eNw2HS" data-hook="post-main-actions__stats"><div class="H9AgAn"><span data-hook="views-count">64 views</span><a href="#comments"
data-hook="comments-count">0 comments</a></div><div class="DAYuVL" data-hook="like-button-with-count"><span
data-hook="like-button-with-count__like-count">5</span>
<button aria-label="Post not marked as liked" class="rJ6Srt"><svg></svg></button></div></div></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="yfC8uU"><h2 class="H0Oy8h" data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" class="CbOXyy" data-hook="see-all-link">See All</a></div><div class="LckHYP">${wRecent
  .map(
    (t) => `<div class="gPUjeG" data-hook="post-list-item">
<a href="/post/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="O16KGI"><h3 class="bD0vt9 blog-post-title-font" data-hook="post-title">${t}</h3></a>
</div>`,
  )
  .join('\n')}
</div></section><div class="comments" id="comments" data-hook="comments"><h2 class="hqA2mn">Comments</h2><div class="A3wrlS"><div
data-hook="comment-box-placeholder"
class="hYc0TN">Write a comment...</div></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="inlineContent"><div id="comp-lq2af" class="wixui-rich-text"
data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">Harbourside Padel Club · Quay Lane, Portavon PV3 1HD</p>
<p class="font_8 wixui-rich-text__text">© 2026 by Harbourside Padel. Powered and secured by <a href="https://www.wix.com" target="_blank">Wix</a></p></div>
</div>
</footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout494-wix-padel-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? '', wBody[4] ?? ''],
  body: texts(wBody.filter((_, i) => i !== 2 && i !== 4)),
  bylines: ['Lucía Ferrand', 'Apr 14', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Harbourside Padel', ...wNav, 'Log In', 'courts', 'club news', '64 views', '0 comments', '5', 'Recent Posts', 'See All', ...wRecent,
    'Comments', 'Write a comment...', 'Harbourside Padel Club · Quay Lane, Portavon PV3 1HD', '© 2026 by Harbourside Padel. Powered and secured by Wix',
  ],
};

export const HELDOUT494_C: readonly TestPage[] = [mailchimp, wix].map(settle);
