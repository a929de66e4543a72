import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout657-kit.js';

/** Held-out batch 657, file b2: a cleaning-products shop's blog article on Shopify (Dawn theme) about pet stains on a sofa. */
const dTitle = 'Pet Accident on the Sofa? A Five-Step Clean-Up';
const dIntro = [
  j(
    'Puppies, elderly cats and the odd poorly dog all have one thing in common: sooner or later, something ends up on the sofa. The',
    'good news is that urine and vomit on most fabric sofas can be dealt with at home, as long as you get the order of the steps right.',
  ),
  j(
    'Before you start, find the care code on the label under the seat cushions. <strong>W</strong> means water-based cleaners are fine,',
    '<strong>S</strong> means solvent only, and <strong>X</strong> means vacuum only – in which case skip straight to the last step and',
    'call a professional.',
  ),
];
const dH = ['You will need', 'The five steps', 'If the smell comes back'];
const dNeed = [
  'white cloths or paper towels',
  'a spray bottle of cool water',
  'an enzyme cleaner (we use our own Stain and Odour Spray)',
  'a soft brush and a vacuum with an upholstery tool',
];
const dSteps = [
  "<strong>Lift, don't rub.</strong> Scoop up any solids with a spoon and blot liquids with a dry cloth, pressing firmly. Rubbing pushes the mess deeper.",
  '<strong>Rinse lightly.</strong> Mist the area with cool water and blot again. Hot water can set proteins in vomit and make the smell worse.',
  j(
    '<strong>Apply the enzyme cleaner.</strong> Spray until the fabric is damp, but not soaked, over an area a little larger than the stain.',
    'The enzymes need to reach everything the accident touched.',
  ),
  j(
    '<strong>Wait.</strong> Leave it for at least 15 minutes, or an hour for an old stain, so the enzymes can break down the uric acid',
    'crystals that cause lingering odour.',
  ),
  '<strong>Blot and dry.</strong> Blot off the excess, then let the area air-dry with a window open. Brush the pile gently once dry and vacuum.',
];
const dBack = [
  j(
    'A smell that returns on warm or humid days usually means urine reached the cushion foam. Unzip the cover if you can and treat',
    'the foam directly, or repeat steps three to five twice more, letting the area dry fully in between.',
  ),
  j('Whatever you do, avoid cleaners with ammonia. To a cat or dog it smells like urine, and it can encourage them to mark the same', 'spot again.'),
];
const dNav = ['Shop all', 'Laundry', 'Surfaces', 'Carpet & Upholstery', 'Journal', 'About us'];
const dFootMenu = ['Delivery and returns', 'Stockists', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const dAnn = 'Free UK delivery on orders over £30';
const dNewsText = 'Be the first to hear about new products and offers.';
const dHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://hearthlanehome.co.uk/blogs/journal/pet-accident-on-the-sofa">
<title>${dTitle} – Hearthlane Home</title><meta name="description" content="How to clean urine and vomit from a fabric sofa in five steps.">
<meta property="og:site_name" content="Hearthlane Home"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<script src="//hearthlanehome.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712" defer="defer"></script>
<script src="//hearthlanehome.co.uk/cdn/shop/t/4/assets/global.js?v=84921637281625401712" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hearthlane-home.myshopify.com";Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141936214202,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-background-1:255,255,255}</style>
<link href="//hearthlanehome.co.uk/cdn/shop/t/4/assets/base.css?v=1412" rel="stylesheet" type="text/css" media="all">
<link href="//hearthlanehome.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1412" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1712__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>${dAnn}</span></p></div></div></div></div></div>
<div id="shopify-section-sections--1712__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-social header--has-account"><header-drawer data-breakpoint="tablet"><details
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hearthlane Home</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${dNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${esc(t)}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="https://hearthlanehome.co.uk/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg aria-hidden="true"
class="icon icon-account"></svg><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1712__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
srcset="//hearthlanehome.co.uk/cdn/shop/articles/sofa-pet.jpg?v=1712&amp;width=1100 1100w"
src="//hearthlanehome.co.uk/cdn/shop/articles/sofa-pet.jpg?v=1712&amp;width=1100"
sizes="(min-width: 1200px) 1100px, 100vw" alt="A grey fabric sofa with a terrier asleep on one cushion" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${dTitle}</h1><span class="circle-divider
caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2027-03-12T08:00:00Z">March 12, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Priya Lanark</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1712__main" class="share-button
quick-add-hidden"><button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details
id="Details-share-template--1712__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--1712__main" class="share-button__message hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl-template--1712__main"
value="https://hearthlanehome.co.uk/blogs/journal/pet-accident-on-the-sofa"
placeholder="Link" onclick="this.select();" readonly></div><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close share</span>
</button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(dIntro)}
<h2>${dH[0]}</h2><ul>${lis(dNeed)}</ul>
<h2>${dH[1]}</h2><ol>${lis(dSteps)}</ol>
<h2>${dH[2]}</h2>
${ps(dBack)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2
id="Comments-template--1712__main">Leave a comment</h2><form method="post" action="/blogs/journal/pet-accident-on-the-sofa/comments#comment_form"
id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment"><div
class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" autocomplete="name" aria-required="true" required placeholder="Name"><label class="field__label" for="CommentForm-author">Name
<span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email"
autocomplete="email" class="field__input" aria-required="true" required placeholder="Email"><label class="field__label" for="CommentForm-email">Email
<span aria-hidden="true">*</span></label></div></div><div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area
field__input" name="comment[body]" aria-required="true" required placeholder="Comment"></textarea><label class="form__label field__label"
for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div><p class="article-template__comment-warning caption">Please note,
comments need to be approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div>
</article></section></main>
<div id="shopify-section-sections--1712__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--1712__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col
grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">${links(dFootMenu, 'link link--text list-menu__item list-menu__item--link')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<p class="footer-block__newsletter-text">${dNewsText}</p><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter
newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1712__footer" type="email"
name="contact[email]" class="field__input" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email"
required><label class="field__label" for="NewsletterForm--sections--1712__footer">Email</label><button type="submit" class="newsletter-form__button
field__button" name="commit" aria-label="Subscribe"><svg aria-hidden="true" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization
isolate"><localization-form><form method="post" action="/localization" id="FooterCountryForm" class="localization-form"><div><h2
class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button" class="disclosure__button
localization-form__select localization-selector link link--text caption-large" aria-expanded="false">United Kingdom | GBP £</button></div></div>
</form></localization-form></div><div class="footer__copyright caption"><small class="copyright__content">© 2027, <a href="/"
title="">Hearthlane Home</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered
by Shopify</a></small></div></div></div></footer></div>
<script src="//hearthlanehome.co.uk/cdn/shop/t/4/assets/share.js?v=13024540447964430191712" defer="defer"></script></body></html>`;
const shopifyDawn: TestPage = {
  name: 'heldout657-shopify-dawn-pet-sofa',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dNeed, ...dSteps, ...dBack]),
  bylines: ['March 12, 2027', 'Priya Lanark'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', dAnn, 'Hearthlane Home', ...dNav, 'Log in', 'Cart', 'Share', 'Back to blog', 'Leave a comment',
    'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Help', ...dFootMenu,
    'Subscribe to our emails', dNewsText, 'Country/region', 'United Kingdom | GBP £', '© 2027, Hearthlane Home', 'Powered by Shopify',
  ],
};

export const HELDOUT657_B2: readonly TestPage[] = [shopifyDawn];
