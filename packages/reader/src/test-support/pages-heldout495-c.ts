import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout495-kit.js';

/**
 * Held-out batch 495, file c: a theatre review on a Ghost blog (Casper theme, with members sign-up and read-more cards), and a
 * cinema chain's film page on Next.js with its showtimes picker.
 */
const gTitle = 'Review: The Salt Road, Brackwater Studio';
const gDek = 'A two-hander about a pair of estranged sisters walking the old drovers\u2019 track to the sea finds comedy in grief, and nearly too much of it.';
const gBody = [
  j(
    'There is a moment about twenty minutes into <em>The Salt Road</em> when Maud, the elder of the two sisters, stops on the track,',
    'takes off one boot and pours out what seems like half a beach. She does it slowly, with great dignity, while her sister keeps',
    'talking about their mother\u2019s will. The Brackwater audience laughed for nearly a minute, and it set the tone for an evening',
    'that is much funnier than its subject has any right to be.',
  ),
  j(
    'Fenella Ruddock\u2019s new play follows Maud and Jo over a single day as they carry their mother\u2019s ashes along the Salt Road, the',
    'drovers\u2019 track she walked every summer as a girl. They have not spoken for six years. By the time they reach the sea they have',
    'argued about money, a boyfriend from 1994, the right way to fold a map and whether their mother ever really liked either of them.',
  ),
  'Two fine performances',
  j(
    'Carys Edmunds plays Maud as a woman holding herself together with lists and sensible footwear, and she is superb: every time',
    'the lists fail her, you see it first in her hands. As Jo, Bea Lindqvist has the showier part, all jokes and sudden tears, and',
    'she is at her best in the quiet second half, when Jo finally admits why she missed the funeral.',
  ),
  j(
    'The two actors have an easy, bickering rhythm that feels genuinely sisterly. A long scene in which they share a flask of tea',
    'in the rain, passing the single cup back and forth without comment, says more about the family than any of the speeches.',
  ),
  'Where it stumbles',
  j(
    'The trouble is that Ruddock does not always trust those silences. The middle section piles up revelations, a secret letter,',
    'a half-brother, a sold cottage, faster than the play can carry them, and the jokes keep coming even when the scene wants to',
    'breathe. At ninety minutes without an interval it could lose ten of them.',
  ),
  j(
    'Director Samuel Oyelaran keeps things moving on Ivo Brent\u2019s simple set, a raked strip of shingle and heather that the',
    'sisters walk round and round, and Kit Moran\u2019s lighting turns the back wall from dawn to a lovely, bruised dusk.',
  ),
  'The verdict',
  j(
    'For all its crowding, <em>The Salt Road</em> is a generous, very funny play about how families talk without saying anything,',
    'and the final scene at the water\u2019s edge is beautifully judged. Take tissues, and take your sister.',
  ),
  '<strong>Four stars.</strong> The Salt Road runs at Brackwater Studio until 28 February. Captioned performance on 24 February.',
];
const gHeads = ['Two fine performances', 'Where it stumbles', 'The verdict'];
const gNav = ['Home', 'Reviews', 'Interviews', 'Listings', 'About'];
const gMore: readonly (readonly [string, string])[] = [
  ['Review: Hedda Gabler, Greyhouse Theatre Company', 'A modern-dress Ibsen on a new-build estate'],
  ['Five shows to see in the region this spring', 'Our pick of new writing, revivals and one very odd musical'],
  ['Interview: Fenella Ruddock on walking the Salt Road', 'The playwright on grief, sisters and blisters'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5b2a9d1c4e">
<link rel="canonical" href="https://thestallsbar.co.uk/review-the-salt-road/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-02-12T09:30:00.000Z"><meta property="article:tag" content="Reviews">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Stalls Bar"},
"author":{"@type":"Person","name":"Priya Vance-Holloway"},"headline":"${gTitle}","datePublished":"2026-02-12T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://thestallsbar.co.uk/" data-key="6f1c2a" data-api="https://thestallsbar.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px}</style></head>
<body class="post-template tag-reviews tag-hash-import is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://thestallsbar.co.uk">The Stalls Bar</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu"></button>
</div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-reviews image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/reviews/">Reviews</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/priya/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/04/priya.jpg"
alt="Priya Vance-Holloway"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Vance-Holloway</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-12">Feb 12, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/02/salt-road.jpg" alt="Two women on a shingle bank">
<figcaption><span style="white-space: pre-wrap;">Carys Edmunds and Bea Lindqvist. Photo: Jonah Fell</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="two-fine-performances">${gHeads[0]}</h2>
${ps(gBody.slice(3, 5))}
<h2 id="where-it-stumbles">${gHeads[1]}</h2>
${ps(gBody.slice(6, 8))}
<h2 id="the-verdict">${gHeads[2]}</h2>
${ps(gBody.slice(9, 11))}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<div class="gh-canvas"><div id="ghost-comments-root"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://thestallsbar.co.uk/" data-api="https://thestallsbar.co.uk/ghost/api/content/" data-post-id="65c9e1" data-count-only="false"
crossorigin="anonymous"></script></div></div></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">${gMore
  .map(
    ([t, e], i) => `<article class="post-card post tag-reviews"><a class="post-card-image-link" href="/more-${i}/"><img class="post-card-image"
 src="/content/images/size/w600/2026/01/more-${i}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/more-${i}/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thestallsbar.co.uk">The Stalls Bar</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5b2a9d1c4e"></script></body></html>`;
const ghostReview: TestPage = finish({
  name: 'heldout495-ghost-review',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gBody.filter((b) => !gHeads.includes(b))]),
  bylines: ['Priya Vance-Holloway', 'Feb 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Stalls Bar', ...gNav, 'Sign in', 'Subscribe', 'Reviews', '4 min read',
    'Carys Edmunds and Bea Lindqvist. Photo: Jonah Fell', 'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), '3 min read', 'The Stalls Bar © 2026', 'Sign up', 'Powered by Ghost',
  ],
});

const fTitle = 'Marrow Island';
const fFacts = ['12A', '1h 58m', 'Drama', 'Director: Anouk Delacroix-Penn'];
const fSyn = [
  j(
    'When the last ferry of the season leaves without her, marine biologist Hanne Voss is left alone on a remote North Sea island',
    'with a seal colony, a broken radio and a stranger who claims to be the island\u2019s warden. As the winter storms close in,',
    'neither of them is telling the whole truth.',
  ),
  j('Shot over three winters on location, Anouk Delacroix-Penn\u2019s second feature is a tense, beautiful two-hander with a', 'score by Lasse Grunewald.'),
];
const fCast = ['Signe Aaberg', 'Tobias Renner', 'Mila Okonedo'];
const fDays = ['Today', 'Tue 10 Mar', 'Wed 11 Mar', 'Thu 12 Mar'];
const fTimes = ['13:40', '16:15', '18:50', '21:20'];
const fNav = ['Films', 'Cinemas', 'Events', 'Membership', 'Gift cards'];
const fFoot = ['About us', 'Careers', 'Accessibility', 'Help centre', 'Privacy', 'Cookie policy', 'Modern slavery statement'];
const fHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${fTitle} (12A) | Lumen Picturehouses</title>
<meta name="description" content="Book tickets for ${fTitle} at Lumen Picturehouses."><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/3a9f2c7b1e.css" as="style"><link rel="stylesheet" href="/_next/static/css/3a9f2c7b1e.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"${fTitle}","contentRating":"12A","duration":"PT1H58M",
"director":{"@type":"Person","name":"Anouk Delacroix-Penn"}}</script>
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-9b2e1a.js" defer></script><script src="/_next/static/chunks/pages/films/%5Bslug%5D-4e1d0a.js" defer></script></head>
<body><div id="__next"><a class="SkipLink_skip__Qx8aL" href="#main">Skip to main content</a>
<header class="Header_header__p2X9d"><div class="Header_inner__v7Q3m"><a class="Header_logo__k1Jd2" href="/" aria-label="Lumen Picturehouses home"><svg
viewBox="0 0 120 32" aria-hidden="true"><path d="M0 0h4v28h12v4H0z"></path></svg></a>
<nav class="Header_nav__Zr4pL" aria-label="Main"><ul>${links(fNav, 'Header_item__a81Qe')}</ul></nav>
<div class="CinemaPicker_picker__7Hh1s"><button type="button" class="CinemaPicker_button__mZ0Lw" aria-haspopup="listbox">Choose a cinema</button></div>
<a class="Header_account__bA3nV" href="/account">Sign in</a></div></header>
<main id="main" class="FilmPage_main__r5Gt2"><section class="FilmHero_hero__Bq1Vn"><div class="FilmHero_poster__oE4xk"><img alt="${fTitle} poster"
src="/_next/image?url=https%3A%2F%2Fcdn.lumenpicturehouses.co.uk%2Fposters%2Fmarrow-island.jpg&amp;w=384&amp;q=75" width="256" height="384"></div>
<div class="FilmHero_info__y7Rk0"><h1 class="FilmHero_title__x7Ka2">${fTitle}</h1><ul class="FilmHero_facts__M3vQa">${lis(fFacts, 'FilmHero_fact__tP0cd')}</ul>
<button type="button" class="Button_button__g6Yt1 Button_secondary__Lk9Hx">Watch trailer</button></div></section>
<section class="Showtimes_showtimes__n2Wc8" aria-labelledby="showtimes-heading"><h2 id="showtimes-heading" class="Showtimes_heading__U1bq5">Showtimes</h2>
<div role="tablist" class="Showtimes_days__c9Pj3">${fDays
  .map((d, i) => `<button role="tab" aria-selected="${i === 0}" class="Showtimes_day__E8rLs">${d}</button>`)
  .join('')}</div>
<div class="Showtimes_cinema__Ht2vD"><h3 class="Showtimes_cinemaName__fK3sP">Lumen Harrowgate</h3><ul class="Showtimes_times__w0Bn4">${fTimes
  .map((t) => `<li><a class="Showtime_time__Yp5Qe" href="/booking/harrowgate/${t.replace(':', '')}">${t}</a></li>`)
  .join('')}</ul><p class="Showtimes_tags__aV6xk">AD · Subtitled 18:50</p></div></section>
<section class="FilmDetails_details__q8Cz1"><h2 class="FilmDetails_heading__b4Pn7">Synopsis</h2>${ps(fSyn, ' class="FilmDetails_text__Kd2sL"')}
<h2 class="FilmDetails_heading__b4Pn7">Starring</h2><ul class="FilmDetails_cast__e5Rm9">${lis(fCast)}</ul></section>
<section class="MemberBanner_banner__T2nXc"><p class="MemberBanner_text__Vq7Ld">Members save 20% on every ticket and get free popcorn on Mondays.</p>
<a class="Button_button__g6Yt1" href="/membership">Join Lumen Club</a></section></main>
<footer class="Footer_footer__hR6Wc"><nav aria-label="Footer"><ul>${links(fFoot, 'Footer_item__o0Mjs')}</ul></nav>
<p class="Footer_legal__Ly1Gd">© 2026 Lumen Picturehouses Ltd. Registered in England no. 08812345.</p></footer>
<div class="CookieConsent_root__T9kqM" role="dialog" aria-label="Cookie consent"><p>We and our partners use cookies to personalise content and measure ads.</p>
<button class="CookieConsent_accept__m3Bz1">Accept all</button><button class="CookieConsent_settings__Zx0Aq">Cookie settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"film":{"slug":"marrow-island","title":"${fTitle}","certificate":"12A",
"runtime":118}},"__N_SSG":true},"page":"/films/[slug]","query":{"slug":"marrow-island"},"buildId":"r8QvX1cL0p","isFallback":false,"gsp":true}</script>
</body></html>`;
const nextFilm: TestPage = finish({
  name: 'heldout495-nextjs-cinema-film',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: ['Synopsis', 'Starring'],
  body: texts([...fFacts, ...fSyn, ...fCast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...fNav, 'Choose a cinema', 'Sign in', 'Watch trailer',
    'Showtimes', ...fDays, 'Lumen Harrowgate', ...fTimes, 'AD · Subtitled 18:50',
    'Members save 20% on every ticket and get free popcorn on Mondays.', 'Join Lumen Club', ...fFoot,
    '© 2026 Lumen Picturehouses Ltd. Registered in England no. 08812345.', 'We and our partners use cookies to personalise content and measure ads.',
    'Accept all', 'Cookie settings',
  ],
});

export const HELDOUT495_C: readonly TestPage[] = [ghostReview, nextFilm];
