import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file a: a Coursera-style course page (React classes, hero with instructor and enrolment count, tabs,
 * skills chips, module accordions, reviews, OneTrust banner) and an edX-style course about page (Next.js markup, sticky
 * enrol box, instructor cards, related programs, newsletter form).
 */
const cTitle = 'Field Statistics for Coastal Ecology';
const cLead = [
  j(
    'This course teaches the statistics that coastal field ecologists actually use: how to plan a transect survey, how to',
    'summarise counts that are mostly zeros, and how to tell a real decline in a shorebird colony from the noise of a bad season.',
  ),
  j(
    'You will work with four invented but realistic data sets from the Merrow Estuary monitoring programme, and every method is',
    'shown first on paper and then in a spreadsheet, so no programming experience is needed.',
  ),
  j(
    'The course was written with volunteer survey groups in mind as much as with students. Many estuary programmes collect',
    'excellent data and then struggle to say what it means; the aim here is to give you a small, dependable toolkit and the',
    'confidence to explain its limits to the people who fund and read your surveys.',
  ),
];
const cLearn = [
  'Design a stratified transect survey and estimate the effort it needs',
  'Summarise skewed count data with medians, quantiles and zero-inflation checks',
  'Fit and interpret a simple trend model for repeated yearly counts',
  'Report uncertainty honestly in a short monitoring note',
];
const cModules: [string, string][] = [
  [
    'Surveys on a moving shoreline',
    j(
      'Tides, weather and access decide where you can count. This module shows how to split a shore into strata, how to place',
      'transects so that each stratum is fairly sampled, and how to record the conditions that will matter later.',
    ),
  ],
  [
    'Counts that are mostly zeros',
    j(
      'Most quadrats hold no lugworm casts at all, and a few hold dozens. We look at why the mean misleads here, and at the',
      'summaries and plots that describe such data without hiding the empty quadrats.',
    ),
  ],
  [
    'Is the colony declining?',
    j(
      'Using eleven years of tern nest counts, you will fit a straight-line trend on the log scale, read its slope as a yearly',
      'percentage change, and see how one stormy year can swing the answer.',
    ),
  ],
  [
    'Writing the monitoring note',
    j(
      'The final module is about communication: a one-page note for a harbour board, with one figure, one table and a',
      'plain statement of what the data can and cannot show.',
    ),
  ],
];
const cNav = ['For Individuals', 'For Businesses', 'For Universities', 'For Governments'];
const cMenu = ['Explore', 'Degrees', 'Online Degree', 'Find your New Career', 'Log In', 'Join for Free'];
const cCrumbs = ['Browse', 'Physical Science and Engineering', 'Environmental Science and Sustainability'];
const cTabs = ['About', 'Outcomes', 'Modules', 'Recommendations', 'Testimonials', 'Reviews'];
const cSkills = ['Sampling Design', 'Descriptive Statistics', 'Ecology', 'Trend Analysis', 'Data Visualization'];
const cRecs = ['Introduction to Tidal Systems', 'Spreadsheets for Field Scientists', 'Seabird Biology and Conservation'];
const cFoot = ['About', 'What We Offer', 'Leadership', 'Careers', 'Catalog', 'Coursera Plus', 'Community', 'Learners', 'Partners', 'Blog'];
const cFoot2 = ['Terms', 'Privacy', 'Help', 'Accessibility', 'Contact'];
const cReview = 'The module on zero counts finally explained why our volunteer data always looked strange.';
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${cTitle} | Coursera</title>
<meta name="description" content="Offered by Lowfield University. This course teaches the statistics coastal ecologists use.">
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.coursera.example/learn/field-statistics-coastal-ecology">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${cTitle}","provider":{"@type":"Organization",
"name":"Lowfield University"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","ratingCount":"612"}}</script>
<script>window.__APOLLO_STATE__={"ROOT_QUERY":{"courseBySlug":{"__ref":"Course:fsce"}}};window.appName="front-page";</script>
<link rel="stylesheet" href="https://d3njjcbhbojbot.cloudfront.example/webapps/r2-builds/br/front-page/main.css"></head>
<body><div id="rendered-content"><div class="rc-MetatagsWrapper"><a class="cds-119 css-1ri2dgz" href="#main">Skip to Main Content</a>
<div class="css-1l2d6sj"><ul class="rc-SegmentSelector">${links(cNav, 'css-lgb6e3')}</ul></div>
<header class="rc-PageHeader css-10f4v1a"><a href="/" aria-label="Coursera"><svg class="coursera-logo"></svg></a>
<nav aria-label="Main"><ul class="css-13ypx8c">${links(cMenu, 'cds-navigation-item')}</ul></nav>
<form role="search"><input type="text" placeholder="What do you want to learn?" aria-label="Search"></form></header>
<main id="main" class="css-1bfbox4"><nav aria-label="breadcrumbs" class="css-xpotu6">
<ol class="cds-breadcrumbs-ol">${links(cCrumbs, 'cds-breadcrumbs-li')}</ol></nav>
<section class="css-oe48t8" data-e2e="hero-section"><div class="css-1psltl0">
<img src="https://d3njjcbhbojbot.cloudfront.example/lowfield-logo.png" alt="Lowfield University">
<h1 class="cds-119 cds-Typography-base css-1xy8ace cds-121" data-e2e="hero-title">${cTitle}</h1>
<div class="css-1elvbm5"><span class="cds-119 css-80vnnb">This course is part of
<a href="/specializations/coastal-monitoring">Coastal Monitoring Specialization</a>
</span></div><div class="css-1ev4nj1"><span class="cds-119 css-dmxkm1 cds-121">Instructor: </span>
<a class="cds-119 cds-113 cds-115 css-wgmz1k" href="/instructor/mcastano">Mirela Castaño</a><span class="css-1l2b3na">Top Instructor</span></div>
<div class="css-jtklx9"><button class="cds-149 cds-button-disableElevation cds-button-primary css-1f5eyrm" data-e2e="enroll-button">
<span class="cds-button-label">Enroll for Free</span><span class="css-fq4zmx">Starts Mar 12</span></button>
<span class="css-7mkvrt">Financial aid available</span></div><p class="css-4s48ix"><span><strong>48,117</strong> already enrolled</span></p>
<div class="css-1ax2a8z"><span>Included with <a href="/courseraplus">Coursera Plus</a></span> <a href="/courseraplus">Learn more</a></div></div>
<div class="css-fk6qfz"><div class="cds-119 css-h1jogs cds-121">4.7</div><div class="css-16bm5zp">(612 reviews)</div>
<div class="css-fk6qfz">Beginner level</div><div class="css-fk6qfz">Flexible schedule</div><div class="css-fk6qfz">Approx. 14 hours</div></div></section>
<div class="css-1csqycf" role="tablist">${cTabs.map((t) => `<a role="tab" class="cds-tab css-1lyfzqx" href="#${t.toLowerCase()}">${t}</a>`).join('')}</div>
<section id="about" class="css-1ucb6o4"><div class="content-inner">${ps(cLead)}</div>
<div class="css-1m8pwu9"><h2 class="cds-119 cds-Typography-base css-ubb16l cds-121">What you'll learn</h2><ul class="cds-9 css-7avemv cds-10">
${cLearn.map((t) => `<li class="css-0"><span class="cds-119 css-80vnnb"><span>${t}</span></span></li>`).join('\n')}</ul></div>
<div class="css-1vvj97t"><h2 class="cds-119 css-ubb16l">Skills you'll gain</h2><ul class="css-yk0mzy">${links(cSkills, 'css-0')}</ul></div>
<div class="css-1h4dzil"><h2 class="cds-119 css-ubb16l">Details to know</h2><div class="css-1jvmxaq"><span>Shareable certificate</span>
<span>Add to your LinkedIn profile</span></div><div class="css-1jvmxaq"><span>Assessments</span><span>12 assignments</span></div></div></section>
<section id="modules" class="css-1ok0g6e"><h2 class="cds-119 cds-Typography-base css-ubb16l cds-121">There are 4 modules in this course</h2>
${cModules
  .map(
    ([h, d], i) => `<div data-e2e="module-${i + 1}" class="cds-AccordionRoot-container css-1jvnbyv"><div class="cds-AccordionHeader-button">
<h3 class="cds-119 cds-Typography-base css-6ecy9b cds-121">${h}</h3><span class="css-1n1i1vi">Module ${i + 1}</span>
<span>· ${i + 2} hours to complete</span></div>
<div class="cds-AccordionRoot-content"><p class="css-4s48ix">${d}</p><p class="css-1y3l4nj">What's included</p>
<span>${i + 3} videos</span><span>${i + 1} readings</span><span>1 assignment</span></div></div>`,
  )
  .join('\n')}
</section><section class="css-1grb93d"><h2 class="cds-119 css-ubb16l">Instructor</h2><div class="css-1pvrmvk">
<img src="https://coursera-instructor-photos.s3.example/mcastano.jpg" alt="">
<a href="/instructor/mcastano" class="css-1v5xs5y">Mirela Castaño</a><p class="css-1iqmyl8">Lowfield University</p><p>3 Courses · 71,402 learners</p></div>
<h2 class="cds-119 css-ubb16l">Offered by</h2><p class="css-1kpt8ia">Lowfield University</p></section>
<section id="recommendations"><h2 class="cds-119 css-ubb16l">Recommended if you're interested in Environmental Science and Sustainability</h2>
<ul class="css-1n4y0y8">${links(cRecs, 'cds-ProductCard-gridCard')}</ul></section>
<section id="reviews"><h2 class="cds-119 css-ubb16l">Learner reviews</h2><div class="css-15ee6ym"><p class="css-4s48ix">${cReview}</p>
<p class="css-1m4ggb4">Reviewed on Jan 14, 2026</p></div><a href="/learn/field-statistics-coastal-ecology/reviews">View more reviews</a></section></main>
<footer class="rc-PageFooter css-wd57u3"><ul class="css-1f3ry0n">${links(cFoot, 'css-1ycwkva')}</ul><ul class="css-1f3ry0n">${links(cFoot2)}</ul>
<p class="css-1xklzz5">© 2026 Coursera Inc. All rights reserved.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog" aria-label="Privacy"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to improve your experience, analyse traffic and show relevant ads.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
<script src="https://d3njjcbhbojbot.cloudfront.example/webapps/r2-builds/br/front-page/main.js" async></script></body></html>`;
const coursera: TestPage = {
  name: 'heldout368-coursera-course',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ["What you'll learn", 'There are 4 modules in this course', ...cModules.map(([h]) => h)],
  body: texts([...cLead, ...cLearn, ...cModules.map(([, d]) => d)]),
  bylines: ['Mirela Castaño'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...cNav, ...cMenu, ...cCrumbs, 'This course is part of Coastal Monitoring Specialization', 'Instructor:', 'Top Instructor',
    'Enroll for Free', 'Starts Mar 12', 'Financial aid available', '48,117 already enrolled', 'Included with Coursera Plus', 'Learn more', '4.7',
    '(612 reviews)', 'Beginner level', 'Flexible schedule', 'Approx. 14 hours', ...cTabs, "Skills you'll gain", ...cSkills, 'Details to know',
    'Shareable certificate', 'Add to your LinkedIn profile', 'Assessments', '12 assignments', 'Module 1', '2 hours to complete', "What's included",
    '3 videos', '1 assignment', 'Instructor', '3 Courses · 71,402 learners', 'Offered by', 'Lowfield University',
    "Recommended if you're interested in Environmental Science and Sustainability", ...cRecs, 'Learner reviews', cReview, 'Reviewed on Jan 14, 2026',
    'View more reviews', ...cFoot, ...cFoot2, '© 2026 Coursera Inc. All rights reserved.',
    'We use cookies to improve your experience, analyse traffic and show relevant ads.', 'Accept All', 'Reject All', 'Cookie Settings',
  ],
};

const eTitle = 'Introduction to Glacier Hydrology';
const eShort = 'Discover how meltwater moves through, under and out of glaciers, and why it matters for the towns downstream.';
const eAbout = [
  j(
    'Every summer, a valley glacier releases water in pulses that can double a river’s flow within hours. In this course you will',
    'follow that water from the surface of the ice, down moulins and crevasses, along the glacier bed and out through the',
    'outlet stream, and you will learn the simple physical ideas that explain each step.',
  ),
  j(
    'The course is built around the Skarvik Glacier, an invented outlet glacier with twenty years of discharge, temperature and',
    'dye-tracing records. Short lectures alternate with guided exercises in which you estimate melt from air temperature,',
    'read a hydrograph, and judge when a sudden drainage of an ice-dammed lake is likely.',
  ),
  j(
    'No prior knowledge of glaciology is assumed. Comfort with graphs and with a little algebra is enough, and optional',
    'exercises are offered for learners who want to go further with the physics.',
  ),
  j(
    'By the end, you will be able to look at a summer of river gauge readings below a glacier and explain, in plain terms,',
    'which part of the flow came from melting snow, which from ice, and which from stored water released all at once.',
  ),
];
const eLearn = [
  'How surface melt is estimated from temperature with a degree-day model',
  'How water reaches the bed and how drainage systems change over a melt season',
  'How to read a proglacial river hydrograph',
  'What causes glacial lake outburst floods and how they are monitored',
];
const eSyllabus = [
  'Week 1: Ice, snow and the energy balance',
  'Week 2: Degree-day melt models',
  'Week 3: Englacial and subglacial drainage',
  'Week 4: Hydrographs and seasonal change',
  'Week 5: Outburst floods and hazard monitoring',
];
const eNav = ['Learn', 'Degrees', 'Executive Education', 'Boot Camps'];
const eCrumbs = ['Catalog', 'Environmental Studies'];
const eRelated = ['Mountain Weather and Climate', 'Rivers in a Warming World', 'Remote Sensing of Snow and Ice'];
const eFoot = ['About', 'Affiliates', 'edX For Business', 'Open edX', 'Careers', 'News', 'Help Center', 'Contact', 'Media Kit'];
const eLegal = ['Terms of Service & Honor Code', 'Privacy Policy', 'Cookie Policy', 'Accessibility Policy', 'Trademark Policy', 'Sitemap'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>NordFjell University: ${eTitle} | edX</title>
<meta name="description" content="${eShort}"><meta property="og:title" content="${eTitle}"><meta property="og:site_name" content="edX">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Course","name":"${eTitle}","description":"${eShort}",
"provider":{"@type":"Organization","name":"NordFjell University"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"course":{"key":"NordFjellX+GLH101"}}},"page":"/learn/[...slug]"}</script></head>
<body><div id="__next"><div class="skip-nav"><a href="#main-content" class="btn btn-primary">Skip to main content</a></div>
<header class="site-header"><div class="header-container"><a href="/" class="logo"><img src="https://www.edx.example/images/logos/edx-logo.svg" alt="edX"></a>
<nav class="main-nav"><ul class="nav">${links(eNav, 'nav-item')}</ul></nav><a class="btn btn-outline-primary" href="/login">Sign in</a>
<a class="btn btn-primary" href="/register">Register</a></div></header>
<main id="main-content" class="course-about-page"><div class="container"><nav aria-label="breadcrumb" class="pgn__breadcrumbs">
<ol class="list-inline">${links(eCrumbs, 'list-inline-item')}</ol></nav>
<div class="course-hero"><div class="col-md-8"><img class="partner-logo" src="https://prod-discovery.edx-cdn.example/organization/logos/nordfjell.png"
alt="NordFjell University logo"><h1 class="h2 mb-3">${eTitle}</h1><div class="course-short-description"><p>${eShort}</p></div>
<div class="enroll-box"><p class="x-small mb-1">Starts Apr 7</p><button class="btn btn-brand btn-lg">Enroll</button>
<p class="x-small">7,344 already enrolled!</p>
</div></div><div class="col-md-4 course-snapshot"><ul class="list-unstyled"><li><strong>5 weeks</strong> 3–4 hours per week</li>
<li><strong>Self-paced</strong> Progress at your own speed</li><li><strong>Free</strong> Optional upgrade available</li></ul></div></div>
<div class="course-tabs"><a href="#about">About</a><a href="#whatyoulllearn">What you'll learn</a><a href="#syllabus">Syllabus</a>
<a href="#instructors">Instructors</a>
</div><div class="row"><div class="col-md-8"><section id="about"><h2 class="h3">About this course</h2><div class="course-description">${ps(eAbout)}</div>
</section>
<section id="whatyoulllearn"><h2 class="h3">What you'll learn</h2><ul>${eLearn.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<section id="syllabus"><h2 class="h3">Syllabus</h2><ul>${eSyllabus.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<section id="instructors"><h2 class="h3">Meet your instructors</h2><div class="instructor-card">
<a href="/bio/ragna-solberg" class="instructor-name">Ragna Solberg</a>
<p class="small">Associate Professor of Physical Geography</p><p class="small">NordFjell University</p></div>
<div class="instructor-card"><a href="/bio/tomas-ekdahl" class="instructor-name">Tomas Ekdahl</a><p class="small">Research Hydrologist</p></div></section></div>
<aside class="col-md-4"><div class="course-info-box"><ul class="list-unstyled"><li><span>Institution</span> <a href="/school/nordfjellx">NordFjellX</a></li>
<li><span>Subject</span> Environmental Studies</li><li><span>Level</span> Introductory</li><li><span>Language</span> English</li>
<li><span>Video Transcript</span> English</li></ul></div></aside></div>
<section class="related-programs"><h2 class="h3">You may also like</h2><ul class="list-unstyled">${links(eRelated, 'discovery-card')}</ul></section>
<section class="newsletter"><h2 class="h4">Stay in the loop</h2><p>Get new courses and learning tips in your inbox every month.</p>
<form><input type="email" aria-label="Email address" placeholder="Email address"><button class="btn btn-primary">Subscribe</button></form></section></div>
</main>
<footer class="footer"><ul class="footer-links">${links(eFoot)}</ul><ul class="legal-links">${links(eLegal)}</ul>
<p class="copyright">© 2026 edX LLC. All rights reserved.</p></footer>
<div class="cookie-banner" role="dialog"><p>edX uses cookies to give you the best experience. By continuing, you accept our cookie policy.</p>
<button class="btn btn-primary">Got it</button></div></div></body></html>`;
const edx: TestPage = {
  name: 'heldout368-edx-course-about',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['About this course', "What you'll learn", 'Syllabus'],
  body: texts([eShort, ...eAbout, ...eLearn, ...eSyllabus]),
  bylines: ['Ragna Solberg', 'Tomas Ekdahl'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...eNav, 'Sign in', 'Register', ...eCrumbs, 'Starts Apr 7', 'Enroll', '7,344 already enrolled!', '5 weeks', '3–4 hours per week',
    'Self-paced', 'Progress at your own speed', 'Optional upgrade available', 'Instructors', 'Meet your instructors',
    'Associate Professor of Physical Geography', 'NordFjell University', 'Research Hydrologist', 'Institution', 'NordFjellX', 'Subject', 'Level',
    'Introductory', 'Language', 'English', 'Video Transcript', 'You may also like', ...eRelated, 'Stay in the loop',
    'Get new courses and learning tips in your inbox every month.', 'Subscribe', ...eFoot, ...eLegal, '© 2026 edX LLC. All rights reserved.',
    'edX uses cookies to give you the best experience. By continuing, you accept our cookie policy.', 'Got it',
  ],
};

export const HELDOUT368_A: readonly TestPage[] = [coursera, edx];
