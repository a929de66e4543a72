import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout255-kit.js';

/** Held-out batch 255, file a2: a software foundation's blog post built with Elementor (described in file a). */
const eTitle = 'Why we are paying for fuzzing in fourteen small projects';
const eH = ['The gap we kept seeing', 'How the grants work', 'What comes next'];
const eP1 = [
  j(
    'When the Harrowgate Software Foundation surveyed its hosted projects last year, one answer came back again and again. The',
    'maintainers knew their parsers were the riskiest code they shipped, and almost none of them had the time to set up',
    'continuous fuzzing, let alone triage what it found.',
  ),
  j(
    'Many of these projects are small. A date-parsing library with three maintainers, a compression format with one. They sit',
    'deep inside other software, and a crash in them turns up years later as a security advisory in something much larger.',
  ),
];
const eQuote = j(
  '“We had a fuzzer running once, on a laptop, for a weekend. It found two crashes and then the laptop went back to being a',
  'laptop,” said Oriel Castellanos, who maintains the Wrenfold archive library.',
);
const eP2 = [
  j(
    'This year the foundation is putting 420,000 dollars into a fuzzing programme for fourteen of its projects. The money does',
    'not buy tools, which are mostly free. It buys people: a paid engineer who writes the first harnesses with each team, and',
    'a stipend for one maintainer per project to spend four hours a week on triage for twelve months.',
  ),
];
const eL = [
  'Teams apply through the foundation’s grants portal; the first round closes on 30 April.',
  'Each project is paired with one of three fuzzing engineers for an initial eight-week sprint.',
  'Findings go to the project’s own security contact first and follow its disclosure policy.',
  'After twelve months the harnesses and build scripts stay in the project’s repository under its own licence.',
];
const eP3 = [
  j(
    'We chose fourteen because that is how many teams three engineers can support properly. If the first round goes well, the',
    'governing board has agreed to consider a second round of the same size in 2027.',
  ),
  j(
    'We will publish a report at the end of the year with the number of bugs found, how long fixes took, and what the',
    'maintainers thought of the programme, including the parts that did not work.',
  ),
];
const eNav = ['About', 'Projects', 'Membership', 'Events', 'Blog', 'Contact'];
const eShare = ['Share on LinkedIn', 'Share on Mastodon', 'Share on Bluesky', 'Share via Email'];
const eRelated = ['Our 2025 annual report is out', 'Meet the new members of the governing board', 'A security audit for the Wrenfold archive library'];
const eFoot = ['Privacy policy', 'Trademark policy', 'Code of conduct', 'Antitrust policy'];
const w = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Harrowgate Software Foundation</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://harrowgate.org/blog/fuzzing-grants-2026/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-05T14:00:00+00:00"><meta name="author" content="Priya Venkataraman">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Priya Venkataraman"},"datePublished":"2026-03-05T14:00:00+00:00","publisher":{"@id":"https://harrowgate.org/#organization"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://harrowgate.org/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.27.4","post":{"id":9214}};</script></head>
<body class="post-template-default single single-post postid-9214 elementor-default elementor-template-full-width elementor-kit-7 elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="51" class="elementor elementor-51 elementor-location-header">
${sec(
  '1a2b3c4',
  `${w('theme-site-logo', '<a href="https://harrowgate.org"><img src="/wp-content/uploads/hsf-logo.svg" alt="Harrowgate Software Foundation"></a>', '5d6e7f8')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-9f0a" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
  '9f0a1b2',
)}`,
)}</div>
<div data-elementor-type="single-post" data-elementor-id="812" class="elementor elementor-812 elementor-location-single post-9214 post type-post">
${sec(
  'c3d4e5f',
  `${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, 'a6b7c8d')}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-5e1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">By Priya Venkataraman</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-5e2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date"><time>March 5, 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-5e3 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/security/"
class="elementor-post-info__terms-list-item">Security</a></span></span></li></ul>`,
  'e9f0a1b',
)}
${w(
  'share-buttons',
  `<div class="elementor-grid">${eShare
    .map(
      (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${s.split(' ').pop()?.toLowerCase()}" role="button"
tabindex="0" aria-label="${s}"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">${s}</span></span></div></div>`,
    )
    .join('\n')}</div>`,
  'b2c3d4e',
)}
${w(
  'image',
  `<figure class="wp-caption"><img width="1200" height="675" src="/wp-content/uploads/2026/03/fuzz-dashboard.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">A coverage dashboard from the pilot, run against the Wrenfold archive parser. Photo: Harrowgate
Software Foundation</figcaption></figure>`,
  'f5a6b7c',
)}
${w(
  'theme-post-content',
  `<h2>${eH[0]}</h2>
${ps(eP1)}
<blockquote class="wp-block-quote"><p>${eQuote}</p></blockquote>
<p class="hsf-inline-promo"><strong>Read more:</strong> <a href="/blog/wrenfold-audit/">A security audit for the Wrenfold archive library</a></p>
<h2>${eH[1]}</h2>
${ps(eP2)}
<ul class="wp-block-list">
${eL.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2>${eH[2]}</h2>
${ps(eP3)}`,
  'd8e9f0a',
)}`,
)}
${sec(
  '0b1c2d3',
  `${w('heading', '<h2 class="elementor-heading-title elementor-size-default">Get the foundation newsletter</h2>', '4e5f6a7')}
${w(
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper"><div class="elementor-field-type-email
elementor-field-group"><label for="form-field-email" class="elementor-field-label">Work email</label><input size="1" type="email" name="form_fields[email]"
id="form-field-email" class="elementor-field elementor-size-sm" placeholder="you@example.org" required></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" class="elementor-button"><span
class="elementor-button-text">Subscribe</span></button></div></div></form>
<p class="hsf-form-note">One email a month. Unsubscribe at any time.</p>`,
  '8b9c0d1',
)}`,
)}
${sec(
  '2e3f4a5',
  `${w('heading', '<h2 class="elementor-heading-title elementor-size-default">Related posts</h2>', '6b7c8d9')}
${w(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">${eRelated
    .map(
      (r) => `<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="/blog/${r.length}/">${r}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">February 2026</span></div>
<a class="elementor-post__read-more" href="/blog/${r.length}/" aria-label="Read more about ${r}">Read More »</a></div></article>`,
    )
    .join('\n')}</div>`,
  '0e1f2a3',
)}`,
)}</div>
<div data-elementor-type="footer" data-elementor-id="63" class="elementor elementor-63 elementor-location-footer">
${sec(
  '4b5c6d7',
  `${w('icon-list', `<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul>`, '8e9f0a1')}
${w(
  'text-editor',
  '<p>Copyright © 2026 Harrowgate Software Foundation. All rights reserved. Harrowgate is a registered trademark of the foundation.</p>',
  '2b3c4d5',
)}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to understand how visitors use our website and to improve
it.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://harrowgate.org/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
export const elementor: TestPage = {
  name: 'heldout255-elementor-foundation-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eP1, eQuote, ...eP2, ...eL, ...eP3]),
  bylines: ['By Priya Venkataraman', 'March 5, 2026'],
  furniture: [
    'Skip to content',
    ...eNav,
    'Security',
    ...eShare,
    'A coverage dashboard from the pilot, run against the Wrenfold archive parser. Photo: Harrowgate Software Foundation',
    'Read more: A security audit for the Wrenfold archive library',
    'Get the foundation newsletter',
    'Work email',
    'Subscribe',
    'One email a month. Unsubscribe at any time.',
    'Related posts',
    ...eRelated.slice(0, 2),
    'February 2026',
    'Read More »',
    ...eFoot,
    'Copyright © 2026 Harrowgate Software Foundation. All rights reserved. Harrowgate is a registered trademark of the foundation.',
    'Manage Cookie Consent',
    'We use cookies to understand how visitors use our website and to improve it.',
    'Accept',
    'Deny',
    'View preferences',
  ],
};
