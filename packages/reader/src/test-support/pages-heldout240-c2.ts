import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file c2: a livestock breeders' association page on Squarespace 7.1 (header nav with a "Join" button,
 * page sections built of Fluid Engine blocks, an image block with a caption, a button block, a newsletter block and the
 * footer blocks, plus the Squarespace cookie banner).
 */
const bTitle = 'About the Marlow Red';
const bH = ['Origins', 'Character and uses', 'The breed standard', 'Registering your cattle'];
const bOrig = [
  j(
    'The Marlow Red is a small, hardy beef breed that developed on the wet upland farms of the Marlow Hills over the last two centuries.',
    'Farmers there needed cattle that could finish on rough grazing and winter outdoors, and they selected for deep red coats, short',
    'legs and an easy temperament.',
  ),
  j(
    'By the 1970s fewer than 300 breeding cows remained. A group of twelve families formed the Society in 1978 to keep the herd book, and',
    'today more than 4,000 cows are registered across 310 member herds.',
  ),
];
const bChar = [
  j(
    'Marlow Reds are moderate in size, with cows averaging around 480 kilograms. They calve easily, are long-lived, and are known for',
    'their calm nature, which makes them a favorite with smaller farms and first-time keepers. Their beef is finely marbled and has',
    'done well in blind tastings against larger commercial breeds.',
  ),
  j(
    'Many members run them in conservation grazing projects, where their light weight and willingness to browse scrub help restore',
    'species-rich grassland without poaching wet ground.',
  ),
];
const bStd = ['The Society judges animals against a written standard. A typical Marlow Red should have:'];
const bStdList = [
  'A solid red coat, from light cherry to deep mahogany; a little white on the underline is allowed behind the navel.',
  'Short, upswept horns in both sexes, or a naturally polled head in polled lines.',
  'A broad muzzle, bright eye and a short, deep body set on strong, well-placed legs.',
  'Good feet and a sound, tidy udder in cows.',
];
const bReg = [
  j(
    'Calves must be registered within six months of birth to enter the herd book. Both parents must be registered, and each calf needs',
    'a DNA parentage verification from an approved laboratory. Members register online through the herd book portal; the fee is',
    '£18 per calf for members and £36 for non-members.',
  ),
  j(
    'New breeders are welcome to contact their regional representative, who can arrange a visit, advise on bloodlines and help with',
    'the first registrations.',
  ),
];
const bNav = ['Home', 'The Breed', 'Find a Breeder', 'Sales & Shows', 'Herd Book', 'News', 'Contact'];
const bHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>${bTitle} — Marlow Red Cattle Society</title><meta property="og:site_name" content="Marlow Red Cattle Society">
<meta property="og:title" content="${bTitle} — Marlow Red Cattle Society"><meta itemprop="name" content="${bTitle}">
<!-- This is Squarespace. --><!-- marlow-red-cattle -->
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2c","siteTitle":"Marlow Red Cattle Society"},
"collection":{"title":"${bTitle}","typeName":"page"},"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://marlowred.example","name":"Marlow Red Cattle Society",
"@context":"http://schema.org","@type":"WebSite"}</script>
</head><body id="collection-6011" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/">Marlow Red Cattle Society</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${bNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace('&', '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Join the Society</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6011">
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6011a"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${bTitle}</h1></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6011b"><div class="fe-block fe-block-yui_3_17_2_2">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${bH[0]}</h2>
${bOrig.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}
</div></div></div></div><div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure">
<div class="fluid-image-container sqs-image-content"><img alt="" src="https://images.squarespace-cdn.example/cow-and-calf.jpg"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Brackenhope Rowan 14th with her heifer
calf at the 2025 National Show.</p></div></figcaption></figure></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${bH[1]}</h2>
${bChar.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}
<h2 style="white-space:pre-wrap;">${bH[2]}</h2>
${bStd.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}
<ul data-rte-list="default">${bStdList.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>
<h2 style="white-space:pre-wrap;">${bH[3]}</h2>
${bReg.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}
</div></div></div></div><div class="fe-block fe-block-yui_3_17_2_5"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"><a href="/find-a-breeder"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Find a breeder near you</a></div></div></div></div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-6011c"><div class="fe-block fe-block-yui_3_17_2_6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Herd Book News</h2><div class="newsletter-form-header-description">
<p>Sale dates, show results and Society news, four times a year.</p></div></div><div class="newsletter-form-body"><input type="email"
placeholder="Email Address" class="newsletter-form-field-element field-element"></div><div class="newsletter-form-button-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<p class="newsletter-form-footnote">We respect your privacy.</p></form></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Marlow Red Cattle Society · The Old Dairy, Fellend, Marlow Hills</p>
<p class="" style="white-space:pre-wrap;">Registered charity no. 1098774</p>
<p class="" style="white-space:pre-wrap;"><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 POPUP"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a/scripts/site-bundle.js"></script></body></html>`;
export const breeders: TestPage = {
  name: 'heldout240-squarespace-breeders-association',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bOrig, ...bChar, ...bStd, ...bStdList, ...bReg]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marlow Red Cattle Society', ...bNav, 'Join the Society', 'Brackenhope Rowan 14th with her heifer calf at the 2025 National Show.',
    'Find a breeder near you', 'Herd Book News', 'Sale dates, show results and Society news, four times a year.', 'Sign Up', 'We respect your privacy.',
    'Marlow Red Cattle Society · The Old Dairy, Fellend, Marlow Hills', 'Registered charity no. 1098774', 'Privacy', 'Terms',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};
