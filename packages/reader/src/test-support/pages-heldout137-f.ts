import { type TestPage, texts } from './page-kit.js';
import { alfolioPost } from './pages-heldout137-f2.js';
import { spChrome, spChromeTexts } from './pages-heldout137-f3.js';

/**
 * Held-out batch 137, file f: a Shopify store blog article on the Dawn theme (the announcement bar, the sticky header with the
 * menu drawer and its hidden copy of the menu, the search modal, account and cart icons, the article hero, title, date and
 * author, the share button with its fallback, the rich-text article with a table, "Back to blog", the comments with the comment
 * form, a featured-collection section of products, the footer with newsletter, menus, payment icons, policies and "Powered by
 * Shopify", and the Shopify privacy banner; the header and footer are in file f3) and, from file f2, a Jekyll al-folio post.
 */
const spTitle = 'How to brew oolong gongfu style at home';
const spP1 = [
  'Gongfu brewing sounds like something that needs a teacher and a lot of equipment. It does not. It simply means brewing a larger amount of ' +
    'leaf in a small pot for short steeps, and drinking the tea in several rounds. With oolong, which changes character from one infusion to the ' +
    'next, it is the most rewarding way to brew.',
  'This is the method we use at the shop counter, adapted for a home kitchen.',
];
const spH1 = 'What you need';
const spL1 = [
  'A small teapot or gaiwan holding 100 to 150 ml.',
  'A jug or second cup to pour into, so every cup gets tea of the same strength.',
  'A kettle you can stop short of boiling, or a thermometer.',
  'About 6 grams of oolong, which is two heaped teaspoons of rolled leaf or a small handful of twisted leaf.',
];
const spH2 = 'Water temperature';
const spP2 = ['Oolongs cover a wide range, from green, floral teas that are barely oxidised to dark, roasted ones. Lighter teas want cooler water:'];
const spTable = [
  ['Lightly oxidised, rolled', 'Alishan High Mountain', '90°C'],
  ['Medium, rolled', 'Dong Ding Traditional', '95°C'],
  ['Dark, twisted, roasted', 'Wuyi Rock Da Hong Pao', '100°C'],
];
const spH3 = 'Step by step';
const spL2 = [
  'Warm the pot and cups with hot water, then pour it away.',
  'Add the leaf and pour in just enough water to cover it. Pour this straight off after five seconds. This rinse wakes up the leaf.',
  'Fill the pot and steep for 20 seconds for the first infusion.',
  'Pour everything into the jug, right down to the last drops, then serve.',
  'Add 5 to 10 seconds for each following infusion.',
];
const spP3 = [
  'A good oolong will give you six to eight infusions. The first two are often the most fragrant, the middle ones the fullest, and the last ' +
    'ones soft and sweet. When the tea starts to taste thin, stop, or leave the final infusion for a few minutes to draw out what is left.',
];
const spH4 = 'If it goes wrong';
const spP4 = [
  'Bitter tea almost always means the water was too hot or the steep too long. Cut the next infusion by ten seconds. If the tea is weak, the ' +
    'opposite applies, or you need a little more leaf. Write down what you did; after a few sessions you will have a recipe for each tea you own.',
  'Not sure where to start? Our <a href="/products/oolong-discovery-set">Oolong Discovery Set</a> has 25 grams each of the three teas in the ' + 'table above.',
];
const spComments = [
  ['Harriet Lowe', 'April 14, 2025', 'Tried this with the Dong Ding last night and got seven good infusions. The rinse makes a real difference.'],
  ['Sunil Mehta', 'April 22, 2025', 'Does the same timing work for a clay pot? Mine holds about 180 ml.'],
] as const;
const spCommentForm = ['Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.'];
const spProducts = [
  ['Alishan High Mountain Oolong', '£14.00 GBP'],
  ['Dong Ding Traditional Oolong', '£12.50 GBP'],
  ['Wuyi Rock Da Hong Pao', '£18.00 GBP'],
  ['Oolong Discovery Set', '£22.00 GBP'],
] as const;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const spArticle = `${ps(spP1)}
<h2>${spH1}</h2>
<ul>${spL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${spH2}</h2>
${ps(spP2)}
<table width="100%"><tbody>
<tr><th>Style</th><th>Example from our range</th><th>Water</th></tr>
${spTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>${spH3}</h2>
<ol>${spL2.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(spP3)}
<h2>${spH4}</h2>
${ps(spP4)}`;
const spMain = `<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--24038190571801__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-adapt media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//kettleandkiln.example/cdn/shop/articles/gaiwan.jpg?v=1744275600&amp;width=750 750w" sizes="(min-width: 1200px) 1100px, 100vw"
src="//kettleandkiln.example/cdn/shop/articles/gaiwan.jpg?v=1744275600&amp;width=1100" loading="eager" fetchpriority="high" width="1100" height="619"
alt="Oolong leaves opening in a white gaiwan"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${spTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2025-04-10T09:00:00Z">April 10,
2025</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Mei-Lin Cartwright</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--24038190571801__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true" focusable="false" viewBox="0 0 13 12"></svg>Share</button>
<details id="Details-template--24038190571801__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"
viewBox="0 0 13 12"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--24038190571801__main"
class="share-button__message hidden" role="status">
</span><input type="text" class="field__input" id="ShareUrl-template--24038190571801__main" value="https://kettleandkiln.example/blogs/journal/gongfu-oolong"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--24038190571801__main">Link</label></div>
<button class="share-button__close hidden no-js-hidden"><svg aria-hidden="true" viewBox="0 0 18 17"></svg><span class="visually-hidden">Close
share</span></button>
<button class="share-button__copy no-js-hidden"><svg class="icon icon-clipboard" aria-hidden="true" viewBox="0 0 11 13"></svg><span
class="visually-hidden">Copy link</span>
</button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${spArticle}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow" viewBox="0 0 14 10"></svg></span>Back to blog</a></div>
<div data-id="template--24038190571801__main" class="article-template__comment-wrapper background-secondary"><div id="comments"
class="page-width page-width--narrow">
<h2 id="Comments-601234567890" class="h3">2 comments</h2><div class="article-template__comments">
${spComments
  .map(
    ([n, d, t]) => `<article id="606132${t.length}" class="article-template__comments-comment"><div class="rte"><p>${t}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${n}</span><span class="caption-with-letter-spacing"><time
datetime="2025-04-14">${d}</time>
</span></footer></article>`,
  )
  .join('\n')}</div>
<form method="post" action="/blogs/journal/gongfu-oolong/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><input type="hidden" name="utf8" value="✓"><h2>${spCommentForm[0]}</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input"
autocomplete="name" value="" aria-required="true" required placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span
aria-hidden="true">*</span></label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value=""
autocorrect="off"
autocapitalize="off" aria-required="true" required placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span
aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" aria-required="true" required
placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">${spCommentForm[4]}</p><input type="submit" class="button" value="Post comment"></form></div></div>
</article></section>
<section id="shopify-section-template--24038190571801__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection section-template--24038190571801__featured_collection-padding"><div
class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Teas from this article</h2></div>
<slider-component class="slider-mobile-gutter page-width"><ul id="Slider-template--24038190571801__featured_collection"
class="grid product-grid contains-card--product
grid--4-col-desktop grid--2-col-tablet-down" role="list" aria-label="Slider">
${spProducts
  .map(
    ([n, pr], i) => `<li id="Slide-template--24038190571801__featured_collection-${i + 1}" class="grid__item scroll-trigger animate--slide-in">
<div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div class="card__inner ratio">
<div class="card__media"><div class="media media--transparent media--hover-effect"><img src="//kettleandkiln.example/cdn/shop/files/${i}.jpg?width=533"
alt="${n}"
class="motion-reduce" loading="lazy" width="1000" height="1000"></div></div></div><div class="card__content"><div class="card__information">
<h3 class="card__heading h5" id="title-template--24038190571801__featured_collection-${i}"><a href="/products/${n.toLowerCase().replace(/ /g, '-')}"
id="CardLink-template--24038190571801__featured_collection-${i}" class="full-unstyled-link">${n}</a></h3><div class="card-information"><span
class="caption-large light"></span>
<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${pr}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></slider-component>
<div class="center collection__view-all scroll-trigger animate--slide-in"><a href="/collections/oolong" class="button" aria-labelledby="ViewAll">View
all</a></div>
</div></div></section></main>`;
const shopify: TestPage = {
  html: spChrome(spTitle, spMain),
  name: 'heldout137-shopify-dawn-blog',
  kind: 'blog',
  // the date and the author under the title are bylines; the table's data cells are body and its header cells in neither
  // list; the closing line naming the shop's own product is the author's text and body; share texts, "Back to blog", the
  // comments and form, the featured products, the header, footer and privacy banner are furniture
  title: spTitle,
  headings: [spH1, spH2, spH3, spH4],
  body: texts([...spP1, ...spL1, ...spP2, ...spTable.flat(), ...spL2, ...spP3, ...spP4]),
  bylines: ['April 10, 2025', 'Mei-Lin Cartwright'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Share', 'Link', 'Close share', 'Copy link', 'Back to blog', '2 comments', ...spComments.flat(), ...spCommentForm, 'Teas from this article',
    'Alishan High Mountain Oolong', 'Dong Ding Traditional Oolong', ...spProducts.map(([, pr]) => pr), 'Regular price', 'View all',
    ...spChromeTexts(),
  ],
};
export const HELDOUT137_F: readonly TestPage[] = [shopify, alfolioPost];
