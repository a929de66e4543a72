import { links, ps, type TestPage, texts } from './page-kit.js';
import { linkedin } from './pages-heldout449-b2.js';
import { j, lis } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file b: a designer's "About me" page on Squarespace 7.1 (header with the navigation and a
 * "Let's talk" button, page sections of sqs-layout rows and columns with HTML, image, quote, button and newsletter blocks,
 * an image caption, the footer section with social links, and the cookie banner) and, from file b2, a LinkedIn-style
 * public profile saved from the browser.
 */
const title = 'Hello, I’m Maren.';
const h = ['How I work', 'What clients hire me for', 'Outside the studio'];
const p1 = [
  j(
    'I’m a brand and packaging designer based in Calloway Bay. For eleven years I have helped small food and drink makers look',
    'as good on the shelf as they taste at home: bakeries, a cider press, two coffee roasters and one very stubborn honey farm.',
  ),
  j(
    'Before I went independent I was a senior designer at Fenwright &amp; Doyle, where I led the packaging redesign for a national',
    'chain of farm shops. I left in 2019 to work directly with makers, because I missed standing in their kitchens.',
  ),
];
const p2 = [
  j(
    'Every project starts with a day on site. I watch how the product is made, who buys it and where it sits in the shop, and I',
    'take far too many photographs of labels. Only then do I open a sketchbook.',
  ),
  j(
    'I work in three rounds: a short written brief we agree on together, two or three directions on paper, and one direction taken',
    'all the way to print-ready files. I do not charge by the revision, and I do not disappear between rounds.',
  ),
];
const quote = '“Maren understood our jam before she understood our logo. The new jars sold out at the first market.”';
const quoteBy = '— Odile Varga, founder of Varga Preserves';
const hire = [
  'Brand identities for food and drink makers, from name to label',
  'Packaging design and print management with local printers',
  'Market stall and shop display kits',
  'Short workshops for makers who want to design their own labels',
];
const p3 = [
  j(
    'When I’m not at the drawing table I swim in the bay all year round, badly, and I run a small letterpress club on Thursday',
    'evenings in the old harbour office. Members print their own menus, wedding invitations and, once, a very long poem about gulls.',
  ),
];
const nav = ['Work', 'About', 'Journal', 'Contact'];
const social = ['Instagram', 'Behance', 'LinkedIn'];
const foot = ['Privacy', 'Terms', 'Studio newsletter'];
const img = (id: string, alt: string): string => `<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_${id}">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline" data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element
has-aspect-ratio"><img data-stretch="false" data-src="https://images.squarespace-cdn.example/content/v1/6120/${id}.jpg" alt="${alt}" width="1500" height="1000"
sizes="(max-width: 640px) 100vw, 50vw" loading="lazy"></div></div>`;
const html = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>About — Maren Lisle Studio</title>
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.example/content/v1/6120/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.marenlisle.example/about"/><meta property="og:site_name" content="Maren Lisle Studio"/>
<meta property="og:title" content="About — Maren Lisle Studio"/><meta property="og:type" content="website"/>
<meta itemprop="name" content="About — Maren Lisle Studio"/><meta name="twitter:card" content="summary"/>
<meta name="description" content="Brand and packaging design for small food and drink makers, from Calloway Bay."/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61204c","siteTitle":"Maren Lisle Studio","location":{}},
"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1","pageFeatures":[1,2,4],"impersonatedSession":false};</script>
<script type="application/ld+json">{"url":"https://www.marenlisle.example","name":"Maren Lisle Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/61204c/31/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css" />
</head>
<body id="collection-6120aa" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid form-use-theme-colors
collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
id="site-title" data-animation-role="header-element">Maren Lisle Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${nav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'About' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element"${t === 'About' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Let’s talk</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6120ab">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6120ac">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6120ac">
<div class="row sqs-row"><div class="col sqs-col-6 span-6">${img('maren', 'Maren Lisle at her drawing table')}
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>In the studio on Quay Lane. Photo: Tobiah Reese</p></div></figcaption>
</figure></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_a1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${title}</h1>
${ps(p1, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--medium horizontal-alignment--center vertical-alignment--middle light" data-section-id="6120ad">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6120ad">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_a2">
<div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${h[0]}</h2>
${ps(p2, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_a3"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${quote.slice(1, -1)}<span>”</span></blockquote>
<figcaption class="source">${quoteBy}</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_a4"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${h[1]}</h2>
<ul data-rte-list="default">
${lis(hire.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}
</ul>
<h2 style="white-space:pre-wrap;">${h[2]}</h2>
${ps(p3, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_a5"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium">
<a href="/work" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">See selected work</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_a6"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="6120ae" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) { Y.use('squarespace-form-submit', 'node', function
usingFormSubmit(Y) { (new Y.Squarespace.FormSubmit(form)).submit({ formId: '6120ae', collectionId: '6120aa', objectName: 'page-section' }); }); return false;
})(this);"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Letters from the studio</h2>
<div class="newsletter-form-header-description"><p>Four times a year: new labels, printer tips and the odd recipe. No spam.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui_a6">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="Email Address" /></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span
class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div>
<div class="form-submission-text hidden">Thank you! You’re on the list.</div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Maren Lisle Studio · 4 Quay Lane, Calloway Bay</p>
<p class="" style="white-space:pre-wrap;">© 2026 Maren Lisle. All rights reserved.</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div
class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-right social-icons-color-white"><nav class="sqs-svg-icon--list">
${social
  .map(
    (s) => `<a href="https://www.${s.toLowerCase()}.example/marenlisle" target="_blank" class="sqs-svg-icon--wrapper ${s.toLowerCase()}"
aria-label="${s}"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#${s.toLowerCase()}-icon"></use></svg>
</div><span class="sqs-svg-icon--label">${s}</span></a>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><ul>${links(foot)}</ul>
</div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text"><p>This site uses cookies to see which pages are read and to keep the newsletter form working.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout449-squarespace-blog',
  kind: 'blog',
  html,
  title,
  headings: h,
  body: texts([...p1, ...p2, quote, ...hire, ...p3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Maren Lisle Studio', ...nav, 'Let’s talk', 'Open Menu', 'Close Menu',
    'In the studio on Quay Lane. Photo: Tobiah Reese', quoteBy, 'See selected work', 'Letters from the studio',
    'Four times a year: new labels, printer tips and the odd recipe. No spam.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Thank you! You’re on the list.', 'Maren Lisle Studio · 4 Quay Lane, Calloway Bay', '© 2026 Maren Lisle. All rights reserved.', ...social, ...foot,
    'This site uses cookies to see which pages are read and to keep the newsletter form working.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT449_B: readonly TestPage[] = [squarespace, linkedin];
