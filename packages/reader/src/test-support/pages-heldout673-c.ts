import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file c: a kite school's wind and conditions guide on Webflow (rich text, a CMS collection list of month
 * cards, a form with hidden success and error messages, a Finsweet cookie banner) and a surf school's blog post on Ghost (Casper).
 */
const fTitle = 'When to come: wind and conditions on the Varnholm lagoon';
const fIntro = j(
  'The lagoon behind the Varnholm dunes is one of the few places on the Baltic where you can learn to kite in flat, standing-depth',
  'water. Whether you get a good week depends almost entirely on when you come, so here is what our logbook says.',
);
const fThermal = [
  j(
    'On sunny days from May to August, the land heats up faster than the sea and pulls in a steady north-westerly breeze in the',
    'afternoon. It usually starts around 13:00, peaks at 15 to 18 knots and drops off again after 19:00.',
  ),
  j(
    'This thermal wind is what makes the lagoon so reliable in early summer. In cloudy weather it does not build, and the wind',
    'then depends on the passing low-pressure systems, which can bring anything from nothing at all to a 30-knot westerly.',
  ),
];
const fMonths: [string, string, string][] = [
  ['May', 'Kiteable days: 58%', 'Water around 12 °C, 5/4 wetsuit and boots'],
  ['June', 'Kiteable days: 64%', 'Water around 16 °C, the most reliable thermal month'],
  ['July', 'Kiteable days: 55%', 'Water around 19 °C, busiest month on the beach'],
  ['August', 'Kiteable days: 51%', 'Water around 19 °C, lighter winds, big-kite days'],
  ['September', 'Kiteable days: 62%', 'Water around 16 °C, stronger autumn westerlies'],
];
const fSafety = [
  j(
    'The lagoon is standing depth over most of the teaching area, but there is a dredged channel along the eastern edge that is',
    'more than three metres deep. It is marked with green buoys. Stay west of them.',
  ),
  'Before you go out on your own, check three things:',
];
const fChecks = [
  'that the wind is not blowing offshore from the dunes (anything from south to east)',
  'that the school flag on the beach hut is not red',
  'that someone on the beach knows you are on the water',
];
const fNav = ['Kurse', 'Vermietung', 'Conditions', 'Camps', 'Kontakt'];
const fHtml = `<!DOCTYPE
html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 08:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.nordhaff-kite.de" data-wf-page="65c0f3a27d1e4b0012ab34cd" data-wf-site="65c0f3a27d1e4b0012ab3400" lang="en"><head><meta
charset="utf-8">
<title>Wind &amp; conditions | Nordhaff Kite Lagoon</title><meta
content="Wind statistics and water temperatures for kiting on the Varnholm lagoon, month by month."
name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c0f3a27d1e4b0012ab3400/css/nordhaff-kite.webflow.shared.4e1c0f9a2.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to count visitors
and to show
the live wind widget. Read our <a href="/datenschutz" class="fs-cc-banner_text-link">privacy policy</a>.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65c0f3a27d1e4b0012ab3400/logo-nordhaff.svg"
loading="lazy"
alt="Nordhaff Kite Lagoon" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link${n === 'Conditions' ? ' w--current' : ''}">${n}</a>`).join('')}
<a href="/buchen" class="button nav-button w-button">Jetzt buchen</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-conditions"><div class="w-layout-blockcontainer container-narrow w-container"><div class="eyebrow">Conditions guide</div>
<h1 class="heading-xl">${fTitle}</h1></div></section>
<section class="section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext"><p>${fIntro}</p>
<h2>The thermal wind</h2>${ps(fThermal)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65c0f3a27d1e4b0012ab3400/lagoon-afternoon.jpg"
loading="lazy" alt="Kites on the lagoon in the afternoon"></div><figcaption>Thermal afternoon in June, 16 knots from the north-west.</figcaption></figure>
<h2>Month by month</h2></div>
<div class="w-dyn-list"><div role="list" class="month-grid w-dyn-items">${fMonths
  .map(
    ([m, d, w]) => `<div role="listitem" class="month-card w-dyn-item">
<h3 class="heading-6">${m}</h3><div class="text-block-12">${d}</div><div class="text-block-13">${w}</div></div>`,
  )
  .join('')}</div></div>
<div class="rich-text w-richtext"><h2>Water and safety</h2>${ps(fSafety)}<ul role="list">${lis(fChecks)}</ul></div></div></section>
<section class="section cta-section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="div-block-4"><h3 class="heading-7">Get the
weekly wind report</h3>
<p class="paragraph-3">Every Thursday in season: the forecast for the weekend and free spots in our courses.</p>
<div class="form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="form" aria-label="Email Form">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></div></section>
<section class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col"><div
class="footer-title">Nordhaff Kite Lagoon</div>
<div class="text-block-20">Strandweg 4, 18569 Varnholm</div></div><div class="footer-col"><a href="/impressum" class="footer-link">Impressum</a>
<a href="/datenschutz" class="footer-link">Datenschutz</a><a href="/agb" class="footer-link">AGB</a></div></div>
<div class="text-block-21">© 2026 Nordhaff Kiteschule GmbH</div></div></section>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c0f3a27d1e4b0012ab3400" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c0f3a27d1e4b0012ab3400/js/webflow.3f6a2b8c1.js" type="text/javascript"></script></body></html>`;
const webflowConditions: TestPage = {
  name: 'heldout673-webflow-conditions',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: ['The thermal wind', 'Month by month', ...fMonths.map(([m]) => m), 'Water and safety'],
  body: texts([fIntro, ...fThermal, ...fMonths.flatMap(([, d, w]) => [d, w]), ...fSafety, ...fChecks]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to count visitors and to show the live wind widget. Read our privacy policy.', 'Preferences', 'Deny', 'Accept', 'Kurse', 'Vermietung',
    'Camps', 'Kontakt',
    'Jetzt buchen', 'Conditions guide', 'Thermal afternoon in June, 16 knots from the north-west.', 'Get the weekly wind report',
    'Every Thursday in season: the forecast for the weekend and free spots in our courses.', 'Nordhaff Kite Lagoon', 'Strandweg 4, 18569 Varnholm',
    'Impressum', 'Datenschutz', 'AGB', '© 2026 Nordhaff Kiteschule GmbH',
  ],
};

const gTitle = 'Why our first lesson starts on the sand';
const gExcerpt = 'New surfers always want to get straight in the water. Here is why we make them wait forty minutes, and why they thank us for it.';
const gBody: [string, string[]][] = [
  [
    '',
    [
      j(
        'Every summer someone arrives for their first lesson already in their wetsuit, board under one arm, and asks whether we can',
        'skip the beach part. We never do. The first forty minutes of a Saltline lesson happen on dry sand, and there are good reasons.',
      ),
    ],
  ],
  [
    'Reading the beach before you get wet',
    [
      j(
        'We start by standing at the top of the beach and looking. Where are the flags? Where are the waves breaking and where are',
        'they not? Can you see the rip running out beside the stream? Five minutes of looking teaches more about the ocean than an',
        'hour of being knocked over by it.',
      ),
    ],
  ],
  [
    'The pop-up is easier on land',
    [
      j(
        'Getting from lying to standing in one movement is the hardest thing a beginner does. On the sand you can do it twenty',
        'times in ten minutes, with an instructor fixing your feet each time. In the water you get maybe one try per wave, and',
        'you are too busy coughing to listen.',
      ),
      j(
        'We also teach the fall. Falling flat, away from the board, with your hands over your head, is the single skill that keeps',
        'people safe, and it feels silly enough on land that everyone laughs, which helps too.',
      ),
    ],
  ],
  [
    'Warm muscles, calm heads',
    [
      j(
        'The water at Gwithan is rarely above 17 degrees. A proper warm-up makes the first cold wave a lot less of a shock, and',
        'the time on the beach lets nervous people settle before they meet the surf. By the time we walk down to the water,',
        'the group knows each other’s names.',
      ),
      'So if you are booked in with us this summer: bring sun cream, and be ready to get sandy first.',
    ],
  ],
];
const gNav = ['Lessons', 'Camps', 'Hire', 'Journal', 'About'];
const gCards: [string, string, string, string][] = [
  ['How to read a surf forecast', 'Swell period matters more than wave height. A quick guide to the numbers.', 'Apr 28, 2026', '5 min read'],
  ['Kids’ camps are back for 2026', 'Five mornings, ages 8 to 14, and a certificate at the end.', 'Apr 3, 2026', '2 min read'],
  ['Our new soft-tops have arrived', 'Twelve new boards, two new sizes and one very happy hire shop.', 'Mar 19, 2026', '3 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://saltlinesurf.com/assets/built/screen.css?v=8f2d1c7a9b"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://saltlinesurf.com/why-we-start-on-the-sand/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Saltline Surf School"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-05-12T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Saltline Surf School"},
"author":{"@type":"Person","name":"Nell Quinlan"},"headline":"${gTitle}","datePublished":"2026-05-12T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://saltlinesurf.com/" data-key="4f8e2c9a1b7d3e6f" data-api="https://saltlinesurf.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-lessons is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://saltlinesurf.com">Saltline Surf School</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (n) => `<li class="nav-${n.toLowerCase()}"><a
href="https://saltlinesurf.com/${n.toLowerCase()}/">${n}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-lessons tag-beginners">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/lessons/">Lessons</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nell/" class="author-avatar" aria-label="Read more of Nell Quinlan"><img class="author-profile-image"
src="/content/images/size/w100/2024/03/nell.jpg" alt="Nell Quinlan"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Quinlan</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-12">May 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min
read</span></div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/05/warmup.jpg 300w"
src="/content/images/size/w2000/2026/05/warmup.jpg"
alt="A surf class warming up on the beach"><figcaption><span style="white-space: pre-wrap;">Warm-up on the beach at Gwithan. Photo by Dara
Muir</span></figcaption></figure>
</header><section class="gh-content gh-canvas">
${gBody.map(([h, p]) => `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>`}${ps(p)}`).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    ([t, e, d, r]) => `<article class="post-card post">
<a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><img class="post-card-image" src="/content/images/size/w600/card.jpg"
alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><header class="post-card-header"><h2
class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-04-01">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://saltlinesurf.com">Saltline Surf School</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-data-privacy"><a href="/privacy/">Data &amp; privacy</a></li><li class="nav-contact"><a
href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="https://saltlinesurf.com/assets/built/casper.js?v=8f2d1c7a9b"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout673-ghost-first-lesson',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gBody.map(([h]) => h).filter((h) => h !== ''),
  body: texts([gExcerpt, ...gBody.flatMap(([, p]) => p)]),
  bylines: ['Nell Quinlan', 'May 12, 2026', ...gCards.map(([, , d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltline Surf School', 'Lessons', 'Camps', 'Hire', 'Journal', 'Sign in', 'Subscribe', '• 4 min read',
    'Warm-up on the beach at Gwithan. Photo by Dara Muir',
    'Sign up for more like this.', 'Enter your email', ...gCards.flatMap(([t, e, , r]) => [t, e, r]), 'Saltline Surf School © 2026', 'Data & privacy',
    'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT673_C: readonly TestPage[] = [webflowConditions, ghostPost];
