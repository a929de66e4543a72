import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout509-kit.js';

/**
 * Held-out batch 509, file c2: an interior designer's blog post on Wix (Wix Blog with the rich content viewer), with the
 * post metadata, share icons, view and comment counts, recent posts, a comment box and the Wix site header and footer.
 */
const xTitle = 'Five rules for choosing a white paint';
const xSecs = [
  {
    h: '1. Look at the room, not the chart',
    ps: [
      j(
        'A white that glows on a north-facing landing can look grey and flat in a south-facing kitchen. Paint two large sample boards,',
        'at least A3, and move them around the room over a whole day before you decide anything.',
      ),
    ],
  },
  {
    h: '2. Know the undertone',
    ps: [
      j(
        'Every white leans somewhere: towards yellow, pink, green or blue. Hold your samples against a sheet of plain printer paper',
        'and the lean becomes obvious. Warm undertones suit old houses with wooden floors; cooler ones suit concrete and steel.',
      ),
    ],
  },
  {
    h: '3. Match the finish to the job',
    ps: [
      j(
        'Flat matt hides uneven plaster beautifully but marks easily. In hallways and children’s rooms we use a washable matt, and on',
        'woodwork an eggshell rather than gloss, which can look harsh next to chalky walls.',
      ),
    ],
  },
  {
    h: '4. Use one white for the ceiling and walls',
    ps: [
      j(
        'Brilliant white ceilings over off-white walls make the walls look dirty. Using the same colour throughout, or the ceiling a',
        'quarter strength of the walls, lets the room read as one calm box.',
      ),
    ],
  },
  {
    h: '5. Don’t rush the decision',
    ps: [
      j(
        'We have clients who lived with three samples for a month. Nobody has ever regretted waiting; plenty have regretted repainting',
        'a whole house because the white looked different on a January afternoon.',
      ),
      'If you would like help choosing, our two-hour colour consultation covers a whole floor.',
    ],
  },
];
const xIntro = j(
  'White is the colour our clients ask about most, and the one they most often get wrong the first time. There are hundreds of',
  'whites on the market, and the differences between them only show once they are on your walls.',
);
const xNav = ['Home', 'About', 'Portfolio', 'Services', 'Blog', 'Contact'];
const xRecent = ['A rental flat refresh for under £3,000', 'Kitchen lighting in three layers', 'Our favourite antique shops in Sussex'];
let vid = 0;
const vp = (t: string): string =>
  `<div type="paragraph" class="fixed-tab-size" data-hook="rcv-block${++vid}"><p class="_6dkG5 HEmrn Nno4K" dir="auto" id="viewer-p${vid}">
<span class="QJeUB"><span>${t}</span></span></p></div>`;
const vh = (t: string): string =>
  `<div type="heading" data-hook="rcv-block${++vid}"><h2 class="_6dkG5 eVY0b Nno4K" dir="auto" id="viewer-h${vid}"><span class="QJeUB"><span>
<span style="font-weight:700">${t.replace(/&/g, '&amp;')}</span></span></span></h2></div>`;
const xBody = [vp(xIntro), ...xSecs.flatMap((s) => [vh(s.h), ...s.ps.map(vp)])].join('\n');
const xNavHtml = xNav
  .map(
    (n, i) =>
      `<li data-testid="comp-lnav${i}" class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.hartlyinteriors.com/${n
        .toLowerCase()
        .replace(
          'home',
          '',
        )}" class="UiHgGh"><div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label">${n}</span></div></a></li>`,
  )
  .join('\n');
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>${xTitle}</title><meta name="description" content="${xIntro}"><link rel="canonical" href="https://www.hartlyinteriors.com/post/white-paint">
<meta property="og:title" content="${xTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Hartly Interiors">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${xTitle}","datePublished":"2026-03-03T10:14:02.115Z",
"author":{"@type":"Person","name":"Clara Hartly"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"b7c1d2e3","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;z-index:50}#SITE_FOOTER{--bg:33,33,33}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-logo" class="comp-logo wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><a href="https://www.hartlyinteriors.com">HARTLY INTERIORS</a></p></div>
<nav id="comp-menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNavHtml}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="TPASection_blog" class="TPASection_blog"><div class="blog-post-page-font"><div data-hook="post-page"><section data-hook="post-main-actions-desktop"
class="post-main-actions"><div class="post-metadata"><div data-hook="avatar-image" class="avatar"><img src="https://static.wixstatic.com/media/clara.jpg"
alt="Writer's picture"></div>
<div class="author-info"><span data-hook="user-name" class="user-name">Clara Hartly</span><ul class="post-metadata__list"><li><span data-hook="time-ago"
title="Mar 3">Mar 3</span></li>
<li><span data-hook="time-to-read">3 min read</span></li></ul></div></div><button data-hook="more-button" aria-label="More actions"></button></section>
<article data-hook="post" class="blog-post-page-font"><div data-hook="post-header"><h1 class="blog-post-title-font blog-post-title-color"
data-hook="post-title">
<span class="post-title__text blog-post-title-font">${xTitle}</span></h1></div>
<div data-hook="post-description" class="post-content"><div class="post-content__body" data-id="content-viewer"><div class="rich-content-viewer"
data-hook="rcv-root"
dir="ltr" data-id="rich-content-viewer">
${xBody}
</div></div></div>
<div class="post-footer"><div data-hook="post-main-actions__share" class="post-main-actions"><div class="share-buttons">
<button aria-label="Share via Facebook" data-hook="share-button"></button><button aria-label="Share via X" data-hook="share-button"></button>
<button aria-label="Share via LinkedIn" data-hook="share-button"></button><button aria-label="Share via link" data-hook="share-button"></button></div></div>
<div data-hook="post-stats" class="post-stats"><span data-hook="view-count">214 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span data-hook="like-button-count">12</span></button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title">Recent Posts</h2>
<a data-hook="recent-posts-see-all" href="/blog">See All</a></div><div class="recent-posts__list">
${xRecent
  .map(
    (t) => `<div data-hook="post-list-item" class="post-list-item"><a href="/post/x">
<h3 data-hook="post-title" class="post-title">${t.replace('&', '&amp;')}</h3></a></div>`,
  )
  .join('\n')}
</div></section>
<section data-hook="comments-section" class="comments-section"><h2 data-hook="comments-title">Comments</h2><div data-hook="comment-box">
<button class="comment-box__placeholder" data-hook="comment-box-placeholder">Write a comment...</button></div>
<div data-hook="empty-state"><p>Share your thoughts</p><p>Be the first to write a comment.</p></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-foot1" class="wixui-rich-text"
data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">Hartly Interiors, 41 High Street, Lewes</p><p class="font_8 wixui-rich-text__text">studio@hartlyinteriors.com</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Hartly Interiors.</p></div><ul class="social-bar" aria-label="Social Bar"><li><a
href="https://www.instagram.com/"
target="_blank"><img src="https://static.wixstatic.com/media/ig.png" alt="Instagram"></a></li></ul></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span>
</div></div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4f2b0d.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout509-wix-interior-blog',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xSecs.map((s) => s.h),
  body: texts([xIntro, ...xSecs.flatMap((s) => s.ps)]),
  bylines: ['Clara Hartly', 'Mar 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'HARTLY INTERIORS', ...xNav, '3 min read', '214 views', '0 comments', '12', 'Recent Posts', 'See All', ...xRecent, 'Comments',
    'Write a comment...', 'Share your thoughts', 'Be the first to write a comment.', 'Hartly Interiors, 41 High Street, Lewes', 'studio@hartlyinteriors.com',
    '© 2026 by Hartly Interiors.', 'bottom of page',
  ],
};

export const HELDOUT509_C2: readonly TestPage[] = [wix];
