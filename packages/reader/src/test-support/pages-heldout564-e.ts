import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout564-kit.js';

/**
 * Held-out batch 564, file e: a cinema's film page with a showtimes grid on a Next.js site (App Router, Tailwind classes,
 * streamed RSC payload), and a film society event page on Drupal 10 (Olivero theme).
 */
const nTitle = 'Ninefold';
const nDek = 'A cellist, a borrowed flat and nine nights in Lisbourne.';
const nFacts = ['Director: Odile Ferrand-Moss', 'Starring: Cass Ambrose, Jun Takeyama-Reid', 'France, UK 2026', '118 min', '15'];
const nSyn = [
  j(
    'Hired at the last minute to replace an injured soloist, Agathe arrives in a port city she has never seen, in a flat that belongs to',
    'a stranger, with nine days to learn a concerto she has always hated. What follows is part backstage drama, part ghost story, and',
    'part love letter to the people who keep an orchestra on the road.',
  ),
  j(
    'Ferrand-Moss, herself a former session musician, films the rehearsals in long unbroken takes, and the score was recorded live on',
    'set. Ambrose learned the cello for the role over eighteen months.',
  ),
];
const nTimes = [
  ['Today', ['13:40', '18:20', '20:50']],
  ['Tomorrow', ['15:10', '20:30']],
  ['Sat 14 Mar', ['12:00', '17:45', '21:00']],
  ['Sun 15 Mar', ['14:30', '19:15']],
];
const nTimeText = nTimes.map(([d, ts]) => `${d as string} ${(ts as string[]).join(' ')}`);
const nNav = ['Now Showing', 'Coming Soon', 'Festivals', 'Memberships', 'Gift Cards'];
const nFoot = ['About', 'Careers', 'Private Hire', 'Accessibility', 'Privacy', 'Terms'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0b7c __variable_f1e2d4"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/7e1c0b2f9a4d.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5a2b9e.js"/><script src="/_next/static/chunks/main-app-8c1d0f.js"
async=""></script>
<title>Ninefold (15) | Tidewater Cinemas</title><meta name="description" content="${nDek}"/><link rel="canonical"
href="https://tidewatercinemas.com/films/ninefold"/>
<meta property="og:title" content="Ninefold (15)"/><meta property="og:image" content="https://images.tidewatercinemas.com/ninefold-backdrop.jpg"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"Ninefold","duration":"PT118M","contentRating":"15",
"director":{"@type":"Person","name":"Odile Ferrand-Moss"}}</script></head>
<body class="bg-neutral-950 text-neutral-100 antialiased"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-white/10 bg-neutral-950/90 backdrop-blur"><div
class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a class="font-display text-xl tracking-tight" href="/">Tidewater Cinemas</a><nav class="hidden gap-6 md:flex" aria-label="Main"><ul class="flex gap-6 text-sm">
${links(nNav, 'hover:text-amber-300')}</ul></nav><div class="flex items-center gap-3"><button type="button"
class="rounded-full border border-white/20 px-3 py-1 text-sm"
aria-haspopup="listbox">Tidewater Quay</button><a class="text-sm" href="/account">Sign in</a></div></div></header>
<main id="main"><section class="relative h-[60vh] min-h-[420px] w-full"><img alt="" fetchPriority="high" decoding="async" data-nimg="fill"
class="object-cover opacity-60" style="position:absolute;height:100%;width:100%;inset:0;color:transparent"
src="/_next/image?url=https%3A%2F%2Fimages.tidewatercinemas.com%2Fninefold-backdrop.jpg&amp;w=3840&amp;q=75"/>
<div class="absolute bottom-0 mx-auto w-full max-w-7xl px-4 pb-10"><span
class="inline-block rounded bg-amber-400 px-2 py-0.5 text-xs font-bold text-black">New release</span>
<h1 class="mt-3 font-display text-5xl md:text-7xl">${nTitle}</h1><p class="mt-2 max-w-xl text-lg text-neutral-300">${nDek}</p>
<button type="button" class="mt-4 inline-flex items-center gap-2 rounded-full bg-white px-4 py-2 text-sm font-semibold text-black">Play
trailer</button></div></section>
<div class="mx-auto grid max-w-7xl gap-10 px-4 py-10 lg:grid-cols-[2fr_1fr]"><div><section aria-labelledby="times-heading">
<h2 id="times-heading" class="mb-4 text-2xl font-semibold">Times at Tidewater Quay</h2><div role="tablist" class="mb-4 flex gap-2 text-sm">
<button role="tab" aria-selected="true" class="rounded-full bg-white px-3 py-1 text-black">All</button><button role="tab" aria-selected="false"
class="rounded-full px-3 py-1">
Audio described</button><button role="tab" aria-selected="false" class="rounded-full px-3 py-1">Subtitled</button></div>
<ol class="space-y-4">${nTimes
  .map(
    ([d, ts]) => `<li class="flex flex-wrap items-center gap-3 border-b border-white/10 pb-4">
<h3 class="w-32 text-sm font-semibold uppercase tracking-wide">${d as string}</h3>
<ul class="flex flex-wrap gap-2">${(ts as string[])
      .map(
        (t) => `<li><a class="rounded border border-white/30 px-3 py-1.5 font-mono text-sm hover:bg-white hover:text-black"
href="/checkout/ninefold/${t.replace(':', '')}">${t}</a></li>`,
      )
      .join('')}</ul></li>`,
  )
  .join('\n')}</ol></section>
<section class="prose prose-invert mt-10 max-w-none"><h2>Synopsis</h2>${ps(nSyn)}</section></div>
<aside class="space-y-6"><dl class="grid grid-cols-1 gap-2 rounded-lg bg-white/5 p-5 text-sm">${nFacts.map((f) => `<div><dd>${f}</dd></div>`).join('')}</dl>
<div class="rounded-lg bg-amber-400/10 p-5 text-sm"><p class="font-semibold">Members save 20%</p><p>Join Tidewater Plus from £6.99 a month.</p>
<a class="mt-2 inline-block underline" href="/memberships">Find out more</a></div></aside></div>
<section class="mx-auto max-w-7xl px-4 pb-16"><h2 class="mb-4 text-xl font-semibold">You might also like</h2><div class="grid grid-cols-2 gap-4 md:grid-cols-4">
<a href="/films/the-long-rehearsal" class="group"><p class="mt-2 text-sm">The Long Rehearsal</p></a><a href="/films/harbour-of-glass" class="group">
<p class="mt-2 text-sm">Harbour of Glass</p></a></div></section></main>
<footer class="border-t border-white/10 py-10 text-sm text-neutral-400"><div class="mx-auto max-w-7xl px-4"><ul
class="flex flex-wrap gap-4">${links(nFoot)}</ul>
<p class="mt-6">© 2026 Tidewater Cinemas Ltd</p></div></footer>
<div role="dialog" aria-live="polite" class="fixed inset-x-4 bottom-4 z-50 rounded-lg bg-neutral-800 p-4 text-sm shadow-xl md:left-auto md:w-96">
<p>We use cookies to keep you signed in and to measure how our site is used.</p><div class="mt-3 flex gap-2"><button
class="rounded bg-white px-3 py-1 text-black">
Accept all</button><button class="rounded border border-white/30 px-3 py-1">Only necessary</button></div></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/7e1c0b2f9a4d.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"4:[\\"$\\",\\"h1\\",null,{\\"className\\":\\"mt-3 font-display\\",\\"children\\":\\"Ninefold\\"}]\\n"])</script></body></html>`;
const nextFilm: TestPage = {
  name: 'heldout564-nextjs-film-times',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['Times at Tidewater Quay', 'Synopsis'],
  body: texts([nDek, ...nTimeText, ...nSyn, ...nFacts]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tidewater Cinemas', ...nNav, 'Sign in', 'New release', 'Play trailer', 'All', 'Audio described', 'Subtitled',
    'Members save 20%', 'Join Tidewater Plus from £6.99 a month.', 'Find out more', 'You might also like', 'The Long Rehearsal', 'Harbour of Glass', ...nFoot,
    '© 2026 Tidewater Cinemas Ltd', 'We use cookies to keep you signed in and to measure how our site is used.', 'Accept all', 'Only necessary',
  ],
};

const oTitle = 'Silent Film Night: The Lighthouse Keeper’s Daughter with live piano';
const oWhen = 'Friday 20 March 2026, 19:30 – 21:15';
const oWhere = 'St Brannoc’s Church Hall, Mill Road, Oldcastle';
const oBody = [
  j(
    'Our spring silent night brings back a forgotten melodrama from 1924, shown from a new scan of the only surviving nitrate print, with',
    'an improvised score by pianist Hedda Crane.',
  ),
  j(
    'Made on a shoestring by a travelling company and thought lost until 2019, the film follows a keeper&#39;s daughter who runs the',
    'light alone through a winter storm. It was found in a biscuit tin in a garage on the coast and restored by volunteers over four years.',
  ),
  'Before the film',
  j(
    'Archivist Rhodri Penwarden will talk for fifteen minutes about how the print was found, what was missing and how the intertitles',
    'were rebuilt from a surviving continuity script.',
  ),
  'Tickets',
  'Members: free (please book so we know numbers)',
  'Guests: £7, or £5 for students and under 18s',
  'Tea, coffee and cake in the interval, by donation',
];
const oNav = ['Home', 'Events', 'Membership', 'Archive', 'Contact'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://oldcastlefilmsociety.org.uk/events/silent-film-night-lighthouse-keepers-daughter">
<title>${oTitle} | Oldcastle Film Society</title><link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t8k2d1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/87","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-event"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Oldcastle Film Society</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span></button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></div></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/"
class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/events" class="breadcrumb__link">Events</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="87" class="node node--type-event node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Posted by Jude
Farrant</span></span></span>
<span class="node__meta-date"> on 2 February 2026</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2026-02/keeper.jpg" width="1200" height="600" alt="A woman holding a lamp on a rock"></div>
<div class="field field--name-field-date field--type-smartdate field--label-inline"><div class="field__label">When</div><div
class="field__item">${oWhen}</div></div>
<div class="field field--name-field-venue field--type-string field--label-inline"><div class="field__label">Where</div><div
class="field__item">${oWhere}</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody.slice(0, 2))}<h2>${at(oBody, 2)}</h2>${ps([at(oBody, 3)])}<h2>${at(oBody, 4)}</h2><ul>${lis(oBody.slice(5))}</ul></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/taxonomy/term/4" hreflang="en">Silent cinema</a></div><div class="field__item"><a href="/taxonomy/term/9"
hreflang="en">Live music</a></div>
</div></div></div></article></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block
block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?t8k2d1"></script></body></html>`;
const drupalEvent: TestPage = {
  name: 'heldout564-drupal-olivero-event',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [at(oBody, 2), at(oBody, 4)],
  body: texts([`When ${oWhen}`, `Where ${oWhere}`, ...oBody.filter((_, i) => i !== 2 && i !== 4)]),
  bylines: ['Posted by Jude Farrant', 'on 2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Oldcastle Film Society', 'Menu', ...oNav, 'Tags', 'Silent cinema', 'Live music', 'RSS feed', 'Powered by Drupal',
  ],
};

export const HELDOUT564_E: readonly TestPage[] = [nextFilm, drupalEvent];
