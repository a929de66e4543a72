import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout368-kit.js';

/** Held-out batch 368, file c2: a Udemy-style course landing page. */
const uTitle = 'Practical Bookbinding: From Folded Signatures to Hardcover';
const uHeadline = 'Bind notebooks, sketchbooks and a cased hardback at your kitchen table with a handful of simple tools.';
const uLearn = [
  'Fold, press and sew signatures with a pamphlet stitch and a kettle stitch',
  'Choose paper grain direction so books open flat and do not warp',
  'Make a case from board and book cloth and attach it with endpapers',
  'Repair a loose spine on a well-loved paperback',
];
const uReqs = ['No experience needed. A bone folder, an awl, a needle and linen thread are enough to start.'];
const uDesc = [
  j(
    'Bookbinding looks like a craft of special presses and expensive leather, but most of it can be done with a cutting mat and',
    'a pile of heavy books. In this course I show you every step at close range, at the speed you would actually work.',
  ),
  j(
    'We begin with a single-section pamphlet, which teaches folding and sewing in under an hour. From there we build a',
    'multi-section sketchbook with an exposed kettle-stitch spine, and finish with a proper cased hardback with headbands.',
  ),
  j(
    'Each project has a printable template and a materials list with cheap substitutes. Where a step goes wrong often, such as',
    'glue soaking through endpapers or boards curling overnight, I stop and show what causes it and how to rescue the book.',
  ),
  j(
    'I have taught these classes in person for nine years at the Tanners Yard studio, and the order of the lessons comes from',
    'watching where beginners get stuck. You will finish with three books you will be glad to use.',
  ),
  j(
    'A note on materials: recycled printer paper works for practice, but for the final hardback buy one sheet of good',
    'cartridge paper and one of book cloth. The difference in how the finished book feels is worth the few euros.',
  ),
];
const uWho = ['Crafters who want to make their own notebooks and gifts', 'Journal keepers and artists who want sketchbooks that lie flat'];
const uIncludes = ['4.5 hours on-demand video', '6 downloadable resources', 'Access on mobile and TV', 'Certificate of completion'];
const uCurriculum = ['Introduction and tools', 'Project 1: The pamphlet', 'Project 2: Kettle-stitch sketchbook', 'Project 3: Cased hardback'];
const uAlso = ['Marbling Paper for Beginners', 'Leather Journals by Hand', 'Calligraphy Basics with a Broad-Edge Pen'];
const uNav = ['Categories', 'Udemy Business', 'Teach on Udemy', 'Log in', 'Sign up'];
const uCrumbs = ['Lifestyle', 'Arts & Crafts', 'Paper Crafts'];
const uFoot = ['Udemy Business', 'Teach on Udemy', 'Get the app', 'About us', 'Contact us', 'Careers', 'Blog', 'Help and Support', 'Terms', 'Privacy policy'];
const uReview = 'Clear, calm and honest about mistakes. My first hardback actually closes properly!';
const uHtml = `<!DOCTYPE html><html lang="en" data-module-id="course-landing-page"><head><meta charset="utf-8"><title>${uTitle} | Udemy</title>
<meta name="description" content="${uHeadline}"><meta property="og:type" content="udemy_com:course"><meta property="og:title" content="${uTitle}">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Course","name":"${uTitle}","description":"${uHeadline}",
"provider":{"@type":"Organization","name":"Udemy"},"aggregateRating":{"@type":"AggregateRating","ratingValue":4.7,"ratingCount":1284}}]</script>
<script>window.UD = {"userAgnosticTrackingParams":{"page_key":"course_landing_page"},"Config":{"brand":{"title":"Udemy"}}};</script></head>
<body class="ud-app-loader ud-component--course-landing-page-udlite--course-landing-page"><div class="ud-main-content-wrapper">
<div class="ud-header" data-purpose="header"><a href="/" class="ud-header-logo"><img src="https://frontends.udemycdn.example/frontends-homepage/logo-udemy.svg"
alt="Udemy"></a><form class="ud-search-form-autocomplete"><input placeholder="Search for anything" aria-label="Search for anything"></form>
<ul class="ud-header-nav">${links(uNav, 'ud-header-nav-item')}</ul></div>
<main class="ud-main-content"><div class="top-container dark-background"><div class="paid-course-landing-page__container">
<div class="topic-menu" data-purpose="breadcrumb">
${uCrumbs.map((t) => `<a class="ud-heading-sm" href="/courses/${t.length}">${t.replace(/&/g, '&amp;')}</a>`).join(' ')}</div>
<h1 class="ud-heading-xl clp-lead__title clp-lead__title--small" data-purpose="lead-title">${uTitle}</h1>
<div class="ud-text-md clp-lead__headline" data-purpose="lead-headline">${uHeadline}</div>
<div class="clp-lead__badge-ratings-enrollment"><div class="ud-badge ud-heading-xs">Bestseller</div><span class="star-rating-module--rating-number">4.7</span>
<a href="#reviews" class="ud-btn ud-btn-link">(1,284 ratings)</a><div class="enrollment" data-purpose="enrollment">9,617 students</div></div>
<div class="clp-lead__element-item"><div class="ud-text-sm instructor-links--names"><span class="instructor-links--label">Created by</span>
<a class="ud-btn ud-btn-link" href="/user/hedda-marsk/">Hedda Marsk</a></div></div>
<div class="clp-lead__element-meta"><div class="last-update-date" data-purpose="last-update-date">Last updated 1/2026</div>
<div class="clp-lead__locale">English</div></div></div></div>
<div class="sidebar-container" data-purpose="sidebar"><div class="price-text--price-part">€19.99</div><div class="price-text--original-price">€64.99</div>
<div class="discount-expiration">2 days left at this price!</div><button class="ud-btn ud-btn-large ud-btn-brand">Add to cart</button>
<button class="ud-btn ud-btn-large ud-btn-secondary">Buy now</button><div class="money-back">30-Day Money-Back Guarantee</div>
<h2 class="ud-heading-md incentives--header">This course includes:</h2>
<ul class="incentives--incentives-container">${uIncludes.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="sidebar-cta"><button class="ud-btn ud-btn-link">Share</button><button class="ud-btn ud-btn-link">Gift this course</button>
<button class="ud-btn ud-btn-link">Apply Coupon</button></div></div>
<div class="paid-course-landing-page__body"><div class="what-you-will-learn--what-will-you-learn" data-purpose="what-you-will-learn">
<h2 class="ud-heading-xl what-you-will-learn--title">What you'll learn</h2><ul class="what-you-will-learn--objectives-list">
${uLearn
  .map(
    (t) => `<li><div class="ud-block-list-item-content"><span class="what-you-will-learn--objective-item">${t}</span></div>
</li>`,
  )
  .join('\n')}</ul></div>
<div data-purpose="course-curriculum"><h2 class="ud-heading-xl curriculum--header">Course content</h2>
<div class="curriculum--sub-header">4 sections • 38 lectures •
4h 31m total length</div>${uCurriculum.map((t) => `<div class="section--panel"><span class="section--section-title">${t}</span></div>`).join('')}</div>
<div data-purpose="requirements"><h2 class="ud-heading-xl requirements--title">Requirements</h2><ul>${uReqs.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div data-purpose="course-description"><h2 class="ud-heading-xl">Description</h2>
<div class="show-more-module--content" data-purpose="safely-set-inner-html:description">
${ps(uDesc)}</div><div class="styles--audience"><h2 class="ud-heading-xl">Who this course is for:</h2>
<ul>${uWho.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<button class="ud-btn ud-btn-link">Show more</button></div>
<div class="instructor--instructor" data-purpose="instructor-bio"><h2 class="ud-heading-xl">Instructor</h2><a href="/user/hedda-marsk/" class="ud-heading-lg">
Hedda Marsk</a><div class="ud-text-md instructor--job-title">Bookbinder and paper artist</div><ul><li>4.7 Instructor Rating</li><li>3 Courses</li></ul>
<p>Hedda runs a small bindery and teaches evening classes in the north of the city.</p></div>
<div id="reviews" data-purpose="reviews"><h2 class="ud-heading-xl">Featured review</h2><div class="review--review-container">
<div class="ud-heading-md">Saoirse P.</div>
<p>${uReview}</p></div></div><div data-purpose="students-also-bought"><h2 class="ud-heading-xl">Students also bought</h2><ul>${links(uAlso)}</ul></div>
</div></main>
<footer class="ud-footer"><ul class="footer-section">${links(uFoot, 'footer-link')}</ul><div class="footer-copyright">© 2026 Udemy, Inc.</div></footer></div>
<div class="ud-cookie-banner" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>OK</button>
<a href="/cookie-settings">Cookie settings</a></div></body></html>`;
export const udemy: TestPage = {
  name: 'heldout368-udemy-course-landing',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ["What you'll learn", 'Requirements', 'Description', 'Who this course is for:'],
  body: texts([uHeadline, ...uLearn, ...uReqs, ...uDesc, ...uWho]),
  bylines: ['Hedda Marsk', 'Last updated 1/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...uNav, ...uCrumbs, 'Bestseller', '4.7', '(1,284 ratings)', '9,617 students', 'Created by', 'English', '€19.99', '€64.99',
    '2 days left at this price!', 'Add to cart', 'Buy now', '30-Day Money-Back Guarantee', 'This course includes:', ...uIncludes, 'Share',
    'Gift this course', 'Apply Coupon', 'Course content', '4 sections • 38 lectures • 4h 31m total length', ...uCurriculum, 'Show more', 'Instructor',
    'Bookbinder and paper artist', '4.7 Instructor Rating', '3 Courses', 'Hedda runs a small bindery and teaches evening classes in the north of the city.',
    'Featured review', 'Saoirse P.', uReview, 'Students also bought', ...uAlso, ...uFoot, '© 2026 Udemy, Inc.',
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Cookie settings',
  ],
};
