import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout518-kit.js';

/**
 * Held-out batch 518, file b: an online sticker and label printer's turnaround page on Shopify (Dawn theme), and a
 * picture framer's long framing guide on the Wix Blog with its post header, share bar, tags, recent posts and comments.
 */
const dTitle = 'Turnaround Times';
const dIntro = [
  j(
    'Turnaround is the time we need to print, cut and pack your order once your artwork is approved. It does not include',
    'delivery, which is added at checkout. Here is how long each product takes on our standard and express services.',
  ),
];
const dRows = [
  ['Die-cut stickers', '3 working days', 'Next working day'],
  ['Sticker sheets', '3 working days', 'Next working day'],
  ['Roll labels', '5 working days', '2 working days'],
  ['Hang tags', '4 working days', '2 working days'],
  ['Clear vinyl stickers', '4 working days', 'Not available'],
];
const dCut = [
  j(
    'Orders approved before <strong>11am</strong> (UK time) on a working day start that day. Anything approved later starts the',
    'next working day. Weekends and UK bank holidays are not working days.',
  ),
];
const dProofs = [
  j(
    'Every order gets a digital proof, usually within four working hours. The clock only starts once you approve it, so',
    'check your inbox (and your spam folder) after ordering.',
  ),
  'If you ask for changes to the proof, the new proof is treated as a fresh approval and the turnaround starts again from there.',
];
const dBusy = [
  j(
    'In the four weeks before Christmas and in the run-up to the summer craft fairs, standard turnaround can stretch by a day or',
    'two. We post any delays in the announcement bar at the top of the site.',
  ),
];
const dHeads = ['Cut-off time', 'Proofs', 'Busy periods'];
const dNav = ['Stickers', 'Labels', 'Packaging', 'Samples', 'Help'];
const dFootLinks = ['Turnaround', 'Delivery', 'Artwork help', 'Contact us'];
const dPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const dHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://stickerboxprint.co.uk/pages/turnaround-times">
<title>Turnaround Times &ndash; Stickerbox Print</title><meta name="description" content="How long each product takes to print on standard and express.">
<meta property="og:site_name" content="Stickerbox Print"><meta property="og:type" content="website">
<script src="//stickerboxprint.co.uk/cdn/shop/t/12/assets/constants.js?v=58251544750838685771706012345" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "stickerbox-print.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","
rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":1342,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//stickerboxprint.co.uk/cdn/shop/t/12/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span>
</summary><div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu
has-submenu list-menu" role="list">${links(dNav, 'menu-drawer__menu-item')}</ul></nav></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Stickerbox Print</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(dNav)}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search"></svg></span></summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true"
aria-label="Search"><div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search"
class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--1__main-padding">
<h1 class="main-page-title page-title h0">${dTitle}</h1><div class="rte">
${ps(dIntro)}
<div class="table-wrapper"><table><thead><tr><th>Product</th><th>Standard</th><th>Express</th></tr></thead><tbody>
${trs(dRows)}</tbody></table></div>
<h3>${dHeads[0]}</h3>
${ps(dCut)}
<h3>${dHeads[1]}</h3>
${ps(dProofs)}
<h3>${dHeads[2]}</h3>
${ps(dBusy)}
</div></div></section></main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--1__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper
grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(dFootLinks)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div>
<ul class="footer__list-social list-unstyled list-social" role="list"><li class="list-social__item"><a href="https://instagram.com/stickerboxprint"
class="link list-social__link"><svg class="icon icon-instagram"></svg><span class="visually-hidden">Instagram</span></a></li></ul></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Stickerbox Print</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<nav class="policies"><ul class="policies list-unstyled">${links(dPolicies)}</ul></nav></div></div></div></div></footer></div>
<!-- END sections: footer-group -->
<script src="//stickerboxprint.co.uk/cdn/shop/t/12/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout518-shopify-dawn-turnaround',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: [...texts(dIntro), ...rowTexts(dRows), ...texts([...dCut, ...dProofs, ...dBusy])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Stickerbox Print', 'Packaging', 'Samples', 'Help', 'Log in', 'Cart', 'Delivery',
    'Artwork help', 'Contact us',
    'Subscribe to our emails', 'Email', 'Instagram', 'Payment methods', '© 2027, Stickerbox Print', 'Powered by Shopify', ...dPolicies,
  ],
};

const wTitle = 'How to Choose a Frame: A Beginner’s Guide';
const wParas: readonly (readonly [string, string])[] = [
  [
    'p',
    j(
      'Most people who come into the shop already know what they want on the wall. What they are less sure about is everything around',
      'it: the moulding, the mount, the glass. This guide walks through the choices in the order we make them at the counter.',
    ),
  ],
  ['h2', 'Start with the artwork, not the room'],
  [
    'p',
    j(
      'It is tempting to pick a frame that matches the sofa. Resist it for a minute. A frame that suits the picture will look right in',
      'any room, and you will probably move house before you tire of the print. Look at the strongest colour in the work and the',
      'weight of its lines: a delicate pencil drawing wants a slim moulding, a bold screen print can carry something heavier.',
    ),
  ],
  ['h2', 'Wood, metal or painted?'],
  [
    'p',
    j(
      'Natural wood mouldings such as oak and ash are warm and forgiving, and they suit photographs, prints and most watercolours.',
      'Thin aluminium frames are crisp and modern and work well on posters and black-and-white photography. Painted frames, in',
      'white, black or a colour lifted from the picture, are the most flexible of all.',
    ),
  ],
  ['blockquote', 'If in doubt, go one step simpler than your first choice. You can always add; you rarely regret taking away.'],
  ['h2', 'Mounts: more than a border'],
  [
    'p',
    j(
      'A mount (Americans call it a mat) keeps the glass off the surface of the artwork and gives the eye somewhere to rest. As a rule',
      'of thumb, a mount should be at least 5 cm wide on a small piece and 8 cm or more on anything over A3. Make the bottom edge a',
      'little deeper than the top, by about a centimetre, or the picture will look as if it is sliding down the frame.',
    ),
  ],
  ['p', 'Off-white mounts suit almost everything. Coloured mounts can be lovely, but they date faster than the frame does.'],
  ['h3', 'When to skip the mount'],
  [
    'p',
    j(
      'Oil and acrylic paintings on canvas are not mounted or glazed: they sit in the frame, or in a tray frame that leaves a small',
      'gap around the edges. Posters and large photographs are often framed edge to edge for a cleaner look.',
    ),
  ],
  ['h2', 'Choosing the glass'],
  ['p', 'There are four kinds of glazing we fit, and the right one depends on what you are framing and where it will hang.'],
  ['li', '<strong>Float glass</strong> is clear, inexpensive and fine for most prints hung away from sunlight.'],
  ['li', '<strong>Non-reflective glass</strong> cuts glare but slightly softens the image, so it is best on smaller pieces.'],
  ['li', '<strong>UV-filtering glass</strong> blocks most of the light that fades inks and yellows paper.'],
  ['li', '<strong>Acrylic</strong> is light and shatterproof, which makes it the choice for large frames and children’s rooms.'],
  [
    'p',
    j(
      'For originals, signed prints and anything with sentimental value, we always recommend UV-filtering glass. The difference will not',
      'show next year, but it will in ten.',
    ),
  ],
  ['h2', 'Hanging it'],
  [
    'p',
    j(
      'Hang pictures so that their centre is at about 150 cm from the floor, which is roughly eye height for most adults. Above a sofa',
      'or sideboard, leave a gap of 20 to 25 cm between the furniture and the bottom of the frame. Use two hooks rather than one on',
      'anything wider than 60 cm, and the frame will stay level.',
    ),
  ],
  ['p', 'Bring your piece in any Tuesday to Saturday and we will lay out mouldings and mounts on the counter so you can see them together.'],
];
const wHead = wParas.filter(([t]) => t === 'h2' || t === 'h3').map(([, s]) => s);
const ricos = (t: string, s: string, i: number): string =>
  t === 'li'
    ? `<li id="viewer-li${i}" class="Ie8kI" dir="auto"><p class="mm8Nw _1j-51 fkKuc" dir="auto"><span class="VY7xj">${s}</span></p></li>`
    : t === 'blockquote'
      ? `<blockquote id="viewer-q${i}" class="OZy-3 ye4Kp" dir="auto"><span class="VY7xj">${s}</span></blockquote>`
      : `<${t} id="viewer-${i}x" class="mm8Nw _1j-51 fkKuc" dir="auto"><span class="VY7xj">${s}</span></${t}>`;
const wBodyHtml = wParas
  .map(([t, s], i) => {
    const open = t === 'li' && wParas[i - 1]?.[0] !== 'li' ? '<ul class="_6XxwG">' : '';
    const close = t === 'li' && wParas[i + 1]?.[0] !== 'li' ? '</ul>' : '';
    return `${open}${ricos(t, s, i)}${close}`;
  })
  .join('\n');
const wNav = ['Home', 'Framing', 'Gallery', 'Blog', 'Contact'];
const wTags = ['framing tips', 'mounts', 'glazing'];
const wRecent = ['Why Your Old Frames Are Yellowing', 'Framing a Jigsaw Puzzle, Step by Step', 'Our Autumn Moulding Range Is In'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>How to Choose a Frame: A Beginner’s Guide</title>
<meta property="og:type" content="article"><meta property="article:author" content="Mara Quill">
<link rel="canonical" href="https://www.oakhollowframes.com/post/how-to-choose-a-frame">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How to Choose a Frame: A Beginner’s Guide",
"author":{"@type":"Person","name":"Mara Quill"},"datePublished":"2027-03-03T10:12:00.000Z","publisher":{"@type":"Organization","
name":"Oakhollow Frames"}}</script>
<script>window.viewerModel = {"siteFeatures":["blog","siteMembers"],"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_CONTAINER{min-height:100vh}.VY7xj{font-size:17px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"></div><div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1logo" class="comp-kx1logo wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><a href="https://www.oakhollowframes.com">OAKHOLLOW FRAMES</a></p></div>
<nav aria-label="Site" id="comp-kx1menu" class="comp-kx1menu wixui-dropdown-menu"><ul class="U4Bvut" data-testid="itemsContainer">
${wNav
  .map(
    (t) => `<li class="wbAXLq wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}"><div class="zhz6sS">
<p class="Ok8dTv">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-kx1login" class="comp-kx1login"><button class="Y4oREP" aria-label="Log In"><span class="VtUaXe">Log In</span></button></div></div>
</header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="jsdJ_o">
<div id="TPAMultiSection_post">
<div class="blog-post-page-font"><article class="blog-post-page-font _1lrCp" data-hook="post"><div class="_2rxPw" data-hook="post-main-actions-desktop">
<div data-hook="post-header" class="Rzn4Q"><div class="blog-post-metadata"><span data-hook="avatar-image"><img src="https://static.wixstatic.com/media/mq.jpg"
alt="Writer's picture"></span><span data-hook="user-name" class="tQ0Q1A user-name">Mara Quill</span>
<ul class="dlINDG"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 3, 2027">Mar 3, 2027</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime" title="6 min read">6 min read</span></li></ul></div></div>
<h1 data-hook="post-title" class="H3vOVf blog-post-title-font blog-post-title-color"><span class="post-title__text blog-post-title-font">${wTitle}</span></h1>
<div data-hook="post-description" class="post-content__body"><div data-rce-version="9.11.3" class="ZB8Pl"><div class="_6SyeS" data-id="content-viewer">
<div class="_6rH-s" data-hook="rcv-block-first"></div>
${wBodyHtml}
</div></div></div></div>
<div class="post-footer" data-hook="post-footer"><div class="post-main-actions__share-buttons" data-hook="post-main-actions__share">
<button aria-label="Share via Facebook" class="share-button"></button><button aria-label="Share via X" class="share-button"></button>
<button aria-label="Share via LinkedIn" class="share-button"></button><button aria-label="Share via link" class="share-button"></button></div>
<nav aria-label="Tags" class="tag-cloud"><ul>${links(wTags, 'tag-cloud__item')}</ul></nav>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">212 views</span><span data-hook="comment-count">2 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><svg class="heart"></svg></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="recent-posts__list">
${wRecent.map((t) => `<div data-hook="post-list-item"><a href="/post/${t.length}" data-hook="post-title"><h3>${t}</h3></a></div>`).join('\n')}</div></section>
<section data-hook="comments-widget" class="comments"><h2 data-hook="comments-header">Comments</h2><div data-hook="comment-box">
<button data-hook="comment-box-placeholder">Write a comment...</button></div><div data-hook="comment-list">
<div data-hook="comment"><span data-hook="author-name">Lenka Harrow</span><span data-hook="comment-time">Mar 5</span>
<p>The tip about the deeper bottom margin on the mount is one I had never heard. Makes total sense once you see it.</p></div>
<div data-hook="comment"><span data-hook="author-name">Pete Salkeld</span><span data-hook="comment-time">Mar 9</span>
<p>Had my late dad's etching reframed with the UV glass after reading this. Thank you.</p></div></div></section>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1foot" class="wixui-rich-text">
<p class="font_8">Oakhollow Frames, 9 Mill Yard, Cresby</p><p class="font_8">© 2027 by Oakhollow Frames. Powered and secured by
<a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix</a></p></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout518-wix-blog-frame-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHead,
  body: texts(wParas.filter(([t]) => t !== 'h2' && t !== 'h3').map(([, s]) => s)),
  bylines: ['Mara Quill', 'Mar 3, 2027', 'Lenka Harrow', 'Mar 5', 'Pete Salkeld', 'Mar 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'OAKHOLLOW FRAMES', 'Home', 'Framing', 'Gallery', 'Blog', 'Contact', 'Log In', '6 min read', 'framing tips', 'glazing', '212 views',
    '2 comments', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    'The tip about the deeper bottom margin on the mount is one I had never heard. Makes total sense once you see it.',
    "Had my late dad's etching reframed with the UV glass after reading this. Thank you.", 'Oakhollow Frames, 9 Mill Yard, Cresby',
    '© 2027 by Oakhollow Frames. Powered and secured by Wix',
  ],
};

export const HELDOUT518_B: readonly TestPage[] = [shopify, wix];
