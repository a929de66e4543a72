import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file d2: a sorority chapter's news post on a Wix site with Wix Blog (SITE_HEADER with the horizontal
 * menu, the post header with writer, "time ago" date and read time, rich content blocks with data-hook attributes, an
 * image caption, the share bar, view and comment counters, the "Recent Posts" widget, the comments box and the footer).
 */
const xTitle = 'Theta Rho Chapter Celebrates 50 Years at Linwood';
const xP1 = [
  j(
    'On the weekend of September 27, more than 180 sisters of the Theta Rho chapter of Kappa Lyra Sigma returned to Linwood',
    'College to mark fifty years since the chapter&#39;s founding in 1975. Members from every pledge class but one were there,',
    'and the chapter&#39;s first president, Carol Ann Whitfield, cut the cake.',
  ),
  j(
    'The celebration began on Friday night with an open house at the chapter home on Elm Row, where current members had',
    'hung photographs from each decade along the stairwell. Alumnae spent most of the evening trying to identify themselves.',
  ),
];
const xH1 = 'Saturday on the lawn';
const xP2 = [
  j(
    'Saturday&#39;s brunch on the front lawn featured short remarks from three generations of chapter leaders. Whitfield',
    'recalled the chapter&#39;s first philanthropy project, a walk-a-thon that raised $312 for the county library. Current',
    'president Jaya Ramaswamy announced that this year the chapter raised $21,450 for literacy programs, a chapter record.',
  ),
  'The weekend also included:',
];
const xList = [
  'A tour of the restored chapter home, including the new study room named for the late Doris Penhallow',
  'A service project packing 600 book bundles for Linwood County elementary schools',
  'The anniversary banquet at the Linwood Inn, with a slideshow from the chapter archives',
];
const xH2 = 'Looking ahead';
const xP3 = [
  j(
    'The alumnae board used the weekend to launch a scholarship fund in the chapter&#39;s name. The Theta Rho Golden',
    'Scholarship will award $2,500 each spring to a member who shows leadership in service, starting in 2027.',
  ),
  j(
    'Thank you to every sister who traveled, wrote, called or sent photos. Here is to the next fifty years, and to the pledge',
    'class of 1981, whom we are still hoping to hear from.',
  ),
  j(
    'Photos from the weekend are posted in the alumnae online group, and a printed anniversary booklet with a history of',
    'the chapter, written by chapter historian Grace Lund, will be mailed to every member on the alumnae list this winter.',
    'If your address has changed, please update it with the alumnae board before December 1.',
  ),
];
const xMenu = ['Home', 'About Us', 'Recruitment', 'Philanthropy', 'Alumnae Relations', 'News', 'Contact'];
const xRecent = ['Fall Recruitment Recap', 'Meet Our New Executive Board', 'Alumnae Spotlight: Dr. Rae Kimura'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title>
<meta name="description" content="More than 180 sisters returned to Linwood to mark fifty years of the Theta Rho chapter.">
<link rel="canonical" href="https://www.thetarholinwood.example/post/theta-rho-celebrates-50-years"><meta property="og:title" content="${xTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Theta Rho | Kappa Lyra Sigma">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}",
"author":{"@type":"Person","name":"Maddie Okafor"},"datePublished":"2025-10-03T18:12:00.000Z"}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["blog","commentsFeature"],"viewMode":"desktop","language":"en"}</script>
<script>window.viewerModel = {"fleetConfig":{"type":"Rollout"},"siteAssets":{"clientTopology":{}}};</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lj3k1x2a" class="comp-lj3k1x2a wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">Theta Rho | Kappa Lyra Sigma</p></div>
<nav id="comp-lj3k2m9f" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site"><ul class="itemsContainer">
${xMenu
  .map(
    (m) => `<li class="wixui-horizontal-menu__item"><a class="StylableHorizontalMenu__menuItem"
href="#"><span class="label">${m}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="blog-post-page-font"><article class="post-page-post" data-hook="post">
<div class="post-header" data-hook="post-header"><div class="post-metadata" data-hook="post-metadata">
<span class="user-name" data-hook="user-name">Maddie Okafor</span><ul class="post-metadata__list">
<li><span class="time-ago" data-hook="time-ago" title="Oct 3, 2025">Oct 3, 2025</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read">3 min read</span></li></ul></div>
<button class="more-button" aria-label="More actions" data-hook="more-button"></button></div>
<h1 class="blog-post-title-font blog-post-title-color post-title" data-hook="post-title"><span class="post-title__text">${xTitle}</span></h1>
<div class="post-content__body" data-hook="post-description"><div class="_3c8ZE rich-content-viewer" data-id="rich-content-viewer">
${xP1.map((p, i) => `<p class="mm8Nw _1j-51 public-DraftStyleDefault-block-depth0" id="viewer-p${i}" dir="auto"><span>${p}</span></p>`).join('\n')}
<div data-hook="rcv-block-image" class="image-block"><figure><img src="https://static.wixstatic.example/media/a1b2c3_lawn.jpg" alt="">
<figcaption class="rich-content-image-caption" data-hook="imageViewerCaption">Three generations of Theta Rho presidents at Saturday's brunch.
</figcaption></figure></div>
<h2 class="_2Qsh0 public-DraftStyleDefault-block-depth0" id="viewer-h1" dir="auto"><span>${xH1}</span></h2>
${ps(xP2, ' class="mm8Nw _1j-51" dir="auto"')}
<ul class="_1e1rA public-DraftStyleDefault-ul">${xList.map((l) => `<li class="_2t6Jh" dir="auto"><p class="mm8Nw"><span>${l}</span></p></li>`).join('\n')}</ul>
<h2 class="_2Qsh0" id="viewer-h2" dir="auto"><span>${xH2}</span></h2>
${ps(xP3, ' class="mm8Nw _1j-51" dir="auto"')}
</div></div>
<div class="post-footer" data-hook="post-footer"><div class="post-tags" data-hook="post-tags"><a href="#" data-hook="tag">ThetaRho50</a>
<a href="#" data-hook="tag">Chapter News</a></div>
<div class="share-buttons" data-hook="share-buttons"><button data-hook="share-button" aria-label="Share via Facebook">Facebook</button>
<button data-hook="share-button" aria-label="Share via LinkedIn">LinkedIn</button>
<button data-hook="share-button" aria-label="Copy link">Copy link</button></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="views-counter">214 views</span><span data-hook="comments-counter">2 comments</span>
<button data-hook="like-button" aria-label="Like post">12 likes. Post not marked as liked</button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><h3 data-hook="recent-posts-title">Recent Posts</h3><a href="/blog" data-hook="see-all">See All</a>
${xRecent.map((r) => `<div data-hook="post-list-item"><h4 class="post-list-item-title">${r}</h4></div>`).join('\n')}</section>
<section class="comments" data-hook="comments-widget"><h3>Comments</h3><div data-hook="comment-box">Write a comment...</div>
<div class="comment" data-hook="comment"><span data-hook="author-name">CA Whitfield</span><span data-hook="comment-date">Oct 4, 2025</span>
<p>What a weekend. Thank you to the girls who organized every detail, and to whoever found my 1975 bell-bottoms photo.</p></div>
<div class="comment" data-hook="comment"><span data-hook="author-name">Lena Dorsey</span><span data-hook="comment-date">Oct 5, 2025</span>
<p>Class of 1981 here! We saw the call-out. Planning a mini reunion for spring, stay tuned.</p></div></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text"><p>© 2026 Theta Rho Chapter of Kappa Lyra Sigma. Linwood College, Linwood, PA.
</p><p>This site is maintained by the chapter and is not an official publication of Linwood College.</p></div></footer>
</div></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
export const wixChapter: TestPage = {
  name: 'heldout430-wix-blog-sorority-chapter-news',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xH1, xH2],
  body: texts([...xP1, ...xP2, ...xList, ...xP3]),
  bylines: ['Maddie Okafor', 'Oct 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Theta Rho | Kappa Lyra Sigma', ...xMenu, '3 min read', 'Three generations of Theta Rho presidents at Saturday\'s brunch.', 'ThetaRho50',
    'Chapter News', 'Facebook', 'LinkedIn', 'Copy link', '214 views', '2 comments', '12 likes. Post not marked as liked', 'Recent Posts', 'See All',
    ...xRecent, 'Comments', 'Write a comment...', 'CA Whitfield', 'Oct 4, 2025',
    'What a weekend. Thank you to the girls who organized every detail, and to whoever found my 1975 bell-bottoms photo.', 'Lena Dorsey',
    'Oct 5, 2025', 'Class of 1981 here! We saw the call-out. Planning a mini reunion for spring, stay tuned.',
    '© 2026 Theta Rho Chapter of Kappa Lyra Sigma. Linwood College, Linwood, PA.',
    'This site is maintained by the chapter and is not an official publication of Linwood College.',
  ],
};
