import { links, ps, type TestPage, texts } from './page-kit.js';
import { reveal } from './pages-heldout368-f2.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file f: a Thinkific course landing page with its course outline (site-builder sections: header,
 * banner with the enrol button, text section, curriculum chapters with lesson types, instructor, boilerplate FAQ, pricing
 * call to action, footer) and, from file f2, a lecture's slides rendered by reveal.js.
 */
const hTitle = 'Beekeeping in Your First Year';
const hSub = 'A season-by-season course for new beekeepers, from your first package of bees to a colony ready for winter.';
const hAbout = [
  j(
    'Most first-year colonies that fail do so for one of three reasons: a queen problem that went unnoticed, mites that were',
    'never counted, or a hive that went into winter without enough stores. This course is organised around avoiding all three.',
  ),
  j(
    'Each chapter matches a part of the beekeeping year. Lessons are short videos filmed at our apiary above the village of',
    'Kellow Bridge, with a checklist you can print and take to the hive. You can work through them as your own season unfolds.',
  ),
];
const hChapters: [string, [string, string][]][] = [
  [
    'Chapter 1: Before the bees arrive',
    [
      ['Choosing a hive type', 'Video'],
      ['Siting the apiary and talking to the neighbours', 'Video'],
      ['Protective equipment that actually fits', 'Text'],
    ],
  ],
  [
    'Chapter 2: Spring build-up',
    [
      ['Installing a package or a nucleus colony', 'Video'],
      ['Your first inspection, frame by frame', 'Video'],
      ['Finding the queen and reading the brood pattern', 'Video'],
      ['Test yourself: what is happening in this frame?', 'Quiz'],
    ],
  ],
  [
    'Chapter 3: Summer and swarming',
    [
      ['Why colonies swarm and how to spot the signs', 'Video'],
      ['Making a split', 'Video'],
    ],
  ],
  [
    'Chapter 4: Mites, stores and winter',
    [
      ['Counting varroa with an alcohol wash', 'Video'],
      ['Feeding and judging stores by weight', 'Video'],
      ['Winter checklist', 'Download'],
    ],
  ],
];
const hFaq: [string, string][] = [
  ['When does the course start and finish?', 'The course starts now and never ends! It is a completely self-paced online course.'],
  ['How long do I have access to the course?', 'How does lifetime access sound? After enrolling, you have unlimited access to this course.'],
];
const hNav = ['All Courses', 'Blog', 'Sign In'];
const hFoot = ['Terms of Use', 'Privacy Policy', 'Contact'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${hTitle} | Heatherline Apiary School</title>
<meta name="description" content="${hSub}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${hTitle}","offers":{"@type":"Offer","price":"59.00",
"priceCurrency":"GBP"}}</script>
<script>window.Thinkific = window.Thinkific || {}; Thinkific.current_page = "course_landing_page"; Thinkific.product_id = 2204871;</script>
<link rel="stylesheet" href="https://import.cdn.thinkific.example/theme/assets/theme.css"></head>
<body class="course-landing-page"><div class="header header--sticky" data-section-type="header"><div class="header__container container">
<a class="header__logo" href="/"><img src="https://import.cdn.thinkific.example/logo.png" alt="Heatherline Apiary School"></a><nav class="header__nav">
<ul class="header__nav-list">${links(hNav, 'header__nav-item')}</ul></nav></div></div>
<main class="main"><section class="section banner banner--dark" data-section-id="banner"><div class="container banner__container">
<h1 class="banner__heading">${hTitle}</h1><p class="banner__subheading">${hSub}</p>
<a class="button button-primary banner__button" href="/enroll/2204871">Enroll for £59</a></div></section>
<section class="section text-section" data-section-id="about"><div class="container"><h2 class="section__heading">About this course</h2>
<div class="section__body">${ps(hAbout)}</div><ul class="course-stats"><li>12 lessons</li><li>2.5 hours of video content</li></ul></div></section>
<section class="section section--curriculum" data-section-id="curriculum"><div class="container"><h2 class="section__heading">Course curriculum</h2>
<div class="course-curriculum">${hChapters
  .map(
    ([c, ls], i) => `<div class="course-curriculum__chapter" data-chapter-index="${i}"><div class="course-curriculum__chapter-header">
<h3 class="course-curriculum__chapter-title">${c}</h3><span class="course-curriculum__chapter-lessons">${ls.length} lessons</span></div>
<ul class="course-curriculum__chapter-content">${ls
      .map(
        ([l, t]) => `<li class="course-curriculum__chapter-lesson"><span class="course-curriculum__lesson-type">${t}</span>
<a class="course-curriculum__chapter-lesson-link" href="/courses/take/first-year/lessons/${i}">${l}</a></li>`,
      )
      .join('\n')}</ul></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section instructor" data-section-id="instructor"><div class="container"><h2 class="section__heading">Your Instructor</h2>
<div class="instructor__card"><img class="instructor__image" src="https://import.cdn.thinkific.example/instructor.jpg" alt="">
<h3 class="instructor__name">Branwen Tolliday</h3><p class="instructor__title">Master Beekeeper, Heatherline Apiary</p>
<p class="instructor__bio">Branwen has kept bees for twenty-two years and looks after forty colonies on the moor edge.</p></div></div></section>
<section class="section faq" data-section-id="faq"><div class="container"><h2 class="section__heading">Frequently Asked Questions</h2>
${hFaq.map(([q, a]) => `<div class="faq__item"><h3 class="faq__question">${q}</h3><p class="faq__answer">${a}</p></div>`).join('\n')}</div></section>
<section class="section call-to-action"><div class="container"><h2 class="section__heading">Get started now!</h2>
<a class="button button-primary" href="/enroll/2204871">Enroll for £59</a></div></section></main>
<footer class="footer"><div class="footer__container container"><p class="footer__copyright">© Heatherline Apiary School 2026</p>
<ul class="footer__nav">${links(hFoot, 'footer__nav-item')}</ul><p class="footer__powered">Powered by Thinkific</p></div></footer>
<div class="cookie-consent" role="dialog"><p>We use cookies to make this site work and to understand how it is used.</p><button class="button">Accept</button>
<button class="button button-secondary">Decline</button></div>
<script src="https://import.cdn.thinkific.example/theme/assets/theme.js"></script></body></html>`;
const thinkific: TestPage = {
  name: 'heldout368-thinkific-course-outline',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['About this course', 'Course curriculum', ...hChapters.map(([c]) => c)],
  body: texts([hSub, ...hAbout, ...hChapters.flatMap(([, ls]) => ls.map(([l]) => l))]),
  bylines: ['Branwen Tolliday'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Enroll for £59', '12 lessons', '2.5 hours of video content', '3 lessons', '4 lessons', '2 lessons', 'Video', 'Text', 'Quiz', 'Download',
    'Your Instructor', 'Master Beekeeper, Heatherline Apiary', 'Branwen has kept bees for twenty-two years and looks after forty colonies on the moor edge.',
    'Frequently Asked Questions', ...hFaq.flat(), 'Get started now!', '© Heatherline Apiary School 2026', ...hFoot, 'Powered by Thinkific',
    'We use cookies to make this site work and to understand how it is used.', 'Accept', 'Decline',
  ],
};

export const HELDOUT368_F: readonly TestPage[] = [thinkific, reveal];
