import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file e: a local news article on Drupal 10 with the Olivero theme (breadcrumb, tags, comments and the
 * comment form), and a mini-mill's carding and spinning service page built in Webflow (CMS price list, form, footer).
 */
const nTitle = 'Old worsted mill to reopen as community spinning co-operative';
const nBody = [
  j(
    'A group of spinners, weavers and retired mill workers has raised £410,000 to buy part of the former Calder Bank worsted mill',
    'in Wenlow and turn it into a community-owned spinning and weaving workshop.',
  ),
  j(
    'The Calder Bank Fibre Co-operative, which was set up last year, completed the purchase of the mill’s old carding shed and two',
    'floors of the adjoining warehouse on Friday. The rest of the site, closed since 1987, is being converted into flats by a',
    'private developer.',
  ),
  j(
    'Co-op chair Dilys Ormerod, 67, who started work at the mill as a doffer at the age of 15, said: “When the mill shut, the town',
    'lost its trade and a lot of its pride. We cannot bring back 600 jobs, but we can bring back the skills.”',
  ),
  j(
    'The co-operative plans to install a small carding machine and a four-head spinning frame in the carding shed by next summer.',
    'It will offer to process fleeces from smallholders and farms in the valley, many of whom say they burn or compost their wool',
    'because the price paid for it does not cover the cost of shearing.',
  ),
  j(
    'Gareth Lumb, who keeps 200 Wensleydale ewes above Wenlow, said he would send his whole clip. “Last year I got 31p a kilo. If',
    'the co-op can turn it into yarn I can sell at the farm gate, that changes everything,” he said.',
  ),
  j(
    'The warehouse floors will house a weaving studio with twelve floor looms, some of them donated by weavers’ guilds across the',
    'north of England. Members will be able to hire looms by the week, and the co-op will run beginners’ classes on weekday evenings.',
  ),
  'Membership costs £30 a year, and more than 340 people have already joined.',
  j(
    'About half of the money was raised through a community share offer, with the rest coming from a heritage lottery grant and a',
    'loan from a regional development fund. The borough council has agreed to waive business rates on the building for its first',
    'three years.',
  ),
  j(
    'Councillor Priya Sandhu, who represents Wenlow ward, said the project would bring visitors back to a part of town that had',
    'been neglected for decades.',
  ),
  'The co-operative will hold an open day at the mill on Saturday 12 December from 10am to 3pm.',
];
const nHeads = ['Carding and spinning for small farms', 'Looms for hire', 'Where the money came from'];
const nNav = ['Home', 'News', 'Sport', 'What’s on', 'Opinion', 'Obituaries'];
const nFoot = ['About the Courier', 'Contact the newsroom', 'Advertise with us', 'Privacy notice'];
const nComments: readonly [string, string, string, string][] = [
  [
    'Ada Pickles',
    'Sat, 11/28/2026 - 18:20',
    'My mother worked there',
    'My mother worked in the combing shed at Calder Bank for thirty years. She would have loved to see looms back in the building.',
  ],
  ['Stan Firth', 'Sun, 11/29/2026 - 09:47', 'Parking?', 'Good news, but where is everyone going to park? Mill Street is already full on a Saturday.'],
];
const nComment = ([who, when, subj, text]: readonly [string, string, string, string], i: number): string => `<article data-comment-user-id="0"
id="comment-${41 + i}" class="comment js-comment comment--level-1 by-anonymous" role="article" data-drupal-selector="comment-${41 + i}">
<span class="hidden" data-comment-timestamp="1795897200"></span><div class="comment__picture-wrapper"><div class="comment__picture">
<img loading="lazy" src="/core/themes/olivero/images/placeholder.png" width="100" height="100" alt="Anonymous user"></div></div>
<div class="comment__text-content"><footer class="comment__meta"><p class="comment__author"><span>${who}</span></p><p class="comment__time">${when}</p></footer>
<div class="comment__text-wrapper"><h3 class="comment__title">
<a href="/comment/${41 + i}#comment-${41 + i}" class="permalink" rel="bookmark" hreflang="en">${subj}</a></h3>
<div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${text}</p></div>
<div class="comment__links"><ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/812/comment/${41 + i}">Reply</a>
</li></ul></div>
</div></div></article>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${nTitle} | The Wenlow Courier</title>
<link rel="canonical" href="https://wenlowcourier.co.uk/news/old-worsted-mill-reopen-community-spinning-co-operative"><link rel="shortlink" href="/node/812">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-11-28T08:00:00+0000",
"author":{"@type":"Person","name":"Hester Mawby"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xd3k2p.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/812"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">The Wenlow Courier</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul data-drupal-selector="primary-nav-menu--level-1"
class="menu primary-nav__menu primary-nav__menu--level-1">${nNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t === 'Home' ? '' : t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="<front>">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a>
</li>
</ol></div></nav></div></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${nTitle}</span>
</h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="812" class="node node--type-article node--promoted
node--view-mode-full"><header class=""><div class="node__meta"><article class="profile"></article><span>By <span class="field field--name-uid
field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/14" class="username">Hester Mawby</a></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-11-28T08:00:00+00:00"
title="Saturday, November 28, 2026 - 08:00" class="datetime">Sat, 11/28/2026 - 08:00</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-11/calder-bank-mill.jpg?itok=Qa1z" width="1200" height="675"
alt="The Calder Bank mill chimney seen from Mill Street">
</div><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(nBody.slice(0, 3))}
<h2>${nHeads[0]}</h2>
${ps(nBody.slice(3, 5))}
<figure role="group" class="caption caption-img align-center">
<img data-entity-uuid="b3e1" data-entity-type="file" src="/sites/default/files/inline-images/shed.jpg"
width="900" height="600" loading="lazy"><figcaption>The old carding shed, where the co-op’s first machines will go. Photo: Courier staff</figcaption></figure>
<h2>${nHeads[1]}</h2>
${ps(nBody.slice(5, 7))}
<h2>${nHeads[2]}</h2>
${ps(nBody.slice(7))}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
<h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Textiles</a></li>
<li class="field--tags__item">
<a href="/taxonomy/term/9" hreflang="en">Business</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${nComments.map(nComment).join('\n')}
<h2 class="add-comment__title">Add new comment</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/812/comment"
method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
<label for="edit-name" class="form-item__label">Your name</label>
<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30"
maxlength="60" class="form-text form-element form-element--type-text"></div><div class="js-form-item form-item form-item-comment-body-0-value">
<label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label><textarea id="edit-comment-body-0-value"
name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required form-element form-element--type-textarea" required></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<input data-drupal-selector="edit-submit" type="submit"
id="edit-submit" name="op" value="Save" class="button button--primary js-form-submit form-submit"></div></form></section></div></article></div></div></div>
</div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(nFoot, 'menu__item')}</ul></nav>
<div id="block-olivero-copyright" class="block block-block-content"><div class="block__content"><p>© 2026 Wenlow Courier Ltd</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Yv2m9a.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout636-drupal-olivero-mill-coop',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts(nBody),
  bylines: ['By Hester Mawby', 'Sat, 11/28/2026 - 08:00', ...nComments.flatMap(([w, d]) => [w, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Wenlow Courier', 'Menu', 'Search', 'Main navigation', ...nNav, 'Breadcrumb',
    'The old carding shed, where the co-op’s first machines will go. Photo: Courier staff', 'Tags', 'Textiles', 'Comments',
    ...nComments.flatMap(([, , s, t]) => [s, t]), 'Reply', 'Add new comment', 'Your name', 'Comment', 'Footer', ...nFoot, '© 2026 Wenlow Courier Ltd',
    'Powered by Drupal',
  ],
};

const wTitle = 'Your fleece, carded and spun';
const wHero = 'We wash, card and spin fleece from small flocks into roving and yarn, in batches from 2 kg.';
const wPrices: readonly [string, string, string][] = [
  ['Scouring', '£9 per kg', 'raw weight'],
  ['Carding to roving', '£16 per kg', 'washed weight'],
  ['Spinning to 2-ply yarn', '£38 per kg', 'finished weight, DK or aran'],
  ['Dehairing (alpaca and cashmere)', '£22 per kg', 'washed weight'],
];
const wSteps = [
  'Book a batch with the form below and we will send you a batch number.',
  'Post or drop off your fleece, skirted and labelled with your batch number.',
  'We tell you the washed weight and a final price before we card or spin anything.',
];
const wTurn = 'Turnaround is currently ten to twelve weeks.';
const wHeads = ['Prices', 'How it works'];
const wNav = ['Services', 'Our yarn', 'Visit', 'Contact'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 24 2026 10:12:40 GMT+0000 -->
<html data-wf-domain="www.hollinmill.co.uk" data-wf-page="6571a0c2f1e9b84d2c7a13f5" data-wf-site="6571a0c2f1e9b84d2c7a13e1" lang="en"><head>
<meta charset="utf-8">
<title>Carding &amp; Spinning Service | Hollin Mini Mill</title><meta content="${wHero}" name="description">
<meta content="Carding &amp; Spinning Service | Hollin Mini Mill" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6571a0c2f1e9b84d2c7a13e1/css/hollin-mill.webflow.shared.4b1d2.css" rel="stylesheet"
type="text/css"><script
type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.com/6571a0c2f1e9b84d2c7a13e1/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/6571a0c2f1e9b84d2c7a13e1/logo.svg"
loading="lazy" alt="Hollin Mini Mill" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'Services' ? ' w--current' : ''}">${t}</a>`).join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container-narrow w-container"><h1 class="heading-xl">${wTitle}</h1>
<p class="hero-paragraph">${wHero}</p><a href="#book" class="button-primary w-button">Book a batch</a></div></section>
<section class="section-prices"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="heading-l">${wHeads[0]}</h2>
<div class="w-dyn-list"><div role="list" class="price-list w-dyn-items">${wPrices
  .map(
    ([
      n,
      p,
      note,
    ]) => `<div role="listitem" class="price-item w-dyn-item"><div class="price-row"><div class="price-name">${n}</div><div class="price-value">${p}</div>
</div><div class="price-note">${note}</div></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-steps"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="heading-l">${wHeads[1]}</h2>
<div class="rich-text w-richtext"><ol role="list">${wSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol><p>${wTurn}</p></div></div></section>
<section id="book" class="section-form"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="heading-l">Book a batch</h2>
<div class="w-form"><form id="wf-form-Batch-Form" name="wf-form-Batch-Form" data-name="Batch Form" method="get" class="batch-form"
data-wf-page-id="6571a0c2f1e9b84d2c7a13f5"
data-wf-element-id="c1d2e3f4"><label for="Name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="Name" data-name="Name"
type="text" id="Name" required><label for="Email" class="field-label">Email</label>
<input class="text-field w-input" maxlength="256" name="Email" data-name="Email"
type="email" id="Email" required><label for="Breed" class="field-label">Breed and approximate weight</label><textarea id="Breed" name="Breed" maxlength="5000"
data-name="Breed" class="text-area w-input"></textarea><input type="submit" data-wait="Please wait..." class="button-primary w-button" value="Send"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Batch Form success"><div>Thank you! We will be in touch with your batch number.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Batch Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div>
</div></section>
<footer class="footer"><div class="w-layout-blockcontainer container-narrow w-container"><div class="footer-grid w-layout-grid"><div class="footer-col">
<div class="footer-brand">Hollin Mini Mill</div><p class="footer-text">Unit 4, Hollin Bridge Farm, Sedbury<br>Open Monday to Friday by appointment</p></div>
<div class="footer-col"><a href="https://www.instagram.com/" class="footer-link">Instagram</a><a href="mailto:mill@hollinmill.co.uk" class="footer-link">
mill@hollinmill.co.uk</a></div></div><div class="footer-copyright">© 2026 Hollin Mini Mill. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6571a0c2f1e9b84d2c7a13e1" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/6571a0c2f1e9b84d2c7a13e1/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout636-webflow-carding-service',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [wHero, ...wPrices.map(row), ...wSteps, wTurn],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Services', 'Our yarn', 'Visit', 'Contact', 'Name', 'Email', 'Breed and approximate weight', 'Hollin Mini Mill',
    'Unit 4, Hollin Bridge Farm, Sedbury', 'Open Monday to Friday by appointment', 'Instagram', 'mill@hollinmill.co.uk',
    '© 2026 Hollin Mini Mill. All rights reserved.',
  ],
};

export const HELDOUT636_E: readonly TestPage[] = [olivero, webflow];
