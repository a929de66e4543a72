import { links, ps, type TestPage, texts } from './page-kit.js';
import { book } from './pages-heldout282-d2.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file d: a Udemy-style course landing page (header with categories and search, breadcrumbs, the dark
 * lead with headline, rating, "Created by", "Last updated" and language, the purchase sidebar with "This course includes",
 * "What you'll learn" objectives, course content outline, requirements, description, "Who this course is for", instructor
 * card, students-also-bought rail, featured review and footer) and, from file d2, a publisher's book page.
 */
const uTitle = 'Sourdough from Scratch: Bake Naturally Leavened Bread at Home';
const uHeadline = 'Raise a starter, understand fermentation and bake an open, crackling loaf in your own kitchen oven, with no special equipment.';
const uLearn = [
  'Create and maintain a healthy sourdough starter from flour and water',
  'Read the signs of fermentation instead of following the clock',
  'Shape tight boules and batards that hold their form in the oven',
  'Bake with steam in a Dutch oven or on a baking stone',
  'Adapt a base recipe to whole wheat, rye and seeded breads',
  'Diagnose dense, flat or gummy loaves and fix them next time',
];
const uReq = ['A kitchen oven that reaches 230°C (450°F)', 'A digital scale; volume cups are not precise enough for bread', 'No baking experience is needed'];
const uDesc = pp(`
Sourdough has a reputation for being fussy. It is not: it is just slow, and most recipes hide the few things that really
matter behind a wall of exact timings that never match your kitchen. This course teaches you to watch the dough rather than the
clock.

We start by raising a starter together over seven days, with a short video for each day so you can compare your jar with mine.
Then we bake a simple country loaf, step by step, and repeat it with small changes so you can see what each step does: more
water, a longer bulk ferment, a colder proof.

By the second half of the course you will be adapting the recipe yourself. There are full lessons on whole wheat and rye, on
adding seeds and olives, and on planning a bake around a working week, with the dough resting in the fridge while you are out.

Every lesson comes with a printable recipe card and a troubleshooting sheet. The final section is a clinic: twelve real loaves
sent in by students, cut open on camera, with an explanation of what went wrong and how to fix it.
`);
const uWho = [
  'Home bakers who have tried sourdough and want more reliable results',
  'Complete beginners who want to bake their own bread without commercial yeast',
  'Anyone curious about fermentation and the science behind a good crust',
];
const uH = ["What you'll learn", 'Requirements', 'Description', 'Who this course is for:'];
const uBody = [uHeadline, ...uLearn, ...uReq, ...uDesc, ...uWho];
const uCats = ['Development', 'Business', 'Design', 'Marketing', 'Lifestyle', 'Music'];
const uCrumbs = ['Lifestyle', 'Food & Beverage', 'Baking'];
const uIncl = ['6.5 hours on-demand video', '14 downloadable resources', 'Access on mobile and TV', 'Certificate of completion'];
const uSections = ['Welcome and equipment', 'Week one: raising a starter', 'The country loaf', 'Whole grains and rye', 'Troubleshooting clinic'];
const uAlso = ['Artisan Bread Baking: Yeasted Loaves', 'Pizza Napoletana at Home', 'Fermentation Basics: Kimchi, Kraut and Kefir'];
const uFoot = ['Udemy Business', 'Teach on Udemy', 'Get the app', 'About us', 'Contact us', 'Careers', 'Blog', 'Help and Support', 'Affiliate'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sourdough from Scratch: Bake Naturally Leavened Bread at Home | Udemy</title>
<meta name="description" content="${uHeadline}"><meta property="og:type" content="udemy_com:course">
<link rel="canonical" href="https://www.udemy.example/course/sourdough-from-scratch/">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Course","name":"${uTitle}","description":"${uHeadline}",
"provider":{"@type":"Organization","name":"Udemy"},"inLanguage":"en"}]</script>
<script>window.UD = {"Config":{"brand":{"has_organization":false}},"userAgnosticTrackingParams":{"page_key":"course_landing_page"}};</script></head>
<body class="ud-app-loader ud-component--course-landing-page-udlite--course-landing-page" id="udemy"><div class="ud-main-content-wrapper">
<div class="header--header--2yCcD"><a href="/" class="header--flex-middle--2Xqjv"><img alt="Udemy" width="91" height="34"
src="https://frontends.udemycdn.example/frontends-homepage/staticx/udemy/images/v7/logo-udemy.svg"></a>
<nav class="header--gap-button--3bIsz"><button class="ud-btn ud-btn-large ud-btn-ghost">Explore</button><ul
class="categories">${links(uCats, 'ud-block-list-item')}</ul></nav>
<form class="search--search-form"><input type="text" placeholder="Search for anything" class="ud-text-input ud-search-form-autocomplete-input"></form>
<a class="ud-btn ud-btn-medium ud-btn-ghost" href="/teaching/">Teach on Udemy</a><a class="ud-btn ud-btn-medium ud-btn-secondary"
href="/join/login-popup/">Log in</a>
<a class="ud-btn ud-btn-medium ud-btn-primary" href="/join/signup-popup/">Sign up</a></div>
<div class="ud-main-content"><div class="paid-course-landing-page__container"><div class="top-container dark-background"><div
class="dark-background-inner-position-container">
<div class="topic-menu ud-breadcrumb" data-purpose="breadcrumb"><ul>${links(uCrumbs, 'ud-breadcrumb-item')}</ul></div>
<div class="clp-lead"><h1 class="ud-heading-xl clp-lead__title clp-lead__title--small" data-purpose="lead-title">${uTitle}</h1>
<div class="ud-text-md clp-lead__headline" data-purpose="lead-headline">${uHeadline}</div>
<div class="clp-lead__badge-ratings-enrollment"><span class="ud-badge ud-heading-xs ud-badge-bestseller">Bestseller</span>
<span class="star-rating-module--rating-number--2-qA2" aria-hidden="true">4.8</span><a href="#reviews" class="styles--rating-wrapper">(2,914 ratings)</a>
<div class="enrollment" data-purpose="enrollment">18,402 students</div></div>
<div class="ud-text-sm clp-lead__element-item"><span class="instructor-links--instructor-links--3XTHr">Created by <a class="ud-btn ud-btn-large
ud-btn-link ud-heading-md ud-text-sm ud-instructor-links" href="/user/oona-fairweather/"><span>Oona Fairweather</span></a></span></div>
<div class="clp-lead__element-meta"><div class="ud-text-sm clp-lead__element-item clp-lead__element-item--row"><div class="last-update-date">
<span class="ud-text-sm">Last updated 9/2026</span></div></div><div class="clp-lead__element-item clp-lead__locale">English</div>
<div class="clp-lead__element-item clp-lead__caption">English [Auto], Spanish [Auto]</div></div></div></div></div>
<div class="sidebar-container--purchase-section"><div data-purpose="price-text-container" class="price-text--container">
<span class="ud-sr-only">Current price</span><span>$74.99</span></div><button class="ud-btn ud-btn-large ud-btn-brand">Add to cart</button>
<button class="ud-btn ud-btn-large ud-btn-white-outline">Buy now</button><div class="money-back">30-Day Money-Back Guarantee</div>
<div class="incentives--incentives-container"><h2 class="ud-heading-md incentives--header">This course
includes:</h2><ul>${lis(uIncl, 'ud-block-list-item')}</ul></div>
<div class="sidebar-container--footer"><button class="ud-btn ud-btn-small ud-btn-link">Share</button><button class="ud-btn ud-btn-small ud-btn-link">Gift
this course</button>
<button class="ud-btn ud-btn-small ud-btn-link">Apply Coupon</button></div></div>
<div class="paid-course-landing-page__body"><div class="course-landing-page__main-content component-margin">
<div class="what-you-will-learn--what-will-you-learn--1nBIT"><h2 class="ud-heading-xl what-you-will-learn--title--2ztwE">${uH[0]}</h2>
<ul class="ud-unstyled-list ud-block-list-item-container what-you-will-learn--objectives-list--eiLce">${lis(
  uLearn.map((t) => `<div class="ud-block-list-item-content"><span class="what-you-will-learn--objective-item--3ZJAx">${t}</span></div>`),
)}</ul></div>
<div data-purpose="course-curriculum" class="component-margin"><h2 class="ud-heading-xl curriculum--header--1mZ3X">Course content</h2>
<div class="curriculum--sub-header--23ncD"><span class="curriculum--content-length--V3vIz">5 sections • 47 lectures • 6h 31m total length</span>
<button class="ud-btn ud-btn-medium ud-btn-link">Expand all sections</button></div>
<div class="accordion-panel-module--panel-toggler">${uSections
  .map(
    (s) => `<h3
class="ud-accordion-panel-heading"><span class="section--section-title--svpHP">${s}</span></h3>`,
  )
  .join('\n')}</div></div>
<div class="component-margin"><h2 class="ud-heading-xl requirements--title--eo3-L">${uH[1]}</h2><ul
class="ud-unstyled-list">${lis(uReq, 'ud-block-list-item')}</ul></div>
<div class="component-margin" data-purpose="course-description"><h2 class="ud-heading-xl styles--description__header--AeNFH">${uH[2]}</h2>
<div class="show-more-module--container--2QPRN"><div data-purpose="safely-set-inner-html:description:description">
${ps(uDesc)}
</div><div class="styles--audience--2pZ0S" data-purpose="target-audience"><h2 class="ud-heading-xl styles--audience__title--1Sob_">${uH[3]}</h2>
<ul class="styles--audience__list--3NCqY">${lis(uWho)}</ul></div></div>
<button class="ud-btn ud-btn-medium ud-btn-secondary show-more-module--show-more--2bohu"><span>Show more</span></button></div>
<div class="component-margin" data-purpose="students-also-bought"><h2 class="ud-heading-xl">Students also
bought</h2><ul>${links(uAlso, 'course-card')}</ul></div>
<div class="component-margin instructor--instructor--1wSOF"><h2 class="ud-heading-xl">Instructor</h2><div class="ud-heading-lg">Oona Fairweather</div>
<div class="ud-text-md instructor--job-title--1ZFRz">Baker, teacher and former microbiologist</div><ul class="instructor--stats">
<li>4.8 Instructor Rating</li><li>6,120 Reviews</li><li>41,775 Students</li><li>4 Courses</li></ul></div>
<div class="component-margin" id="reviews"><h2 class="ud-heading-xl">Featured review</h2><div class="review--review-container"><p class="ud-heading-md">Basil
Okonkwo</p>
<p class="ud-text-sm">3 weeks ago</p><p>My first loaf that actually rose. The troubleshooting clinic alone is worth the
price.</p></div></div></div></div></div></div>
<div class="ud-footer footer-section"><ul class="footer-section--link-list">${links(uFoot, 'footer-section--list-item')}</ul>
<div class="footer-section--copyright">© 2026 Udemy, Inc.</div><button class="ud-btn ud-btn-small ud-btn-link">Cookie settings</button></div></div>
<script src="https://frontends.udemycdn.example/frontends-course-landing-page/course-landing-page.js" defer></script></body></html>`;
const udemy: TestPage = {
  name: 'heldout282-udemy-course',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts(uBody),
  bylines: ['Created by Oona Fairweather', 'Last updated 9/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Explore', ...uCats.filter((t) => t !== 'Lifestyle'), 'Teach on Udemy', 'Log in', 'Sign up', ...uCrumbs, 'Bestseller', '(2,914 ratings)',
    '18,402 students', 'English [Auto], Spanish [Auto]', 'Current price', '$74.99', 'Add to cart', 'Buy now', '30-Day Money-Back Guarantee',
    'This course includes:', ...uIncl, 'Share', 'Gift this course', 'Apply Coupon', 'Course content', '5 sections • 47 lectures • 6h 31m total length',
    'Expand all sections', ...uSections, 'Show more', 'Students also bought', ...uAlso, 'Instructor', 'Baker, teacher and former microbiologist',
    '4.8 Instructor Rating', '6,120 Reviews', '41,775 Students', '4 Courses', 'Featured review', 'Basil Okonkwo', '3 weeks ago',
    'My first loaf that actually rose. The troubleshooting clinic alone is worth the price.', ...uFoot.filter((t) => t !== 'Teach on Udemy'),
    '© 2026 Udemy, Inc.', 'Cookie settings',
  ],
};

export const HELDOUT282_D: readonly TestPage[] = [udemy, book];
