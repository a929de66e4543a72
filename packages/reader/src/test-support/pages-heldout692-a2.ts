import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout692-kit.js';

/**
 * Held-out batch 692, file a2: a memorial mason's headstone design guide on Squarespace 7.1 (blog item with author card,
 * pagination and a newsletter block in the footer).
 */
const sTitle = 'A Guide to Designing a Headstone';
const sDek = 'Stone, shape, lettering and wording: what to decide, in the order most families decide it.';
const sHeads = ['Start with the cemetery rules', 'Choosing the stone', 'Shapes and sizes', 'Lettering', 'Writing the inscription', 'How long it takes'];
const sParas: string[][] = [
  [
    j(
      'Every churchyard and council cemetery sets its own limits on height, width, colour and finish. Some older churchyards allow',
      'only local sandstone or slate with a honed finish; many lawn cemeteries ask for a headstone no taller than three feet. Ask us',
      'for a copy of the regulations before you fall in love with a design.',
    ),
  ],
  [
    j(
      'Granite is the hardest wearing and keeps a polished face for generations. Slate takes fine lettering beautifully and weathers',
      'to a soft grey. Limestone and sandstone are warm and traditional but will soften and gather lichen over time, which many people love.',
    ),
    'Our yard stocks five stones that suit most cemeteries in the county:',
  ],
  [
    j(
      'The most common shapes are the ogee, the serpentine, the half-round and the simple square top. A kerbed memorial outlines the',
      'whole grave and needs more room, so check that your plot and the rules allow it. Book-shaped and heart-shaped tablets suit',
      'cremated remains plots, where space is smaller.',
    ),
  ],
  [
    j(
      'Letters can be V-cut by hand, sandblasted, painted, gilded in 23.5 carat gold leaf or raised in lead. Hand-cut lettering',
      'lasts the longest and looks crisp for decades. Gilding needs refreshing every fifteen to twenty years on an exposed site.',
    ),
    j('We will draw your lettering full size on paper so you can see exactly how it will sit on the stone before a single letter', 'is cut.'),
  ],
  [
    j(
      'Most inscriptions begin with a dedication such as "In loving memory of", followed by the name, dates and a short line about',
      'the person. Leave space if another name may be added later; we can mark out a reserved panel on the drawing.',
    ),
    j(
      '"A short verse that sounds like the person is worth more than a long one that sounds like a card." That is the advice our',
      'senior letter cutter gives every family, and we have never found better.',
    ),
  ],
  [
    j(
      'From your approved drawing to fixing in the cemetery usually takes ten to fourteen weeks, including about four weeks for the',
      'cemetery to approve the application. Ground needs at least six months to settle after a burial before a headstone can be fixed.',
    ),
  ],
];
const sStones = [
  'Blue Pearl granite, polished',
  'Cumbrian green slate, honed',
  'Portland limestone, rubbed',
  'Black granite, polished',
  'Yorkstone, sawn and rubbed',
];
const sNav = ['Memorials', 'Additional Inscriptions', 'Renovations', 'Our Yard', 'Journal', 'Contact'];
const sBlock = (html: string, id: string): string =>
  `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">` +
  `<div class="sqs-html-content">${html}</div></div></div></div>`;
const sArticle = sHeads
  .map((h, i) => {
    const paras = sParas[i] ?? [];
    const quote = i === 4 ? `<p>${at(paras, 0)}</p>\n<blockquote><p>${at(paras, 1)}</p></blockquote>` : ps(paras);
    const list = i === 1 ? `<ul data-rte-list="default">${lis(sStones.map((t) => `<p>${t}</p>`))}</ul>` : '';
    return sBlock(`<h2>${h}</h2>\n${quote}${list}`, `yui_3_17_2_1_${i}`);
  })
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>A Guide to Designing a Headstone — Pellow Stone Masons</title><link rel="canonical" href="https://www.pellowstone.co.uk/journal/designing-a-headstone">
<meta property="og:site_name" content="Pellow Stone Masons"><meta property="og:type" content="article">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101",
"websiteSettings":{"siteTitle":"Pellow Stone Masons"}};</script>
<script type="application/ld+json">{"url":"https://www.pellowstone.co.uk","name":"Pellow Stone Masons","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"A Guide to Designing a Headstone",
"author":{"@type":"Person","name":"Tamsin Pellow"}}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/29/5c5a5198/64a1b0/1512/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-64f1c2" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-left primary-button-style-solid view-item
collection-type-blog-basic-grid mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
data-animation-role="header-element">Pellow Stone Masons</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div
class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/appointments">Book a Visit</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1c2"><section data-test="page-section"
class="page-section content-collection full-bleed-section collection-type-blog-basic-grid">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper"><article
class="entry h-entry hentry author-tamsin-pellow post-type-text article-index-1">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span
class="blog-meta-primary">
<span class="blog-date"><time class="dt-published date-highlight" datetime="2026-03-11">March 11</time></span><span class="blog-author">Tamsin Pellow</span>
</span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-64f1c2"><div class="fluid-engine fe-64f1c2">
${sBlock(`<p class="sqsrte-large">${sDek}</p>`, 'dek')}
<div class="fe-block fe-block-img"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/5c5a/ogee-slate.jpg" alt="An ogee slate headstone in the yard">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>A Cumbrian slate ogee, hand lettered, ready for fixing.</p></div></figcaption>
</figure></div></div></div>
${sArticle}
</div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5c5a" class="author-name">Tamsin Pellow</a>
<div class="author-bio"><p>Tamsin is the fourth generation of Pellows to cut letters in the yard at Penhallow.</p></div></div>
<div class="blog-share-actions"><span class="squarespace-social-buttons inline-style">Share</span></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a href="/journal/cleaning-old-memorials"
class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Should You Clean an Old Memorial?</h2></a>
<a href="/journal/slate-or-granite" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Slate or Granite?</h2></a></section></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<h3>Pellow Stone Masons</h3><p>The Yard, Penhallow, Cornwall TR9 4LX</p><p>Open Monday to Friday, 8am to 4.30pm</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div>
<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Journal updates</h2><div class="newsletter-form-header-description">
<p>A short letter from the yard, four times a year.</p></div>
<form class="newsletter-form"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input id="email-yui" type="email"
name="email">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div>
</section></footer></div>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout692-headstone-design-squarespace',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([sDek, at(sParas[0] ?? [], 0), ...(sParas[1] ?? []), ...sStones, ...sParas.slice(2).flat()]),
  bylines: ['March 11', 'Tamsin Pellow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Pellow Stone Masons', ...sNav, 'Book a Visit', 'A Cumbrian slate ogee, hand lettered, ready for fixing.',
    'Tamsin is the fourth generation of Pellows to cut letters in the yard at Penhallow.', 'Share', 'Previous', 'Should You Clean an Old Memorial?',
    'Next', 'Slate or Granite?', 'The Yard, Penhallow, Cornwall TR9 4LX', 'Open Monday to Friday, 8am to 4.30pm', 'Privacy', 'Terms', 'Journal updates',
    'A short letter from the yard, four times a year.', 'Email Address', 'Sign Up',
  ],
};

export const HELDOUT692_A2: readonly TestPage[] = [squarespace];
