import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file e2: a sign-language course page on Squarespace 7.1 (announcement bar, header nav with the
 * "Book now" button, page sections with Fluid Engine fe-blocks holding sqs-html-content, an image block with caption, a
 * course-details table, the button block, a testimonial quote block, a newsletter block, the footer section and the
 * cookie banner). A short product-like page whose main text is split over blocks.
 */
const title = 'British Sign Language: Level 1 Evening Course';
const intro = [
  j(
    'Learn to hold a simple conversation in British Sign Language over ten Tuesday evenings. This course is for complete beginners,',
    'including people who are losing their hearing later in life and families who want to talk with a deaf relative.',
  ),
  j(
    'Every class is taught by a Deaf tutor who uses BSL as a first language. Classes are small, with no more than twelve learners,',
    'so everyone gets time to practise and ask questions.',
  ),
];
const h1 = 'What you will learn';
const l1 = [
  'Fingerspelling, numbers, days, times and money',
  'Introducing yourself and your family',
  'Asking and answering everyday questions',
  'Giving simple directions and describing where you live',
  'Deaf culture, etiquette and how to book an interpreter',
];
const h2 = 'Course details';
const rows = [
  ['Dates', '15 September to 17 November 2026'],
  ['Time', 'Tuesdays, 6.30pm to 8.30pm'],
  ['Venue', 'Kelder Room, Brookfield Community Hub (step-free, hearing loop)'],
  ['Fee', '\u00A3180, or \u00A390 for people on income-related benefits'],
];
const cells = rows.flat();
const s2 = [
  j(
    'The fee includes a printed workbook and access to our video library of signs. Learners who attend at least eight classes',
    'receive a certificate and can move on to our Level 2 course in January.',
  ),
];
const nav = ['Courses', 'Tutors', 'Interpreting', 'About', 'Contact'];
const foot = ['Instagram', 'Facebook', 'YouTube'];
const block = (id: string, inner: string, cls = 'sqs-block html-block sqs-block-html'): string => `<div class="fe-block fe-block-${id}"><div
class="${cls}" data-block-type="2" data-border-radii="{}" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div>
</div></div>`;
const html = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>BSL Level 1 Evening Course \u2014 Signwise</title>
<link rel="canonical" href="https://www.signwise.example/courses/bsl-level-1"><meta property="og:site_name" content="Signwise">
<meta property="og:title" content="BSL Level 1 Evening Course \u2014 Signwise"><meta itemprop="name" content="BSL Level 1 Evening Course \u2014 Signwise">
<meta name="description" content="Ten evening classes in British Sign Language for complete beginners, taught by Deaf tutors.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js">
</script><script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64b2","siteTitle":"Signwise"},"collection":{"title":"BSL Level 1"},
"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.signwise.example","name":"Signwise","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/64b2/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6521a" class="header-overlay-alignment-center tweak-global-animations-enabled primary-button-style-solid form-use-theme-colors
collection-type-page view-item"><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div
class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Autumn courses are now booking. Places are limited.</p></div></div></div>
</div></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""><div class="header-announcement-bar-wrapper"><div
class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title"><div
class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
id="site-title">Signwise</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${nav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6521a77">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6521a78"><div
class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6521a79">
${block('a1', `<h1 style="white-space:pre-wrap;">${title}</h1>`)}
${block('a2', ps(intro, ' class="" style="white-space:pre-wrap;"'))}
<div class="fe-block fe-block-a3"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a3"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">
<img data-src="https://images.squarespace-cdn.example/class.jpg" alt="Learners signing in a
classroom"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Our Tuesday group practising fingerspelling in week three.</p></div>
</figcaption></figure></div></div></div>
${block(
  'a4',
  `<h2 style="white-space:pre-wrap;">${h1}</h2>
<ul data-rte-list="default">${lis(l1.map((l) => `<p class="" style="white-space:pre-wrap;">${l}</p>`))}</ul>`,
)}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section light" data-section-id="6521a80">
<div class="content-wrapper">
<div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6521a81">
${block(
  'b1',
  `<h2 style="white-space:pre-wrap;">${h2}</h2><table><tbody>${rows.map((r) => `<tr><td><strong>${r[0]}</strong></td><td>${r[1]}</td></tr>`).join('\n')}
</tbody></table>${ps(s2, ' class="" style="white-space:pre-wrap;"')}`,
)}
<div class="fe-block fe-block-b2"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-b2"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book your place</a></div></div></div></div>
<div class="fe-block fe-block-b3"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-b3"><div class="sqs-block-content"><figure
class="block--quote"><blockquote data-animation-role="quote">
<span>\u201C</span>I can finally chat with my grandson without writing everything down.<span>\u201D</span>
</blockquote><figcaption class="source">\u2014 Alan, Level 1 learner, 2025</figcaption></figure></div></div></div>
<div class="fe-block fe-block-b4"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-b4">
<div class="sqs-block-content"><div
class="newsletter-form-wrapper"><form class="newsletter-form"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about new
courses</h2><div class="newsletter-form-header-description"><p>One email a term. No spam.</p></div></header><div class="newsletter-form-field-wrapper"><label
class="newsletter-form-field-label" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email"
type="email"></div><div data-animation-role="button" class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p>
</div></form></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper"><div
class="content"><div class="sqs-html-content"><p>Signwise CIC, Brookfield Community Hub, 2 Canal Street</p><p>Community Interest Company no. 11930225</p></div>
<ul class="sqs-svg-icon--list">${links(foot, 'sqs-svg-icon--wrapper')}</ul></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the
best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept
</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a/scripts/site-bundle.js"></script></body></html>`;
export const signwise: TestPage = {
  name: 'heldout253-squarespace-sign-language-course',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2],
  body: texts([...intro, ...l1, ...cells, ...s2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Autumn courses are now booking. Places are limited.', 'Signwise', ...nav, 'Book now', 'Our Tuesday group practising fingerspelling in week three.',
    'Book your place', 'I can finally chat with my grandson without writing everything down.', '— Alan, Level 1 learner, 2025', 'Hear about new courses',
    'One email a term. No spam.', 'Email Address', 'Sign Up', 'We respect your privacy.', 'Signwise CIC, Brookfield Community Hub, 2 Canal Street',
    'Community Interest Company no. 11930225', ...foot, 'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};
