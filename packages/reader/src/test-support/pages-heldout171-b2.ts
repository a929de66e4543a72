import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 171, file b2: a Coursera course page as a signed-out visitor saves it (the top bar with "For Individuals",
 * "For Businesses", "For Universities", "For Governments", the "Explore" menu, search, "Log In" and "Join for Free"; the
 * breadcrumbs; the partner logo, h1 and the instructor line; "Enroll for free", the start date, "Financial aid available"
 * and the enrolled count; the rating/level/schedule strip; the About/Outcomes/Modules/Recommendations/Testimonials tabs;
 * "What you'll learn", "Skills you'll gain", "Details to know"; the module accordion with "What's included"; the
 * instructor and "Offered by" cards; "Why people choose Coursera for their career" testimonials; the FAQ; "New to ...?
 * Start here." rail; and the big footer).
 */
const crTitle = 'Groundwater Hydrology: Wells, Aquifers and Sustainable Supply';
const crLearn = [
  'Explain how water moves through confined and unconfined aquifers using Darcy’s law.',
  'Interpret pumping-test data to estimate transmissivity and storage of an aquifer.',
  'Assess the risk of contamination around a well and design a simple protection zone.',
  'Build a water budget for a small catchment and judge whether its abstraction is sustainable.',
];
const crSkills = ['Hydrogeology', 'Environmental Engineering', 'Water Resources', 'Data Analysis', 'Geographic Information Systems'];
const crIntro = 'There are 4 modules in this course';
const crAbout = [
  'Almost half of the world’s drinking water comes from underground, yet most people never think about where it is stored or ' +
    'how quickly it is being used. This course introduces the science of groundwater for engineers, planners, farmers and anyone ' +
    'who manages a well or a water supply.',
  'You will start with the basics of how rain becomes groundwater and how it moves through rock and soil. You will then learn ' +
    'how hydrogeologists test wells and read their results, how pollution spreads underground, and how to decide how much water ' +
    'a community can take from an aquifer without drying up its rivers and wetlands. Each module uses real data from wells in ' +
    'the Brennock Valley, where our research group has worked for fifteen years.',
  'No prior knowledge of geology is needed. You should be comfortable with basic algebra and with using a spreadsheet.',
];
const crModules: [string, string, string][] = [
  [
    'Water Beneath Our Feet',
    'In the first module you will follow a drop of rain from the surface down to the water table. We introduce porosity, ' +
      'permeability and the difference between confined and unconfined aquifers, and you will measure hydraulic conductivity ' +
      'in a simple experiment you can do at home with a plastic bottle and sand.',
    '6 videos, 3 readings, 1 assignment',
  ],
  [
    'Wells and Pumping Tests',
    'This module explains what happens to an aquifer when a well is pumped. You will learn to read drawdown curves, use the ' +
      'Theis and Cooper-Jacob methods to estimate aquifer properties, and spot the mistakes that most often spoil a pumping test.',
    '8 videos, 2 readings, 1 assignment, 1 discussion prompt',
  ],
  [
    'Groundwater Quality and Contamination',
    'Here we look at how nitrate, salt and industrial chemicals move underground, why some plumes travel for kilometres while ' +
      'others stay put, and how wellhead protection zones are drawn. The module ends with a case study of a dairy farm whose well ' +
      'failed a nitrate test.',
    '7 videos, 4 readings, 1 assignment',
  ],
  [
    'Managing Aquifers Sustainably',
    'In the final module you will put everything together to build a water budget for a catchment, compare it with licensed ' +
      'abstraction, and write a short recommendation for a water board. You will also hear from three water managers about the ' +
      'hard choices they face in dry years.',
    '5 videos, 2 readings, 1 peer review',
  ],
];
const crTop = ['For Individuals', 'For Businesses', 'For Universities', 'For Governments'];
const crNav = ['Explore', 'Degrees', 'Log In', 'Join for Free'];
const crCrumbs = ['Browse', 'Physical Science and Engineering', 'Environmental Science and Sustainability'];
const crTabs = ['About', 'Outcomes', 'Modules', 'Recommendations', 'Testimonials', 'Reviews'];
const crDetails = ['Shareable certificate', 'Add to your LinkedIn profile', 'Assessments', '4 assignments', 'Taught in English', '21 languages available'];
const crStrip = ['4.8', '(1,284 reviews)', 'Beginner level', 'No prior experience required', 'Flexible schedule', 'Approx. 14 hours', 'Learn at your own pace'];
const crTestimonials = [
  '“I work for a rural water co-op and this course finally made pumping tests make sense.” — Deirdre K., learner since 2023',
  '“Clear videos and real data. The wellhead protection module changed how we plan new boreholes.” — Arjun M., learner since 2022',
];
const crFaq = ['When will I have access to the lectures and assignments?', 'What will I get if I purchase the Certificate?', 'Is financial aid available?'];
const crFoot: [string, string[]][] = [
  ['Coursera', ['About', 'What We Offer', 'Leadership', 'Careers', 'Catalog', 'Coursera Plus', 'Professional Certificates']],
  ['Community', ['Learners', 'Partners', 'Beta Testers', 'Blog', 'The Coursera Podcast', 'Tech Blog']],
  ['More', ['Press', 'Investors', 'Terms', 'Privacy', 'Help', 'Accessibility', 'Contact', 'Articles', 'Directory', 'Affiliates', 'Modern Slavery Statement']],
];
const crHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Groundwater Hydrology: Wells, Aquifers and Sustainable Supply | Coursera</title>
<meta name="description" content="Offered by Northmoor University. Almost half of the world’s drinking water comes from underground. Enroll for free.">
<meta property="og:title" content="${crTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Coursera">
<link rel="canonical" href="https://www.coursera.org/learn/groundwater-hydrology">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Course","name":"${crTitle}","provider":{"@type":"Organization",
"name":"Northmoor University"},"inLanguage":"en","aggregateRating":{"@type":"AggregateRating","ratingValue":4.8,"reviewCount":1284}},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Browse"}]}]}</script>
<link rel="stylesheet" href="https://d3njjcbhbojbot.cloudfront.example/webapps/r2-builds/br/xdp-v2/xdp.7c1f.css"></head>
<body><div id="rendered-content"><div class="rc-MetatagsWrapper"><div class="rc-PageHeaderControls">
<div class="css-1gbl2cx" data-testid="page-header-top-bar"><ul class="rc-BrowseUniversityNav">${links(crTop, 'css-xq2n3b')}</ul></div>
<header class="rc-PageHeader" role="banner"><a class="c-ph-logo" href="/" aria-label="Coursera"><img alt=""></a><nav aria-label="Main">
<ul class="rc-HeaderNav">${links(crNav, 'css-1qm0rzw')}</ul></nav><div class="rc-SearchBar" role="search"><input aria-label="What do you want to learn?"
placeholder="What do you want to learn?"></div></header></div>
<main id="main" class="rc-XdpPage"><nav aria-label="Breadcrumbs" class="css-1f9gt0j"><ol>${links(crCrumbs, 'cds-breadcrumbs-listItem')}</ol></nav>
<section class="css-oe48t8" data-e2e="hero"><div class="css-1psltl0"><img alt="Northmoor University" class="css-1f9gt0j"></div>
<h1 class="cds-119 cds-Typography-base css-1xy8ceb cds-121" data-e2e="hero-title">${crTitle}</h1>
<div class="css-1ni7h7w"><div class="rc-MultipleInstructorsHero"><span>Instructor: </span><a class="cds-119 cds-113 cds-115 css-wgmz1k"
href="/instructor/ewanmcrae">
<span>Dr. Ewan McRae</span></a></div></div>
<div class="css-1ni7h7w" data-e2e="enroll-button"><button class="cds-149 cds-button-disableElevation cds-button-primary">
<span class="cds-button-label">Enroll for free</span></button><div class="css-1g0fxhv"><span>Starts Nov 10</span></div></div>
<p class="css-4s48ix"><span class="css-6ecy9b">Financial aid available</span></p>
<p class="css-4s48ix"><span><strong>48,902</strong> already enrolled</span></p></section>
<section class="css-1pihwuf" data-e2e="key-information"><ul>${crStrip.map((t) => `<li class="css-1ni7h7w">${t}</li>`).join('\n')}</ul>
<a href="#modules">View course modules</a></section>
<div role="tablist" class="css-1r6ibqq">${crTabs.map((t) => `<a role="tab" href="#${t.toLowerCase()}" class="css-1kftj8v">${t}</a>`).join('\n')}</div>
<div class="css-1hxqbi" id="about"><div data-e2e="what-you-will-learn"><h2 class="cds-119 css-bbd009 cds-121">What you'll learn</h2>
<ul class="cds-9 css-7avemv cds-10">${crLearn
  .map(
    (t) => `<li class="css-1xg87xh"><div
class="css-13rbzem"><p><span>${t}</span></p></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="css-1m3kxpf" data-e2e="skills"><h2 class="cds-119 css-bbd009">Skills you'll gain</h2><ul class="css-yk0mzy">
${crSkills.map((t) => `<li><span class="css-o5tswl">${t}</span></li>`).join('\n')}</ul></div>
<div class="css-1h6t0o1" data-e2e="details-to-know"><h2 class="cds-119 css-bbd009">Details to know</h2><ul>
${crDetails.map((t) => `<li class="css-1qfp3ad"><div>${t}</div></li>`).join('\n')}</ul></div></div>
<div class="css-tzpyjo" id="modules" data-e2e="modules"><h2 class="cds-119 css-1v6z8dp">${crIntro}</h2>
<div class="content"><div class="content-inner">${crAbout.map((p) => `<p><span><span>${p}</span></span></p>`).join('\n')}</div></div>
<div data-e2e="syllabus-module-list">${crModules
  .map(
    ([h, d, inc], i) => `<div class="css-1x1bvn4" data-testid="accordion-item">
<button class="cds-AccordionHeader-button" aria-expanded="${i === 0}"><h3 class="cds-119 css-e7lgfl cds-121">${h}</h3>
<span class="css-1ey9ran">Module ${i + 1}</span><span class="css-1gkdyny">· ${3 + i} hours to complete</span></button>
<div class="cds-AccordionContent" role="region"><div class="css-1nnr0vw"><p>${d}</p></div>
<div class="css-3w7f1j"><h4 class="cds-119 css-1ucz7gf">What's included</h4><span>${inc}</span>
<button class="css-1mxfpv1">Show info about module content</button></div></div></div>`,
  )
  .join('\n')}</div></div>
<section class="css-1wvfk3b" data-e2e="instructors"><h2>Instructor</h2><div class="css-1n4x6ye"><a href="/instructor/ewanmcrae">Dr. Ewan McRae</a>
<p>Northmoor University</p><p>2 Courses · 61,550 learners</p></div></section>
<section data-e2e="offered-by"><h2>Offered by</h2><a href="/northmoor">Northmoor University</a>
<p>Northmoor University is a public research university on the Brennock estuary, known for its work on water and coasts.</p></section>
<section class="css-1c4ykrl" id="testimonials"><h2>Why people choose Coursera for their career</h2>
${crTestimonials.map((t) => `<figure class="css-15gk5mn"><blockquote><p>${t}</p></blockquote></figure>`).join('\n')}</section>
<section id="faq"><h2>Frequently asked questions</h2>${crFaq.map((q) => `<div class="cds-Accordion"><button><h3>${q}</h3></button></div>`).join('\n')}
<button class="css-1s5w2ry">More questions</button><a href="https://www.coursera.support/">Visit the learner help center</a></section>
<section class="css-1wrvnhj"><h2>New to Environmental Science and Sustainability? Start here.</h2><p>Open up new possibilities with free courses.</p>
<a href="/browse/physical-science-and-engineering">Explore more</a></section></main>
<footer class="rc-PageFooter" role="contentinfo">${crFoot.map(([h, l]) => `<div class="rc-FooterColumn"><h2>${h}</h2><ul>${links(l)}</ul></div>`).join('\n')}
<p class="copyright">© 2025 Coursera Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">Coursera uses cookies to provide and improve our
services, and to show you relevant content and ads.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
<script>window.__APOLLO_STATE__ = {"XdpV1Resource:groundwater-hydrology":{"name":"${crTitle}","partnerIds":["412"]}};</script>
<script src="https://d3njjcbhbojbot.cloudfront.example/webapps/r2-builds/br/xdp-v2/allStyles-8f1d.js" defer></script></body></html>`;
export const courseraPage: TestPage = {
  html: crHtml,
  name: 'heldout171-coursera-course',
  kind: 'docs',
  // the course text is "What you'll learn" (its items), the "There are 4 modules" description and the module accordion;
  // the "What you'll learn" heading, the count heading and the module titles are headings; "Instructor: Dr. Ewan McRae" is
  // the byline; the rating strip, skills, details, "What's included" lines, module labels, the instructor and partner
  // cards, testimonials, FAQ, the rail, footer and cookie banner are furniture
  title: crTitle,
  headings: ["What you'll learn", crIntro, ...crModules.map((m) => m[0])],
  body: [...crLearn, ...crAbout, ...crModules.map((m) => m[1])],
  bylines: ['Dr. Ewan McRae'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...crTop, ...crNav, ...crCrumbs, 'Enroll for free', 'Starts Nov 10', 'Financial aid available', 'already enrolled', ...crStrip, 'View course modules',
    ...crTabs, "Skills you'll gain", ...crSkills, 'Details to know', ...crDetails, 'Module 1', '· 3 hours to complete', "What's included",
    ...crModules.map((m) => m[2]), 'Show info about module content', 'Instructor', '2 Courses · 61,550 learners', 'Offered by', 'Northmoor University',
    'Northmoor University is a public research university on the Brennock estuary, known for its work on water and coasts.',
    'Why people choose Coursera for their career', ...crTestimonials, 'Frequently asked questions', ...crFaq, 'More questions',
    'Visit the learner help center', 'New to Environmental Science and Sustainability? Start here.', 'Open up new possibilities with free courses.',
    'Explore more', ...crFoot.flatMap(([h, l]) => [h, ...l]), '© 2025 Coursera Inc. All rights reserved.',
    'Coursera uses cookies to provide and improve our services, and to show you relevant content and ads.', 'Accept All Cookies', 'Cookie Settings',
  ])],
};
