import { links, type TestPage, texts } from './page-kit.js';
import { webflowPost } from './pages-heldout34-a2.js';

/**
 * Held-out batch 34, file a: a Wix blog post of a small community bike workshop, saved from the browser (Wix's "top of
 * page" / "bottom of page" anchors, the site header and "More" menu, the blog's category bar and search, the post header with
 * avatar, "Admin" badge, date and reading time, the Ricos rich-content viewer with an image and caption, tags, share icons,
 * views / comments / likes, "Recent Posts" with their own counts, the comments widget, the site footer, the free-plan Wix
 * banner and the cookie banner, plus the warm-up data script).
 */
const wxTitle = 'Why We Stopped Selling New Bikes (and What We Do Instead)';
const wxIntro = [
  'For eleven years the front half of our shop on Calloway Street was a showroom. We kept about forty new bikes on the floor at any ' +
    'one time, mostly hybrids and a handful of cargo frames, and the back half was the repair workshop where the real work happened.',
  'Last autumn we sold the last of that stock, took down the display racks and moved the workbenches forward into the light. ' +
    'A lot of you have asked why, so here is the honest version.',
];
const wxH1 = 'The numbers never added up';
const wxPart1 = [
  'New bikes looked like our main business from the street, but they were not what paid the rent. In our last full year of ' +
    'selling them, bike sales were 58 percent of our turnover and about 9 percent of our profit. Once you count the stock sitting ' +
    'on the floor for months, the card fees and the discounts we had to match, most new bikes earned us less than a single brake service.',
  'Repairs were the opposite. A quiet Tuesday of tune-ups, wheel truing and chain swaps kept the lights on, and the people who ' +
    'came in for repairs came back.',
];
const wxH2 = 'What the workshop looks like now';
const wxPart2 = [
  'The space where the showroom stood now holds four public repair stands. For a small fee per hour, or free on Thursday evenings, ' +
    'anyone can book a stand, use our tools and ask one of us for help when a bottom bracket will not budge.',
];
const wxList = [
  'Open stands: Thursday 5–8 pm, no booking needed',
  'Booked stands: Tuesday to Saturday, £6 an hour including tools',
  'Beginner sessions: first Saturday of every month, eight places',
];
const wxPart2b = [
  'We still sell bikes, just not new ones. Donated and trade-in bikes are stripped, checked and rebuilt by our volunteers, and each ' +
    'one leaves with a six-month guarantee. Last year we rebuilt 212 of them, and most went to people buying their first bike as an adult.',
];
const wxH3 = 'What comes next';
const wxPart3 = [
  'This spring we are applying to the council’s community assets fund to buy the building outright. If it works, we want to add ' +
    'a small parts library, where you can borrow a specialist tool or a spare wheel for a week instead of buying one you will use twice.',
  'If you have a bike gathering dust in a shed, bring it in. If you have an hour on a Thursday, bring that too.',
];
const wxNav = ['Home', 'Our Story', 'Rebuilt Bikes', 'Learn', 'Blog', 'Contact'];
const wxCats = ['All Posts', 'Shop Updates', 'How-To', 'Rides'];
const wxTags = ['shop update', 'repair cafe', 'volunteering'];
const wxRecent = ['Ride Report: The Canal Loop in the Rain', 'How to True a Wheel With Nothing but a Zip Tie', 'Volunteer Night Is Moving to Wednesdays'];
const wxComments = [
  { name: 'Dev Okonjo', date: 'Feb 12', text: 'Best decision you ever made. I learned to fix my own gears at one of those Thursday stands.' },
  { name: 'Harriet Blaine', date: 'Feb 14', text: 'Good luck with the fund bid! Happy to write a letter of support if it helps.' },
];
const wxCaption = 'The old showroom floor, now home to four public repair stands.';
const wxFoot = [
  '27 Calloway Street, Brenford',
  'hello@spokeandsprocket.example',
  'Tue–Sat 10am–6pm',
  '© 2025 by Spoke & Sprocket. Proudly created with Wix.com',
];
const rp = (id: string, t: string): string =>
  `<div type="paragraph" class="_1Iyn7 UDOS6 Zwd5I"><p class="MclDg _1j-51 mm8Nw fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto" ` +
  `id="viewer-${id}"><span style="font-weight:400" class="_3yVxC"><span class="">${t}</span></span></p></div>`;
const rh = (id: string, t: string): string =>
  `<h2 class="IMLgY mm8Nw _1j-51 fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-${id}"><span class="_3yVxC">${t}</span></h2>`;
const wxAmp = (t: string): string => t.replace(/&/g, '&amp;');
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wxTitle}</title>
<meta property="og:title" content="${wxTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Spoke &amp; Sprocket">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wxTitle}",
"author":{"@type":"Person","name":"Marisol Ventura"},"datePublished":"2025-02-11T09:30:12.441Z",
"publisher":{"@type":"Organization","name":"Spoke & Sprocket"}}</script>
<style id="css_masterPage">#SITE_CONTAINER{--wix-color-1:#FFFFFF;--wix-color-5:#1C1C1C}.font_8{font:normal normal normal 17px/1.4em
avenir-lt-w01_35-light1475496,sans-serif}</style>
<script>window.viewerModel = {"site":{"metaSiteId":"4d1c2e9a-8b6f-4c1e-9d1a-7a5c0e3b2f11","isResponsive":false},"language":{"userLanguage":"en"}}</script>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button></div>
<div id="FREE_PLAN_BANNER" class="wix-ads" data-testid="freemium-banner"><a href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live">
<span class="wix-ads__text">This site was designed with the <strong>Wix.com</strong> website builder. Create your website today.</span>
<span class="wix-ads__btn">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx9a1" class="comp-kx9a1 wixui-rich-text">
<p class="font_4 wixui-rich-text__text"><a href="https://www.spokeandsprocket.example">Spoke &amp; Sprocket</a></p>
<p class="font_9 wixui-rich-text__text">Community Bike Workshop</p></div>
<wix-dropdown-menu id="comp-kx9a4" class="XRwtpn comp-kx9a4 wixui-dropdown-menu hidden-during-prewarmup" dir="ltr"><nav aria-label="Site"
class="StylableHorizontalMenu">
<ul class="ZXdXeE" id="comp-kx9a4itemsContainer">${wxNav
  .map(
    (t, i) =>
      `<li class="UzWXSk wixui-dropdown-menu__item" data-listposition="${i === 0 ? 'left' : 'center'}"><a data-testid="linkElement" ` +
      `href="https://www.spokeandsprocket.example/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div class="yRj2ms"><p
class="JS76Uv">${t}</p></div></a></li>`,
  )
  .join('\n')}
<li class="UzWXSk wixui-dropdown-menu__item" data-listposition="right" data-index="__more__"><p class="JS76Uv">More</p></li></ul></nav></wix-dropdown-menu>
<div class="IPbD6g"><button class="MemberLogin" aria-label="Log In"><span class="Ex3OmU">Log In</span></button></div>
<a data-testid="linkElement" href="https://www.spokeandsprocket.example/book" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book
Online</span></a>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="blog-post-page" data-hook="post-page">
<div data-hook="blog-desktop-header-container" class="TeFvfw"><nav data-hook="category-menu"
aria-label="Category menu"><ul>${links(wxCats, 'blog-header__navigation-item')}</ul></nav>
<div data-hook="search-input" class="sOJbAE"><input type="search" placeholder="Search" aria-label="Search"></div></div>
<div class="post-content__wrapper"><article class="blog-post-page-font blog-text-color post-content" data-hook="post">
<div data-hook="post-header" class="O6IeVf"><div class="pOv3tS"><a href="https://www.spokeandsprocket.example/profile/marisol/profile" data-hook="avatar-image">
<img alt="Writer's picture" src="https://static.wixstatic.com/media/4d1c2e_ab12cd~mv2.jpg/v1/fill/w_32,h_32/4d1c2e_ab12cd~mv2.jpg"></a>
<div class="j0AdNg"><span class="tQ0Q1A user-name" data-hook="user-name">Marisol Ventura</span>
<span class="blog-text-color _V1A8C" data-hook="badge">Admin</span></div>
<ul class="sY9zxM post-metadata"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Feb 11">Feb 11</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="5 min read">5 min read</span></li></ul></div>
<button class="kJUknL" data-hook="more-button" aria-label="More actions"><svg viewBox="0 0 19 19" width="19" height="19"></svg></button></div>
<div class="pu51Xe"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span
class="post-title__text">${wxTitle}</span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="NMGzS5" data-id="content-viewer"><div class="ricos-viewer"><div dir="ltr"
data-id="rich-content-viewer"
class="ZQmGT tc0Vp">
${wxIntro.map((t, i) => rp(`p${i}`, t)).join('\n')}
<div data-hook="rcv-block2" class="_2vd5k"><div data-breakout="normal" class="_1qf3J"><div data-hook="imageViewer" class="gIoih"><div class="NNcnX"
role="button">
<img data-pin-nopin="true" src="https://static.wixstatic.com/media/4d1c2e_77aa01~mv2.jpg/v1/fill/w_740,h_493/showroom.jpg"
alt="Four repair stands in the shop"></div>
<figcaption class="aspect-ratio-box-fill" data-hook="imageViewerCaption"><span dir="auto" class="Kq7nK">${wxCaption}</span></figcaption></div></div></div>
${rh('h1', wxH1)}
${wxPart1.map((t, i) => rp(`a${i}`, t)).join('\n')}
${rh('h2', wxH2)}
${wxPart2.map((t, i) => rp(`b${i}`, t)).join('\n')}
<ul class="_1w6bf public-DraftStyleDefault-ul">${wxList
  .map(
    (t, i) => `<li class="mm8Nw _1j-51 public-DraftStyleDefault-unorderedListItem" id="viewer-l${i}"><p class="_1Iyn7" dir="auto"><span>${t}</span></p></li>`,
  )
  .join('\n')}</ul>
${wxPart2b.map((t, i) => rp(`c${i}`, t)).join('\n')}
${rh('h3', wxH3)}
${wxPart3.map((t, i) => rp(`d${i}`, t)).join('\n')}
</div></div></div></div>
<div data-hook="post-footer" class="post-footer"><nav aria-label="tags" class="tag-cloud"><p class="tags-title">Tags:</p><ul>${wxTags
  .map((t) => `<li><a data-hook="tag" href="https://www.spokeandsprocket.example/blog/tags/${t.replace(/ /g, '-')}" class="_3a2Qk">${t}</a></li>`)
  .join('')}</ul></nav>
<div data-hook="post-main-actions-desktop" class="mlp0xV"><div class="share-buttons" role="group" aria-label="Share Post">
<button aria-label="Share via Facebook" class="share-button"><svg width="19" height="19"></svg></button><button aria-label="Share via X"
class="share-button"><svg width="19"
height="19"></svg></button><button aria-label="Share via LinkedIn" class="share-button"><svg width="19" height="19"></svg></button><button
aria-label="Share via link"
class="share-button"><svg width="19" height="19"></svg></button></div></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count" class="view-count">214 views</span><span data-hook="comment-count">2 comments</span>
<div data-hook="like-button-with-count" class="like-button-with-count"><span class="like-button-with-count__like-count">27</span>
<button aria-label="Post not marked as liked" aria-pressed="false" class="like-button"><svg
viewBox="0 0 19 19"></svg></button></div></div></div></article></div>
<section data-hook="recent-posts" aria-label="Recent Posts" class="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent
Posts</h2>
<a data-hook="see-all-link" href="https://www.spokeandsprocket.example/blog">See All</a></div><div class="recent-posts__list">${wxRecent
  .map(
    (t, i) =>
      `<div data-hook="post-list-item" class="recent-post"><img alt="" src="https://static.wixstatic.com/media/rp${i}.jpg"><h3 data-hook="post-title" ` +
      `class="post-title"><a href="https://www.spokeandsprocket.example/post/recent-${i}">${t}</a></h3><div class="post-stats"><span data-hook="view-count">` +
      `${60 + i * 17}</span><span data-hook="comment-count">${i}</span><span class="like-count">${4 + i}</span></div></div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments-widget" class="comments-widget"><h2 class="comments-title">Comments</h2>
<div class="comment-box" data-hook="comment-box"><div role="textbox" aria-label="Write a comment..." class="editor-placeholder">Write a comment...</div></div>
${wxComments
  .map(
    (c) =>
      `<div data-hook="comment" class="comment"><div class="comment__header"><img alt="" src="https://static.wixstatic.com/media/av.jpg" class="avatar">` +
      `<span data-hook="author-name" class="author-name">${c.name}</span><span data-hook="creation-date" class="creation-date">${c.date}</span></div>` +
      `<div data-hook="comment-content" class="comment__content"><p>${c.text}</p></div><div class="comment__actions"><button data-hook="like-button">` +
      `Like</button><button data-hook="reply-button">Reply</button></div></div>`,
  )
  .join('\n')}</section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-kx9f2" class="wixui-rich-text"><p class="font_8">Spoke &amp; Sprocket Community Bike
Workshop</p>
${wxFoot.map((t) => `<p class="font_8 wixui-rich-text__text">${wxAmp(t)}</p>`).join('\n')}</div></footer>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div>
</div></div>
<div id="consent-banner-root" data-hook="consent-banner-root" class="consent-banner"><div role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.
<a href="https://www.spokeandsprocket.example/privacy">Privacy Policy</a></p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{"14bcded7-0066-7c35-14d7-466cb3f09103":{"postPage":{"title":"${wxTitle}",
"slug":"why-we-stopped-selling-new-bikes","viewCount":214,"likeCount":27,"commentCount":2,"timeToRead":5}}}}</script>
</body></html>`;
const wixPost: TestPage = {
  html: wxHtml,
  name: 'heldout34-wix-blog-post',
  kind: 'blog',
  // the Ricos paragraphs, the three h2s and the list of stand times are the post; the writer's name and "Feb 11" are bylines, as
  // are the two commenters' names and their dates (author lines of the comments); the comments themselves are readers'
  // comments on a blog: furniture; "Admin" badge, "5 min read", the caption, tags, view / comment counts, "Recent Posts" with
  // its titles, the comment box, Wix's "top of page" / "bottom of page" anchors, skip button, free-plan banner, header, nav,
  // category bar, footer and cookie banner are furniture; the bare counts (27, 214 in the stats, the recent posts' numbers)
  // and the icon-only share buttons are left out; the comments' "Reply" is furniture, their "Like" a word of a heading ("looks
  // like now"): left out
  title: wxTitle,
  headings: [wxH1, wxH2, wxH3],
  body: [...texts(wxIntro), ...texts(wxPart1), ...texts(wxPart2), ...wxList, ...texts(wxPart2b), ...texts(wxPart3)],
  bylines: ['Marisol Ventura', 'Feb 11', ...wxComments.map((c) => c.name), ...wxComments.map((c) => c.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'bottom of page', 'Skip to Main Content', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'Spoke & Sprocket', 'Community Bike Workshop', ...wxNav, 'More', 'Log In', 'Book Online', ...wxCats, 'Admin', '5 min read', wxCaption, 'Tags:', ...wxTags,
    '214 views', '2 comments', 'Recent Posts', 'See All', ...wxRecent, 'Comments', 'Write a comment...', 'Reply', ...wxComments.map((c) => c.text),
    'Spoke & Sprocket Community Bike Workshop', ...wxFoot,
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.', 'Privacy Policy',
    'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT34_A: readonly TestPage[] = [wixPost, webflowPost];
