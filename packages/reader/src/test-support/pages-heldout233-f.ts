import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 233, file F: Tutoring company exam guide and a teachers’ resource site lesson plan. */

const li = (xs: readonly string[]): string => xs.map((x) => `<li>${x}</li>`).join('\n');
const P0_HEAD = ['How the papers are structured', 'Topics worth the most marks', 'A six-week revision plan'];
const P0_P = [
  `The Higher tier paper rewards steady revision more than last-minute cramming. This guide explains the papers, the topics that carry the most
    marks and a plan our tutors use with students each spring.`,
  'There are three papers of one hour and thirty minutes each. Paper 1 is non-calculator; Papers 2 and 3 allow a calculator. Each is marked out of 80.',
  `Algebra and number make up more than half of the marks. Spend the most time there, but do not skip geometry, where the longer questions
    often hide easy first steps.`,
  'Spend the first four weeks on topics, one strand a week, and the last two on full past papers under timed conditions.',
];
const P0_LI = ['Quadratic equations and the formula', 'Simultaneous equations', 'Trigonometry and Pythagoras', 'Probability trees'];
const P0_BY = ['Reviewed by Dr Aisha Rahman, Head of Maths', 'Updated 2 January 2025'];
const P0_F = [
  'Find a Tutor',
  'Subjects',
  'Maths',
  'English',
  'Sciences',
  'Exam Guides',
  'How It Works',
  'Pricing',
  'Become a Tutor',
  'Log in',
  'Get started',
  'Exam Guides',
  'GCSE',
  'In this guide',
  'Need help with maths?',
  'Book a free consultation',
  'Rated Excellent on Trustpilot',
  'Related guides',
  'GCSE English Language Paper 1',
  'A-Level Maths: Pure Topics',
  'About',
  'Safeguarding',
  'Careers',
  'Privacy notice',
  '© 2025 Brightpath Tutors Ltd',
];
const P1_HEAD = ['Learning objectives', 'Lesson activities', 'Assessment'];
const P1_P = [
  'This forty-five minute lesson introduces pupils aged eight to ten to the water cycle through a simple experiment with a bowl, cling film and ice.',
  'Start by asking where rain comes from and record answers on the board. Then set up the experiment in groups and let pupils predict what will happen.',
  'Ask each pupil to draw and label the cycle, using the words evaporation, condensation and precipitation correctly.',
];
const P1_LI = ['Describe the stages of the water cycle', 'Explain how heat drives evaporation', 'Record observations from a simple experiment'];
const P1_BY = ['Submitted by Mr Kwame Asante', 'Grade 3-5', 'Published 9 October 2024'];
const P1_F = [
  'Browse Resources',
  'Lesson Plans',
  'Worksheets',
  'Assessments',
  'Upload a Resource',
  'Sign in',
  'Join free',
  'Subjects',
  'Science',
  'Earth Science',
  'Download PDF',
  'Save to folder',
  'Print',
  'Rating: 4.8 (126 reviews)',
  'Downloads: 3,410',
  'License: CC BY-NC',
  'Reviews',
  'Write a review',
  'More from this author',
  'Rock Cycle Card Sort',
  'Weather Diary Template',
  'Report this resource',
  'Help Centre',
  'Terms',
  'Privacy',
  '© 2025 ClassCraft Commons',
];

const htmlP0 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>GCSE Maths Higher: The Complete Revision Guide | Brightpath Tutors</title>
<meta name="description" content="The Higher tier paper rewards steady revision more than last-minute cramming. This guide explains the papers, the
topics"><meta property="og:site_name" content="Brightpath Tutors">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"GCSE Maths Higher: The Complete Revision Guide"}</script>
<script src="/assets/js/site.min.js" defer></script></head>
<body class="guide-page">
<a class="site-logo" href="/">Brightpath Tutors</a>
<header class="nav-header"><nav aria-label="Main"><ul>${links(P0_F.slice(0, 8))}</ul></nav></header>
<main><div class="guide-layout"><aside class="toc"></aside><article class="guide">
<h1 class="entry-title">GCSE Maths Higher: The Complete Revision Guide</h1>
<div class="entry-meta"><span class="meta">Reviewed by Dr Aisha Rahman, Head of Maths</span> <span class="meta">Updated 2 January 2025</span></div>
<div class="rich-text">
<p>${P0_P[0]}</p>
<h2>${P0_HEAD[0]}</h2>
<p>${P0_P[1]}</p>
<h2>${P0_HEAD[1]}</h2>
<p>${P0_P[2]}</p>
<ul>${li(P0_LI)}</ul>
<h2>${P0_HEAD[2]}</h2>
<p>${P0_P[3]}</p>
</div></article>
<aside class="guide-cta"><ul>${links(P0_F.slice(8, 17))}</ul></aside></div></main>
<footer class="footer">
<ul>${links(P0_F.slice(17))}</ul></footer>
<script>window.dataLayer = window.dataLayer || [];</script></body></html>`;
const htmlP1 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lesson Plan: Exploring the Water Cycle | ClassCraft Commons</title>
<meta name="description" content="This forty-five minute lesson introduces pupils aged eight to ten to the water cycle through a simple experiment
with a "><meta property="og:site_name" content="ClassCraft Commons">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Lesson Plan: Exploring the Water Cycle"}</script>
<script src="/assets/js/site.min.js" defer></script></head>
<body class="resource-detail">
<a class="site-logo" href="/">ClassCraft Commons</a>
<header class="site-header"><nav class="primary-nav"><ul>${links(P1_F.slice(0, 8))}</ul></nav></header>
<main class="resource"><div class="resource-header">
<h1 class="entry-title">Lesson Plan: Exploring the Water Cycle</h1>
<div class="entry-meta">
<span class="meta">Submitted by Mr Kwame Asante</span> <span class="meta">Grade 3-5</span> <span class="meta">Published 9 October 2024</span></div>
<div class="resource-description">
<p>${P1_P[0]}</p>
<h2>${P1_HEAD[0]}</h2>
<ul>${li(P1_LI)}</ul>
<h2>${P1_HEAD[1]}</h2>
<p>${P1_P[1]}</p>
<h2>${P1_HEAD[2]}</h2>
<p>${P1_P[2]}</p>
</div></div>
<aside class="resource-sidebar"><ul>${links(P1_F.slice(8, 18))}</ul></aside></main>
<footer class="site-footer">
<ul>${links(P1_F.slice(18))}</ul></footer>
<script>window.dataLayer = window.dataLayer || [];</script></body></html>`;
export const HELDOUT233_F: readonly TestPage[] = [
  {
    name: 'heldout233-tutoring-docs',
    kind: 'docs',
    html: htmlP0,
    title: 'GCSE Maths Higher: The Complete Revision Guide',
    headings: P0_HEAD,
    body: texts([P0_P[0] ?? '', P0_P[1] ?? '', P0_P[2] ?? '', ...P0_LI, P0_P[3] ?? '']),
    bylines: P0_BY,
    furniture: P0_F,
  },
  {
    name: 'heldout233-teacherresource-docs',
    kind: 'docs',
    html: htmlP1,
    title: 'Lesson Plan: Exploring the Water Cycle',
    headings: P1_HEAD,
    body: texts([P1_P[0] ?? '', ...P1_LI, P1_P[1] ?? '', P1_P[2] ?? '']),
    bylines: P1_BY,
    furniture: P1_F,
  },
];
