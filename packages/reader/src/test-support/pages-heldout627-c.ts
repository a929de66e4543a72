import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, tr } from './pages-heldout627-kit.js';

/**
 * Held-out batch 627, file c: a mobility shop's blog post on Squarespace 7.1 (with an image caption, share links, prev / next
 * pagination and a newsletter block) and a stairlift supplier's blog post on HubSpot CMS (with a CTA, tags, related posts
 * and a comment form).
 */
const qTitle = 'Five things to check before you buy a rise and recline chair';
const qHeads = ['1. Seat height', '2. Seat depth and width', '3. One motor or two', '4. Fabric', '5. Where it will go'];
const qBody = [
  j(
    'A rise and recline chair can make a real difference to getting up in the morning, but it is also one of the dearest pieces of',
    'furniture most people buy. These are the five things we ask every customer to check in our showroom.',
  ),
  j(
    'With your feet flat on the floor, your thighs should be level and your knees at a right angle. A seat that is too high leaves your',
    'feet dangling; too low and the lift has to do all the work.',
  ),
  j('You should be able to fit two fingers between the back of your knee and the front of the cushion, and your hand flat between', 'your hip and each arm.'),
  j(
    'A single-motor chair moves the back and footrest together. A dual-motor chair moves them separately, so you can raise your legs',
    'while sitting upright. It costs around £150 more and is worth it if you spend long hours in the chair.',
  ),
  'Wipe-clean fabrics are easier to live with than velvet. Ask to see the fabric in daylight, not under the showroom lights.',
  j(
    'A chair that reclines fully needs about 40 cm behind it. Wall-hugger models need far less, which helps in a small living room.',
    'Measure the doorways, too: most chairs come in two pieces, but the base is still 75 cm wide.',
  ),
];
const qNav = ['Shop', 'Showroom', 'Journal', 'About', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8" />
<title>${qTitle} &mdash; Hollins &amp; Daye Mobility</title><link rel="canonical" href="https://www.hollinsdaye.co.uk/journal/rise-recline-five-checks"/>
<meta property="og:site_name" content="Hollins &amp; Daye Mobility"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"url":"https://www.hollinsdaye.co.uk","name":"Hollins & Daye Mobility","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","datePublished":"2026-02-24T10:00:00+0000",
"author":{"@type":"Person","name":"Ellen Daye"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","collectionId":"63f1a",
"website":{"siteTitle":"Hollins & Daye Mobility"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f0c/14/5c5a519771c10ba3470d8101/63f0c/1538/site.css" rel="stylesheet" type="text/css"/></head>
<body id="item-65d9" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-show-author-profile
header-width-full collection-type-blog-basic-grid
view-item collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white"
data-controller="Header" data-current-styles='{"layout":"navRight"}'><div class="header-announcement-bar-wrapper"><a href="#page"
class="header-skip-link sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Hollins &amp; Daye</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Journal' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart"
class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div
class="icon-cart-quantity">0</div></span></a></div></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d9f1"><section data-test="page-section"
data-section-theme=""
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article
class="entry h-entry hentry author-ellen-daye post-type-text article-index-1 tag-chairs
category-buying-guides" data-item-id="65d9f1a2"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2026-02-24">24 Feb</time></div>
<div class="blog-meta-item blog-meta-item--author"><a class="blog-author-name" href="/journal?author=5f0c2">Ellen Daye</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1708768800000" id="item-65d9f1a2"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a11f"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${at(qBody, 0)}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-b27c"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper has-aspect-ratio" data-animation-role="image"><img data-stretch="false"
data-src="https://images.squarespace-cdn.com/content/v1/63f0c/chair.jpg"
alt="" src="https://images.squarespace-cdn.com/content/v1/63f0c/chair.jpg?format=1000w" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">The Calder dual-motor chair in our Hebden showroom.</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-c93d"><div class="sqs-block-content"><div class="sqs-html-content">
${qHeads.map((h, i) => `<h3 style="white-space:pre-wrap;">${h}</h3><p class="" style="white-space:pre-wrap;">${at(qBody, i + 1)}</p>`).join('\n')}
</div></div></div></div></div></div></div>
<div class="blog-item-category-tag-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Buying+guides"
class="blog-item-category">Buying guides</a>
</div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f0c2" class="author-avatar"><img
src="https://images.squarespace-cdn.com/content/v1/63f0c/ellen.jpg"></a>
<div class="author-name">Ellen Daye</div><div class="author-bio"><p>Ellen runs the Hebden showroom and has fitted seating for 22 years.</p></div></div>
<div class="blog-item-share-wrapper"><div class="sqs-block-button-container"><a class="ss-social-button" href="https://www.facebook.com/sharer/sharer.php"
data-service="facebook">Facebook</a><a class="ss-social-button" href="https://twitter.com/intent/tweet" data-service="twitter">Twitter</a>
<a class="ss-social-button" data-service="email" href="mailto:?subject=Five%20things">Email</a></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev"
href="/journal/scooter-batteries-winter"><div class="item-pagination-prev-next">Previous</div><h2
class="item-pagination-title">Looking after scooter batteries in winter</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/bathing-aids"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Bath lifts, boards and seats compared</h2></a></section></article></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small"><div
class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64a1b"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Showroom news</h2>
<div class="newsletter-form-header-description"><p>Offers and open days, once a month.</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17_2_1">Email Address</label>
<input id="email-yui_3_17_2_1" name="email" type="email" class="newsletter-form-field-element field-element" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper"><div
class="content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Hollins &amp; Daye Mobility · 7 Bridge Gate, Hebden HX7 8AF · 01632 960 352</p>
<p class="" style="white-space:pre-wrap;">© 2026 Hollins &amp; Daye Ltd</p></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--cta-type-button" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">We use cookies to give you the best experience on our site.</div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout627-squarespace-riser-chair-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: qBody,
  bylines: ['24 Feb', 'Ellen Daye'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Hollins & Daye', 'Shop', 'Journal', 'About', 'Contact', '0', 'The Calder dual-motor chair in our Hebden showroom.', 'Buying guides',
    'Ellen runs the Hebden showroom and has fitted seating for 22 years.', 'Facebook', 'Twitter', 'Email', 'Previous',
    'Looking after scooter batteries in winter',
    'Next', 'Bath lifts, boards and seats compared', 'Showroom news', 'Offers and open days, once a month.', 'Email Address', 'Sign Up',
    'Hollins & Daye Mobility · 7 Bridge Gate, Hebden HX7 8AF · 01632 960 352', '© 2026 Hollins & Daye Ltd',
    'We use cookies to give you the best experience on our site.', 'Accept', 'Decline',
  ],
};

const uTitle = 'Straight or curved? How the shape of your stairs sets the price of a stairlift';
const uHeads = ['Why a curved rail costs more', 'Typical prices', 'Ways to bring the cost down'];
const uIntro = [
  j(
    'The first question most callers ask us is how much a stairlift costs. The honest answer is that it depends far more on your',
    'staircase than on the lift, and the biggest single factor is whether the rail can run in one straight line.',
  ),
];
const uWhy = [
  j(
    'A straight rail is cut from a standard length of aluminium track, so we keep it in stock and can fit it within days. A curved',
    'rail is bent to the exact shape of your stairs, one bend at a time, from the measurements taken at the survey. Each rail is',
    'made for one home and cannot be reused elsewhere without being rebuilt.',
  ),
  j('Curved lifts also need a carriage that tilts to keep the seat level as the rail climbs and turns, which adds a second motor and', 'more electronics.'),
];
const uCols = ['Staircase', 'New lift, fitted', 'Reconditioned, fitted'];
const uRows = [
  ['Straight, up to 14 steps', '£2,150 to £2,900', '£1,350 to £1,800'],
  ['Straight with a bottom bend (winders)', '£4,300 to £5,600', 'Not available'],
  ['Curved, one landing', '£5,200 to £6,900', '£3,400 to £4,200'],
  ['Curved, two or more landings', '£6,800 to £8,500', 'On request'],
];
const uCost = [
  'Ask whether a reconditioned lift would suit your stairs: most straight stairs can take one.',
  'If only the bottom two steps turn, a straight lift with a short platform at the foot of the stairs may avoid a curved rail.',
  'Check whether you qualify for a Disabled Facilities Grant from your local council before you sign.',
  'Stairlifts are zero-rated for VAT if you have a long-term illness or disability.',
];
const uOutro = j('Whatever your stairs look like, our survey is free and the quote is fixed, so the price we give you is the price you pay.');
const uNav = ['Stairlifts', 'Reconditioned lifts', 'Prices', 'Funding & grants', 'Blog', 'Contact us'];
const uRel = ['Do I need planning permission for an outdoor stairlift?', 'Renting a stairlift: when it makes sense', 'Your first stairlift service'];
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${uTitle}</title>
<meta name="description" content="Why curved stairlifts cost more than straight ones, with typical fitted prices and ways to bring the cost down.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article"><meta property="og:url"
content="https://www.ascentalifts.co.uk/blog/straight-or-curved">
<link rel="stylesheet" href="https://www.ascentalifts.co.uk/hubfs/hub_generated/template_assets/1/5810221733/1709137022318/template_main.min.css">
<link rel="canonical" href="https://www.ascentalifts.co.uk/blog/straight-or-curved"><meta name="twitter:card" content="summary_large_image">
<link rel="amphtml" href="https://www.ascentalifts.co.uk/blog/straight-or-curved?hs_amp=true"><meta property="og:site_name" content="Ascenta Lifts"></head>
<body><div class="body-wrapper hs-content-id-150829337 hs-blog-post hs-blog-id-14427701">
<div data-global-resource-path="Ascenta_2024/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a
href="https://www.ascentalifts.co.uk"
id="hs-link-site_logo_hs_logo_widget"><img src="https://www.ascentalifts.co.uk/hubfs/ascenta-logo.svg" class="hs-image-widget"
alt="Ascenta Lifts"></a></span></div></div>
<div class="header__column"><div class="header__row-1"><div class="header__search"><div id="hs_cos_wrapper_site_search"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="hs-search-field"><div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="site-search-input">Search</label>
<input type="text" id="site-search-input" class="hs-search-field__input" name="term" autocomplete="off"
placeholder="Search"></form></div></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element"><div
id="hs_cos_wrapper_navigation-primary"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav
class="menu menu--desktop"
aria-label="Main menu"><ul class="menu__wrapper no-list">${uNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link"
href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.ascentalifts.co.uk/blog/author/priya-lomond" rel="author">Priya Lomond</a>
<time datetime="2026-03-10 09:00:00" class="blog-post__timestamp">March 10, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(uIntro)}
<!--more--><h2>${at(uHeads, 0)}</h2>${ps(uWhy)}
<h2>${at(uHeads, 1)}</h2><div class="hs-embed-wrapper"><table style="border-collapse: collapse; table-layout: fixed; width: 100%;"><thead><tr>${uCols
  .map((c) => `<th>${c}</th>`)
  .join('')}</tr></thead><tbody>${uRows.map((r) => tr(r, false)).join('\n')}</tbody></table></div>
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-7b1f0e2a"><span class="hs-cta-node hs-cta-7b1f0e2a" id="hs-cta-7b1f0e2a"><a
href="https://cta-redirect.hubspot.com/cta/redirect/14427701/7b1f0e2a"
target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-7b1f0e2a" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/14427701/7b1f0e2a.png"
alt="Book your free survey"></a></span><script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">
hbspt.cta._relativeUrls=true;hbspt.cta.load(14427701, '7b1f0e2a', {"useNewLoader":"true","region":"na1"});</script></span></p>
<h2>${at(uHeads, 2)}</h2><ul>${lis(uCost)}</ul>
<p>${uOutro}</p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M0 252.118V48C0"/></g></svg>
<a class="blog-post__tag-link" href="https://www.ascentalifts.co.uk/blog/tag/curved-stairlifts">Curved stairlifts</a>,
<a class="blog-post__tag-link" href="https://www.ascentalifts.co.uk/blog/tag/costs">Costs</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${uRel
  .map(
    (r) => `<div class="blog-related-posts__post">
<a class="blog-related-posts__image-link" href="/blog/${r.length}"><img class="blog-related-posts__image"
src="https://www.ascentalifts.co.uk/hubfs/related.jpg" alt="${r}"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/${r.length}">${r}</a></h3></div></div>`,
  )
  .join('\n')}
</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_comments" data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer"><div
id="comments-listing"
class="new-comments"></div><div id="hs_form_target_blog_comments_form"><form class="hs-form stacked"><div class="hs_comment hs-form-field"><label
for="comment-1">
<span>Comment</span><span class="hs-form-required">*</span></label><div class="input"><textarea id="comment-1" name="comment"
class="hs-input"></textarea></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Submit Comment"></div></div></form></div></div></span></div></div>
</div></div></main>
<div data-global-resource-path="Ascenta_2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Ascenta Lifts Ltd · Fenham Business Park, Carbridge CB9 3RT · Freephone 0800 077 3140</p><p>© 2026 Ascenta Lifts Ltd. Company number 08231176.</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="eu">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-policy-wording"><p>This website stores cookies on your computer.
These cookies are used to improve your website experience.</p></div><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/14427701.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout627-hubspot-stairlift-prices',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([...uIntro, ...uWhy, ...uRows.map(rowText), ...uCost, uOutro]),
  bylines: ['Priya Lomond', 'March 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Reconditioned lifts', 'Funding & grants', 'Blog', 'Contact us', 'Curved stairlifts', 'Related posts', ...uRel,
    'Comment', '*', 'Ascenta Lifts Ltd · Fenham Business Park, Carbridge CB9 3RT · Freephone 0800 077 3140',
    '© 2026 Ascenta Lifts Ltd. Company number 08231176.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT627_C: readonly TestPage[] = [squarespace, hubspot];
