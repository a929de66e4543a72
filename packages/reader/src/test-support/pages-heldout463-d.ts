import { links, type TestPage } from './page-kit.js';
import { type Block, j, parts, render } from './pages-heldout463-kit.js';

/**
 * Held-out batch 463, file d: an outdoor clothing brand's B Corp impact page on Shopify (Dawn theme), and a sustainability
 * consultancy's blog post on HubSpot CMS with related posts and a subscribe form.
 */
const sTitle = 'Our Impact';
const sBlocks: Block[] = [
  j(
    'Fjellrev Outfitters became a Certified B Corporation in 2022 with a score of 86.4. This year we recertified with a score of',
    '97.1. B Corps are companies that meet high standards of social and environmental performance, transparency and',
    'accountability, and we think you should be able to check ours.',
  ),
  { h: 'Our B Impact Assessment, by area' },
  {
    head: ['Impact area', '2022', '2026'],
    rows: [
      ['Governance', '14.8', '17.2'],
      ['Workers', '22.1', '24.6'],
      ['Community', '17.9', '19.3'],
      ['Environment', '26.7', '31.4'],
      ['Customers', '4.9', '4.6'],
    ],
  },
  { h: 'What changed' },
  j(
    'Most of the gain came from the environment section. We moved our warehouse to a building with rooftop solar, switched 78',
    'percent of our fabrics to recycled or organic fibres, and launched a repair service that fixed 3,400 jackets last year.',
  ),
  j(
    'Our customer score went down slightly, because the assessment now asks for data on product durability that we have only',
    'started to collect. We are testing every new jacket for 20,000 abrasion cycles from this autumn.',
  ),
  { h: 'Where we still fall short' },
  {
    ul: [
      'Only two of our six sewing factories pay a wage we have verified as a living wage.',
      'Air freight still carries about 9 percent of our stock when launches run late.',
      'We do not yet have a take-back scheme for worn-out products that cannot be repaired.',
    ],
  },
];
const sMenu = ['Shop all', 'Jackets', 'Base layers', 'Repairs', 'Our Impact', 'Journal'];
const sFoot = ['Search', 'Shipping & returns', 'Repair service', 'Contact', 'Terms of service', 'Refund policy'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://fjellrev.example/pages/our-impact">
<title>Our Impact – Fjellrev Outfitters</title><meta name="description" content="Our B Corp score, what changed and where we still fall short.">
<meta property="og:site_name" content="Fjellrev Outfitters"><meta property="og:type" content="website">
<script src="//fjellrev.example/cdn/shop/t/12/assets/constants.js?v=58251544750838685771705312345" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "fjellrev-outfitters.myshopify.com"; Shopify.locale = "en"; Shopify.currency = {"active":"EUR",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":158923456789,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887};</script>
<link href="//fjellrev.example/cdn/shop/t/12/assets/base.css?v=152432837493654328881705312345" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Fjellrev Outfitters",
"url":"https:\\/\\/fjellrev.example"}</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--19855112847381__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-4 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free repairs for life on every Fjellrev jacket</span></p></div></div></div></div>
<div id="shopify-section-sections--19855112847381__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//fjellrev.example/cdn/shop/files/logo.png"
alt="Fjellrev Outfitters" width="140" height="40" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sMenu
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--19855113011221__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--19855113011221__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${render(sBlocks)}
</div></div></section>
<section id="shopify-section-template--19855113011221__image_with_text" class="shopify-section section"><div class="image-with-text page-width">
<div class="image-with-text__grid grid"><div class="image-with-text__media-item grid__item"><div class="image-with-text__media media"><img
src="//fjellrev.example/cdn/shop/files/repair-bench.jpg" alt="A seamstress repairing a jacket" loading="lazy"></div></div>
<div class="image-with-text__text-item grid__item"><div class="image-with-text__content content-container">
<h2 class="image-with-text__heading h1">Send us your jacket</h2>
<div class="image-with-text__text rte body"><p>Torn, worn or missing a zip? We fix it for free.</p></div>
<a href="/pages/repairs" class="button button--primary">Start a repair</a></div></div></div></div></section>
</main>
<div id="shopify-section-sections--19855112880149__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--19855112880149__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join the pack</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--19855112880149__footer" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--sections--19855112880149__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Fjellrev Outfitters</a></small>
<small class="copyright__content">
<a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
</div></div></footer></div>
<script src="//fjellrev.example/cdn/shop/t/12/assets/global.js?v=84982384973283465241705312345" defer="defer"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const sFurn = [
  'Skip to content', 'Free repairs for life on every Fjellrev jacket', ...sMenu, 'Log in', 'Cart', 'Send us your jacket',
  'Torn, worn or missing a zip? We fix it for free.',
  'Start a repair', 'Help', ...sFoot, 'Join the pack', 'Email', '© 2026,', 'Fjellrev Outfitters', 'Powered by Shopify',
];
const shopify: TestPage = { name: 'heldout463-shopify-bcorp-impact', kind: 'blog', html: sHtml, ...parts(sTitle, sBlocks, [], [], sFurn) };

const hTitle = 'Five mistakes companies make in their first double materiality assessment';
const hBlocks: Block[] = [
  j(
    'Over the past eighteen months our team has supported 31 mid-sized companies through their first double materiality',
    'assessment under the new European reporting rules. Most of them got there in the end, but almost all of them lost weeks',
    'to the same handful of problems.',
  ),
  { h: '1. Starting with a list of topics instead of the value chain' },
  j(
    'It is tempting to open the standard, copy the list of sustainability matters and score each one. Teams that do this end up',
    'debating abstractions. Start instead by mapping where your value chain touches people and nature, from raw materials to',
    'the end of a product’s life, and let the topics follow from that map.',
  ),
  { h: '2. Asking stakeholders the wrong questions' },
  j(
    'A survey asking employees to rate the importance of "biodiversity" on a scale of one to five tells you little. Ask affected',
    'groups what has happened to them, and ask experts where the severe impacts are. Severity, not popularity, drives impact',
    'materiality.',
  ),
  { h: '3. Treating financial materiality as an afterthought' },
  j(
    'The financial side needs the finance team, and it needs them early. Risks and opportunities should be assessed with the',
    'same thresholds and time horizons the company uses in its enterprise risk management.',
  ),
  { h: '4. Setting thresholds after seeing the scores' },
  '<strong>Decide your thresholds before you score.</strong> Otherwise the cut-off line tends to move to wherever it produces a comfortable list.',
  { h: '5. Not writing anything down' },
  j(
    'Auditors will ask how you reached each conclusion. Keep a log of sources, workshop notes and decisions from the first day.',
    'One client had to rebuild three months of work from email threads.',
  ),
  {
    quote: j(
      'The assessment is not a one-off exercise. The companies that did best treated the first round as the baseline for an annual',
      'review, not as a box to tick.',
    ),
  },
];
const hNav = ['Services', 'Industries', 'Insights', 'About', 'Careers'];
const hRel = ['How to set a transition plan your board will sign', 'Scope 3 data from suppliers: a practical guide', 'What the omnibus proposal means for you'];
const hTags = ['CSRD', 'Materiality', 'Reporting'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Lessons from 31 first-time double materiality assessments.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet"
href="https://www.tidewaterpartners.example/hs-fs/hub/8823341/hub_generated/template_assets/1/112233445566/1712345678901/template_main.min.css">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-10-08",
"author":{"@type":"Person","name":"Ingrid Solheim-Baptiste"}}</script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en'; var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);</script></head>
<body><div class="body-wrapper hs-content-id-112233445567 hs-blog-post hs-blog-id-55667788990">
<div data-global-resource-path="tidewater/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="//www.tidewaterpartners.example" id="hs-link-site_logo"><img src="https://www.tidewaterpartners.example/hubfs/logo.svg"
class="hs-image-widget" alt="Tidewater Partners"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__button"><a class="button" href="/contact">Book a call</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/insights/author/ingrid-solheim-baptiste">Ingrid Solheim-Baptiste</a>
<time datetime="2026-10-08 09:00:00" class="blog-post__timestamp">
October 8, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${render(hBlocks.slice(0, 1))}
<!--more-->${render(hBlocks.slice(1))}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252.1V48C0"></path></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/insights/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post"><div class="blog-related-posts__content"><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/insights/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</a></h3></div></article>`,
  )
  .join('\n')}</div></div></section>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe to Tidewater Insights</h3><div id="hs_form_target_blog_subscribe_3321">
<form class="hs-form stacked" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-3321"><span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="email-3321" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></span>
</div>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Tidewater Partners · Sustainability advisory · Bergen, Rotterdam, Lisbon</p>
<ul class="footer__links">${links(['Privacy', 'Cookie settings', 'LinkedIn'])}</ul><p>© 2026 Tidewater Partners AS</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/8823341.js"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const hFurn = [
  'Skip to content', ...hNav, 'Book a call', ...hTags, 'Related posts', ...hRel, 'Subscribe to Tidewater Insights', 'Email',
  'Tidewater Partners · Sustainability advisory · Bergen, Rotterdam, Lisbon', 'Privacy', 'Cookie settings', 'LinkedIn', '© 2026 Tidewater Partners AS',
  'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
];
const hubspot: TestPage = {
  name: 'heldout463-hubspot-materiality-blog',
  kind: 'blog',
  html: hHtml,
  ...parts(hTitle, hBlocks, [], ['Ingrid Solheim-Baptiste', 'October 8, 2026'], hFurn),
};

export const HELDOUT463_D: readonly TestPage[] = [shopify, hubspot];
