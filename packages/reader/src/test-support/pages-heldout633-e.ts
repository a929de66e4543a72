import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout633-kit.js';

/**
 * Held-out batch 633, file e: a trade news article on drone thermal inspections from a Next.js (App Router) news site,
 * and a sign writers' guild news item on Drupal 10 (Olivero theme).
 */
const nTitle = 'Solar farm owners turn to night-time drone flights as thermal inspection backlog grows';
const nDek = 'Operators say demand for thermal surveys has doubled in a year, with insurers now asking for annual reports.';
const nBody = [
  j(
    'Drone inspection firms across the south-west are booking thermal survey work up to four months ahead, as solar farm owners',
    'race to meet new insurance conditions that require an annual check of every panel string.',
  ),
  j(
    'Thermal cameras pick out cells that run hotter than their neighbours, a sign of cracking, soiling or a failing bypass diode.',
    'Flights are best carried out in strong, steady sunshine around midday, but several operators are now adding dusk flights to',
    'catch faults in cabling and inverters that only show as the panels cool.',
  ),
  j(
    '“We used to do two or three solar sites a month, and now it is two or three a week,” said Priya Venn, operations director at',
    'Tamar Thermal, which flies from a base near Launceston. “The bottleneck is not pilots, it is the weather. You need clear sky',
    'and very little wind to get readings you can trust.”',
  ),
  j(
    'A typical 20-megawatt site covers about 40 hectares and can be flown in a day. The data is then processed into a map of',
    'anomalies, graded by temperature difference, which the site’s maintenance contractor uses to plan repairs.',
  ),
  'Training bottleneck',
  j(
    'Trainers say the number of pilots taking thermography courses has risen sharply. The Kernow Flight School added a second',
    'Level 1 thermography course this spring after the first sold out within a week.',
  ),
  j(
    'Not every operator is convinced the boom will last. Some expect large solar owners to buy their own drones and train staff,',
    'leaving specialist firms with the smaller sites and the reporting work.',
  ),
];
const nNav = ['News', 'Inspection', 'Mapping', 'Regulation', 'Kit Reviews', 'Jobs'];
const nRel = ['Insurers tighten rules on rooftop solar', 'Review: three radiometric cameras under £5,000', 'Dusk flights: what the rules say'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0f14 __variable_9c2d77"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preload" as="font" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" crossorigin="" type="font/woff2">
<link rel="stylesheet" href="/_next/static/css/8b3f6f2e1a4c9d07.css" data-precedence="next"><title>${nTitle} | Aerial Works Weekly</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2024-05-14T06:00:00+01:00",
"author":[{"@type":"Person","name":"Callum Tressider"}],"publisher":{"@type":"Organization","name":"Aerial Works Weekly"}}</script>
<script src="/_next/static/chunks/webpack-4c2e8b5d.js" async=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<div class="fixed bottom-0 inset-x-0 z-50 bg-neutral-900 text-white" role="dialog" aria-label="Cookie consent">
<div class="mx-auto max-w-5xl p-4 flex gap-4 items-center">
<p class="text-sm">We use cookies to measure readership and show relevant job adverts.</p><button class="btn btn-primary">Accept all</button>
<button class="btn btn-ghost">Manage settings</button></div></div>
<header class="border-b border-neutral-200"><div class="mx-auto max-w-6xl flex items-center justify-between px-4 py-3">
<a href="/" class="font-serif text-2xl font-bold">Aerial Works Weekly</a>
<nav aria-label="Primary" class="hidden md:block"><ul class="flex gap-6 text-sm font-medium">${links(nNav)}</ul></nav>
<div class="flex gap-3"><button aria-label="Search" class="p-2"><svg class="h-5 w-5" aria-hidden="true"></svg></button>
<a href="/subscribe" class="rounded bg-amber-500 px-3 py-1.5 text-sm font-semibold">Subscribe</a></div></div></header>
<main id="main" class="mx-auto max-w-6xl px-4 lg:grid lg:grid-cols-[1fr_300px] lg:gap-10"><article class="py-8">
<nav aria-label="Breadcrumb" class="text-xs uppercase tracking-wide text-amber-700"><ol class="flex gap-2"><li><a href="/news">News</a></li>
<li aria-hidden="true">/</li>
<li><a href="/inspection">Inspection</a></li></ol></nav>
<h1 class="mt-2 font-serif text-4xl leading-tight">${nTitle}</h1><p class="mt-3 text-lg text-neutral-600">${nDek}</p>
<div class="mt-4 flex items-center gap-3 text-sm text-neutral-500">
<span>By <a href="/authors/callum-tressider" class="font-semibold text-neutral-800">Callum Tressider</a></span>
<span aria-hidden="true">·</span><time dateTime="2024-05-14T06:00:00+01:00">14 May 2024</time><span aria-hidden="true">·</span><span>4 min read</span></div>
<figure class="my-6"><img alt="" loading="lazy" width="1200" height="675" decoding="async" class="w-full rounded"
src="/_next/image?url=%2Fimg%2Fsolar-thermal.jpg&amp;w=1200&amp;q=75">
<figcaption class="mt-2 text-xs text-neutral-500">A thermal map of a 20 MW site in north Cornwall, with hot cells marked in yellow. Photo: Tamar
Thermal</figcaption></figure>
<div class="prose prose-neutral max-w-none">
${ps(nBody.slice(0, 4))}
<aside class="not-prose my-6 rounded border-l-4 border-amber-500 bg-amber-50 p-4"><p class="text-sm font-semibold">Newsletter</p>
<p class="text-sm">Get Aerial Works Weekly in your inbox every Tuesday.</p><a href="/newsletter" class="text-sm underline">Sign up free</a></aside>
<h2>${nBody[4]}</h2>
${ps(nBody.slice(5))}
</div>
<div class="mt-8 flex gap-2 border-t pt-4"><span class="text-sm font-semibold">Share</span>
<a href="https://www.linkedin.com/sharing/share-offsite/?url=x" class="text-sm">LinkedIn</a>
<a href="https://x.com/intent/tweet?url=x" class="text-sm">X</a><a href="mailto:?subject=x" class="text-sm">Email</a></div></article>
<aside class="py-8"><h2 class="text-sm font-bold uppercase tracking-wide">Most read</h2><ol class="mt-3 space-y-3 text-sm">${links(nRel)}</ol>
<div class="mt-8 bg-neutral-100 p-4 text-center text-xs text-neutral-500"><span>Advertisement</span><div id="div-gpt-ad-mpu-1" style="min-height:250px">
</div></div></aside></main>
<footer class="mt-12 bg-neutral-900 py-10 text-neutral-300"><div class="mx-auto max-w-6xl px-4 text-sm">
<ul class="flex gap-6">${links(['About us', 'Advertise', 'Contact', 'Privacy'])}</ul>
<p class="mt-4">© 2024 Aerial Works Media Ltd</p></div></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/8b3f6f2e1a4c9d07.css\\",\\"style\\"]\\n"])</script>
</body></html>`;
const nextjsThermal: TestPage = {
  name: 'heldout633-nextjs-thermal-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[4] ?? ''],
  body: texts([nDek, ...nBody.filter((_, i) => i !== 4)]),
  bylines: ['By Callum Tressider', '14 May 2024', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to measure readership and show relevant job adverts.', 'Accept all', 'Manage settings', 'Aerial Works Weekly',
    ...nNav, 'Subscribe', 'A thermal map of a 20 MW site in north Cornwall, with hot cells marked in yellow. Photo: Tamar Thermal', 'Newsletter',
    'Get Aerial Works Weekly in your inbox every Tuesday.', 'Sign up free', 'Share', 'LinkedIn', 'X', 'Email', 'Most read', ...nRel, 'Advertisement',
    'About us', 'Advertise', 'Contact', 'Privacy', '© 2024 Aerial Works Media Ltd',
  ],
};

const oTitle = 'Apprentices restore the lettering on Wendlebury market hall';
const oBody = [
  j(
    'Four apprentices from the Guild’s second-year course have finished repainting the lettering on the market hall in Wendlebury,',
    'working alongside two master sign writers over six weekends in September.',
  ),
  j(
    'The hall’s frieze carries the words CORN &amp; PRODUCE MARKET in incised and gilded Roman capitals almost half a metre tall.',
    'The gilding had been lost decades ago and the letters were painted over in cream. Paint scrapes found traces of the original',
    'red ground and gold, which the team matched before relettering.',
  ),
  j(
    'Each apprentice took responsibility for three or four letters, from cleaning out the incisions to laying transfer gold and',
    'painting the shadow. The work was checked at each stage by the town council’s heritage adviser.',
  ),
  j('The Guild runs two apprenticeship courses a year. Applications for the spring intake open on 1 December.'),
];
const oNav = ['Home', 'About the Guild', 'Training', 'Find a Sign Writer', 'News', 'Join'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.letterersguild.org.uk/news/apprentices-restore-wendlebury-market-hall">
<title>${oTitle} | Guild of Letter Painters</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qk2vZ8.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418",
"currentLanguage":"en"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Guild of Letter Painters</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul>
</nav><div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2" role="search"><div class="content">
<form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-type-search"><label for="edit-keys--2" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys--2" name="keys" size="15"
maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a>
</li></ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="418" class="node node--type-article node--promoted node--view-mode-full">
<header class="layout--content-medium"><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden">
<a title="View user profile." href="/user/12" class="username">Marnie Oakes</a></span></span> <span class="node__date">
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2024-10-08T12:00:00Z" title="Tuesday, October 8, 2024 - 12:00"
class="datetime">Tue, 10/08/2024 - 12:00</time></span></span></div></header>
<div class="node__content layout--content-medium"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2024-10/market-hall.jpg" width="1000" height="562" alt="Gilded capitals on the market hall
frieze"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(oBody)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/taxonomy/term/3" hreflang="en">Apprentices</a></div><div class="field__item">
<a href="/taxonomy/term/7" hreflang="en">Gilding</a></div>
</div></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-olivero-footer-text" class="block block-block-content"><div class="block__content">
<p>Guild of Letter Painters · Registered charity 1187342</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<script src="/sites/default/files/js/js_7aT2x1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalGuild: TestPage = {
  name: 'heldout633-drupal-guild-market-hall',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oBody),
  bylines: ['Marnie Oakes', 'Tue, 10/08/2024 - 12:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Guild of Letter Painters', 'Menu', 'Main navigation', ...oNav, 'Search', 'Breadcrumb', 'Tags', 'Apprentices', 'Gilding',
    'RSS feed', 'Guild of Letter Painters · Registered charity 1187342', 'Powered by Drupal',
  ],
};

export const HELDOUT633_E: readonly TestPage[] = [nextjsThermal, drupalGuild];
