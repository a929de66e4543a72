import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file e: a local news article on a Next.js news site (CSS-module class names, __NEXT_DATA__, an inline
 * "Read more" link, an ad slot, a "More from Community" rail), and a press hire page built with Elementor on WordPress (Hello theme,
 * price list, icon list, toggle FAQ, button widgets and a CookieYes banner).
 */
const nTitle = 'Village apple day raises £4,200 for a community press of its own';
const nDek = 'Stowe Ashby has borrowed a neighbour’s press for nine years. Next autumn it will have its own.';
const nParas = [
  j(
    'A record crowd at Stowe Ashby’s apple day on Sunday has taken the village past its target for a community cider press, with',
    'organisers counting £4,200 raised from entry, juice sales and an auction of donated trees.',
  ),
  j(
    'The money will buy a 40-litre hydraulic press, a stainless scratter and a trailer to move them, so that the equipment can be',
    'lent to other villages in the parish as well.',
  ),
  j(
    '"We have been borrowing the press from Little Ashby every year, and queuing for it, and carrying it back with apologies for',
    'the mess," said Gail Ferrer, who chairs the Stowe Ashby Orchard Society. "Now we can pay that back by lending ours."',
  ),
  j(
    'About 650 people came through the gate of the recreation ground, more than twice the number the society had planned for.',
    'Volunteers pressed an estimated 900 litres of juice from apples brought in by visitors, and the identification table',
    'named 48 varieties, including two that had not been recorded in the parish before.',
  ),
  j(
    'The society plans to store the new press in a shed at the allotments and to run booked pressing sessions on autumn weekends,',
    'with a small charge for non-members to cover cleaning and repairs.',
  ),
  j(
    'Little Ashby’s orchard group, which has lent its press to Stowe Ashby since 2017, said it was delighted. "Their apple day has',
    'outgrown our press, which is a nice problem to have," said its secretary, Devan Prior.',
  ),
  j(
    'The parish council has offered a grant towards a second scratter if the society can show demand from other villages in',
    'the first year. Bookings for pressing sessions will open in August.',
  ),
];
const nNav = ['News', 'Community', 'Sport', 'What’s on', 'Property', 'Obituaries'];
const nMore = ['Plans for allotment extension go on show', 'Primary school garden wins county award', 'Bus route to market town to be restored'];
const nFoot = ['About us', 'Contact the newsroom', 'Advertise', 'Terms', 'Privacy', 'Manage cookies'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Ashby Vale
Courier</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-10-13T06:00:00+01:00">
<meta name="next-head-count" content="9"><link rel="preload" href="/_next/static/css/8a1f0c2b7e.css" as="style"><link rel="stylesheet"
href="/_next/static/css/8a1f0c2b7e.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"author":[{"@type":"Person","name":"Nadia Orrell"}]}</script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-4bd1b696.js"
defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__a1Ba2" href="#content">Skip to content</a>
<header class="SiteHeader_header__Qw8Xy"><div class="SiteHeader_top__l2PzC"><a class="SiteHeader_logo__9KjLm" href="/" aria-label="Ashby Vale Courier home"><svg
viewBox="0 0 200 32"></svg></a>
<a class="Button_button__hT5sD Button_primary__Ud7n2" href="/subscribe">Subscribe</a><a class="SiteHeader_signin__v0Zq1" href="/login">Sign in</a></div>
<nav class="MainNav_nav__3xR2n" aria-label="Sections"><ul class="MainNav_list__p8Q0e">${links(nNav, 'MainNav_item__zT1aW')}</ul></nav></header>
<main id="content" class="Layout_main__Bz2qD"><article class="Article_article__7mN2q"><div class="ArticleHeader_header__kZ8wE">
<a class="ArticleHeader_kicker__R4tQv" href="/community">Community</a><h1 class="ArticleHeader_headline__x1Y2z">${nTitle}</h1>
<p class="ArticleHeader_standfirst__m3JpL">${nDek}</p><div class="Byline_byline__c5FvH"><span class="Byline_author__Hq1Ls">By <a
href="/author/nadia-orrell">Nadia Orrell</a></span>
<time class="Byline_date__Wd6Tn" dateTime="2026-10-13T06:00:00+01:00">13 October 2026</time><span class="Byline_readTime__yq0Ok">4 min read</span></div></div>
<figure class="ArticleImage_figure__N8pUe"><img alt="Visitors queue at the juice stall" loading="eager" width="1200" height="675" decoding="async" data-nimg="1"
class="ArticleImage_img__s2RkT"
style="color:transparent" src="/_next/image?url=%2Fuploads%2Fapple-day.jpg&amp;w=1200&amp;q=75"><figcaption class="ArticleImage_caption__C7dGx">Queues at the
juice stall on Sunday afternoon.
<span class="ArticleImage_credit__pQ4sE">Photograph: Tom Veller</span></figcaption></figure>
<div class="ArticleBody_body__e9LqS">${ps(nParas.slice(0, 3))}
<p class="ArticleBody_readMore__H2xVn"><strong>Read more:</strong> <a href="/community/little-ashby-press-lent-again">Little Ashby lends its cider press for a
ninth year</a></p>
${ps(nParas.slice(3, 5))}
<div class="AdSlot_slot__U0vYd" data-slot="mpu-1"><span class="AdSlot_label__aK3wq">Advertisement</span><div id="div-gpt-ad-mpu-1"
style="min-height:250px"></div></div>
${ps(nParas.slice(5))}</div>
<div class="ShareBar_bar__B1nQm"><span class="ShareBar_label__n0gRt">Share this article</span><button class="ShareBar_btn__L8ceX" aria-label="Share on
Facebook"><svg></svg></button>
<button class="ShareBar_btn__L8ceX" aria-label="Copy link"><svg></svg></button></div></article>
<aside class="MoreFrom_rail__Vb4yT"><h2 class="MoreFrom_title__P5uIq">More from Community</h2><ul
class="MoreFrom_list__Qn7cZ">${links(nMore, 'MoreFrom_item__Ce2oR')}</ul></aside></main>
<footer class="SiteFooter_footer__L3vKp"><ul class="SiteFooter_links__s9TgB">${links(nFoot)}</ul><p class="SiteFooter_copy__G1rWx">© 2026 Ashby Vale Courier
Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"av-20261013-apple-day","headline":"${nTitle}","section":"community",
"standfirst":"${nDek}"}},"__N_SSP":true},"page":"/[section]/[slug]","query":{"section":"community","slug":"apple-day-press"},
"buildId":"k2VwQyT9aXr","isFallback":false,"gssp":true}</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout698-apple-day-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nParas]),
  bylines: ['By Nadia Orrell', '13 October 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe', 'Sign in', ...nNav.filter((t) => t !== 'Community'), '4 min read',
    'Queues at the juice stall on Sunday afternoon.', 'Photograph: Tom Veller',
    'Read more:', 'Little Ashby lends its cider press for a ninth year', 'Advertisement', 'Share this article', 'More from Community', ...nMore, ...nFoot,
    '© 2026 Ashby Vale Courier Ltd. All rights reserved.',
  ],
};

const pTitle = 'Hire the parish press';
const pIntro = [
  j(
    'The parish press is a 20-litre rack-and-cloth press with an electric scratter, bought with a lottery grant in 2022 and looked',
    'after by volunteers. Anyone in Upper Lydd and the villages around can hire it for a weekend.',
  ),
];
const pHeads = ['What you get', 'Hire charges', 'Questions'];
const pKit = [
  'Press, scratter and two sets of cloths',
  'Food-grade buckets, funnel and a straining bag',
  'A laminated instruction sheet and a 20-minute handover',
];
const pPrices = [
  ['Weekend hire', '£40', 'Collect Friday evening, return Monday morning, cleaned.'],
  ['Members', '£20', 'For households who pay the £10 annual subscription.'],
  ['Deposit', '£50', 'Returned when the press comes back clean and complete.'],
];
const pFaq = [
  ['Can I hire it for a school or charity event?', 'Yes. Events for schools and charities are free; just pay the deposit.'],
  ['How do I move it?', 'It fits in an estate car with the seats down. The scratter weighs 24 kg, so bring a second person.'],
  ['What if something breaks?', 'Tell us when you bring it back. Normal wear is covered; damage from misuse is taken from the deposit.'],
];
const pNav = ['Home', 'The press', 'Hire', 'Pressing days', 'Contact'];
const pCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience and analyse our traffic.',
  'Customise',
  'Reject All',
  'Accept All',
];
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const heading = (id: string, tag: string, t: string): string =>
  el(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const menuItems = (tab: boolean): string =>
  pNav
    .map(
      (t) => `<li class="menu-item menu-item-type-post_type"><a href="/${t.toLowerCase()}/" class="elementor-item"${tab ? ' tabindex="-1"' : ''}>${t}</a></li>`,
    )
    .join('\n');
const pHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hire the press &#8211; Upper Lydd
Parish Press</title>
<meta name='robots' content='max-image-preview:large'><link rel='stylesheet' id='hello-elementor-css'
href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7' media='all'>
<link rel='stylesheet' id='elementor-post-57-css' href='/wp-content/uploads/elementor/css/post-57.css?ver=1729001122' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","name":"Hire the press","datePublished":"2023-08-01T10:11:00+00:00"}]}</script></head>
<body class="page-template-default page page-id-57 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-57">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6b1c e-flex e-con-boxed e-con e-parent" data-id="6b1c" data-element_type="container"><div class="e-con-inner">
${el(
  '2f4a',
  'theme-site-logo',
  '<a href="/"><img width="180" height="60" src="/wp-content/uploads/2023/06/parish-press-logo.png" class="attachment-full size-full" alt=""></a>',
)}
${el(
  '91d3',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade">
<ul id="menu-1-91d3" class="elementor-nav-menu">${menuItems(false)}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu
Toggle" aria-expanded="false">
<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i></div><nav class="elementor-nav-menu--dropdown
elementor-nav-menu__container"
aria-hidden="true"><ul id="menu-2-91d3" class="elementor-nav-menu">${menuItems(true)}</ul></nav>`,
)}</div></div></div>
<main id="content" class="site-main post-57 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="57" class="elementor elementor-57" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1b elementor-section-boxed elementor-section-height-default"
data-id="3f2a1b"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column
elementor-element
elementor-element-c41e" data-id="c41e" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${heading('a1b2', 'h1', pTitle)}
${el('a1b3', 'text-editor', ps(pIntro))}
${heading('a1b4', 'h2', at(pHeads, 0))}
${el(
  'a1b5',
  'icon-list',
  `<ul class="elementor-icon-list-items">${pKit
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${heading('a1b6', 'h2', at(pHeads, 1))}
${el(
  'a1b7',
  'price-list',
  `<ul class="elementor-price-list">${pPrices
    .map(
      (r) => `<li class="elementor-price-list-item"><div class="elementor-price-list-text">
<div class="elementor-price-list-header"><span class="elementor-price-list-title">${r[0]}</span><span class="elementor-price-list-separator"></span>
<span class="elementor-price-list-price">${r[1]}</span></div><p class="elementor-price-list-description">${r[2]}</p></div></li>`,
    )
    .join('\n')}</ul>`,
)}
${el(
  'a1b8',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/hire/availability/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Check availability</span></span></a></div>`,
)}
${heading('a1b9', 'h2', at(pHeads, 2))}
${el(
  'a1c0',
  'toggle',
  `<div class="elementor-toggle">${pFaq
    .map(
      (q, i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-12${i}" class="elementor-tab-title"
data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-12${i}" aria-expanded="false"><span class="elementor-toggle-icon
elementor-toggle-icon-left" aria-hidden="true">
<span class="elementor-toggle-icon-closed"><i class="fas fa-caret-right"></i></span></span><a class="elementor-toggle-title" tabindex="0">${q[0]}</a></div>
<div id="elementor-tab-content-12${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
aria-labelledby="elementor-tab-title-12${i}">
<p>${q[1]}</p></div></div>`,
    )
    .join('\n')}</div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-7d2e e-flex e-con-boxed e-con e-parent" data-id="7d2e" data-element_type="container"><div class="e-con-inner">
${el('7d30', 'text-editor', '<p>Upper Lydd Parish Press, c/o Bramble Cottage, Upper Lydd</p><p>press@upperlydd.org.uk</p>')}
${el('7d31', 'text-editor', '<p>© 2026 Upper Lydd Parish Press Group</p>')}</div></div></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice" style="border-color:#f4f4f4"><div
class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${at(pCookie, 0)}</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>${at(pCookie, 1)}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize"
aria-label="Customise">${at(pCookie, 2)}</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">${at(pCookie, 3)}</button><button class="cky-btn cky-btn-accept" aria-label="Accept
All">${at(pCookie, 4)}</button>
</div></div></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script></body></html>`;
const elementorHire: TestPage = {
  name: 'heldout698-press-hire-elementor',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pIntro, ...pKit, ...pPrices.flatMap((r) => [`${r[0]} ${r[1]}`, r[2] ?? '']), ...pFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Pressing days', 'Contact', 'Check availability',
    'Upper Lydd Parish Press, c/o Bramble Cottage, Upper Lydd', 'press@upperlydd.org.uk',
    '© 2026 Upper Lydd Parish Press Group', ...pCookie,
  ],
};

export const HELDOUT698_E: readonly TestPage[] = [nextNews, elementorHire];
