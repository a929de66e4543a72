import { links, type TestPage } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file a: a circus school's class page on Squarespace 7.1 and a magician's party packages page on Wix. */
const sTitle = 'Kids Circus Skills (Ages 7–11)';
const sIntro: Sec[] = [
  {
    b: [
      j(
        'Our Saturday morning class is where most of our young performers start. Over a ten-week term children try juggling, plate',
        'spinning, diabolo, stilt walking, tightwire and beginner aerial work, with a short show for families in the last session.',
      ),
      j(
        'Classes are small, with no more than twelve children and two coaches, so everyone gets time on every piece of kit. No',
        'experience is needed, and children can join at the start of any term.',
      ),
    ],
  },
  {
    h: 'What your child will learn',
    b: [
      {
        ul: [
          'Three-ball juggling, from first throws to simple patterns',
          'Plate spinning and devil stick tricks',
          'Diabolo: starting, balancing and throwing to a partner',
          'Walking on tightwire and rola bola with a spotter',
          'Basic tricks on low static trapeze and aerial hoop',
          'Clowning games that build confidence on stage',
        ],
      },
    ],
  },
  {
    h: 'Class details',
    b: [
      {
        ul: [
          '<strong>Ages:</strong> 7 to 11',
          '<strong>When:</strong> Saturdays, 9:30–11:00am, term time',
          '<strong>Where:</strong> The Big Shed, Unit 4 Wharf Lane, Kettlewell',
          '<strong>Cost:</strong> £120 per ten-week term, or £14 for a single drop-in session',
        ],
      },
    ],
  },
];
const sMore: Sec[] = [
  {
    h: 'What to bring',
    b: [
      j(
        'Soft, close-fitting clothes that cover knees and elbows, a water bottle, and hair tied back. Children do circus in bare feet',
        'or socks, so there is no need for trainers. Please take off jewellery before class.',
      ),
    ],
  },
  {
    h: 'Try a class first',
    b: [
      j(
        'Not sure if circus is for your child? Book a free taster on any Saturday in the first three weeks of term. If they love it,',
        'the taster counts as their first session and we take £14 off the term fee.',
      ),
      j(
        'Bursary places are available for families on a low income. Email <a href="mailto:hello@tumblingox.co.uk">hello@tumblingox.co.uk</a>',
        'and we will sort it out quietly.',
      ),
    ],
  },
];
const sNav = ['Classes', 'Holiday Camps', 'Parties', 'Shows', 'About', 'Contact'];
const sFoot = ['Safeguarding Policy', 'Privacy', 'Instagram', 'Facebook'];
const sqBlock = (inner: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const sqButton = (label: string, href: string, id: string): string =>
  `<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left">
<a href="${href}" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">${label}</a></div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Kids Circus Skills (Ages 7–11) — Tumbling Ox Circus School</title><link rel="canonical" href="https://www.tumblingox.co.uk/kids-circus"/>
<meta property="og:site_name" content="Tumbling Ox Circus School"/>
<meta property="og:title" content="Kids Circus Skills (Ages 7–11) — Tumbling Ox Circus School"/>
<meta name="description" content="Saturday circus skills for 7 to 11 year olds in Kettlewell: juggling, diabolo, tightwire and aerial."/>
<script type="application/ld+json">{"url":"https://www.tumblingox.co.uk","name":"Tumbling Ox Circus School","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Tumbling Ox Circus School","address":"Unit 4 Wharf Lane\\nKettlewell, KW3 9PL",
"@context":"http://schema.org","@type":"Organization"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"5f3a1c9e2b7d4e0012ab34cd","templateId":"5c5a519771c10ba3470d8101"};</script>
<script src="https://assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-3f2f9b2a.js" defer></script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-6a1c2b0e.css" rel="stylesheet" type="text/css"/>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f3a1c9e2b7d4e0012ab34cd/42/site.css"/></head>
<body id="collection-6012c2f1a9d14b7a3e2c5f10" class="primary-button-style-solid primary-button-shape-pill header-width-full
tweak-global-animations-enabled collection-type-page view-item">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--light" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">We use cookies to understand how visitors use our site and to improve your experience.</div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-first-focusable-element tabindex="-1">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/holiday-camps" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" role="button" tabindex="0" aria-label="Close Announcement"></span>
<div class="sqs-announcement-bar-text-inner"><p>Summer holiday camps are now open for booking →</p></div></div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Tumbling Ox Circus School</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></div></div>
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
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6012c2f1a9d14b7a3e2c5f11">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6012c2f1a9d14b7a3e2c5f12">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6012c2f1a9d14b7a3e2c5f12"><div class="row sqs-row">
<div class="col sqs-col-7 span-7">
${sqBlock(
  `<h1 style="white-space:pre-wrap;">${sTitle}</h1>\n${secsHtml(sIntro, {
    p: (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  })}`,
  'yui_3_17_2_1_1707',
)}
${sqButton('Book a Term', '/book/kids-circus-term', 'b41c2d')}
</div><div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1708">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f3a1c9e/juggling-shed.jpg" alt="Children juggling scarves in a large shed" loading="lazy">
</div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Juggling practice in the Big Shed. Photo: Kettlewell Camera Club</p></div>
</figcaption></figure></div></div></div></div></div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqBlock(secsHtml(sMore, { p: (t) => `<p class="" style="white-space:pre-wrap;">${t}</p>` }), 'yui_3_17_2_1_1709')}
${sqButton('Book a Free Taster', '/book/taster', 'c72e10')}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-d03a91"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6012c2f1a9d14b7a3e2c5f13" autocomplete="on" method="POST" novalidate>
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Ringside Letter</h2>
<div class="newsletter-form-header-description"><p>Term dates, show tickets and camp news, about once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text newsletter-form-spinner sqs-spin light hidden"></div>
<div class="form-submission-html" data-submission-html="" hidden>Thank you!</div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small black"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Tumbling Ox Circus School</h3><p style="white-space:pre-wrap;">The Big Shed, Unit 4 Wharf Lane, Kettlewell KW3 9PL</p>
<p style="white-space:pre-wrap;">Registered charity no. 1187342</p></div></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list"><a href="https://instagram.com/tumblingoxcircus" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"></a>
<a href="https://facebook.com/tumblingoxcircus" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a></nav></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><ul>${links(sFoot)}</ul>
</div></div></div></div></div></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const sGold = gold([...sIntro, ...sMore]);
const squarespace: TestPage = done({
  name: 'heldout634-circus-class-squarespace',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sGold.headings,
  body: sGold.body,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to understand how visitors use our site and to improve your experience.', 'Accept', 'Manage cookies',
    'Summer holiday camps are now open for booking →', 'Skip to Content', 'Tumbling Ox Circus School', ...sNav, 'Book Now', 'Book a Term',
    'Juggling practice in the Big Shed. Photo: Kettlewell Camera Club', 'Book a Free Taster', 'Join the Ringside Letter',
    'Term dates, show tickets and camp news, about once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'The Big Shed, Unit 4 Wharf Lane, Kettlewell KW3 9PL', 'Registered charity no. 1187342', 'Safeguarding Policy', 'Privacy',
  ],
});

export const HELDOUT634_A: readonly TestPage[] = [squarespace];
