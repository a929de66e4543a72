import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, trs } from './pages-heldout536-kit.js';

/**
 * Held-out batch 536, file d: a commercial flooring contractor's blog post on HubSpot CMS (theme boilerplate blog template)
 * and a furniture retailer's leather care page, a CMS page on Magento 2 (Luma).
 */
const hTitle = 'Choosing Flooring for a Busy Dental Surgery';
const hH = ['Start with infection control', 'Comparing the options', 'Our recommendation'];
const hP = [
  j(
    'When Pellham Dental asked us to refloor their four-chair practice last autumn, the brief was short: it had to be cleaned',
    'between every patient, survive chair castors and look less like a hospital. Here is how we narrowed the choice.',
  ),
  j(
    'Clinical rooms need a floor with welded seams and a coved skirting, so that there is no joint or corner where fluid and dirt',
    'can collect. That rules out click-together planks and most carpet tiles before anything else.',
  ),
  'Reception and the corridor are a different matter, and we treated them separately.',
];
const hRows = [
  ['Homogeneous safety vinyl', 'Welded, coved', '10-15 years'],
  ['Rubber sheet', 'Welded, coved', '20+ years'],
  ['Linoleum', 'Welded, coved', '15-20 years'],
];
const hLast = [
  j(
    'For the surgeries we fitted a homogeneous vinyl with a slip rating of R10 and a 100mm cove, heat-welded in a matching rod.',
    'In reception we used a wood-effect LVT with a bevelled edge, which gives the warmth the client wanted and takes a wet mop.',
  ),
  'The whole practice was done over two weekends, so no appointments were cancelled.',
];
const hNav = ['Services', 'Sectors', 'Case Studies', 'Blog', 'Contact Us'];
const hTags = ['Healthcare', 'Vinyl', 'Case Study'];
const hRel = ['Anti-slip ratings explained', 'Rubber vs vinyl in school corridors', 'How we plan a weekend refit'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.corrinfloors.co.uk/hubfs/favicon.png">
<meta name="description" content="How we chose welded vinyl and LVT for a dental practice.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="How we chose welded vinyl and LVT for a dental practice."><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.corrinfloors.co.uk/blog/flooring-dental-surgery">
<link rel="stylesheet" href="https://www.corrinfloors.co.uk/hubfs/hub_generated/template_assets/1/8423/1711/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","name":"Dafydd
Rennard"},"datePublished":"2026-02-11"}</script>
<!-- Start of HubSpot Embed Code --><script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/2468013.js"></script>
<!-- End of HubSpot Embed Code --></head>
<body><div class="body-wrapper   hs-content-id-1180442 hs-blog-post hs-blog-id-904412">
<div data-global-resource-path="corrin-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo">
<a href="//www.corrinfloors.co.uk" id="hs-link-site_logo">
<img src="https://www.corrinfloors.co.uk/hubfs/corrin-logo.svg" class="hs-image-widget" alt="Corrin Commercial Flooring"></a></span></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element">
<form class="hs-search-field__bar" action="/hs-search-results">
<label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div>
</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.corrinfloors.co.uk/blog/author/dafydd-rennard">Dafydd Rennard</a>
<time datetime="2026-02-11 09:30:00" class="blog-post__timestamp">Feb 11, 2026 9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>${hP[0]}</p><!--more--><h2>${hH[0]}</h2>${ps(hP.slice(1))}
<h2>${hH[1]}</h2><div class="hs-embed-wrapper"><table style="border-collapse: collapse; table-layout: fixed; width: 100%;" border="1">
<tbody><tr><td><strong>Floor</strong></td><td><strong>Seams</strong></td><td><strong>Expected life</strong></td></tr>
${trs(hRows)}</tbody></table></div>
<h2>${hH[2]}</h2>${ps(hLast)}</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252"></path></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="https://www.corrinfloors.co.uk/blog/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/blog/${t.length}">
<h3 class="blog-related-posts__title">${t}</h3></a></article>`,
  )
  .join('\n')}
</div></section>
<div class="blog-subscribe"><h3>Get our flooring notes by email</h3>
<span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe">
<form class="hs-form stacked"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-8b1c"><span>Email</span>
<span class="hs-form-required">*</span></label>
<input id="email-8b1c" name="email" required type="email" class="hs-input"></div><div class="hs_submit hs-submit">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></form></span></div>
</div></div></main>
<div data-global-resource-path="corrin-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Corrin Commercial Flooring Ltd, Unit 2, Weir Road, Dunmere. Registered in England No. 07719324.</p>
<p>Contractors' Health and Safety Scheme accredited. Member of the Contract Flooring Guild.</p>
<div class="footer__copyright">© 2026 Corrin Commercial Flooring</div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients" data-hs-banner-style="bottom"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer to improve your website experience.</p></div>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>var hsVars = {"portal_id":2468013,"content_id":1180442,"category_id":3}</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout536-hubspot-dental-floor',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [...hP, ...hRows.map(row), ...hLast],
  bylines: ['Dafydd Rennard', 'Feb 11, 2026 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Healthcare', 'Case Study', 'Related posts', ...hRel, 'Get our flooring notes by email', 'Email',
    'Corrin Commercial Flooring Ltd, Unit 2, Weir Road, Dunmere. Registered in England No. 07719324.',
    "Contractors' Health and Safety Scheme accredited. Member of the Contract Flooring Guild.", '© 2026 Corrin Commercial Flooring',
    'This website stores cookies on your computer to improve your website experience.', 'Accept', 'Decline',
  ],
};

const mTitle = 'Leather Care Guide';
const mIntro = j(
  'Leather is a natural hide, and like skin it needs cleaning and feeding to stay supple. A few minutes a month will keep your',
  'sofa looking its best and help it age the way good leather should.',
);
const mH = ['Which leather do you have?', 'Monthly care', 'Dealing with stains'];
const mTypes = [
  '<strong>Aniline</strong> leather is dyed but not coated. It feels soft and warm, marks easily and develops a patina over time.',
  '<strong>Semi-aniline</strong> has a light protective coat. It keeps most of the softness but resists spills better.',
  '<strong>Pigmented</strong> leather has a coloured surface coat and is the most hard-wearing choice for family homes.',
];
const mMonthly = [
  'Vacuum the seams and creases with a soft brush attachment.',
  'Wipe over with a cloth dampened in distilled water, then let it dry naturally.',
  'Apply a thin layer of leather conditioner every three to six months, working it in with circular strokes.',
];
const mStains = [
  j(
    'Blot liquids straight away with a dry white cloth; never rub. For grease, dust a little talcum powder on the mark, leave it',
    'overnight and brush it off. Ink and dye transfer from new jeans should be left to a specialist, so call our aftercare team.',
  ),
  'Keep leather furniture at least a metre from radiators and out of direct sunlight, which dries and fades the hide.',
];
const mNav = ['Sofas', 'Armchairs', 'Dining', 'Bedroom', 'Home Office', 'Sale'];
const mFoot = ['About Us', 'Delivery Information', 'Returns', 'Care Guides', 'Privacy and Cookie Policy', 'Contact Us'];
const mText = (inner: string): string => `<div data-content-type="text" data-appearance="default" data-element="main">${inner}</div>`;
const mHead = (t: string): string => `<h2 data-content-type="heading" data-appearance="default" data-element="main">${t}</h2>`;
const mHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="title" content="${mTitle}">
<meta name="description" content="How to clean and condition leather furniture.">
<meta name="robots" content="INDEX,FOLLOW"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${mTitle} | Holloway &amp; Finch</title>
<link rel="stylesheet" type="text/css" media="all" href="https://www.hollowayfinch.co.uk/static/version1712/frontend/Magento/luma/en_GB/css/styles-m.css">
<script type="text/javascript" src="https://www.hollowayfinch.co.uk/static/version1712/frontend/Magento/luma/en_GB/requirejs/require.js"></script>
<script type="text/x-magento-init">{"*":{"Magento_PageCache/js/form-key-provider":{"isPaginationCacheEnabled":0}}}</script></head>
<body data-container="body" data-mage-init='{"loaderAjax": {}, "loader": { "icon": ""}}' id="html-body" class="cms-leather-care-guide cms-page-view
page-layout-1column">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<noscript><div class="message global noscript"><div class="content"><p><strong>JavaScript seems to be disabled in your browser.</strong></p></div></div>
</noscript>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content" tabindex="0">
<p><strong>We use cookies to make your experience better.</strong> <span>To comply with the new e-Privacy directive, we need to ask for your consent to set
the cookies.</span>
<a href="https://www.hollowayfinch.co.uk/privacy-policy-cookie-restriction-mode/">Learn more</a>.</p>
<div class="actions"><button id="btn-cookie-allow" class="action allow primary"><span>Allow Cookies</span></button></div></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header">
<a class="action skip contentarea" href="#contentarea"><span>Skip to Content</span></a><ul class="header links">
<li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">Welcome to Holloway &amp; Finch</span></li>
<li class="authorization-link" data-label="or"><a href="https://www.hollowayfinch.co.uk/customer/account/login/">Sign In</a></li>
<li><a href="https://www.hollowayfinch.co.uk/customer/account/create/" id="idJ1vT0a4u">Create an Account</a></li></ul></div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span>
<a class="logo" href="https://www.hollowayfinch.co.uk/" title="Holloway &amp; Finch" aria-label="store logo">
<img src="https://www.hollowayfinch.co.uk/static/logo.svg" title="Holloway &amp; Finch" alt="Holloway &amp; Finch" width="170"></a>
<div data-block="minicart" class="minicart-wrapper">
<a class="action showcart" href="https://www.hollowayfinch.co.uk/checkout/cart/" data-bind="scope: 'minicart_content'">
<span class="text">My Cart</span><span class="counter qty empty"><span class="counter-number"></span></span></a></div>
<div class="block block-search"><div class="block block-title"><strong>Search</strong></div><div class="block block-content">
<form class="form minisearch" id="search_mini_form" action="https://www.hollowayfinch.co.uk/catalogsearch/result/" method="get">
<div class="field search"><label class="label" for="search" data-role="minisearch-label"><span>Search</span></label><div class="control">
<input id="search" type="text" name="q" value="" placeholder="Search entire store here..." class="input-text" maxlength="128" role="combobox"></div></div>
<div class="actions"><button type="submit" title="Search" class="action search" aria-label="Search"><span>Search</span></button></div></form></div></div>
</div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'>
<div class="section-item-title nav-sections-item-title" data-role="collapsible">
<a class="nav-sections-item-switch" data-toggle="switch" href="#store.menu">Menu</a></div>
<div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content"><nav class="navigation" data-action="navigation">
<ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>${mNav
  .map(
    (t, i) =>
      `<li class="level0 nav-${i + 1} category-item level-top ui-menu-item"><a href="/${t.toLowerCase()}.html" class="level-top ui-corner-all">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="https://www.hollowayfinch.co.uk/" title="Go to Home Page">Home</a></li>
<li class="item cms_page"><strong>${mTitle}</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a><div class="page-title-wrapper"><h1 class="page-title">
<span class="base" data-ui-id="page-title-wrapper">${mTitle}</span></h1></div><div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="Qm3xT7kLp0aZ">
<div data-content-type="row" data-appearance="contained" data-element="main">
<div data-enable-parallax="0" data-parallax-speed="0.5" data-background-images="{}" data-element="inner" style="justify-content: flex-start; display: flex;
flex-direction: column;">
${mText(`<p>${mIntro}</p>`)}${mHead(mH[0] ?? '')}${mText(ps(mTypes))}${mHead(mH[1] ?? '')}${mText(`<ul>${lis(mMonthly)}</ul>`)}
${mHead(mH[2] ?? '')}${mText(ps(mStains))}
<div data-content-type="buttons" data-appearance="inline" data-element="main">
<div data-content-type="button-item" data-appearance="default" data-element="main">
<a class="pagebuilder-button-primary" href="/leather-care-kit.html" data-link-type="product" data-element="link">
<span data-element="link_text">Shop Leather Care Kits</span></a></div></div>
</div></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><div class="content">
<form class="form subscribe" novalidate action="https://www.hollowayfinch.co.uk/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail">
<div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Sign Up for Our Newsletter:</span>
<input name="email" type="email" id="newsletter" placeholder="Enter your email address"></label></div></div>
<div class="actions"><button class="action subscribe primary" title="Subscribe" type="submit" aria-label="Subscribe"><span>Subscribe</span></button></div>
</form></div></div>
<ul class="footer links">${links(mFoot, 'nav item')}</ul></div></footer>
<small class="copyright"><span>Copyright © 2026 Holloway &amp; Finch Ltd. All rights reserved.</span></small></div>
<script type="text/x-magento-init">{"*":{"Magento_Ui/js/core/app":{"components":{"customer":{"component":"Magento_Customer/js/view/customer"}}}}}</script>
</body></html>`;
const magento: TestPage = {
  name: 'heldout536-magento-leather-care',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: [mIntro, ...texts(mTypes), ...mMonthly, ...mStains],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make your experience better.', 'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.',
    'Learn more', 'Allow Cookies', 'Skip to Content', 'Welcome to Holloway & Finch', 'Sign In', 'Create an Account', 'My Cart', 'Search',
    'Menu', 'Sofas', 'Armchairs', 'Dining', 'Bedroom', 'Home Office', 'Sale', 'Home', 'Shop Leather Care Kits', 'Newsletter', 'Sign Up for Our Newsletter:',
    'Subscribe', ...mFoot, 'Copyright © 2026 Holloway & Finch Ltd. All rights reserved.',
  ],
};

export const HELDOUT536_D: readonly TestPage[] = [hubspot, magento];
