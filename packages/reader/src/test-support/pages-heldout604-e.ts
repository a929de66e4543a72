import { links, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout604-kit.js';

/**
 * Held-out batch 604, file e: a winery's "Our Vineyards" page built in Webflow, and a wine importer's blog post on HubSpot
 * CMS with a subscribe box and a CTA.
 */
const bTitle = 'Our Vineyards';
const bBlocks = [
  {
    h: 'Saddle Block',
    p: [
      j(
        'Our oldest vines, planted in 1979 on the saddle between two ridges. Cool night air drains through here, which keeps acidity',
        'high in the Chenin Blanc. Dry-farmed since 2008.',
      ),
      '3.2 hectares · Chenin Blanc, Sémillon',
    ],
  },
  {
    h: 'Ironstone Terrace',
    p: [
      j(
        'Red ironstone gravels over clay on a north-facing terrace. This is where our Cabernet Franc gets its dark fruit and fine,',
        'dusty tannins. We replanted half of the terrace on its own roots in 2018.',
      ),
      '5.6 hectares · Cabernet Franc, Merlot',
    ],
  },
  {
    h: 'Creek Flats',
    p: [
      j(
        'Deep alluvial soil along Tarrow Creek. The vines here grow vigorously, so we prune hard and drop fruit in January. The flats',
        'give us our everyday rosé and the base for our pét-nat.',
      ),
      '4.1 hectares · Grenache, Cinsault',
    ],
  },
];
const bIntro = j('Three sites, three soils, one valley. We farm all twelve hectares ourselves, without herbicides, and pick every row by hand.');
const bNav = ['Wines', 'Vineyards', 'Visit', 'Club', 'Shop'];
const bFoot = ['Stockists', 'Trade', 'Careers', 'Privacy'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 03 2025 04:12:55 GMT+0000 -->
<html data-wf-domain="www.tarrowcreek.wine" data-wf-page="65f0c2a1" data-wf-site="65f0c29e" lang="en"><head><meta charset="utf-8">
<title>Our Vineyards | Tarrow Creek Wines</title><meta content="Three sites, three soils, one valley." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0c29e/css/tarrow-creek.webflow.0a1b2c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-vineyards"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65f0c29e/logo.svg"
loading="lazy" alt="Tarrow Creek" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${bNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'Vineyards' ? ' w--current' : ''}">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-vineyards"><div class="hero-overlay"></div><div class="container w-container"><h1 class="heading-xl">${bTitle}</h1>
<p class="paragraph-large">${bIntro}</p></div></section>
${bBlocks
  .map(
    (b, i) => `<section class="section-block ${i % 2 === 1 ? 'section-block-reverse' : ''}"><div class="w-layout-blockcontainer container w-container">
<div class="w-layout-grid grid-2col"><div class="block-image-wrap"><img src="https://assets-global.website-files.com/65f0c29e/block-${i}.jpg" loading="lazy"
sizes="(max-width: 767px) 100vw, 50vw" alt="${b.h}" class="block-image"></div><div class="block-text"><div class="eyebrow">Block 0${i + 1}</div>
<h2 class="heading-m">${b.h}</h2><p class="paragraph">${at(b.p, 0)}</p><div class="block-facts">${at(b.p, 1)}</div></div></div></div></section>`,
  )
  .join('\n')}
<section class="cta-section"><div class="container w-container"><h2 class="heading-m center">Walk the vines with us</h2>
<p class="paragraph center">Vineyard walks leave the cellar door at 11am every Saturday from October to April.</p>
<a href="/visit" class="button w-button">Book a walk</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-brand">Tarrow Creek Wines<br>88 Bell Road, Tarrow</div>
<div class="footer-links">${bFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2025 Tarrow Creek Wines. Please enjoy our wines responsibly.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0c29e" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f0c29e/js/webflow.4f2a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout604-webflow-vineyards',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bBlocks.map((b) => b.h),
  body: [bIntro, ...bBlocks.flatMap((b) => b.p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wines', 'Visit', 'Club', 'Shop', 'Block 01', 'Block 02', 'Block 03', 'Walk the vines with us',
    'Vineyard walks leave the cellar door at 11am every Saturday from October to April.', 'Book a walk', 'Tarrow Creek Wines', '88 Bell Road, Tarrow',
    ...bFoot, '© 2025 Tarrow Creek Wines. Please enjoy our wines responsibly.',
  ],
};

const hTitle = 'Five Things to Know About Importing Natural Wine from Georgia';
const hBody = [
  j(
    'Orders for Georgian qvevri wines have tripled in our trade book since 2022, and we get the same questions from restaurants',
    'every week. Here are the answers we give, from six years of bringing these wines into the country.',
  ),
  '1. Vintages are small and sell out early',
  j(
    'Most of our growers make fewer than 5,000 bottles a year. We confirm allocations in January, and anything not reserved by',
    'March usually goes to other markets.',
  ),
  '2. Labels need extra work',
  j(
    'Georgian back labels rarely carry everything our regulations ask for. We add a sticker with the importer details, allergens',
    'and alcohol content in our warehouse before release, which adds about a week to delivery times.',
  ),
  '3. Shipping in winter is safer',
  j(
    'Unfiltered wines without added sulphur do not like heat. We ship in refrigerated containers, and only between November and',
    'April, so plan your wine list around two arrivals a year.',
  ),
  '4. Amber wines need explaining',
  j('Guests will ask why the white wine is orange. We send a one-page staff note with every first order to help your team talk about skin contact.'),
  '5. Bottle variation is normal',
  j('Wines made in clay and bottled by hand can vary from bottle to bottle. If one seems off, let us know and we will replace it.'),
];
const hHeads = [1, 3, 5, 7, 9];
const hNav = ['Portfolio', 'Producers', 'For Trade', 'Blog', 'Contact'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Answers to the questions restaurants ask us about Georgian qvevri wines."><meta name="viewport"
content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://4921773.fs1.hubspotusercontent-na1.net/hubfs/4921773/hub_generated/template_assets/1/theme-main.min.css">
<script>var hsVars = {"render_id":"6a9e","ticks":1712004400,"page_id":16200981231,"content_group_id":8712344120,"portal_id":4921773,"language":"en"};</script>
<link rel="amphtml" href="https://blog.qvevrilane.com/georgian-natural-wine-import?hs_amp=true"><meta property="og:type" content="article">
<link rel="canonical" href="https://blog.qvevrilane.com/georgian-natural-wine-import"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-16200981231 hs-blog-post hs-blog-id-8712344120">
<div data-global-resource-path="qvevri-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="https://www.qvevrilane.com" id="hs-link-site_logo_hs_logo_widget">
<img src="https://4921773.fs1.hubspotusercontent-na1.net/hubfs/logo.png"
class="hs-image-widget" alt="Qvevri Lane Imports"></a></span></span></div><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/author/nino-abashidze" rel="author">Nino Abashidze</a>
<time datetime="2025-02-18 14:00:00" class="blog-post__timestamp">Feb 18, 2025 2:00:00 PM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${hBody.map((t, i) => (hHeads.includes(i) ? `<h3>${t}</h3>` : `<p>${t}</p>`)).join('\n')}
<!--more--><p><span id="hs-cta-wrapper-8a1f" class="hs-cta-wrapper"><span id="hs-cta-8a1f" class="hs-cta-node hs-cta-8a1f">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4921773/8a1f"
class="cta_button">Request our 2025 trade list</a></span></span></p></span></div>
<div class="blog-post__tags"><svg class="blog-post__tags-icon"></svg><a class="blog-post__tag-link" href="/tag/importing">Importing</a>,
<a class="blog-post__tag-link" href="/tag/georgia">Georgia</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
<a class="blog-related-posts__post" href="/kakheti-harvest-diary"><h3 class="blog-related-posts__title">A harvest diary from Kakheti</h3></a>
<a class="blog-related-posts__post" href="/qvevri-explained"><h3 class="blog-related-posts__title">Qvevri, explained for sommeliers</h3></a></div></section>
<div class="blog-subscribe"><h3>Subscribe to the Qvevri Lane trade blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-8a1f"><span>Email</span><span
class="hs-form-required">*</span></label><input id="email-8a1f" name="email" type="email"></div><div class="hs_submit hs-submit"><input type="submit"
class="hs-button primary large" value="Subscribe"></div></form></div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Qvevri Lane Imports Ltd · Unit 4, Gasworks Yard, Bristol</p><p>© 2025 Qvevri Lane
Imports. All rights reserved.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-sticky="true"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-eu-cookie-confirmation-buttons-area"><div id="hs-eu-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4921773.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout604-hubspot-import-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: hBody.filter((_, i) => !hHeads.includes(i)),
  bylines: ['Nino Abashidze', 'Feb 18, 2025 2:00:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Request our 2025 trade list', 'Related posts', 'A harvest diary from Kakheti',
    'Qvevri, explained for sommeliers', 'Subscribe to the Qvevri Lane trade blog', 'Email', '*', 'Qvevri Lane Imports Ltd · Unit 4, Gasworks Yard, Bristol',
    '© 2025 Qvevri Lane Imports. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT604_E: readonly TestPage[] = [webflow, hubspot];
