import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 233, file A: a Udemy course landing page and a Skillshare class page. */

const li = (xs: readonly string[]): string => xs.map((x) => `<li>${x}</li>`).join('\n');

const UD_NAV = ['Categories', 'Udemy Business', 'Teach on Udemy', 'My learning', 'Log in', 'Sign up'];
const UD_CRUMBS = ['Development', 'Data Science', 'Pandas'];
const UD_SIDE = ['Add to cart', 'Buy now', '30-Day Money-Back Guarantee', 'Full Lifetime Access', 'Share', 'Gift this course', 'Apply Coupon'];
const UD_RAIL = ['Students also bought', 'Python for Spreadsheet Refugees', 'SQL Joins Without Tears', 'Dashboards in a Weekend'];
const UD_FOOT = ['About us', 'Careers', 'Contact us', 'Blog', 'Help and Support', 'Affiliate', 'Terms', 'Privacy policy', 'Cookie settings', 'Sitemap'];
const UD_MISC = [
  'Bestseller',
  'Highest Rated',
  '4.7',
  '(3,214 ratings)',
  '18,902 students',
  'English [Auto]',
  'Course content',
  '9 sections \u2022 64 lectures \u2022 11h 20m total length',
  'Expand all sections',
  'Instructor',
  'Featured review',
  'Report abuse',
  'Top companies offer this course to their employees',
  'Try Udemy Business',
  'We use cookies to improve your experience.',
  'Accept all',
  '\u00a9 2025 Udemy, Inc.',
];
const UD_LEARN = [
  'Load messy CSV and Excel files into clean DataFrames',
  'Reshape, merge and group tables the way analysts actually need',
  'Spot and fix missing values, duplicates and bad dates',
  'Build a small reporting pipeline you can rerun every month',
];
const UD_P = [
  `This course is for people who already open spreadsheets every day and suspect there is a faster way. We start with a single
  file of shop sales from a fictional chain called Brindle &amp; Oak and keep working on it until it becomes a tidy monthly report.`,
  `Every section ends with a short exercise that uses the same data, so you never lose the thread. You do not need a computer science
  background; if you can write a formula in a spreadsheet, you can follow along.`,
  `By the last section you will have written a script of roughly eighty lines that replaces a morning of copying and pasting. Most
  students tell us they use it at work within the first fortnight.`,
];
const UD_REQ = ['A computer with Python 3.10 or later', 'Basic comfort with spreadsheets', 'No prior programming experience is needed'];
const UD_WHO = ['Office analysts who live in spreadsheets', 'Students preparing for a first data job', 'Managers who want to check the numbers themselves'];

const udemyHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Pandas for Busy Analysts | Udemy</title>
<meta name="description" content="Clean, reshape and report on real data with pandas.">
<meta property="og:type" content="udemy_com:course"><link rel="canonical" href="https://www.udemy.com/course/pandas-for-busy-analysts/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Pandas for Busy Analysts","provider":{"@type":"Organization",
"name":"Udemy"}}</script>
<script src="https://www.udemy.com/staticx/udemy/js/webpack/runtime.js"></script></head>
<body class="ud-app-loader ud-component--course-landing-page-udlite">
<div id="onetrust-banner-sdk" role="dialog"><p id="onetrust-policy-text">We use cookies to improve your experience.</p>
<button id="onetrust-accept-btn-handler">Accept all</button></div>
<header class="ud-header" data-purpose="header"><nav><ul>${links(UD_NAV, 'ud-header-item')}</ul></nav></header>
<main id="main-content-anchor" class="ud-main-content">
<div class="top-container dark-background"><div class="ud-breadcrumb" data-purpose="breadcrumb"><ul>${links(UD_CRUMBS)}</ul></div>
<h1 class="ud-heading-xl clp-lead__title" data-purpose="lead-title">Pandas for Busy Analysts</h1>
<div class="ud-text-md clp-lead__headline" data-purpose="lead-headline">Clean, reshape and report on real business data without writing a single macro</div>
<div class="clp-lead__badge-ratings-enrollment"><span class="ud-badge ud-badge-beige">Bestseller</span> <span class="ud-badge">Highest Rated</span>
<span data-purpose="rating-number">4.7</span> <a href="#reviews">(3,214 ratings)</a> <div data-purpose="enrollment">18,902 students</div></div>
<div class="clp-lead__element-item">Created by <a class="ud-instructor-links" href="/user/hanne-voss/">Hanne Voss</a></div>
<div class="last-update-date" data-purpose="last-update-date">Last updated 3/2025</div><div class="clp-lead__locale">English [Auto]</div></div>
<div class="sidebar-container" data-purpose="sidebar"><div class="price-text" data-purpose="course-price-text">\u20ac64.99</div><ul>${links(UD_SIDE)}</ul>
<div class="ud-text-sm">Top companies offer this course to their employees</div><a href="/business/">Try Udemy Business</a></div>
<div class="what-you-will-learn--what-will-you-learn--1nBIT"><h2 class="ud-heading-xl">What you\u2019ll learn</h2>
<ul class="ud-unstyled-list ud-block-list">${li(UD_LEARN)}</ul></div>
<div data-purpose="course-curriculum"><h2 class="ud-heading-xl">Course content</h2><span>9 sections \u2022 64 lectures \u2022 11h 20m total length</span>
<button>Expand all sections</button></div>
<div class="requirements--requirements--2Nw1e"><h2 class="ud-heading-xl">Requirements</h2><ul>${li(UD_REQ)}</ul></div>
<div data-purpose="course-description" class="ud-text-sm component-margin styles--description--AfVWV"><h2 class="ud-heading-xl">Description</h2>
<div data-purpose="safely-set-inner-html:description:description">${ps(UD_P)}</div>
<div class="styles--audience--2Fde9" data-purpose="target-audience"><h2 class="ud-heading-xl">Who this course is for:</h2><ul>${li(UD_WHO)}</ul></div></div>
<div class="featured-review"><h2>Featured review</h2>
<p class="ud-text-md">Finally a course that uses data that looks like mine. Section four alone saved me hours.</p>
<button>Report abuse</button></div>
<div data-purpose="instructor-bio"><h2 class="ud-heading-xl">Instructor</h2><a href="/user/hanne-voss/">Hanne Voss</a></div>
<section class="related-component"><h2>Students also bought</h2><ul>${links(UD_RAIL.slice(1))}</ul></section></main>
<footer class="ud-footer"><ul>${links(UD_FOOT)}</ul><div>\u00a9 2025 Udemy, Inc.</div></footer>
<script>window.UD = {"performance":{}};</script></body></html>`;

const SK_NAV = ['Browse', 'Teach', 'Join for Free', 'Sign In', 'Skillshare for Teams'];
const SK_TABS = ['About', 'Lessons', 'Projects & Resources', 'Reviews', 'Discussions'];
const SK_LESSONS = ['1. Introduction', '2. Choosing Your Paper', '3. Mixing a Limited Palette', '4. Wet-on-Wet Skies', '5. Final Project'];
const SK_FOOT = ['Help', 'Careers', 'Press', 'Investors', 'Terms', 'Privacy Policy', 'Accessibility', 'Affiliates', 'Gift Membership'];
const SK_MISC = [
  'Start your free trial',
  'Get unlimited access to every class',
  'Taught by industry leaders & working professionals',
  'Topics include illustration, design, photography, and more',
  'Watch this class and thousands more',
  'Save',
  'Share',
  'Top Teacher',
  'Follow',
  '1,842 Students',
  '37 Projects',
  'Level: Beginner',
  'Class Ratings',
  'Expectations Met?',
  'Similar Classes',
  'Loose Ink Botanicals',
  'Gouache Night Scenes',
  'Sketchbook Habits for Busy People',
  'Why Join Skillshare?',
  '\u00a9 Skillshare, Inc. 2025',
];
const SK_HEAD = ['About This Class', 'Class Project', 'Materials'];
const SK_ABOUT = [
  `Most beginners fight their watercolours because they mix too many colours at once. In this class I show you how to paint
  convincing skies over water with just three tubes, a round brush and a sheet of cotton paper.`,
  `We start by testing how much water your paper can hold, because that single habit decides whether a sky blooms softly or dries
  with hard edges. Then we mix a cool blue, a warm blue and a dusty orange and learn which two to combine for a grey that still
  feels alive.`,
  `The lessons are short, between four and eleven minutes, and each one builds on the last. I paint in real time so you can see the
  hesitations as well as the confident strokes.`,
];
const SK_PROJECT = [
  `Paint one evening sky over a lake, using only the palette from lesson three. Upload a photo of your painting and a photo of your
  mixing tray to the project gallery; I reply to every project within a week.`,
];
const SK_MAT = ['Cold-pressed cotton paper, 300 gsm', 'A size 10 round brush', 'Ultramarine, cerulean and burnt sienna', 'Masking tape and a board'];

const skillshareHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Watercolour Skies with Three Colours | Rosa Lindqvist | Skillshare</title>
<meta property="og:title" content="Watercolour Skies with Three Colours"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Course","name":"Watercolour Skies with Three Colours"}</script>
<script src="https://static.skillshare.com/assets/js/vendor.js" defer></script></head>
<body class="classes-details">
<div class="sticky-banner" data-ss-component="SignupBanner"><strong>Start your free trial</strong> <span>Get unlimited access to every class</span></div>
<header id="site-header" class="header-v2"><nav class="header-nav"><ul>${links(SK_NAV)}</ul></nav></header>
<div id="page-wrapper" class="container"><div class="class-details-header"><div class="class-details-header-teacher">
<a href="/en/user/rosalind">Rosa Lindqvist</a>, <span class="teacher-headline">Landscape painter and illustrator</span></div>
<h1 class="class-details-header-title">Watercolour Skies with Three Colours</h1>
<div class="class-details-header-actions"><button>Save</button><button>Share</button></div>
<div class="video-player-module"><div class="playlist"><ul>${li(SK_LESSONS)}</ul></div></div></div>
<div class="class-details-tabs"><ul role="tablist">${links(SK_TABS, 'tab')}</ul></div>
<div class="class-details-about" id="about"><h2>Watch this class and thousands more</h2>
<p class="signup-pitch">Taught by industry leaders &amp; working professionals</p>
<p class="signup-pitch">Topics include illustration, design, photography, and more</p>
<div class="class-about-description rich-content-wrapper"><h3>${SK_HEAD[0]}</h3>${ps(SK_ABOUT)}<h3>${SK_HEAD[1]}</h3>${ps(SK_PROJECT)}
<h3>${SK_HEAD[2]}</h3><ul>${li(SK_MAT)}</ul></div>
<div class="meet-your-teacher"><h2>Meet Your Teacher</h2><span class="badge">Top Teacher</span><a href="/en/user/rosalind">Rosa Lindqvist</a>
<button>Follow</button></div>
<div class="class-stats"><span>1,842 Students</span> <span>37 Projects</span> <span>Level: Beginner</span></div>
<div class="class-ratings"><h2>Class Ratings</h2><span>Expectations Met?</span></div>
<div class="similar-classes"><h2>Similar Classes</h2>
<ul>${links(['Loose Ink Botanicals', 'Gouache Night Scenes', 'Sketchbook Habits for Busy People'])}</ul></div>
<div class="why-join"><h2>Why Join Skillshare?</h2></div></div></div>
<footer class="site-footer"><ul>${links(SK_FOOT)}</ul><p>\u00a9 Skillshare, Inc. 2025</p></footer>
<script>var SS = SS || {}; SS.serverBootstrap = {"pageName":"class-details"};</script></body></html>`;

export const HELDOUT233_A: readonly TestPage[] = [
  {
    name: 'heldout233-udemy-docs',
    kind: 'docs',
    html: udemyHtml,
    title: 'Pandas for Busy Analysts',
    headings: ['What you\u2019ll learn', 'Requirements', 'Description', 'Who this course is for:'],
    body: [
      'Clean, reshape and report on real business data without writing a single macro',
      ...texts(UD_LEARN),
      ...texts(UD_REQ),
      ...texts(UD_P),
      ...texts(UD_WHO),
    ],
    bylines: ['Hanne Voss', 'Last updated 3/2025'],
    furniture: [...UD_NAV, ...UD_CRUMBS, ...UD_SIDE, ...UD_RAIL, ...UD_FOOT, ...UD_MISC],
  },
  {
    name: 'heldout233-skillshare-docs',
    kind: 'docs',
    html: skillshareHtml,
    title: 'Watercolour Skies with Three Colours',
    headings: SK_HEAD,
    body: [...texts(SK_ABOUT), ...texts(SK_PROJECT), ...texts(SK_MAT)],
    bylines: ['Rosa Lindqvist', 'Landscape painter and illustrator'],
    furniture: [...SK_NAV, ...SK_TABS, ...SK_LESSONS, ...SK_FOOT, ...SK_MISC, 'Meet Your Teacher'],
  },
];
