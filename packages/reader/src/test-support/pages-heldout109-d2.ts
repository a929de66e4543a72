import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file d2: a Wix Blog post on a free Wix site (the Wix "designed with" ad banner at the top, the
 * site header with its "More" overflow menu and "Log In", the blog category menu, the post header with author, date,
 * reading time and the "..." menu, rich-content paragraphs in Wix's hashed classes with the post's own headings, an
 * image caption, the share bar, the tag list, views / comments / like counts, "Recent Posts" with "See All", the
 * comments widget with "Write a comment..." and the footer).
 */
const title = 'How we cut our studio’s energy bill by a third without new equipment';
const p0 = [
  'When our electricity contract came up for renewal last autumn, the new quote was almost double what we had been paying. ' +
    'We run a small screen-printing studio with two dryers, a heat press and a darkroom for exposing screens, so power is not ' +
    'a small line on the budget. We could not afford new machines, so we spent a month looking at how we used the ones we had.',
  'Six months later our monthly bill is down by 34 percent. None of what we did was clever, but all of it added up.',
];
const h1 = 'Step one: find out where it goes';
const p1 = [
  'We borrowed a plug-in energy monitor from the library and moved it from machine to machine for two weeks. The results ' +
    'surprised us. The conveyor dryer was the biggest user, as we expected, but the second biggest was the old fridge in the ' +
    'back where we keep inks cool, which was running almost constantly because its door seal had perished.',
];
const h2 = 'Step two: change the habits';
const p2 = ['Most of the savings came from small changes to how we work:'];
const habits = [
  'We batch all printing into three long days instead of running the dryer a little every day, so it only heats up three times a week.',
  'The heat press is switched off at the wall between jobs, not left on standby.',
  'The darkroom extractor fan now runs on a timer instead of being left on all day.',
  'We replaced the fridge door seal for £18.',
];
const h3 = 'Step three: move to a cheaper tariff';
const p3 = [
  'Once we knew the dryer was the big user, we asked our supplier about a tariff with a cheaper overnight rate. We now warm ' +
    'the dryer on a timer from six in the morning, so it is ready when we arrive at eight and the expensive start-up happens ' +
    'on the cheaper rate.',
  'The whole process cost us about £60 and a few weeks of paying attention. If you run a small studio, start with a borrowed ' +
    'monitor. You will probably be surprised by what you find.',
];
const caption = 'Our conveyor dryer, the biggest single user of electricity in the studio.';
const wixAd = ['This site was designed with the', '.com', 'website builder. Create your website today.', 'Start Now'];
const nav = ['Home', 'Shop', 'Custom Orders', 'Workshops', 'Blog', 'Contact'];
const blogNav = ['All Posts', 'Studio Life', 'How We Print', 'News'];
const share = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const tags = ['studio', 'energy', 'small business'];
const recent = ['Our first wholesale order, and what we got wrong', 'Water-based inks: a year in', 'Meet Sol, our new apprentice'];
const recentStats = ['48', '2', '31', '0'];
const comments = [{ name: 'Nell Ashdown', time: 'Mar 12', text: 'The fridge seal! We had the same problem and never thought to check. Thank you.' }];
const footer = ['Unit 4, Tanyard Works, Brackley Hythe', 'hello@inkhouseprints.example', '© 2025 by Inkhouse Prints. Powered and secured by Wix'];
const rc = (t: string, i: number): string => `<div data-breakout="normal" class="wixui-rich-text__text"><p class="MW5IWV Dk2aGd" dir="auto" id="viewer-p${i}">
<span class="ZXmTc Yb2sZ4">${t}</span></p></div>`;
const rcH = (t: string, i: number): string => `<h2 class="nrPZz T1D8yq Dk2aGd" dir="auto" id="viewer-h${i}"><span class="ZXmTc Yb2sZ4">${t}</span></h2>`;
const html = `<!DOCTYPE html>
<html lang="en" data-wix-site-id="8a1f2c30"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>${title}</title><meta name="description" content="Six months, no new machines, and a monthly bill down by 34 percent.">
<link rel="canonical" href="https://inkhouseprints.wixsite.example/studio/post/energy-bill"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Inkhouse Prints"><meta property="article:author" content="Femi Adair">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","author":{"@type":"Person","name":"Femi Adair"},
"datePublished":"2025-03-10T09:12:00.000Z","publisher":{"@type":"Organization","name":"Inkhouse Prints"},"interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":1}]}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8a1f2c30"},"requestUrl":"https://inkhouseprints.wixsite.example/studio/post/energy-bill"}</script>
<script type="text/javascript" src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.6f21.bundle.min.js" async></script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="WIX_ADS" class="ytGGBw czJOIz ku3DBC"><a data-testid="linkElement"
href="//www.wix.example/lpvi"
class="ZRqFVh" target="_blank" rel="nofollow"><span class="RZF7Aj"><span data-hook="freemium-text">${wixAd[0]}</span> <span
class="wix-logo">Wix</span>${wixAd[1]} <span>${wixAd[2]}</span>
<span class="banner-button" data-hook="freemium-button">${wixAd[3]}</span></span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="Rb12Sz"><div id="comp-lx1a2b" class="comp-lx1a2b wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://inkhouseprints.wixsite.example/studio" class="wixui-rich-text__text">Inkhouse Prints</a></span></p></div>
<nav id="comp-lx1a3c" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${nav
  .map(
    (t, i) => `<li class="wixui-horizontal-menu__item" data-part="menu-item"><a data-testid="linkElement" href="/studio/${i}"><span
class="label">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="wixui-horizontal-menu__item" data-part="menu-item" data-overflow="true"><span class="label">More</span></li></ul></nav>
<div id="comp-lx1a4d" class="comp-lx1a4d wixui-login-bar"><button class="login-button" aria-label="Log In"><span
class="login-button__text">Log In</span></button></div>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="post-page-wrapper"><div data-hook="post-page">
<nav data-hook="blog-desktop-header-container" class="ur2ZzZ"><ul class="category-menu">${blogNav
  .map((t) => `<li><a href="/studio/blog/categories/${t.length}" class="categories-menu-link">${t}</a></li>`)
  .join('')}</ul><div class="search-input"><input aria-label="Search" placeholder="Search" type="search"></div></nav>
<article data-hook="post" class="blog-post-page-font"><div class="post-content__body"><div class="post-header"><div class="post-metadata">
<div data-hook="avatar-image" class="avatar"><img alt="Writer's picture" src="https://static.wixstatic.example/media/avatar.jpg"></div>
<div class="post-metadata__info"><span data-hook="user-name" class="user-name">Femi Adair</span><ul class="post-metadata__details">
<li><span data-hook="time-ago" title="Mar 10, 2025">Mar 10</span></li><li><span data-hook="time-to-read">4 min read</span></li></ul></div>
<div data-hook="more-button" class="more-button"><button aria-label="More actions" aria-haspopup="true"></button></div></div>
<h1 data-hook="post-title" class="post-title blog-post-title-font">${title}</h1></div>
<div data-hook="post-description" class="post-description"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr"><div class="HnTcs">
${p0.map((t, i) => rc(t, i)).join('\n')}
${rcH(h1, 1)}
${rc(p1[0]!, 3)}
<div data-hook="imageViewer" class="image-container"><figure class="pxu7I"><div role="button" aria-label="Expand image"><img
src="https://static.wixstatic.example/media/dryer.jpg"
alt=""></div><figcaption data-hook="imageViewerCaption" class="caption">${caption}</figcaption></figure></div>
${rcH(h2, 2)}
${rc(p2[0]!, 4)}
<ul class="P0dMZ"><li class="W8Mtr" dir="auto"><p class="MW5IWV"
dir="auto">${habits.join('</p></li>\n<li class="W8Mtr" dir="auto"><p class="MW5IWV" dir="auto">')}</p></li></ul>
${rcH(h3, 3)}
${p3.map((t, i) => rc(t, 5 + i)).join('\n')}
</div></div></div>
<div class="post-footer"><div data-hook="post-main-actions-desktop" class="main-actions"><div class="share-buttons" data-hook="share-buttons">${share
  .map((s) => `<button aria-label="${s}" class="share-button"><span class="share-button__label">${s}</span></button>`)
  .join('')}</div><nav aria-label="Tags" data-hook="post-tags"><p class="tags-label">Tags:</p><ul class="tag-list">${tags
  .map((t) => `<li><a href="/studio/blog/tags/${t.replace(/ /g, '-')}" class="tag">${t}</a></li>`)
  .join('')}</ul></nav></div>
<div data-hook="post-main-actions__stats" class="post-stats"><span data-hook="view-count">${recentStats[0]} views</span>
<span data-hook="comment-count">${recentStats[1]} comments</span><button data-hook="like-button" aria-label="Post not marked as liked">
<span data-hook="like-button-with-count__like-count">${recentStats[2]}</span></button></div></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title" class="title">Recent Posts</h2>
<a data-hook="see-all-link" href="/studio/blog">See All</a></div><div class="recent-posts__list">${recent
  .map(
    (r, i) => `<div data-hook="post-list-item" class="post-list-item"><a href="/studio/post/${i}"><h3 data-hook="post-title">${r}</h3></a>
<div class="post-list-item__footer"><span data-hook="view-count">${12 + i * 9} views</span><span
data-hook="comment-count">${recentStats[3]} comments</span></div></div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments-widget" class="comments"><div data-hook="root-comment-box"><h2 class="comments-title">Comments</h2>
<div data-hook="comment-box-collapsed" class="comment-box"><div role="textbox" data-hook="collapsed-comment-box">Write a comment...</div></div>
${comments
  .map(
    (c) => `<div data-hook="comment" class="comment"><div class="comment-header"><span data-hook="author-name">${c.name}</span>
<span data-hook="creation-date">${c.time}</span></div><div data-hook="comment-content"><p class="MW5IWV">${c.text}</p></div>
<div class="comment-footer"><button data-hook="like-button">Like</button><button data-hook="reply-button">Reply</button></div></div>`,
  )
  .join('\n')}</div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="footer-inner">${footer
  .map((f) => `<div class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">${f}</p></div>`)
  .join('\n')}</div></footer></div></div></div></div>
<script src="https://static.parastorage.example/services/communities-blog-ooi/1.2150.0/viewerScript.bundle.min.js"></script></body></html>`;

export const wixPost: TestPage = {
  html,
  name: 'heldout109-wix-blog',
  kind: 'blog',
  // the free-site Wix banner, menus, share bar, tags, counts, recent posts and the comment (a blog's reader comment) are furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...p0, ...p1, ...p2, ...habits, ...p3]),
  bylines: ['Femi Adair', 'Mar 10', '4 min read', ...comments.flatMap((c) => [c.name, c.time])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Inkhouse Prints', ...nav, 'More', 'Log In',
    ...blogNav, caption, ...share, 'Tags:', ...tags, '48 views', '2 comments', '31', 'Recent Posts',
    'See All', ...recent, '12 views', '21 views', '30 views', '0 comments', 'Comments', 'Write a comment...', ...comments.map((c) => c.text), 'Like', 'Reply',
    ...footer,
  ],
};
