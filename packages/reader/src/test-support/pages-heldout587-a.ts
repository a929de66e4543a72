import { links, ps, type TestPage, texts } from './page-kit.js';
import { type Block, blocks, gold, j } from './pages-heldout587-kit.js';

/**
 * Held-out batch 587, file a: a cobbler's repair price list on WordPress (Hello Elementor with Elementor Pro price-list widgets
 * and a Complianz cookie banner), and a resoling explainer on a Squarespace 7.1 blog.
 */
type Item = readonly [string, string, string];
const eTitle = 'Repair prices';
const eIntro = [
  j(
    'All prices below are for standard work on adult shoes and boots. We will always look at your shoes with you at the counter',
    'and give you a fixed price before we start, so there are no surprises when you collect.',
  ),
  'Most heel jobs are done while you wait. Soles and stitching take three to five working days.',
];
const eGroups: readonly (readonly [string, readonly Item[]])[] = [
  [
    'Heels',
    [
      ['Men’s rubber heels', '£16', 'Full heel top pieces in Vibram or Dainite rubber'],
      ['Ladies’ heel tips', '£9', 'Stiletto and block heel tips, per pair'],
      ['Leather heel with rubber insert', '£24', 'Stacked leather finish on welted shoes'],
    ],
  ],
  [
    'Soles',
    [
      ['Half soles, rubber', '£32', 'Stuck on and edge-trimmed, ideal for glued shoes'],
      ['Full leather soles and heels', '£95', 'Oak-bark tanned leather, stitched on welted shoes'],
      ['Commando soles for boots', '£85', 'Includes new midsole where needed'],
      ['Sole guards', '£18', 'Thin rubber protectors fitted to new leather soles'],
    ],
  ],
  [
    'Stitching and uppers',
    [
      ['Re-stitch a seam', 'from £8', 'Uppers, bags and belts, priced by length'],
      ['New zip on a boot', '£38', 'Full-length YKK zip, matched to colour'],
      ['Stretching', '£10', 'Width or calf, per shoe'],
    ],
  ],
];
const eNotes = [
  j(
    'Prices for children’s shoes are about a third lower. Designer shoes with painted or dyed soles may cost more, because we',
    'have to match the colour by hand.',
  ),
  'Shoes left for more than 90 days after we call you may be sold to cover the cost of the repair.',
];
const eNav = ['Home', 'Shoe Repairs', 'Key Cutting', 'Watch Batteries', 'Prices', 'Contact'];
const eFoot = ['Privacy Policy', 'Cookie Policy', 'Terms of Service'];
const eHours = ['Mon–Fri 8:00–17:30', 'Saturday 9:00–16:00', 'Sunday closed'];
const item = ([t, p, d]: Item): string =>
  `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${t}</span><span class="elementor-price-list-separator"></span>
<span class="elementor-price-list-price">${p}</span></div><p class="elementor-price-list-description">${d}</p></div></li>`;
const widget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eMain = [
  widget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`),
  widget('text-editor', ps(eIntro)),
  ...eGroups.map(
    ([h, items]) =>
      `${widget('heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`)}
${widget('price-list', `<ul class="elementor-price-list">${items.map(item).join('\n')}</ul>`)}`,
  ),
  widget('text-editor', ps(eNotes)),
  widget('button', '<a class="elementor-button elementor-button-link" href="/contact"><span class="elementor-button-text">Ask for a quote</span></a>'),
].join('\n');
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Repair prices – Heel &amp; Hide Repairs, Wexcombe</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Repair prices",
"isPartOf":{"@id":"https://heelandhide.co.uk/#website"}},{"@type":"LocalBusiness","name":"Heel & Hide Repairs","telephone":"01632 960418"}]}</script>
<style id="elementor-frontend-inline-css">.elementor-kit-6{--e-global-color-primary:#3B2A1E;}</style></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<div class="elementor-element e-con-full e-flex e-con e-parent">
${widget('theme-site-logo', '<a href="https://heelandhide.co.uk"><img src="/wp-content/uploads/2023/02/logo.png" alt="Heel &amp; Hide Repairs"></a>')}
${widget(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-4a1f" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav><div class="elementor-menu-toggle" role="button" aria-label="Menu Toggle"></div>`,
)}
${widget(
  'icon-list',
  '<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Call 01632 960418</span></li></ul>',
)}
</div></div>
<main id="content" class="site-main post-212 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212"><div class="elementor-element e-con-boxed e-flex e-con e-parent">
<div class="e-con-inner">${eMain}</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer">
${widget('heading', '<h3 class="elementor-heading-title">Opening hours</h3>')}
${widget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eHours
    .map(
      (h) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">${h}</span></li>`,
    )
    .join('')}</ul>`,
)}
${widget('heading', '<h3 class="elementor-heading-title">Find us</h3>')}
${widget('text-editor', '<p>14 Tanner’s Row, Wexcombe WX3 2LP</p>')}
${widget('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot)}</ul></nav>`)}
${widget('text-editor', '<p>© 2025 Heel &amp; Hide Repairs. All rights reserved.</p>')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
role="dialog" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body">
<div class="cmplz-message">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","version":"7.0.4"};</script></body></html>`;
const eBlocks: Block[] = eGroups.flatMap(([h, items]): Block[] => [['h2', h], ...items.map((i): Block => ['li', i.join(' ')])]);
const elementor: TestPage = {
  name: 'heldout587-elementor-price-list',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: gold(eBlocks).headings,
  body: texts([...eIntro, ...gold(eBlocks).body, ...eNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((n) => n !== 'Prices'), 'Call 01632 960418', 'Ask for a quote', 'Opening hours', ...eHours, 'Find us',
    '14 Tanner’s Row, Wexcombe WX3 2LP', ...eFoot, '© 2025 Heel & Hide Repairs. All rights reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences',
  ],
};

const sTitle = 'What actually happens when we resole your shoes';
const sBlocks: Block[] = [
  [
    'p',
    j(
      'Every week someone hands a pair of shoes across the counter and asks, a little nervously, whether they are “worth doing”.',
      'The honest answer depends on how the shoe was made, and the best way to explain that is to walk you through what happens',
      'to a pair once it goes into the workshop.',
    ),
  ],
  ['h2', 'First, we look at how the sole is attached'],
  [
    'p',
    j(
      'Turn a shoe over and look at the edge of the sole. If you can see a row of stitches running around the top of the sole,',
      'about three millimetres in from the edge, it is probably Goodyear welted. The sole is stitched to a strip of leather (the',
      'welt), and the welt is stitched to the upper. We can cut the old sole away and stitch a new one to the same welt, often',
      'three or four times over the life of the shoe.',
    ),
  ],
  [
    'p',
    j(
      'If the stitches run through the sole and straight into the inside of the shoe, it is Blake stitched. These can be resoled',
      'too, but we need a special machine to reach inside, so we send them to a partner workshop in Marlow and the job takes two weeks.',
    ),
  ],
  [
    'p',
    j(
      'If there is no stitching at all, the sole is cemented. Most trainers and a lot of fashion shoes are made this way. We can',
      'still glue on a new rubber sole, but the result depends on the upper being in good condition.',
    ),
  ],
  ['h2', 'Taking the old sole off'],
  [
    'p',
    j(
      'We slice through the old stitches, lift the sole and heel away and clean the welt back to bare leather. This is where we',
      'find out whether the welt itself is sound. A welt that has been cut too many times or has rotted from damp needs replacing,',
      'which adds £35 to the price.',
    ),
  ],
  ['p', 'At the same time we check the cork filling under the insole. If it has crumbled, we fill it again so the new sole sits flat.'],
  ['h2', 'Choosing the new sole'],
  ['li', '<strong>Leather</strong> looks the smartest and breathes well, but wears quickly on wet pavements.'],
  ['li', '<strong>Dainite-style studded rubber</strong> keeps a slim profile and grips much better in the rain.'],
  ['li', '<strong>Commando rubber</strong> is the choice for walking boots and anything worn in mud.'],
  ['li', '<strong>Leather with a rubber half-sole</strong> gives you the look of leather with some of the grip of rubber.'],
  ['h2', 'Stitching, trimming and finishing'],
  [
    'p',
    j(
      'The new sole is glued in place, pressed for an hour and then stitched through the welt on our 1968 Landis stitcher, using the',
      'original holes wherever we can. Then the heel is built up from layers of leather, nailed and trimmed flush to the sole.',
    ),
  ],
  [
    'p',
    j(
      'Finishing is the slow part. The edges are sanded, inked, waxed and burnished with a hot iron until they shine, and the bottom',
      'of the sole is stained and polished. A good finish is what makes a resoled shoe look like it came out of the box.',
    ),
  ],
  ['q', 'A well-made pair of shoes should outlive three sets of soles. It is the upper you are paying for.'],
  ['h2', 'How long it takes and what it costs'],
  [
    'p',
    j(
      'A full leather resole with a new heel costs £95 and takes about five working days. Rubber soles are £85. If the welt or the',
      'heel counters need work, we will call you with a price before we go any further.',
    ),
  ],
  ['p', 'Not sure whether your pair is worth it? Bring them in. Looking costs nothing, and we are happy to tell you if it isn’t.'],
];
const sNav = ['Repairs', 'Resoling', 'Keys', 'Journal', 'About', 'Visit'];
const sFoot = ['Instagram', 'Facebook', 'Privacy', 'Terms'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>${sTitle} — Marlowe &amp; Pike Shoemenders</title><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle} — Marlowe &amp; Pike Shoemenders"><link rel="canonical" href="https://www.marloweandpike.co.uk/journal/resoling">
<script type="application/ld+json">{"url":"https://www.marloweandpike.co.uk/journal/resoling","name":"${sTitle}","datePublished":"2025-03-11T09:12:00+0000",
"author":"Tom Ferrell","@context":"http://schema.org","@type":"Article"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteSettings":{"storeSettings":{}}};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/user-account-core-cc552ac9a6c8f4d2-min.en-US.css" rel="stylesheet" type="text/css">
</head><body id="item-65ef1d2" class="header-overlay-alignment-center tweak-blog-item-width-medium primary-button-style-solid">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="//images.squarespace-cdn.com/content/v1/logo.png" alt="Marlowe &amp; Pike Shoemenders"></a></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`)
  .join('\n')}</nav></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a repair</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65ef1d2">
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-tom-ferrell post-type-text article-index-2">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2025-03-11">11 Mar</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5c5a" class="blog-author">Written By <span>Tom Ferrell</span></a></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">${blocks(sBlocks.slice(0, 5), { p: 'class="" style="white-space:pre-wrap;"' })}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="//images.squarespace-cdn.com/content/v1/welt.jpg" alt="A welted shoe with its sole removed">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>A welt cleaned back and ready for its new sole.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${blocks(sBlocks.slice(5), { p: 'class="" style="white-space:pre-wrap;"' })}</div></div></div></div></div></div></div>
<div class="blog-item-comments"></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a href="/journal/heel-tips" class="item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Why your heel tips wear out so fast</h2></a>
<a href="/journal/suede" class="item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Bringing suede back from the dead</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-layout">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">From the workbench</h2>
<div class="newsletter-form-header-description"><p>A short email every month with care tips and workshop news.</p></div>
<form class="newsletter-form"><input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button">Sign Up</button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div>
<div class="sqs-block html-block"><div class="sqs-html-content"><p>22 Bridge Street, Marlow SL7 1QE</p><p>Tue–Sat, 9am–5pm</p></div></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav><ul>${links(sFoot)}</ul></nav></div>
<div class="sqs-block html-block"><div class="sqs-html-content"><p>© 2025 Marlowe &amp; Pike</p></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to give you the best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="//assets.squarespace.com/universal/scripts-compressed/website.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout587-squarespace-resoling',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  ...gold(sBlocks),
  bylines: ['11 Mar', 'Written By Tom Ferrell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((n) => n !== 'About'), 'Book a repair', 'A welt cleaned back and ready for its new sole.', 'Previous',
    'Why your heel tips wear out so fast', 'Next', 'Bringing suede back from the dead', 'From the workbench',
    'A short email every month with care tips and workshop news.', 'Sign Up', 'We respect your privacy.', '22 Bridge Street, Marlow SL7 1QE',
    'Tue–Sat, 9am–5pm', ...sFoot, '© 2025 Marlowe & Pike', 'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT587_A: readonly TestPage[] = [elementor, squarespace];
