import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file d: a party wholesaler's latex-versus-foil blog post on HubSpot CMS (with a comparison table, tags,
 * related posts and the HubSpot cookie banner), and a party retailers' association news story on Drupal 10 (Olivero) with
 * tags and comments.
 */
const hTitle = 'Latex vs Foil Balloons: Which Should Your Shop Stock?';
const hH = ['Where latex wins', 'Where foil wins', 'Side by side', 'Our advice for a small shop'];
const hIntro = j(
  'Ask ten party shop owners which balloons make them the most money and you will get ten different answers. The truth is that latex and',
  'foil do different jobs, sell to different customers and need different handling behind the counter.',
);
const hLatex = j(
  'Latex is cheap to buy, quick to inflate and it is what customers picture when they think of a balloon bunch. It is also the material',
  'decorators buy in bulk for garlands and arches, so a good range of colours brings trade customers back every week.',
);
const hFoil = j(
  'Foil balloons float for days rather than hours, come in every shape from number 1 to a dinosaur, and carry a much higher margin. They',
  'sell on impulse, especially when they are inflated and on display by the till.',
);
const hRows: readonly (readonly string[])[] = [
  ['Float time with helium', '8 to 12 hours (up to 3 days treated)', '5 to 7 days'],
  ['Trade price per balloon', '4p to 30p', '60p to £3.50'],
  ['Can be refilled', 'No', 'Yes, through the self-sealing valve'],
  ['Biodegradable', 'Yes, natural latex', 'No'],
];
const hAdvice = [
  j(
    'If your counter space is limited, stock a tight range of latex in your twelve best-selling colours and put your display money into foil.',
    'Keep two or three inflated foil numbers on show at all times: customers buy what they can see.',
  ),
  'Whatever you stock, remind customers that foil balloons must never be released outdoors, because they can short out power lines.',
];
const hNav = ['Shop', 'Trade Accounts', 'Catalogue', 'Blog', 'Contact'];
const hRel: readonly (readonly [string, string])[] = [
  ['Setting Up a Helium Station Behind the Counter', 'Cylinder storage, regulators and the signage your staff need.'],
  ['Seasonal Stock Planner for 2026', 'What to order, and when, from Valentine’s Day to New Year’s Eve.'],
];
const hFoot = ['About us', 'Delivery', 'Returns', 'Privacy Policy', 'Terms of Trade'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Latex or foil? A practical comparison for independent party shops.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Tobias Wrenfield"}}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brightsidewholesale.example/blog/latex-vs-foil-balloons">
<script>var hsVars = {"portal_id":2418830,"app_hs_base_url":"https://app-eu1.hubspot.com","cp_hs_base_url":"https://cp-eu1.hubspot.com",
"language":"en"}</script></head>
<body><div class="body-wrapper   hs-content-id-15523 hs-blog-post hs-content-path-blog-latex-vs-foil-balloons hs-blog-name-brightside-blog hs-blog-id-1107">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="//www.brightsidewholesale.example" id="hs-link-site_logo_hs_logo_widget">
<img src="/hubfs/brightside-logo.png" class="hs-image-widget" alt="Brightside Party Wholesale"></a></span></div></div><div class="header__column">
<div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="site-search-input">Search</label>
<input type="text" id="site-search-input" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search">
<button class="hs-search-field__button" aria-label="Search"><svg aria-hidden="true"></svg></button></form></div></div></div></div>
<div class="header__row-2"><div class="header__navigation header--element"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/tobias-wrenfield">Tobias Wrenfield</a>
<time datetime="2026-03-04 09:00:00" class="blog-post__timestamp">Mar 4, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${hIntro}</p>
<!--more--><h2>${hH[0]}</h2><p>${hLatex}</p><h2>${hH[1]}</h2><p>${hFoil}</p>
<h2>${hH[2]}</h2><div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="border-collapse: collapse;
table-layout: fixed; width: 100%;"><tbody><tr><th>&nbsp;</th><th>Latex</th><th>Foil</th></tr>
${trs(hRows)}</tbody></table></div>
<h2>${hH[3]}</h2>${ps(hAdvice)}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7d1c"><span class="hs-cta-node hs-cta-7d1c" id="hs-cta-7d1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/2418830/7d1c" target="_blank"><img class="hs-cta-img" id="hs-cta-img-7d1c" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/2418830/7d1c.png"
alt="Download the 2026 trade catalogue"></a></span></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><svg aria-hidden="true"></svg><a class="blog-post__tag-link" href="/blog/tag/retail-tips">Retail Tips</a>,
<a class="blog-post__tag-link" href="/blog/tag/stock-planning">Stock Planning</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_b7a1"></div></div></span></div></section>
</div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    ([t, s]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/p">${t}</a></h3><p class="blog-related-posts__summary">${s}</p>
<a class="blog-related-posts__read-more" href="/blog/p">Read more</a></div></article>`,
  )
  .join('\n')}</div></div></section></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav aria-label="Footer menu" class="navigation-primary"><ul class="submenu level-1">${links(hFoot, 'menu-item')}</ul></nav>
<p class="footer__copyright">© 2026 Brightside Party Wholesale Ltd. Trade only: VAT registration required.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-isolation="true" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-eu-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/2418830.js"></script></body></html>`;
const hubspotLatexFoil: TestPage = {
  name: 'heldout594-hubspot-latex-vs-foil',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [hIntro, hLatex, hFoil, ...rowTexts(hRows), ...hAdvice],
  bylines: ['Tobias Wrenfield', 'Mar 4, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Trade Accounts', 'Catalogue', 'Blog', 'Contact', 'Retail Tips', 'Stock Planning', 'Related posts', ...hRel.flat(),
    'Read more', 'About us', 'Delivery', 'Returns', 'Privacy Policy', 'Terms of Trade',
    '© 2026 Brightside Party Wholesale Ltd. Trade only: VAT registration required.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};
const dTitle = 'Members warned of helium price rises ahead of graduation season';
const dBody = [
  j(
    'Party shops should expect to pay between 15 and 20 per cent more for helium this spring, the Northvale Party and Event Retailers',
    'Association told members at its quarterly meeting in Greywater on Thursday.',
  ),
  j(
    'The association said two of the region’s three gas distributors had written to retailers about new cylinder rental charges from April,',
    'on top of a rise in the price of the gas itself. Graduation and prom season, when many shops sell more balloons than at any other time',
    'of year, begins in late May.',
  ),
  j(
    '“Nobody wants to put up the price of a balloon bunch in the busiest month of the year, but members need to plan for it',
    'now rather than absorb it in June,” said the association’s chair, Rosalind Achterberg.',
  ),
  j(
    'The association is advising members to check their cylinder contracts, to offer air-filled displays where a helium float is not needed,',
    'and to explain the change to customers at the counter. A template notice for shop windows is available in the members’ area.',
  ),
  j(
    'Some members said they had already switched part of their stock to smaller 9-inch balloons, which need around a third less gas than',
    'the standard 11-inch size.',
  ),
  'The association will publish an updated price guide for members in the first week of April.',
];
const dNav = ['Home', 'News', 'Events', 'Membership', 'Training', 'Contact'];
const dTags = ['Helium', 'Pricing', 'Members'];
const dComments: readonly (readonly [string, string, string, string])[] = [
  ['Kip Larrabee', 'Sat, 14/03/2026 - 18:40', 'Air-filled displays', 'We moved our window displays to air last year and nobody noticed. Highly recommend it.'],
  ['Dorota Vance', 'Mon, 16/03/2026 - 09:12', 'Template notice', 'Could the template notice be made available as an editable file? Thank you.'],
];
const comment = ([who, when, subj, text]: readonly [string, string, string, string], i: number): string => `<article data-comment-user-id="${i + 5}"
id="comment-${i + 12}" class="comment js-comment"><span class="hidden" data-comment-timestamp="1773513600"></span><div class="comment__picture-wrapper">
<div class="comment__picture"><img src="/core/themes/olivero/images/placeholder.png" alt=""></div></div><div class="comment__text-wrapper">
<footer class="comment__meta"><p class="comment__author"><span>${who}</span></p><p class="comment__time">${when}</p></footer>
<div class="comment__content"><h3><a href="/comment/${i + 12}#comment-${i + 12}" class="permalink" rel="bookmark" hreflang="en">${subj}</a></h3>
<div class="text-content field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${text}</p></div></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/57/comment/${i + 12}">Reply</a></li></ul></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.nvpera.example/news/members-warned-helium-price-rises"><title>${dTitle} | NVPERA</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_8mQp2.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57"},
"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northvale Party &amp; Event Retailers Association</a>
</div>
</div></div></div><div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
role="search"><h2 class="visually-hidden block__title">Search</h2><div class="content"><form action="/search/node" method="get" id="search-block-form"
accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element">
</div></form></div></div><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu"
role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(['Home', 'News'], 'breadcrumb__item')}</ol></nav></div>
</div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="57" class="node node--type-article node--promoted node--view-mode-full"><header class="node__header"><div class="node__meta">
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Fenella Ossory</span></span></span>
<span class="node__meta-date">14 March, 2026</span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}
<blockquote><p>${dBody[2]}</p></blockquote>
${ps(dBody.slice(3))}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
<h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments.map(comment).join('\n')}
</section></div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu"><h2 class="visually-hidden"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(['Privacy notice', 'Accessibility', 'Contact'], 'menu__item')}</ul></nav>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div>
</div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Qm5tX.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalHelium: TestPage = {
  name: 'heldout594-drupal-helium-prices',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dBody),
  bylines: ['By Fenella Ossory', '14 March, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northvale Party & Event Retailers Association', 'Menu', 'Search', 'Main navigation', 'Home', 'News', 'Events',
    'Membership', 'Training', 'Contact', 'Breadcrumb', 'Tags', 'Pricing', 'Comments',
    ...dComments.flat().filter((t) => t !== 'Air-filled displays' && t !== 'Template notice'), 'Reply', 'Footer',
    'Privacy notice', 'Accessibility', 'Powered by Drupal',
  ],
};

export const HELDOUT594_D: readonly TestPage[] = [hubspotLatexFoil, drupalHelium];
