import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, type Sec, secBody, secHeads, secHtml, trs } from './pages-heldout537-kit.js';

/**
 * Held-out batch 537, file d: a charging network's press release on the HubSpot CMS blog (Growth theme) with tags, related
 * posts, a subscribe form and HubSpot's cookie banner, and an EV blog post on Ghost (Casper) with a callout card, a table card,
 * an image caption, a subscribe box and "read more" cards.
 */
const cTitle = 'Chargeline opens 24-bay charging hub at Wrenfield Park & Ride';
const cParas = [
  j(
    'Chargeline has opened its largest charging hub so far, with 24 ultra-rapid bays at Wrenfield Park &amp; Ride on the',
    'A561. The hub is open to all drivers, 24 hours a day, and every bay can charge at up to 400 kW.',
  ),
  j(
    'The site was built in partnership with Wrenfield City Council, which owns the car park. Six of the bays are drive-through',
    'bays long enough for vans and cars towing caravans, and two are step-free with extra space around the charger.',
  ),
  j(
    'Park &amp; Ride users who charge while they are in the city centre will pay the standard Chargeline price of 69p per kWh, with',
    'the overstay fee waived until 7pm. The council’s parking charge of £3 a day still applies.',
  ),
];
const cQuote = j(
  '“Drivers told us they wanted somewhere big, reliable and easy to find on the way into the city. Wrenfield gives them all',
  'three, and the battery storage on site means we are not waiting years for a grid upgrade.” — Priya Dallow, chief executive, Chargeline',
);
const cLater = [
  j(
    'A 2 MWh battery on the site charges from the grid overnight and tops up the chargers at busy times, which allowed the hub',
    'to open on the existing grid connection. A solar canopy over the bays will be added next spring.',
  ),
  j(
    'Chargeline now runs 61 hubs across the Midlands and the North. It plans to open a further 14 sites in 2027, including',
    'three more at park and ride car parks.',
  ),
  j(
    '<strong>About Chargeline:</strong> Chargeline builds and runs ultra-rapid charging hubs for electric cars and vans.',
    'It was founded in 2019 and is based in Leeford.',
  ),
];
const cNav = ['Find a hub', 'Pricing', 'Fleets', 'Landowners', 'News', 'Contact'];
const cTags = ['Hubs', 'Partnerships', 'Press releases'];
const cRel = [
  ['Chargeline adds 400 kW chargers to six sites', 'Upgrades at our busiest hubs start this month.'],
  ['What our battery storage means for you', 'Why some of our hubs can open before the grid is ready.'],
];
const cFoot = ['Careers', 'Media kit', 'Privacy policy', 'Cookie policy', 'Terms'];
const cHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${cTitle.replace('&', '&amp;')}</title>
<link rel="shortcut icon" href="https://www.chargeline.example/hubfs/favicon.png"><meta name="description" content="24 ultra-rapid bays open to all drivers.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://www.chargeline.example/hs-fs/hub/7719023/hub_generated/template_assets/1/74120447/1731000012/template_main.min.css">
<style>a.cta_button{-moz-box-sizing:content-box !important;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${cTitle}","author":{"@type":"Person",
"name":"Chargeline Newsroom"}}</script>
<meta property="og:url" content="https://www.chargeline.example/news/wrenfield-park-and-ride-hub"></head>
<body><div class="body-wrapper   hs-content-id-164022117 hs-blog-post hs-blog-id-98112400">
<div data-global-resource-path="growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/chargeline-logo.svg"
class="hs-image-widget" alt="Chargeline"></a></span></div></div><div class="header__menu header__menu--desktop"><nav aria-label="Main menu"
class="menu menu--desktop">
<ul class="menu__wrapper no-list">${links(cNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${cTitle.replace('&', '&amp;')}</span></h1><div class="blog-post__meta"><a
href="/news/author/chargeline-newsroom">Chargeline Newsroom</a>
<time datetime="2026-11-12 09:00:00" class="blog-post__timestamp">Nov 12, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(cParas)}
<!--more--><blockquote><p>${cQuote}</p></blockquote>
<p><img src="https://www.chargeline.example/hs-fs/hubfs/wrenfield-hub.jpg?width=1200" alt="Cars charging under a white canopy" width="1200" loading="lazy"
style="width: 1200px; margin-left: auto; margin-right: auto; display: block;"></p>
${ps(cLater)}</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 496 512" aria-hidden="true"><path d="M0 0"></path></svg>
${cTags.map((t) => `<a class="blog-post__tag-link" href="/news/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${cRel
  .map(
    ([t, d]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/news/${(t ?? '').length}">${t}</a></h3><p>${d}</p></div></article>`,
  )
  .join('\n')}
</div></div></section>
<div class="blog-subscribe"><h2>Get Chargeline news by email</h2><div id="hs_form_target_blog_subscribe"><form class="hs-form stacked hs-custom-form"
novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-2c91" class="">Email<span class="hs-form-required">*</span>
</label>
<div class="input"><input id="email-2c91" name="email" required type="email" class="hs-input" inputmode="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav aria-label="Footer menu"><ul class="menu__wrapper no-list">${links(cFoot, 'menu__item menu__item--depth-1')}</ul></nav>
<p class="footer__copyright">© 2026 Chargeline Ltd. Registered office: 9 Aire Street, Leeford LF1 4DS.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/7719023.js"></script></body></html>`;
const chargeline: TestPage = {
  name: 'heldout537-chargeline-hubspot-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cParas, cQuote, ...cLater]),
  bylines: ['Chargeline Newsroom', 'Nov 12, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cNav, 'Partnerships', 'Press releases', 'Related posts', ...cRel.flat(), 'Get Chargeline news by email', 'Email*', ...cFoot,
    '© 2026 Chargeline Ltd. Registered office: 9 Aire Street, Leeford LF1 4DS.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const rTitle = 'Three networks changed their prices this month. Here’s what it means for you';
const rDek = 'Voltspring went up, Arclight went down and Tidewell started charging by the minute. We did the sums for a typical week of driving.';
const rSecs1: Sec[] = [
  {
    p: [
      j(
        'October is when a lot of charging networks review their prices, and this year three of the bigger ones in the region',
        'all changed on the same weekend. The changes are not all bad news, but they do mean the cheapest place to charge on a',
        'long trip is no longer the same as it was in the summer.',
      ),
    ],
  },
  {
    h: 'What changed',
    p: [
      j(
        'Voltspring raised its pay-as-you-go price on rapid chargers from 71p to 79p per kWh, blaming higher standing charges at',
        'its motorway sites. Its membership price stays at 59p. Arclight went the other way, cutting its ultra-rapid price from',
        '82p to 72p, and dropping its idle fee from 50p to 25p a minute.',
      ),
      j(
        'Tidewell is the interesting one. On its newest sites it now charges 12p a minute on top of a lower 49p per kWh energy price.',
        'That rewards cars that charge quickly and punishes cars that do not.',
      ),
    ],
  },
];
const rCallout = j(
  'If your car charges at less than about 60 kW on average, the Tidewell per-minute price will cost you more than the old flat',
  'price. Check your car’s charging curve before you plan a stop there.',
);
const rRows = [
  ['Voltspring (pay as you go)', '79p/kWh', '£31.60'],
  ['Voltspring (member)', '59p/kWh + £6.99 a month', '£25.35'],
  ['Arclight', '72p/kWh', '£28.80'],
  ['Tidewell (new sites)', '49p/kWh + 12p/min', '£25.60 to £30.40'],
];
const rSecs2: Sec[] = [
  {
    h: 'Our verdict',
    p: [
      j(
        'For occasional long trips, Arclight is now the simplest good deal. If you drive a car with a fast charging curve and pass',
        'a new Tidewell site, it can be the cheapest of all. And if you use Voltspring every week, the membership has become',
        'close to essential.',
      ),
      'We will update this post if any of the three change their prices again before the end of the year.',
    ],
  },
];
const rNav = ['Home', 'Charging', 'Road trips', 'Reviews', 'About'];
const rMore = [
  ['Is home charging still cheaper than public? We checked 12 tariffs', 'Sep 30, 2026'],
  ['The A9 in winter: a charging diary', 'Sep 14, 2026'],
];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${rTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4c2e8d1f0a"><meta name="description" content="${rDek}">
<link rel="canonical" href="https://rangeandroute.example/three-networks-changed-prices/"><meta name="referrer" content="no-referrer-when-downgrade">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Range & Route"},
"author":{"@type":"Person","name":"Isla Penrose"},"headline":"${rTitle}","datePublished":"2026-10-21T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.43/umd/portal.min.js" data-i18n="true"
data-ghost="https://rangeandroute.example/" data-key="9c1f" data-api="https://rangeandroute.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;}</style></head>
<body class="post-template tag-prices tag-networks is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://rangeandroute.example">Range &amp; Route</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
</svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(rNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-prices tag-networks">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/prices/">Prices</a></span>
</div>
<h1 class="article-title">${rTitle}</h1><p class="article-excerpt">${rDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/isla/" class="author-avatar" aria-label="Read more of Isla Penrose"><img class="author-profile-image"
src="/content/images/size/w100/isla.jpg" alt="Isla Penrose"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/isla/">Isla Penrose</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-21">Oct 21, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/2026/10/canopy.jpg 300w"
src="/content/images/size/w2000/2026/10/canopy.jpg"
alt="Rapid chargers under a canopy at dusk"><figcaption>Arclight’s new hub at Castlemead. <span style="white-space: pre-wrap;">Photo: Isla Penrose</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">${secHtml(rSecs1)}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${rCallout}</div></div>
<h2 id="what-a-week-costs">What a typical week costs</h2><p>Our test week is 400 miles of motorway driving, needing about 40 kWh of rapid charging.</p>
<!--kg-card-begin: html--><table><thead><tr><th>Network</th><th>Price</th><th>Cost of 40 kWh</th></tr></thead><tbody>${trs(rRows)}</tbody></table>
<!--kg-card-end: html-->
<p>The Tidewell range depends on how fast your car charges: the top figure is for a car averaging 50 kW, the bottom for one averaging 150 kW.</p>
${secHtml(rSecs2)}</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta" style="background-color: #0f6e5a"><div class="gh-post-upgrade-cta-content">
<h2>Join the discussion</h2><p>Become a free member to leave a comment.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Sign up now</a>
<p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${rMore
  .map(
    ([t, d]) => `<article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link" href="/${(t ?? '').length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date">${d}</time></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://rangeandroute.example">Range &amp; Route</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4c2e8d1f0a"></script><script>document.documentElement.classList.add('js');</script></body></html>`;
const rangeRoute: TestPage = {
  name: 'heldout537-range-route-ghost',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [...secHeads(rSecs1), 'What a typical week costs', ...secHeads(rSecs2)],
  body: [
    rDek,
    ...secBody(rSecs1),
    rCallout,
    'Our test week is 400 miles of motorway driving, needing about 40 kWh of rapid charging.',
    ...rowTexts(rRows),
    'The Tidewell range depends on how fast your car charges: the top figure is for a car averaging 50 kW, the bottom for one averaging 150 kW.',
    ...secBody(rSecs2),
  ],
  bylines: ['Isla Penrose', 'Oct 21, 2026', 'Sep 30, 2026', 'Sep 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Range & Route', 'Home', 'Road trips', 'Reviews', 'Sign in', 'Subscribe', '• 5 min read', 'Arclight’s new hub at Castlemead. Photo: Isla Penrose',
    'Join the discussion', 'Become a free member to leave a comment.', 'Sign up now', 'Already have an account? Sign in', 'Sign up for more like this.',
    'Enter your email', ...rMore.map(([t]) => t ?? ''), 'Range & Route © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT537_D: readonly TestPage[] = [chargeline, rangeRoute];
