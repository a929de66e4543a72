import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, render, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file e2: a pharmacy's health advice post on a Shopify store with the Dawn theme (announcement bar,
 * header with inline menu, search, account and cart icons, the article template's hero image, title, date and author, the
 * rte body with a table, the share button, "Back to blog", an inline product promo, the Dawn comment form, the footer with
 * its menus and email sign-up, and Shopify's privacy banner).
 */
const hTitle = 'Hay fever: how to choose the right treatment';
const hSecs: Section[] = [
  [
    '',
    [
      j(
        'Pollen season in this part of the country usually starts with tree pollen in late March, moves on to grass pollen from',
        'May to July and ends with weed pollen into September. Knowing which pollen sets you off helps you start treatment at the',
        'right time, ideally a week or two before your symptoms usually begin.',
      ),
      j('Most people with hay fever can manage it well with medicines from the pharmacy. Here is how our pharmacists help', 'customers choose.'),
    ],
  ],
  [
    'Antihistamine tablets',
    [
      j(
        'Non-drowsy antihistamines such as cetirizine, loratadine and fexofenadine are the first choice for sneezing, itching and',
        'a runny nose. They are taken once a day and work within an hour or two. If one does not help after a week, it is worth',
        'trying a different one, as people respond differently.',
      ),
    ],
  ],
  [
    'Steroid nasal sprays',
    [
      j(
        'If a blocked nose is your main problem, a steroid nasal spray is usually more effective than tablets. The catch is that',
        'it takes several days to reach its full effect, so it needs to be used every day throughout the season, not only on bad',
        'days. Point the nozzle slightly outwards, away from the middle of your nose, and sniff gently.',
      ),
    ],
  ],
  [
    'Eye drops',
    [
      j(
        'Sodium cromoglicate drops can soothe itchy, watery eyes and are safe to use alongside tablets. Remove contact lenses',
        'before using them and wait fifteen minutes before putting lenses back in.',
      ),
    ],
  ],
  [
    'When to see your GP',
    [
      'Speak to us or your GP if:',
      [
        'you are pregnant or breastfeeding and not sure which treatment is safe',
        'your symptoms are not controlled by pharmacy medicines',
        'you get wheezing, chest tightness or breathlessness during the pollen season',
        'you are buying treatment for a child under six',
      ],
    ],
  ],
];
const hTable = [
  ['Sneezing, itching, runny nose', 'Antihistamine tablet', 'Within 1 to 2 hours'],
  ['Blocked nose', 'Steroid nasal spray', '3 to 7 days'],
  ['Itchy, watery eyes', 'Antihistamine or cromoglicate eye drops', 'Within minutes to a few days'],
];
const hNav = ['Shop', 'Prescriptions', 'Travel Clinic', 'Health Advice', 'Contact'];
const hFoot = ['Search', 'Delivery & returns', 'Terms of service', 'Refund policy', 'Privacy policy'];
const tbl = `<div class="table-wrapper"><table><thead><tr><th>Main symptom</th><th>Try first</th><th>Starts working</th></tr></thead><tbody>
${hTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>\n`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://kingsmeadpharmacy.example/blogs/health-advice/hay-fever-choosing-treatment">
<title>Hay fever: how to choose the right treatment
– Kingsmead Pharmacy</title><meta name="description" content="Tablets, sprays or eye drops? Our pharmacists explain how to choose hay fever treatment.">
<meta property="og:site_name" content="Kingsmead Pharmacy"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script src="//kingsmeadpharmacy.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "kingsmead-pharmacy.myshopify.example";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":139920965871,"schema_name":"Dawn","schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","headline":"${hTitle}","author":{"@type":"Person","name":"Amara Leclerc"},
"datePublished":"2026-03-02T09:00:00Z"}</script></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17922__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £30</span></p></div></div></div>
<div id="shopify-section-sections--17922__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Kingsmead Pharmacy</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${hNav
  .map((t) => `<li><a href="/pages/${t.length}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17940__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img src="//kingsmeadpharmacy.example/cdn/shop/articles/
grass-pollen.jpg?v=1709370000&amp;width=1100" alt="Grass in flower at the edge of a meadow" width="1100" height="620" loading="lazy"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1><span class="circle-divider
caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-02T09:00:00Z">2 March 2026</time></span>
<span itemprop="author" class="caption-with-letter-spacing">By Amara Leclerc, MPharm</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${render(hSecs.slice(0, 1))}
${tbl}
${render(hSecs.slice(1, 4))}
<p><em>Shop our range: <a href="/collections/hay-fever">Hay fever tablets, sprays and eye drops</a>, all checked by a pharmacist before dispatch.</em></p>
${render(hSecs.slice(4))}
</div><div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--17940__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden">Share</button><details id="Details-share-template--17940__main">
<summary class="share-button__button">Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--17940__main" class="share-button__message hidden"
role="status">Link copied to clipboard</span><input type="text" class="field__input" id="ShareUrl-template--17940__main" readonly></div>
<button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden">
<span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__back element-margin-top center">
<a href="/blogs/health-advice" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-600123">Leave a
comment</h2><form method="post" action="/blogs/health-advice/hay-fever-choosing-treatment/comments" id="CommentForm" class="comment-form">
<div class="article-template__comment-fields">
<div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name</label></div><div class="field"><textarea id="CommentForm-body" class="text-area field__input"
name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17923__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content
list-unstyled">${links(hFoot)}</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Our pharmacy</h2>
<div class="footer-block__details-content rte"><p>Kingsmead Pharmacy, 27 Weaver Street, Kingsmead KM1 3DJ. GPhC registered pharmacy 9012447.
Superintendent pharmacist: Amara Leclerc.</p></div></div></div><div class="footer-block--newsletter">
<h2 class="footer-block__heading">Subscribe to our emails</h2>
<form class="footer__newsletter newsletter-form"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></form></div></div><div class="footer__content-bottom">
<div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/">Kingsmead Pharmacy</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.example">Powered by Shopify</a></small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><div class="shopify-pc__banner__body">
<h2 class="shopify-pc__banner__title">Cookie
preferences</h2><p id="shopify-pc__banner__body-policy-link">This website uses cookies to ensure you get the best experience.</p></div>
<div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button><button type="button"
class="shopify-pc__banner__btn-decline">Decline</button><button type="button" class="shopify-pc__banner__btn-accept">Accept</button></div></div></body></html>`;
export const shopifyPharmacy: TestPage = {
  name: 'heldout391-shopify-pharmacy-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: heads(hSecs),
  body: [...bodyOf(hSecs.slice(0, 1)), ...hTable.flat(), ...bodyOf(hSecs.slice(1))],
  bylines: ['2 March 2026', 'By Amara Leclerc, MPharm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £30', 'Kingsmead Pharmacy', ...hNav, 'Log in', 'Cart',
    'Shop our range: Hay fever tablets, sprays and eye drops, all checked by a pharmacist before dispatch.', 'Share', 'Link copied to clipboard',
    'Close share', 'Copy link', 'Back to blog', 'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Quick links', ...hFoot, 'Our pharmacy',
    'Kingsmead Pharmacy, 27 Weaver Street, Kingsmead KM1 3DJ. GPhC registered pharmacy 9012447. Superintendent pharmacist: Amara Leclerc.',
    'Subscribe to our emails', 'Email', '© 2026, Kingsmead Pharmacy', 'Powered by Shopify', 'Cookie preferences',
    'This website uses cookies to ensure you get the best experience.', 'Manage preferences', 'Decline', 'Accept',
  ],
};
