import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file a2: a Lions club's project page on Squarespace 7.1 (header with announcement bar, nav and
 * "Donate" button, page sections from the section builder, an image block with caption, a quote block, a newsletter
 * block, a button block, footer sections and the Squarespace cookie banner).
 */
const lTitle = 'Project Warmth: Winter Coats for Saltmere';
const lHeads = ['How the project works', 'Where we collect', 'Can you help?'];
const lP1 = [
  j(
    'Every November the Saltmere &amp; District Lions collect good-quality winter coats and pass them, cleaned and sorted,',
    'to families and older residents who would otherwise go without. Last winter we handed out 412 coats, 160 pairs of',
    'gloves and more than two hundred hats knitted by the Thursday craft circle at St Bride&rsquo;s hall.',
  ),
  j(
    'The project started in 2019 when a member who volunteers at the food bank noticed how many parents were arriving',
    'in the rain without a proper coat. Six years on it is the largest thing our club does, and it runs entirely on',
    'donations from the town.',
  ),
];
const lP2 = [
  j(
    'Coats are dropped at one of our collection points during November. A team of members checks each one, removes',
    'anything torn or stained beyond repair, and takes the rest to Brightwash Laundry on Quay Street, which cleans them',
    'free of charge. The coats are then sorted by size on the first weekend of December.',
  ),
  j(
    'We do not hand coats out ourselves. Instead the food bank, the two primary schools, the health visitors&rsquo; team',
    'and the Age Friendly Saltmere befriending service tell us what sizes they need, and we deliver bags to them so that',
    'the people they work with can choose in private.',
  ),
];
const lQuote = j(
  'The children came in on the first cold morning in coats that actually fitted. Nobody made a fuss about it, and',
  'that is exactly how it should be.',
);
const lQuoteBy = 'Headteacher, Saltmere Community Primary';
const lPlaces = [
  'Saltmere Library, Market Place (Monday to Saturday)',
  'The Anchor Co-op, Harbour Road (all opening hours)',
  'St Bride&rsquo;s Church Hall, Thursdays 10am to 1pm',
  'Brightwash Laundry, Quay Street (weekdays only)',
];
const lP3 = [
  j(
    'We are especially short of children&rsquo;s coats for ages 8 to 12 and men&rsquo;s coats in large sizes. Please make',
    'sure coats are clean, have working zips or buttons and are not heavily worn. We cannot accept school uniform items or',
    'anything that needs repairing.',
  ),
  j(
    'If you would rather give money, £15 covers the cleaning and delivery of ten coats. We also need drivers with',
    'estate cars for the sorting weekend and two or three people who can help carry bags up the stairs at the food bank.',
  ),
];
const lNav = ['Home', 'About', 'Projects', 'Events', 'Join Us', 'Contact'];
const lFoot = ['Privacy', 'Accessibility', 'Members Area'];
const lHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Project Warmth — Saltmere &amp; District Lions Club</title>
<meta property="og:site_name" content="Saltmere &amp; District Lions Club"><meta property="og:title" content="Project Warmth">
<meta property="og:type" content="website"><meta name="description" content="Winter coats for families and older residents in Saltmere.">
<link rel="canonical" href="https://www.saltmerelions.example/project-warmth">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"64b2f9a1","collectionId":"64b2fa07",
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.saltmerelions.example","name":"Saltmere & District Lions Club","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/64b2f9a1/site.css"></head>
<body id="collection-64b2fa07" class="header-overlay-alignment-center tweak-social-icons-style-regular sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Coat drop-off is open until 30 November</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-title-logo"><a href="/"
data-animation-role="header-element">Saltmere &amp; District Lions Club</a></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${lNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/donate">Donate</a></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b2fa0a">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${lTitle}</h1>
${ps(lP1, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/coats.jpg" alt="Bags of sorted coats in the church hall"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Sorting day at St Bride&rsquo;s hall, December 2024</p></div></figcaption>
</figure></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-2"><div class="row sqs-row"><div class="col sqs-col-7 span-7">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${lHeads[0]}</h2>
${ps(lP2, ' style="white-space:pre-wrap;"')}</div></div></div></div><div class="col sqs-col-5 span-5">
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote">
<span>“</span>${lQuote}<span>”</span></blockquote><figcaption class="source">— ${lQuoteBy}</figcaption></figure></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-3"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${lHeads[1]}</h2>
<ul data-rte-list="default">${lPlaces.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>
<h2 style="white-space:pre-wrap;">${lHeads[2]}</h2>
${ps(lP3, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/donate" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Give to Project Warmth</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Lions News by Email</h2><div
class="newsletter-form-header-description"><p>A short update once a month. No spam.</p></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" id="email-yui"></div>
<button class="newsletter-form-button sqs-system-button" type="submit">Sign Up</button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-html-content"><p><strong>Saltmere &amp; District Lions Club</strong></p><p>Registered charity no. 1107734</p>
<p>Lions meet on the first and third Wednesday at the Harbour Hotel, 7.30pm</p><ul class="footer-links">${links(lFoot)}</ul>
<p>© 2025 Saltmere &amp; District Lions Club</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to understand how visitors use this site.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept All</button><button class="sqs-cookie-banner-v2-deny">Decline All</button>
<button class="sqs-cookie-banner-v2-settings">Manage Cookies</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const lions: TestPage = {
  name: 'heldout435-squarespace-blog',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: lHeads,
  body: texts([...lP1, ...lP2, lQuote, ...lPlaces, ...lP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Coat drop-off is open until 30 November', 'Saltmere & District Lions Club', ...lNav, 'Donate', 'Sorting day at St Bride’s hall, December 2024',
    lQuoteBy, 'Give to Project Warmth', 'Lions News by Email', 'A short update once a month. No spam.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Registered charity no. 1107734', 'Lions meet on the first and third Wednesday at the Harbour Hotel, 7.30pm',
    ...lFoot, '© 2025 Saltmere & District Lions Club',
    'We use cookies to understand how visitors use this site.', 'Accept All', 'Decline All', 'Manage Cookies',
  ],
};
