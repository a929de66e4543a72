import { links, ps, type TestPage, texts } from './page-kit.js';
import { shopifyGuide } from './pages-heldout242-c2.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file c: a design studio's journal post on Squarespace 7.1 (announcement bar, header navigation,
 * category and date meta, author, image blocks with captions, a quote block, tags, share buttons, comments count,
 * previous / next pagination, newsletter block, footer, cookie banner) and a furniture retailer's sofa buying guide on a
 * Shopify Dawn-style blog template.
 */
const sTitle = 'What we learned from building our first chair';
const sIntro = [
  j(
    'For seven years Pellam &amp; Roe has designed rooms. We choose the furniture, but we have never made any of it. Last',
    'autumn that changed, when a client asked for a dining chair that would fit under a very low table in a converted mill, and',
    'nothing we could find was right.',
  ),
  'This is a short account of the eight months it took to go from a pencil sketch to twelve finished chairs, and what we would do differently.',
];
const sH1 = 'Start with the body, not the drawing';
const sP1 = [
  j(
    'Our first drawings looked lovely and were hopeless to sit on. The seat was too deep and the back leaned too far. It was only',
    'when we built a rough rig from plywood offcuts and clamps, and asked everyone who visited the studio to sit on it, that the',
    'proportions began to make sense.',
  ),
  j(
    'We recorded every adjustment in a notebook: seat height, seat depth, back angle, and the point at which the backrest met',
    'the spine. Forty-one people sat on the rig. The final numbers were not what any of us would have guessed.',
  ),
];
const sQuote = 'A chair is the only piece of furniture that has to fit a body and a room at the same time.';
const sH2 = 'Find a maker early';
const sP2 = [
  j(
    'We worked with Aled Mostyn, a chairmaker in the next valley, from the second month. His questions changed the design more',
    'than any of our drawings did. He showed us that our thin back legs would need a stretcher, and that a stretcher could also',
    'be a footrest.',
  ),
  'Things we would now agree with a maker before any timber is cut:',
];
const sList = [
  'which joints will carry the load, and how they will be tested',
  'the species of timber and where it comes from',
  'how many prototypes the budget allows for',
  'who owns the design once it is finished',
];
const sH3 = 'The finish takes longer than you think';
const sP3 = [
  j(
    'We chose an oiled ash with a woven paper-cord seat. The weaving alone took two days a chair. If we did it again we would',
    'order the cord in one batch, as the second delivery was a slightly different colour and we had to rework four seats.',
  ),
  j(
    'The twelve chairs were delivered to the mill in May. We are now talking to Aled about making a small run for sale next year,',
    'and we will write about that here when we know more.',
  ),
];
const sCaps = ['The plywood test rig in the studio, with its notebook of measurements.', 'Finished chairs in oiled ash with paper-cord seats.'];
const sNav = ['Studio', 'Projects', 'Journal', 'Contact'];
const sFoot = ['Instagram', 'Pinterest', 'Privacy'];
const block = (inner: string, type = '2', cls = 'html-block sqs-block-html'): string => `<div class="sqs-block ${cls}" data-block-type="${type}"
id="block-yui_3_17_2_1_17${type}"><div class="sqs-block-content">${inner}</div></div>`;
const html = (paras: string[]): string => `<div class="sqs-html-content">${ps(paras, ' class="" style="white-space:pre-wrap;"')}</div>`;
const img = (cap: string): string =>
  block(
    `<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">
<img data-src="https://images.squarespace-cdn.example/content/v1/chair.jpg"
alt="" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${cap}</p></div>
</figcaption></figure>`,
    '5',
    'image-block sqs-block-image',
  );
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>${sTitle} &mdash; Pellam &amp; Roe</title><meta property="og:site_name" content="Pellam &amp; Roe"><meta property="og:type" content="article">
<meta itemprop="author" content="Isobel Pellam"><meta itemprop="datePublished" content="2026-02-18T09:30:00+0000">
<script type="application/ld+json">{"url":"https://www.pellamandroe.example","name":"Pellam & Roe","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":"Isobel Pellam"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Pellam & Roe"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="https://static1.squarespace.example/static/versioned-site-css/site.css" rel="stylesheet"></head>
<body id="item-65d1f" class="header--menu-open tweak-blog-item-width-narrow view-item collection-type-blog">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>Now booking design consultations for autumn 2026.</p></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-display-desktop">
<div class="header-title"><a href="/" class="header-title-text">Pellam &amp; Roe</a></div>
<nav class="header-nav"><div class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase()}">${n}</a></div>`,
  )
  .join('\n')}
</div></nav></div></header>
<main id="page" class="container" role="main"><article class="sections"><section class="page-section content-collection full-bleed-section">
<div class="content-wrapper">
<div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-isobel-pellam post-type-text article-index-1">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-categories-list"><a href="/journal?category=Making" class="blog-categories">Making</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-02-18">18 Feb</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name">Isobel Pellam</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1708248600000" id="item-65d1f"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${block(html(sIntro))}
${img(sCaps[0] ?? '')}
${block(`<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${sH1}</h2>${ps(sP1, ' style="white-space:pre-wrap;"')}</div>`)}
${block(`<figure><blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote></figure>`, '31', 'quote-block sqs-block-quote')}
${block(`<div class="sqs-html-content"><h2>${sH2}</h2>${ps(sP2)}<ul data-rte-list="default">${sList.map((l) => `<li><p>${l}</p></li>`).join('')}</ul></div>`)}
${img(sCaps[1] ?? '')}
${block(`<div class="sqs-html-content"><h2>${sH3}</h2>${ps(sP3)}</div>`)}
</div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-item blog-meta-item--tags"><a href="/journal?tag=chairs">Chairs</a>,
<a href="/journal?tag=furniture+design">Furniture Design</a>, <a href="/journal?tag=makers">Makers</a></div>
<div class="blog-share-like"><div class="sqs-block-button-container"><span class="sqs-simple-like" data-item-id="65d1f">0 Likes</span>
<span class="squarespace-social-buttons">Share</span></div></div></div>
<div class="blog-item-comments"><a class="blog-item-comments-count" href="#comments-65d1f">0 Comments</a></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-side-by-side">
<a href="/journal/mill-house" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">A mill house kitchen in three colours</h2></a>
<a href="/journal/paper-cord" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">A short guide to paper cord</h2></a></section></div></div></div></section>
<section class="page-section"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-header"><h2>Studio letters</h2>
<p>Four times a year: new projects, makers we admire and things we are reading.</p></div><form><input type="email" placeholder="Email Address">
<button type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content">
<p>Pellam &amp; Roe Interiors, The Old Dairy, Castell Lane, Brecon</p><ul>${links(sFoot)}</ul></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2"><p>This website uses cookies to improve your experience.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-cta">Decline</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout242-squarespace-studio-journal',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sIntro, ...sP1, sQuote, ...sP2, ...sList, ...sP3]),
  bylines: ['18 Feb', 'Isobel Pellam'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking design consultations for autumn 2026.', ...sNav, 'Making', ...sCaps, 'Chairs', 'Furniture Design', 'Makers', '0 Likes',
    'Share', '0 Comments', 'Previous', 'A mill house kitchen in three colours', 'Next', 'A short guide to paper cord', 'Studio letters',
    'Four times a year: new projects, makers we admire and things we are reading.', 'Sign Up', 'We respect your privacy.',
    'Pellam & Roe Interiors, The Old Dairy, Castell Lane, Brecon', ...sFoot, 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT242_C: readonly TestPage[] = [squarespace, shopifyGuide];
