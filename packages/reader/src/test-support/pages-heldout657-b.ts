import { links, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout657-kit.js';

/** Held-out batch 657, file b: an oven cleaner's before-and-after post on a Wix blog (captioned photos, recent posts, comments box). */
const wTitle = 'Before & After: A Range Cooker Nobody Had Cleaned Since 2014';
const wIntro = [
  j(
    "This week's job was a seven-burner range cooker in a farmhouse kitchen outside Hallam Fen. The owners moved in last summer and",
    'inherited it with the house, along with what they reckoned was a decade of Sunday roasts baked onto every surface.',
  ),
  j(
    'Before we touch anything we photograph every part of the oven, so customers can see exactly what we started with. Here is how',
    'this one looked when we arrived.',
  ),
];
const wH = ['What we did', 'The result'];
const wDid = [
  'Removed the doors, racks, side runners and burner caps and put them in the heated dip tank on the van.',
  'Took the inner door glass apart so we could clean between the panes, where most of the brown streaking was.',
  'Hand-cleaned the cavities with a non-caustic gel and plastic scrapers, so the enamel was not scratched.',
  'Degreased the hob, the extractor hood filters and the splashback behind the burners.',
];
const wResult = [
  j(
    'Four and a half hours, start to finish. The enamel came back almost like new, apart from one chip on the left-hand oven floor',
    'that was there before we started. We always point out damage like this at the beginning so there are no surprises.',
  ),
  j('If your range cooker looks anything like the before photos, get in touch and we will send you a fixed price from a couple of', 'pictures.'),
];
const wCaps = [
  'Before: the main oven door, with the glass barely see-through',
  'After: the same door after four hours in the dip tank',
  'The racks and runners, before and after the tank',
];
const wNav = ['Home', 'Services', 'Prices', 'Before & After', 'Blog', 'Contact'];
const wRecent = [
  'Why Your Oven Smokes After You Clean It Yourself',
  'Range Owners: How Often Should You Book a Deep Clean?',
  'Three Oven Racks, One Dip Tank: A Time-Lapse',
];
let wId = 0;
const rcvP = (t: string): string => `<div class="_3Zzun" data-hook="rcv-block${++wId}"></div><p class="MMl86N bPwNbb" dir="auto" id="viewer-p${wId}">
<span style="font-size:18px">${t}</span></p>`;
const rcvH = (t: string): string => `<h2 class="F1SPm5 bPwNbb" dir="auto" id="viewer-h${++wId}"><span style="font-weight:700">${t}</span></h2>`;
const rcvFig = (cap: string, img: string): string => `<div data-breakout="normal" class="_4rM2a"><figure data-hook="figure-IMAGE" class="IEK2x">
<div data-hook="imageViewer" class="_1Wd8y" role="button" tabindex="0"><div class="_3WJnn"><wow-image data-image-info="{}"><img
src="https://static.wixstatic.com/media/${img}"
alt="" style="width:100%;object-fit:cover"></wow-image></div></div><figcaption class="_1Ug4H" data-hook="imageViewerCaption" dir="auto">
<span dir="auto" class="_2TqpV">${cap}</span></figcaption></figure></div>`;
const wBodyHtml = [
  ...wIntro.map(rcvP),
  rcvFig(wCaps[0] ?? '', '8d2c1a_41e0~mv2.jpg'),
  rcvFig(wCaps[1] ?? '', '8d2c1a_41e1~mv2.jpg'),
  rcvH(wH[0] ?? ''),
  `<ul class="FmpFT"> ${wDid.map((t) => `<li class="_3M0Nh" dir="auto"><p class="MMl86N" dir="auto">${t}</p></li>`).join('\n')}</ul>`,
  rcvFig(wCaps[2] ?? '', '8d2c1a_41e2~mv2.jpg'),
  rcvH(wH[1] ?? ''),
  ...wResult.map(rcvP),
].join('\n');
const wMenu = wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement"
href="https://www.ovengleamlincs.co.uk/${t === 'Home' ? '' : t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="UiHgGh"><div class="itemDepth02233374943__root"><p class="StylableButton2545352419__label">${esc(t)}</p></div></a></li>`,
  )
  .join('\n');
const wCards = wRecent
  .map(
    (t, i) => `<div class="gallery-item-container" data-hook="post-list-item"><a href="/post/recent-${i}" class="jlLeOb"><div class="V9ztjZ"
data-hook="post-title"><p class="bD0vt9">${t}</p></div></a><div class="_1kBAN" data-hook="post-footer"><span class="oBbhK" aria-hidden="true"><span
hidden>${12 + i * 7} views</span></span></div></div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${esc(wTitle)}</title>
<link rel="canonical" href="https://www.ovengleamlincs.co.uk/post/before-after-range-cooker"><meta property="og:type" content="article">
<meta property="og:site_name" content="OvenGleam Lincs"><meta property="article:published_time" content="2027-02-02T10:15:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Tomasz Orrell"},"datePublished":"2027-02-02T10:15:00.000Z","publisher":{"@type":"Organization","name":"OvenGleam Lincs"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"3c6a1f52","isPremiumDomain":true},"language":{"userLanguage":"en"}};</script>
<style>#SITE_CONTAINER{background:#fff}.font_8{font:normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496,sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1AQ ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mDzRgi">top of page</span></div><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP"
data-testid="skipToContentButton">Skip to Main Content</button>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div id="comp-ka1hd6n8" class="comp-ka1hd6n8 wixui-rich-text" data-testid="richTextElement"><p class="font_0"
style="font-size:26px"><span class="wixui-rich-text__text">OvenGleam Lincs</span></p></div><nav id="comp-ka1hd6nb" aria-label="Site"
class="comp-ka1hd6nb wixui-dropdown-menu"><ul class="lR1j8F" role="list">${wMenu}</ul></nav>
<div id="comp-ka1he2yq" class="comp-ka1he2yq wixui-rich-text" data-testid="richTextElement"><p class="font_8"><span>Call 01632 960725</span></p></div>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="PFkO7r wixui-page" id="TPASection_kb8e3n7y">
<div class="blog-header"><nav class="TFuKA" data-hook="blog-desktop-header-container"><ul class="hO7qE" data-hook="category-list">
<li><a class="Sa3qG" href="/blog">All Posts</a></li><li><a class="Sa3qG" href="/blog/categories/before-after">Before &amp; After</a></li>
<li><a class="Sa3qG" href="/blog/categories/oven-care-tips">Oven Care Tips</a></li></ul><div data-hook="search-input"><label
class="QvsUv">Search</label><input type="search" aria-label="Search" placeholder=""></div></nav></div>
<article class="blog-post-page-font" data-hook="post"><div class="XLsDu" data-hook="post-header"><div class="qT6Ss"><div data-hook="avatar-image"
class="PHSbA"><img alt="Tomasz Orrell" src="https://static.wixstatic.com/media/8d2c1a_avatar.jpg"></div><div class="ZpbU_"><div
data-hook="user-name" class="SXfMt"><span class="tQ0Q1A user-name">Tomasz Orrell</span></div><ul class="wOj8xw"><li><span
data-hook="time-ago" class="time-ago" title="Feb 2, 2027">Feb 2, 2027</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime"
title="2 min read">2 min read</span></li></ul></div></div><div class="_2bSmp"><button data-hook="more-button" aria-label="More actions"
class="_2D3gk"></button></div></div>
<div class="Z5zwF"><h1 class="H3vOVf" data-hook="post-title"><span class="post-title__text blog-post-title-font">${esc(wTitle)}</span></h1></div>
<div class="_6SyeS" data-hook="post-description"><div class="post-content__body"><div class="xTxj8" data-id="content-viewer"><div
class="RicosViewer" dir="ltr" data-hook="ricos-viewer">
${wBodyHtml}
</div></div></div></div>
<div class="_2Mtcx" data-hook="post-footer"><div class="cPIqT" data-hook="post-main-actions-desktop"><div class="CQx4u"><button aria-label="Share on Facebook"
class="_3mPzR"></button><button aria-label="Share on X" class="_3mPzR"></button><button aria-label="Share on LinkedIn" class="_3mPzR"></button><button
aria-label="Copy link" class="_3mPzR"></button></div></div><div class="HC8Ln" data-hook="post-categories-list"><a href="/blog/categories/before-after"
class="Fs1Lz">Before &amp; After</a></div><div class="iuAsF"><div class="Ioyax" data-hook="post-stats"><span class="view-count" data-hook="views">38
views</span><span class="comment-count" data-hook="comments">0 comments</span></div><button data-hook="like-button" class="uHFoX"><span
class="mDzRgi">Post not marked as liked</span></button></div></div></article>
<section class="AH3Bp" data-hook="recent-posts"><div class="_1lmHX"><h2 class="_3iMyE">Recent Posts</h2><a href="/blog" class="Y1kII">See All</a></div>
<div class="_3n3xV" data-hook="recent-posts-list">${wCards}</div></section>
<section data-hook="comments-section" class="comments-section"><h2 class="comments-title">Comments</h2><button data-hook="comment-box-placeholder"
class="rjd5t">Write a comment...</button></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-ka1hf3zd" class="wixui-rich-text"
data-testid="richTextElement"><p class="font_9" style="text-align:center"><span>©2027 by OvenGleam Lincs. Proudly created with
<a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix.com</a></span></p></div></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Qd1AQ ignore-focus" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mDzRgi">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7b1e4bbf.bundle.min.js" async></script></body></html>`;
const wixBlog: TestPage = {
  name: 'heldout657-wix-range-cooker-before-after',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wDid, ...wResult]),
  bylines: ['Tomasz Orrell', 'Feb 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'OvenGleam Lincs', ...wNav.filter((t) =>
t !== 'Before & After'), 'Call 01632 960725', 'All Posts', 'Oven Care Tips', 'Search', '2 min read',
    ...wCaps, '38 views', '0 comments', 'Post not marked as liked', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    '©2027 by OvenGleam Lincs. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT657_B: readonly TestPage[] = [wixBlog];
