import { links, type TestPage, texts } from './page-kit.js';
import { authorTopPost } from './pages-heldout110-d2.js';
import { lis, paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file d: a WordPress blog post on the Kadence theme with an Easy Table of Contents box, a "Key
 * takeaways" box and a Rank Math FAQ block (header menu, the affiliate disclosure at the top of the post, category and
 * meta line, Pinterest save button, image caption, the post's tags, author box, "You may also like" posts, the comment form
 * with its labels, the sidebar search and recent posts, and the footer) and, from file d2, a WordPress post with an author
 * box and reading time at the top.
 */
const title = 'How to Store Winter Squash So It Lasts Until Spring';
const intro = paras(`
Every October our porch fills up with squash: butternuts, a few big blue Hubbards and more acorn squash than any family needs.
For years I lost a third of them to soft spots by January. These days almost all of them make it to March, and a few of the
butternuts see April.

Here is what changed, step by step.`);
const keyH = 'Key takeaways';
const keys = [
  'Cure squash somewhere warm for 10 to 14 days before storing it.',
  'Store at 50 to 55°F with moderate humidity, off the floor and not touching.',
  'Eat acorn and delicata squash first; butternut and Hubbard keep longest.',
];
const h1 = 'Start in the garden';
const p1 = paras(`
Storage starts before you pick. Leave squash on the vine until the rind is hard enough that your thumbnail won't dent it and
the stem has started to dry and crack. Cut the stem with pruners, leaving two or three inches attached. A squash without its
stem will rot from the top down.

Handle them like eggs. A bruise you can't see in October will be a soft patch by Christmas.`);
const h2 = 'Cure before you store';
const p2 = paras(`
Curing toughens the skin and heals small nicks. Set the squash in a single layer somewhere warm, ideally 80 to 85°F, for ten to
fourteen days. A sunny porch works in early fall; later in the season I use the spare room with a space heater.

Acorn squash is the exception. It doesn't benefit from curing and actually stores worse if you try, so skip this step for it.`);
const h3 = 'Find the right spot';
const p3 = paras(`
The ideal storage spot is cool but not cold, around 50 to 55°F, and dry enough that the squash don't sweat. A basement shelf,
a closet on an outside wall or an unheated bedroom all work. Avoid the garage if it freezes, and keep squash away from apples,
which give off ethylene and speed up ripening.

Set them on shelves or cardboard, not the concrete floor, with a little space between each one so air can move around them.
Check them every couple of weeks and use any with soft spots right away.`);
const faqH = 'Frequently asked questions';
const faq = [
  { q: 'Can I store squash in the refrigerator?', a: 'Only for a week or two. The fridge is too cold and damp, and whole squash will start to break down.' },
  { q: 'Should I wash squash before storing it?', a: 'Wipe off dirt with a dry cloth, or wash and dry them completely. Never store them wet.' },
  { q: 'How long does butternut squash keep?', a: 'Cured and stored well, butternut usually keeps three to six months.' },
];
const menu = ['Garden', 'Kitchen', 'Preserving', 'About', 'Shop'];
const recent = ['Our Favorite Garlic Varieties for Cold Climates', 'How to Make Apple Butter in a Slow Cooker', 'Fall Garden Cleanup Checklist'];
const also = ['The Easiest Pumpkin Puree', 'Root Cellar on a Budget', 'When to Harvest Sweet Potatoes'];
const disclosure = 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.';
const caption = 'Butternut and acorn squash curing on the porch in early October.';
const bio = 'Carrie Lindahl grows most of her family’s vegetables on a half-acre in western Minnesota and has been writing Porch & Pantry since 2015.';
const form = ['Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name', 'Email', 'Website'] as const;
const form2 = 'Save my name, email, and website in this browser for the next time I comment.';
const foot = ['Privacy Policy', 'Disclosure', 'Contact', '© 2026 Porch & Pantry - WordPress Theme by Kadence WP'] as const;
let n = 0;
const hh = (t: string): string => `<h2 class="wp-block-heading"><span class="ez-toc-section" id="h-${++n}" ez-toc-data-id="#h-${n}"></span>${t}
<span class="ez-toc-section-end"></span></h2>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const tocItems = [h1, h2, h3, faqH].map(
  (t, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}"
href="#h-${i + 1}" title="${t}">${t}</a></li>`,
);
const html = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${title} - Porch &amp; Pantry</title>
<meta name="description" content="Cure, then store winter squash cool and dry. Here is how to make butternut and Hubbard squash last until spring.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-10-09T12:00:00+00:00">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"author":{"@type":"Person","name":"Carrie Lindahl"}},{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${faq[0]!.q}"}]}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://porchandpantry.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9">
<link rel="stylesheet" id="ez-toc-css" href="https://porchandpantry.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69">
</head><body class="post-template-default single single-post wp-custom-logo footer-on-bottom hide-focus-outline link-style-standard has-sidebar
content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="/" rel="home">
<img class="custom-logo" alt="Porch &amp; Pantry" src="/logo.png"></a></div><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub"
aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">${links(menu, 'menu-item')}</ul>
</div></nav></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-container site-container"><div id="main" class="site-main" role="main">
<div class="content-wrap"><article id="post-4821" class="entry content-bg single-entry post-4821 post type-post status-publish format-standard">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/preserving/"
rel="tag">Preserving</a></span></div>
<h1 class="entry-title">${title}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/author/carrie/">Carrie Lindahl</a></span></span><span class="posted-on">
<time class="entry-date published" datetime="2026-10-09T12:00:00+00:00">October 9, 2026</time></span></div></header>
<div class="entry-content single-content">
<p class="affiliate-disclosure"><em>${disclosure}</em></p>
${ps(intro)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle">
<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span
class="ez-toc-js-icon-con">
</span></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">${tocItems.join('\n')}</ul></nav></div>
<div class="wp-block-group key-takeaways has-pale-cyan-blue-background-color has-background"><h3 class="wp-block-heading">${keyH}</h3>
<ul class="wp-block-list">${lis(keys)}</ul></div>
${hh(h1)}
${ps(p1)}
<figure class="wp-block-image size-large"><img alt="squash on a porch" src="/wp-content/uploads/2026/10/squash-curing.jpg"><figcaption
class="wp-element-caption">
${caption}</figcaption></figure><a class="pin-it-button" data-pin-do="buttonPin" href="https://www.pinterest.com/pin/create/button/">Save</a>
${hh(h2)}
${ps(p2)}
<div class="adthrive-ad adthrive-content" data-google-query-id="CKa"><span class="adthrive-ad-label">Advertisement</span></div>
${hh(h3)}
${ps(p3)}
${hh(faqH)}
<div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list">
${faq
  .map(
    (f, i) => `<div id="faq-question-${i}" class="rank-math-list-item"><h3 class="rank-math-question">${f.q}</h3>
<div class="rank-math-answer"><p>${f.a}</p></div></div>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/squash/" title="Squash" class="tag-link tag-item-squash" rel="tag"><span class="tag-hash">#</span>Squash</a>
<a href="/tag/food-storage/" title="Food Storage" class="tag-link" rel="tag"><span class="tag-hash">#</span>Food Storage</a></span></div></footer>
</div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt=""
src="/c.jpg"></div>
<b class="entry-author-name author-name fn"><a href="/author/carrie/">Carrie Lindahl</a></b><div
class="entry-author-description author-bio"><p>${bio}</p></div></div></div>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><h2 class="entry-related-title">
You may also like</h2><div
class="entry-related-carousel">${also.map((t) => `<article class="entry"><h3 class="entry-title"><a href="#">${t}</a></h3></article>`).join('')}
</div></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]}</h3>
<form id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" required></textarea><label class="float-label"
for="comment">${form[2]}
<span class="required">*</span></label></p><p class="comment-form-author"><input id="author" name="author" type="text"><label class="float-label" for="author">
${form[3]}<span class="required">*</span></label></p><p class="comment-form-email"><input id="email" type="email"><label class="float-label"
for="email">${form[4]}
<span class="required">*</span></label></p><p class="comment-form-url"><input id="url" type="url"><label class="float-label" for="url">${form[5]}</label></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">${form2}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></div>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary"><div class="sidebar-inner-wrap">
<section id="search-2" class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(recent)}</ul></section></div></aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><ul class="footer-menu">${links(foot.slice(0, 3))}</ul>
<div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>${foot[3].replace('&', '&amp;')}</p></div></div></div></footer></div>
<script src="https://porchandpantry.example/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.69" id="ez-toc-js-js"></script>
<script src="https://porchandpantry.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js"></script>
</body></html>`;
const kadenceFaq: TestPage = {
  html,
  name: 'heldout110-kadence-wordpress-blog-toc-faq',
  kind: 'blog',
  // the author's "Key takeaways" box is part of the post (title a heading, items body); the table of contents repeats the
  // headings and is left out, its "Table of Contents" title is furniture; the FAQ questions are headings and answers body;
  // the affiliate disclosure at the top of the post text is furniture
  title,
  headings: [keyH, h1, h2, h3, faqH, ...faq.map((f) => f.q)],
  body: texts([...intro, ...keys, ...p1, ...p2, ...p3, ...faq.map((f) => f.a)]),
  bylines: ['By Carrie Lindahl', 'October 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...menu, 'Preserving', disclosure, 'Table of Contents', caption, 'Save', 'Advertisement', 'Post Tags:', '#Squash', '#Food Storage', bio,
    'You may also like', ...also, form[0], form[1], form[2], form[3], form[4], form[5], form2, 'Search for:', 'Recent Posts', ...recent, ...foot,
  ],
};

export const HELDOUT110_D: readonly TestPage[] = [kadenceFaq, authorTopPost];
