import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, j, lis } from './pages-heldout577-kit.js';

/**
 * Held-out batch 577, file c: an event caterer's FAQ page on Webflow (navbar, accordion-style FAQ items, CTA band, footer
 * columns), and a bakery-caterer's holiday grazing box post on a Shopify store's blog (Dawn theme, announcement bar, comment form).
 */
const fTitle = 'Event Catering FAQ';
const fDek = 'The questions planners ask us most, answered in one place. Still stuck? Call the office and a real person will pick up.';
const fQs: readonly (readonly [string, string])[] = [
  [
    'How far in advance should we book?',
    j(
      'For events over 100 guests, four to six months. Smaller parties and office events can often be booked with three weeks’',
      'notice, except in December, when we are usually full by mid-October.',
    ),
  ],
  ['Is there a minimum order?', 'Yes. Full-service events start at 40 guests or $2,400 before tax and service charge, whichever is higher.'],
  [
    'What does the service charge cover?',
    j(
      'Our 20 percent service charge pays for event staff wages, travel time, kitchen equipment and liability insurance. It is',
      'not a gratuity; tipping your crew is always optional.',
    ),
  ],
  [
    'Can you handle allergies and dietary needs?',
    j(
      'We prepare gluten-free, vegan, halal and nut-free dishes every week. Give us the list with your final count and we label',
      'every plate for those guests by name. Our kitchen is not certified allergen-free, so we cannot promise zero cross-contact.',
    ),
  ],
  [
    'Do you provide rentals?',
    j(
      'We bring everything needed to serve the food. Tables, chairs, linens and glassware come from our partner Aldergate Rentals',
      'and appear as a separate line on your quote.',
    ),
  ],
  [
    'What happens to leftovers?',
    j(
      'Food that has been out on a buffet cannot be taken home under county health rules. Untouched trays can be boxed for you,',
      'and anything left in the kitchen goes to the Northgate Community Pantry the next morning.',
    ),
  ],
];
const fNav = ['Menus', 'Weddings', 'Corporate', 'FAQ', 'Contact'];
const fCols: readonly (readonly [string, readonly string[]])[] = [
  ['Company', ['About', 'Team', 'Press']],
  ['Services', ['Plated Dinners', 'Buffets', 'Cocktail Parties', 'Drop-off']],
];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue May 12 2026 16:02:11 GMT+0000 -->
<html data-wf-domain="www.saltandember.co" data-wf-page="65a1f0c2b3" data-wf-site="65a1f0c2a0" lang="en"><head><meta charset="utf-8">
<title>FAQ | Salt &amp; Ember Events</title><meta content="Answers about booking, pricing, allergies and rentals." name="description">
<meta content="FAQ | Salt &amp; Ember Events" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets.website-files.com/65a1f0c2a0/css/salt-and-ember.webflow.shared.css" rel="stylesheet"
 type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Is there a minimum order?"}]}</script>
</head><body class="body-faq">
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div class="nav-container
 w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets.website-files.com/65a1f0c2a0/logo.svg" loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${anchors(fNav, 'nav-link w-nav-link')}
<a href="/contact" class="button nav-button w-button">Get a Quote</a></nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container w-container"><div class="eyebrow">Planning help</div><h1 class="heading-hero">${fTitle}</h1>
<p class="paragraph-large">${fDek}</p></div></section>
<section class="section faq"><div class="container-narrow w-container"><div class="faq-wrapper">
${fQs
  .map(
    ([q, a], i) => `<div class="faq-item"><div data-w-id="b2c1-${i}" class="faq-question"><h3 class="faq-question-text">${q}</h3>
<div class="faq-icon w-embed"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M8 1v14M1 8h14" stroke="currentColor"/></svg></div></div>
<div class="faq-answer" style="height:auto"><p class="faq-answer-text">${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section cta-band"><div class="container w-container"><h2 class="heading-cta">Ready to talk menus?</h2>
<p class="paragraph-cta">Send us your date and guest count and we will come back within two business days.</p>
<a href="/contact" class="button w-button">Start your quote</a></div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid">
<div class="footer-brand"><p class="footer-tagline">Salt &amp; Ember Events cooks for weddings, galas and office parties across the Tamsin coast.</p></div>
${fCols.map(([h, ls]) => `<div class="footer-column"><div class="footer-heading">${h}</div>${anchors(ls, 'footer-link')}</div>`).join('\n')}
</div><div class="footer-bottom"><div class="footer-copyright">© 2026 Salt &amp; Ember Events</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2a0" type="text/javascript"></script>
<script src="https://assets.website-files.com/65a1f0c2a0/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout577-webflow-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQs.map(([q]) => q),
  body: [fDek, ...fQs.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'FAQ'), 'Get a Quote', 'Planning help', 'Ready to talk menus?',
    'Send us your date and guest count and we will come back within two business days.', 'Start your quote',
    'Salt & Ember Events cooks for weddings, galas and office parties across the Tamsin coast.', ...fCols.flatMap(([h, ls]) => [h, ...ls]),
    '© 2026 Salt & Ember Events',
  ],
};

const dTitle = 'Holiday Grazing Boxes Are Back (and Now Feed Twenty)';
const dIntro = [
  j(
    'Every December our ovens run from four in the morning, and every December we sell out of grazing boxes by the second week.',
    'This year we baked more, built a bigger box and opened orders on November 3 so office parties can plan ahead.',
  ),
  'All three boxes are built the morning of pickup or delivery and arrive on a kraft tray with a fitted lid, ready to set down and open.',
];
const dBoxes = [
  '<strong>The Nibble</strong> (serves 6–8, $85): three cheeses, cured salami, seeded crackers, fig jam, grapes and our rosemary shortbread.',
  '<strong>The Gathering</strong> (serves 10–12, $145): everything in the Nibble plus smoked salmon pinwheels, marinated olives and mini gougères.',
  '<strong>The Big Table</strong> (serves 18–20, $260): a two-tier box with a whole baked brie, charcuterie, roasted vegetables and a dozen brownies.',
];
const dHow = [
  j(
    'Order at least 72 hours ahead. Pickup is from our Cellar Street shop between 9am and 4pm. Delivery within the Linden and',
    'Hatfield zip codes is $18, and we can deliver as early as 8am for morning meetings.',
  ),
  j(
    'Need something gluten-free or vegetarian? Add a note at checkout and we will swap in the right crackers and more cheese',
    'and fruit. We cannot make a nut-free box, because our shortbread and brownies are baked alongside almond flour.',
  ),
];
const dNav = ['Shop', 'Catering', 'Cakes', 'Our Story', 'Journal'];
const dFoot = ['Search', 'Shipping & Pickup', 'Refund policy', 'Contact'];
const dHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
 href="https://crumbandcellar.com/blogs/journal/holiday-grazing-boxes">
<title>${dTitle}
&ndash; Crumb &amp; Cellar</title><meta name="description" content="Three sizes of holiday grazing box, from 6 to 20 guests.">
<meta property="og:site_name" content="Crumb &amp; Cellar"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "crumb-and-cellar.myshopify.com";Shopify.theme = {"name":"Dawn","id":141208,"schema_name":"Dawn",
"schema_version":"14.0.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${dTitle}","datePublished":"2026-11-03"}</script>
<link href="//crumbandcellar.com/cdn/shop/t/7/assets/base.css?v=12790" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1921__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
 aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Holiday orders close December 19</span></p></div></div></div></div></div>
<div id="shopify-section-sections--1921__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
 data-sticky-type="on-scroll-up"
 class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
 header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
 aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"><path d="M11 11l4
 4"/></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
 src="//crumbandcellar.com/cdn/shop/files/logo.png"
 alt="Crumb &amp; Cellar" class="header__heading-logo motion-reduce" width="160" height="52"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${dNav
  .map((t) => `<li><a href="/pages/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
 class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
 class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1930__main"
 class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;"><img
 srcset="//crumbandcellar.com/cdn/shop/articles/grazing.jpg?v=1 1100w"
 src="//crumbandcellar.com/cdn/shop/articles/grazing.jpg?v=1&amp;width=1100" loading="eager" width="1100" height="619" alt="The Big Table grazing
 box"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${dTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
 datetime="2026-11-03T14:00:00Z">November 3, 2026</time></span>
<p class="caption-with-letter-spacing" itemprop="author">by Hanne Sorvik</p></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1930__main" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--1930__main"><summary class="share-button__button">
<span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--1930__main"
 class="share-button__message hidden"
 role="status"></span><input type="text" class="field__input" id="ShareUrl-template--1930__main"
 value="https://crumbandcellar.com/blogs/journal/holiday-grazing-boxes"
 readonly><label class="field__label" for="ShareUrl-template--1930__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(dIntro)}
<h2>This year’s boxes</h2>
<ul>${lis(dBoxes)}</ul>
<h2>Ordering, pickup and delivery</h2>
${ps(dHow)}
<p><a href="/collections/grazing-boxes" title="Grazing boxes">Order a grazing box</a></p>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg viewBox="0 0 14 10" class="icon icon-arrow" aria-hidden="true"><path d="M8.537.808"/></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/holiday-grazing-boxes/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" id="CommentForm-author"
 class="field__input"
 placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><textarea id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label"
 for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--1922__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
 section-sections--1922__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
 class="footer-block__heading">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
 class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1922__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1922__footer">Email</label></div></div></form></div></div>
<div class="footer-block__details-content"><ul class="list-unstyled">${links(dFoot, 'link link--text list-menu__item list-menu__item--link')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
 title="">Crumb &amp; Cellar</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
 href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div>
</footer></div>
<script src="//crumbandcellar.com/cdn/shop/t/7/assets/global.js?v=8423" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout577-shopify-grazing-boxes',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['This year’s boxes', 'Ordering, pickup and delivery'],
  body: texts([...dIntro, ...dBoxes, ...dHow]),
  bylines: ['November 3, 2026', 'by Hanne Sorvik'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Holiday orders close December 19', ...dNav.filter((t) => t !== 'Shop'), 'Log in', 'Cart', 'Share', 'Link', 'Order a grazing box',
      'Back to blog',
    'Leave a comment', 'Name *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', 'Email',
    ...dFoot, '© 2026, Crumb & Cellar', 'Powered by Shopify',
  ],
};

export const HELDOUT577_C: readonly TestPage[] = [webflow, shopify];
