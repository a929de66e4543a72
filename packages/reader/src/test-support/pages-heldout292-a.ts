import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout292-kit.js';

/**
 * Held-out batch 292, file a: a regional tourism board's destination guide on Drupal 10 (main menu, breadcrumb, hero figure with
 * credit, "Plan your trip" sidebar block, EU Cookie Compliance banner, footer) and a Lonely Planet-style article built with Next.js
 * (byline block, reading time, share buttons, inline "Read more" promo, newsletter sign-up, "You might also like" rail).
 */
const dTitle = 'Marrowick: a harbour town guide';
const dIntro = paras(`
Marrowick sits where the Selly estuary widens into the North Brae, a grey-stone town of net lofts, steep wynds and a harbour
that still lands crab and langoustine six mornings a week. It is small enough to cross on foot in twenty minutes and stubborn
enough to keep its own pace, which is exactly why people come back.

Most visitors arrive for a day and wish they had stayed for three. This guide covers the essentials: how to get here, where to
walk, what to eat and where to lay your head.`);
const dGet = paras(`
The coastal bus from Dunmore runs hourly in summer and every two hours from October to April, taking about fifty minutes. By car,
leave the A94 at Colliston and follow the brown signs; the long-stay car park on Quay Brae is the only one that takes camper vans.

There is no station in Marrowick itself. The nearest is Tullochford, twelve miles inland, where a taxi rank meets most trains.`);
const dWalk = paras(`
The Harbour Heritage Trail is a waymarked loop of just under two miles that starts at the old fish market. It climbs past the
Watch House, where the coastguard once kept a telescope trained on the bar, and drops back down through the Kirk Wynd.

For something longer, the cliff path north to Ardlow Head is six miles one way and rewards you with puffins from May to July.`);
const dWalkList = [
  'Wear proper boots: the cliff path is unfenced in places and can be muddy after rain.',
  'Check the tide times before exploring the rock pools at Skellie Point.',
  'Dogs must be kept on a lead between April and August because of nesting birds.',
];
const dEat = paras(`
Seafood is the obvious draw. The Creel Loft serves whatever came off the boats that morning, and its crab rolls sell out by two.
For something more formal, Halyard on Shore Street has a tasting menu built around local shellfish and Brae-grown vegetables.

Do not leave without trying a Marrowick buttery, a flaky, salty roll baked at Ina Gourlay's bakery since 1961.`);
const dStay = paras(`
Accommodation ranges from harbour-front guest houses to a handful of self-catering cottages up the wynds. In July and August,
book well ahead: the town has fewer than two hundred beds and the sailing regatta fills most of them.`);
const dMenu = ['Destinations', 'Things to do', 'Events', 'Places to stay', 'Travel info', 'Trade and media'];
const dCrumbs = ['Home', 'Destinations', 'Coast and islands'];
const dPlan = ['Marrowick harbour webcam', 'Tide tables for the North Brae', 'Coastal bus timetable', 'Accessible travel information'];
const dFoot = ['About us', 'Contact us', 'Accessibility statement', 'Privacy notice', 'Cookie settings', 'Sitemap'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="description" content="Plan a visit to Marrowick, a working harbour town on the North Brae coast.">
<link rel="canonical" href="https://www.visitnorthbrae.example/destinations/marrowick">
<meta property="og:site_name" content="Visit North Brae"><meta property="og:type" content="article">
<meta property="og:title" content="Marrowick: a harbour town guide | Visit North Brae"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Marrowick: a harbour town guide | Visit North Brae</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"TouristDestination","name":"Marrowick",
"description":"A working harbour town on the North Brae coast.","geo":{"@type":"GeoCoordinates","latitude":"56.71","longitude":"-2.42"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Kq3v9.css"></head>
<body class="path-node page-node-type-destination"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/brae/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Visit North Brae</a></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">${links(dMenu, 'menu-item')}</ul></nav>
</div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs)}<li>Marrowick</li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-brae-content" class="block block-system block-system-main-block">
<article role="article" about="/destinations/marrowick" class="node node--type-destination node--view-mode-full">
<div class="node__hero field field--name-field-hero-image field--type-image field--label-hidden field__item">
<figure class="hero-figure"><img src="/sites/default/files/styles/hero/public/2025-11/marrowick-harbour.jpg" alt="Boats in Marrowick harbour">
<figcaption>Creel boats in Marrowick harbour at low tide.</figcaption><span class="image-credit">Photo: Fenella Rask / Visit North Brae</span></figure></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
<div class="node__content"><div class="clearfix text-formatted field field--name-field-intro field--type-text-long field--label-hidden field__item">
${ps(dIntro)}</div>
<div class="field field--name-field-sections field--type-entity-reference-revisions field--label-hidden field__items">
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default">
<h2 class="paragraph__title">Getting there</h2><div class="clearfix text-formatted field field--name-field-text">${ps(dGet)}</div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default">
<h2 class="paragraph__title">Walks and the heritage trail</h2><div class="clearfix text-formatted field field--name-field-text">${ps(dWalk)}
<ul>${lis(dWalkList)}</ul></div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--cta-banner"><div class="cta-banner"><p class="cta-banner__text">Planning a coastal break?
Browse over 40 places to stay on the North Brae.</p><a class="button button--primary" href="/where-to-stay">Find accommodation</a></div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default">
<h2 class="paragraph__title">Food and drink</h2><div class="clearfix text-formatted field field--name-field-text">${ps(dEat)}</div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text-section paragraph--view-mode--default">
<h2 class="paragraph__title">Where to stay</h2><div class="clearfix text-formatted field field--name-field-text">${ps(dStay)}</div></div></div>
</div><div class="field field--name-field-last-reviewed field--type-datetime"><div class="field__label">Page last reviewed</div>
<div class="field__item"><time datetime="2026-01-14T12:00:00Z">14 January 2026</time></div></div></div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div id="block-planyourtrip"
class="block block-block-content"><h2 class="block__title">Plan your trip</h2><ul>${links(dPlan)}</ul></div>
<div id="block-newsletter" class="block block-simplenews"><h2 class="block__title">Get inspired</h2>
<p>Sign up for our monthly newsletter of events and offers.</p><form class="simplenews-subscriber-form"><input type="email" aria-label="Email address">
<input type="submit" value="Subscribe" class="button form-submit"></form></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav id="block-footer" class="block block-menu menu--footer">
<ul class="menu">${links(dFoot, 'menu-item')}</ul></nav><div id="block-copyright" class="block block-block-content"><p>© 2026 Visit North Brae.
Part-funded by the North Brae Regional Council.</p></div></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"eu_cookie_compliance":{"popup_enabled":true}}</script><script src="/sites/default/files/js/js_r8Qp2.js"></script></body></html>`;
const drupalGuide: TestPage = {
  name: 'heldout292-drupal-tourism-board-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['Getting there', 'Walks and the heritage trail', 'Food and drink', 'Where to stay'],
  body: texts([...dIntro, ...dGet, ...dWalk, ...dWalkList, ...dEat, ...dStay]),
  bylines: ['14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Visit North Brae', 'Main navigation', ...dMenu, 'Breadcrumb', ...dCrumbs, 'Creel boats in Marrowick harbour at low tide.',
    'Photo: Fenella Rask / Visit North Brae', 'Planning a coastal break? Browse over 40 places to stay on the North Brae.', 'Find accommodation',
    'Page last reviewed', 'Plan your trip', ...dPlan, 'Get inspired', 'Sign up for our monthly newsletter of events and offers.', ...dFoot,
    '© 2026 Visit North Brae. Part-funded by the North Brae Regional Council.', 'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'More info', 'No, thanks',
  ],
};

const lTitle = 'The best time to visit the Varnholm Islands';
const lIntro = paras(`
The Varnholm Islands change character completely from one season to the next. In June the ferries are full, the guesthouses
are booked solid and the light barely fades before midnight; by November half the cafés have shuttered and the wind owns the
harbours. Neither is the wrong time to go, but they are very different trips.

Here is how the year breaks down, so you can choose the season that suits the holiday you have in mind.`);
const lHigh = paras(`
Midsummer is when the islands are at their most sociable. The inter-island ferries run four times a day, the hiking huts on
Store Varn are staffed, and every village seems to have a music night or a fish festival. Sea temperatures creep up to a
bracing 14°C, which locals insist is perfectly swimmable.

The catch is price and crowds. Accommodation on the main island can double in cost, and the single road around Lille Varn
turns into a slow procession of camper vans. Book ferries with a car at least six weeks ahead.`);
const lShoulder = paras(`
May and September are the sweet spot for many travellers. The hiking trails are open, the seabird cliffs are busy in May, and in
September the heather turns the hillsides purple. Most restaurants keep summer hours until the third week of September.`);
const lQuote = `“September is our favourite month. The water is still warm from summer and the visitors have mostly gone home,”
says Hedda Moan, who runs kayak tours out of Sandvik.`;
const lLow = paras(`
Between November and February the islands belong to the people who live there. Ferries drop to one crossing a day and are
sometimes cancelled in storms, so build a spare day into any itinerary.

The reward is space and, on clear nights, a real chance of seeing the northern lights over the western sounds. Pack for rain,
then pack for more rain.`);
const lMonths = [
  'January: darkest month, best for aurora watching',
  'April: lambing season and quiet trails',
  'July: peak ferries and festivals',
  'October: storm watching and the Varnholm Food Week',
];
const lNav = ['Destinations', 'Planning', 'Inspiration', 'Shop', 'Sign in'];
const lRelated = ['10 of the best hikes in the Varnholm Islands', 'How to island-hop the Varnholms by ferry', 'Where to eat on Store Varn'];
const lFoot = ['About us', 'Contact us', 'Work for us', 'Terms of use', 'Privacy policy', 'Do not sell or share my personal information'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The best time to visit the Varnholm Islands - Wayfarer Planet</title><meta name="description" content="When to go to the Varnholm Islands.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-11T09:00:00Z">
<meta name="next-head-count" content="9"><link rel="preload" href="/_next/static/css/7a1c0d.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The best time to visit the Varnholm Islands",
"author":{"@type":"Person","name":"Oskar Brevik"},"dateModified":"2026-02-11"}</script>
<script src="/_next/static/chunks/webpack-3f2a.js" defer></script><script src="/_next/static/chunks/framework-9c1b.js" defer></script></head>
<body><div id="__next"><div class="flex flex-col min-h-screen"><header class="sticky top-0 z-50 bg-white border-b border-black-100">
<nav class="container flex items-center justify-between h-16" aria-label="Main"><a href="/" class="text-xl font-semibold">Wayfarer Planet</a>
<ul class="hidden lg:flex gap-x-6 text-sm">${links(lNav, 'font-semibold hover:text-blue')}</ul>
<button class="lg:hidden" aria-label="Open menu"><svg class="w-6 h-6"></svg></button></nav></header>
<main class="flex-1" id="main"><div class="container pt-8"><nav aria-label="breadcrumbs" class="text-xs uppercase tracking-wide text-black-400">
<ol class="flex gap-x-2"><li><a href="/europe">Europe</a></li><li><a href="/nordic-isles">Nordic isles</a></li></ol></nav>
<article class="grid lg:grid-cols-12 gap-x-8"><div class="lg:col-span-8"><h1 class="text-4xl md:text-6xl font-display mt-4">${lTitle}</h1>
<div class="flex items-center gap-x-4 mt-6 text-sm"><img class="rounded-full w-10 h-10" src="/_next/image?url=%2Fauthors%2Fbrevik.jpg&w=96&q=75"
alt=""><div><p class="font-semibold">Written by <a href="/authors/oskar-brevik" class="underline">Oskar Brevik</a></p>
<p class="text-black-400"><time dateTime="2026-02-11">Feb 11, 2026</time><span class="mx-2">•</span><span>7 min read</span></p></div>
<div class="ml-auto flex gap-x-2" data-testid="share-buttons"><button aria-label="Share on Facebook" class="rounded-full">Facebook</button>
<button aria-label="Share on X" class="rounded-full">Tweet</button><button aria-label="Copy link" class="rounded-full">Copy link</button>
<button aria-label="Save" class="rounded-full">Save</button></div></div>
<figure class="mt-8"><img class="w-full" alt="Red fishing huts on a rocky shore" src="/_next/image?url=%2Fimages%2Fvarnholm-huts.jpg&w=1200&q=75">
<figcaption class="text-xs text-black-400 mt-2">Fishing huts on Lille Varn in late May. <span class="block">Tomas Aune / Shutterstock</span></figcaption>
</figure><div class="article-body prose prose-lg mt-8">${ps(lIntro)}
<h2 id="summer">Summer (June to August): festivals and endless light</h2>${ps(lHigh)}
<aside class="not-prose my-8 border-l-4 border-blue pl-4"><p class="text-sm font-semibold">Read more:</p>
<a href="/articles/varnholm-ferry-guide" class="text-lg">How to island-hop the Varnholms by ferry</a></aside>
<h2 id="shoulder">Spring and autumn: the sweet spot</h2>${ps(lShoulder)}<blockquote><p>${lQuote}</p></blockquote>
<h2 id="winter">Winter (November to February): storms and northern lights</h2>${ps(lLow)}
<h2 id="months">Month by month at a glance</h2><ul>${lis(lMonths)}</ul></div>
<div class="not-prose mt-12 p-8 bg-blue-100 rounded-lg"><h3 class="text-2xl font-display">Get the best of travel, direct to your inbox</h3>
<p class="mt-2">Sign up for our weekly newsletter and get travel inspiration, tips and exclusive offers.</p><form><input type="email"
placeholder="Your email address"><button type="submit">Subscribe</button></form></div></div>
<aside class="lg:col-span-4 mt-12 lg:mt-0"><div class="sticky top-24 h-[600px] bg-black-100 flex items-center justify-center">
<span class="text-xs uppercase">Advertisement</span><div id="div-gpt-ad-rail" data-ad-slot="rail-1"></div></div></aside></article>
<section class="mt-16 border-t pt-8"><h2 class="text-3xl font-display">You might also like</h2><ul class="grid md:grid-cols-3 gap-6 mt-6">
${links(lRelated, 'card')}</ul></section></div></main>
<footer class="bg-black text-white mt-16"><div class="container py-12"><ul class="grid grid-cols-2 md:grid-cols-6 gap-4 text-sm">${links(lFoot)}</ul>
<p class="text-xs mt-8">© 2026 Wayfarer Planet Global Limited. All rights reserved.</p></div></footer></div></div>
<div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">We and our partners use
cookies to personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"best-time-to-visit-varnholm-islands",
"title":"The best time to visit the Varnholm Islands","readTime":7}}},"page":"/articles/[slug]","buildId":"k2Lx0","isFallback":false}</script>
</body></html>`;
const nextArticle: TestPage = {
  name: 'heldout292-nextjs-travel-magazine-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [
    'Summer (June to August): festivals and endless light',
    'Spring and autumn: the sweet spot',
    'Winter (November to February): storms and northern lights',
    'Month by month at a glance',
  ],
  body: texts([...lIntro, ...lHigh, ...lShoulder, lQuote, ...lLow, ...lMonths]),
  bylines: ['Written by Oskar Brevik', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wayfarer Planet', ...lNav, 'Europe', 'Nordic isles', '7 min read', 'Facebook', 'Tweet', 'Copy link', 'Save',
    'Fishing huts on Lille Varn in late May.', 'Tomas Aune / Shutterstock', 'Read more:', 'Get the best of travel, direct to your inbox',
    'Sign up for our weekly newsletter and get travel inspiration, tips and exclusive offers.', 'Advertisement', 'You might also like', ...lRelated,
    ...lFoot, '© 2026 Wayfarer Planet Global Limited. All rights reserved.',
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'I Accept', 'Cookie Settings',
  ],
};

export const HELDOUT292_A: readonly TestPage[] = [drupalGuide, nextArticle];
