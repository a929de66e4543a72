import { type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file b2: a Wix Blog post on a small kitchen-garden site (the free-site Wix banner, the site header with
 * the Wix menu and "Log In", the blog's category menu with "All Posts" and search, the author avatar, date, "Updated" line
 * and reading time, the "More actions" button, the ricos content viewer with paragraphs, headings, a bulleted list and an
 * image with its caption, the tag list, the share bar, the view and comment counts, the like button, "Recent Posts" cards,
 * the comments box, the footer subscribe form and the cookie banner).
 */
const wxTitle = 'Saving tomato seeds the simple way (no fermenting jar required)';
const wxP1 = paras(`
Every September somebody at the allotment gate asks me how I save my tomato seeds, and every September I give the same slightly
guilty answer: I don’t ferment them. I know most guides tell you to. I did it that way for years, with jars of mould lined up on
the windowsill and a very patient husband. Then I stopped, and my germination rates didn’t change at all.

So here is the lazy method I use now, for anyone who wants to keep their favourite varieties going without the smell.`);
const wxH1 = 'Pick the right fruit';
const wxP2 = paras(`
Choose fruit from your healthiest plants, and leave them on the vine a few days longer than you would for eating. You want them
fully ripe, even a little soft. Only save from open-pollinated or heirloom varieties; seed from F1 hybrids won’t come true, and
you’ll get a surprise next year that is usually not a nice one.

I take seed from at least three or four fruits of each variety, from different plants if I can. It keeps a bit of variety in
the seed and means one odd plant doesn’t decide the whole next generation.`);
const wxH2 = 'Scoop, rinse and dry';
const wxP3 = ['This is the whole method:'];
const wxList = [
  'Cut the tomato across its middle and squeeze or scoop the seeds and jelly into a sieve.',
  'Rinse under a cold tap, rubbing gently with your fingers, until most of the gel has washed away.',
  'Tip the seeds onto a ceramic plate or a piece of baking paper. Not kitchen roll, because they stick to it like glue.',
  'Spread them out so they aren’t touching and leave them somewhere warm and airy for a week, stirring once a day.',
];
const wxP4 = paras(`
When they are dry they should rattle and slide apart easily. If they clump together, give them a few more days.`);
const wxH3 = 'Storing them for next spring';
const wxP5 = paras(`
I keep mine in small paper envelopes, labelled with the variety and the year, inside an old biscuit tin in the coolest room in
the house. Kept dry and cool, tomato seed stays good for four or five years, though germination slowly drops after the third.

Last spring I sowed seeds from 2021 alongside fresh ones from 2024. Eighteen of twenty old seeds came up, against nineteen of
twenty new ones. Not a scientific trial, but enough to convince me that the fermenting jar can stay in the cupboard.

If you try it, let me know how you get on in the comments. And if you have a variety you’d like to swap, I’ll be at the seed
swap at St Aldhelm’s hall on the first Saturday in March.`);
const wxCaption = 'Seeds from ‘Black Cherry’ drying on baking paper on the kitchen windowsill.';
const wxWixBanner = ['This site was designed with the', '.com website builder. Create your website today.', 'Start Now'];
const wxMenu = ['Home', 'Blog', 'Seed Swap', 'About', 'Contact'];
const wxCats = ['All Posts', 'Growing', 'Seeds', 'Recipes', 'Allotment Diary'];
const wxTags = ['tomatoes', 'seed saving', 'heirloom'];
const wxShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const wxRecent = ['Why my leeks bolted this year', 'Green tomato chutney, my mum’s way', 'Planning a no-dig bed in one afternoon'];
const wxFootNews = ['Get new posts by email', 'Email', 'Subscribe', 'Thanks for subscribing!'];
const wxCookie = ['This website uses cookies. By clicking “Accept”, you agree to our use of such cookies.', 'Privacy Policy', 'Settings', 'Accept'];
const wxP = (t: string, i: number): string => `<div class="_8VxGj" type="paragraph"><p class="sHxfa _4x6EI ql-align-left" dir="auto" id="viewer-p${i}">
<span class="Ow1bA"><span style="color:rgb(33, 33, 33)">${t}</span></span></p></div>`;
const wxH = (t: string, i: number): string =>
  `<div class="_8VxGj" type="heading"><h2 class="_2PHJq public-DraftStyleDefault-block-depth0 sHxfa" dir="auto" id="viewer-h${i}"><span>${t}</span></h2></div>`;
const wxPs = (a: readonly string[], base: number): string => a.map((t, i) => wxP(t, base + i)).join('\n');
const wxHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><meta http-equiv="X-Wix-Meta-Site-Id" content="8f2c4e1a-5b7d-4a90-9c3e-1d2f6a7b8c9d">
<title>Saving tomato seeds the simple way (no fermenting jar required)</title>
<meta name="description" content="Every September somebody at the allotment gate asks me how I save my tomato seeds.">
<meta property="og:title" content="${wxTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Fernhollow Kitchen Garden">
<link rel="canonical" href="https://www.fernhollowgarden.example/post/saving-tomato-seeds-the-simple-way">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wxTitle}","author":{"@type":"Person",
"name":"Nell Ashworth"},"datePublished":"2025-09-21T08:30:00.000Z","dateModified":"2025-09-24T19:02:41.000Z","wordCount":612}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8f2c4e1a","isPremiumDomain":false},"language":{"userLanguage":"en"},"requestUrl":"post"};</script>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.3d4b7c.bundle.min.js" async></script></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1aL" data-testid="scroll-to-top"></div>
<div id="WIX_ADS" class="VPbc9 ytGGBw consentPolicyActive"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank"
class="zyeHPf"><span class="TXL4Vv"><span>${wxWixBanner[0]}</span> <span class="wix-ads-logo">Wix</span>
<span>${wxWixBanner[1]}</span></span><span class="SgaJ2n">${wxWixBanner[2]}</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div id="comp-lmk2b1a0" class="comp-lmk2b1a0 wixui-rich-text" data-testid="richTextElement">
<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Fernhollow Kitchen Garden</span></p></div>
<nav id="comp-lmk2b1a3" aria-label="Site" class="comp-lmk2b1a3 wixui-dropdown-menu hidden-during-prewarmup"><ul class="L2AiF3" role="menubar">
${wxMenu
  .map(
    (t) => `<li class="wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement"
href="https://www.fernhollowgarden.example/${t.toLowerCase()}"
class="UiHgGh"><div class="yRj2ms"><div class="_2RWDg"><p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav><div id="comp-lmk2b1a6" class="comp-lmk2b1a6 wixui-login-bar"><button class="Fh4jKT" aria-label="Log In">
<span class="rlYoDn">Log In</span></button></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPASection_ikqt8hzv" class="TPASection">
<div data-hook="blog-desktop-header-container" class="blog-header"><nav data-hook="category-menu" class="category-menu" aria-label="Categories"><ul>
${wxCats.map((t) => `<li><a data-hook="category-menu-item" href="/blog/categories/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></nav>
<div data-hook="search-input" class="search-input"><button aria-label="Search" data-hook="search-button"></button></div>
<div data-hook="login-button-container"><button data-hook="login-button">Log in / Sign up</button></div></div>
<article data-hook="post" class="blog-post-page-font post-container"><div class="post-content__header"><div data-hook="post-metadata" class="post-metadata">
<div class="avatar-image"><img src="https://static.wixstatic.example/media/nell.jpg" alt="Writer's picture" width="32" height="32"></div>
<div class="post-metadata__info"><span data-hook="user-name" class="user-name">Nell Ashworth</span><ul class="post-metadata__list">
<li><span data-hook="time-ago" class="time-ago" title="21 Sept 2025">21 Sept 2025</span></li><li class="post-metadata__updated">
<span data-hook="post-updated-date">Updated: 24 Sept 2025</span></li><li><span data-hook="time-to-read">4 min read</span></li></ul></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"><svg aria-hidden="true"></svg></button></div>
<h1 data-hook="post-title" class="post-title blog-post-title-font"><span class="post-title__text">${wxTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><section data-id="content-viewer" class="rich-content-viewer"><div class="kvdbP" dir="ltr">
${wxPs(wxP1, 1)}
${wxH(wxH1, 1)}
${wxPs(wxP2, 3)}
${wxH(wxH2, 2)}
${wxPs(wxP3, 5)}
<ul class="_4Dkqz public-DraftStyleDefault-ul" dir="auto">${wxList
  .map((t, i) => `<li class="sHxfa" id="viewer-li${i}" dir="auto"><p class="_4x6EI"><span>${t}</span></p></li>`)
  .join('\n')}</ul>
<div class="_8VxGj" type="image"><figure data-hook="figure-IMAGE" class="_1p6Hn"><div data-hook="imageViewer" role="button" tabindex="0">
<img src="https://static.wixstatic.example/media/seeds.jpg/v1/fill/w_740,h_493,al_c,q_80/seeds.webp" alt="" width="740" height="493"></div>
<figcaption data-hook="imageViewerCaption" class="_1Ebs0"><span dir="auto">${wxCaption}</span></figcaption></figure></div>
${wxPs(wxP4, 6)}
${wxH(wxH3, 3)}
${wxPs(wxP5, 7)}
</div></section></div>
<div data-hook="post-footer" class="post-footer"><div data-hook="post-main-actions__tags" class="tags"><ul aria-label="Tags">
${wxTags.map((t) => `<li><a data-hook="tag" href="/blog/tags/${t.replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></div>
<div data-hook="post-main-actions__share" class="share-buttons">${wxShare
  .map((t) => `<button class="share-button" aria-label="${t}" data-hook="share-button"><span class="sr-only">${t}</span></button>`)
  .join('')}</div>
<div data-hook="post-main-actions__stats" class="post-stats"><span data-hook="views-count">214 views</span><span data-hook="comments-count">3 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked" class="like-button"><span data-hook="like-button-count">12</span></button></div></div>
</article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2>Recent Posts</h2><a href="/blog">See All</a></div><ul>
${wxRecent.map((t) => `<li><a href="/post/x"><div class="post-card"><h3 data-hook="post-title">${t}</h3></div></a></li>`).join('\n')}</ul></section>
<section data-hook="comments" class="comments-widget"><h2 data-hook="comments-header">Comments</h2><div data-hook="comment-box">
<button data-hook="comment-box-placeholder" class="placeholder">Write a comment...</button></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-lmk2c7f0" class="wixui-form"><form><h3>${wxFootNews[0]}</h3>
<label for="input_comp-lmk2c7f1">${wxFootNews[1]}</label><input id="input_comp-lmk2c7f1" type="email"><button type="submit">${wxFootNews[2]}</button>
<div class="form-success" style="display:none">${wxFootNews[3]}</div></form></div>
<div class="wixui-rich-text"><p class="font_9">© 2025 by Fernhollow Kitchen Garden. Powered and secured by <a
href="https://www.wix.com">Wix</a></p></div></footer>
</div></div></div></div>
<div id="ccsu-banner-container" role="dialog" aria-label="cookie banner"><div class="ccsu-banner"><p>${wxCookie[0]}
<a href="/privacy-policy">${wxCookie[1]}</a></p><button data-hook="ccsu-banner-settings-button">${wxCookie[2]}</button>
<button data-hook="ccsu-banner-accept-button">${wxCookie[3]}</button></div></div></body></html>`;
export const wixPost: TestPage = {
  name: 'heldout94-wix-blog',
  kind: 'blog',
  html: wxHtml,
  // the image caption, tags, share bar, stats and the "Recent Posts" cards are furniture
  title: wxTitle,
  headings: [wxH1, wxH2, wxH3],
  body: texts([...wxP1, ...wxP2, ...wxP3, ...wxList, ...wxP4, ...wxP5]),
  bylines: ['Nell Ashworth', '21 Sept 2025', 'Updated: 24 Sept 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wxWixBanner, ...wxMenu, 'Log In', ...wxCats, 'Log in / Sign up', wxCaption, ...wxTags,
    ...wxShare, '214 views', '3 comments', 'Recent Posts', 'See All', ...wxRecent, 'Comments', 'Write a comment...',
    ...wxFootNews, '© 2025 by Fernhollow Kitchen Garden. Powered and secured by Wix', ...wxCookie,
  ],
};
