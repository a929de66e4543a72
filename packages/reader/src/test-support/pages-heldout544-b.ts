import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file b: a garden designer's seasonal post on Squarespace 7.1 (image block with caption, author card,
 * previous / next links, newsletter block, cookie banner).
 */
const sTitle = 'Ten jobs for the October garden';
const sIntro = [
  j(
    'October is the month I love most in the garden. The light goes low and golden, the soil is still warm, and there is finally',
    'time to stand back and look at what worked this year and what did not. It is also the busiest planting month of the autumn,',
    'so here is the list I work through with clients, roughly in the order I tackle it.',
  ),
];
const sSections: [string, string[], string[]][] = [
  [
    'In the borders',
    [
      j(
        'Resist the urge to cut everything down. Seed heads of teasels, rudbeckias and the taller grasses look wonderful with frost on',
        'them, and they feed goldfinches well into winter. I only cut back plants that have collapsed or gone mushy, such as hostas and',
        'daylilies, and anything showing mildew.',
      ),
      j(
        'This is the moment to lift and divide clumps of perennials that have grown bare in the middle. Dig up the whole clump, split it',
        'with two forks back to back, and replant the young outer pieces in soil refreshed with a bucket of garden compost.',
      ),
    ],
    [],
  ],
  [
    'Lawns',
    ['A tired lawn will thank you for an hour of work now, while the grass is still growing:'],
    [
      'rake out thatch and moss with a spring-tine rake',
      'spike compacted areas with a garden fork, 10 cm deep and 15 cm apart',
      'brush in a top dressing of sharp sand and sieved loam',
      'oversow thin patches and keep them damp for three weeks',
    ],
  ],
  [
    'Trees, shrubs and hedges',
    [
      j(
        'From late October, bare-root trees and hedging become available from nurseries, and they are far cheaper than pot-grown plants.',
        'Plant them while the soil is warm and they will make new roots before spring. Stake young trees low, roughly a third of the way',
        'up the stem, so the trunk can still flex in the wind.',
      ),
      j(
        'Leave any big pruning of mature trees to a qualified arborist, and check first whether the tree is protected. Our local council',
        'takes up to eight weeks to reply, so October is a good time to ask if you want work done over the winter.',
      ),
    ],
    [],
  ],
  [
    'Pots and bulbs',
    [
      j(
        'Plant daffodils and crocus now, and wait until November for tulips, which are less likely to catch tulip fire in cold soil.',
        'In pots I use a "lasagne" of layers: tulips at the bottom, daffodils in the middle and crocus or grape hyacinths on top.',
      ),
      j(
        'Move tender plants such as salvias and pelargoniums into a greenhouse or porch before the first frost, which in our valley',
        'usually arrives in the last week of the month. Raise pots on feet so that they do not sit in water.',
      ),
    ],
    [],
  ],
  [
    'Leave some mess for wildlife',
    [
      j(
        'Rake leaves off the lawn and paths, but pile them under hedges or in a wire cage to rot into leaf mould. A heap of logs in a',
        'shady corner gives beetles and toads somewhere to spend the winter, and a patch of long grass left uncut shelters caterpillars.',
      ),
      j(
        'Clean out bird boxes once you are sure they are empty, and put out fat balls and fresh water. A shallow dish, broken ice and',
        'all, matters as much to birds in a cold snap as food does.',
      ),
    ],
    [],
  ],
];
const sQuote = 'A garden is never finished; October is simply where one year hands over to another.';
const sClose = j(
  'If you would like help planning a new border or planting a hedge this winter, I have a few consultation slots left before',
  'Christmas. Happy gardening, and enjoy the colour while it lasts.',
);
const sCaption = 'Seed heads of Phlomis russeliana left standing in a client garden near Wenbury.';
const sNav = ['Portfolio', 'Services', 'Journal', 'About', 'Contact'];
const sPre = ' class="" style="white-space:pre-wrap;"';
const sList = (l: readonly string[]): string => (l.length ? `\n<ul data-rte-list="default">${lis(l.map((t) => `<p${sPre}>${t}</p>`))}</ul>` : '');
const sSecHtml = sSections.map(([h, p, l]) => `<h2 style="white-space:pre-wrap;">${h}</h2>\n${ps(p, sPre)}${sList(l)}`).join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sTitle} — Ivy Marsh Gardens</title>
<link rel="canonical" href="https://www.ivymarshgardens.example/journal/ten-jobs-october-garden"><meta property="og:site_name" content="Ivy Marsh Gardens">
<meta property="og:type" content="article"><meta itemprop="author" content="Rosalind Achter"><meta itemprop="datePublished" content="2026-10-03T08:00:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="application/ld+json">{"url":"https://www.ivymarshgardens.example","name":"Ivy Marsh Gardens","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":"Rosalind Achter",
"datePublished":"2026-10-03"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1c0e/27/5c5a519771c10ba3470d8101/64a1c0f2/1601/site.css" rel="stylesheet" type="text/css">
<script>Static.COOKIE_BANNER_CAPABLE = true;</script></head>
<body id="item-651b8c2e" class="header--menu-open-false tweak-blog-item-width-narrow tweak-blog-item-show-author-profile view-item collection-type-blog">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-branding-center"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a id="site-title" href="/">Ivy Marsh Gardens</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a consultation</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden" hidden>Close Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content">
${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="651b8c2e">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-rosalind-achter post-type-text article-index-1 category-seasonal"
data-item-id="651b8c2e">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper">
<div class="blog-meta-item blog-meta-item--categories">
<a href="/journal?category=Seasonal" class="blog-item-category">Seasonal</a></div><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2026-10-03">October 3, 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="white-space:pre-wrap;">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author">
<a href="/journal?author=5c5a5197" class="blog-author-name">Rosalind Achter</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1696320000000">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper has-aspect-ratio">
<img data-src="https://images.squarespace-cdn.com/content/v1/5c5a5197/phlomis.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">${sSecHtml}
<blockquote><p class="" style="white-space:pre-wrap;">${sQuote}</p></blockquote>
<p class="" style="white-space:pre-wrap;">${sClose}</p></div></div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5c5a5197" class="author-avatar"><img src="/s/rosalind.jpg" alt=""></a>
<div class="author-name">Rosalind Achter</div><div class="author-bio"><p>Rosalind is a garden designer working across the Wenn Vale, with a soft spot for
dry gravel gardens and old apple trees.</p></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments-651b8c2e"><div class="comment-count">0 Comments</div>
</div></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a class="item-pagination-link item-pagination-link--prev" href="/journal/dry-garden">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Planting a dry gravel garden</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/september-seed">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Saving seed in September</h2></a></section></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section section-height--small"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Seasonal notes from the garden</h2>
<div class="newsletter-form-header-description"><p>One email a month with what to plant, prune and sow. No spam.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">
Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-html-content">
<p>Ivy Marsh Gardens · Garden design in the Wenn Vale</p><p><a href="mailto:hello@ivymarshgardens.example">hello@ivymarshgardens.example</a></p>
<p>© 2026 Ivy Marsh Gardens</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience and analyse site traffic.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
</div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const ivyMarsh: TestPage = {
  name: 'heldout544-ivy-marsh-squarespace-october',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSections.map(([h]) => h),
  body: texts([...sIntro, ...sSections.flatMap(([, p, l]) => [...p, ...l]), sQuote, sClose]),
  bylines: ['October 3, 2026', 'Rosalind Achter'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ivy Marsh Gardens', ...sNav, 'Book a consultation', 'Open Menu', 'Seasonal', sCaption,
    'Rosalind is a garden designer working across the Wenn Vale, with a soft spot for dry gravel gardens and old apple trees.', '0 Comments',
    'Previous', 'Planting a dry gravel garden', 'Next', 'Saving seed in September', 'Seasonal notes from the garden',
    'One email a month with what to plant, prune and sow. No spam.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Ivy Marsh Gardens · Garden design in the Wenn Vale', 'hello@ivymarshgardens.example', '© 2026 Ivy Marsh Gardens',
    'This website uses cookies to improve your experience and analyse site traffic.', 'Decline', 'Accept',
  ],
};

export const HELDOUT544_B: readonly TestPage[] = [ivyMarsh];
