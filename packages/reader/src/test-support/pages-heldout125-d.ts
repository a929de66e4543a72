import { type TestPage, texts } from './page-kit.js';
import { squarespacePost } from './pages-heldout125-d2.js';

/**
 * Held-out batch 125, file d: a Wix Blog post on a small interior design studio's site (the "Skip to Main Content" button,
 * the hidden "top of page"/"bottom of page" anchors, the header with the site name as rich text, the site menu with its
 * hidden "More" item and the members "Log In" button, the blog's category menu, the post header with author, date, read
 * time and updated date, the Ricos rich content with numbered h2 headings, a list and an image caption, the category and tag
 * lists, the view/comment/like counts, "Recent Posts" with "See All", the comments widget with one comment, the footer rich
 * text, the consent banner and the warmup data script holding the post) and, from file d2, a Squarespace 7.1 blog post.
 */
const wxTitle = 'Five ways to make a north-facing room feel brighter';
const wxP1 = [
  `North-facing rooms get a bad reputation, and it is not entirely undeserved. They never get direct sun, the light they do get is cool
and blue, and in winter they can feel gloomy by three in the afternoon. About a third of the clients who call us start with the words
“we have this room at the back that nobody uses”.`,
  `The good news is that a north-facing room can be one of the calmest spaces in a house. The light is steady all day, it never glares,
and it flatters wood, linen and plaster. Here is what we do to make the most of it.`,
];
const wxH1 = '1. Choose warm whites, not brilliant white';
const wxP2 = [
  `Brilliant white paint reflects the blue in north light straight back at you, and the room ends up looking grey. A white with a little
yellow or red in its base reads as soft and warm instead. We test at least three samples on different walls and look at them at nine
in the morning and four in the afternoon before deciding.`,
];
const wxH2 = '2. Put mirrors where they catch the window';
const wxP3 = [
  `A mirror opposite or beside a window will bounce light deeper into the room. It does not have to be huge. In a narrow sitting room in
Clifton we hung a tall, thin mirror on the wall next to the window, and the far corner of the room went from dim to usable.`,
];
const wxH3 = '3. Layer your lighting';
const wxP4 = ['North-facing rooms need artificial light earlier in the day, so plan for it. We aim for three layers in every room:'];
const wxL1 = [
  'A ceiling light or a pair of wall lights for general light.',
  'Table and floor lamps at different heights for warmth in the evening.',
  'Task lighting where you read, work or cook.',
];
const wxP5 = ['Choose bulbs of around 2700 kelvin. Anything cooler will fight the natural light rather than soften it.'];
const wxH4 = '4. Keep the window clear';
const wxP6 = [
  `Heavy curtains that sit across the glass even when open can take a surprising amount of light out of a room. Mount the pole well
beyond the frame so that open curtains stack against the wall, and swap net curtains for a simple blind that rolls right up out of the
way.`,
];
const wxH5 = '5. Bring in texture and warm materials';
const wxP7 = [
  `Because north light is so even, flat surfaces can look lifeless. Textured fabrics, natural wood, rattan and unglazed ceramics all give
the light something to play across. A wool rug in an oatmeal or rust colour will warm up a cool floor more than any paint colour.`,
  `If you have a room at the back of the house that nobody uses, we would love to help. Our design consultations start with a free
thirty-minute call.`,
];
const wxCaption = 'A north-facing snug in Redland, painted in a warm off-white with oak shelving and a rust wool rug.';
const wxNav = ['Home', 'Services', 'Portfolio', 'Blog', 'About', 'Contact'];
const wxCats = ['All Posts', 'Small Spaces', 'Colour', 'Lighting', 'Kitchens'];
const wxTags = ['north facing', 'paint', 'lighting tips'];
const wxRecent = [
  ['Choosing a kitchen worktop that will last', '98', '0'],
  ['What a design consultation with us looks like', '143', '2'],
  ['Our favourite paint colours for hallways', '267', '1'],
];
const wxComment = ['Imogen Tate', 'Oct 15', 'The point about curtain poles is so simple but it made a real difference in our back bedroom. Thank you!'];
const wxFoot = ['Northlight Interiors', '14 Chandos Row, Bristol BS6 5RT', 'hello@northlightinteriors.example', '0117 496 0725'];
const wxCopy = '© 2025 by Northlight Interiors. Powered and secured by Wix';
const wxCookie = 'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.';
let wxN = 0;
const wxId = (): string => `viewer-${(0x1a2b3 + wxN++ * 7919).toString(36)}`;
const wxP = (t: string): string => `<p dir="auto" class="mm8Nw _1j-51 roLFQS _1FoOD _78FBa public-DraftStyleDefault-block-depth0 fixed-tab-size" id="${wxId()}">
<span class="_2PHJq public-DraftStyleDefault-ltr"><span style="font-weight:400">${t}</span></span></p>`;
const wxPs = (a: readonly string[]): string => a.map((t) => `<div type="paragraph" class="_2vd5k">${wxP(t)}</div>`).join('\n');
const wxH = (t: string): string => `<h2 dir="auto" class="_1j-51 _1atvN _1FoOD _3M0Fe garnish-heading" id="${wxId()}"><span class="_2PHJq
public-DraftStyleDefault-ltr"><span style="font-weight:700">${t}</span></span></h2>`;
const wxHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.example/media/3f1a2c_favicon.png/v1/fill/w_192%2Ch_192/3f1a2c_favicon.png" type="image/png"/>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"a3c9e0f1","isResponsive":false},"language":{"userLanguage":"en"},
"siteFeatures":["blog"]};</script>
<title>Five ways to make a north-facing room feel brighter</title>
<meta name="description" content="North-facing rooms get a bad reputation. Here is what we do to make the most of the light they get."/>
<link rel="canonical" href="https://www.northlightinteriors.example/post/five-ways-to-make-a-north-facing-room-feel-brighter"/>
<meta property="og:title" content="${wxTitle}"/><meta property="og:type" content="article"/>
<meta property="article:author" content="https://www.northlightinteriors.example/profile/clara/profile"/>
<meta property="article:published_time" content="2025-10-14T09:05:11.204Z"/><meta property="article:modified_time" content="2025-10-16T14:40:02.911Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://www.northlightinteriors.example/post/five-ways-to-make-a-north-facing-room-feel-brighter"},"headline":"${wxTitle}",
"datePublished":"2025-10-14T09:05:11.204Z","dateModified":"2025-10-16T14:40:02.911Z","author":{"@type":"Person","name":"Clara Whitcombe"},
"publisher":{"@type":"Organization","name":"Northlight Interiors"},"description":"North-facing rooms get a bad reputation."}</script>
<style>.mHZSwn{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<button id="SKIP_TO_CONTENT_BTN" tabindex="0" class="LHrbPP jUUSvm has-custom-focus" data-testid="skipToContentButton">Skip to Main Content</button>
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span
class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_wxblg" data-media-height-override-type=""
class="pageBackground_wxblg"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8" data-testid="headerScreenWidthContainerBgCenter"></div><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lm2x8q1a" class="KcpHeO tz5MQ8 comp-lm2x8q1a wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"
style="font-size:22px; letter-spacing:0.2em;"><span class="wixui-rich-text__text"><a href="https://www.northlightinteriors.example" target="_self"
class="wixui-rich-text__text">NORTHLIGHT INTERIORS</a></span></p></div>
<wix-dropdown-menu id="comp-lm2x8q1c" class="XwCBRN NHM1d1 comp-lm2x8q1c wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
data-same-width-buttons="false" data-num-items="6" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0"
data-dropalign="center"><nav class="R_TAzU" id="comp-lm2x8q1cnavContainer" aria-label="Site"><ul class="y7qwii" id="comp-lm2x8q1citemsContainer"
style="text-align:center" data-marginallchildren="true">
${wxNav
  .map(
    (t, i) => `<li id="comp-lm2x8q1c${i}" data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" data-data-id="dataItem-lm2x${i}"
data-state="menu ${t === 'Blog' ? 'selected' : 'false'} link" data-index="${i}" class="Tg1gOB wixui-dropdown-menu__item"><a data-testid="linkElement"
href="https://www.northlightinteriors.example/${t === 'Home' ? '' : t.toLowerCase()}" target="_self" class="UiHgGh"><div class="yRj2ms"><div class="">
<p class="zKbzSQ" id="comp-lm2x8q1c${i}label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
<li id="comp-lm2x8q1c__more__" data-direction="ltr" data-listposition="right" data-state="menu false  header" data-index="__more__" data-dropdown="false"
class="p90CkU"><div data-testid="linkElement" class="UiHgGh" tabindex="0" aria-haspopup="false"><div class="yRj2ms"><div class=""><p class="zKbzSQ"
id="comp-lm2x8q1c__more__label">More</p></div></div></div></li></ul><div class="h3jCPd" id="comp-lm2x8q1cdropWrapper" data-dropalign="center"
data-dropdown-shown="false"><ul class="wkJ2fp" id="comp-lm2x8q1cmoreContainer"></ul></div></nav></wix-dropdown-menu>
<div id="comp-lm2x8q1f" class="comp-lm2x8q1f"><div class="LoginSocialBar"><div class="E2mzIK"><button class="Ja2bXE" aria-label="Log In"><div
class="Ac9fhg"><span
class="VW5pG_">Log In</span></div></button></div></div></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="wxblg" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerwxblg" class="Containerwxblg SPY_vo"><div data-mesh-id="ContainerwxblginlineContent" data-testid="inline-content">
<div data-mesh-id="ContainerwxblginlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lm2x9b0e" tabindex="-1" class="Oqnisf comp-lm2x9b0e wixui-section" data-block-level-container="ClassicSection"><div
data-mesh-id="comp-lm2x9b0einlineContent"
data-testid="inline-content"><div data-mesh-id="comp-lm2x9b0einlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lm2x9b0h" class="TWFxr5"><div class="comp-lm2x9b0h"><div class="ACKe_s" data-hook="post-page">
<div class="TjBeqU" data-hook="blog-desktop-header-container"><nav class="gHhgZa" data-hook="blog-navigation-container" aria-label="Blog categories"><ul
class="u3JLrz">
${wxCats
  .map(
    (t, i) => `<li class="f_mNyp${i === 0 ? ' iWsC0b' : ''}"><a data-hook="navigation-link"
href="https://www.northlightinteriors.example/blog/${i}">${t}</a></li>`,
  )
  .join('')}
</ul></nav><div class="oBqkjn" data-hook="search-input"><input class="cq6eov" placeholder="Search" aria-label="Search" value=""/></div></div>
<div class="UQ5Wzf" data-hook="post-page-content"><article class="blog-post-page-font blog-card-background-color" data-hook="post">
<div class="wp52Jd"><div class="P4ePiD" data-hook="post-header"><div class="RQLK1x"><div class="MUE8zj" data-hook="avatar-image"><img
src="https://static.wixstatic.example/media/clara.jpg/v1/fill/w_32,h_32/clara.jpg" alt="Writer's picture" width="32" height="32"/></div><div class="G4eg8z">
<span class="tQ0Q1A" data-hook="user-name"><a href="https://www.northlightinteriors.example/profile/clara/profile">Clara Whitcombe</a></span>
<ul class="wTD6U_"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Oct 14, 2025">Oct 14, 2025</span></li><li><span
class="post-metadata__readTime" data-hook="time-to-read" title="4 min read">4 min read</span></li></ul><span class="yq4m6b" data-hook="updated-date">Updated:
Oct 16, 2025</span></div></div><div class="HiNPdh" data-hook="more-button"><button type="button" aria-label="More actions"
aria-haspopup="true"><svg></svg></button>
</div></div>
<div class="gavQFZ" data-hook="post-title"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title">${wxTitle}</h1></div>
<div class="moHCnT" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer"><div class="kvdbP" data-hook="rcv-block-first">
${wxPs(wxP1)}
<div data-breakout="normal" class="_3CWa- _1f6rk"><div data-hook="imageViewer" class="_3zxsz" role="button" tabindex="0" aria-label="${wxCaption}"><wow-image
data-image-info='{"imageData":{"width":1600,"height":1067,"uri":"3f1a2c_snug.jpg"}}'><img
src="https://static.wixstatic.example/media/3f1a2c_snug.jpg/v1/fill/w_740,h_493/3f1a2c_snug.jpg"
alt="" width="740" height="493" loading="lazy"/></wow-image></div><span dir="auto" class="_1Lyn1 _3gPsy"
data-hook="imageViewerCaption">${wxCaption}</span></div>
${wxH(wxH1)}
${wxPs(wxP2)}
${wxH(wxH2)}
${wxPs(wxP3)}
${wxH(wxH3)}
${wxPs(wxP4)}
<ul class="_2M2an public-DraftStyleDefault-ul">${wxL1.map((t) => `<li dir="auto" class="_1j-51 _1FoOD" id="${wxId()}">${wxP(t)}</li>`).join('')}</ul>
${wxPs(wxP5)}
${wxH(wxH4)}
${wxPs(wxP6)}
${wxH(wxH5)}
${wxPs(wxP7)}
</div></div></div>
<div class="DivF4p" data-hook="post-footer"><div class="EQ2ZWq" data-hook="post-categories-list"><ul><li><a class="Cy2iKu"
href="https://www.northlightinteriors.example/blog/categories/small-spaces">
Small Spaces</a></li><li><a class="Cy2iKu" href="https://www.northlightinteriors.example/blog/categories/lighting">Lighting</a></li></ul></div>
<nav class="KBN8PN" data-hook="post-tags" aria-label="Tags"><p class="Qn6cAS">Tags:</p><ul>${wxTags
  .map(
    (t) => `<li><a class="tag-link" data-hook="tag"
href="https://www.northlightinteriors.example/blog/tags/${t.replace(' ', '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="Ad3fWs" data-hook="post-main-actions-desktop"><div class="tmbjz9" data-hook="share-buttons"><button data-hook="share-button"
aria-label="Share via Facebook">
<svg></svg></button><button data-hook="share-button" aria-label="Share via X"><svg></svg></button><button data-hook="share-button"
aria-label="Share via LinkedIn">
<svg></svg></button><button data-hook="share-button" aria-label="Share via link"><svg></svg></button></div></div>
<div class="aGhJ0m" data-hook="post-stats"><div class="S7Yt0u"><span class="lIM4F3" data-hook="view-count">312 views</span><span class="lIM4F3"
data-hook="comment-count">1 comment</span></div><div class="B0BROJ" data-hook="like-button-with-count"><span class="ZqKcEJ"
data-hook="like-button-with-count__like-count">14</span><button type="button" class="zUZxUd" aria-label="Post not marked as liked"
aria-pressed="false"><svg></svg>
</button></div></div></div></div></article></div>
<section class="wPr4kN" data-hook="recent-posts"><div class="VYsShe"><h2 class="sGbU6v">Recent Posts</h2><a class="Jc3sXD"
href="https://www.northlightinteriors.example/blog"
data-hook="see-all-link">See All</a></div><div class="OA5Fyk" data-hook="post-list">${wxRecent
  .map(
    ([t, v, c]) => `<div class="Z0i0Xp" data-hook="post-list-item"><a class="bdbSSp" href="https://www.northlightinteriors.example/post/${(t ?? '').length}"
data-hook="post-title"><p class="ABCv2K">${t}</p></a><div class="eKpGHc" data-hook="post-footer"><span data-hook="view-count">${v}</span><span
data-hook="comment-count">${c}</span><span data-hook="like-count">${c}</span></div></div>`,
  )
  .join('\n')}</div></section>
<div class="uJbuxe" data-hook="comments-root"><div class="Q1J98S"><h2 class="ISnmlN" data-hook="comments-header">Comments</h2><div class="YSL_l8"
data-hook="comment-box-placeholder"><p class="PJ8cGg">Write a comment...</p></div><div class="w2Re8Q" data-hook="comment"><div class="EKkX8a"><span
data-hook="author-name">${wxComment[0]}</span><span data-hook="comment-time">${wxComment[1]}</span></div><div
data-hook="comment-content"><p>${wxComment[2]}</p></div>
<div class="pzc6xY"><button data-hook="like-button">Like</button><button data-hook="reply-button">Reply</button></div></div></div></div>
</div></div></div></div></div></section></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="D0ymfK SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div><div class="U4Bvut">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content"><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer"
data-testid="mesh-container-content">
<div id="comp-lm2xa0k1" class="KcpHeO tz5MQ8 comp-lm2xa0k1 wixui-rich-text" data-testid="richTextElement">${wxFoot
  .map((t) => `<p class="font_8 wixui-rich-text__text" style="font-size:14px;"><span class="wixui-rich-text__text">${t}</span></p>`)
  .join('\n')}</div>
<div id="comp-lm2xa0k4" class="KcpHeO tz5MQ8 comp-lm2xa0k4 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"
style="font-size:12px;">
<span class="wixui-rich-text__text">© 2025 by Northlight Interiors. Powered and secured by <a href="https://www.wix.example" target="_blank"
class="wixui-rich-text__text">Wix</a></span></p></div></div></div></div></footer>
</div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mHZSwn">bottom of page
</span></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="Q3g0KW" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner">
<div class="aCl6Jx"><p data-hook="ccsu-banner-text" id="ccsu-banner-text-content">${wxCookie} <a href="https://www.northlightinteriors.example/privacy-policy"
data-hook="ccsu-banner-policy-link">Privacy Policy</a></p><div class="VgTJ3p"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[]},
"appsWarmupData":{"14bcded7-0066-7c35-14d7-466cb3f09103":
{"post-page-widget":{"post":{"title":"${wxTitle}","slug":"five-ways-to-make-a-north-facing-room-feel-brighter","minutesToRead":4,"viewCount":312}}}}}</script>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.8b1f3e2c.bundle.min.js" async></script>
</body>
</html>`;
const wixPost: TestPage = {
  html: wxHtml,
  name: 'heldout125-wix-blog',
  kind: 'blog',
  // the numbered h2s are the headings; the last paragraph (an offer of help) is the writer's and is body; author, date,
  // read time and the updated date are bylines; the site and blog menus (with the hidden "More"), "top of page" and
  // "bottom of page", caption, categories, tags, counts, recent posts, the comment, footer and consent banner are furniture
  title: wxTitle,
  headings: [wxH1, wxH2, wxH3, wxH4, wxH5],
  body: texts([...wxP1, ...wxP2, ...wxP3, ...wxP4, ...wxL1, ...wxP5, ...wxP6, ...wxP7]),
  bylines: ['Clara Whitcombe', 'Oct 14, 2025', '4 min read', 'Updated: Oct 16, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'top of page', 'NORTHLIGHT INTERIORS', ...wxNav, 'More', 'Log In', ...wxCats, wxCaption, 'Tags:', ...wxTags, '312 views',
    '1 comment', '14', 'Recent Posts', 'See All', ...wxRecent.map((r) => r[0] ?? ''), 'Comments', 'Write a comment...', ...wxComment, 'Like', 'Reply',
    ...wxFoot.slice(1), wxCopy, 'bottom of page', wxCookie, 'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT125_D: readonly TestPage[] = [wixPost, squarespacePost];
