import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout668-kit.js';

/**
 * Held-out batch 668, file f: the capstone project guidelines of a bootcamp's student handbook on Hugo (Docsy theme) with a
 * section sidebar, a page TOC, an alert, two tables, a "Last modified" line and a feedback widget.
 */
const kTitle = 'Capstone project guidelines';
const kLead = 'How capstone teams are formed, what your project must include, how it is graded and what happens on demo day.';
const kH = [
  'Overview',
  'Forming a team',
  'Choosing a project',
  'Technical requirements',
  'Timeline',
  'Working with your mentor',
  'Git workflow and code review',
  'Demo day',
  'Grading',
  'Academic honesty',
  'Getting help',
];
const kOverview = [
  j(
    'The capstone is the last four weeks of the full-time program (weeks 13 to 16) and the last eight weeks of the part-time',
    'program. You work in a team of three or four to plan, build, test and present a working web application. It is the project',
    'that most graduates lead with in interviews, so treat it as your best work, not your last homework.',
  ),
  j('Everything on this page applies to both programs unless it says otherwise. Where the part-time dates differ, they are given', 'in brackets.'),
];
const kTeam = [
  j(
    'At the end of week 12 (week 28), you submit a short form listing up to three classmates you would like to work with and up to',
    'three project ideas. Instructors then form teams that balance experience, time zones and interests. We try to honor at least',
    'one of your preferences, but we cannot guarantee it.',
  ),
  j('Each team chooses a project lead for planning and a release manager for deployments. These roles rotate at the midpoint so', 'that everyone does both.'),
];
const kChoose = [
  j(
    'Good capstone projects solve a real problem for a real group of people, are small enough to finish in four weeks and leave',
    'room for one feature the team is proud of. Projects based on your previous career often make the strongest demos.',
  ),
  'Your instructor must approve the project pitch before you write any code. A pitch is one page and answers these questions:',
];
const kPitch = [
  'Who is the user, and what problem do they have today?',
  'What is the smallest version that would help them?',
  'What data will you need, and where will it come from?',
];
const kReq = [
  'A front end built with React and a back end built with Node.js and Express.',
  'A PostgreSQL database with at least three related tables and migrations in the repository.',
  'User accounts with secure password storage and at least one role with extra permissions.',
  'Automated tests for the most important paths, run on every pull request.',
  'A live deployment that stays up until at least two weeks after demo day.',
  'A README that explains how to run the project locally in under ten minutes.',
];
const kAlert = j(
  'You may use an external API, but the application must still work in a reduced way if that API is down. Demo day runs on',
  'conference Wi-Fi, and every year at least one API fails during a presentation.',
);
const kTime = [
  ['1 (1-2)', 'Pitch approved, backlog written, wireframes reviewed', 'Project board and wireframes'],
  ['2 (3-4)', 'Core features working end to end', 'First deployment'],
  ['3 (5-6)', 'Feature freeze on Thursday; testing and polish', 'Test report'],
  ['4 (7-8)', 'Rehearsals on Tuesday, demo day on Thursday', 'Final presentation and retrospective'],
];
const kMentor = [
  j(
    'Every team is paired with a volunteer mentor, usually a working engineer from one of our hiring partners. Mentors meet each',
    'team for 45 minutes a week and review at least one pull request. They are there to ask questions, not to write your code.',
  ),
  'Send your mentor an agenda the day before each meeting. Teams that do this consistently get far more out of the sessions.',
];
const kGit = [
  j(
    'The main branch is protected. Every change goes through a pull request that at least one teammate has reviewed and that',
    'passes the test suite. Keep pull requests small: a reviewer should be able to read one in fifteen minutes.',
  ),
  j(
    'Instructors read the commit history. Commits with clear messages from every team member are part of how individual',
    'contributions are assessed, so do not let one person merge everything.',
  ),
];
const kDemo = [
  j(
    'Each team has eight minutes to present and four minutes for questions from a panel of hiring managers and alumni. Show the',
    'product first, then one technical decision you are proud of, then what you would build next. Slides are optional.',
  ),
  'Guests are welcome. Each student may invite up to three people, and the event is also streamed for family members who cannot attend.',
];
const kGradeIntro = 'Projects are graded by two instructors independently against this rubric. You need 70 points to pass.';
const kGrade = [
  ['Working product', '30', 'Core user journeys work on the live deployment without errors'],
  ['Code quality', '20', 'Readable code, consistent style, sensible structure'],
  ['Testing', '15', 'Meaningful tests for the important paths, all passing'],
  ['Teamwork and process', '20', 'Board kept up to date, reviews done, contributions balanced'],
  ['Presentation', '15', 'Clear demo, thoughtful answers to the panel'],
];
const kHonest = j(
  'You may use libraries, tutorials and AI assistants, but you must be able to explain every line your team submits. Note any',
  "code you adapted from elsewhere in the README. Copying another team's project, past or present, means failing the capstone.",
);
const kHelp = 'Post questions in the #capstone channel, book instructor office hours through the portal, or email capstone@copperline.school.';
const kBody = [
  kLead,
  ...kOverview,
  ...kTeam,
  ...kChoose,
  ...kPitch,
  ...kReq,
  kAlert,
  ...kTime.map(rowText),
  ...kMentor,
  ...kGit,
  ...kDemo,
  kGradeIntro,
  ...kGrade.map(rowText),
  kHonest,
  kHelp,
];
const kSide = ['Getting started', 'Attendance', 'Projects', 'Capstone project guidelines', 'Career services', 'Code of conduct'];
const kNav = ['Handbook', 'Calendar', 'Student portal', 'Blog'];
const kid = (h: string): string => h.toLowerCase().replace(/[^a-z]+/g, '-');
const kSec = (i: number, inner: string): string => `<h2 id="${kid(kH[i] ?? '')}">${kH[i]}</h2>\n${inner}`;
const kHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.124.1">
<link rel="canonical" type="text/html" href="https://handbook.copperline.school/docs/projects/capstone/"><meta name="robots" content="index, follow">
<title>${kTitle} | Copperline Student Handbook</title><meta name="description" content="${kLead}">
<meta property="og:title" content="${kTitle}"><meta property="article:modified_time" content="2027-02-02T10:14:09+00:00">
<link rel="preload" href="/scss/main.min.4b7c1e2f.css" as="style"><link href="/scss/main.min.4b7c1e2f.css" rel="stylesheet">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"
integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g=="
crossorigin="anonymous"></script><script defer src="/js/lunr.min.js"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Copperline Student Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${kNav.map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`).join('\n')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json"
data-offline-search-base-href="/" data-offline-search-max-results="10"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse
td-sidebar-nav--search-disabled foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title
td-sidebar-nav__section with-child active-path"><a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root">Handbook</a>
<ul class="ul-1">${links(kSide, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/copperline-school/handbook/edit/main/content/en/docs/projects/capstone.md" class="td-page-meta--edit" target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/copperline-school/handbook/issues/new?title=Capstone%20project%20guidelines" class="td-page-meta--issue" target="_blank"
rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
<a id="print" href="/docs/projects/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${kH.map((h) => `<li><a href="#${kid(h)}">${h}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Handbook</a></li><li class="breadcrumb-item"><a href="/docs/projects/">Projects</a></li>
<li class="breadcrumb-item active" aria-current="page">Capstone</li></ol></nav>
<div class="td-content"><h1>${kTitle}</h1><div class="lead">${kLead}</div><header class="article-meta"></header>
${kSec(0, ps(kOverview))}
${kSec(1, ps(kTeam))}
${kSec(2, `${ps(kChoose)}\n<ol>${lis(kPitch)}</ol>`)}
${kSec(3, `<p>Every capstone must include:</p>\n<ul>${lis(kReq)}</ul>\n<div class="alert alert-warning" role="alert">\n${kAlert}\n</div>`)}
${kSec(
  4,
  `<table><thead>${tr(['Week (part-time)', 'Milestone', 'Deliverable'], 'th')}</thead>
<tbody>\n${kTime.map((r) => tr(r)).join('\n')}\n</tbody></table>`,
)}
${kSec(5, ps(kMentor))}
${kSec(6, ps(kGit))}
${kSec(7, ps(kDemo))}
${kSec(
  8,
  `${ps([kGradeIntro])}\n<table><thead>${tr(['Area', 'Points', 'What we look for'], 'th')}</thead><tbody>\n${kGrade.map((r) => tr(r)).join('\n')}
</tbody></table>`,
)}
${kSec(9, ps([kHonest]))}
${kSec(10, ps([kHelp]))}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a href="https://github.com/copperline-school/handbook/issues/new">tell us how we
can improve</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified February 2, 2027: <a href="https://github.com/copperline-school/handbook/commit/3f9a2c1">Clarify demo day
timing (3f9a2c1)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Student portal" aria-label="Student portal">
<a target="_blank" rel="noopener" href="https://portal.copperline.school"><i class="fa-solid fa-graduation-cap"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">© 2027 <span class="td-footer__authors">Copperline
Coding School</span></span><span class="td-footer__all_rights_reserved">All Rights Reserved</span><span class="ms-2"><a href="/privacy/"
target="_blank" rel="noopener">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.6a1f3c2e.js" integrity="sha256-3m0c+0Yf7+q4n8bY2b9q1s0a0=" crossorigin="anonymous"></script>
<script src="/js/tabpane-persist.js"></script></body></html>`;
const docsyCapstone: TestPage = {
  name: 'heldout668-docsy-capstone-handbook',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kBody.slice(0, 10), 'Every capstone must include:', ...kBody.slice(10)]),
  bylines: ['Last modified February 2, 2027: Clarify demo day timing (3f9a2c1)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Copperline Student Handbook', 'Handbook', 'Calendar', 'Student portal', 'Blog', 'Getting started', 'Attendance',
    'Career services', 'Code of conduct', 'Edit this page', 'Create documentation issue', 'Print entire section', 'Feedback', 'Was this page helpful?',
    'Yes', 'No', 'Glad to hear it! Please tell us how we can improve.', '© 2027 Copperline Coding School', 'All Rights Reserved', 'Privacy Policy',
  ],
};

export const HELDOUT668_F: readonly TestPage[] = [docsyCapstone];
