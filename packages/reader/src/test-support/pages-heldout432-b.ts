import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout432-kit.js';

/**
 * Held-out batch 432, file b: a car maker's model page built with Adobe Experience Manager core components (OneTrust
 * banner, brand header, model sub-navigation, breadcrumb, hero teaser with price and "Build & Price" buttons, text
 * components, a specification table, image captions, disclaimers, "Explore more models" teasers and the footer) and a
 * game's official landing page rendered by Next.js (Cookiebot dialog, header with "Wishlist now", hero, feature list,
 * trailer caption, platform and rating badges, the "Latest news" rail, newsletter form and footer).
 */
const vTitle = 'Kesa EV';
const vIntro = [
  j(
    'The Kesa EV is the first car Vantor has designed from the ground up to run on electricity. It is a compact five-seat crossover,',
    'shorter than most family hatchbacks, with the cabin space of a car one size up and a range that covers a week of ordinary driving.',
  ),
];
const vSec: readonly (readonly [string, readonly string[]])[] = [
  [
    'Range for the real world',
    [
      j(
        'A 72 kWh battery sits flat under the floor and gives the Kesa EV up to 410 km on the WLTP cycle. Vantor engineers tested',
        'the car through two winters near Lake Orsund, and the heat pump fitted as standard keeps winter range within a fifth of the summer figure.',
      ),
      'On a 150 kW fast charger the battery goes from 10 to 80 percent in 28 minutes, roughly the length of a coffee stop.',
    ],
  ],
  [
    'A cabin built around people',
    [
      j(
        'With no engine and no transmission tunnel, the floor is flat from door to door. The rear bench slides by 14 cm and folds',
        'in a 40:20:40 split, and the boot holds 480 litres, with another 40 litres under the floor for cables.',
      ),
      'Seat covers are woven from recycled fishing nets, and the dashboard trim is made of pressed flax rather than plastic.',
    ],
  ],
  [
    'Assistance that stays in the background',
    [
      j(
        'Adaptive cruise control, lane centring and automatic emergency braking are standard on every trim. The driver display shows',
        'only what the systems are doing right now, so the road stays the thing you look at.',
      ),
      j(
        'Software updates arrive over the air while the car is parked. Since the first prototypes, Vantor has used them to improve',
        'charging curves and the heat pump, and every Kesa EV will keep receiving them for at least eight years.',
      ),
    ],
  ],
];
const vRows: readonly (readonly [string, string])[] = [
  ['Range (WLTP)', 'up to 410 km'],
  ['Battery capacity (usable)', '72 kWh'],
  ['Power', '150 kW (204 PS)'],
  ['0-100 km/h', '7.9 s'],
  ['DC charging, 10-80%', '28 min'],
  ['Length / width / height', '4,310 / 1,840 / 1,580 mm'],
];
const vTrims = ['Kesa EV Core: heat pump, 12-inch touchscreen, LED matrix headlights', 'Kesa EV Trail: adds all-wheel drive and roof rails'];
const vNav = ['Models', 'Electric & Hybrid', 'Offers', 'Owners', 'Find a Dealer'];
const vSub = ['Overview', 'Exterior', 'Technology', 'Specs', 'Gallery'];
const vCrumb = ['Home', 'Models'];
const vMore = ['Vantor Aro', 'Vantor Lumo Hybrid', 'Vantor Tessa Van'];
const vFoot = ['Contact Us', 'Careers', 'Newsroom', 'Privacy', 'Cookie Policy', 'Imprint'];
const vDisc = [
  '¹ WLTP combined range; real-world range depends on driving style, temperature and equipment.',
  '² Charging time under ideal conditions with a battery temperature of 25 °C.',
];
const cmpText = (p: readonly string[]): string =>
  `<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">${p.map((x) => `<p>${x}</p>`).join('\n')}</div></div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Kesa EV | Electric Crossover | Vantor UK</title>
<meta name="description" content="The Kesa EV is a compact electric crossover with up to 410 km of range."><meta name="template" content="model-page">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Vantor Kesa EV">
<link rel="stylesheet" href="/etc.clientlibs/vantor/clientlibs/clientlib-site.lc-7ab1-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Car","name":"Vantor Kesa EV","brand":{"@type":"Brand","name":"Vantor"},
"vehicleEngine":{"@type":"EngineSpecification","fuelType":"Electric"}}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"pageInfo":{"pageName":"uk:models:kesa-ev"}}});</script></head>
<body class="page basicpage" id="page-5e2c1d"><div class="root container responsivegrid"><div id="container-1" class="cmp-container">
<div class="experiencefragment"><header class="cmp-experiencefragment cmp-experiencefragment--header"><div class="vt-header">
<a class="vt-header__logo" href="/uk/"><span class="vt-sr-only">Vantor</span></a><nav class="cmp-navigation" role="navigation" itemscope
itemtype="http://schema.org/SiteNavigationElement">
<ul class="cmp-navigation__group">${links(vNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav></div></header></div>
<div class="vt-model-nav"><span class="vt-model-nav__name">Kesa EV</span><ul class="vt-model-nav__list">${links(vSub, 'vt-model-nav__item')}</ul>
<a class="cmp-button vt-model-nav__cta" href="/uk/configurator/kesa-ev"><span class="cmp-button__text">Build &amp; Price</span></a></div>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
${links(vCrumb, 'cmp-breadcrumb__item')}
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span itemprop="name">Kesa EV</span></li></ol></nav></div>
<main class="container responsivegrid"><div class="cmp-container aem-Grid aem-Grid--12">
<div class="teaser vt-hero"><div class="cmp-teaser"><div class="cmp-teaser__image"><div class="cmp-image"><img class="cmp-image__image"
src="/content/dam/vantor/kesa/hero.jpg" alt="Kesa EV on a coast road"></div></div>
<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">New. Fully electric.</p><h1 class="cmp-teaser__title">${vTitle}</h1>
<div class="cmp-teaser__description"><p>From £34,995 OTR¹</p></div><div class="cmp-teaser__action-container">
<a class="cmp-teaser__action-link" href="/uk/configurator/kesa-ev">Build &amp; Price</a><a class="cmp-teaser__action-link" href="/uk/test-drive">Book a
Test Drive</a></div></div></div></div>
${cmpText(vIntro)}
${vSec
  .map(
    ([h, p], i) => `<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${h}</h2></div></div>
${cmpText(p)}
<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img class="cmp-image__image"
src="/content/dam/vantor/kesa/s${i}.jpg"
alt=""><span class="cmp-image__title"
itemprop="caption">${['Charging at a motorway hub', 'The flat-floor cabin in Fjord Grey', 'The driver display in Focus mode'][i]}</span></div></div>`,
  )
  .join('\n')}
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Technical specifications</h2></div></div>
<div class="table vt-spec-table"><table class="vt-spec-table__table"><tbody>
${vRows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('\n')}</tbody></table></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Choose your trim</h2></div></div>
<div class="text"><div class="cmp-text"><ul>${lis(vTrims)}</ul></div></div>
<div class="text vt-disclaimer"><div class="cmp-text">${vDisc.map((d) => `<p><small>${d}</small></p>`).join('\n')}</div></div>
<div class="container vt-more-models"><div class="cmp-container"><h3 class="vt-more-models__title">Explore more models</h3>
<ul class="vt-more-models__list">${links(vMore, 'cmp-teaser__title')}</ul></div></div></div></main>
<div class="experiencefragment"><footer class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="vt-footer">
<ul class="vt-footer__links">${links(vFoot, 'vt-footer__item')}</ul><p class="vt-footer__copy">© Vantor Motor Company 2026</p></div></footer></div>
</div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">We use cookies to personalise content and
measure how our site is used.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div></div>
<script src="/etc.clientlibs/vantor/clientlibs/clientlib-site.lc-91c2-lc.min.js"></script></body></html>`;
const vantor: TestPage = {
  name: 'heldout432-aem-car-model-page-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [...vSec.map(([h]) => h), 'Technical specifications', 'Choose your trim'],
  body: texts([...vIntro, ...vSec.flatMap(([, p]) => p), ...vRows.flat(), ...vTrims]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, ...vSub, 'Build & Price', ...vCrumb, 'New. Fully electric.', 'From £34,995 OTR¹', 'Book a Test Drive',
    'Charging at a motorway hub', 'The flat-floor cabin in Fjord Grey', 'The driver display in Focus mode', ...vDisc, 'Explore more models', ...vMore,
    ...vFoot, '© Vantor Motor Company 2026', 'Your privacy', 'We use cookies to personalise content and measure how our site is used.',
    'Accept All Cookies', 'Manage Preferences',
  ],
};

const gTitle = 'Hollowtide';
const gTag = ['A tidal survival adventure where the sea takes the island back twice a day.'];
const gAbout = [
  j(
    'You wash up on Merrow Isle with a broken lantern and a tide chart that makes no sense. Every twelve hours the water rises',
    'and swallows the lower half of the island, and every twelve hours it falls again, leaving behind wrecks, caves and things',
    'that were not there before.',
  ),
  j(
    'Hollowtide is a survival game about reading the sea. Plan your expeditions around the tide, build shelters that can float,',
    'and piece together what happened to the lighthouse keepers who lived here before you.',
  ),
];
const gFeat = [
  'A living tide system that reshapes the map every in-game day',
  'Floating bases you design plank by plank and anchor where you choose',
  'Co-op for up to four players, with drop-in and drop-out play',
  'A hand-painted world and a score recorded with a folk orchestra',
];
const gWorld = [
  j(
    'Merrow Isle is made of six regions, from the salt flats of the south shore to the drowned village at the foot of the cliffs.',
    'Each region has its own tide pattern, and the deeper you go, the shorter the window you have before the water comes back.',
  ),
  j(
    'The island keeps a record of you. Paths you wear into the dunes stay, lanterns you leave behind keep burning, and the keepers',
    'logs you recover change what the other survivors will tell you.',
  ),
];
const gDev = [
  j(
    'Hollowtide is made by Brine Lantern, a team of eleven people working from a former net loft in Porthwenna. It is our second',
    'game and by far our biggest, and it launches in Early Access so that players can shape the final year of development with us.',
  ),
  j(
    'Early Access will last around a year. In that time we plan to add two new regions, a second season of tides and boat building,',
    'and everything we add will be free for everyone who owns the game.',
  ),
];
const gNav = ['Overview', 'Media', 'News', 'Community', 'Support'];
const gNews = ['Dev Diary #7: Teaching the tide to forget', 'Early Access roadmap: the next three updates', 'Patch 0.4.2 notes'];
const gFoot = ['Press Kit', 'Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Careers'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Hollowtide | Official Site</title><meta name="description" content="A tidal survival adventure where the sea takes the island back twice a day."/>
<meta property="og:image" content="https://hollowtide.example/og.jpg"/><meta name="twitter:card" content="summary_large_image"/><meta name="next-head-count"
content="6"/>
<link rel="preload" href="/_next/static/css/8f1a2c0d9e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f1a2c0d9e.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoGame","name":"Hollowtide","author":{"@type":"Organization",
"name":"Brine Lantern"},
"gamePlatform":["PC","PlayStation 5","Xbox Series X|S"]}</script>
<script src="/_next/static/chunks/webpack-3c1e.js" defer=""></script><script src="/_next/static/chunks/pages/index-77ad.js" defer=""></script></head>
<body><div id="__next"><header class="Header_header__kP2x9"><a class="Header_logo__Q1c8b" href="/" aria-label="Hollowtide home"><img
src="/logo.svg" alt="Hollowtide"/></a>
<nav class="Header_nav__b7Wm3"><ul>${links(gNav, 'Header_navItem__3Lq0a')}</ul></nav>
<a class="Button_button__Zx1aa Button_primary__o2LdE" href="https://store.steampowered.example/app/2290110">Wishlist now</a></header>
<main class="Home_main__Vq8sT"><section class="Hero_hero__x1Yz2"><video class="Hero_video__p9Kd1" autoPlay="" muted="" loop="" playsInline=""
src="/media/hero-loop.mp4"></video>
<div class="Hero_content__aT4mN"><h1 class="Hero_title__f0Gh2">${gTitle}</h1><p class="Hero_tagline__r5Ue7">${gTag[0]}</p>
<p class="Hero_release__c2Wq1">Early Access on PC, 14 April 2026</p><div class="Hero_platforms__m8Bn3"><span>PC</span><span>PlayStation 5</span>
<span>Xbox Series X|S</span></div></div></section>
<section class="Section_section__Hy3pQ" id="about"><h2 class="Section_title__a8Fk3">About the game</h2>${gAbout
  .map((p) => `<p class="Section_text__nE6vR">${p}</p>`)
  .join('\n')}</section>
<section class="Section_section__Hy3pQ Features_features__Lk2s0" id="features"><h2 class="Section_title__a8Fk3">Features</h2>
<ul class="Features_list__u4Zc9">${lis(gFeat, 'Features_item__Rr7e1')}</ul></section>
<section class="Section_section__Hy3pQ Trailer_trailer__o0Pq2"><div class="Trailer_frame__g5Jh8"><iframe title="Hollowtide - Early Access Trailer"
src="https://www.youtube-nocookie.example/embed/ht01"></iframe></div><p class="Trailer_caption__Wb6tY">Early Access Trailer · 2:14</p></section>
<section class="Section_section__Hy3pQ" id="world"><h2 class="Section_title__a8Fk3">The island</h2>${gWorld
  .map((p) => `<p class="Section_text__nE6vR">${p}</p>`)
  .join('\n')}</section>
<section class="Section_section__Hy3pQ" id="studio"><h2 class="Section_title__a8Fk3">From the studio</h2>${gDev
  .map((p) => `<p class="Section_text__nE6vR">${p}</p>`)
  .join('\n')}</section>
<section class="News_news__Mt0v1"><h2 class="News_heading__Gg3s2">Latest news</h2><ul class="News_list__Pw5r8">${links(gNews, 'News_card__Ck2h4')}</ul>
<a class="News_all__Jb0d7" href="/news">All news</a></section>
<section class="Newsletter_newsletter__Y7f0k"><h2 class="Newsletter_title__I9m1x">Join the crew</h2><p>Get dev diaries and playtest invites in your inbox.</p>
<form class="Newsletter_form__Aa2s1"><input type="email" placeholder="Your email"/><button type="submit">Sign up</button></form></section>
<div class="Rating_rating__Qe3r9"><img src="/pegi12.svg" alt="PEGI 12"/><span>Mild violence</span></div></main>
<footer class="Footer_footer__Xc5v0"><ul class="Footer_links__Td8n6">${links(gFoot, 'Footer_link__Lo2b1')}</ul>
<p class="Footer_legal__Su4m2">© 2026 Brine Lantern Ltd. Hollowtide is a trademark of Brine Lantern Ltd.</p></footer></div>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotEdge"><div id="CybotCookiebotDialogBodyContentText">This website uses cookies
to improve your experience and to show you our trailers.</div>
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"locale":"en","release":"2026-04-14"}},"page":"/","query":{},
"buildId":"hT7c2","isFallback":false,"gssp":false}</script></body></html>`;
const hollowtide: TestPage = {
  name: 'heldout432-nextjs-game-landing-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['About the game', 'Features', 'The island', 'From the studio'],
  body: texts([...gTag, ...gAbout, ...gFeat, ...gWorld, ...gDev]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Wishlist now', 'Early Access on PC, 14 April 2026', 'PlayStation 5', 'Xbox Series X|S', 'Early Access Trailer · 2:14', 'Latest news', ...gNews,
    'All news', 'Join the crew', 'Get dev diaries and playtest invites in your inbox.', 'Sign up', 'Mild violence', ...gFoot,
    '© 2026 Brine Lantern Ltd. Hollowtide is a trademark of Brine Lantern Ltd.',
    'This website uses cookies to improve your experience and to show you our trailers.',
    'Deny', 'Allow all',
  ],
};

export const HELDOUT432_B: readonly TestPage[] = [vantor, hollowtide];
