import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file a2: a surf school's spot guide, a blog post on Squarespace 7.1, with an image caption, pagination,
 * comments and a newsletter block.
 */
const sTitle = 'Reading the breaks around Porth Carrow: a local’s spot guide';
const sSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Porth Carrow sits in the middle of a six-mile stretch of coast that faces almost due west, which means it picks up',
        'nearly every Atlantic swell going. That is the good news. The less good news is that the same six miles hold four very',
        'different breaks, and the one that is perfect at nine in the morning can be dangerous by lunchtime.',
      ),
      j(
        'We get asked about the spots every day in the shop, so we have written down what our instructors tell their friends.',
        'None of this replaces a look at the water before you paddle out, and none of it applies when the red flags are up.',
      ),
    ],
  ],
  [
    'Carrow Main Beach',
    [
      j(
        'This is where we teach, and for good reason. The beach is a mile long, shelves gently and has sandbanks that shift every',
        'winter, so there is almost always a peak somewhere that suits beginners. Lifeguards patrol the middle section between',
        'the red and yellow flags from May to the end of September.',
      ),
      j(
        'It works on all tides, but it is at its friendliest on the two hours either side of mid tide. At low tide the waves get',
        'steeper and close out along the bars; at high tide they break right on the shore and there is a strong backwash.',
      ),
      j(
        'Watch out for the rip that forms against the rocks at the north end when there is any size. It is easy to spot once you',
        'know what to look for: a darker, calmer channel where no waves are breaking. Do not paddle near it.',
      ),
    ],
  ],
  [
    'The Point',
    [
      j(
        'At the north end of the beach a long left peels off the headland when the swell is over four feet and the wind is from',
        'the east. On its day it is the best wave in the area, with rides of a hundred metres and more.',
      ),
      j(
        'It is not a spot for improvers. The take-off is over rock, the locals sit deep and the paddle back out goes straight',
        'through the rip we mentioned above. If you have to ask whether you are ready for it, you are not.',
      ),
    ],
  ],
  [
    'Skerry Cove',
    [
      j(
        'Ten minutes’ walk south over the cliff path, Skerry Cove is a small, sheltered bay that only breaks when the main beach',
        'is too big. It is a good option for a winter session when the Atlantic is roaring, as the headland takes a lot of the',
        'power out of the swell.',
      ),
      j(
        'There are no lifeguards, no car park and no phone signal at the bottom of the steps. The cove fills completely at high',
        'tide, so check the tide times and leave yourself an hour to get back up the steps before the water reaches them.',
      ),
    ],
  ],
  [
    'Lanvoe Reef',
    [
      j(
        'Lanvoe is a slab of reef at the far south end that breaks hard and fast on low tide. It is a bodyboarders’ wave more than',
        'a surfers’ one, and it is very shallow. We do not take groups there and we would rather you did not go alone.',
      ),
    ],
  ],
  [
    'Reading the tide',
    [
      j(
        'The tidal range here is big, up to seven metres on a spring tide, so the same spot changes completely over six hours.',
        'As a rule of thumb, the main beach is best from two hours after low to two hours before high, the Point needs mid to',
        'high tide, Skerry Cove wants the bottom half of the tide and Lanvoe only works on the lowest hour.',
      ),
      j(
        'Spring tides, around new and full moon, bring the strongest currents. On those days the rips at the main beach run',
        'harder and the sandbars are exposed for longer at low water. Neap tides are gentler and often the better choice for',
        'a first few sessions.',
      ),
      'A few things we always check before a session:',
    ],
  ],
  [
    'When we cancel lessons',
    [
      j(
        'We cancel when the waves at the main beach are over five feet, when there is an offshore wind of more than 20 knots, or',
        'when the lifeguards close the beach. We also cancel in thunderstorms, even when the surf looks perfect.',
      ),
      j(
        'If we cancel, we will text you by 8am and move your lesson to the next available slot. If none of the slots suit, we',
        'refund you in full. We would always rather lose a lesson than have someone frightened off surfing for life.',
      ),
      j(
        'If you are not sure whether the conditions suit you, pop into the shop on Harbour Road or give us a call. We are',
        'happy to talk through the day’s forecast with anyone, whether you surf with us or not.',
      ),
    ],
  ],
];
const sChecks = [
  'the tide time and height on the day',
  'the swell size and period, not just the wave height',
  'the wind direction and strength at the beach',
  'where the lifeguards have put the flags',
];
const sNav = ['Lessons', 'Hire', 'Spot Guide', 'Journal', 'Shop', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Terms', 'Privacy'];
const sectionHtml = ([h, paras]: [string, string[]]): string =>
  `${h === '' ? '' : `<h2 style="white-space:pre-wrap;">${h}</h2>\n`}${paras.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n')}${
    h === 'Reading the tide' ? `\n<ul data-rte-list="default">${lis(sChecks.map((c) => `<p class="" style="white-space:pre-wrap;">${c}</p>`))}</ul>` : ''
  }`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Carrow Surf School</title><link rel="canonical" href="https://www.carrowsurf.co.uk/journal/porth-carrow-spot-guide">
<meta property="og:site_name" content="Carrow Surf School"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.carrowsurf.co.uk","name":"Carrow Surf School","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-03-14T09:30:00+0000",
"author":{"@type":"Person","name":"Kerenza Pascoe"}}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f2c0a8","siteTitle":"Carrow Surf School"},"collectionId":"62a1d3","itemId":"65f2e9"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61f2c0a8/24/5c5a519771c10ba3470d8101/61f2c0a8/1520/site.css" rel="stylesheet" type="text/css">
</head>
<body id="item-65f2e9" class="header-layout-nav-right collection-type-blog-basic-grid view-item collection-62a1d3 mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/61f2c0a8/logo.png?format=1500w"
alt="Carrow Surf School"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection${n === 'Journal' ? ' header-nav-item--active' : ''}"><a
href="/${n.toLowerCase().replace(' ', '-')}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div
class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a lesson</a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f2e9">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide"
data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article
class="entry h-entry hentry author-kerenza-pascoe post-type-text article-index-1 tag-spots category-spot-guides"
data-item-id="65f2e9"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1
class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time
class="dt-published date-highlight"
datetime="2026-03-14">14 Mar</time></div><div class="blog-meta-item blog-meta-item--author"><span class="blog-author">Written By <a href="/journal?author=5f1b"
class="p-author">Kerenza Pascoe</a></span></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-layout-label="Post Body"
id="item-65f2e9"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-1a"><div class="sqs-block-content">
<div class="sqs-html-content">${sectionHtml(sSecs[0] ?? ['', []])}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-2b"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper has-aspect-ratio" data-animation-role="image"><img src="https://images.squarespace-cdn.com/content/v1/61f2c0a8/carrow-point.jpg"
alt="The Point at Porth Carrow on a clean east wind day" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">The Point on a clean day in February. Photo: Jory Hendra</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-3c"><div class="sqs-block-content"><div class="sqs-html-content">
${sSecs.slice(1).map(sectionHtml).join('\n')}</div></div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1b" class="author-avatar"><img src="/static/kerenza.jpg" alt="Kerenza Pascoe"></a>
<div class="author-name">Kerenza Pascoe</div><div class="author-bio"><p>Head coach at Carrow Surf School and a Porth Carrow lifeguard for eleven
summers.</p></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-65f2e9"><div class="comment-count">Comments (0)</div>
<a class="comment-btn" href="#">Add a comment</a></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev"
href="/journal/winter-wetsuits"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Which wetsuit for a Cornish
winter?</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/first-lesson"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">What to bring to your first lesson</h2></a></section>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper"><div
class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="6a0b"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Carrow crew</h2>
<div class="newsletter-form-header-description"><p>Swell alerts and early booking for summer camps, twice a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><p>Carrow Surf School, 3 Harbour Road, Porth Carrow, Cornwall</p>
<p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="https://instagram.com/carrowsurf">Instagram</a> · <a
href="https://facebook.com/carrowsurf">Facebook</a></p></div></div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to give you the best experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept All</button><button
class="sqs-cookie-banner-v2-deny">Decline All</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceGuide: TestPage = {
  name: 'heldout673-squarespace-spot-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts(sSecs.flatMap(([h, p]) => (h === 'Reading the tide' ? [...p, ...sChecks] : p))),
  bylines: ['14 Mar', 'Written By Kerenza Pascoe', 'Kerenza Pascoe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Hire', 'Journal', 'Contact', 'Book a lesson', 'The Point on a clean day in February. Photo: Jory Hendra',
    'Head coach at Carrow Surf School and a Porth Carrow lifeguard for eleven summers.', 'Comments (0)', 'Add a comment', 'Previous',
    'Which wetsuit for a Cornish winter?', 'Next', 'What to bring to your first lesson', 'Join the Carrow crew',
    'Swell alerts and early booking for summer camps, twice a month.', 'Email Address', 'Sign Up', 'Carrow Surf School, 3 Harbour Road, Porth Carrow, Cornwall',
    ...sFoot,
  ],
};

export const HELDOUT673_A2: readonly TestPage[] = [squarespaceGuide];
