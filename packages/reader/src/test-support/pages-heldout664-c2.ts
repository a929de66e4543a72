import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout664-kit.js';

/** Held-out batch 664, file c2: a yarn dyer's journal post on Squarespace 7.1 with an image caption, a newsletter block and an author profile. */
const qTitle = 'A kitchen dye day with onion skins';
const qBody = [
  j(
    'Every autumn we save onion skins in a paper bag on top of the fridge, and every autumn I am surprised by how many there are. By',
    'October the bag is full and it is time for the easiest dye day of the year: no special equipment, no mordant that you would',
    'not keep in a kitchen, and a colour that ranges from pale straw to a deep burnt orange.',
  ),
  'What you need',
  'about 100 g of dry brown onion skins (red skins give a browner, khaki result)',
  'up to 200 g of wool yarn, wound into loose skeins and tied in four places',
  '20 g of alum and a large old pan that you keep for dyeing only',
  'Making the dye bath',
  'Soak the skeins overnight in plain water so that they take up the dye evenly.',
  'Simmer the onion skins in the pan with enough water to cover them for an hour, then leave them to cool and strain out the skins.',
  'Dissolve the alum in a little hot water and stir it into the dye bath.',
  'Add the wet skeins, bring the bath slowly up to a simmer and hold it there for 45 minutes, then let everything cool in the pot.',
  j(
    'The first skein out of the bath will be the strongest. If you have more undyed yarn, put it in the same bath for a second',
    'and third round: each comes out a little paler, and together they make a lovely gradient for a striped hat or a shawl.',
  ),
  j(
    'Rinse the skeins in water at the same temperature until it runs clear, and dry them away from direct sun. Onion skin colour is',
    'reasonably fast to washing but will fade if a finished piece lives in a sunny window.',
  ),
  j('We will have a small batch of onion-dyed Bracken DK in the shop next month, and the next open studio dye day is on', '14 November. Bring your own skins!'),
];
const qNav = ['Shop', 'Workshops', 'Journal', 'About', 'Stockists'];
const qBio = 'Wren is the dyer behind Wild Madder. She grows most of her dye plants on an allotment in Sedgecombe.';
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} — Wild Madder Dye Studio</title>
<link rel="canonical" href="https://www.wildmadder.co.uk/journal/kitchen-dye-day-onion-skins"><meta property="og:site_name" content="Wild Madder Dye Studio">
<meta property="og:title" content="${qTitle} — Wild Madder Dye Studio"><meta itemprop="author" content="Wren Calloway"><meta itemprop="datePublished"
content="2026-10-12T09:00:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"Wild Madder Dye Studio"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.wildmadder.co.uk","name":"Wild Madder Dye Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","author":{"@type":"Person",
"name":"Wren Calloway"}}</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/5f2a/41/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6523a" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-narrow tweak-blog-item-show-author-profile
tweak-blog-item-show-date tweak-blog-item-show-tags header-width-full form-field-style-solid
view-item collection-type-blog-basic collection-layout-default mobile-style-available
sqs-seven-one" data-controller="HashManager">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden">
<a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="legacy-cart
icon-cart-quantity">0</div></span></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-first-focusable-element tabindex="-1">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
class="">Wild Madder Dye Studio</a>
</div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<div class="icon-cart-quantity">0</div></span></a></div></div>
</div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6523a0"><section data-test="page-section"
data-section-theme=""
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle"
data-section-id="6523a1"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry
author-wren-calloway
post-type-text article-index-null tag-natural-dyeing category-journal" data-item-id="6523a4" id="article-6523a4"><div class="blog-item-inner-wrapper">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-10-12" pubdate
data-animation-role="date">October 12, 2026</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f2a9"
class="blog-author">Wren Calloway</a>
</div></div></div><div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item"
id="item-6523a4"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1697100000000"
id="item-6523a4"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${qBody[0]}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"
id="block-a2"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none"><div class="intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio"><img data-stretch="false"
data-src="https://images.squarespace-cdn.com/content/v1/5f2a/onion-skeins.jpg" alt="" data-image-dimensions="2000x1333" data-image-focal-point="0.5,0.5"
loading="lazy"></div>
</div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">Three skeins from one bath, first to last.</p></div>
</figcaption></div></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${qBody[1]}</h3><ul data-rte-list="default">${lis(
  qBody.slice(2, 5).map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
<h3 style="white-space:pre-wrap;">${qBody[5]}</h3><ol data-rte-list="default">${lis(
  qBody.slice(6, 10).map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ol>
${ps(qBody.slice(10), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"
id="block-a4"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Dye pot letters</h2>
<div class="newsletter-form-header-description"><p>Sign up with your email address to receive news and updates.</p></div></div><form class="newsletter-form"
data-form-id="6523b" autocomplete="on" method="POST" novalidate><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3"><label class="newsletter-form-field-label title"
for="email-yui_3-field">Email
Address</label><input id="email-yui_3-field" class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div>
<footer class="blog-item-bottom-wrapper"><div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-meta-item blog-meta-item--tags">
<a href="/journal?tag=natural+dyeing" class="blog-item-tag">natural dyeing</a>, <a href="/journal?tag=how+to" class="blog-item-tag">how to</a></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f2a9"
class="author-avatar"><div class="author-avatar-image"></div></a><div class="author-name">
<a href="/journal?author=5f2a9">Wren Calloway</a></div><div class="author-bio"><p>${qBio}</p></div></div>
<div class="blog-item-pagination"><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link
item-pagination-link--prev" href="/journal/madder-root-notes"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small"></svg>
</div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Notes on madder root</h2></a><a class="item-pagination-link
item-pagination-link--next"
href="/journal/woad-vat-diary"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">A woad vat diary</h2></a></section></div>
</footer>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section layout-engine-section"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block
sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p style="white-space:pre-wrap;">Wild Madder Dye Studio<br>Unit 4, Tannery Yard, Sedgecombe</p>
<p style="white-space:pre-wrap;">Open studio Fridays and Saturdays, 10–4</p></div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block
socialaccountlinks-v2-block
sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><a href="https://instagram.com/wildmadderdyes" target="_blank"
aria-label="Instagram">Instagram</a>
</nav></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container" role="region"
aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 BOTTOM"><div class="sqs-cookie-banner-v2-cta-container">
<p class="sqs-cookie-banner-v2-text">This site uses cookies to improve your experience.</p><button class="sqs-cookie-banner-v2-accept
sqs-button-element--primary">Accept
</button><button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout664-squarespace-onion-dye',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qBody[1] ?? '', qBody[5] ?? ''],
  body: texts(qBody.filter((_, i) => i !== 1 && i !== 5)),
  bylines: ['October 12, 2026', 'Wren Calloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Wild Madder Dye Studio', ...qNav, '0', 'Three skeins from one bath, first to last.', 'Dye pot letters',
    'Sign up with your email address to receive news and updates.', 'Email Address', 'Sign Up', 'We respect your privacy.', 'natural dyeing, how to', qBio,
    'Previous', 'Notes on madder root', 'Next', 'A woad vat diary', 'Unit 4, Tannery Yard, Sedgecombe', 'Open studio Fridays and Saturdays, 10–4', 'Instagram',
    'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT664_C2: readonly TestPage[] = [squarespace].map(tidy);
