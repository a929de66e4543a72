import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, type Sec, secBody, secHeads } from './pages-heldout466-kit.js';

/**
 * Held-out batch 466, file e: an audio plug-in shop's software EULA as a Shopify page (Dawn theme: announcement bar, header
 * icons, footer menus, newsletter and policy links), and a community theatre's accessibility statement on Wix (rich text
 * elements, free-site Wix banner).
 */
const sTitle = 'Software Licence Agreement (EULA)';
const sLead = j(
  'This agreement covers every plug-in, sample pack and preset bank sold by Moorlark Audio. Please read it before you install',
  'anything you have bought from this store.',
);
const sSecs: Sec[] = [
  {
    h: 'Licence',
    p: [
      j(
        'When you buy a product, you get a lifetime licence to use it on up to three computers that you own. You may use it to make',
        'music for commercial releases, film, games and broadcast without paying any royalty.',
      ),
    ],
  },
  {
    h: 'What you may not do',
    p: [],
    ul: [
      'Share your licence key or installer with anyone else.',
      'Resell or redistribute the samples as they are, or as part of another sample library or construction kit.',
      'Use the samples to train a machine learning model that generates audio.',
    ],
  },
  {
    h: 'Transfers',
    p: [
      j(
        'You may transfer a plug-in licence to another person once, by emailing us with the buyer&#39;s name and email address.',
        'Sample packs cannot be transferred.',
      ),
    ],
  },
  {
    h: 'Updates and support',
    p: [
      j(
        'Updates within the same major version are free. We support each product for at least three years after its release, on',
        'the current and previous versions of Windows and macOS.',
      ),
    ],
  },
  {
    h: 'Warranty',
    p: [
      j(
        'Try the free demo before you buy. Because software can be copied, we do not refund digital products once the licence key',
        'has been activated, except where consumer law requires it.',
      ),
    ],
  },
];
const sNav = ['Home', 'Plug-ins', 'Sample packs', 'Bundles', 'Support'];
const sQuick = ['Search', 'Installation help', 'Licence transfers', 'Contact'];
const sPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const sId = 'template--22410051305810__main';
const sHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://moorlark.audio/pages/eula">
<title>Software Licence Agreement (EULA) &ndash; Moorlark Audio</title><meta property="og:site_name" content="Moorlark Audio">
<meta property="og:type" content="website"><script src="//moorlark.audio/cdn/shop/t/7/assets/constants.js?v=58251544750838685771712000000"
defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "moorlark-audio.myshopify.com";Shopify.theme = {"name":"Dawn","id":164512349010,
"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<link href="//moorlark.audio/cdn/shop/t/7/assets/base.css?v=165191016556652226921712000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group --><div id="shopify-section-sections--22410051076434__announcement-bar" class="shopify-section
shopify-section-group-header-group
announcement-bar-section"><div class="utility-bar color-scheme-4 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>Spring sale: 30% off all bundles until 30 April</span></p></div></div></div></div>
<div id="shopify-section-sections--22410051076434__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-social"><details-modal class="header__search"><details><summary class="header__icon
header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"
viewBox="0 0 18 19"></svg></span></summary></details></details-modal><a href="/" class="header__heading-link link link--text focus-inset"><span
class="h2">Moorlark
Audio</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map((t) => `<li><a href="/collections/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account" viewBox="0 0 18 19"></svg><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart
link
focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" viewBox="0 0 40 40"></svg><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div><!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-${sId}" class="shopify-section section">
<link href="//moorlark.audio/cdn/shop/t/7/assets/section-main-page.css?v=53143335290733185951712000000" rel="stylesheet" type="text/css" media="all">
<div class="page-width page-width--narrow section-${sId}-padding"><h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte"><p><strong>Last revised: 11 March 2026</strong></p><p>${sLead}</p>
${sSecs.map((s) => `<h3>${s.h}</h3>${ps(s.p)}${s.ul === undefined ? '' : `<ol>${lis(s.ul)}</ol>`}`).join('\n')}
<p>Questions? Write to <a href="mailto:licensing@moorlark.audio">licensing@moorlark.audio</a>.</p></div></div></section></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--22410051109202__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--22410051109202__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--22410051109202__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"
required><label class="field__label" for="NewsletterForm--sections--22410051109202__footer">Email</label><button type="submit" class="newsletter-form__button
field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" viewBox="0 0 14 10"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Moorlark Audio</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered
by Shopify</a></small><ul class="policies list-unstyled">${links(sPolicies)}</ul></div></div></div></div></footer></div><!-- END sections: footer-group -->
<script src="//moorlark.audio/cdn/shop/t/7/assets/global.js?v=37284204640041572741712000000" defer="defer"></script></body></html>`;
const shopify: TestPage = page({
  name: 'heldout466-shopify-dawn-eula',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: secHeads(sSecs),
  body: [sLead, ...secBody(sSecs), 'Questions? Write to licensing@moorlark.audio.'],
  bylines: ['Last revised: 11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Spring sale: 30% off all bundles until 30 April', 'Moorlark Audio', ...sNav, 'Log in', 'Cart', 'Quick links', ...sQuick,
    'Subscribe to our emails', 'Email', 'Payment methods', '© 2026, Moorlark Audio', 'Powered by Shopify', ...sPolicies,
  ],
});

const xTitle = 'Accessibility Statement';
const xSecs: Sec[] = [
  {
    h: 'Our commitment',
    p: [
      j(
        'The Larkspur Players want everyone to be able to enjoy our shows and our website. We have worked to make this site meet',
        'the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, and we are a volunteer group, so we are still learning.',
      ),
    ],
  },
  {
    h: 'What we have done on this site',
    p: [],
    ul: [
      'Every image has alternative text.',
      'Pages use headings in order so that screen reader users can find their way around.',
      'Text and background colours meet the contrast ratio of 4.5:1.',
      'The booking form can be filled in with a keyboard.',
    ],
  },
  {
    h: 'At the theatre',
    p: [
      j(
        'The Old Corn Exchange has step-free access from Mill Lane, two wheelchair spaces in row A and an accessible toilet on the',
        'ground floor. A hearing loop covers the whole auditorium. Every Saturday matinee is a relaxed performance.',
      ),
    ],
  },
  {
    h: 'Tell us about a problem',
    p: [
      j(
        'If something on this site does not work for you, or you need a programme in large print, please email',
        'access@larkspurplayers.org or leave a message on 01632 960 733. We will reply within a week.',
      ),
    ],
  },
];
const xNav = ['Home', 'What’s On', 'Join Us', 'Hire the Hall', 'Contact'];
const xRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xP = (t: string): string => `<p class="font_8 wixui-rich-text__text">${t}</p>`;
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8d21c3_f2.png">
<title>Accessibility Statement | Larkspur Players</title><meta property="og:title" content="Accessibility Statement | Larkspur Players">
<meta property="og:site_name" content="Larkspur Players"><meta name="twitter:card" content="summary_large_image">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"language":"en"}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-z-index:1}.font_0{font:normal normal bold 40px/1.4em lora,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="pageBackground_lq8x2" class="pageBackground_lq8x2">
</div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${xRich('kx1a9c2', '<p class="font_6 wixui-rich-text__text"><a href="https://www.larkspurplayers.org" target="_self">Larkspur Players</a></p>')}
<nav id="comp-kx1a9c5" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t, i) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.larkspurplayers.org/${i}"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header><main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="hx8b1" class="hx8b1
wixui-page"><section id="comp-lq9c7a01" class="comp-lq9c7a01 wixui-section"><div data-testid="columns" class="comp-lq9c7a01-columns"><div id="comp-lq9c7a02"
class="comp-lq9c7a02 wixui-column-strip__column"><div data-mesh-id="comp-lq9c7a02inlineContent" data-testid="inline-content">
${xRich('lq9c7a10', `<h1 class="font_0 wixui-rich-text__text">${xTitle}</h1>`)}
${xRich('lq9c7a11', xP('<span style="font-style:italic;" class="wixui-rich-text__text">Updated October 2025</span>'))}
${xSecs
  .map(
    (s, i) =>
      xRich(`lq9c7b${i}`, `<h2 class="font_2 wixui-rich-text__text">${s.h}</h2>`) +
      xRich(`lq9c7c${i}`, s.p.map(xP).join('') + (s.ul === undefined ? '' : `<ul class="font_8 wixui-rich-text__text">${lis(s.ul)}</ul>`)),
  )
  .join('\n')}
</div></div></div></section></div></div></main><footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${xRich('kx1a9d1', xP('The Larkspur Players, registered charity no. 1098233'))}
${xRich('kx1a9d2', xP('© 2026 by The Larkspur Players. Proudly created with Wix.com'))}
<div id="comp-kx1a9d3" class="comp-kx1a9d3 wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/larkspurplayers"
target="_blank"><img alt="Facebook" src="https://static.wixstatic.com/media/e316f5_fb.png"></a></li></ul></div></div></footer></div></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="zsvKK9"><span class="Q4pSwe">This site was designed with the <span class="xCKzWn">Wix</span>.com website builder. Create your website today.</span>
<span class="UB3R8u">Start Now</span></a></div></div></div>
<script src="https://static.parastorage.com/unpkg/react@18.3.1/umd/react.production.min.js"></script></body></html>`;
const wix: TestPage = page({
  name: 'heldout466-wix-theatre-accessibility',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: secHeads(xSecs),
  body: secBody(xSecs),
  bylines: ['Updated October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Larkspur Players', ...xNav, 'The Larkspur Players, registered charity no. 1098233',
    '© 2026 by The Larkspur Players. Proudly created with Wix.com',
    ...texts(['This site was designed with the Wix.com website builder. Create your website today.']), 'Start Now',
  ],
});

export const HELDOUT466_E: readonly TestPage[] = [shopify, wix];
