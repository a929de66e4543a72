import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 10, file a: a Shopify (Dawn-style) store blog post with an announcement bar, a cart drawer,
 * a "Shop the story" product carousel and a reviews widget, and a HubSpot-hosted company blog post with CTA
 * banners inside the post body, an author bio, a "Subscribe to our blog" form and related posts.
 */
const teaIntro = [
  'Every June the same question arrives in our inbox, usually from someone standing in a warm kitchen: can I make iced ' +
    'tea without boiling the kettle at all? You can, and the result is often better than the hot-brewed, ice-shocked kind.',
  'Cold brewing means steeping leaves in cool water for many hours instead of hot water for a few minutes. Less of the ' +
    'tannin comes out at low temperature, so the tea is rounder and sweeter, and it forgives a heavy hand with the leaf.',
];
const teaNeed = [
  'Nothing special. A jar or jug that holds a litre, a fine sieve, and room in the fridge. We use a plain kilner jar ' +
    'because it is easy to shake and easy to clean, and because you can see the colour change through the glass.',
  'For leaf, start with something you already like hot. Green teas and lightly oxidised oolongs are the most forgiving; ' +
    'black teas work too but can turn flat and papery if they are left in the water too long.',
];
const teaSteps = [
  'Weigh 10 grams of leaf for each litre of cold filtered water, which is roughly four heaped teaspoons.',
  'Put the leaf in the jar first, pour the water over it and give the jar one gentle swirl.',
  'Close the jar and leave it in the fridge for eight hours for green tea, or six hours for black tea.',
  'Taste a spoonful before straining, and if it still seems thin, give it another hour.',
  'Strain through a fine sieve into a clean bottle and drink it within three days.',
];
const teaWrong = [
  'The most common complaint is a grassy, bitter edge, and it almost always means the leaf sat too long. Cold brewing ' +
    'is gentle, but it is not endless, and a batch forgotten over a weekend will show it.',
  'A cloudy jug is harmless. Some teas, Assam especially, go hazy in the cold as compounds come out of solution; a ' +
    'splash of hot water clears it if the look bothers you.',
  'Finally, do not be afraid to re-use the leaf. A second cold steep of the same oolong, left overnight, is lighter ' +
    'but still lovely, and it costs you nothing but fridge space.',
];
const shopNav = ['Shop all tea', 'Green', 'Black', 'Oolong', 'Teaware', 'Gift cards', 'Journal'];
const shopFoot = ['Search', 'Shipping & returns', 'Wholesale', 'Contact us'];
const products = [
  ['Sencha Kaze, 100g', '£9.50'],
  ['Four Seasons Oolong, 50g', '£11.00'],
  ['Glass brewing jar, 1 litre', '£14.00'],
];
const productCard = ([name, price]: string[]): string =>
  `<li class="grid__item slider__slide"><div class="card-wrapper product-card-wrapper"><div class="card card--standard">` +
  `<img src="//fernhill.example/cdn/shop/files/p.jpg?width=360" alt="" loading="lazy"><div class="card__content"><h3 class="card__heading h5">` +
  `<a href="/products/p" class="full-unstyled-link">${name}</a></h3><div class="price"><span class="price-item price-item--regular">${price}</span>` +
  `</div></div><product-form><button type="submit" name="add" class="quick-add__submit button">Add to cart</button></product-form></div></div></li>`;
const shopHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Cold brewing loose-leaf tea: a slow method for hot days &ndash; Fernhill Tea Co.</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Fernhill Tea Co.">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "fernhill-tea.myshopify.example"; Shopify.theme = {"name":"Dawn","id":141203};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Cold brewing loose-leaf tea",
"author":{"@type":"Person","name":"Jo Tanaka"},"datePublished":"2025-06-12T08:00:00Z","publisher":{"@type":"Organization","name":"Fernhill Tea Co."}}</script>
<link rel="stylesheet" href="//fernhill.example/cdn/shop/t/4/assets/base.css"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart">
<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your cart is empty</h2><a href="/collections/all" class="button">Continue shopping</a>
<p class="cart__login-title h3">Have an account?</p><p class="cart__login-paragraph"><a href="/account/login" class="link underlined-link">Log in</a>
to check out faster.</p></div></div></div></div></div></cart-drawer>
<div class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="announcement-bar color-accent-1" role="region"
 aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £35</span></p></div></div>
<div class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper color-background-1">
<header class="header header--middle-left page-width"><a href="/" class="header__heading-link"><span class="h2">Fernhill Tea Co.</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(shopNav, 'header__menu-item list-menu__item')}</ul></nav>
<div class="header__icons"><details-modal class="header__search">
<summary class="header__icon header__icon--search" aria-label="Search"></summary></details-modal>
<a href="/account/login" class="header__icon header__icon--account"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-medium media">
<img src="//fernhill.example/cdn/files/coldbrew.jpg?width=1100" alt="A glass jar of green tea steeping in a fridge" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">Cold brewing loose-leaf tea: a slow method for hot days</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2025-06-12T08:00:00Z">June 12, 2025</time></span>
<span class="caption-with-letter-spacing">by Jo Tanaka</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary class="share-button__button">
Share</summary><div class="share-button__fallback"><input type="text" class="field__input" value="https://fernhill.example/blogs/journal/cold-brew" readonly>
<button class="share-button__copy" aria-label="Copy link"></button>
<span class="share-button__message" role="status">Link copied!</span></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps(teaIntro)}
<h2>What you need</h2>
${ps(teaNeed)}
<h2>The method</h2>
<ol>${teaSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2>When it goes wrong</h2>
${ps(teaWrong)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/cold-brew/comments" class="comment-form"><h2>Leave a comment</h2>
<div class="field"><input type="text" id="CommentForm-author" name="comment[author]" placeholder="Name"><label for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" id="CommentForm-email" name="comment[email]" placeholder="Email"><label for="CommentForm-email">Email</label></div>
<div class="field"><textarea id="CommentForm-body" name="comment[body]"></textarea><label for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section id="shopify-section-template--shop-the-story" class="shopify-section section"><div class="featured-collection page-width">
<div class="title-wrapper-with-link"><h2 class="title inline-richtext h2">Shop the story</h2><a href="/collections/cold-brew" class="link underlined-link">
View all</a></div><slider-component class="slider-mobile-gutter"><ul class="grid product-grid contains-card slider slider--tablet" role="list">
${products.map(productCard).join('\n')}</ul></slider-component></div></section>
<section class="shopify-section"><div id="judgeme_product_reviews" class="jdgm-widget jdgm-all-reviews-widget"><div class="jdgm-rev-widg">
<h2 class="jdgm-rev-widg__title">Customer Reviews</h2><div class="jdgm-rev-widg__summary">
<span class="jdgm-prev-badge__stars" aria-label="4.8 stars">★★★★★</span>
<div class="jdgm-rev-widg__summary-text">Based on 214 reviews</div><a class="jdgm-write-rev-link" href="#">Write a review</a></div>
<div class="jdgm-rev"><span class="jdgm-rev__author">Priya S.</span> <span class="jdgm-rev__timestamp">06/18/2025</span>
<b class="jdgm-rev__title">Clean and bright</b><div class="jdgm-rev__body">
<p>Ordered the sencha for cold brew after reading this, now on my third bag.</p></div>
</div></div></div></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__details-content"><h2 class="footer-block__heading">Quick links</h2>
<ul class="list-unstyled">${links(shopFoot, 'list-menu__item')}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2>
<p>Be the first to hear about new harvests and small-batch blends.</p><form class="newsletter-form"><label for="NewsletterForm--footer">Email address</label>
<input id="NewsletterForm--footer" type="email" name="contact[email]"><button type="submit" aria-label="Subscribe">&#8594;</button></form></div></div>
<div class="footer__content-bottom"><div class="footer__localization"><h2 class="caption-large text-body">Country/region</h2>
<button class="disclosure__button">United Kingdom | GBP £</button></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2025, <a href="/">Fernhill Tea Co.</a></small>
<small class="copyright__content">
<a href="https://www.shopify.example?utm_campaign=poweredby" rel="nofollow">Powered by Shopify</a></small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-label="Cookie banner"><p class="shopify-pc__banner__body">
We use cookies and similar tools to keep your basket working and to understand which pages get read.</p>
<button class="shopify-pc__banner__btn-accept">Accept</button><button class="shopify-pc__banner__btn-decline">Decline</button></div>
<script src="//fernhill.example/cdn/shop/t/4/assets/cart-drawer.js" defer="defer"></script>
</body></html>`;
const shopify: TestPage = {
  html: shopHtml,
  name: 'heldout10-shopify-blog',
  kind: 'blog',
  // hard calls: the journal post (h1, its three h2 sections, paragraphs and the numbered steps) is the article; the date
  // and "by Jo Tanaka" are bylines, and so are the review's author and date; the cart drawer (hidden until opened),
  // the announcement bar, the menu, the share button, "Back to blog", the comment form, the "Shop the story" carousel
  // (product names, prices, "Add to cart"), the Judge.me reviews widget with its one review, the footer and the
  // cookie banner are furniture: the review is a customer's note on a product, not part of the post
  title: 'Cold brewing loose-leaf tea: a slow method for hot days',
  headings: ['What you need', 'The method', 'When it goes wrong'],
  body: [...texts(teaIntro), ...texts(teaNeed), ...texts(teaSteps), ...texts(teaWrong)],
  bylines: ['June 12, 2025', 'by Jo Tanaka', 'Priya S.', '06/18/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Have an account?', 'Log in', 'to check out faster.',
    'Free UK delivery on orders over £35', 'Fernhill Tea Co.', ...shopNav, 'Share', 'Link copied!', 'Back to blog', 'Leave a comment', 'Name', 'Email',
    'Comment', 'Please note, comments need to be approved before they are published.', 'Shop the story', 'View all', ...products.flat(), 'Add to cart',
    'Customer Reviews', 'Based on 214 reviews', 'Write a review', 'Clean and bright',
    'Ordered the sencha for cold brew after reading this, now on my third bag.', 'Quick links', ...shopFoot, 'Subscribe to our emails',
    'Be the first to hear about new harvests and small-batch blends.', 'Email address', 'Country/region', 'United Kingdom | GBP £', 'Powered by Shopify',
    'We use cookies and similar tools to keep your basket working and to understand which pages get read.', 'Accept', 'Decline',
  ],
};

const hsIntro = [
  'Ask any plumbing or heating dispatcher what ruins a Tuesday and you will hear the same answer: the technician drives ' +
    'forty minutes, knocks, and nobody is home. The truck, the labour and the slot are gone, and the customer usually still needs the job done.',
  'We looked at eleven months of anonymised booking data from 340 service companies that schedule with Routewise to see ' +
    'when and why visits fail. About 7 percent of booked home visits ended with no one at the door, and the causes were far ' +
    'less random than dispatchers tend to assume.',
];
const hsWindow = [
  'The strongest single predictor was the width of the arrival window. Visits promised as “some time between 8 and 12” ' +
    'failed almost three times as often as those given a two-hour window. People do not wait in all morning; they pop out, ' +
    'walk the dog or collect a child from school.',
];
const hsConfirm = [
  'Appointments booked more than a week ahead failed most often when nobody had been in touch since the booking. A single ' +
    'reminder the evening before, with a link to reschedule, cut no-shows for those bookings by a little over a third.',
  'The link matters as much as the reminder. When rescheduling meant phoning the office during working hours, customers ' +
    'simply did not bother, and the technician found out at the door.',
];
const hsFixes = [
  'Offer two-hour arrival windows as the default and keep the wide ones for long rural routes only.',
  'Send the reminder the evening before by text rather than email, with a one-tap reschedule link.',
  'Let the technician send an “on my way” message with a live arrival estimate when they set off.',
  'Ask for a gate code, parking note or safe-place instruction when the job is booked, not on the doorstep.',
  'Track failed visits by cause for a month before changing anything, so you know which fix to try first.',
];
const hsNext = [
  'No-show rate on its own hides a lot. We recommend tracking it alongside late cancellations and first-visit completion, ' +
    'since a company that moves failures from the doorstep to the night before has still lost the slot, but has had time to fill it.',
  'If you change one thing this quarter, make it the window. It costs nothing, customers notice it immediately, and in our ' +
    'data it was the fix most likely to stick.',
];
const hsNav = ['Product', 'Pricing', 'Customers', 'Resources'];
const hsRelated = [
  'How to price emergency call-outs without scaring customers',
  'The dispatcher’s guide to route density',
  'What we learned from 1,000 technician ride-alongs',
];
const hsFoot = ['Privacy policy', 'Terms of service', 'Security', 'Careers'];
const cta = (id: string, text: string): string =>
  `<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-${id}"><span class="hs-cta-node hs-cta-${id}" id="hs-cta-${id}">` +
  `<a href="https://cta-redirect.hubspot.example/cta/redirect/2231904/${id}" class="cta_button" style="display:block;background:#ff7a59;color:#fff">` +
  `${text}</a></span><script charset="utf-8" src="https://js.hscta.example/cta/current.js"></script>` +
  `<script type="text/javascript">hbspt.cta.load(2231904, '${id}', {"useNewLoader":"true","region":"na1"});</script></span>` +
  `<!-- end HubSpot Call-to-Action Code -->`;
const hsHtml =
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Why customers miss home service appointments, and five fixes that work</title>
<meta name="description" content="What eleven months of booking data says about failed home visits.">
<link rel="stylesheet" href="https://www.routewise.example/hubfs/hub_generated/template_assets/1/blog-post.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"author":{"name":"Dana Whitcombe"},"datePublished":"2025-02-18"}</script>
</head>
<body class="blog-post-template hs-content-id-18829101734 hs-blog-post hs-blog-id-6624417">
<div data-global-resource-path="routewise/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo">
<a href="https://www.routewise.example"><img src="/hubfs/logo.svg" alt="Routewise"></a></div>
<nav class="navigation-primary" aria-label="Main menu"><ul class="submenu level-1">${links(hsNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__buttons"><a class="button button--small" href="/login">Log in</a><a class="button button--primary" href="/demo">Book a demo</a></div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><div class="blog-post__topics"><a class="blog-post__tag-link" href="/blog/tag/operations">Operations</a>
<a class="blog-post__tag-link" href="/blog/tag/customer-experience">Customer experience</a></div>
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field">
Why customers miss home service appointments, and five fixes that work</span></h1>
<div class="blog-post__meta"><a class="blog-post__author-name" href="/blog/author/dana-whitcombe">Dana Whitcombe</a>
<time datetime="2025-02-18 14:00:00" class="blog-post__timestamp">Feb 18, 2025 9:00:00 AM</time><span class="blog-post__read-time">6 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hsIntro)}
<!--more-->
<h2>The arrival window is too wide</h2>
${ps(hsWindow)}
<h2>Nobody confirmed the day before</h2>
${ps(hsConfirm)}
<p style="text-align:center">${cta('8f1c2a7e-44b0-4e0c-9a3d-1f6d20c5e9b1', 'Download the free no-show reduction checklist')}</p>
<h2>Five fixes that work</h2>
<ul>${hsFixes.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2>What to measure next</h2>
${ps(hsNext)}
<div class="hs-cta-embed" style="border:1px solid #eee;padding:24px"><h3>See how Routewise handles reminders for you</h3>
<p>${cta('0b7e33d9-5a21-4d8e-b2a0-77c3e1f40a62', 'Book a 20-minute demo')}</p></div>
</span></div>
<div class="blog-post__share"><span class="blog-post__share-label">Share this article</span><a href="https://www.linkedin.example/shareArticle">LinkedIn</a>
<a href="https://www.facebook.example/sharer">Facebook</a><a href="https://x.example/intent/tweet">Post on X</a></div>
<div class="blog-post__author"><img class="blog-post__author-image" src="/hubfs/dana.jpg" alt="Dana Whitcombe" width="72">
<div class="blog-post__author-info"><h4 class="blog-post__author-heading">About the author</h4>
<a class="blog-post__author-name" href="/blog/author/dana-whitcombe">Dana Whitcombe</a>
<p class="blog-post__author-bio">Dana leads customer research at Routewise and spent eight years running dispatch for a heating firm in Ohio.</p></div></div>
</article>
<div class="blog-subscribe">
<div id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form" data-hs-cos-type="form">
<h3 class="form-title">Subscribe to our blog</h3><p>Get new posts on field service operations every two weeks.</p>
<form id="hsForm_6c1e" class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label id="label-email-6c1e" for="email-6c1e"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-6c1e" class="hs-input" type="email" name="email" required></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div>
</form></div></div>
<section class="blog-related-posts"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${hsRelated.map((t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title-link"><a href="/blog/r">${t}</a></h3></div>`).join('\n')}
</div></section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="footer__links">${links(hsFoot)}</ul>
<p class="footer__copyright">© 2025 Routewise, Inc. 400 Front Street, Columbus, OH 43215</p></div></footer>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>We use cookies to see which of our pages are useful and to remember your ` +
  `choices. You can change your mind at any time from the footer.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/2231904.js"></script>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
</body></html>`;
const hubspot: TestPage = {
  html: hsHtml,
  name: 'heldout10-hubspot-blog',
  kind: 'blog',
  // hard calls: the CTA banners sit inside the rich-text post body (one between two sections, one boxed with its own
  // h3 at the end) but are adverts, so furniture, and the boxed CTA's h3 is not a section heading; the topic tags, the
  // read time, the share bar, the author bio card (the name there is a byline, the bio furniture), the subscribe form,
  // the related posts, the footer and the hidden-until-loaded cookie banner are furniture
  title: 'Why customers miss home service appointments, and five fixes that work',
  headings: ['The arrival window is too wide', 'Nobody confirmed the day before', 'Five fixes that work', 'What to measure next'],
  body: [...texts(hsIntro), ...texts(hsWindow), ...texts(hsConfirm), ...texts(hsFixes), ...texts(hsNext)],
  bylines: ['Dana Whitcombe', 'Feb 18, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hsNav, 'Log in', 'Book a demo', 'Operations', 'Customer experience', '6 min read',
    'Download the free no-show reduction checklist', 'See how Routewise handles reminders for you', 'Book a 20-minute demo', 'Share this article',
    'LinkedIn', 'Post on X', 'About the author',
    'Dana leads customer research at Routewise and spent eight years running dispatch for a heating firm in Ohio.', 'Subscribe to our blog', 'Email',
    'Get new posts on field service operations every two weeks.', 'Related posts', ...hsRelated, ...hsFoot,
    '© 2025 Routewise, Inc. 400 Front Street, Columbus, OH 43215', 'We use cookies to see which of our pages are useful and to remember your choices.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT10_A: readonly TestPage[] = [shopify, hubspot];
