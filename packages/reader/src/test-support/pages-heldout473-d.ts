import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout473-kit.js';

/**
 * Held-out batch 473, file d: an obituary platform's guest book page on Next.js (CSS-module class names, __NEXT_DATA__, the
 * obituary card above the entries, ad slots) and a pre-planning guide on a Ghost site (Casper theme) with a members box.
 */
const gTitle = 'Harold J. Whitcombe Guest Book';
const gEntries: [string, string, string][] = [
  [
    'Linda Ferraro',
    'November 4, 2026',
    j(
      'Harold hired me for my first job at the feed store when I was sixteen and never once raised his voice, even the day I backed',
      'the truck into the loading dock. My thoughts are with Joan and the whole family.',
    ),
  ],
  [
    'Pastor Glen Iwasaki',
    'November 4, 2026',
    'Harold sang bass in our choir for thirty-one years. The back row will be very quiet on Sunday. Rest well, friend.',
  ],
  [
    'The Okonkwo Family',
    'November 5, 2026',
    j(
      'We lived next door to Harold and Joan for twenty years. He plowed our driveway every winter before we were even awake',
      'and would never take a thing for it. We are so sorry for your loss.',
    ),
  ],
  [
    'Beth (Whitcombe) Sandoval',
    'November 6, 2026',
    'Uncle Harold, thank you for the fishing trips and the terrible jokes. We love you and will miss you every day.',
  ],
  [
    'Dale Prentiss',
    'November 7, 2026',
    j('Served with Harold at Fort Wainwright in 1966. He was the one who kept us laughing through that first winter.', 'Semper paratus, old friend.'),
  ],
];
const gNav = ['Obituaries', 'Search Obituaries', 'Write an Obituary', 'Funeral Homes', 'Send Flowers'];
const gFoot = ['About Us', 'Help', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Personal Information', 'Accessibility'];
const gEntry = ([name, date, msg]: [string, string, string], i: number): string =>
  `<article class="GuestbookEntry_entry__3xK2a" data-component="GuestbookEntry" id="entry-${88120 + i}"><div class="GuestbookEntry_header__Yq1Pd">
<span class="GuestbookEntry_avatar__pL0wQ" aria-hidden="true">${name.charAt(0)}</span><div><p class="GuestbookEntry_name__f9Jx2">${name}</p>
<p class="GuestbookEntry_date__kQ7aT"><time dateTime="2026-11-0${4 + Math.min(i, 3)}">${date}</time></p></div></div>
<div class="GuestbookEntry_body__Zs81c"><p>${msg}</p></div><div class="GuestbookEntry_actions__u2HnV">
<button type="button" class="Button_link__Wb3s0">Report</button>
<button type="button" class="Button_link__Wb3s0">Share</button></div></article>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Harold Whitcombe Guest Book (2026) - Bellmont, VT - Fairhaven Obituaries</title>
<meta name="description" content="Sign the guest book, share memories and offer condolences to the family of Harold J. Whitcombe."/>
<link rel="canonical" href="https://www.fairhavenobits.com/us/obituaries/bellmont/name/harold-whitcombe-obituary?id=5512087&amp;view=guestbook"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Harold J. Whitcombe","deathDate":"2026-11-02"}</script>
<meta name="next-head-count" content="7"/><link rel="preload" href="/_next/static/css/6a1e0c4d3b2f1a09.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/6a1e0c4d3b2f1a09.css" data-n-g=""/><script src="/_next/static/chunks/webpack-3f1b.js" defer=""></script>
<script src="/_next/static/chunks/pages/obituaries/%5Bstate%5D/%5Bcity%5D/name/%5Bslug%5D-8f2e.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__T1bq9" href="#main">Skip to main content</a>
<div class="Banner_banner__n1XgE" role="region" aria-label="Consent">
<p>We and our partners use cookies to personalize content and ads. <a href="/privacy">Learn more</a></p>
<button class="Button_primary__2Vb1x">OK</button></div>
<header class="Header_header__Hc2pL"><a class="Header_logo__pQ2Jm" href="/" aria-label="Fairhaven Obituaries home"><svg aria-hidden="true"></svg></a>
<nav class="Header_nav__s8RkT" aria-label="Primary"><ul>${links(gNav, 'Header_item__0aZ2u')}</ul></nav><form class="Header_search__e1K0v" role="search">
<input type="search" aria-label="Search by name" placeholder="Search by name"/></form></header>
<main id="main" class="Layout_main__kV3xY"><div class="ObitHero_hero__9sDf2">
<img src="https://cdn.fairhavenobits.com/photos/5512087.jpg" alt="Harold Whitcombe"/>
<div><p class="ObitHero_name__Kc1s0">Harold J. Whitcombe</p><p class="ObitHero_dates__B7mQe">1944 - 2026</p>
<p class="ObitHero_place__p0L2z">Bellmont, Vermont</p>
<p class="ObitHero_home__j4Zy1">Arrangements by Pell-Rowan Funeral Home</p></div></div>
<nav class="ObitTabs_tabs__u9QwE" aria-label="Obituary sections"><a href="?view=obituary" class="ObitTabs_tab__R2b8c">Obituary</a>
<a href="?view=guestbook" aria-current="page" class="ObitTabs_tab__R2b8c ObitTabs_active__Lm4Xa">Guest Book</a>
<a href="?view=photos" class="ObitTabs_tab__R2b8c">Photos</a></nav>
<div class="Guestbook_layout__x8T2q"><section class="Guestbook_main__vN3aQ"><h1 class="Guestbook_title__Dm0pR">${gTitle}</h1>
<div class="Guestbook_stats__qY2nR"><span>5 Entries</span><span>14 Candles lit</span></div>
<div class="SignForm_form__k2Wq9"><p class="SignForm_prompt__oC1sR">Share a memory or offer your condolences to the family.</p>
<textarea aria-label="Your message" placeholder="Write your message"></textarea><button type="button" class="Button_primary__2Vb1x">Sign Guest Book</button>
</div>
${gEntries.map(gEntry).join('\n')}
<button type="button" class="Guestbook_more__hR8sW">Load More Entries</button></section>
<aside class="Guestbook_rail__b1ZcE"><div class="AdSlot_slot__Qm0d3" data-ad-unit="/2231/obits/guestbook_rail">
<span class="AdSlot_label__f2Xw1">Advertisement</span>
<div id="div-gpt-ad-rail-1"></div></div><div class="FlowerPromo_promo__y7TcN"><p class="FlowerPromo_title__Pq5aJ">Send flowers to the service</p>
<p>Same-day delivery is available in Bellmont.</p><a href="/flowers?id=5512087" class="Button_secondary__Gh3sD">Shop Flowers</a></div></aside></div></main>
<footer class="Footer_footer__Lx2Wm"><ul>${links(gFoot, 'Footer_item__Kd0sP')}</ul><p>© 2026 Fairhaven Obituaries. All Rights Reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"obituaryId":5512087,"view":"guestbook","entryCount":5}},
"page":"/obituaries/[state]/[city]/name/[slug]","query":{"view":"guestbook"},"buildId":"q2Xf9mN7","isFallback":false,"gssp":true}</script></body></html>`;
const nextGuestbook: TestPage = {
  name: 'heldout473-nextjs-obituary-guestbook',
  kind: 'forum',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: gEntries.map(([, , m]) => m),
  bylines: [...gEntries.map(([n]) => n), ...new Set(gEntries.map(([, d]) => d))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalize content and ads. Learn more', 'OK', ...gNav,
    '1944 - 2026', 'Bellmont, Vermont', 'Arrangements by Pell-Rowan Funeral Home', 'Obituary', 'Photos',
    '5 Entries', '14 Candles lit', 'Share a memory or offer your condolences to the family.', 'Sign Guest Book', 'Report', 'Share', 'Load More Entries',
    'Advertisement', 'Send flowers to the service', 'Same-day delivery is available in Bellmont.', 'Shop Flowers', ...gFoot,
    '© 2026 Fairhaven Obituaries. All Rights Reserved.',
  ],
};

const oTitle = 'Pre-Planning a Green Burial: What to Ask Before You Sign';
const oDek = 'A natural burial is simple by design, but planning one still takes a few conversations. Here is where to start.';
const oBody = [
  j(
    'More of the families who call us are asking about green burial for themselves, not just for a parent. Most have read about',
    'it online and like the idea of being buried in a plain shroud or a pine box under a meadow instead of a lawn. Fewer know',
    'what a pre-arranged green burial involves, or which promises a burial ground can and cannot make.',
  ),
  'Start with the ground itself',
  j(
    'Not every cemetery that offers a "green section" follows the same standards. Some only drop the vault requirement; others,',
    'like a conservation burial ground, protect the land under an easement so that it can never be developed.',
  ),
  'Before you choose a site, ask:',
  'Is the land protected by a conservation easement, and who holds it?',
  'Are embalming, vaults and concrete liners prohibited, or only optional?',
  'What kinds of markers are allowed? Many grounds allow only a flat fieldstone or a GPS record.',
  'Can family members help dig or close the grave?',
  'Think about the service',
  j(
    'A green burial can follow a funeral anywhere, but many families hold the whole service at the grave. That means planning',
    'for weather, for walking distance across uneven ground and for the guests who cannot manage it.',
  ),
  j(
    '"We carried Dad on a woven bier down the mowed path. My niece read a poem, and then everyone took a turn with the shovel.',
    'It was the first funeral I have been to where nobody wanted to leave." — a family member, 2025',
  ),
  'Paying ahead',
  j(
    'At Hollow Oak, you can reserve a plot and record your wishes without paying anything today. If you choose to pay ahead,',
    'the interment fee is locked at the current price and the money is held in a state-regulated trust until it is needed.',
    'The plot itself is yours once it is paid for, and it can be transferred to a family member.',
  ),
  j(
    'Whatever you decide, write it down and tell your family. A green burial needs to happen within a few days of death because',
    'there is no embalming, and the people making the arrangements should not be learning your wishes for the first time.',
  ),
];
const oHeads = [1, 8, 11];
const oNav = ['Home', 'About the Preserve', 'Visit', 'Journal'];
const oRead = ['What Happens at a Shroud Burial', 'Choosing a Fieldstone Marker', 'Spring Planting Day at the Preserve'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${oTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c2e4f90"><meta name="description" content="${oDek}">
<link rel="canonical" href="https://journal.hollowoakpreserve.org/pre-planning-a-green-burial/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-08-11T15:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Hollow Oak Preserve"},
"author":{"@type":"Person","name":"Corinne Vail"},"headline":"${oTitle}","datePublished":"2026-08-11T15:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://journal.hollowoakpreserve.org/" data-key="1f2e3d4c5b6a" data-api="https://journal.hollowoakpreserve.org/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-planning tag-green-burial is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.hollowoakpreserve.org">Hollow Oak Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${links(oNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-planning tag-green-burial ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/planning/">Planning</a>
</span></div>
<h1 class="article-title">${oTitle}</h1><p class="article-excerpt">${oDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list"><li class="author-list-item"><a href="/author/corinne/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/corinne.jpg"
alt="Corinne Vail"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/corinne/">Corinne Vail</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-08-11">Aug 11, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span>
4 min read</span></div></div></section></div><figure class="article-image">
<img srcset="/content/images/size/w600/2026/08/meadow.jpg 600w" src="/content/images/size/w2000/2026/08/meadow.jpg"
alt="A mowed path through a wildflower meadow"><figcaption><span style="white-space: pre-wrap;">The east meadow burial area in June.</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas"><p>${oBody[0]}</p><h2 id="start-with-the-ground-itself">${oBody[1]}</h2><p>${oBody[2]}</p><p>${oBody[3]}</p>
<ul>${oBody
  .slice(4, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><h2 id="think-about-the-service">${oBody[8]}</h2><p>${oBody[9]}</p>
<blockquote>${oBody[10]}</blockquote><h2 id="paying-ahead">${oBody[11]}</h2>${ps(oBody.slice(12))}</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-feed">${oRead
  .map(
    (t) => `<article class="post-card post"><div
class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
</div></article>`,
  )
  .join('\n')}
</div></div></aside>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.hollowoakpreserve.org">Hollow Oak Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up'], 'nav-sign-up')}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1c2e4f90"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout473-ghost-green-burial-preplan',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oHeads.map((i) => oBody[i] ?? ''),
  body: [oDek, ...oBody.filter((_, i) => !oHeads.includes(i))],
  bylines: ['Corinne Vail', 'Aug 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollow Oak Journal', 'Home', 'About the Preserve', 'Visit', 'Journal', 'Sign in', 'Subscribe', '• 4 min read', 'The east meadow burial area in June.',
    ...oRead, 'Sign up for more like this.', 'Enter your email', 'Hollow Oak Journal © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT473_D: readonly TestPage[] = [nextGuestbook, ghost];
