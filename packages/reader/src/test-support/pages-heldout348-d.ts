import { links, ps, type TestPage, texts } from './page-kit.js';
import { nextGuide } from './pages-heldout348-d2.js';
import { paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file d: a botanic garden's news story on Drupal 10 (Olivero theme: header with primary and secondary
 * menus, EU Cookie Compliance banner, breadcrumb, node metadata with author and date, body field with an inline image and a
 * pull quote, a "Plan your visit" block, tags field, related news view and the footer blocks) and, from file d2, a horticultural
 * charity's pest and disease guide on Next.js.
 */
const dTitle = 'Rare Chilean bellflower blooms for the first time in forty years';
const d1 = paras(`
A climbing bellflower that has not flowered at Amberleigh since 1986 has opened its first blooms in the
Temperate House, surprising the glasshouse team who had all but given up on it.

The plant, a specimen of Lapageria rosea grown from wild-collected seed, produced eleven waxy crimson flowers over the last
week of October. Staff say the breakthrough followed a change of compost and a move to a cooler, shadier bay in 2023.
`);
const d2 = paras(`
Senior glasshouse supervisor Priya Landell said the team had tried almost everything. "We repotted it, fed it, moved it into
more light, and it simply sulked. In the end we did the opposite of what we thought it wanted."

Lapageria grows in the understorey of cool, damp forests, rooting into leaf litter that stays moist but never waterlogged. The
team mixed a lime-free compost with composted pine bark and moved the plant to a bay that barely reaches 20°C in summer.
`);
const dQuote = 'In the end we did the opposite of what we thought it wanted.';
const d3 = paras(`
The garden's records show the plant was last in flower during a cool, wet summer four decades ago, before the Temperate House
was re-glazed and its heating system replaced.

The flowers can be seen in the Temperate House until mid-November. Hand-pollination has been carried out and, if seed
sets, the garden plans to share it with other collections through its seed exchange.

Lapageria is the national flower of its home country, where it is known for flowers that hang like small lanterns from the
forest canopy. In gardens it is notoriously slow to settle, and many specimens in northern collections have never flowered
at all. The team hopes that notes on this plant's recovery, to be published in the garden's annual report, will help others.

A small display beside the plant explains the changes made to its care, and the glasshouse team will be on hand on Sunday
afternoons to answer questions.
`);
const dNav = ['Visit', "What's on", 'Gardens & glasshouses', 'Science', 'Learning', 'Support us'];
const dNav2 = ['Shop', 'Venue hire', 'Members'];
const dCrumbs = ['Home', 'News'];
const dTags = ['Glasshouses', 'Rare plants', 'Collections'];
const dRelated = ['Night-time tours of the glasshouses return in December', 'New seed bank vault opens to visiting researchers'];
const dFoot = ['Contact us', 'Accessibility', 'Jobs', 'Privacy notice', 'Terms of use'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:150;--color--primary-saturation:38%;--color--primary-lightness:30">
<head><meta charset="utf-8"><meta name="description" content="A climbing bellflower has bloomed in the Temperate House.">
<link rel="canonical" href="https://www.amberleigh-botanic.example/news/rare-chilean-bellflower-blooms">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2026-11-03T09:00:00+0000">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-11-03T09:00:00+0000","author":{"@type":"Person","name":"Colm Arkwright"}}]}</script>
<title>${dTitle} | Amberleigh Botanic Garden</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wq9kU2.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1842"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"></button></div><div id="site-header__inner" class="site-header__inner">
<div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Amberleigh Botanic Garden</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav
block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'menu__item primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<nav role="navigation" id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav"><ul class="menu secondary-nav__menu">
${links(dNav2, 'secondary-nav__menu-item')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="1842" class="node node--type-news node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><span class="node__author"><span class="field field--name-uid field--type-entity-reference
field--label-hidden"><span>By Colm Arkwright</span></span></span><span class="node__meta-separator"> | </span>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-11-03T09:00:00Z" class="datetime">3 November 2026</time>
</span></div></header><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(d1)}
<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/lapageria.jpg" alt="Crimson bell-shaped flowers"
width="900" height="600" loading="lazy"><figcaption>The Lapageria in the Temperate House. Image: Amberleigh Botanic Garden / Sam Tuohy</figcaption></figure>
<h2>"It simply sulked"</h2>
${ps(d2)}
<blockquote class="pull-quote"><p>${dQuote}</p></blockquote>
<h2>Forty years of waiting</h2>
${ps(d3)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div></div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2 class="block__title">Related news</h2>
<div class="view view-related-news"><div class="view-content">${dRelated
  .map(
    (r) => `<div class="views-row"><div class="views-field views-field-title">
<span class="field-content"><a href="/news/x" hreflang="en">${r}</a></span></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="region region--sidebar"><div id="block-planyourvisit" class="block block-block-content"><h2 class="block__title">Plan your visit</h2>
<div class="block__content"><div class="text-content field field--name-body"><p>Open daily 10am to 4pm in winter. Glasshouses close at 3.30pm.</p>
<p><a href="/visit/tickets">Book tickets</a></p></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-newsletter" class="block block-block-content"><h2 class="block__title">Stay in touch</h2><div class="block__content"><p>Get garden news and
event listings in our monthly email.</p><p><a href="/newsletter">Sign up</a></p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><nav role="navigation" class="block block-menu navigation menu--footer">
<ul class="menu">${links(dFoot, 'menu__item')}
</ul></nav><div class="block"><p>Amberleigh Botanic Garden Trust. Registered charity no. 1099341.</p></div></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in">
<div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking
any link on this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No,
thanks</button></div></div></div>
<script src="/sites/default/files/js/js_8cYp1a.js"></script></body></html>`;
const drupalNews: TestPage = {
  name: 'heldout348-drupal-olivero-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['"It simply sulked"', 'Forty years of waiting'],
  body: [...texts(d1), ...texts(d2), dQuote, ...texts(d3)],
  bylines: ['By Colm Arkwright', '3 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Amberleigh Botanic Garden', 'Menu', 'Main navigation', ...dNav, ...dNav2, 'Breadcrumb', 'News',
    'The Lapageria in the Temperate House. Image: Amberleigh Botanic Garden / Sam Tuohy', 'Tags', ...dTags, 'Related news', ...dRelated,
    'Plan your visit', 'Open daily 10am to 4pm in winter. Glasshouses close at 3.30pm.', 'Book tickets', 'Stay in touch',
    'Get garden news and event listings in our monthly email.', 'Sign up', ...dFoot, 'Amberleigh Botanic Garden Trust. Registered charity no. 1099341.',
    'We use cookies on this site to enhance your user experience', 'By clicking any link on this page you are giving your consent for us to set cookies.',
    'Accept', 'No, thanks',
  ],
};

export const HELDOUT348_D: readonly TestPage[] = [drupalNews, nextGuide];
