import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout661-kit.js';

/**
 * Held-out batch 661, file e: an e-bike buying guide on a dealer group's HubSpot CMS blog, and a community bike repair
 * co-operative's e-bike conversion FAQ on Drupal 10 (Olivero theme).
 */
const hTitle = 'Hub motor or mid-drive? Choosing the right e-bike motor';
const hH = ['How a hub motor works', 'How a mid-drive works', 'Which one suits you?'];
const hIntro = [
  j(
    'Walk into any of our three showrooms and the first question our team asks is where you will ride. The answer decides more than',
    'the frame or the brand, because it decides where the motor should sit.',
  ),
];
const hHub = [
  j(
    'A hub motor is built into the centre of the front or rear wheel and pushes the wheel directly. It is simple, quiet and cheap to',
    'maintain, and it leaves the gears and chain alone, so they wear no faster than on a normal bike.',
  ),
  'The downside is weight at one end of the bike and less help on long, steep hills, where the motor cannot use the gears.',
];
const hMid = [
  j(
    'A mid-drive sits at the cranks and drives the chain, so it works through the gears like your legs do. That makes it far stronger on',
    'climbs and gives a natural, balanced ride. It also puts more load on the chain and cassette, which need replacing more often.',
  ),
];
const hWhich = [
  'Flat towns and short commutes: a rear hub motor is reliable and costs less to run.',
  'Hills, heavy loads or off-road riding: choose a mid-drive.',
  'Cargo bikes carrying children: a mid-drive with at least 80 Nm of torque.',
];
const hNav = ['E-bikes', 'Cargo bikes', 'Servicing', 'Finance', 'Stores', 'Blog'];
const hHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>Hub motor or mid-drive? Choosing the right e-bike motor</title>
<link rel="shortcut icon" href="https://www.voltcyclehub.example/hubfs/favicon.png">
<meta name="description" content="Hub motors and mid-drive motors compared.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/hs-fs/hub/4410321/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Nadia Voss"}}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.voltcyclehub.example/blog/hub-motor-or-mid-drive">
<script>var hsVars = {render_id: "a1b2", ticks: 1709, page_id: 158237, content_group_id: 1199, portal_id: 4410321};</script></head>
<body class="   hs-content-id-158237 hs-blog-post hs-blog-id-1199 "><div class="body-wrapper   hs-content-id-158237 hs-blog-post hs-blog-id-1199">
<div data-global-resource-path="VoltCycle/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/voltcycle-logo.svg"
class="hs-image-widget" alt="VoltCycle Hub"></a></span></span></div><div class="header__navigation header--element"><nav aria-label="Main menu"
class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search header--element"><div class="hs-search-field"><form data-hs-do-not-collect="true" action="/hs-search-results"><label
class="show-for-sr" for="term">Search</label><input type="text" class="hs-search-field__input" name="term" placeholder="Search"><button aria-label="Search">
</button></form></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/nadia-voss">Nadia Voss</a><time datetime="2027-02-21 10:00:00"
class="blog-post__timestamp">Feb 21, 2027 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}<!--more-->
<h2>${hH[0]}</h2>${ps(hHub)}<h2>${hH[1]}</h2>${ps(hMid)}<h2>${hH[2]}</h2><ul>${lis(hWhich)}</ul>
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-7f1c"><span class="hs-cta-node hs-cta-7f1c" id="hs-cta-7f1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4410321/7f1c"
class="cta_button">Book a free test ride</a></span></span></p></span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Tags:</span><a class="blog-post__tag-link" href="/blog/tag/buying-guides">Buying guides</a>
<a class="blog-post__tag-link" href="/blog/tag/motors">Motors</a></div></article>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="section
post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments"></div></div></div></div>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list"><article class="blog-related-posts__post"><a
class="blog-related-posts__title-link" href="/blog/cargo-bike-guide"><h3>Cargo e-bikes for the school run</h3></a></article><article
class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/blog/torque-explained"><h3>What does 85 Nm actually mean?</h3></a></article>
</div></section></div></div></main>
<div data-global-resource-path="VoltCycle/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>VoltCycle Hub · Leeds · York · Harrogate</p><p>© 2027 VoltCycle Hub Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer to improve your experience.</p>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.41/embed.js"></script><script id="hs-script-loader" async defer src="//js.hs-scripts.com/4410321.js">
</script>
</body></html>`;
const motor: TestPage = page({
  name: 'heldout661-hubspot-ebike-motor-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hHub, ...hMid, ...hWhich]),
  bylines: ['Nadia Voss', 'Feb 21, 2027 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book a free test ride', 'Tags:', 'Buying guides', 'Motors', 'Related posts', 'Cargo e-bikes for the school run',
    'What does 85 Nm actually mean?', 'VoltCycle Hub · Leeds · York · Harrogate', '© 2027 VoltCycle Hub Ltd',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
});

const dTitle = 'Converting your bike to electric: questions we get asked';
const dQA = [
  [
    'Can any bike be converted?',
    j(
      'Most bikes with a standard 68 or 73 mm bottom bracket or a 100 mm front fork can take a kit. Carbon frames, very old steel frames',
      'and bikes with hub gears and coaster brakes are harder, and we will tell you honestly if it is not worth it.',
    ),
  ],
  [
    'How much does it cost?',
    j(
      'A front hub kit with a 360 Wh battery costs about £650 fitted. A mid-drive kit with a 500 Wh battery is around £1,100. Members',
      'who fit the kit themselves in an open workshop session pay for the parts only.',
    ),
  ],
  [
    'Is a converted bike legal on the road?',
    j('Yes, as long as the motor is no more than 250 watts, only assists while you pedal and cuts out at 15.5 mph. Every kit we sell', 'meets these rules.'),
  ],
  [
    'Do you fit kits bought online?',
    'We do, but we cannot guarantee parts we did not supply. We check the kit before we start and charge the same labour rate.',
  ],
];
const dNav = ['Open workshops', 'Repairs', 'E-bike conversions', 'Donate a bike', 'Membership'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://spokeshed.example/conversions/faq">
<title>Converting your bike to electric: questions we get asked | The Spoke Shed Co-op</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s8x1k">
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/layout/layout.css?s8x1k">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/42"},"olivero":{}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"></span></button></div><div id="site-header__inner"
class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text"><div
class="site-branding__name"><a href="/" title="Home" rel="home">The Spoke Shed Co-op</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation
menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main
navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get"
class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element form-element--type-search"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/conversions"
class="breadcrumb__link">E-bike conversions</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="42" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${dQA.map(([q, a]) => `<h3>${q}</h3>\n<p>${a}</p>`).join('\n')}
<p>Still unsure? Come to a Thursday evening open workshop and bring the bike.</p>
</div></div></article></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body"><p>The Spoke Shed
Co-op Ltd, Arch 14, Station Approach, Dunmere DN2 5RW. Registered society no. 8821.</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>
Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const convert: TestPage = page({
  name: 'heldout661-drupal-olivero-conversion-faq',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dQA.map((qa) => qa[0] ?? ''),
  body: texts([...dQA.map((qa) => qa[1] ?? ''), 'Still unsure? Come to a Thursday evening open workshop and bring the bike.']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Spoke Shed Co-op', 'Menu', ...dNav, 'Home', 'RSS feed',
    'The Spoke Shed Co-op Ltd, Arch 14, Station Approach, Dunmere DN2 5RW. Registered society no. 8821.', 'Powered by Drupal',
  ],
});

export const HELDOUT661_E: readonly TestPage[] = [motor, convert];
