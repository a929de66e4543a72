import { links, ps, type TestPage, texts } from './page-kit.js';
import { clean, j, lis, rowTexts, trs } from './pages-heldout459-kit.js';

/**
 * Held-out batch 459, file f: a slicer's settings reference on MkDocs with the Material theme (tabs, navigation, page table of
 * contents, admonitions, a settings table), and a filament shop's blog article on Shopify (Dawn theme) with product cards.
 */
const kTitle = 'Seam placement';
const kBody = [
  j(
    'The seam is where each outer wall starts and ends. Because the nozzle has to stop and start there, it leaves a small',
    'bump or gap. Fernslice gives you four ways to decide where the seam goes.',
  ),
  'Seam position',
  'Setting reference',
  'Painted seams',
  j(
    'Use the seam painting tool in the Prepare view to mark where seams are allowed. Painted areas win over the Seam position',
    'setting. Blocked areas are avoided unless there is no other place on that layer.',
  ),
  'Seam painting needs a model with at least 500 triangles in the painted area; very low-poly models should be remeshed first.',
  'Scarf seams',
  j(
    'A scarf seam starts the wall gradually: the first few millimetres are printed with a rising Z height and flow, so the start',
    'and end overlap like a scarf joint in woodwork. This hides the seam almost completely on vertical walls.',
  ),
  'Scarf length is 10 mm by default. Longer scarves hide better but slow down small perimeters.',
];
const kHead = ['Value', 'Where the seam goes', 'Best for'];
const kRows = [
  ['Aligned', 'Same place on every layer, chosen for the least visible corner', 'Most functional parts'],
  ['Nearest', 'The point closest to where the nozzle is', 'Fast prints'],
  ['Back', 'The rear of the model, as placed on the plate', 'Display models'],
  ['Random', 'A different place on each layer', 'Round models'],
];
const kNote = 'Note';
const kNoteText = 'Random seams avoid a visible line but leave small zits all over the surface. They are rarely the best choice for PETG.';
const kTabs = ['Home', 'Getting started', 'Settings', 'Troubleshooting', 'Changelog'];
const kSide = ['Quality', 'Layer height', 'Line width', 'Seam placement', 'Ironing', 'Strength', 'Walls', 'Infill'];
const kToc = ['Seam position', 'Setting reference', 'Painted seams', 'Scarf seams'];
const kHtml = `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Fernslice documentation"><link rel="canonical" href="https://docs.fernslice.org/settings/quality/seam/">
<link rel="prev" href="../line-width/"><link rel="next" href="../ironing/"><meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.18">
<title>${kTitle} - Fernslice Docs</title><link rel="stylesheet" href="../../../assets/stylesheets/main.66ac8b77.min.css">
<script>__md_scope=new URL("../../..",location),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal"><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#seam-placement" class="md-skip">Skip to content</a></div><div data-md-component="announce"></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../../.." title="Fernslice Docs" class="md-header__button md-logo" aria-label="Fernslice Docs"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span
class="md-ellipsis">Fernslice Docs</span></div>
<div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${kTitle}</span></div></div></div>
<label class="md-header__button md-icon" for="__search"></label><div class="md-search" data-md-component="search" role="dialog"><label
class="md-search__overlay" for="__search"></label>
<div class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query"
aria-label="Search" placeholder="Search"></form></div></div>
<div class="md-header__source"><a href="https://git.example/fernslice/fernslice" class="md-source"><div
class="md-source__repository">fernslice/fernslice</div></a></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul
class="md-tabs__list">
${links(kTabs, 'md-tabs__item')}</ul></div></nav><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary" aria-label="Navigation"><ul class="md-nav__list">${links(kSide, 'md-nav__item')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label><ul class="md-nav__list">
${links(kToc, 'md-nav__item')}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.example/fernslice/fernslice/edit/main/docs/settings/quality/seam.md" title="Edit this page" class="md-content__button md-icon"></a>
<h1 id="seam-placement">${kTitle}</h1>
${ps([kBody[0] ?? ''])}
<h2 id="seam-position">${kBody[1]}<a class="headerlink" href="#seam-position" title="Permanent link">¶</a></h2>
<div class="admonition note"><p class="admonition-title">${kNote}</p><p>${kNoteText}</p></div>
<h3 id="setting-reference">${kBody[2]}<a class="headerlink" href="#setting-reference" title="Permanent link">¶</a></h3>
<table><thead><tr>${kHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${trs(kRows)}</tbody></table>
<h2 id="painted-seams">${kBody[3]}<a class="headerlink" href="#painted-seams" title="Permanent link">¶</a></h2>${ps([kBody[4] ?? ''])}
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${kBody[5]}</p></div>
<h2 id="scarf-seams">${kBody[6]}<a class="headerlink" href="#scarf-seams" title="Permanent link">¶</a></h2>${ps(kBody.slice(7))}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">July 22, 2026</span></span></aside></article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../line-width/" class="md-footer__link md-footer__link--prev">
<div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Line width</div></div></a>
<a href="../ironing/" class="md-footer__link md-footer__link--next"><div class="md-footer__title"><span class="md-footer__direction">Next</span><div
class="md-ellipsis">Ironing</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div
class="md-copyright__highlight">Copyright © 2024–2026 the Fernslice contributors</div>
Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<script id="__config" type="application/json">{"base":"../../..","features":["navigation.tabs","toc.follow"],
"search":"../../../assets/javascripts/workers/search.b8dbb3d2.min.js"}</script>
<script src="../../../assets/javascripts/bundle.fe8b6f2b.min.js"></script></body></html>`;
const mkdocs: TestPage = {
  name: 'heldout459-mkdocs-seam-placement',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [1, 2, 3, 6].map((i) => kBody[i] ?? ''),
  body: [kBody[0] ?? '', kNote, kNoteText, ...rowTexts(kRows), kBody[4] ?? '', 'Warning', ...kBody.slice(5, 6), ...kBody.slice(7)],
  bylines: ['July 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fernslice Docs', 'fernslice/fernslice', ...kTabs, ...kSide, 'Table of contents', ...kToc, 'Previous', 'Line width', 'Next',
    'Ironing', 'Copyright © 2024–2026 the Fernslice contributors', 'Made with Material for MkDocs',
  ],
};

const sTitle = 'How to dry nylon filament (and know when it is dry)';
const sBody = [
  j(
    'Nylon pulls moisture out of the air faster than any other common filament. A fresh spool left on the printer overnight in a',
    'humid room can pick up enough water to print with bubbles, a rough surface and weak layers the next morning.',
  ),
  'Signs your nylon is wet',
  'popping or hissing at the nozzle',
  'fine strings and a fuzzy surface',
  'prints that snap along the layers instead of bending',
  'Drying temperatures and times',
  j(
    'Dry nylon at 70 to 80 °C for at least 8 hours in a filament dryer or a convection oven with an accurate thermometer. Do not',
    'use a kitchen oven without checking it: many run 15 degrees hotter than the dial, which is enough to fuse the outer layers',
    'of the spool.',
  ),
  'The weight test',
  j(
    'The most reliable way to know a spool is dry is to weigh it. Weigh the spool before drying, then every two hours. When the',
    'weight stops dropping, it is dry. A wet 1 kg spool of our PA12 typically loses 8 to 12 g.',
  ),
  j(
    'Print straight from the dryer if you can, or store the spool in a sealed box with fresh silica gel. We ship every nylon spool',
    'vacuum sealed with a humidity card, so you can see whether it needs drying before the first print.',
  ),
];
const sNav = ['Shop all', 'PLA', 'PETG', 'Nylon', 'Blog', 'Contact'];
const sFoot = ['Search', 'Shipping policy', 'Refund policy', 'Wholesale'];
const sHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://northmerefilament.com/blogs/news/how-to-dry-nylon">
<title>${sTitle}
&ndash; Northmere Filament</title><meta name="description" content="${sBody[0]}"><meta property="og:site_name" content="Northmere Filament">
<meta property="og:type" content="article"><script src="//northmerefilament.com/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>var Shopify = Shopify || {};Shopify.shop = "northmere-filament.myshopify.com";Shopify.theme = {"name":"Dawn","id":1402,"schema_name":"Dawn",
"schema_version":"15.0.0"};</script>
<link href="//northmerefilament.com/cdn/shop/t/4/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--22041__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free shipping on orders over $60</span></p></div></div></div>
<div id="shopify-section-sections--22041__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset"><span
class="h2">Northmere Filament</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search">
<span class="svg-wrapper"></span></summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--22040__main"
class="shopify-section section">
<article class="article-template"><div class="article-template__hero-container"><div class="article-template__hero-medium media"><img
src="//northmerefilament.com/cdn/shop/articles/nylon-dryer.jpg?v=1718&amp;width=1100"
alt="A spool of nylon in a filament dryer" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1><span class="circle-divider caption-with-letter-spacing">
<time datetime="2026-05-27T14:00:00Z">May 27, 2026</time></span><span class="caption-with-letter-spacing">by Maren Holt</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary
class="share-button__button">Share</summary>
<div class="share-button__fallback"><input type="text" class="field__input" value="https://northmerefilament.com/blogs/news/how-to-dry-nylon" readonly><button
class="share-button__copy">
<span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">${ps([sBody[0] ?? ''])}<h2>${sBody[1]}</h2><ul>${lis(sBody.slice(2, 5))}</ul>
<h2>${sBody[5]}</h2>${ps([sBody[6] ?? ''])}<h2>${sBody[7]}</h2>${ps(sBody.slice(8))}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div class="page-width page-width--narrow"><form method="post"
action="/blogs/news/how-to-dry-nylon/comments" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" id="CommentForm-author"
class="field__input" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--22042__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--22042__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(sFoot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form class="newsletter-form"><input type="email" class="field__input" placeholder="Email"><label class="field__label">Email</label></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a
href="/">Northmere Filament</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script src="//northmerefilament.com/cdn/shop/t/4/assets/global.js?v=84822212864008489771" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout459-shopify-dry-nylon',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[5] ?? '', sBody[7] ?? ''],
  body: texts(sBody.filter((_, i) => ![1, 5, 7].includes(i))),
  bylines: ['May 27, 2026', 'by Maren Holt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free shipping on orders over $60', 'Northmere Filament', ...sNav, 'Log in', 'Cart', 'Share', 'Copy link', 'Back to blog',
    'Leave a comment', 'Name *', 'Please note, comments need to be approved before they are published.', 'Quick links', ...sFoot,
    'Subscribe to our emails', 'Email', '© 2026, Northmere Filament', 'Powered by Shopify',
  ],
};

export const HELDOUT459_F: readonly TestPage[] = [mkdocs, shopify].map(clean);
