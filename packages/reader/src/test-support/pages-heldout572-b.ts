import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, settle, tr } from './pages-heldout572-kit.js';

/**
 * Held-out batch 572, file b: a lettings market update on a HubSpot CMS blog (author block, rent table, subscribe form, tags,
 * HubSpot cookie banner), and a tenant guide on Wix (rich text blocks, a member login, a contact strip).
 */
const mTitle = 'Lettings market update: autumn 2026';
const mBody = [
  j(
    'Rents in Kestlebury and the surrounding villages rose by 3.1% in the twelve months to September, the slowest annual increase',
    'we have recorded since early 2021. Demand is still well ahead of supply, but the gap is narrowing for the first time in four years.',
  ),
  'What we saw this quarter',
  j(
    'We agreed 212 new tenancies between July and September, up from 188 in the same quarter last year. The average property let',
    'in 19 days, against 11 days a year ago, and we received an average of 14 enquiries per listing, down from 23.',
  ),
  j(
    'The biggest change has been at the top of the market. Four-bedroom houses above £2,000 a month are now taking more than five',
    'weeks to let, and a third of them were let below the asking rent. One- and two-bedroom flats near the station still let in days.',
  ),
  'Average rents by property type',
  'Where tenants are coming from',
  j(
    'Forty-one per cent of new tenants were already living in Kestlebury, 27% moved from Westmoor or further along the rail line,',
    'and 9% were relocating for work at the new Ferris Park campus. The rest came from outside the county.',
  ),
  'What this means for landlords',
  j(
    'Pricing correctly from day one matters more than it did. Properties that were reduced after two weeks took, on average, nine',
    'days longer to let than those advertised at a realistic rent from the start.',
  ),
  'Present the property well: fresh paint and a deep clean before the photographs still make the biggest difference.',
  'Be flexible on move-in dates where you can. Most tenants now give a month’s notice rather than two.',
  'Consider allowing pets. Listings marked pets considered received almost twice as many enquiries.',
  j(
    'If you would like a rental valuation or a review of your current rent, our lettings team will be happy to visit. We expect',
    'the market to stay steady through the winter, with the usual rise in enquiries in January.',
  ),
];
const mRows: readonly string[][] = [
  ['One-bedroom flat', '£845', '£812', '+4.1%'],
  ['Two-bedroom flat', '£1,060', '£1,025', '+3.4%'],
  ['Two-bedroom house', '£1,190', '£1,160', '+2.6%'],
  ['Three-bedroom house', '£1,420', '£1,390', '+2.2%'],
  ['Four-bedroom house', '£1,985', '£1,970', '+0.8%'],
];
const mNav = ['Sales', 'Lettings', 'Landlords', 'Insights', 'Contact us'];
const mTags = ['Market updates', 'Lettings', 'Kestlebury'];
const mHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${mTitle} | Ashdown Residential</title>
<meta name="description" content="Rents in Kestlebury rose by 3.1% in the twelve months to September, the slowest annual increase since early 2021.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image"><link rel="amphtml" href="https://insights.ashdownresidential.example/lettings-autumn-2026?hs_amp=true">
<meta property="article:published_time" content="2026-10-14T08:00:00Z"><meta property="article:author" content="Priya Okonedo">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/81542/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mTitle}",
"author":{"@type":"Person","name":"Priya Okonedo"},"datePublished":"2026-10-14"}</script>
<script>var hsVars = {"render_id":"a1f4","ticks":1792000000000,"page_id":81542991034,"content_group_id":81540087211,"portal_id":7052064};</script>
</head>
<body><div class="body-wrapper hs-content-id-81542991034 hs-blog-post hs-blog-id-81540087211">
<div data-global-resource-path="ashdown-2026/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/ashdown-logo.svg"
alt="Ashdown Residential" class="hs-image-widget"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(mNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="search-field">Search</label><input type="text" class="hs-search-field__input" name="term" placeholder="Search"><button aria-label="Search">
<span id="hs_cos_wrapper_search_icon" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon"></span></button></form></div>
</div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${mTitle}</span></h1>
<div class="blog-post__meta"><a href="/insights/author/priya-okonedo">Priya Okonedo</a>
<time datetime="2026-10-14 08:00:00" class="blog-post__timestamp">October 14, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>${mBody[0]}</p><!--more--><h2>${mBody[1]}</h2>${ps(mBody.slice(2, 4))}
<h2>${mBody[4]}</h2><div data-hs-responsive-table="true" style="overflow-x:auto;max-width:100%;width:100%;">
<table style="width:100%;border-collapse:collapse;table-layout:fixed;"><tbody>
<tr><td><strong>Property type</strong></td><td><strong>Average rent Q3 2026</strong></td><td><strong>Q3 2025</strong></td>
<td><strong>Change</strong></td></tr>
${mRows.map(tr).join('\n')}
</tbody></table></div>
<h2>${mBody[5]}</h2><p>${mBody[6]}</p><h2>${mBody[7]}</h2><p>${mBody[8]}</p><ul>${lis(mBody.slice(9, 12))}</ul><p>${mBody[12]}</p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><g><path d="M0 252.1V48C0 21.5"></path></g></svg>
${mTags.map((t) => `<a class="blog-post__tag-link" href="/insights/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div>
</article>
<div class="blog-post__author"><div class="blog-post__author-bio"><h3>Priya Okonedo</h3>
<p>Priya is head of lettings at Ashdown Residential and has managed rented homes in Kestlebury for fifteen years.</p></div></div>
<section class="blog-subscribe"><h3>Get the quarterly market update by email</h3><div id="hs_form_target_subscribe" class="hs_cos_wrapper_type_form">
<form class="hs-form stacked" data-form-id="6c1f2a"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-6c1f2a">
<span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-6c1f2a" name="email" type="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></section>
<section class="blog-related-posts"><h2>Related articles</h2><div class="blog-related-posts__list">
<article class="blog-related-posts__post"><h3 class="blog-related-posts__title">
<a href="/insights/sales-summer-2026">Sales market update: summer 2026</a></h3></article>
<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/insights/pets-and-tenancies">Should you allow pets? A landlord’s
guide</a></h3></article></div></section>
</div></div></main>
<div data-global-resource-path="ashdown-2026/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Ashdown Residential is a trading name of Ashdown Property Services Ltd, registered in England and Wales No. 09881142.</p>
<p>Members of Propertymark and The Property Ombudsman.</p><p>© 2026 Ashdown Residential</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">We use cookies to see how
people use our site and to improve it.</p><div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/7052064.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout572-hubspot-market-update',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mBody[1] ?? '', mBody[4] ?? '', mBody[5] ?? '', mBody[7] ?? ''],
  body: texts([...mBody.slice(0, 1), ...mBody.slice(2, 4), ...mRows.map(rowText), mBody[6] ?? '', ...mBody.slice(8)]),
  bylines: ['Priya Okonedo', 'October 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mNav, 'Market updates', ...mTags,
    'Priya is head of lettings at Ashdown Residential and has managed rented homes in Kestlebury for fifteen years.',
    'Get the quarterly market update by email', 'Email', 'Related articles', 'Sales market update: summer 2026',
    'Should you allow pets? A landlord’s guide',
    'Ashdown Residential is a trading name of Ashdown Property Services Ltd, registered in England and Wales No. 09881142.',
    'Members of Propertymark and The Property Ombudsman.', '© 2026 Ashdown Residential', 'We use cookies to see how people use our site and to improve it.',
    'Accept', 'Decline',
  ],
};

const wTitle = 'Renting with us: a guide for tenants';
const wBody = [
  j('Whether it is your first rented home or your tenth, this guide explains each step from viewing to moving out, and what you', 'will pay along the way.'),
  'Before you apply',
  j(
    'Book a viewing through our website or by phone. We accompany every viewing, including evenings until 7pm on weekdays. If you',
    'would like to go ahead, ask us for an application form and we will confirm the rent, deposit and move-in date in writing.',
  ),
  'Holding deposit',
  j(
    'To take the property off the market we ask for a holding deposit of one week’s rent. It is deducted from your first month’s',
    'rent once the tenancy is signed. It is only kept if you give false information, fail a Right to Rent check or pull out.',
  ),
  'Referencing',
  j(
    'Our referencing partner will contact your employer and any previous landlord, and run a credit check. Most references come',
    'back within three working days. If you are self-employed, your accountant’s letter or last two tax returns will do.',
  ),
  'Moving in',
  j(
    'Before you move in you will pay the first month’s rent and a tenancy deposit of five weeks’ rent. Your deposit is registered',
    'with the Deposit Protection Service within 30 days and you will receive the certificate by email.',
  ),
  j(
    'On the day, we will meet you at the property with the inventory, meter readings and keys. Please read the inventory carefully',
    'and tell us about anything we have missed within seven days.',
  ),
  'Moving out',
  j(
    'Give us at least one month’s notice in writing, ending on the last day of a rental period. We will carry out a check-out',
    'inspection and agree any deductions with you and your landlord before the deposit is returned.',
  ),
];
const wIdx = [1, 3, 5, 7, 10];
const wNav = ['Home', 'Search Properties', 'Landlords', 'Tenants', 'Valuation', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en" class="js"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Tenants | Kettle &amp; Rowe Lettings</title>
<meta name="description" content="Whether it is your first rented home or your tenth, this guide explains each step from viewing to moving out.">
<link rel="canonical" href="https://www.kettlerowe.example/tenants"><meta property="og:title" content="Tenants | Kettle &amp; Rowe Lettings">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookiesManager","seo"],"site":{"metaSiteId":"8d2c1f4e-77aa"},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#comp-kx1 { --txt:color_15; } .font_0 { font: normal normal bold 44px/1.2em playfair display,serif; }</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHr7LA">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="backgroundColor"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div id="comp-kx1" class="KcpHeO tz5f0K comp-kx1 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.kettlerowe.example" target="_self"
class="wixui-rich-text__text">KETTLE &amp; ROWE</a></span></p></div>
<wix-dropdown-menu id="comp-kx2" class="wixui-dropdown-menu"><nav class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul>
${wNav
  .map(
    (n) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}">
<p class="wixui-dropdown-menu__item">${n}</p></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu>
<div id="comp-kx3" class="wixui-login-bar"><button class="Ngp3Ja" aria-label="Log In"><span class="vq7JT0">Log In</span></button></div>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="c1dmp" class="dBAkHi">
<section id="comp-lm4a1" class="comp-lm4a1 wixui-section" tabindex="-1"><div id="bgLayers_comp-lm4a1" class="MW5IWV"></div>
<div data-mesh-id="comp-lm4a1inlineContent" class="Vd6aQZ"><div data-mesh-id="comp-lm4a1inlineContent-gridContainer">
<div id="comp-lm4a2" class="HcOXKn c9GqVL QxJLC3 comp-lm4a2 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span style="color:#1F2A44;" class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lm4a3" class="HcOXKn c9GqVL QxJLC3 comp-lm4a3 wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[0]}</span></p></div>
<div id="comp-lm4a4" class="HcOXKn c9GqVL QxJLC3 comp-lm4a4 wixui-rich-text" data-testid="richTextElement">
${wBody
  .slice(1)
  .map((t, i) =>
    wIdx.includes(i + 1)
      ? `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`
      : `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>\n<p class="font_8 wixui-rich-text__text">&nbsp;</p>`,
  )
  .join('\n')}
</div>
<div id="comp-lm4a5" class="comp-lm4a5 wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.kettlerowe.example/properties"
class="kuTaGy wixui-button zKbzSQ" aria-label="See homes to rent"><span class="M3I7Z2 wixui-button__label">See homes to rent</span></a></div>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div id="comp-kx9" class="HcOXKn wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Kettle &amp; Rowe Lettings,
21 Ferry Road, Saltmarsh SM1 4DL</p><p class="font_9 wixui-rich-text__text">Tel 01632 960 233 · hello@kettlerowe.example</p>
<p class="font_9 wixui-rich-text__text">Member of the Property Redress Scheme and Propertymark Client Money Protection.</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Kettle &amp; Rowe. Proudly created with Wix.com</p></div></div></div></footer>
</div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Qd1hg ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHr7LA">bottom of page</span></div>
<div id="consent-banner-root"><div class="consent-banner" role="alertdialog" aria-label="Cookie settings"><p class="consent-banner__text">This website uses
cookies. By accepting, you agree to our use of such cookies.</p><button class="consent-banner__btn">Settings</button>
<button class="consent-banner__btn consent-banner__btn--primary">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e4d1b7a2.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout572-wix-tenant-guide',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wIdx.map((i) => wBody[i] ?? ''),
  body: texts(wBody.filter((_, i) => !wIdx.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'KETTLE & ROWE', ...wNav, 'Log In', 'See homes to rent', 'Kettle & Rowe Lettings, 21 Ferry Road, Saltmarsh SM1 4DL',
    'Tel 01632 960 233 · hello@kettlerowe.example', 'Member of the Property Redress Scheme and Propertymark Client Money Protection.',
    '© 2026 by Kettle & Rowe. Proudly created with Wix.com', 'This website uses cookies. By accepting, you agree to our use of such cookies.',
    'Settings', 'Accept',
  ],
};

export const HELDOUT572_B: readonly TestPage[] = [settle(hubspot), settle(wix)];
