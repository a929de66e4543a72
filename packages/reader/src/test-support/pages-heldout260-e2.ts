import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file e2: a Wix blog post (page-builder markup: SITE_CONTAINER, comp-* wrappers, linkElement menu
 * items, the Ricos viewer with viewer-* paragraphs, data-hook hooks for the title, author, "time ago" and read time,
 * image captions, the post footer with tags, share, view / comment counts and likes, "Recent Posts" with "See All", the
 * comments box, the Wix free-site banner, the consent banner and a rich-text footer).
 */
const wTitle = 'What Happens Inside the Kiln During a Glaze Firing';
const wH = ['The slow climb', 'When glaze becomes glass', 'Cooling is part of the firing'];
const wP0 = [
  j(
    'Students at the studio often ask why a glaze firing takes all night when the kiln looks the same from the outside',
    'for hours. The short answer is that a lot is happening in there, and rushing any stage shows up on the pots.',
  ),
];
const wP1 = [
  j(
    'For the first few hours we raise the temperature slowly, about a hundred degrees an hour. Any water left in the glaze',
    'or the clay has to leave as steam without blistering the surface, and the organic binders in the glaze burn away.',
  ),
  j(
    'Around 573 degrees the quartz in the clay body changes shape, and the whole pot grows very slightly. Heating too fast',
    'through this point is how pieces crack with a sharp sound that every potter dreads.',
  ),
];
const wP2 = [
  j(
    'Most of our stoneware glazes melt between 1,200 and 1,260 degrees. The powder on the pot first sinters into a rough',
    'crust, then softens, then flows into a smooth skin. Bubbles rise through it and burst, and the last hour at the top',
    'temperature, the soak, gives those craters time to heal.',
  ),
  'During the soak we look through the spy hole for three signs:',
];
const wList = [
  'The witness cones bending over to the right angle.',
  'A wet, glassy shine on the test tile nearest the door.',
  'An even colour of heat across the back wall of the kiln.',
];
const wP3 = [
  j(
    'Many beginners think the firing ends when the kiln switches off. In fact the cooling shapes the glaze as much as the',
    'heating. A slow cool lets crystals grow in some glazes, which is how our speckled oatmeal glaze gets its texture.',
  ),
  j(
    'We never open the kiln above a hundred degrees. Cold air on hot glaze can craze the surface or crack a pot outright,',
    'so we wait, usually until the next afternoon, which is the hardest part of the whole process.',
  ),
];
const wNav = ['Home', 'Classes', 'Studio Hire', 'Shop', 'Blog', 'Contact'];
const wTags = ['Glazing', 'Kiln', 'Studio notes'];
const wRecent = ['Throwing a lidded jar in five steps', 'Our new reclaim system for clay scraps', 'Spring term class dates'];
const span = (t: string): string => `<span class="_2PHJq public-DraftStyleDefault-ltr" style="font-size:18px">${t}</span>`;
const rp = (ts: readonly string[], k: string): string =>
  ts.map((t, i) => `<p class="MMl86 _1j-51 RkGMJ _1FoOD" dir="auto" id="viewer-${k}${i}" type="paragraph">${span(t)}</p>`).join('\n');
const rh = (t: string, k: string): string => `<h2 class="_1ZIGh _1j-51 _1FoOD" dir="auto" id="viewer-${k}"><span class="_2PHJq">${t}</span></h2>`;
const menu = wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item hX6xO" data-testid="menuItem"><a data-testid="linkElement"
href="https://www.emberhousepottery.example/${t.toLowerCase().replace(/ /g, '-')}" class="StylableHorizontalMenu3372578893__menuItem"><div
class="itemDepth02233374943__itemWrapper">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title><meta name="description" content="What goes on inside a kiln overnight.">
<link rel="canonical" href="https://www.emberhousepottery.example/post/inside-the-kiln"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Delphine Achterberg"},
"datePublished":"2026-01-29T14:20:00.000Z"}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","blog","comments","consentPolicy"],"site":{"metaSiteId":"a1e7"}}</script>
<style id="css_masterPage">#SITE_CONTAINER{position:relative}.comp-lq3k1e2b{--rd:0px}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div class="comp-lq3k1e2b wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"
style="font-size:28px;"><span class="wixui-rich-text__text">Emberhouse Pottery</span></p></div>
<nav aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">${menu}</ul></nav>
<div id="comp-login" class="comp-login wixui-login-bar"><button class="Ngt9Uq" aria-label="Log In"><span class="Ngt9Uq-text">Log In</span></button></div>
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="comp-blog-post-page"><div data-hook="post-page">
<div class="blog-post-page-font _27bMB"><article class="blog-post-page-font" data-hook="post">
<div class="aGBma" data-hook="post-header"><div class="blog-post-metadata-font"><div data-hook="avatar-image" class="_1UWP5"></div>
<div class="_1cGvP"><a href="/profile/delphine/profile" data-hook="profile-link"><span data-hook="user-name" class="tQ0Q1A user-name">Delphine
Achterberg</span></a>
<div class="_2Ia9f"><span data-hook="time-ago" title="Jan 29" class="post-metadata__date time-ago">Jan 29</span><span class="_2KLT6">·</span>
<span data-hook="time-to-read" title="4 min read" class="post-metadata__readTime">4 min read</span></div></div>
<button data-hook="more-button" aria-label="More actions" class="_2ybeX"></button></div></div>
<div data-hook="post-title"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title">${wTitle}</h1></div>
<div data-hook="post-description" class="_28EIo"><div data-id="content-viewer" class="ricos-viewer" data-hook="ricos-viewer"><div dir="ltr" class="Mm0zt
post-content__body" data-rce-version="10.201.0"><div class="_2zB6m" data-hook="rcv-block-first">
${rp(wP0, 'a')}
<div data-hook="rcv-block1"><figure data-hook="figure-IMAGE" class="_3jnGp"><div data-hook="imageViewer" class="_3yDrL"><img alt=""
src="https://static.wixstatic.example/media/kiln.jpg"
data-pin-media="kiln.jpg"></div><figcaption data-hook="imageViewerCaption" class="_28Hc2"><span dir="auto">Cones in front of the spy hole at 1,240 degrees.
Photo: Emberhouse Pottery</span></figcaption></figure></div>
${rh(wH[0] ?? '', 'h1')}
${rp(wP1, 'b')}
${rh(wH[1] ?? '', 'h2')}
${rp(wP2, 'c')}
<ul class="_3R4Bg">${wList.map((t, i) => `<li class="_2p6Bu" dir="auto"><p class="MMl86 _1j-51" id="viewer-l${i}">${span(t)}</p></li>`).join('\n')}</ul>
${rh(wH[2] ?? '', 'h3')}
${rp(wP3, 'd')}
</div></div></div></div>
<div data-hook="post-footer" class="_1nvFm"><div class="_3zFXZ" data-hook="post-tags"><ul aria-label="Tags" class="_1Lrw8">${wTags
  .map((t) => `<li><a data-hook="tag" class="_2RmBv" href="/blog/tags/${t.toLowerCase().replace(/ /g, '-')}"><span>${t}</span></a></li>`)
  .join('')}</ul></div>
<div class="ZKe6E" data-hook="post-main-actions-desktop"><div data-hook="share-buttons"><button aria-label="Share via Facebook" class="_1Gmkz">
</button><button aria-label="Share via LinkedIn" class="_1Gmkz"></button><button aria-label="Copy link" class="_1Gmkz"></button></div></div>
<div class="_1H1GL" data-hook="post-stats"><span data-hook="view-count" class="_2ml4W">318 views</span><span data-hook="comment-count" class="_2ml4W">2
comments</span>
<div data-hook="like-button-with-count"><span class="_10yUr">14</span><span class="like-button-with-count__like-count sr-only">Post not marked as
liked</span></div>
</div></div></article>
<section data-hook="recent-posts" class="_3a5Ti"><div class="_27nPq"><h2 class="blog-post-title-font">Recent Posts</h2><a data-hook="see-all-link"
href="/blog">See All</a>
</div><div class="_3gKNu">${wRecent
  .map(
    (t) => `<div data-hook="post-list-item" class="_1yHfI"><a href="#"><h3 data-hook="post-title" class="blog-post-title-font">${t}</h3>
</a></div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments-widget" class="_2sTJm"><h2 class="_1d6FA">Comments</h2><div data-hook="comment-box"><div class="_20eh8" role="textbox">Write a
comment...
</div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div class="comp-lq3k5f0a wixui-rich-text" data-testid="richTextElement"><p class="font_8
wixui-rich-text__text">Emberhouse Pottery, Unit 4, Tanner’s Yard, Kestow</p><p class="font_8 wixui-rich-text__text">© 2026 by Emberhouse Pottery. Powered and
secured by <a href="https://www.wix.example" target="_blank">Wix</a></p></div></footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw"><a data-testid="linkElement" href="//www.wix.example/lpviral/enviral" class="_mC9g5"><span class="_2JmEu">This site was
designed with the
<span>Wix</span> website builder. Create your website today.</span><span class="_8B1Tq">Start Now</span></a></div>
<div id="consent-banner-root" class="consent-banner"><div data-hook="consent-banner-root" role="dialog"><p data-hook="ccsu-banner-text">This website uses
cookies.
By continuing to use this site, you accept our use of cookies.</p><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.c2e1f.bundle.min.js" async></script></body></html>`;
export const wix: TestPage = {
  name: 'heldout260-wix-blog-page-builder',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wP0, ...wP1, ...wP2, ...wList, ...wP3]),
  bylines: ['Delphine Achterberg', 'Jan 29'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Emberhouse Pottery', ...wNav, 'Log In', '4 min read', 'Cones in front of the spy hole at 1,240 degrees. Photo: Emberhouse Pottery',
    ...wTags,
    '318 views', '2 comments', 'Post not marked as liked', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    'Emberhouse Pottery, Unit 4, Tanner’s Yard, Kestow', '© 2026 by Emberhouse Pottery. Powered and secured by Wix',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
    'This website uses cookies. By continuing to use this site, you accept our use of cookies.', 'Accept',
  ],
};
