import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout493-kit.js';

/**
 * Held-out batch 493, file b: a veg-box scheme's FAQ on Shopify (Dawn, collapsible content) and a farm blog post on
 * WordPress (Astra) with a sidebar and comments.
 */
const fTitle = 'Veg Box FAQs';
const fIntro = 'Everything you need to know about how our boxes are packed, delivered and paid for. Can\u2019t find your answer? Drop us a line.';
const fQa: [string, string[]][] = [
  [
    'Where do you deliver?',
    [
      j(
        'We deliver to most postcodes within 25 miles of the farm, including all of Harlow Vale and the villages along the Lent valley.',
        'Type your postcode into the checker on the Boxes page to see your delivery day.',
      ),
    ],
  ],
  [
    'What will be in my box?',
    [
      j(
        'Whatever is ready to harvest that week. In summer that means salads, beans, courgettes and tomatoes; in winter, roots,',
        'squash, kale and leeks. We top up the hungry gap in April and May with organic produce from two neighbouring growers.',
      ),
      'We email the list of contents every Monday evening.',
    ],
  ],
  [
    'Can I swap things I don\u2019t like?',
    ['Yes. You can set up to five "never send" items in your account, and we will replace them with something else of the same value.'],
  ],
  [
    'How do I pause or cancel?',
    [
      j(
        'Log in and choose "Skip a delivery" or "Cancel subscription" from your account page before midnight on Sunday.',
        'There is no fee and no minimum term.',
      ),
    ],
  ],
  [
    'What happens to the packaging?',
    ['Leave the empty box out on your next delivery day and the driver will take it back. Our paper bags can go in your compost.'],
  ],
];
const fAnn = 'Free delivery on your first box with code FIRSTDIG';
const fNav = ['Boxes', 'Extras', 'How it works', 'Our farm'];
const fFoot = ['Search', 'Delivery areas', 'Terms of service', 'Refund policy', 'Contact'];
const fDetails = fQa
  .map(
    ([q, a], i) => `<div class="accordion content-container color-scheme-1 gradient"><details id="Details-collapsible-row-${i}-template--19" >
<summary id="Summary-collapsible-row-${i}-template--19"><span class="icon-wrap"><svg aria-hidden="true" class="icon icon-caret"></svg></span>
<h3 class="accordion__title inline-richtext h4">${q}</h3></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-${i}-template--19" role="region"
 aria-labelledby="Summary-collapsible-row-${i}-template--19">${ps(a)}</div></details></div>`,
  )
  .join('\n');
const fHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://lentvalleyroots.co.uk/pages/faqs"><title>Veg Box FAQs &ndash; Lent Valley Roots</title>
<meta name="description" content="Everything you need to know about how our boxes are packed, delivered and paid for.">
<meta property="og:site_name" content="Lent Valley Roots"><meta property="og:type" content="website">
<script src="//lentvalleyroots.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "lent-valley-roots.myshopify.com";Shopify.locale = "en";
Shopify.theme = {"name":"Dawn","id":141};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//lentvalleyroots.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--19__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-3 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>${fAnn}</span></p></div></div></div></div>
<div id="shopify-section-sections--19__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
 class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary
 link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Lent Valley Roots</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${fNav
  .map(
    (n) => `<li><a href="/pages/${n.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset
 modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--19__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--19__main-padding">
<h1 class="main-page-title page-title h0">${fTitle}</h1><div class="rte">${ps([fIntro])}</div></div></section>
<section id="shopify-section-template--19__collapsible_content" class="shopify-section section"><div
class="collapsible-content collapsible-none-layout color-scheme-1 gradient">
<div class="collapsible-content__wrapper section-template--19__collapsible_content-padding"><div class="page-width"><div
class="grid grid--1-col grid--2-col-tablet">
<div class="grid__item"><div class="collapsible-content__grid">${fDetails}</div></div></div></div></div></div></section>
<section id="shopify-section-template--19__rich_text" class="shopify-section section"><div class="isolate"><div
class="rich-text content-container color-scheme-2 gradient">
<div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center"><h2
class="rich-text__heading rte inline-richtext h1">Still stuck?</h2>
<div class="rich-text__text rte"><p>Our office is staffed Monday to Friday, 8am to 4pm.</p></div><div class="rich-text__buttons">
<a href="/pages/contact" class="button button--primary">Get in touch</a></div></div></div></div></div></section></main>
<div id="shopify-section-sections--19__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--19__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--19__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--19__footer">Email</label></div></div></form></div></div>
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(fFoot, 'list-menu__item')}</ul></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Lent Valley Roots</a>
</small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-label="Cookie banner"><div class="shopify-pc__banner__body">
<h2 class="shopify-pc__banner__title">Cookie preferences</h2><p
class="shopify-pc__banner__text">We use cookies and similar technologies to give you the best experience.</p></div>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button><button
id="shopify-pc__banner__btn-decline">Decline</button>
<button id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//lentvalleyroots.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout493-shopify-veg-box-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q),
  body: texts([fIntro, ...fQa.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', fAnn, 'Lent Valley Roots', 'Extras', 'How it works', 'Our farm', 'Still stuck?', 'Our office is staffed Monday to Friday, 8am to 4pm.',
    'Get in touch', 'Subscribe to our emails', 'Quick links', ...fFoot, '© 2026, Lent Valley Roots', 'Powered by Shopify', 'Cookie preferences',
    'We use cookies and similar technologies to give you the best experience.', 'Manage preferences', 'Decline', 'Accept',
  ],
};

const aTitle = 'Lambing is over, and the hedges are going in';
const aBody = [
  j(
    'The last of this year\u2019s lambs arrived on Tuesday night, a set of twins to one of the old Lleyn ewes who we had been',
    'fairly sure was empty. That makes 212 lambs from 130 ewes, and only four lost, which is the best we have done since we came to Cold Ashby.',
  ),
  j(
    'Thank you to everyone who came to the open day on the 12th. We counted more than 300 of you, and the sausage rolls ran out by',
    'half past eleven, so lesson learned for next year.',
  ),
  'Planting the new hedges',
  j(
    'With the ewes and lambs out on the top fields, we have finally started on the hedge project we wrote about in the winter.',
    'Over the next three weeks we will plant 1.4 km of new hedge along the old field boundaries that were grubbed out in the 1970s.',
  ),
  'The mix is mostly hawthorn and blackthorn, with hazel, field maple, dog rose and a few oaks that will be left to grow into standards.',
  'What it is for',
  'shelter for the sheep in the spring storms, which cost us more lambs than anything else',
  'a corridor for the dormice that were found in Brook Wood two years ago',
  'flowers for our bees and berries for the thrushes in winter',
  j(
    'We will be honest: it is a lot of work for something that will not look like much for five years. But our grandparents',
    'farmed with these hedges, and we think our grandchildren should too.',
  ),
  j(
    'If you would like to help, we are running three volunteer planting mornings in March. Tools, gloves and bacon rolls provided.',
    'Sign up at the farm shop counter or reply to this post.',
  ),
];
const aNav = ['Home', 'Farm Shop', 'Meat Boxes', 'Blog', 'Visit Us'];
const aSide = ['Spring meat boxes are now open for orders', 'Why we moved to mob grazing', 'A year of the honesty box'];
const aComments: [string, string, string][] = [
  ['Janet Pruett', 'March 2, 2026 at 7:41 pm', 'Brilliant news about the lambs. Put me down for the Saturday planting morning please!'],
  [
    'Owen from Ashby Lodge',
    'March 3, 2026 at 9:02 am',
    'Good to see the old boundaries coming back. Happy to lend the tractor and post knocker if you need it.',
  ],
];
const aComm = aComments
  .map(
    ([n, d, t], i) => `<li class="comment even thread-even depth-1" id="li-comment-${81 + i}"><article id="comment-${81 + i}" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="https://secure.gravatar.com/avatar/0${i}?s=50&amp;d=mm"
class="avatar avatar-50 photo"></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${n}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${81 + i}"><time datetime="2026-03-0${2 + i}">${d}</time></a></span></div></header>
</div>
<section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n');
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>Lambing is over, and the hedges are going in &#8211; Cold Ashby Farm</title>
<meta name='robots' content='max-image-preview:large'><link rel="alternate" type="application/rss+xml" title="Cold Ashby Farm &raquo; Feed" href="/feed/">
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>.ast-single-post .entry-content a{text-decoration:underline;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-03-01T18:20:00+00:00","author":{"name":"Ruth Garside"}}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1184 single-format-standard ast-desktop
 ast-separate-container ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hfb-header" id="masthead"
 itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown"><div
class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div
class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="/" class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2024/01/cold-ashby-logo.png" class="custom-logo"
alt="Cold Ashby Farm"></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">Cold Ashby Farm</a></span></div></div>
<div class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<nav class="main-navigation ast-inline-flex" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-header-menu-toggle">
<ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>
</div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-farm-diary ast-article-single" id="post-1184"
 itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="/wp-content/uploads/2026/03/twins.jpg"
 class="attachment-large size-large wp-post-image" alt="Twin lambs in straw" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope"
 itemprop="author">By <a title="View all posts by Ruth Garside" href="/author/ruth/" rel="author" class="url fn n" itemprop="url"><span class="author-name"
itemprop="name">Ruth Garside</span></a>
</span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 1, 2026</span></span> / <span class="cat-links"><a
href="/category/farm-diary/" rel="category tag">Farm Diary</a></span>
</div></header>
<div class="entry-content clear" itemprop="text">
${ps(aBody.slice(0, 2))}
<h2 class="wp-block-heading">${aBody[2]}</h2>
${ps(aBody.slice(3, 5))}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/03/whips.jpg" alt="Bundles of hawthorn whips"><figcaption
class="wp-element-caption">
Two thousand whips waiting in the yard</figcaption></figure>
<h3 class="wp-block-heading">${aBody[5]}</h3><ul class="wp-block-list">${aBody
  .slice(6, 9)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(aBody.slice(9))}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/a-year-of-the-honesty-box/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="/spring-meat-boxes/" rel="next">Next Post <span
class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">2 thoughts on &ldquo;${aTitle}&rdquo;</h3></div>
<ol class="ast-comment-list">${aComm}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform"
 class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div
class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8">
</textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label></form>
</aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(aSide)}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Farm shop hours</h2><div class="textwidget">
<p>Thursday to Saturday, 9am to 5pm<br>Sunday, 10am to 2pm</p></div></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright">
<div class="ast-footer-copyright"><p>Copyright &copy; 2026 Cold Ashby Farm | Powered by Cold Ashby Farm</p></div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout493-astra-farm-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [aBody[2] ?? '', aBody[5] ?? ''],
  body: texts(aBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: ['By Ruth Garside', 'March 1, 2026', ...aComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Cold Ashby Farm', 'Home', 'Meat Boxes', 'Blog', 'Visit Us', 'Farm Diary', 'Two thousand whips waiting in the yard', '← Previous Post',
    'Next Post →', `2 thoughts on \u201c${aTitle}\u201d`, ...aComments.map(([, , t]) => t), 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...aSide, 'Farm shop hours',
    'Thursday to Saturday, 9am to 5pm', 'Sunday, 10am to 2pm', 'Copyright © 2026 Cold Ashby Farm | Powered by Cold Ashby Farm',
  ],
};

export const HELDOUT493_B: readonly TestPage[] = [shopify, astra];
