import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, menu, rowTexts, trs } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file f: a commercial laundry's blog post on HubSpot CMS (Growth theme: hs_cos_wrapper spans, search
 * module, a CTA embed, tags, related posts and the HubSpot cookie banner).
 */
const uTitle = 'How often should a restaurant change its table linen?';
const uIntro = j(
  'It is the question we are asked most by new restaurant customers, usually while they are working out how much linen to hire. The',
  'honest answer is “more often than you think”, but there are sensible rules, and they save money as well as reputations.',
);
const uHeads = ['The short answer', 'A schedule that works', 'Why it matters', 'How much stock do you need?', 'Getting more life out of your linen'] as const;
const uShort = j(
  'Napkins go in the bag after every cover. Tablecloths go after every sitting, and straight away after a spill. Kitchen textiles',
  'are changed at least daily. Anything that has touched a customer’s mouth or hands is never refolded and put back out.',
);
const uRows = [
  ['Napkins', 'After every cover', 'Never refolded and reused, even if they look clean'],
  ['Tablecloths', 'After every sitting', 'Top cloths let you keep the base cloth for a whole service'],
  ['Chef whites', 'Daily', 'Twice a day in hot kitchens or after heavy prep'],
  ['Aprons', 'Daily, or when soiled', 'Keep front-of-house and kitchen aprons in separate bags'],
  ['Tea towels and oven cloths', 'Every shift', 'Throw out any that are scorched or thin'],
];
const uWhy = [
  j(
    'Environmental health officers look at linen as part of cross-contamination controls. A tea towel used to wipe a chopping board and',
    'then a plate is one of the commonest findings in a poor food hygiene inspection, and it is one of the easiest to fix.',
  ),
  j(
    'Guests notice too. In our own survey of 400 diners last year, a marked or creased tablecloth was the second most mentioned reason',
    'for not returning to a restaurant, after slow service and ahead of the price of wine.',
  ),
];
const uStockP = j('We recommend holding three times your daily use: one set in use, one at the laundry and one clean on the shelf. As a rule of', 'thumb:');
const uStock = [
  'a 40-cover bistro doing two sittings needs about 240 napkins in circulation',
  'add ten per cent each quarter for losses, burns and staff “borrowing”',
  'keep at least one spare set of tablecloths for each table size',
];
const uLife = [
  j(
    'Scrape plates before napkins go in the bag, keep wet linen away from dry, and never use a napkin to lift a hot dish. Lipstick',
    'and candle wax are the two stains we see most; both come out if they reach us within a day or two, and both set permanently',
    'if someone tries to wash them out in the kitchen sink first.',
  ),
];
const uNav = ['Services', 'Sectors', 'Linen hire', 'About us', 'Blog'];
const uTags = ['Hospitality', 'Linen hire'];
const uRel = [
  ['Chef whites: hire or buy?', 'Hiring costs more per garment but nothing when a chef leaves with three jackets.'],
  ['Five stains your kitchen porter should never try to remove', 'Hot water, bleach and elbow grease make most of them permanent.'],
] as const;
const uCookie = j(
  'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
  'personalised services to you, both on this website and through other media.',
);
const hs = (id: string, type: string, inner: string, tag = 'div'): string =>
  `<${tag} id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="${type}">${inner}</${tag}>`;
const uHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><title>${uTitle}</title><link rel="shortcut icon" href="https://www.linenwise.example/hubfs/favicon.png">
<meta name="description" content="Napkins after every cover, tablecloths after every sitting: a linen schedule for restaurants, and how much stock to hold.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:title" content="${uTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.linenwise.example/blog/how-often-change-restaurant-table-linen">
<style>a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;
box-sizing:content-box !important;vertical-align:middle}</style>
<link rel="stylesheet" href="https://www.linenwise.example/hubfs/hub_generated/template_assets/1/101893245371/1712345678901/template_main.min.css">
<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/comments_listing_asset.css">
<meta property="article:published_time" content="2025-04-02T09:00:00Z"><meta property="article:author" content="Priya Natesan">
<meta property="article:tag" content="Hospitality"><meta property="article:tag" content="Linen hire">
<link rel="alternate" type="application/rss+xml" href="https://www.linenwise.example/blog/rss.xml"><meta name="generator" content="HubSpot">
</head>
<body>
<div class="body-wrapper hs-content-id-168420917341 hs-blog-post hs-blog-id-98127364512">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
${hs(
  'site_logo',
  'module',
  `<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.linenwise.example/hubfs/linenwise-logo.svg"
class="hs-image-widget" height="48" width="160" alt="Linenwise" title="Linenwise"></a></span>`,
)}</div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element">
${hs(
  'site_search',
  'module',
  `<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label><div class="hs-search-field__input-wrapper">
<input type="text" id="site_search-input" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search">
<button class="hs-search-field__button" aria-label="Search"><svg viewBox="0 0 24 24" aria-hidden="true"></svg></button></div></form></div>
<ul class="hs-search-field__suggestions"></ul></div>`,
)}</div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__close--toggle"></div>
<div class="header__navigation header--element">${hs(
  'navigation-primary',
  'module',
  `<nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${menu(uNav, 'has-submenu menu-item hs-skip-lang-url-rewrite', 'menu-link')}</ul></nav>`,
)}</div>
<div class="header__button header--element">${hs('header_button', 'module', '<a href="/get-a-quote" class="button">Get a quote</a>')}</div>
</div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.linenwise.example/blog/author/priya-natesan">Priya Natesan</a>
<time datetime="2025-04-02 09:00:00" class="blog-post__timestamp">April 2, 2025</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${uIntro}</p>
<!--more--><h2>${uHeads[0]}</h2><p>${uShort}</p>
<h2>${uHeads[1]}</h2><div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%; margin-left: auto; margin-right: auto;">
<table style="width: 100%; border-collapse: collapse; table-layout: fixed; border: 1px solid #99acc2;"><thead><tr><th>Item</th><th>How often</th>
<th>Notes</th></tr></thead>
<tbody>${trs(uRows)}</tbody></table></div>
<h2>${uHeads[2]}</h2>${ps(uWhy)}
<h2>${uHeads[3]}</h2><p>${uStockP}</p><ul>${lis(uStock)}</ul>
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b1e2c7a"><span class="hs-cta-node hs-cta-5b1e2c7a" id="hs-cta-5b1e2c7a">
<!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/4412983/5b1e2c7a">
<img class="hs-cta-img" id="hs-cta-img-5b1e2c7a" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4412983/5b1e2c7a.png"
alt="Book a free linen audit"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript"> hbspt.cta._relativeUrls=true;hbspt.cta.load(4412983,
'5b1e2c7a', {"useNewLoader":"true","region":"eu1"}); </script>
</span><!-- end HubSpot Call-to-Action Code -->
<h2>${uHeads[4]}</h2>${ps(uLife)}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
${uTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.linenwise.example/blog/tag/${t.toLowerCase().replace(/\W+/g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div>
</article>
<section class="blog-comments">${hs(
  'blog_comments',
  'module',
  '<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments"></div></div>',
)}</section>
</div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${uRel
  .map(
    ([t, ex]) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link"
href="/blog/${t.toLowerCase().replace(/\W+/g, '-')}"><img class="blog-related-posts__image" src="https://www.linenwise.example/hubfs/blog/related.jpg"
alt="" loading="lazy"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></h3>
<p class="blog-related-posts__excerpt">${ex}</p><a class="blog-related-posts__read-more" href="/blog/${t.toLowerCase().replace(/\W+/g, '-')}">Read more</a>
</div></article>`,
  )
  .join('\n')}
</div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__address">${hs(
  'footer_address',
  'module',
  '<p><strong>Linenwise Commercial Laundry</strong></p><p>Unit 4, Tanner’s Way, Hollins Park HP7 2GG</p>',
)}</div>
<div class="footer__navigation">${hs(
  'footer_nav',
  'module',
  `<nav aria-label="Footer menu"><ul
class="submenu level-1">${menu(['Sectors', 'Careers', 'Privacy policy', 'Contact'], 'menu-item', 'menu-link')}</ul></nav>`,
)}</div>
<div class="footer__follow-me">${hs(
  'social_follow',
  'module',
  `<span class="social-links__label">Follow us</span><div class="social-links">
<a class="social-links__link" href="https://www.linkedin.com/company/linenwise" target="_blank" rel="noopener"><span class="social-links__icon"><svg
viewBox="0 0 448 512" aria-hidden="true"></svg><span class="show-for-sr">Follow us on LinkedIn</span></span></a></div>`,
)}</div>
<div class="footer__copyright"><p>© 2025 Linenwise Ltd. Registered in England no. 09876543</p></div></div></footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-tracking-banner="true"
role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>${uCookie}</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.51/js/cta.js"></script>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "https://www.linenwise.example/blog/how-often-change-restaurant-table-linen"]); _hsq.push(["setPageId",
"168420917341"]);</script><!-- End of HubSpot Analytics Code -->
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412983.js"></script>
</body>
</html>`;
const hubspot: TestPage = {
  name: 'heldout519-hubspot-restaurant-linen',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [...uHeads],
  body: texts([uIntro, uShort, ...rowTexts(uRows), ...uWhy, uStockP, ...uStock, ...uLife]),
  bylines: ['Priya Natesan', 'April 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...uNav, 'Get a quote', 'Hospitality', 'Related posts', ...uRel.flatMap(([t, ex]) => [t, ex]), 'Read more',
    'Linenwise Commercial Laundry', 'Unit 4, Tanner’s Way, Hollins Park HP7 2GG', 'Careers', 'Privacy policy', 'Contact', 'Follow us',
    'Follow us on LinkedIn', '© 2025 Linenwise Ltd. Registered in England no. 09876543', uCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT519_F: readonly TestPage[] = [hubspot];
