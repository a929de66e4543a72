import { links, ps, type TestPage, texts } from './page-kit.js';
import { rows } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file a: a UK university's undergraduate course page on Squiz Matrix (Civic Cookie Control banner,
 * mega-menu header, breadcrumbs, course hero with the UCAS apply button, a key-facts strip, tab bar for Overview / Modules /
 * Entry requirements / Fees / Careers with every panel in the saved page, a student-profile quote promo, an "Explore more"
 * rail, the "Visit us" call to action and the footer).
 */
const title = 'Marine Biology and Oceanography BSc (Hons)';
const intro = [
  `Explore life in the sea from the shoreline to the deep ocean on a course that spends more time outdoors than in a lecture theatre.
You will learn to identify, sample and model marine organisms, and to read the physical and chemical processes that shape where they live.`,
  `From your first term you will join field classes on the rocky shores and estuaries of the Carrow coast, and in the second year you
will spend a week at sea on our research vessel, the <em>RV Tamsin Reay</em>.`,
];
const why = [
  'Two weeks of residential fieldwork included in your fees',
  'Access to a 40-tank seawater aquarium and a sediment laboratory',
  'An optional placement year with a marine agency, consultancy or aquarium',
  'Accredited by the Institute of Marine Sciences and Technology',
];
const mods = [
  `In Year 1 you build the foundations: Marine Ecosystems, Cell and Molecular Biology, Introduction to Oceanography,
Field and Laboratory Skills, and Data Analysis for Biologists.`,
  `In Year 2 you take Marine Invertebrate Zoology, Physical Oceanography, Fieldwork Methods at Sea and Fisheries Science,
and choose one optional module such as Coral Reef Biology or Marine Pollution.`,
  `In your final year most of your time goes on an independent research project, supported by a supervisor from one of our four
marine research groups. You will also choose three options from a list that changes each year with staff research.`,
];
const modNote = `The modules listed are those currently running and may change. We will tell you about any change to a compulsory
module before you accept your offer.`;
const entry = [
  `A level: ABB to BBB, including Biology and one other science (Chemistry, Physics, Geography, Geology, Mathematics or
Environmental Science).`,
  'BTEC: DDM in Applied Science or Animal Management, with specific units in biology.',
  'International Baccalaureate: 30 points overall, with 5 in Higher Level Biology.',
  `We welcome applicants with other qualifications and from a range of backgrounds. If your grades are affected by personal
circumstances, our contextual offer may be two grades below the standard offer.`,
];
const feesIntro = 'Tuition fees for students starting in September 2027 are:';
const feeRows: [string, string][] = [
  ['UK students', '£9,535 per year'],
  ['International students', '£24,800 per year'],
  ['Placement year (all students)', '£1,850'],
];
const feesAfter = [
  `Your fees cover the compulsory field courses, including travel and accommodation. You will need to buy your own waterproofs and
wellington boots, which usually cost around £90.`,
];
const careers = [
  `Our graduates work as fisheries observers, environmental consultants, aquarists and marine policy officers, and around a third go
on to a master's degree or PhD.`,
  `A dedicated careers adviser for the School of Ocean Sciences runs a skills programme from your first year, and alumni return each
spring to talk about their work.`,
];
const quote = '“The week on the research vessel was the moment I knew I wanted to work at sea.” Hollis Abara, Marine Biology graduate, 2025';
const menu = ['Study', 'Research', 'Business and partnerships', 'About us', 'Life at Carrow'];
const crumbs = ['Home', 'Undergraduate', 'Courses'];
const tabs = ['Overview', 'Modules', 'Entry requirements', 'Fees and funding', 'Careers'];
const explore = ['Zoology BSc (Hons)', 'Environmental Science BSc (Hons)', 'Ocean Science MSci'];
const foot = ['Accessibility', 'Privacy notice', 'Freedom of information', 'Modern slavery statement', 'Jobs'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Marine Biology and Oceanography BSc (Hons) | Undergraduate | University of Carrow</title>
<meta name="description" content="Study marine biology and oceanography at the University of Carrow, with fieldwork from year one.">
<meta name="generator" content="Squiz Matrix"><meta property="og:title" content="Marine Biology and Oceanography BSc (Hons)">
<link rel="stylesheet" href="/__data/assets/css_file/0021/41001/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Marine Biology and Oceanography BSc (Hons)",
"courseCode":"C162","provider":{"@type":"CollegeOrUniversity","name":"University of Carrow"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"course","courseLevel":"ug","ucas":"C162"});</script>
</head><body class="ug-course">
<div id="ccc" role="region" aria-label="Cookie preferences"><div id="ccc-notify" class="ccc-notify__inner">
<h3 id="ccc-notify-title">This site uses cookies</h3>
<p id="ccc-notify-text">Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site
is being used.</p>
<button class="ccc-notify-button ccc-accept-button">Accept recommended settings</button>
<button class="ccc-notify-button ccc-reject-button">Reject all</button></div></div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/__data/assets/image/0011/1/logo.svg" alt="University of Carrow"></a>
<nav class="mega-nav" aria-label="Main"><ul class="mega-nav__list">${links(menu, 'mega-nav__item')}</ul></nav>
<form class="site-search" action="/search"><label for="q" class="visually-hidden">Search the site</label><input id="q" name="q"></form></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(crumbs, 'breadcrumbs__item')}
<li class="breadcrumbs__item breadcrumbs__item--current">Marine Biology and Oceanography</li></ol></nav>
<main id="main"><section class="course-hero"><div class="course-hero__inner"><p class="course-hero__level">Undergraduate course</p>
<h1 class="course-hero__title">${title}</h1>
<div class="course-hero__cta"><a class="btn btn--primary" href="https://www.ucas.example/">Apply through UCAS</a>
<a class="btn btn--secondary" href="/visit">Book an open day</a></div></div></section>
<section class="key-facts" aria-label="Key facts"><dl class="key-facts__list">
<div><dt>UCAS code</dt><dd>C162</dd></div><div><dt>Duration</dt><dd>3 years full time (4 with placement)</dd></div>
<div><dt>Start date</dt><dd>Sept 2027</dd></div><div><dt>Campus</dt><dd>Penhallow Quay</dd></div></dl></section>
<div class="course-tabs" data-component="tabs"><ul class="course-tabs__nav" role="tablist">
${tabs.map((t, i) => `<li role="presentation"><a role="tab" href="#tab-${i}" aria-selected="${i === 0}">${t}</a></li>`).join('\n')}</ul>
<div class="course-tabs__panel" id="tab-0" role="tabpanel"><div class="content-block">
<h2>Course overview</h2>
${ps(intro)}
<h3>Why study this course?</h3>
<ul>${why.map((w) => `<li>${w}</li>`).join('\n')}</ul></div>
<aside class="profile-quote"><blockquote class="profile-quote__text"><p>${quote}</p></blockquote>
<a class="profile-quote__link" href="/student-stories">Read more student stories</a></aside></div>
<div class="course-tabs__panel" id="tab-1" role="tabpanel" hidden><div class="content-block">
<h2>What you will study</h2>
${ps(mods)}
<p class="small-print">${modNote}</p></div></div>
<div class="course-tabs__panel" id="tab-2" role="tabpanel" hidden><div class="content-block">
<h2>Typical offers</h2>
${ps(entry)}
<div class="callout callout--info"><p>Not sure if you meet the requirements? <a href="/contact">Ask our admissions team</a></p></div></div></div>
<div class="course-tabs__panel" id="tab-3" role="tabpanel" hidden><div class="content-block">
<h2>Tuition fees</h2>
<p>${feesIntro}</p>
<table class="table table--striped"><thead><tr><th>Fee status</th><th>Fee</th></tr></thead><tbody>
${rows(feeRows)}
</tbody></table>
${ps(feesAfter)}</div></div>
<div class="course-tabs__panel" id="tab-4" role="tabpanel" hidden><div class="content-block">
<h2>Graduate careers</h2>
${ps(careers)}</div></div></div>
<section class="explore-more"><h2 class="explore-more__title">Explore more courses</h2>
<ul class="card-list">${links(explore, 'card')}</ul></section>
<section class="cta-banner"><h2>Visit us</h2><p>Come to an open day and meet our marine scientists on the quay.</p>
<a class="btn" href="/visit">Find an open day</a></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(foot)}</ul>
<p class="site-footer__copy">© University of Carrow 2026. Registered charity number 1150932.</p></footer>
<script src="/__data/assets/js_file/0022/41002/main.js"></script></body></html>`;

const ukCourse: TestPage = {
  name: 'heldout403-squiz-matrix-ug-course',
  kind: 'docs',
  html,
  title,
  headings: ['Course overview', 'Why study this course?', 'What you will study', 'Typical offers', 'Tuition fees', 'Graduate careers'],
  body: texts([...intro, ...why, ...mods, modNote, ...entry, feesIntro, ...feeRows.flat(), ...feesAfter, ...careers]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies',
    'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
    'Accept recommended settings', 'Reject all', 'Skip to content', ...menu, 'Search the site', ...crumbs, 'Marine Biology and Oceanography',
    'Undergraduate course', 'Apply through UCAS', 'Book an open day', 'UCAS code', 'C162', 'Duration', '3 years full time (4 with placement)',
    'Start date', 'Sept 2027', 'Campus', 'Penhallow Quay', ...tabs, quote, 'Read more student stories',
    'Not sure if you meet the requirements? Ask our admissions team', 'Explore more courses', ...explore, 'Visit us',
    'Come to an open day and meet our marine scientists on the quay.', 'Find an open day', ...foot,
    '© University of Carrow 2026. Registered charity number 1150932.',
  ],
};

export const HELDOUT403_A: readonly TestPage[] = [ukCourse];
