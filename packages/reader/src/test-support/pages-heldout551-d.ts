import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout551-kit.js';

/**
 * Held-out batch 551, file d: a contract soft furnishings maker's blog post on flame-retardant fabrics on HubSpot CMS (with
 * tags, a subscribe form, related posts and the HubSpot cookie banner), and a blind and curtain retailer's fabric care guide
 * as a CMS page on Magento 2 (Luma theme) with a care table.
 */
const hTitle = 'What “inherently flame retardant” really means for hotel curtains';
const hDek = 'Treated or inherent? The answer decides how often your curtains need re-testing, and what happens when they are cleaned.';
const hP1 = [
  j(
    'Every curtain, blind and bedspread we make for hotels, care homes and theatres has to meet the fire standard for the building',
    'it hangs in. There are two ways a fabric can do that, and specifiers often treat them as the same thing. They are not.',
  ),
];
const hTreatH = 'Treated fabrics';
const hTreat = [
  j(
    'A treated fabric is an ordinary cloth, usually cotton or linen, that has been coated or soaked with a flame-retardant',
    'finish after weaving. It passes the test when new. But the finish can wash out or break down with dry cleaning, and most',
    'treatments only last a set number of cleans before the fabric must be re-treated and re-certified.',
  ),
];
const hInhH = 'Inherently flame-retardant fabrics';
const hInh = [
  j(
    'An inherent fabric is woven from a fibre that is flame retardant in itself, most often a modified polyester. The property',
    'cannot wash out, so the certificate holds for the life of the curtain, whatever the cleaning regime.',
  ),
  'For most contract work we recommend inherent fabrics because:',
];
const hWhy = ['they stay compliant after laundering', 'there is no re-treatment cost over the life of the scheme', 'the hand is now close to natural cloths'];
const hEnd = [
  j(
    'Treated fabrics still have a place. Some designs only exist in natural fibres, and for a single feature window a treated',
    'linen can be the right call. Just budget for the re-treatment, and keep the certificates with the building’s fire log.',
  ),
];
const hBody = [hDek, ...hP1, ...hTreat, ...hInh, ...hWhy, ...hEnd];
const hNav = ['Hotels', 'Healthcare', 'Theatres', 'Fabric library', 'Case studies', 'Blog'];
const hTags = ['Contract', 'Compliance'];
const hRel = ['Cubicle curtains: a buyer’s checklist', 'Blackout for hotel bedrooms without the bulk', 'Working with theatre scenic departments'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.quarrelmoor.com/hubfs/favicon.png"><meta name="description" content="${hDek}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.quarrelmoor.com/hs-fs/hub/8812/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Imogen Carrow"}}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.quarrelmoor.com/blog/inherently-flame-retardant"></head>
<body><div class="body-wrapper hs-content-id-1650 hs-blog-post hs-blog-id-1637">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo-col"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="https://www.quarrelmoor.com" id="hs-link-site_logo_hs_logo_widget"><img
src="https://www.quarrelmoor.com/hubfs/logo.svg" class="hs-image-widget" alt="Quarrelmoor Contract Interiors"></a></span></span></div></div>
<div class="header__menu-col"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite">
<a class="menu__link" href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="search-term">Search</label><input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search"></form></div></div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/imogen-carrow">Imogen Carrow</a><time datetime="2026-02-18 09:00:00" class="blog-post__timestamp">
Feb 18, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p><strong>${hDek}</strong></p>
<!--more-->${ps(hP1)}<h2>${hTreatH}</h2>${ps(hTreat)}<h2>${hInhH}</h2>${ps(hInh)}<ul>${lis(hWhy)}</ul>${ps(hEnd)}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252V48"/></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="/blog/x">
<img class="blog-related-posts__image" src="https://www.quarrelmoor.com/hubfs/rel.jpg" loading="lazy" alt=""></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3></div></article>`,
  )
  .join('\n')}</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><span
id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_1650"></div></div></span></div></div>
<div class="blog-subscribe"><h3>Subscribe to the Quarrelmoor blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_type_blog_subscribe"><form
class="hs-form stacked hs-custom-form"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-1650"><span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="email-1650" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Quarrelmoor Contract Interiors Ltd · Registered in England No. 08812044</p><p>© 2026 Quarrelmoor Contract Interiors</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-banner-type="CLASSIC"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button"
role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/8812.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout551-hubspot-flame-retardant',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hTreatH, hInhH],
  body: hBody,
  bylines: ['Imogen Carrow', 'Feb 18, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Healthcare', 'Fabric library', 'Case studies', 'Blog', 'Search', 'Compliance', 'Related posts', ...hRel,
    'Subscribe to the Quarrelmoor blog', 'Email',
    'Quarrelmoor Contract Interiors Ltd · Registered in England No. 08812044', '© 2026 Quarrelmoor Contract Interiors',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

const mTitle = 'Fabric care guide';
const mIntro = [
  j(
    'All our curtains and blinds are made to last, but every fabric needs looking after in its own way. Check the label sewn',
    'into the lining or the back of the headrail before you clean anything, and if in doubt, ask us first.',
  ),
];
const mTabH = 'Care at a glance';
const mRows = [
  ['Cotton and cotton blends', 'Dry clean or hand wash cool', 'Low heat, on the reverse'],
  ['Linen', 'Dry clean only', 'Medium heat while slightly damp'],
  ['Velvet', 'Professional dry clean only', 'Do not iron; steam from the back'],
  ['Polyester and voile', 'Machine wash 30°C, gentle cycle', 'Cool iron if needed'],
];
const mBlH = 'Roller and Roman blinds';
const mBl = [
  j(
    'Blinds should never be washed. Vacuum them gently with a brush attachment, and spot clean marks with a damp cloth. Roller',
    'blind fabrics with a PVC backing can be wiped over with mild soapy water.',
  ),
];
const mSunH = 'Sun and condensation';
const mSun = [
  j(
    'Strong sun fades all fabrics in time, and silks and bright reds fastest of all. Lined curtains fade more slowly. Open',
    'windows on damp mornings, as condensation on the sill can leave tide marks on the bottom of a curtain or blind.',
  ),
];
const mNav = ['Curtains', 'Blinds', 'Fabrics', 'Poles and Tracks', 'Sale'];
const mFoot = ['About us', 'Customer Service', 'Search Terms', 'Privacy and Cookie Policy', 'Advanced Search', 'Orders and Returns', 'Contact Us'];
const mHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="title" content="Fabric care guide"><meta name="robots" content="INDEX,FOLLOW">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Fabric care guide | Drayfield Blinds and Curtains</title>
<link rel="stylesheet" type="text/css" media="all" href="https://www.drayfield.co.uk/static/version1718/frontend/Magento/luma/en_GB/css/styles-m.css">
<script type="text/javascript" src="https://www.drayfield.co.uk/static/version1718/frontend/Magento/luma/en_GB/requirejs/require.js"></script>
<script type="text/x-magento-init">{"*":{"Magento_PageCache/js/form-key-provider":{"isPaginationCacheEnabled":0}}}</script></head>
<body data-container="body" data-mage-init='{"loaderAjax": {}, "loader": { "icon": ""}}' id="html-body"
class="cms-fabric-care-guide cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<noscript><div class="message global noscript"><div class="content"><p><strong>JavaScript seems to be disabled in your browser.</strong></p></div></div>
</noscript>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content" tabindex="0"><p>
<strong>We use cookies to make your experience better.</strong>
<span>To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.</span>
<a href="/privacy-policy-cookie-restriction-mode/">Learn more</a>.</p><div class="actions"><button id="btn-cookie-allow" class="action allow primary">
<span>Allow Cookies</span></button></div></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
href="#contentarea"><span>Skip to Content</span></a><ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'">
<span class="not-logged-in">Free delivery on orders over £150</span></li><li class="authorization-link" data-label="or">
<a href="/customer/account/login/">Sign In</a></li>
<li><a href="/customer/account/create/">Create an Account</a></li></ul></div></div><div class="header content"><span data-action="toggle-nav"
class="action nav-toggle"><span>Toggle Nav</span></span><a class="logo" href="/" title="Drayfield Blinds and Curtains" aria-label="store logo"><img
src="/static/version1718/frontend/Magento/luma/en_GB/images/logo.svg" title="Drayfield" alt="Drayfield" width="170" height="50"></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/"><span class="text">My Cart</span><span
class="counter qty empty"><span class="counter-number"></span></span></a></div>
<div class="block block-search"><div class="block block-title"><strong>Search</strong>
</div><div class="block block-content"><form class="form minisearch" id="search_mini_form" action="/catalogsearch/result/" method="get">
<div class="field search">
<label class="label" for="search" data-role="minisearch-label"><span>Search</span></label><div class="control"><input id="search" type="text" name="q"
placeholder="Search entire store here..." class="input-text"></div></div><div class="actions"><button type="submit" title="Search" class="action search">
<span>Search</span></button></div></form></div></div></div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items">
<div class="section-item-title nav-sections-item-title" data-role="collapsible">
<a class="nav-sections-item-switch" data-toggle="switch" href="#store.menu">Menu</a></div><div class="section-item-content nav-sections-item-content"
id="store.menu" data-role="content"><nav class="navigation" data-action="navigation"><ul>${mNav
  .map((t, i) => `<li class="level0 nav-${i + 1} category-item level-top"><a href="/${t.toLowerCase()}" class="level-top"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav></div><div class="section-item-title nav-sections-item-title" data-role="collapsible"><a class="nav-sections-item-switch"
data-toggle="switch" href="#store.links">Account</a></div>
<div class="section-item-content nav-sections-item-content" id="store.links" data-role="content"></div>
</div></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/" title="Go to Home Page">Home</a></li><li class="item cms_page">
<strong>${mTitle}</strong>
</li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a><div class="page-title-wrapper"><h1 class="page-title"><span class="base"
data-ui-id="page-title-wrapper">${mTitle}</span></h1></div><div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="q8YwN2">
<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-parallax-speed="0.5" data-element="inner"
style="justify-content: flex-start; display: flex; flex-direction: column; padding: 10px;"><div data-content-type="text" data-appearance="default"
data-element="main">${ps(mIntro)}<h2>${mTabH}</h2>
<table class="care-table"><thead>${tr(['Fabric', 'Cleaning', 'Ironing'], 'th')}</thead><tbody>${mRows.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>${mBlH}</h2>${ps(mBl)}<h2>${mSunH}</h2>${ps(mSun)}</div></div></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><div class="content">
<form class="form subscribe" novalidate action="/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail"><div class="field newsletter">
<div class="control"><label for="newsletter"><span class="label">Sign Up for Our Newsletter:</span><input name="email" type="email" id="newsletter"
placeholder="Enter your email address"></label></div></div><div class="actions"><button class="action subscribe primary" title="Subscribe" type="submit">
<span>Subscribe</span></button></div></form></div></div><ul class="footer links">${links(mFoot, 'nav item')}</ul></div></footer>
<small class="copyright"><span>Copyright © 2026 Drayfield Blinds and Curtains Ltd. All rights reserved.</span></small></div>
<script type="text/x-magento-init">{"*":{"Magento_Ui/js/core/app":{"components":{"customer":{"component":"Magento_Customer/js/view/customer"}}}}}</script>
</body></html>`;
const magento: TestPage = {
  name: 'heldout551-magento-care-guide',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mTabH, mBlH, mSunH],
  body: texts([...mIntro, ...mRows.map(rowText), ...mBl, ...mSun]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The store will not work correctly when cookies are disabled.', 'We use cookies to make your experience better.',
    'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.', 'Learn more', 'Allow Cookies',
    'Skip to Content', 'Free delivery on orders over £150', 'Sign In', 'Create an Account', 'Toggle Nav', 'My Cart', 'Search',
    'Poles and Tracks', 'Sale', 'Menu', 'Account', 'Home', 'Newsletter', 'Sign Up for Our Newsletter:', 'Subscribe',
    ...mFoot, 'Copyright © 2026 Drayfield Blinds and Curtains Ltd. All rights reserved.',
  ],
};

export const HELDOUT551_D: readonly TestPage[] = [hubspot, magento];
