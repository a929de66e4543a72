import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs } from './pages-heldout691-kit.js';

/**
 * Held-out batch 691, file e: a language school's long exam guide built with Elementor Pro on the Hello Elementor theme
 * (a theme-builder header and footer, an icon list, a toggle FAQ, a call-to-action box and a popup form).
 */
const eTitle = 'Northgate English Certificate C1: the complete exam guide';
const eIntro = [
  j(
    'The Northgate English Certificate (NEC) at level C1 is accepted by more than 400 universities and employers as proof that you',
    'can study and work in English. This guide explains how the exam is built, how it is marked and how our students prepare for it.',
  ),
  j(
    'We have prepared candidates for the NEC since it was introduced, and our centre in Brightwell is an official exam venue. Everything',
    'below reflects the exam format in use since January 2024.',
  ),
];
const eH1 = 'About the exam';
const eAbout = [
  j(
    'The NEC C1 tests the four skills in four papers taken on the same day, with the speaking test either the same day or up to a',
    'week before. The whole exam takes about four hours. You receive one overall grade and a separate score for each skill, so',
    'universities that ask for a minimum in writing, for example, can see it at a glance.',
  ),
  j(
    'There is no pass or fail in the usual sense. A score of 180 to 199 is reported as C1, 200 and above as C2, and 160 to 179 as',
    'B2. Most universities ask for an overall score of 180 with no skill below 170.',
  ),
];
const eH2 = 'The four papers';
const eP = [
  [
    'Reading and Use of English (90 minutes)',
    j(
      'Eight parts, from gap-fills that test grammar and collocations to long texts with multiple-choice questions. The Use of English',
      'parts reward precise knowledge: a word that is almost right scores nothing. Candidates who run out of time usually spend too long',
      'on the first long text.',
    ),
  ],
  [
    'Writing (90 minutes)',
    j(
      'Two tasks of 220 to 260 words. The first is always an essay that discusses two of three given points; the second is chosen',
      'from a letter, a report, a proposal or a review. Examiners mark content, organisation, language and how well you achieve',
      'the purpose of the task.',
    ),
  ],
  [
    'Listening (40 minutes)',
    j(
      'Four parts with recordings of lectures, interviews and conversations, each played twice. The last part asks you to match',
      'five speakers to two sets of statements at the same time, and many candidates find it the hardest.',
    ),
  ],
  [
    'Speaking (15 minutes)',
    j(
      'You take the speaking test with another candidate and two examiners. After a short interview, you compare pictures, then',
      'discuss a question together and finally answer broader questions on the same topic.',
    ),
  ],
] as const;
const eH3 = 'Dates and fees';
const eDates = [
  ['15 March 2025', '7 February 2025', '€235'],
  ['14 June 2025', '9 May 2025', '€235'],
  ['22 November 2025', '17 October 2025', '€245'],
];
const eAfterDates = 'Results are published online about four weeks after the exam. Certificates are posted to the centre two weeks later.';
const eH4 = 'How to prepare';
const ePrep = [
  'Take a practice test under timed conditions at the start, so you know where you lose marks',
  'Read one long article in English every day and note the collocations you did not know',
  'Write at least one essay a week and have it marked against the official criteria',
  'Listen to lectures and podcasts at normal speed, without subtitles',
  'Practise the speaking test with a partner, ideally someone you do not know well',
];
const ePrepAfter = j(
  'Our preparation courses run for eight or twelve weeks before each exam date and include two full mock exams marked by',
  'teachers who are trained NEC examiners. Students who cannot come to Brightwell can join the online group, which follows the',
  'same plan with live lessons twice a week.',
);
const eH5 = 'On exam day';
const eDay = j(
  'Bring the passport or identity card you used to register; no other document is accepted. Mobile phones are collected before',
  'the exam starts. You may bring water in a clear bottle and pencils, but not a watch with a screen. If you arrive after the',
  'Listening paper has started, you will not be allowed into the room for that paper.',
);
const eH6 = 'Frequently asked questions';
const eFaq = [
  ['How long is the certificate valid?', j('The certificate itself does not expire, but many universities only accept results from the last two years.')],
  ['Can I retake only one paper?', 'No. You must take the whole exam again, but your best result stays on record.'],
  [
    'Are there special arrangements for candidates with dyslexia?',
    j('Yes. Extra time, a separate room and a reader can be arranged. Apply at least eight weeks before the exam with a report from a', 'specialist.'),
  ],
] as const;
const eNav = ['Courses', 'Exams', 'Online learning', 'Accommodation', 'Contact'];
const eFoot = ['Imprint', 'Privacy', 'Terms and conditions', 'Complaints'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>${eTitle} - Brightwell Language Academy</title><meta name="description" content="How the NEC C1 exam is built, how it is marked and how to prepare.">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"datePublished":"2024-01-18T09:00:00+00:00","dateModified":"2025-01-09T14:21:00+00:00","author":{"@type":"Person","name":"Ruth Calloway"}}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3" media="all">
<link rel="stylesheet" id="elementor-post-2210-css" href="/wp-content/uploads/elementor/css/post-2210.css?ver=1736432460" media="all"></head>
<body class="page-template-default page page-id-2210 elementor-default elementor-kit-6 elementor-page elementor-page-2210">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<div class="elementor-element elementor-element-4d1c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="/"><img src="/wp-content/uploads/2023/05/bla-logo.svg" alt="Brightwell Language Academy"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-5f2" class="elementor-nav-menu">
${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="#elementor-action%3Aaction%3Dpopup%3Aopen">
<span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book a consultation</span></span></a></div></div></div></div></div></div>
<main id="content" class="site-main post-2210 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="2210" class="elementor elementor-2210">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>
</div></div><div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items
elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-2c1 elementor-inline-item">
<span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-custom">Updated 9 January 2025</span></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eIntro)}</div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH1}</h2>
</div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eAbout)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH2}</h2>
</div></div>${eP
  .map(
    ([h, p]) => `<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">${h}</h3></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>${p}</p></div></div>`,
  )
  .join('\n')}
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH3}</h2>
</div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table style="width:100%">
<thead><tr><th>Exam date</th><th>Registration closes</th><th>Fee</th></tr></thead><tbody>${trs(eDates)}</tbody></table><p>${eAfterDates}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH4}</h2>
</div></div><div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">
${ePrep
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${ePrepAfter}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta">
<div class="elementor-cta__content">
<h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Next preparation course: 6 January</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Twelve weeks, evenings or online, mock exams included.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">
<a class="elementor-cta__button elementor-button elementor-size-" href="/exams/nec-c1-course/">
See the course</a></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH5}</h2>
</div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eDay}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH6}</h2>
</div></div><div class="elementor-element elementor-widget elementor-widget-toggle"><div class="elementor-widget-container"><div class="elementor-toggle">
${eFaq
  .map(
    ([q, a], i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-17${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-17${i}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true"></span>
<a class="elementor-toggle-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-17${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}"
role="region" aria-labelledby="elementor-tab-title-17${i}"><p>${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="45" class="elementor elementor-45 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Brightwell Language Academy · 12 Tanner Row, Brightwell</p><p>Official NEC exam centre BW-041</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">
${eFoot.map((t) => `<li class="menu-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`).join('\n')}</ul></nav>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<p class="elementor-heading-title elementor-size-default">
© 2025 Brightwell Language Academy</p></div></div></div></div></div>
<div data-elementor-type="popup" data-elementor-id="2301" class="elementor elementor-2301 elementor-location-popup"
data-elementor-settings="{&quot;triggers&quot;:[]}">
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Consultation">
<div class="elementor-field-group"><label for="form-field-name" class="elementor-field-label">Your name</label><input type="text" id="form-field-name"></div>
<button type="submit" class="elementor-button"><span class="elementor-button-text">Request a call</span></button></form></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.20.3","post":{"id":2210}};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout691-elementor-nec-c1-guide',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, ...eP.map(([h]) => h), eH3, eH4, eH5, eH6],
  body: texts([...eIntro, ...eAbout, ...eP.map(([, p]) => p), ...rowTexts(eDates), eAfterDates, ...ePrep, ePrepAfter, eDay, ...eFaq.flat()]),
  bylines: ['Updated 9 January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a consultation', 'Next preparation course: 6 January', 'Twelve weeks, evenings or online, mock exams included.',
    'See the course', 'Brightwell Language Academy · 12 Tanner Row, Brightwell', 'Official NEC exam centre BW-041', ...eFoot,
    '© 2025 Brightwell Language Academy',
  ],
};

export const HELDOUT691_E: readonly TestPage[] = [elementor].map(settle);
