import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout526-kit.js';

/**
 * Held-out batch 526, file d: a farm shop's diary post on Ghost (Casper theme) with tag, byline, feature image, members call
 * to action and "read more" cards, and a farmers' market's trader rules and application page built with Elementor (Hello theme)
 * with a CookieYes banner and a form.
 */
const gTitle = 'Spring on the farm: lambs, lettuces and a new cold room';
const gExcerpt = 'Three busy weeks at Wrenfold, and why the shop has been a little short of salad.';
const gParas = [
  j(
    'If you have been into the shop lately you will have noticed the salad shelf looking thin. The hard frost at the start of',
    'the month caught the first sowings in the polytunnel, and we lost nearly half of the lettuce and all of the early radish.',
    'The good news is that the second sowing is up and looking strong, so expect full crates again from about the 20th.',
  ),
  'Lambing',
  j(
    'Lambing finished on Easter Sunday. We had 212 lambs from 118 ewes, which is a good year for our flock of Lleyn crosses,',
    'and only three needed bottle rearing. Those three now live in the paddock next to the car park and have become quite a',
    'draw with visiting children. Please do not feed them; they are on a careful diet and will happily tell you otherwise.',
  ),
  j(
    'The ewes and lambs went out onto the water meadows last week. You can see them from the footpath that runs along the river,',
    'and if you walk it in the evening you may also see the barn owls hunting along the hedge.',
  ),
  'The new cold room',
  j(
    'The biggest job of the spring has been the new cold room behind the shop. The old fridges were twenty years old and costing',
    'a fortune to run. The new room is cooled by a heat pump and runs partly on the solar panels on the barn roof, and it means we',
    'can hold twice as much fresh produce, so less is wasted when a delivery comes in on a quiet day.',
  ),
  j(
    'It also gives Ellis, our butcher, space to hang beef for 28 days instead of 21. Customers who have tried the longer-hung',
    'sirloin say they can taste the difference, and we would love to know what you think.',
  ),
  'Coming up',
  j(
    'Asparagus should be ready in the first week of May, with broad beans and the first new potatoes not far behind. The café',
    'reopens its garden seating on the May bank holiday weekend, weather permitting.',
  ),
  'Thank you, as ever, for shopping with us.',
];
const gHeads = [1, 4, 7];
const gNav = ['Home', 'Farm Diary', 'Recipes', 'The Shop', 'About'];
const gCards: readonly (readonly [string, string, string])[] = [
  ['Recipes', 'Mutton and barley broth', 'A slow pot for the last cold evenings, using shoulder from our own flock.'],
  ['Farm Diary', 'What a wet winter means for the spring', 'The river came up over the water meadows twice this winter.'],
  ['The Shop', 'Meet the makers: Pennick Mill', 'How the mill two valleys over turns our wheat into your loaf.'],
];
const gCardHtml = gCards
  .map(
    (
      [tag, t, ex],
      i,
    ) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/content/images/p${i}.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-03-0${i + 1}">${i + 1} Mar 2025</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a41bc0cbe1">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://diary.wrenfoldfarm.example/spring-on-the-farm/">
<meta property="og:site_name" content="Wrenfold Farm Shop"><meta property="og:type" content="article"><meta property="article:tag" content="Farm Diary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Wrenfold Farm Shop"},
"author":{"@type":"Person","name":"Hannah Wrenfold"},"headline":"${gTitle}","datePublished":"2025-04-22T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://diary.wrenfoldfarm.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:36px 32px;}</style></head>
<body class="post-template tag-farm-diary is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://diary.wrenfoldfarm.example">
Wrenfold Farm Shop</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-farm-diary">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/farm-diary/">Farm Diary</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/hannah/" class="author-avatar"><img class="author-profile-image" src="/content/images/hannah.jpg" alt="Hannah Wrenfold"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/hannah/">Hannah Wrenfold</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-04-22">22 Apr 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/04/lambs.jpg 600w" src="/content/images/2025/04/lambs.jpg" alt="Ewes and lambs">
<figcaption><span style="white-space: pre-wrap;">Ewes and lambs on the water meadows</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gParas.map((p, i) => (gHeads.includes(i) ? `<h2 id="h${i}">${p}</h2>` : `<p>${esc(p)}</p>`)).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Get the farm diary by email</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">${gCardHtml}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://diary.wrenfoldfarm.example">Wrenfold Farm Shop</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a41bc0cbe1"></script></body></html>`;
const ghostDiary: TestPage = {
  name: 'heldout526-farm-diary-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gParas[i] ?? ''),
  body: [gExcerpt, ...gParas.filter((_, i) => !gHeads.includes(i))],
  bylines: ['Hannah Wrenfold', '22 Apr 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wrenfold Farm Shop', 'Home', 'Farm Diary', 'Recipes', 'Sign in', 'Subscribe', 'Ewes and lambs on the water meadows',
    'Get the farm diary by email', 'Enter your email', ...gCards.flatMap(([, t, ex]) => [t, ex]), '1 Mar 2025', '2 Mar 2025', '3 Mar 2025',
    '3 min read', 'Wrenfold Farm Shop © 2025', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const eTitle = 'Trade With Us';
const eIntro = j(
  'Fenwick Green Farmers’ Market is run by a small group of volunteers and has been trading every Friday morning since 2009.',
  'We are always looking for new producers, especially growers of fruit and vegetables.',
);
const eRules = [
  'Everything you sell must be grown, reared, caught or made by you.',
  'Primary produce must come from within 40 miles of the Green.',
  'Stalls must be set up by 8.30am and may not pack down before 12.30pm.',
  'Prices must be clearly shown on every item.',
  'Bring your own gazebo, weights and table. Gazebos must have four weights of at least 10kg.',
];
const eFees = 'A pitch costs £22 a week, paid by standing order at the start of each month. There is no charge for your first trial market.';
const eNav = ['Home', 'Our Traders', 'Trade With Us', 'News', 'Contact'];
const eFields = ['Your name', 'Business name', 'Email', 'What do you produce?'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trade With Us &#8211; Fenwick Green Farmers&#8217; Market</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://fenwickgreenmarket.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.5' media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://fenwickgreenmarket.example/wp-content/uploads/elementor/css/post-88.css?ver=1718' media='all'>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/4b1e/script.js"></script>
<meta name="generator" content="Elementor 3.21.5; features: e_optimized_css_loading, additional_custom_breakpoints"></head>
<body class="page-template-default page page-id-88 hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"
data-element_type="container"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image">
<div class="elementor-widget-container"><a href="/"><img src="/wp-content/uploads/2024/01/fgfm-logo.png" alt="Fenwick Green Farmers' Market"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-4d2" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-4d2" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav></div></div></div></div></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">
<div class="elementor-element elementor-element-5a1 e-flex e-con-boxed e-con e-parent"
data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${esc(eIntro)}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Market rules</h2>
</div></div><div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list">
<div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${eRules
  .map(
    (r) =>
      `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${r}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Fees</h2>
</div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eFees}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Apply for a pitch</h2>
</div></div><div class="elementor-element elementor-button-align-stretch elementor-widget elementor-widget-form"><div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Trader application"><div class="elementor-form-fields-wrapper elementor-labels-above">${eFields
  .map(
    (f, i) =>
      `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-col-100">
<label for="form-field-f${i}" class="elementor-field-label">${f}</label>
<input type="text" name="form_fields[f${i}]" id="form-field-f${i}" class="elementor-field elementor-size-sm elementor-field-textual"></div>`,
  )
  .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">
<button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Send application</span></span></button></div></div></form></div></div>
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="14" class="elementor elementor-14 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Fridays 8am – 1pm · The Green, Fenwick</p><p>© 2025 Fenwick Green Farmers’ Market. Registered charity no. 1190432</p></div></div></div></div></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to count visits and see which pages are popular. You can choose to accept or reject them.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src="https://fenwickgreenmarket.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.5" id="elementor-frontend-js"></script></body>
</html>`;
const elementorTrade: TestPage = {
  name: 'heldout526-market-traders-elementor',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Market rules', 'Fees', 'Apply for a pitch'],
  body: texts([eIntro, ...eRules, eFees]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Our Traders', 'News', 'Contact', ...eFields, 'Send application', 'Fridays 8am – 1pm · The Green, Fenwick',
    '© 2025 Fenwick Green Farmers’ Market. Registered charity no. 1190432', 'We value your privacy',
    'We use cookies to count visits and see which pages are popular. You can choose to accept or reject them.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT526_D: readonly TestPage[] = [ghostDiary, elementorTrade];
