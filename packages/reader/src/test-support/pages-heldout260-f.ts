import { links, ps, type TestPage, texts } from './page-kit.js';
import { jekyll } from './pages-heldout260-f2.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file f: a Squarespace 7.1 blog post (header with the site title, nav and a "Order Online" button,
 * blog-item-top-wrapper with the category, the h1 entry-title and the author / date meta, sqs-layout blocks with an image
 * block and its caption, a newsletter block, share buttons, the item pagination, the footer sections and the cookie
 * banner) and, from file f2, a Jekyll post on the Minimal Mistakes theme.
 */
const qTitle = 'Why Our Sourdough Changes With the Seasons';
const qH = ['Winter: slow and sour', 'Summer: fast and mild', 'How we keep the loaf consistent'];
const qP0 = [
  j(
    'Regulars at the counter sometimes tell us the country loaf tastes different from one month to the next. They are',
    'right, and it is not carelessness. A sourdough starter is alive, and it responds to the weather in the bakery as',
    'much as any of us do.',
  ),
];
const qP1 = [
  j(
    'From November to February the bakery sits at about sixteen degrees overnight. At that temperature the bacteria in',
    'the starter keep working while the yeast slows down, so the dough rises more slowly and picks up more of the sharp',
    'acetic tang people associate with sourdough.',
  ),
  j(
    'We compensate by using a warmer water for mixing and letting the bulk rise run longer, sometimes by two hours. The',
    'winter loaf still has a deeper sourness, and several customers tell us it is their favourite.',
  ),
];
const qP2 = [
  j(
    'In July the ovens and the weather together push the room past twenty-six degrees. Now the yeast races ahead, and the',
    'dough can over-prove before the flavour has had time to develop.',
  ),
  j(
    'Our summer routine is almost the reverse of winter: cold water from the fridge, a smaller share of starter, and',
    'shaped loaves resting overnight in the walk-in chiller instead of on the bench.',
  ),
];
const qP3 = ['We cannot make every loaf identical, but we can keep it within a narrow range. Three habits do most of the work:'];
const qList = [
  'We take the dough’s temperature after mixing and aim for twenty-five degrees every day of the year.',
  'We feed the starter on a fixed schedule, even on the days we are closed.',
  'We bake a test loaf each Monday and taste it together before the week’s first batch.',
];
const qP4 = [
  j(
    'If you have a favourite season for the country loaf, tell us at the counter. We keep a tally on the chalkboard, and',
    'so far winter is winning by eleven votes. Summer fans, there is still time to catch up before the first frost.',
  ),
];
const qNav = ['Menu', 'Our Bakery', 'Journal', 'Wholesale', 'Visit'];
const qFoot = ['Instagram', 'Careers', 'Allergen information'];
const qShare = ['Facebook', 'Pinterest', 'LinkedIn', 'Email'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${qTitle} — Larkspur Bakehouse</title>
<meta property="og:site_name" content="Larkspur Bakehouse"><meta property="og:type" content="article"><meta itemprop="author" content="Bronagh Pettifer">
<meta itemprop="datePublished" content="2026-09-15T08:00:00+0100"><link rel="canonical" href="https://www.larkspurbakehouse.example/journal/seasonal-sourdough">
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script><script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Larkspur Bakehouse"},
"templateId":"5c5a519771c10ba3470d8101","pageType":50,"collection":{"title":"Journal","typeName":"blog"}};</script>
<script type="application/ld+json">{"url":"https://www.larkspurbakehouse.example","name":"Larkspur Bakehouse",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","author":"Bronagh Pettifer"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/site.css" type="text/css" rel="stylesheet"></head>
<body id="item-650412aa" class="primary-button-style-solid header-width-full tweak-blog-item-width-medium tweak-blog-item-meta-position-above-title
collection-type-blog-basic-grid view-item has-banner-image"><div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix
site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"><div
class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a id="site-title" href="/" data-animation-role="header-element">Larkspur Bakehouse</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a
class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/order">Order Online</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="650412aa"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center"><div
class="content-wrapper">
<div class="content"><div class="blog-item-wrapper"><article class="entry h-entry post-type-text author-bronagh-pettifer" data-item-id="650412aa">
<div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper"><div class="blog-meta-item blog-meta-item--categories">
<a href="/journal?category=Behind+the+counter" class="blog-item-category">Behind the counter</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">Bronagh Pettifer</span><time class="dt-published blog-meta-item
blog-meta-item--date" datetime="2026-09-15">15 September 2026</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1757919600000" id="item-650412aa"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-1a2b"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(qP0, ' class="" style="white-space:pre-wrap;"')}
<h2>${qH[0]}</h2>
${ps(qP1, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-3c4d"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper has-aspect-ratio" data-animation-role="image"><img data-stretch="false" src="https://images.squarespace-cdn.example/loaves.jpg"
alt="" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Winter loaves
cooling on the
rack at six in the morning.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-5e6f"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${qH[1]}</h2>
${ps(qP2, ' class="" style="white-space:pre-wrap;"')}
<h2>${qH[2]}</h2>
${ps(qP3, ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${qList.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>
${ps(qP4, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-7a8b"><div class="sqs-block-content"><div
class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="6504"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Fresh from the oven</h2>
<div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">New loaves, seasonal bakes and the odd recipe, once a month.</p></div>
</header><div class="newsletter-form-body"><input class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We
respect your
privacy.</p></div></form></div></div></div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-item blog-meta-item--tags"><a href="/journal/tag/bread-notes" class="blog-item-tag">bread notes</a>
<a href="/journal/tag/baking-science" class="blog-item-tag">baking science</a></div>
<div class="blog-share-container"><div class="ss-social-button-wrapper"><div class="ss-social-button-list">${qShare
  .map(
    (s) => `<a class="ss-social-button"
href="#"><span class="ss-social-button-label">${s}</span></a>`,
  )
  .join('')}</div></div></div></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev"
href="/journal/rye-week"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Rye week: three loaves, one flour</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/croissant-lamination"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">The 27 layers in a croissant</h2></a></section></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><strong>Larkspur Bakehouse</strong></p><p class="" style="white-space:pre-wrap;">22 Mill Row, Ashcombe</p>
<p class="" style="white-space:pre-wrap;">Tuesday to Sunday, 7am to 3pm</p><ul>${links(qFoot)}</ul></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-cta-type--text" role="dialog" aria-label="Cookie Banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand how it is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="//assets.squarespace.example/universal/scripts-compressed/website-component-definition.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout260-squarespace-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([...qP0, ...qP1, ...qP2, ...qP3, ...qList, ...qP4]),
  bylines: ['Bronagh Pettifer', '15 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larkspur Bakehouse', ...qNav, 'Order Online', 'Behind the counter', 'Winter loaves cooling on the rack at six in the morning.', 'Fresh from the oven',
    'New loaves, seasonal bakes and the odd recipe, once a month.', 'Sign Up', 'We respect your privacy.', 'bread notes', 'baking science', ...qShare,
    'Previous', 'Rye week: three loaves, one flour', 'Next', 'The 27 layers in a croissant', '22 Mill Row, Ashcombe', 'Tuesday to Sunday, 7am to 3pm', ...qFoot,
    'This website uses cookies to improve your experience and to understand how it is used.', 'Accept', 'Decline', 'Manage cookies',
  ],
};

export const HELDOUT260_F: readonly TestPage[] = [squarespace, jekyll];
