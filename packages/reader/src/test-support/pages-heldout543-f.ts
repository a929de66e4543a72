import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page, rowTexts, trs } from './pages-heldout543-kit.js';

/**
 * Held-out batch 543, file f: a fudge shop's blog post on Hugo (PaperMod theme: breadcrumbs, table of contents, tags,
 * prev / next links), and an ice cream parlour's trike hire page on Drupal 10 (Olivero: breadcrumb, sidebar block,
 * an enquiry webform, footer menu).
 */
const hTitle = 'How we make our sea salt fudge';
const hDek = 'The recipe has not changed since 2017, but the method has. A look inside the copper pan.';
const hBody = [
  j(
    'Every Thursday at six in the morning, before the shop opens, Ottilie lights the big burner in the back kitchen and starts the',
    'first of four batches of sea salt fudge. By eleven the slabs are cooling on the marble, and by three most of them have gone.',
  ),
  'The ingredients',
  'Golden caster sugar',
  'Double cream from Lowmoor Farm',
  'Salted butter',
  'A spoonful of golden syrup',
  'Flaky sea salt from the Tarrow estuary, for the top',
  'The method',
  'Melt the sugar, cream, butter and syrup together slowly, stirring until there is no grit left on the spoon.',
  'Boil without stirring until the thermometer reads 116°C, the soft-ball stage. This takes about twenty minutes in our pan.',
  'Take it off the heat and leave it for five minutes, then beat it with a wooden paddle until it loses its shine and thickens.',
  'Pour it into the lined tin, scatter the salt over the top and leave it to set for at least four hours before cutting.',
  'Why beating matters',
  j(
    'The beating is what turns toffee into fudge. It breaks the sugar into tiny crystals, which give fudge its short, crumbly bite.',
    'Beat too early and the crystals grow large and the fudge turns gritty. Beat too late and it sets in the pan before you can pour it.',
  ),
  j(
    'We used to beat by hand, which took two people and gave us both sore shoulders. Since last year we have used a slow mixer with a',
    'paddle, but we still finish each batch by hand so that we can feel the moment it turns.',
  ),
  'If you make it at home, do it on a dry day. Fudge made when it is wet outside sets soft, and nobody has ever fully explained why.',
];
const hHeads = [hBody[1] ?? '', hBody[7] ?? '', hBody[12] ?? ''];
const hNav = ['Posts', 'Shop', 'Visit', 'Tags'];
const hTags = ['Fudge', 'Recipes', 'Behind the counter'];
const hMeta = 'March 8, 2026&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Ottilie Marsh';
const anchor = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}">${t}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
};
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.124.1"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>How we make our sea salt fudge | Sugar and Salt</title><meta name="keywords" content="fudge, recipes, behind the counter">
<meta name="description" content="${hDek}"><meta name="author" content="Ottilie Marsh"><link rel="canonical"
href="https://sugarandsalt.shop/posts/sea-salt-fudge/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-03-08T00:00:00Z",
"author":[{"@type":"Person","name":"Ottilie Marsh"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://sugarandsalt.shop/" accesskey="h" title="Sugar and Salt (Alt + H)">Sugar and Salt</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18"></svg>
</button></div></div><ul id="menu">${hNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://sugarandsalt.shop/">Home</a>&nbsp;»&nbsp;
<a href="https://sugarandsalt.shop/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title="2026-03-08 00:00:00 +0000 UTC">${hMeta}</span></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content"><p>${hBody[0]}</p>
${anchor(hBody[1] ?? '')}<ul>${lis(hBody.slice(2, 7))}</ul>
${anchor(hBody[7] ?? '')}<ol>${lis(hBody.slice(8, 12))}</ol>
<figure><img loading="lazy" src="/images/fudge-slab.jpg"
alt="A slab of fudge on marble"><figcaption>Four hours on the marble, then the knife.</figcaption></figure>
${anchor(hBody[12] ?? '')}${ps(hBody.slice(13, 16))}</div>
<footer class="post-footer"><ul class="post-tags">${hTags
  .map(
    (t) => `<li><a
href="/tags/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('\n')}</ul>
<nav class="paginav"><a class="prev" href="/posts/easter-opening/"><span class="title">« Prev</span><br><span>Easter opening hours</span></a>
<a class="next" href="/posts/new-jars/"><span class="title">Next »</span><br><span>Forty new jars on the back wall</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share How we make our sea salt fudge on x"
href="https://x.com/intent/tweet/">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook"
href="https://facebook.com/sharer/sharer.php"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://sugarandsalt.shop/">Sugar and Salt</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">
PaperMod</a></span></footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg
xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position")}</script></body></html>`;
const hugoPost = page({
  name: 'heldout543-hugo-papermod-fudge',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDek, ...hBody.filter((_, i) => ![1, 7, 12].includes(i))],
  bylines: [hMeta],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sugar and Salt', ...hNav, 'Home » Posts', 'Table of Contents', 'Four hours on the marble, then the knife.', ...hTags, '« Prev', 'Easter opening hours',
    'Next »', 'Forty new jars on the back wall', '© 2026 Sugar and Salt · Powered by Hugo & PaperMod',
  ],
});

const dTitle = 'Hire the ice cream trike';
const dBody = [
  j(
    'Our 1962 Walls-style tricycle, Primrose, can come to your wedding, party, school fair or office summer do. She carries two',
    'freezer drawers holding up to 200 scoops, and comes with one of our parlour staff in a striped apron to serve.',
  ),
  'What’s included',
  'Delivery and collection within 15 miles of the parlour',
  'Four flavours of your choice from the current cabinet',
  'Cones, cups, wooden spoons and napkins',
  'Two hours of serving (extra hours are £45 each)',
  'Prices',
  'Booking',
  j(
    'We take one booking a day from May to September, so popular Saturdays go early. A deposit of £100 holds your date and is',
    'refunded in full if you cancel more than 28 days before the event. Primrose cannot travel in heavy rain, so for outdoor events',
    'we ask you to have a covered spot ready.',
  ),
  'Fill in the enquiry form below and we will reply within two working days with availability and a quote.',
];
const dRows = [
  ['Small party', 'up to 60 scoops', '£240'],
  ['Celebration', 'up to 120 scoops', '£390'],
  ['Full drawers', 'up to 200 scoops', '£560'],
];
const dNav = ['Home', 'Flavours', 'The Parlour', 'Trike Hire', 'Contact'];
const dCrumbs = ['Home', 'Trike Hire'];
const dFoot = ['Allergens', 'Accessibility', 'Privacy', 'Contact'];
const dLabels = ['Your name', 'Email', 'Date of event', 'Postcode of venue', 'Number of guests', 'Anything else we should know?'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:338;--color--primary-saturation:64%;--color--primary-lightness:42"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://tidelinecreamery.co.uk/trike-hire">
<title>Hire the ice cream trike | Tideline Creamery</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Xb3kP0f2.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/27","currentLanguage":"en"},"user":{"uid":0}}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Tideline Creamery</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
 primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="27"
class="node node--type-page node--view-mode-full"><div class="node__content"><div
class="text-content clearfix field field--name-body field--type-text-with-summary
 field--label-hidden field__item"><p>${dBody[0]}</p><h2>${dBody[1]}</h2><ul>${lis(dBody.slice(2, 6))}</ul>
<h2>${dBody[6]}</h2><table><thead><tr><th>Package</th><th>Servings</th><th>Price</th></tr></thead><tbody>${trs(dRows)}</tbody></table>
<h2>${dBody[7]}</h2>${ps(dBody.slice(8, 10))}</div></div></article></div></div>
<div id="block-webform-trike" class="block block-webform block-webform-block"><h2 class="block__title">Trike hire enquiry</h2><div class="block__content">
<form class="webform-submission-form webform-submission-add-form webform-submission-trike-hire-form" action="/trike-hire" method="post"
id="webform-submission-trike-hire">
${dLabels
  .map(
    (
      l,
      i,
    ) => `<div class="js-form-item form-item"><label for="edit-f${i}" class="form-item__label${i < 3 ? ' js-form-required form-required' : ''}">${l}</label>
<input type="text" id="edit-f${i}" name="f${i}" class="form-text form-element form-element--type-text"></div>`,
  )
  .join('\n')}
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input
class="webform-button--submit button
 button--primary js-form-submit form-submit" type="submit" id="edit-submit" name="op" value="Send enquiry"></div></form></div></div></div></main>
<div class="region region--sidebar"><div id="block-openinghours" class="block block-block-content block-block-content7c1e"><h2
class="block__title">Parlour hours</h2>
<div class="block__content"><div
class="text-content clearfix field field--name-body"><p>Open every day 11am – 7pm<br>Harbour Road, Tidemouth</p></div></div></div></div>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer><div class="overlay"
data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_4eZ1oD5.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalTrike = page({
  name: 'heldout543-drupal-olivero-trike-hire',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dBody[1] ?? '', dBody[6] ?? '', dBody[7] ?? ''],
  body: [dBody[0] ?? '', ...dBody.slice(2, 6), ...rowTexts(dRows), ...dBody.slice(8, 10)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tideline Creamery', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Trike hire enquiry', ...dLabels,
    'Parlour hours', 'Open every day 11am – 7pm', 'Harbour Road, Tidemouth', 'Footer', ...dFoot, 'Powered by Drupal',
  ],
});

export const HELDOUT543_F: readonly TestPage[] = [hugoPost, drupalTrike];
