import { links, ps, type TestPage, texts } from './page-kit.js';
import { govuk } from './pages-heldout439-b2.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file b: a builders' merchant's buying guide on Adobe Commerce (Magento 2 Luma markup with a Magefan
 * blog post: panel header with store switcher and account links, mega menu, breadcrumbs, post info with author and date,
 * AddThis share bar, product-card widgets with prices and "Add to Basket", related posts, newsletter block, footer and the
 * cookie restriction notice) and, from file b2, a GOV.UK building-regulations guidance page.
 */
const mTitle = 'How to Choose the Right Insulation Board for a Pitched Roof';
const mIntro = [
  j(
    'Insulating a pitched roof between and under the rafters is one of the most common jobs our trade counters quote for, and it is also',
    'one of the easiest to get wrong. The board you pick decides how deep the rafters need to be, whether you need a vapour control layer',
    'and how much headroom the finished room will lose.',
  ),
  'This guide walks through the three main board types we stock, what each one is good at, and the thicknesses that usually meet the current U-value target.',
];
const mTypes = [
  j(
    '<strong>PIR (polyisocyanurate) boards</strong> give the best thermal performance for their thickness, with a typical lambda of',
    '0.022 W/mK. They are foil-faced, light to handle and cut cleanly with a fine-toothed saw.',
  ),
  j(
    '<strong>Phenolic boards</strong> are thinner still for the same U-value, which makes them useful where every millimetre of headroom',
    'counts, but they cost noticeably more per square metre.',
  ),
  j(
    '<strong>Wood fibre boards</strong> are vapour-open and store heat well, which helps keep loft rooms cooler in summer. They are thicker',
    'and heavier, and suit breathable roof build-ups on older houses.',
  ),
];
const mSizing = [
  j(
    'For a warm pitched roof on a typical extension, most designs combine boards between the rafters with a thinner insulated',
    'plasterboard fixed underneath. The table below is a starting point only; your building control body or designer must confirm the final',
    'build-up.',
  ),
];
const mRows: [string, string, string][] = [
  ['PIR', '100 mm between + 37.5 mm under', '0.16'],
  ['Phenolic', '80 mm between + 32.5 mm under', '0.16'],
  ['Wood fibre', '140 mm between + 60 mm over', '0.17'],
];
const mTips = [
  'Leave a 50 mm ventilated gap above the boards if the roof has a non-breathable felt.',
  'Tape every board joint with foil tape so the foil facing acts as a continuous layer.',
  'Fill gaps at the rafters with low-expansion foam rather than offcuts.',
  'Order 10% extra to cover cutting waste around roof windows and valleys.',
];
const mOutro = j(
  'If you are not sure which build-up suits your roof, bring your drawings to any branch and our insulation team will work out quantities',
  'and a price while you wait.',
);
const mNav = ['Timber & Sheet', 'Building Materials', 'Insulation', 'Roofing', 'Plumbing & Heating', 'Tools', 'Offers'];
const mCrumbs = ['Home', 'Advice Centre', 'Insulation Guides'];
const mProducts: [string, string][] = [
  ['Kelderwood PIR Insulation Board 2400 x 1200 x 100mm', '£38.95'],
  ['Kelderwood Insulated Plasterboard 2400 x 1200 x 37.5mm', '£27.50'],
  ['FoilSeal Aluminium Tape 50mm x 45m', '£6.80'],
];
const mRelated = ['Warm roof or cold roof: what is the difference?', 'A quick guide to vapour control layers', 'Insulating a suspended timber floor'];
const mFoot = ['Branch Finder', 'Trade Accounts', 'Delivery Information', 'Returns', 'Contact Us', 'Privacy and Cookie Policy', 'Terms of Sale'];
const card = (
  [n, p]: [string, string],
  i: number,
): string => `<li class="item product product-item"><div class="product-item-info" data-container="product-grid">
<a href="/catalog/product/view/id/${2201 + i}" class="product photo product-item-photo"><span class="product-image-container"><img class="product-image-photo"
src="/media/catalog/product/cache/k${i}.jpg" alt="${n}"></span></a><div class="product details product-item-details">
<strong class="product name product-item-name">
<a class="product-item-link" href="/catalog/product/view/id/${2201 + i}">${n}</a></strong><div class="price-box price-final_price" data-role="priceBox">
<span class="price-container price-final_price tax weee"><span class="price-wrapper" data-price-type="finalPrice"><span class="price">${p}</span></span></span>
<span class="price-label">Inc. VAT</span></div><div class="product-item-actions"><button type="submit" title="Add to Basket" class="action tocart primary">
<span>Add to Basket</span></button></div></div></div></li>`;
const mHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="title" content="${mTitle}">
<title>${mTitle} | Hartlow Building Supplies</title>
<meta name="description" content="PIR, phenolic or wood fibre? Our buying guide to pitched roof insulation boards."><meta name="robots" content="INDEX,FOLLOW">
<link rel="stylesheet" type="text/css" media="all" href="https://www.hartlowbs.example/static/version1741/frontend/Hartlow/default/en_GB/css/styles-m.css">
<script type="text/x-magento-init">{"*":{"Magento_PageCache/js/form-key-provider":{},
"Magento_Customer/js/customer-data":{"sectionLoadUrl":"/customer/section/load/"}}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mTitle}","datePublished":"2026-02-11",
"author":{"@type":"Person","name":"Gareth Moyles"}}</script></head>
<body data-container="body" class="blog-page blog-post-view page-layout-2columns-right" id="html-body">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header">
<a class="action skip contentarea" href="#contentarea"><span>Skip to Content</span></a>
<ul class="header links"><li class="greet welcome"><span class="not-logged-in">Free click &amp; collect in 1 hour</span></li>
<li class="link authorization-link"><a href="/customer/account/login/">Sign In</a></li><li><a href="/customer/account/create/">Open a Trade Account</a></li>
</ul>
</div></div><div class="header content"><a class="logo" href="/" title="Hartlow Building Supplies">
<img src="/static/logo.svg" alt="Hartlow Building Supplies"></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/"><span class="text">My Basket</span>
<span class="counter qty empty"><span class="counter-number">0</span></span></a></div>
<div class="block block-search"><form class="form minisearch" id="search_mini_form" action="/catalogsearch/result/"><input id="search" type="text" name="q"
placeholder="Search entire store here..." class="input-text"></form></div></div>
<div class="sections nav-sections"><nav class="navigation" data-action="navigation"><ul data-mage-init='{"menu":{"responsive":true}}'>
${links(mNav, 'level0 nav-1 level-top parent')}</ul></nav></div></header>
<div class="breadcrumbs"><ul class="items">${mCrumbs.map((c) => `<li class="item"><a href="/${c.toLowerCase().replace(/ /g, '-')}">${c}</a></li>`).join('\n')}
<li class="item"><strong>${mTitle}</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a><div class="columns"><div class="column main">
<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">${mTitle}</span></h1></div>
<div class="post-view"><div class="post-holder post-holder-88"><div class="post-header clearfix"><div class="post-info">
<div class="item post-posed-date"><span class="label">Posted:</span> <span class="value">11 February 2026</span></div>
<div class="item post-author"><span class="label">Author:</span> <a title="Gareth Moyles" href="/blog/author/gareth-moyles/" class="value">Gareth Moyles</a>
</div>
<div class="item post-categories"><span class="label">Categories:</span> <a href="/blog/category/insulation/" class="value">Insulation Guides</a></div></div>
<div class="addthis_toolbox addthis_default_style"><a class="addthis_button_facebook">Facebook</a><a class="addthis_button_whatsapp">WhatsApp</a>
<a class="addthis_button_email">Email</a></div></div>
<div class="post-content"><div class="post-description clearfix"><div class="post-ftimg-hld"><img src="/media/magefan_blog/pitched-roof-pir.jpg"
alt="Insulation boards fitted between rafters"></div>
<div class="post-text-hld clearfix">
${ps(mIntro)}
<h2>The three main board types</h2>
${ps(mTypes)}
<h2>What thickness do I need?</h2>
${ps(mSizing)}
<table class="data table"><caption>Typical build-ups for a U-value of 0.16 W/m²K or better</caption>
<thead><tr><th>Board</th><th>Build-up</th><th>U-value (W/m²K)</th></tr></thead><tbody>
${mRows.map((r) => `<tr>\n<td>${r[0]}</td>\n<td>${r[1]}</td>\n<td>${r[2]}</td>\n</tr>`).join('\n')}
</tbody></table>
<div class="widget block block-products-list grid"><div class="block-title"><strong>Shop the products in this guide</strong></div>
<div class="block-content"><div class="products-grid grid"><ol class="product-items widget-product-grid">${mProducts.map(card).join('\n')}</ol></div></div>
</div>
<h2>Fitting tips from our branches</h2>
<ul>${mTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${mOutro}</p>
</div></div></div>
<div class="post-bottom"><div class="post-nextprev-hld clearfix"><a class="nextprev-link prev-link" href="/blog/post/cold-roof-ventilation/">← Previous</a>
<a class="nextprev-link next-link" href="/blog/post/breathable-membranes/">Next →</a></div>
<div class="block related post-list-wrapper"><div class="block-title title"><strong>Related Posts</strong></div><ol class="post-list">
${links(mRelated, 'post-holder')}</ol></div></div></div></div></div>
<div class="sidebar sidebar-additional"><div class="widget block block-categories"><div class="block-title"><strong>Categories</strong></div>
<ul class="accordion">${links(['Insulation Guides', 'Roofing Guides', 'Landscaping', 'Trade News'], 'level-0')}</ul></div>
<div class="block block-banners"><p class="banner-text">Trade prices on 5,000+ lines. Open an account in minutes.</p></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Join our mailing list</strong></div>
<p>Get offers and new product news every fortnight.</p><form class="form subscribe" action="/newsletter/subscriber/new/"><input name="email" type="email"
placeholder="Enter your email address"><button class="action subscribe primary" type="submit"><span>Subscribe</span></button></form></div>
<ul class="footer links">${links(mFoot, 'nav item')}</ul></div>
<small class="copyright"><span>Copyright © 2026 Hartlow Building Supplies Ltd. All rights reserved.</span></small></footer>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content">
<p><strong>We use cookies to make your experience better.</strong></p><p>To comply with the new e-Privacy directive, we need to ask for your consent to set
the cookies.</p><div class="actions"><button id="btn-cookie-allow" class="action allow primary"><span>Allow Cookies</span></button></div></div></div>
</div><script type="text/x-magento-init">{"#notice-cookie-block":{"cookieNotices":{"cookieAllowButtonSelector":"#btn-cookie-allow"}}}</script></body></html>`;
const magento: TestPage = {
  name: 'heldout439-magento-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['The three main board types', 'What thickness do I need?', 'Fitting tips from our branches'],
  body: texts([...mIntro, ...mTypes, ...mSizing, 'Typical build-ups for a U-value of 0.16 W/m²K or better', ...mRows.flat(), ...mTips, mOutro]),
  bylines: ['Posted:', '11 February 2026', 'Author:', 'Gareth Moyles'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The store will not work correctly when cookies are disabled.', 'Skip to Content', 'Free click & collect in 1 hour', 'Sign In', 'Open a Trade Account',
    'My Basket', ...mNav, ...mCrumbs, 'Categories:', 'Facebook', 'WhatsApp', 'Email', 'Shop the products in this guide', ...mProducts.flat(), 'Inc. VAT',
    'Add to Basket', '← Previous', 'Next →', 'Related Posts', ...mRelated, 'Categories', 'Roofing Guides', 'Landscaping', 'Trade News',
    'Trade prices on 5,000+ lines. Open an account in minutes.', 'Join our mailing list', 'Get offers and new product news every fortnight.', 'Subscribe',
    ...mFoot, 'Copyright © 2026 Hartlow Building Supplies Ltd. All rights reserved.', 'We use cookies to make your experience better.',
    'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.', 'Allow Cookies',
  ],
};

export const HELDOUT439_B: readonly TestPage[] = [magento, govuk];
