import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 222, file b2: a parenting blog post on a self-hosted WordPress blog with a Kadence-style theme (top bar,
 * header menu, the entry's category and meta, the affiliate disclosure at the top of the post text, a "Pin it" hover button,
 * image captions, a floating share bar, the in-content subscribe box, tags, the author box, related posts, three reader
 * comments with the comment form, the "Hi, I'm Ros" sidebar widget, archive and category widgets, and the footer).
 */
const bgTitle = 'The sibling bedroom experiment: six months of sharing a room';
const bgP1 = [
  'When we found out baby number three was on the way, we did the maths on bedrooms and came up one short. So last spring, ' +
    'after a lot of back and forth, we moved our two eldest, Finn (7) and Maisie (4), into the big back bedroom together.',
  'I was braced for disaster. Instead it has been one of the better decisions we have made as a family, though not without a ' +
    'few wobbles. Here is how it has actually gone.',
];
const bgH = ['The first fortnight', 'What made it work', 'The bits that are still hard', 'Would we do it again?'];
const bgP2 = [
  'Honestly? Chaos. Nobody slept. Maisie wanted to chat until nine o’clock and Finn, who likes quiet to drop off, was furious ' +
    'about it. There were tears (some of them mine) and at least two nights when one of them ended up on our floor.',
  'What turned it around was splitting bedtime. Maisie goes up first, has her story and is usually asleep within twenty ' +
    'minutes. Finn reads with us downstairs and goes up half an hour later. That one change fixed most of it.',
];
const bgP3 = ['A few things have helped more than I expected:'];
const bgL3 = [
  'Giving each child their own corner, with their own shelf and their own lamp, so the room felt shared rather than taken over.',
  'A simple white noise machine between the beds, which covers Finn’s page-turning and Maisie’s sleep talking.',
  'Blackout blinds, so the summer evenings did not turn into a two-person party.',
  'A rule that the room is for sleeping and reading only, with toys kept in the living room.',
];
const bgP4 = [
  'Illness is the big one. When one of them has a bug, it is very hard to keep it from the other, and we have had a couple of ' +
    'weeks where we have had to split them up again for a few nights.',
  'Privacy will become an issue too. Finn is already starting to ask for time on his own, so we let him use the room alone for ' +
    'an hour after school while Maisie plays downstairs.',
];
const bgP5 = [
  'Yes. They fight less during the day than they used to, and there is something lovely about hearing them whispering to each ' +
    'other after lights out. We will revisit it when Finn hits double figures, but for now the sibling bedroom is staying.',
  'If you are thinking about it, my one piece of advice is to stagger bedtimes from day one. Everything else you can figure out.',
];
const bgNav = ['Home', 'Family Life', 'Days Out', 'Home & Garden', 'Recipes', 'About', 'Work With Me'];
const bgDisc = 'This post contains affiliate links. If you buy through them I may earn a small commission at no extra cost to you.';
const bgCaps = ['Their shared room, with a corner each', 'The reading nook that settled the great lamp argument'];
const bgShare = ['Share', 'Pin', 'Tweet', 'Email'];
const bgSub = ['Never miss a post', 'Join 4,000 other parents getting my weekly email about real family life.', 'Your first name', 'Your email', 'Subscribe'];
const bgTags = ['bedrooms', 'siblings', 'sleep'];
const bgBio = 'Ros is a mum of three, former primary teacher and tea enthusiast, writing about family life in a very small house.';
const bgRelated = ['How we survived the move to three kids', 'Our bedtime routine that finally works', 'Small bedroom storage ideas'];
const bgComments = [
  { who: 'Claire H', when: 'March 9, 2025 at 8:12 pm', text: 'The staggered bedtime is genius, we are trying it this week!' },
  { who: 'Dev', when: 'March 10, 2025 at 7:03 am', text: 'Ours shared until 10 and 8 and both still say they miss it.' },
  { who: 'Ros', when: 'March 10, 2025 at 9:40 am', text: 'Ah that is lovely to hear, Dev. Fingers crossed ours are the same!' },
];
const bgForm = [
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
];
const bgWidget = ['Hi, I’m Ros!', 'I write about raising three kids in a two-up two-down, days out on a budget and the odd recipe.', 'Read more about me'];
const bgCats = ['Days Out', 'Family Life', 'Home & Garden', 'Recipes', 'Reviews'];
const bgFoot = ['Privacy Policy', 'Disclosure', 'Contact', '© 2025 Small House Big Family. All rights reserved.'];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const fig = (n: number): string => `<figure class="wp-block-image size-large"><img decoding="async"
src="https://smallhousebigfamily.example/wp-content/uploads/2025/03/room-${n}.jpg"
alt="" class="wp-image-51${n}"><span class="pin-it-button" data-pin-hover="true">Pin it</span><figcaption
class="wp-element-caption">${bgCaps[n]}</figcaption></figure>`;
const bgHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>The sibling bedroom experiment: six months of sharing a room - Small House Big Family</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${bgTitle}"><meta property="article:published_time"
content="2025-03-08T07:00:00+00:00">
<link rel="stylesheet" id="kadence-global-css" href="https://smallhousebigfamily.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bgTitle}",
"author":{"name":"Ros Calloway"},"datePublished":"2025-03-08T07:00:00+00:00","articleSection":["Family Life"]}]}</script>
<script src="https://smallhousebigfamily.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-5120 single-format-standard wp-embed-responsive kadence-theme">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home"><p class="site-title">Small House Big
Family</p></a>
<p class="site-description">Real family life, one tiny house at a time</p></div>
<nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary Navigation"><ul id="primary-menu" class="menu">
${links(bgNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div id="inner-wrap" class="wrap"><main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-5120" class="entry content-bg single-entry post-5120 post type-post status-publish category-family-life">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">
<div class="entry-taxonomies"><span class="category-links"><a href="/category/family-life/" rel="tag">Family Life</a></span></div>
<h1 class="entry-title">${bgTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/author/ros/">Ros Calloway</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-03-08T07:00:00+00:00">March 8, 2025</time></span>
<span class="meta-comments"><a href="#comments">3 Comments</a></span></div></header>
<div class="entry-content single-content"><p class="affiliate-disclosure"><em>${bgDisc}</em></p>
${ps(bgP1)}
${fig(0)}
<h2 class="wp-block-heading">${bgH[0]}</h2>${ps(bgP2)}
<h2 class="wp-block-heading">${bgH[1]}</h2>${ps(bgP3)}<ul class="wp-block-list">${bgL3.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<div class="wp-block-kadence-column subscribe-box"><h3>${bgSub[0]}</h3><p>${bgSub[1]}</p><form class="ck-form"><label>${bgSub[2]}</label>
<input type="text" name="fields[first_name]"><label>${bgSub[3]}</label><input type="email" name="email_address"><button>${bgSub[4]}</button></form></div>
${fig(1)}
<h2 class="wp-block-heading">${bgH[2]}</h2>${ps(bgP4)}
<h2 class="wp-block-heading">${bgH[3]}</h2>${ps(bgP5)}</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
${bgTags.map((t) => `<a href="/tag/${t}/" rel="tag">#${t}</a>`).join(' ')}</span></div></footer></div>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img
alt="" src="https://secure.gravatar.example/avatar/ros.jpg"></div>
<b class="entry-author-name author-name fn"><a href="/author/ros/">Ros Calloway</a></b><div class="entry-author-description author-bio">
<p>${bgBio}</p></div></div></div>
</article>
<div class="dpsp-floating-sidebar" aria-label="Share"><ul>${bgShare
  .map(
    (s) => `<li><a class="dpsp-network-btn" href="#"><span
class="dpsp-network-label">${s}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="entry-related alignfull entry-related-style-wide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel">
${bgRelated
  .map(
    (t, i) => `<article class="entry loop-entry"><a href="/related-${i}/"><img src="https://smallhousebigfamily.example/r${i}.jpg"
alt=""></a><h3 class="entry-title"><a href="/related-${i}/">${t}</a></h3></article>`,
  )
  .join('\n')}
</div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">3 thoughts on “${bgTitle}”</h3><ol class="comment-list">
${bgComments
  .map(
    (c, i) => `<li id="comment-${880 + i}" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${c.who}</b></div><div class="comment-metadata"><a href="#comment-${880 + i}"><time>${c.when}</time></a></div></footer>
<div class="comment-content"><p>${c.text}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${bgForm[0]}</h3><form id="commentform" class="comment-form">
<p class="comment-notes">${bgForm[1]}</p><p class="comment-form-comment"><label for="comment">${bgForm[2]}</label><textarea id="comment"></textarea></p>
<p><label for="author">${bgForm[3]}</label><input id="author"></p><p><label for="email">${bgForm[4]}</label><input id="email"></p>
<p><label for="url">${bgForm[5]}</label><input id="url"></p><p class="comment-form-cookies-consent"><input type="checkbox"><label>${bgForm[6]}</label></p>
<p class="form-submit"><input type="submit" value="Post Comment"><span class="screen-reader-text">${bgForm[7]}</span></p></form></div></div></div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary"><section class="widget widget_block">
<h2 class="widget-title">${bgWidget[0]}</h2><p>${bgWidget[1]}</p><p><a href="/about/">${bgWidget[2]}</a></p></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(bgCats, 'cat-item')}</ul></section></aside></div>
<footer id="colophon" class="site-footer" role="contentinfo"><ul class="footer-menu">${links(bgFoot.slice(0, 3))}</ul><p
class="site-info">${bgFoot[3]}</p></footer></div>
<script src="https://smallhousebigfamily.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js"></script>
</body></html>`;
export const blogPost: TestPage = {
  html: bgHtml,
  name: 'heldout222-parenting-blog',
  kind: 'blog',
  // the affiliate disclosure at the top of the post text, the subscribe box inside it, "Pin it" labels, captions, tags, the
  // author box, related posts and the reader comments (with their names and dates) are furniture
  title: bgTitle,
  headings: bgH,
  body: texts([...bgP1, ...bgP2, ...bgP3, ...bgL3, ...bgP4, ...bgP5]),
  bylines: ['Ros Calloway', 'March 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Small House Big Family', 'Real family life, one tiny house at a time', ...bgNav.filter((n) => n !== 'Family Life'),
    'Family Life', '3 Comments', bgDisc, 'Pin it', ...bgCaps, ...bgSub, ...bgTags.map((t) => `#${t}`), bgBio, ...bgShare, 'Similar Posts', ...bgRelated,
    `3 thoughts on “${bgTitle}”`, ...bgComments.flatMap((c) => [c.when, c.text]), 'Claire H', 'Dev', 'Reply', ...bgForm, ...bgWidget, 'Categories',
    ...bgCats.filter((c) => !bgNav.includes(c)), ...bgFoot,
  ],
};
