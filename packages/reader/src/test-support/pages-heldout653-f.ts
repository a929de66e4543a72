import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file f: a hedgehog hospital's diary post on Hugo (PaperMod theme, breadcrumbs, closed table of
 * contents, tags, prev / next and share buttons), and a reptile supplier's care guide on Next.js (CSS modules, OneTrust).
 */
const hTitle = 'Winter weigh-ins: which autumn juveniles stay in';
const hDek = 'How we decide which of this year\u2019s late litters can be released and which spend the winter with us.';
const hH = ['The 600 gram rule', 'Weighing day', 'This year\u2019s numbers'];
const hIntro = [
  j(
    'Every November the hospital fills up with juveniles from second litters born in September. They are healthy, but they are',
    'small, and a hedgehog needs enough fat to last three months without food.',
  ),
];
const hRule = [
  j(
    'Our rule of thumb is that a juvenile must weigh 600 g by the first week of December to hibernate safely in the wild. Anything',
    'lighter stays with us, is kept awake in a heated room and is fed up until it can be released in April.',
  ),
  'We weigh on the same kitchen scales at the same time of day, before the evening feed, so the numbers can be compared.',
];
const hDay = [
  'Each hedgehog is weighed in a plastic tub and the weight is written on its card.',
  'Anyone who has lost weight since the last weigh-in is checked for worms and given a faecal test.',
  'Hedgehogs over 600 g are marked with a dab of nail varnish on the spines and go on the release list.',
];
const hNum = [
  j(
    'We took in 74 autumn juveniles this year. On Sunday\u2019s weigh-in 29 were over 600 g and have gone back to where they were',
    'found or to approved release gardens. The other 45 will stay in the hoglets\u2019 room until the spring.',
  ),
  'If you would like to sponsor one of them through the winter, it costs about £25 a month in food and bedding.',
];
const hNav = ['Diary', 'Admissions', 'Volunteer', 'Search'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Quillwood Hedgehog Hospital</title><meta name="keywords" content="juveniles, overwintering,
weighing">
<meta name="description" content="${hDek}"><meta name="author" content="Tamsin Ruddock"><link rel="canonical"
href="https://quillwood.org.uk/posts/winter-weigh-ins/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d1c9a8f.css" integrity="sha256-0dyp8V0uOv6zqYnEg" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript><meta name="generator" content="Hugo 0.136.5">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDek}",
"datePublished":"2026-12-06T00:00:00+00:00","author":[{"@type":"Person","name":"Tamsin Ruddock"}],"publisher":{"@type":"Organization",
"name":"Quillwood Hedgehog Hospital"}}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://quillwood.org.uk/" accesskey="h" title="Quillwood Hedgehog Hospital (Alt +
H)">Quillwood Hedgehog Hospital</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"
xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button>
</div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="https://quillwood.org.uk/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://quillwood.org.uk/">Home</a>&nbsp;»&nbsp;<a href="https://quillwood.org.uk/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title='2026-12-06 00:00:00 +0000 UTC'>December 6, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Tamsin Ruddock</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hH.map((h, i) => `<li><a href="#h${i}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
<h2 id="h0">${hH[0]}<a hidden class="anchor" aria-hidden="true" href="#h0">#</a></h2>${ps(hRule)}
<h2 id="h1">${hH[1]}<a hidden class="anchor" aria-hidden="true" href="#h1">#</a></h2><ol>${lis(hDay)}</ol>
<h2 id="h2">${hH[2]}<a hidden class="anchor" aria-hidden="true" href="#h2">#</a></h2>${ps(hNum)}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://quillwood.org.uk/tags/juveniles/">Juveniles</a></li><li><a
href="https://quillwood.org.uk/tags/overwintering/">Overwintering</a></li></ul>
<nav class="paginav"><a class="prev" href="https://quillwood.org.uk/posts/bonfire-night-checks/"><span class="title">« Prev</span><br><span>Check your bonfire
before you light it</span></a>
<a class="next" href="https://quillwood.org.uk/posts/new-incubator/"><span class="title">Next »</span><br><span>A new incubator for the hoglet room</span></a>
</nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=Winter%20weigh-ins"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fquillwood.org.uk%2fposts%2fwinter-weigh-ins%2f"><svg viewBox="0 0 512 512" height="30px"
width="30px"></svg></a></li></ul></footer>
</article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://quillwood.org.uk/">Quillwood Hedgehog Hospital</a></span> · <span>Powered by <a
href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout653-hugo-papermod-weigh-ins',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hDek, ...hIntro, ...hRule, ...hDay, ...hNum]),
  bylines: ['December 6, 2026 · 3 min · Tamsin Ruddock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillwood Hedgehog Hospital', ...hNav, 'Home', 'Posts', 'Table of Contents', 'Overwintering', '« Prev', 'Check your bonfire before you light it',
    'Next »', 'A new incubator for the hoglet room', '© 2026 Quillwood Hedgehog Hospital', 'Powered by Hugo & PaperMod',
  ],
};

const nTitle = 'Corn snake care guide';
const nDek = 'Everything you need to set up and look after a corn snake, from the first vivarium to the adult diet.';
const nFacts = [
  ['Lifespan', '15\u201320 years'],
  ['Adult length', '120\u2013150 cm'],
  ['Temperament', 'Docile, easy to handle'],
  ['Experience level', 'Beginner'],
];
const nH = ['Vivarium', 'Heat and light', 'Feeding', 'Shedding', 'Common problems'];
const nViv = [
  j(
    'A hatchling can start in a 60 cm vivarium, but an adult needs at least 120 x 60 x 60 cm. Corn snakes are escape artists, so',
    'the viv must have locking glass or a secure lid with no gaps wider than the snake\u2019s head.',
  ),
  'Use aspen or a soil and bark mix deep enough to burrow in, and give two hides, branches to climb and a water bowl big enough to soak in.',
];
const nHeat = [
  j(
    'Provide a warm end of 28\u201330 °C under a guarded basking lamp or ceramic heater on a dimming thermostat, and let the cool end',
    'fall to 22\u201324 °C. Low-level UVB is beneficial, and a 12-hour light cycle keeps the snake\u2019s routine steady.',
  ),
];
const nFeed = [
  'Feed frozen-thawed rodents no wider than the widest part of the snake:',
  'Hatchlings: one pinkie mouse every 5\u20137 days.',
  'Juveniles: one fuzzy or small mouse every 7\u201310 days.',
  'Adults: one adult mouse every 10\u201314 days.',
  j(
    'Thaw food in the fridge overnight and warm it in a bag in hot water just before feeding. Never feed live prey, and leave',
    'the snake alone for 48 hours after a meal.',
  ),
];
const nShed = [
  j(
    'Corn snakes shed every four to eight weeks. The eyes turn milky blue a week before. Raise the humidity with a moss box and',
    'check afterwards that the eye caps and tail tip have come away.',
  ),
];
const nProb = [
  j(
    'Refusing food in winter is normal for an adult and usually nothing to worry about if the snake keeps its weight. Bubbles at',
    'the mouth, wheezing or stuck shed on the eyes need a vet.',
  ),
];
const nShop = ['Vivarium starter kit 4ft', 'Dimming thermostat', 'Frozen mice, mixed sizes'];
const nNav = ['Snakes', 'Lizards', 'Tortoises', 'Amphibians', 'Care guides', 'Offers'];
const nCrumbs = ['Home', 'Care guides', 'Snakes'];
const nFoot = ['Delivery', 'Returns', 'Contact us', 'Store finder', 'Privacy', 'Cookie settings'];
const nSec = (h: string, inner: string): string =>
  `<section class="CareGuide_section__Lk2pQ"><h2 class="CareGuide_h2__8vYcN" id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>${inner}</section>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | Thermohaven</title><meta name="description" content="${nDek}"><link rel="canonical"
href="https://www.thermohaven.co.uk/care-guides/corn-snake">
<meta property="og:title" content="${nTitle}"><meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/8f2b1c0a7d4e.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8f2b1c0a7d4e.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-5c1f9e1a.js"
defer=""></script>
<script src="/_next/static/chunks/pages/care-guides/%5Bslug%5D-9d3a7f2c.js" defer=""></script><script src="/_next/static/Xk2mP9_buildId/_buildManifest.js"
defer=""></script></head>
<body><div id="__next"><div class="Layout_wrapper__a1B2c"><a class="Layout_skip__r7Qz1" href="#main">Skip to main content</a>
<div class="PromoBar_bar__Z0p3s" role="region" aria-label="Promotions"><p>Free UK delivery on dry goods over £60</p></div>
<header class="Header_header__x7Q2k"><div class="Header_inner__3mNfd"><a class="Header_logo__q8WbT" href="/"><img alt="Thermohaven" width="160" height="40"
decoding="async" src="/_next/static/media/logo.4a9c2b.svg"></a>
<form class="Search_form__Jw2kP" role="search" action="/search"><label class="visually-hidden" for="q">Search products</label><input id="q" name="q"
type="search" placeholder="Search 4,000 products" class="Search_input__nV4tD"><button type="submit" class="Search_button__6GhYp">Search</button></form>
<div class="Header_actions__c5Lr0"><a href="/account" class="Header_action__T1eXw">Account</a><a href="/basket" class="Header_action__T1eXw">Basket<span
class="Header_count__0aBzq">0</span></a></div></div>
<nav class="MegaNav_nav__pQ0x8" aria-label="Main"><ul class="MegaNav_list__Fd3aS">${nNav
  .map(
    (t) => `<li class="MegaNav_item__Wn7yE"><a
class="MegaNav_link__Uo1bH" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav></header>
<nav aria-label="Breadcrumb" class="Breadcrumbs_nav__h2Ks9"><ol class="Breadcrumbs_list__9dLpE">${nCrumbs
  .map(
    (t) => `<li class="Breadcrumbs_item__kQ4mV"><a
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
<li class="Breadcrumbs_item__kQ4mV" aria-current="page">Corn snake</li></ol></nav>
<main id="main" class="CareGuide_main__3kP9z"><article class="CareGuide_article__Rt5eV"><header class="CareGuide_header__mV1nQ"><h1
class="CareGuide_title__Jf8s1">${nTitle}</h1>
<p class="CareGuide_dek__Gq0aM">${nDek}</p><div class="CareGuide_meta__yX6cK"><span>Reviewed by Dr Aled Brannock MRCVS</span><span class="CareGuide_dot__1pZsn"
aria-hidden="true">•</span><span>Updated 8 January 2026</span></div></header>
<div class="CareGuide_hero__b0Tnq"><span
style="box-sizing:border-box;display:block;overflow:hidden;width:initial;
height:initial;background:none;opacity:1;border:0;margin:0;padding:0;position:relative">
<img alt="Amelanistic corn snake on a branch" src="/_next/image?url=%2Fimages%2Fcorn-hero.jpg&amp;w=1920&amp;q=75" decoding="async" data-nimg="responsive"
style="position:absolute;inset:0;width:0;height:0;min-width:100%;max-height:100%;object-fit:cover"></span></div>
<aside class="CareGuide_facts__V4zLr"><h2 class="CareGuide_factsTitle__Ux9Ee">At a glance</h2><dl
class="CareGuide_factsList__e2RtK">${nFacts.map(([k, v]) => `<div class="CareGuide_fact__Pj8Lw"><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl></aside>
<div class="CareGuide_body__W3nxR">
${nSec(nH[0] ?? '', ps(nViv))}
${nSec(nH[1] ?? '', ps(nHeat))}
${nSec(nH[2] ?? '', ps(nFeed.slice(0, 1)) + `<ul>${lis(nFeed.slice(1, 4))}</ul>` + ps(nFeed.slice(4)))}
${nSec(nH[3] ?? '', ps(nShed))}
${nSec(nH[4] ?? '', ps(nProb))}
</div></article>
<section class="ShopTheGuide_section__Hn4aB" aria-labelledby="shop-guide"><h2 id="shop-guide" class="ShopTheGuide_title__w9Ezc">Shop this guide</h2><ul
class="ShopTheGuide_grid__0QmVr">
${nShop
  .map(
    (t, i) => `<li class="ProductCard_card__tU8dQ"><a href="/p/${i + 1042}"><img alt=""
src="/_next/image?url=%2Fp%2F${i + 1042}.jpg&amp;w=384&amp;q=75" width="192" height="192" loading="lazy"><span class="ProductCard_name__kC1zF">${t}</span><span
class="ProductCard_price__N3rVx">£${[189, 34, 12][i]}.99</span></a><button class="ProductCard_add__qW5yT" type="button">Add to basket</button>
</li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="Footer_footer__kLx0b"><div class="Footer_cols__Rr7vH"><div><h3 class="Footer_heading__S1oCp">Help</h3><ul>${nFoot
  .map(
    (t) => `<li><a
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></div>
<div><h3 class="Footer_heading__S1oCp">Get care tips by email</h3><form class="Footer_signup__B5nZc"><label for="nl-email">Email address</label><input
id="nl-email" type="email"><button type="submit">Sign up</button></form></div></div>
<p class="Footer_legal__Xa2fP">© 2026 Thermohaven Ltd. Registered in England and Wales, company no. 09871244.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div>
<div id="onetrust-policy">
<div id="onetrust-policy-text">We use cookies to run our shop, remember your basket and measure how the site is used. <a class="ot-cookie-policy-link"
href="/cookie-policy" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies
Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
</div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"corn-snake","title":"${nTitle}","updated":"2026-01-08"}},
"__N_SSG":true},"page":"/care-guides/[slug]","query":{"slug":"corn-snake"},"buildId":"Xk2mP9_buildId","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border:0;clip:rect(0 0 0
0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;top:0;width:1px;white-space:nowrap;word-wrap:normal"></p></next-route-announcer></body>
</html>`;
const nextjs: TestPage = {
  name: 'heldout653-nextjs-corn-snake-guide',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['At a glance', ...nH],
  body: texts([nDek, ...nFacts.map(([k, v]) => `${k} ${v}`), ...nViv, ...nHeat, ...nFeed, ...nShed, ...nProb]),
  bylines: ['Reviewed by Dr Aled Brannock MRCVS', 'Updated 8 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Free UK delivery on dry goods over £60', 'Search products', 'Search', 'Account', 'Basket',
    ...nNav.filter((t) => t !== 'Snakes'), 'Home',
    'Shop this guide', ...nShop, '£189.99', '£34.99', '£12.99', 'Add to basket', 'Help', ...nFoot, 'Get care tips by email', 'Email address', 'Sign up',
    '© 2026 Thermohaven Ltd. Registered in England and Wales, company no. 09871244.',
    'We use cookies to run our shop, remember your basket and measure how the site is used. Cookie Policy', 'Cookies Settings', 'Reject All',
    'Accept All Cookies',
  ],
};

export const HELDOUT653_F: readonly TestPage[] = [hugo, nextjs];
