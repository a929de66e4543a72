import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout349-kit.js';

/**
 * Held-out batch 349, file f: an AQA-style specification page (site header, breadcrumbs, specification sidebar with
 * numbered sections, "Last updated" line, download and print links, numbered h2/h3 headings, assessment objectives
 * list, weighting table, feedback widget, previous / next section links, footer, cookie banner) and a Seneca-style
 * revision course page rendered by a React app with generated class names (course intro, "What you'll learn" list and
 * the chapter listing as the body; app bar, exam board chips, progress, start buttons, teacher promo, footer).
 */
const aTitle = '4 Scheme of assessment';
const aIntro = [
  j(
    'This specification is designed to be taken over two years. It is a linear qualification: all assessments must be taken at the end',
    'of the course and in the same series.',
  ),
  'GCSE exams and certification for this specification are available for the first time in May/June 2027 and then every May/June.',
];
const aAims = [
  'Courses based on this specification should encourage students to:',
  'develop their knowledge of natural systems and how human activity changes them',
  'carry out fieldwork and use data to reach and evaluate conclusions',
  'understand the choices involved in managing resources sustainably.',
];
const aAo = [
  'Assessment objectives (AOs) are set by Ofqual and are the same across all GCSE Environmental Science specifications. Students should be able to:',
  'AO1: Demonstrate knowledge of environmental processes, places and terminology.',
  'AO2: Apply knowledge and understanding to interpret, analyse and evaluate information and issues.',
  'AO3: Use fieldwork, quantitative and statistical skills to investigate questions and present findings.',
];
const aTable = [
  ['AO1', '15', '10', '25'],
  ['AO2', '20', '25', '45'],
  ['AO3', '15', '15', '30'],
  ['Overall weighting of components', '50', '50', '100'],
] as const;
const aPapers = [
  j(
    'Paper 1: Natural systems is a written exam of 1 hour 30 minutes, worth 80 marks. Paper 2: People and resources is also 1 hour',
    '30 minutes and 80 marks, and includes questions based on the student’s own fieldwork.',
  ),
  'Both papers contain multiple-choice, short answer and extended writing questions. Students must answer all questions.',
  j(
    'Students must complete at least two days of fieldwork during the course, in two contrasting environments, one of which must be a',
    'managed site such as a nature reserve, a water treatment works or a farm. Schools must confirm that this requirement has been met',
    'by submitting a fieldwork statement by 15 May in the year of the exam.',
  ),
  j(
    'Fieldwork questions in Paper 2 carry 20 marks. Some ask about unfamiliar fieldwork shown in a resource, and some ask students to',
    'evaluate their own enquiry, its methods and the reliability of its conclusions.',
  ),
];
const aHeads = ['4.1 Aims', '4.2 Assessment objectives', '4.2.1 Assessment objective weightings for GCSE Environmental Science', '4.3 Assessment weightings'];
const aSide = ['1 Introduction', '2 Specification at a glance', '3 Subject content', '4 Scheme of assessment', '5 General administration'];
const aNav = ['Subjects', 'Exams administration', 'Professional development', 'Support and resources', 'About us'];
const aCrumbs = ['Home', 'Subjects', 'Environmental Science', 'GCSE', 'Environmental Science 8719', 'Specification'];
const aFoot = ['Contact us', 'Careers', 'Accessibility', 'Privacy notice', 'Cookies', 'Modern slavery statement'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>AQA | Environmental Science | GCSE | Scheme of assessment</title>
<meta name="description" content="Scheme of assessment for GCSE Environmental Science (8719).">
<link rel="canonical" href="https://www.aqa.org.uk/subjects/environmental-science/gcse/environmental-science-8719/specification/scheme-of-assessment">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Scheme of assessment","publisher":{"@type":"Organization",
"name":"AQA"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"specCode":"8719","qualification":"GCSE"});</script></head>
<body><a class="skip-link" href="#main">Skip to main content</a><header class="site-header"><a class="site-header__logo" href="/">AQA</a>
<span class="site-header__strap">Realising potential</span><nav class="site-header__nav"><ul>${links(aNav, 'site-header__nav-item')}</ul></nav>
<form class="site-search"><input type="search" aria-label="Search"></form></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(aCrumbs, 'breadcrumb__item')}</ol></nav>
<div class="spec-layout"><aside class="spec-nav"><h2 class="spec-nav__title">Specification</h2><ol>${links(aSide, 'spec-nav__item')}</ol>
<a class="spec-nav__pdf" href="/files/sample-papers-and-mark-schemes/8719-SP-2025.pdf">Download specification (PDF, 1.2 MB)</a></aside>
<main id="main" class="spec-content"><h1 class="spec-content__title">${aTitle}</h1>
<p class="spec-content__meta">Last updated 09 Jan 2026</p><div class="spec-content__tools"><a href="javascript:window.print()">Print this page</a></div>
${ps(aIntro)}
<h2 id="aims">${aHeads[0]}</h2>
${ps(aAims.slice(0, 1))}
<ul>${lis(aAims.slice(1))}</ul>
<h2 id="aos">${aHeads[1]}</h2>
${ps(aAo.slice(0, 1))}
<ul>${lis(aAo.slice(1))}</ul>
<h3 id="ao-weightings">${aHeads[2]}</h3>
<table class="table"><thead><tr><th rowspan="2">Assessment objectives (AOs)</th><th colspan="2">Component weightings (approx %)</th>
<th rowspan="2">Overall weighting (approx %)</th></tr><tr><th>Paper 1</th><th>Paper 2</th></tr></thead>
<tbody>${aTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="weightings">${aHeads[3]}</h2>
${ps(aPapers)}
<div class="spec-pager"><a class="spec-pager__prev" href="../subject-content">Previous: 3 Subject content</a>
<a class="spec-pager__next" href="../general-administration">Next: 5 General administration</a></div>
<div class="feedback"><p class="feedback__q">Was this page helpful?</p><button>Yes</button><button>No</button></div></main></div>
<footer class="site-footer"><ul>${links(aFoot, 'site-footer__item')}</ul>
<p class="site-footer__legal">© AQA 2026 | Company number: 03644723 | Registered office: Devas Street, Manchester M15 6EX</p></footer>
<div class="cookie-banner" role="region"><p>We use cookies on this site to make it work and to understand how you use it.</p><button>Accept all cookies</button>
<button>Reject optional cookies</button></div></body></html>`;
const aqa: TestPage = {
  name: 'heldout349-aqa-specification',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([...aIntro, ...aAims, ...aAo, ...aTable.flatMap((r) => [...r]).filter((c) => c.length > 2), ...aPapers]),
  bylines: ['Last updated 09 Jan 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'AQA', 'Realising potential', ...aNav, 'Home', 'Environmental Science 8719', 'Specification', ...aSide.filter((s) => s !== aTitle),
    'Download specification (PDF, 1.2 MB)', 'Print this page', 'Previous: 3 Subject content', 'Next: 5 General administration', 'Was this page helpful?',
    ...aFoot, '© AQA 2026 | Company number: 03644723 | Registered office: Devas Street, Manchester M15 6EX',
    'We use cookies on this site to make it work and to understand how you use it.', 'Accept all cookies', 'Reject optional cookies',
  ],
};

const nTitle = 'AQA GCSE Physics: Energy';
const nIntro = [
  j(
    'This course covers everything in the Energy topic of the AQA GCSE Physics specification, for both Combined Science and separate',
    'Physics. Each section is short, interactive and adapts to what you get wrong, so you spend longer on the ideas you find hardest.',
  ),
];
const nLearn = [
  'How energy is stored and transferred between stores',
  'How to calculate kinetic, gravitational potential and elastic potential energy',
  'What specific heat capacity is and how to measure it',
  'How to compare renewable and non-renewable energy resources',
];
const nChapters = [
  '1.1 Energy stores and systems',
  '1.2 Changes in energy',
  '1.3 Energy changes in systems',
  '1.4 Power',
  '1.5 Conservation and dissipation of energy',
  '1.6 Efficiency',
  '1.7 National and global energy resources',
];
const nChips = ['AQA', 'GCSE', 'Physics', 'Higher & Foundation'];
const nFoot = ['About', 'Teachers', 'Parents', 'Seneca Premium', 'Jobs', 'Privacy', 'Terms'];
const chapter = (c: string, i: number): string => `<li class="sc-jTzLTM eLrKkS" data-testid="chapter-${i}"><div class="sc-fjdhpX hMvTaE">
<span class="sc-cSHVUG gGbUpk">${c}</span></div><div class="sc-kAzzGY iRTLkS"><span class="sc-chPdSV progress">0% complete</span>
<button class="sc-kgoBCf kPdbAi" type="button">Start</button></div></li>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle} | Seneca - Free Homework &amp; Revision</title>
<meta name="description" content="Free interactive revision for AQA GCSE Physics Energy.">
<link rel="canonical" href="https://app.senecalearning.com/dashboard/courses/aqa-gcse-physics-energy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${nTitle}","provider":{"@type":"Organization",
"name":"Seneca Learning"}}</script>
<style data-styled="active" data-styled-version="5.3.11">.kBZxsp{display:flex;flex-direction:column;}.eLrKkS{padding:16px;}</style></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"><div class="sc-AxjAm kBZxsp">
<div class="sc-AxirZ bJCmFu" role="banner"><a class="sc-AxiKw eSbheu" href="/">Seneca</a><nav class="sc-AxhCb gLWSAm"><ul>${links(
  ['Dashboard', 'Courses', 'Classes', 'Assignments'],
  'sc-AxhUy nav',
)}</ul></nav><a class="sc-AxgMl kQzZav" href="/login">Log in</a>
<a class="sc-AxheI cOVuEe" href="/sign-up">Sign up for free</a></div>
<div class="sc-Axmtr hTRUlm"><div class="sc-AxmLO gmtmqV">
<div class="sc-fzozJi dteCCc">${nChips.map((c) => `<span class="sc-fzoLsD chip">${c}</span>`).join('')}
</div><h1 class="sc-fzpans bQPRxd">${nTitle}</h1><p class="sc-fzplWN hRBsWH">48,210 students studying</p>
<div class="sc-fznyAO kPkhVp">${ps(nIntro, ' class="sc-fznKkj dWLbMG"')}</div>
<h2 class="sc-fznWqX iLgSCR">What you'll learn</h2><ul class="sc-fzoyAV cXtWnm">${lis(nLearn, 'sc-fzoNJl learn-item')}</ul>
<h2 class="sc-fznWqX iLgSCR">Sections</h2><ol class="sc-fzpjYC bzZHnB">${nChapters.map(chapter).join('\n')}</ol></div>
<aside class="sc-fzqBZW eNQuho"><div class="sc-fzqNJr"><p class="sc-fzoXzr">Are you a teacher?</p><p class="sc-fzokOt">Set this course as homework
and see exactly where your class is stuck.</p><a class="sc-fzqARJ" href="/teachers">Create a free class</a></div></aside></div>
<footer class="sc-fzoLag kSBkpo"><ul>${links(nFoot, 'sc-fzqAui')}</ul><p class="sc-fzpaQs">© 2026 Seneca Learning Ltd</p></footer></div></div>
<script src="/static/js/main.7f3c2a91.js"></script></body></html>`;
const seneca: TestPage = {
  name: 'heldout349-seneca-course',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ["What you'll learn", 'Sections'],
  body: texts([...nIntro, ...nLearn, ...nChapters]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You need to enable JavaScript to run this app.', 'Seneca', 'Dashboard', 'Courses', 'Classes', 'Assignments', 'Log in', 'Sign up for free',
    'Higher & Foundation', '48,210 students studying', '0% complete', 'Start', 'Are you a teacher?',
    'Set this course as homework and see exactly where your class is stuck.', 'Create a free class', ...nFoot, '© 2026 Seneca Learning Ltd',
  ],
};

export const HELDOUT349_F: readonly TestPage[] = [aqa, seneca];
