import { links, ps, texts, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout547-kit.js';

/** Held-out batch 547, file a2: a tide and safety guide for paddlers posted on a Squarespace 7.1 blog. */
const sTitle = 'Reading the Tide: A Safety Guide for Paddlers at Gwenna Estuary';
const sSecs: { h: string; ps: string[]; li?: string[] }[] = [
  {
    h: '',
    ps: [
      j(
        'Every season we rescue a handful of paddlers who set off on a falling tide and could not get back against it. None of them',
        'were careless. They simply did not know how fast the water leaves the estuary, or that the channel narrows to a few metres',
        'at low water. This guide is what we tell every customer at the hire desk, written down so you can read it before you arrive.',
      ),
    ],
  },
  {
    h: 'How the tide works here',
    ps: [
      j(
        'Gwenna Estuary has two high tides and two low tides a day, roughly six hours and twelve minutes apart. The range is large:',
        'on a spring tide the water can rise and fall by more than five metres, which uncovers most of the mud flats above the old',
        'quay.',
      ),
      j(
        'The flow is strongest in the middle two hours of each tide, when it can run at three knots through the narrows below',
        'Trevean Point. That is faster than most people can paddle a hire board for more than a minute or two.',
      ),
    ],
  },
  {
    h: 'The rule of thirds',
    ps: ['We ask everyone to plan their trip with the rule of thirds:'],
    li: [
      'Use one third of your energy paddling out.',
      'Keep one third for the paddle back.',
      'Keep the last third in reserve for wind, tide or a tired child.',
    ],
  },
  {
    h: 'Best times to paddle',
    ps: [
      j(
        'The easiest window is the hour either side of high water. The estuary is full, the flow is slack and you can explore the',
        'creeks up to Polgarth without touching the bottom. If you want to go upriver, leave about two hours before high water and',
        'let the flood carry you; come back on the first of the ebb.',
      ),
      j(
        'Avoid setting off in the last three hours of the ebb. The channel empties quickly and you may find yourself walking a board',
        'back across soft mud, which is hard work and can be dangerous near the outflow pipes.',
      ),
    ],
  },
  {
    h: 'Wind against tide',
    ps: [
      j(
        'When a south-westerly wind blows up the estuary against an ebbing tide, short steep waves build at the mouth. They look',
        'harmless from the beach and are not. If you see white water between the harbour wall and the red buoy, stay inside the',
        'moorings.',
      ),
    ],
  },
  {
    h: 'Before you go',
    ps: [],
    li: [
      'Check the tide table at the hire hut or on the harbour office website.',
      'Wear the buoyancy aid we give you and keep the leash on your ankle.',
      'Tell someone on shore where you are going and when you will be back.',
      'Carry a phone in a waterproof pouch. In an emergency, call 999 and ask for the Coastguard.',
    ],
  },
];
const sCap = 'The narrows below Trevean Point at half tide. Photo: Gwenna Watersports';
const sNav = ['Hire', 'Lessons', 'Tours', 'Journal', 'Find Us'];
const sFoot = ['Instagram', 'Facebook', 'Terms of Hire', 'Privacy'];
const sSec = (x: (typeof sSecs)[number]): string =>
  `${x.h === '' ? '' : `<h2 style="white-space:pre-wrap;">${x.h}</h2>`}${ps(x.ps, ' class="" style="white-space:pre-wrap;"')}${
    x.li
      ? `<ul
data-rte-list="default">${lis(x.li.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>`
      : ''
  }`;
const sBlock = (inner: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content"><div
class="sqs-html-content">${inner}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport"
content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} — Gwenna Watersports</title><link rel="canonical"
href="https://www.gwennawatersports.co.uk/journal/reading-the-tide">
<meta property="og:site_name" content="Gwenna Watersports"><meta property="og:type" content="article"><meta itemprop="author" content="Gwenna Watersports">
<script type="application/ld+json">{"url":"https://www.gwennawatersports.co.uk","name":"Gwenna Watersports","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2027-04-02T09:00:00+0100",
"author":{"@type":"Person","name":"Tamsin Rowe"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","collectionType":10};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/60f1a2b3c4d5e6f7a8b9c0d1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"
type="text/css"></head>
<body id="item-6608a1c2d3e4f50012a3b4c5" class="header-width-full tweak-blog-item-width-narrow tweak-blog-item-alignment-center primary-button-style-solid
collection-type-blog view-item">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div
class="header-title" data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/gwenna-logo.png?format=1500w"
alt="Gwenna Watersports"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div
class="header-nav-item header-nav-item--collection${t === 'Journal' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase().replace(' ', '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/hire">Book a Board</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close
Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6608a1c2d3e4f50012a3b4c6">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry post-type-text article-index-1 hentry
category-safety tag-tides author-tamsin-rowe post-type-text" data-item-id="6608a1c2d3e4f50012a3b4c5">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-author">Tamsin Rowe</span><time class="blog-date" pubdate data-animation-role="date">2 Apr 2027</time></span>
<span class="blog-meta-secondary"><span class="blog-categories-list"><a href="/journal?category=Safety" class="blog-categories">Safety</a></span></span></div>
</div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1711990000000" id="item-6608a1c2d3e4f50012a3b4c5">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock(sSecs.slice(0, 2).map(sSec).join('\n'), 'yui_3_17_2_1_1711989000001_4410')}
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1711989000001_5120"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:2500px;"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline
combination-animation-site-default individual-animation-site-default">
<div class="fluid-image-animation-wrapper sqs-image sqs-block-alignment-wrapper" data-animation-role="image"><div
class="fluid-image-container sqs-image-content" style="overflow: hidden;">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/narrows.jpg" alt="Low water in the estuary channel" loading="lazy"
src="https://images.squarespace-cdn.com/content/v1/narrows.jpg?format=1000w"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCap}</p></div></figcaption></div></figure>
</div></div>
${sBlock(sSecs.slice(2).map(sSec).join('\n'), 'yui_3_17_2_1_1711989000001_6031')}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1e2d3c4b5a69788796a5b4" class="blog-item-author-profile-link"><div
class="author-name">Tamsin Rowe</div>
<div class="author-bio"><p>Tamsin runs the hire desk at Gwenna and has paddled the estuary for twenty years.</p></div></a></div>
<div class="blog-item-comments"></div></article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/journal/choosing-a-board">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Inflatable or Hard Board? How We Choose for Hire</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/kingfisher-season"><div class="item-pagination-prev-next">Next</div><h2
class="item-pagination-title">Kingfisher Season on the Upper Creeks</h2></a></section>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"><div
class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Gwenna
Watersports</h3>
<p class="" style="white-space:pre-wrap;">The Old Boathouse, Quay Lane, Gwenna</p><p class="" style="white-space:pre-wrap;">Open daily 9am–6pm, Easter to
October</p></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Tide tips and offers</h2></div>
<form class="newsletter-form" data-form-id="6608a1c2d3e4f50012a3b4d0"><div class="newsletter-form-field-wrapper form-item field email required"><label
class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label>
<input id="email-yui_3_17_2_1" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div></form></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul>${links(sFoot)}</ul></nav></div>
</div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout547-squarespace-tide-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.filter((x) => x.h !== '').map((x) => x.h),
  body: texts(sSecs.flatMap((x) => [...x.ps, ...(x.li ?? [])])),
  bylines: ['Tamsin Rowe', '2 Apr 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== 'Hire'), 'Book a Board', sCap,
    'Tamsin runs the hire desk at Gwenna and has paddled the estuary for twenty years.', 'Previous', 'Inflatable or Hard Board? How We Choose for Hire',
    'Next', 'Kingfisher Season on the Upper Creeks', 'Gwenna Watersports', 'The Old Boathouse, Quay Lane, Gwenna', 'Open daily 9am–6pm, Easter to October',
    'Tide tips and offers', 'Email Address', 'Sign Up', 'We respect your privacy.', ...sFoot, 'This site uses cookies to improve your experience.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT547_A2: readonly TestPage[] = [squarespace];
