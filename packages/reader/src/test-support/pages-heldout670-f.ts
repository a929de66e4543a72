import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout670-kit.js';

/**
 * Held-out batch 670, file f: a racecourse news article on Drupal 10 (Olivero theme), and a greyhound track's rehoming post on
 * a HubSpot CMS blog.
 */
const dTitle = 'Floodlit all-weather track approved at Cranmore Park';
const dBody = [
  j(
    'Cranmore Park will stage its first floodlit racing in the winter of 2027 after the district council approved plans for a',
    'one-mile Tapeta track inside the existing turf course.',
  ),
  j(
    'The £11 million project adds sixteen new fixtures a year, most of them on Friday evenings between November and March,',
    'when the turf course is rested. The racecourse expects the new meetings to bring in around 40,000 extra visitors a year.',
  ),
  'Concerns over light and noise',
  j(
    'Residents of Cranmore village had objected to the floodlights, and the approval comes with conditions: the lights must be',
    'off by 9.30pm, and the racecourse will plant a belt of trees along the eastern boundary before the first meeting.',
  ),
  j(
    '&#8220;We have listened, and we have changed the plans three times,&#8221; said managing director Carys Wenlock. &#8220;The',
    'lights we are using point down, not out, and they will be off earlier than the lights at the football ground.&#8221;',
  ),
  'What happens next',
  'Work on the track is due to start in May, once the last jump meeting of the season has been run.',
];
const dNav = ['Racedays', 'Tickets', 'Hospitality', 'News', 'Visit'];
const dCrumbs = ['Home', 'News'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.cranmorepark.example/news/floodlit-all-weather-track-approved">
<title>${dTitle} | Cranmore Park Racecourse</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-01-28T10:00:00+0000"}]}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s9k2x1"><script>document.documentElement.classList.add('js');</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Cranmore Park Racecourse</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu
navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><div class="content">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item
form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div>
</form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="318" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Press Office</span></span>
</span><span class="node__author-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-01-28T10:00:00Z"
title="Wednesday, January 28, 2026 - 10:00">Wed, 28/01/2026 - 10:00</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-01/track-plan.jpg" width="1000" height="560" alt="Artist's impression of the floodlit track"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}
<h2>${dBody[2]}</h2>
${ps(dBody.slice(3, 5))}
<h2>${dBody[5]}</h2>
${ps([dBody[6] ?? ''])}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul
class="links field__items">${links(['Course development', 'Planning'], 'field__item')}</ul></div></div></article></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footer" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body">
<p>Cranmore Park Racecourse, Cranmore, CR7 1PK. Registered charity no. 1094412.</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const drupalNews: TestPage = {
  name: 'heldout670-racecourse-news-drupal-olivero',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? '', dBody[5] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: ['Press Office', 'Wed, 28/01/2026 - 10:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cranmore Park Racecourse', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Home', 'Tags',
    'Course development', 'Planning', 'RSS feed', 'Cranmore Park Racecourse, Cranmore, CR7 1PK. Registered charity no. 1094412.', 'Powered by Drupal',
  ],
};

const hTitle = 'Five things to know before you adopt a retired racer';
const hBody = [
  j(
    'Every month around a dozen greyhounds retire from racing at Sallowfield and move into our rehoming kennel behind the',
    'back straight. Most are between two and five years old, and most will spend the next decade asleep on somebody&#8217;s sofa.',
  ),
  'Before you fill in the application form, here are five things our rehoming team wishes every family knew.',
  '1. They are sprinters, not marathon runners',
  'Two short walks a day is plenty. A retired racer needs far less exercise than most people expect, and less than a collie or a spaniel.',
  '2. Some have never met a cat',
  j(
    'Kennel life means many of our dogs have never seen a cat, a staircase or a glass door. We test each dog with a cat before',
    'it is listed, and we will tell you honestly how it reacted.',
  ),
  '3. Recall takes time',
  'Keep your greyhound on a lead in open spaces for the first few months. Their eyesight and speed make a chase very quick to start.',
  '4. They feel the cold',
  'With little body fat and a thin coat, most greyhounds need a coat in winter and a soft bed away from draughts.',
  '5. You will not be on your own',
  j(
    'Every adopter gets a named contact at the kennel for the dog&#8217;s whole life. If things do not work out, the dog comes back',
    'to us. No questions, no charge.',
  ),
];
const hHeads = [2, 4, 6, 8, 10];
const hNav = ['Race Nights', 'Restaurant', 'Rehome a Greyhound', 'Blog'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Thinking of adopting a retired greyhound? Five things to know.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.sallowfieldstadium.example/hs-fs/hub/4412987/hub_generated/template_assets/blog.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Jess Quayle"},
"datePublished":"2026-04-02T08:30:00Z"}</script>
<script>var hsVars = {"portal_id":4412987,"app_hs_base_url":"https://app.hubspot.com","cp_hs_base_url":"https://cp.hubspot.com","language":"en"};</script>
<link rel="amphtml" href="https://www.sallowfieldstadium.example/blog/five-things-adopt-retired-racer?hs_amp=true"></head>
<body><div class="body-wrapper hs-content-id-138822 hs-blog-post hs-blog-id-6621"><div data-global-resource-path="sallowfield/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo" style="border-width:0px;border:0px;"><img src="/hubfs/sallowfield-logo.png" class="hs-image-widget"
alt="Sallowfield Greyhound Stadium"></a></span></div><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
</ul></nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/jess-quayle" rel="author">Jess Quayle</a>
<time datetime="2026-04-02 08:30:00" class="blog-post__timestamp">April 2, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hBody.slice(0, 2))}
<!--more-->
${hHeads.map((i) => `<h2>${hBody[i]}</h2>\n<p>${hBody[i + 1]}</p>`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8b1c"><span class="hs-cta-node hs-cta-8b1c" id="hs-cta-8b1c"><a
href="https://cta-redirect.hubspot.com/cta/redirect/4412987/8b1c" class="cta_button">Meet the dogs looking for homes</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><svg class="icon icon-tag"></svg><a class="blog-post__tag-link" href="/blog/tag/rehoming">Rehoming</a>,
<a class="blog-post__tag-link" href="/blog/tag/welfare">Welfare</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list"><div class="blog-related-posts__post"><h3><a
href="/blog/meet-the-kennel-team">Meet the kennel team</a></h3><p>The five people who look after 140 greyhounds every day.</p></div></div></section>
<div class="blog-subscribe"><h3>Subscribe to the Sallowfield blog</h3><div class="hs_cos_wrapper_type_form"><form class="hs-form" novalidate>
<div class="hs_email
hs-email hs-fieldtype-text field hs-form-field"><label for="email-6621"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-6621"
name="email" type="email" class="hs-input"></div><div class="hs_submit hs-submit"><input type="submit" value="Subscribe" class="hs-button primary large">
</div></form></div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Sallowfield Greyhound Stadium, Mill Road, Sallowfield SL4 9GG</p>
<p>© 2026 Sallowfield Greyhound Stadium. Racing under GBGB rules.</p></div></footer></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script src="https://js.hs-scripts.com/4412987.js" async defer></script>
</body></html>`;
const hubspotGreyhound: TestPage = {
  name: 'heldout670-greyhound-rehoming-hubspot',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['Jess Quayle', 'April 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Meet the dogs looking for homes', 'Welfare', 'Related posts', 'Meet the kennel team',
    'The five people who look after 140 greyhounds every day.', 'Subscribe to the Sallowfield blog', 'Email',
    'Sallowfield Greyhound Stadium, Mill Road, Sallowfield SL4 9GG', '© 2026 Sallowfield Greyhound Stadium. Racing under GBGB rules.',
  ],
};

export const HELDOUT670_F: readonly TestPage[] = [drupalNews, hubspotGreyhound];
