import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 228, file d2: a tea company's blog post on a Shopify Dawn-style theme (announcement bar, header, blog tag
 * filter, article with date, author and "4 min read", a brewing-guide table, a product block inside the text, share buttons,
 * the comments section with one approved comment and the "Leave a comment" form, "Read more" posts and the footer newsletter).
 */
const title = 'A beginner’s guide to brewing oolong';
const p1 = [
  'Oolong sits somewhere between green and black tea. The leaves are partly oxidised, anywhere from a light 15 percent to a dark, ' +
    'roasted 70, which is why one oolong can taste of orchids and cream and the next of toasted grain and stone fruit.',
  'It is also the most forgiving tea to experiment with. The same leaves can be steeped five or six times, and each cup tastes a ' +
    'little different from the last.',
];
const h1 = 'Water and temperature';
const p2 = [
  'Use fresh, soft water if you can. For lightly oxidised, green-style oolongs, let the kettle cool to around 85°C. Darker, roasted ' +
    'oolongs can take water just off the boil, at 95°C.',
];
const h2 = 'Two ways to brew';
const p3 = [
  'Western style uses a teapot, fewer leaves and longer steeps. Gongfu style uses a small pot or gaiwan, lots of leaf and very ' +
    'short steeps, and is how oolong is usually drunk in Taiwan and Fujian.',
];
const rows = [
  ['Western', '3g per 250ml', '3 minutes', '2 to 3'],
  ['Gongfu', '6g per 100ml', '20 seconds, adding 10 each time', '5 to 7'],
];
const p3b = [
  'Whichever style you choose, warm the pot or gaiwan first with a splash of hot water, and give the leaves a quick rinse ' +
    'before the first steep. It wakes them up and washes away any dust. Pour every drop out at the end of each infusion, ' +
    'or the leaves left sitting in water will turn the next cup bitter.',
];
const h3 = 'Where to start';
const p4 = [
  'If you are new to oolong, start with a light, rolled high-mountain tea. Its sweet, floral flavour is easy to like, and it shows ' +
    'clearly how the cup changes from one infusion to the next.',
  'When you are ready for something bolder, try a charcoal-roasted Wuyi rock tea. It is darker and more mineral, and it is ' +
    'wonderful on a cold afternoon. Brew it a little cooler than you think at first, then turn up the heat for the later ' +
    'infusions as the leaves open up and the roast fades.',
];
const announce = 'Free UK delivery on orders over £25';
const nav = ['Shop Tea', 'Teaware', 'Gifts', 'Subscriptions', 'Journal', 'Our Story'];
const tags = ['All', 'Brewing', 'Origins', 'Recipes', 'News'];
const prod = ['Lishan High Mountain Oolong', '£14.50', 'Add to basket'];
const share = ['Share', 'Share on Facebook', 'Tweet on X', 'Pin on Pinterest'];
const comment = {
  who: 'Harriet Dunmore',
  when: 'November 3, 2025',
  text: 'Tried the gongfu method this weekend with the Lishan and I could not believe how different the fourth cup was. Thank you!',
};
const form = ['Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Post comment'];
const more = ['What makes a tea “single estate”?', 'Cold brew tea in five minutes of work', 'Our new harvest from Darjeeling'];
const news = ['Subscribe to our emails', 'New teas, brewing guides and 10% off your first order.', 'Email'];
const foot = ['Search', 'Shipping', 'Refund policy', 'Contact', 'Wholesale', 'Privacy policy', 'Terms of service'];
const html = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>A beginner’s guide to brewing oolong – Leafwright Tea Co.</title><meta name="description" content="${p1[0]?.slice(0, 100)}">
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://leafwright.example/blogs/journal/brewing-oolong">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "leafwright-tea.myshopify.com";</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"${p1[0]?.slice(0, 60)}","headline":"${title}",
"author":{"@type":"Person","name":"Mei Lin Carter"},"datePublished":"2025-10-21T08:00:00Z"}</script>
<link href="//leafwright.example/cdn/shop/t/7/assets/base.css" rel="stylesheet"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">${announce}</p></div>
<header class="header header--middle-left"><a href="/" class="header__heading-link"><span class="h2">Leafwright Tea Co.</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(nav, 'list-menu__item')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart"><span class="visually-hidden">Cart</span></a></div></header>
<main id="MainContent" class="content-for-layout" role="main"><div class="blog-tags"><ul>${links(tags, 'blog-tags__tag')}</ul></div>
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<img src="//leafwright.example/cdn/shop/articles/oolong.jpg" alt="Rolled oolong leaves in a gaiwan"></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${title}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2025-10-21T08:00:00Z">October 21, 2025</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Mei Lin Carter</span> <span class="article-template__read-time">4 min read</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
<table><thead><tr><th>Method</th><th>Leaf</th><th>Steep</th><th>Infusions</th></tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(p3b)}
<h2>${h3}</h2>
${ps(p4)}
<div class="featured-product-block"><a href="/products/lishan-oolong"><img alt="" src="/lishan.jpg"><p class="card__heading">${prod[0]}</p></a>
<span class="price-item price-item--regular">${prod[1]}</span><button class="button" name="add">${prod[2]}</button></div>
</div>
<div class="article-template__social-sharing page-width"><p class="social-sharing__title">${share[0]}</p><ul class="social-sharing">
${share
  .slice(1)
  .map((t) => `<li><a href="#" class="share-button"><span aria-hidden="true">${t.split(' ')[0]}</span><span class="visually-hidden">${t}</span></a></li>`)
  .join('')}</ul></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-1022">1 comment</h2><div class="article-template__comments"><article id="comment-3311" class="article-template__comments-comment">
<div class="rte">${comment.text}</div><footer class="right"><span class="circle-divider caption-with-letter-spacing">${comment.who}</span>
<span class="caption-with-letter-spacing">${comment.when}</span></footer></article></div>
<form method="post" action="/blogs/journal/brewing-oolong/comments" class="comment-form"><h2>${form[0]}</h2>
<label for="CommentForm-author">${form[1]}</label><input id="CommentForm-author"><label for="CommentForm-email">${form[2]}</label><input id="CommentForm-email">
<label for="CommentForm-body">${form[3]}</label><textarea id="CommentForm-body"></textarea><p class="article-template__comment-warning caption">${form[4]}</p>
<input type="submit" class="button" value="Post comment"><span class="visually-hidden">${form[5]}</span></form></div></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link">Back to blog</a></div></article>
<section class="related-posts"><h2>Read more</h2><ul>${links(more)}</ul></section></main>
<footer class="footer color-background-1"><div class="footer-block--newsletter"><h2 class="footer-block__heading">${news[0]}</h2><p>${news[1]}</p>
<form><label class="field__label" for="NewsletterForm">${news[2]}</label><input id="NewsletterForm" type="email"><button>Subscribe</button></form></div>
<ul class="footer__list-social list-unstyled">${links(foot, 'list-menu__item')}</ul>
<small class="copyright__content">© 2025, Leafwright Tea Co. Powered by Shopify</small>
</footer></body></html>`;
export const teaBlog: TestPage = {
  html,
  name: 'heldout228-tea-company-blog',
  kind: 'blog',
  // table data cells are body; the product block, share buttons, the reader comment (a blog's comments), the comment form and
  // the "Read more" posts are furniture; the commenter's name and date are furniture too (not the article's bylines)
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...texts(p2), ...texts(p3), ...rows.flat(), ...texts(p3b), ...texts(p4)],
  bylines: ['October 21, 2025', 'Mei Lin Carter', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', announce, 'Leafwright Tea Co.', ...nav, 'Log in', 'Cart', ...tags, ...prod, ...share, '1 comment', comment.text, comment.who,
    comment.when, ...form, 'Back to blog', 'Read more', ...more, ...news, 'Subscribe', ...foot, '© 2025, Leafwright Tea Co. Powered by Shopify',
  ],
};
