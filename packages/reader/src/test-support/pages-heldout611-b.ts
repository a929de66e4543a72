import { links, type TestPage } from './page-kit.js';
import { bodyOf, h2, h3, headingsOf, j, p, render, ul, finish } from './pages-heldout611-kit.js';

/**
 * Held-out batch 611, file b: a lasting power of attorney explainer on a Squarespace 7.1 blog (announcement bar, cookie
 * banner, image block with caption, item pagination) and a lease extension page on Wix (Wix header, rich text elements,
 * the free-plan Wix ad bar).
 */
const sTitle = 'Lasting power of attorney, explained';
const sBlocks = [
  p(
    j(
      'A lasting power of attorney, or LPA, is a legal document that lets you choose people you trust to make decisions for you',
      'if you lose the mental capacity to make them yourself. It has to be made while you still have capacity, and it has to be',
      'registered with the Office of the Public Guardian before anyone can use it.',
    ),
  ),
  h2('The two kinds of LPA'),
  p(
    j(
      'There are two separate documents, and most people make both. A property and financial affairs LPA covers bank accounts,',
      'bills, pensions and selling a home. A health and welfare LPA covers medical treatment, care and where you live, and can',
      'include the power to refuse life-sustaining treatment.',
    ),
  ),
  h2('Choosing your attorneys'),
  p('Your attorneys must be over 18. You can appoint one or several, and you decide how they act together:'),
  ul(
    'jointly, where they must agree on every decision',
    'jointly and severally, where any one of them can act alone',
    'jointly for some decisions and jointly and severally for others',
  ),
  p('Naming a replacement attorney means the LPA can still be used if one of your attorneys dies or can no longer act.'),
  h2('Registration and cost'),
  p(
    j(
      'The registration fee is £82 for each LPA. Registration takes around eight to ten weeks. You may pay half, or nothing,',
      'if your income is low or you receive certain benefits.',
    ),
  ),
  h3('What we charge'),
  p('Our fee is £450 plus VAT for one LPA, or £650 plus VAT for both, including a meeting at your home if you prefer.'),
];
const sCaption = 'Attorneys can help with everyday banking as well as the big decisions.';
const sNav = ['Home', 'Services', 'About', 'Journal', 'Contact'];
const sFoot = ['Privacy', 'Complaints', 'Terms of business'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Lasting power of attorney, explained — Alder Brook Law</title><meta property="og:site_name" content="Alder Brook Law">
<meta property="og:title" content="Lasting power of attorney, explained — Alder Brook Law"><meta itemprop="author" content="Alder Brook Law">
<script type="application/ld+json">{"url":"https://www.alderbrooklaw.co.uk","name":"Alder Brook Law","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2025-03-04T11:00:00+0000",
"author":{"@type":"Person","name":"Helen Marsh"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Alder Brook Law"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-1a5d.css" rel="stylesheet" type="text/css"></head>
<body id="item-65e5a1f0c3" class="primary-button-style-solid primary-button-shape-rounded header-width-full tweak-blog-item-width-narrow
tweak-blog-item-show-author-name tweak-blog-item-show-date collection-type-blog-basic-grid view-item collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/contact"></a><div
class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span><div
id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Free 30-minute call for new clients in March. Book online.</p></div></div>
</div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
id="site-title" data-animation-role="header-element">Alder Brook Law</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav
class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}"
data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e5a1f0c4">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-helen-marsh
post-type-text article-index-1 tag-lpa category-private-client" data-item-id="65e5a1f0c3"><div class="blog-item-top-wrapper"><div
class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f2b" class="blog-author-name">Helen
Marsh</a></div><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2025-03-04">March 4, 2025</time>
</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout
sqs-grid-12 columns-12" data-type="item" data-updated-on="1709549000000" id="item-65e5a1f0c3"><div class="row sqs-row"><div class="col sqs-col-12
span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2c3"><div class="sqs-block-content"><div
class="sqs-html-content">
${render(sBlocks.slice(0, 3), { p: ' class="" style="white-space:pre-wrap;"' })}
</div></div></div><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-d4e5f6"><div class="sqs-block-content"><div
class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div
class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/alder/lpa-banking.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div></figcaption>
</figure></div></div></div><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-g7h8i9"><div class="sqs-block-content">
<div class="sqs-html-content">
${render(sBlocks.slice(3), { p: ' class="" style="white-space:pre-wrap;"' })}
</div></div></div></div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-item-comments"></div><div class="item-pagination item-pagination--prev-next"
data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev" href="/journal/probate-timeline"><div
class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">How long does probate take?</h2></a><a class="item-pagination-link
item-pagination-link--next" href="/journal/cohabiting-couples"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">
Living together? What the law does not give you</h2></a></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper">
<div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Alder Brook Law Ltd, 3 Mill Yard, Hebworth HB4 1QT. Registered in England and Wales, company number 11824407.</p>
<p class="" style="white-space:pre-wrap;">Authorised and regulated by the Solicitors Regulation Authority, number 8004512.</p>
</div></div></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>${sFoot
  .map((f) => `<a href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a>`)
  .join(' · ')}</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">This site uses cookies to give you the best experience.</p><button
class="sqs-cookie-banner-v2-accept" type="button">Accept</button><button class="sqs-cookie-banner-v2-decline" type="button">Decline</button></div>
</div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceLpa: TestPage = finish({
  name: 'heldout611-squarespace-lpa',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: headingsOf(sBlocks),
  body: bodyOf(sBlocks),
  bylines: ['Helen Marsh', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free 30-minute call for new clients in March. Book online.', 'Skip to Content', 'Alder Brook Law', ...sNav, sCaption, 'Previous',
    'How long does probate take?', 'Next', 'Living together? What the law does not give you',
    'Alder Brook Law Ltd, 3 Mill Yard, Hebworth HB4 1QT. Registered in England and Wales, company number 11824407.',
    'Authorised and regulated by the Solicitors Regulation Authority, number 8004512.', ...sFoot,
    'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
});

const wTitle = 'Extending the lease on your flat';
const wBlocks = [
  p(
    j(
      'When a flat lease falls below about 85 years, it starts to cost more to extend and it can be harder to sell or remortgage.',
      'Below 80 years, the buyer must also pay half of the “marriage value”, which can add thousands of pounds to the premium.',
    ),
  ),
  h2('Who can extend'),
  p('You have a legal right to a 90-year extension at a peppercorn ground rent if you have owned the flat for at least two years.'),
  h2('The two routes'),
  p(
    j(
      'The statutory route starts with a formal notice served on the landlord. It is slower, but the terms are fixed by law and a',
      'tribunal can settle the premium if you cannot agree. An informal deal can be quicker, but the landlord can set the terms,',
      'including a ground rent that rises over time.',
    ),
  ),
  h2('What it costs'),
  ul(
    'Our legal fee for a statutory lease extension: £1,250 plus VAT',
    'A valuer’s report on the premium: usually £500 to £900',
    'The landlord’s reasonable legal and valuation costs, which you must pay under the statute',
  ),
  p('We will give you a fixed quote once we have seen your lease and the valuer’s figure.'),
];
const wNav = ['Home', 'Residential Property', 'Lease Extensions', 'Meet the Team', 'Contact'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Lease Extensions | Tarrant Lowe Conveyancing</title>
<meta name="description" content="Extend the lease on your flat with Tarrant Lowe Conveyancing, Westerby.">
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{}},"site":{"metaSiteId":"e1f2a3b4"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
.KcpHeO{word-wrap:break-word}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mStDnW">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wRich(
  'hd1',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/"
target="_self">Tarrant Lowe Conveyancing</a></span></p>`,
)}
<nav id="comp-lnav" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-lnav wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">${wNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="/${n.toLowerCase().replace(/ /g, '-')}" class="vyFpyD wixui-horizontal-menu__item-link"><div class="WYbVnW"><span
class="label wixui-horizontal-menu__item-label">${n}</span></div></a></li>`,
  )
  .join('')}</ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="rbx3w" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerrbx3w"
class="Containerrbx3w SPY_vo"><div data-mesh-id="Containerrbx3winlineContent" data-testid="inline-content"><section id="comp-m1sec"
class="comp-m1sec CohWsy wixui-column-strip"><div id="bgLayers_comp-m1sec" data-hook="bgLayers" class="MW5IWV"></div><div data-testid="columns"
class="V5AUxf"><div id="comp-m1col" class="comp-m1col YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-m1colinlineContent"
data-testid="inline-content">
${wRich('t01', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${render(
  wBlocks,
  {
    p: ' class="font_8 wixui-rich-text__text"',
    h2: ' class="font_2 wixui-rich-text__text"',
    ul: ' class="font_8 wixui-rich-text__text"',
    li: ' class="wixui-rich-text__text"',
  },
  (h, b) => wRich(`t${wBlocks.indexOf(b) + 2}x${b.t}`, h),
)}
<div class="comp-btn R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/contact" class="PlZyDq wixui-button"><span
class="w4Vxx6 wixui-button__label">Request a quote</span></a></div>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
${wRich(
  'ft1',
  `<p class="font_9 wixui-rich-text__text">Tarrant Lowe Conveyancing is a trading name of Tarrant Lowe LLP, authorised and regulated
by the Solicitors Regulation Authority (SRA ID 7201934).</p>`,
)}
${wRich('ft2', '<p class="font_9 wixui-rich-text__text">© 2025 by Tarrant Lowe LLP. Proudly created with Wix.com</p>')}
</div></div></footer></div></div></div>
<div id="WIX_ADS" class="VczJTD ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank"
class="nO1Xj8"><span class="Gd3kAC">This site was designed with the </span><span class="Gd3kAC">Wix.com </span><span class="Gd3kAC">website
builder. Create your website today.</span><span class="Ux36Ab">Start Now</span></a></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mStDnW">bottom of page</span></div></div></div></body></html>`;
const wixLease: TestPage = finish({
  name: 'heldout611-wix-lease-extension',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: headingsOf(wBlocks),
  body: bodyOf(wBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Tarrant Lowe Conveyancing', ...wNav, 'Request a quote',
    j('Tarrant Lowe Conveyancing is a trading name of Tarrant Lowe LLP, authorised and regulated', 'by the Solicitors Regulation Authority (SRA ID 7201934).'),
    '© 2025 by Tarrant Lowe LLP. Proudly created with Wix.com',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'bottom of page',
  ],
});

export const HELDOUT611_B: readonly TestPage[] = [squarespaceLpa, wixLease];
