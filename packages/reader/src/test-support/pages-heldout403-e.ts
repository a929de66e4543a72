import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file e: a further-education college's course page on Umbraco with Bootstrap 5 (a page whose main text
 * is short: top bar with "Adult learners / Employers / Parents" links, mega-menu, course header with course code, a "course
 * details" card of start date, duration, location, fees and attendance, "Apply now" and "Add to shortlist" buttons, the
 * course text in Bootstrap nav-tabs panels, a "Similar courses" carousel, a "Progress to" card, an events rail, the Osano
 * cookie dialog and a footer with Ofsted and funding logos).
 */
const title = 'Plumbing Level 2 Diploma';
const about = [
  `This full-time course is for school leavers who want to start a career as a plumber. You will learn to install and maintain hot
and cold water systems, central heating, sanitation and rainwater pipework in our purpose-built plumbing workshops on our
Castlegate site.`,
  `Alongside the practical work you will study the science and regulations behind plumbing, and you will continue English and
maths if you have not yet achieved grade 4.`,
];
const units = [
  'Health and safety in building services engineering',
  'Cold water systems and domestic hot water',
  'Central heating systems and pipework',
  'Sanitation, drainage and rainwater systems',
];
const entry = `You will need four GCSEs at grade 3 or above, including English and maths, or a Level 1 construction qualification.
You will attend an informal interview with a tutor.`;
const assessment = `Assessment is by practical tasks in the workshop, online multiple-choice tests and a short written assignment.
There are no traditional exams.`;
const after = `Successful learners can progress to the Level 3 Plumbing and Domestic Heating Diploma or look for a plumbing
apprenticeship with a local employer.`;
const top = ['Adult learners', 'Employers', 'Parents', 'Current students'];
const menu = ['Courses', 'Apprenticeships', 'Higher education', 'Support', 'About us'];
const crumbs = ['Home', 'Courses', 'Construction and building services'];
const details: [string, string][] = [
  ['Course code', 'CBS2PL01'],
  ['Start date', '07/09/2026'],
  ['Duration', '1 year'],
  ['Location', 'Castlegate Centre'],
  ['Attendance', '3 days a week'],
  ['Fees', 'Free for 16–18 year olds'],
];
const tabs = ['Course overview', 'What will I learn?', 'Entry & assessment', 'What next?'];
const similar = ['Electrical Installation Level 2 Diploma', 'Carpentry and Joinery Level 2 Diploma', 'Bricklaying Level 1 Certificate'];
const events = ['Open evening – Thursday 15 October, 4pm to 7pm', 'Construction taster day – Saturday 21 November'];
const foot = ['Contact us', 'Term dates', 'Policies', 'Vacancies', 'Privacy notice', 'Accessibility'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plumbing Level 2 Diploma - Harwick and Dene College</title><meta name="description" content="Start your career as a plumber.">
<link rel="stylesheet" href="/css/bootstrap.min.css?v=5.3.2"><link rel="stylesheet" href="/css/site.min.css?v=2026.3">
<script src="https://cmp.osano.example/16BZ3p/a4c1/osano.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Plumbing Level 2 Diploma","courseCode":"CBS2PL01",
"provider":{"@type":"EducationalOrganization","name":"Harwick and Dene College"}}</script></head>
<body class="course-page"><div class="topbar bg-dark"><div class="container"><ul class="nav nav-pills small">${links(top, 'nav-item')}</ul></div></div>
<header class="navbar navbar-expand-lg bg-white"><div class="container">
<a class="navbar-brand" href="/"><img src="/media/logo.png" alt="Harwick and Dene College"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="Toggle navigation"></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">${links(menu, 'nav-item dropdown')}</ul></div></div></header>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(crumbs, 'breadcrumb-item')}
<li class="breadcrumb-item active" aria-current="page">Plumbing L2</li></ol></nav></div>
<main id="main" class="container py-4"><div class="row"><div class="col-lg-8">
<span class="badge text-bg-warning">Full time · 16–18</span><h1 class="display-6 fw-bold">${title}</h1>
<ul class="nav nav-tabs mt-4" id="courseTabs" role="tablist">${tabs
  .map(
    (t, i) => `<li class="nav-item" role="presentation"><button class="nav-link${i === 0 ? ' active' : ''}" data-bs-toggle="tab"
data-bs-target="#t${i}" type="button" role="tab">${t.replace('&', '&amp;')}</button></li>`,
  )
  .join('\n')}</ul>
<div class="tab-content border border-top-0 p-4"><div class="tab-pane fade show active" id="t0" role="tabpanel">
${ps(about)}</div>
<div class="tab-pane fade" id="t1" role="tabpanel"><p>Units include:</p><ul>${lis(units)}</ul></div>
<div class="tab-pane fade" id="t2" role="tabpanel"><h2 class="h5">Entry requirements</h2><p>${entry}</p>
<h2 class="h5">How will I be assessed?</h2><p>${assessment}</p></div>
<div class="tab-pane fade" id="t3" role="tabpanel"><p>${after}</p></div></div>
<section class="similar mt-5"><h2 class="h4">Similar courses</h2><div class="row row-cols-1 row-cols-md-3 g-3">${similar
  .map((s) => `<div class="col"><div class="card h-100"><div class="card-body"><a class="stretched-link" href="/courses/x">${s}</a></div></div></div>`)
  .join('\n')}</div></section></div>
<aside class="col-lg-4"><div class="card course-details shadow-sm"><div class="card-body"><h2 class="h5">Course details</h2><dl class="row mb-0">
${details.map(([k, v]) => `<dt class="col-5">${k}</dt><dd class="col-7">${v}</dd>`).join('\n')}</dl>
<a href="/apply?code=CBS2PL01" class="btn btn-primary w-100 mt-3">Apply now</a>
<button class="btn btn-outline-secondary w-100 mt-2" data-shortlist="CBS2PL01">Add to shortlist</button></div></div>
<div class="card mt-3"><div class="card-body"><h2 class="h6">Progress to</h2><p class="mb-0"><a href="/courses/plumbing-l3">Plumbing and Domestic
Heating Level 3 Diploma</a></p></div></div>
<div class="card mt-3"><div class="card-body"><h2 class="h6">Upcoming events</h2><ul class="list-unstyled mb-0">${lis(events)}</ul></div></div></aside>
</div></main>
<footer class="bg-dark text-white py-5"><div class="container"><ul class="list-inline">${links(foot, 'list-inline-item')}</ul>
<p class="small">Harwick and Dene College, Castlegate, Harwick HK3 9PL. Rated Good by Ofsted.</p>
<p class="small">Funded by the Education and Skills Funding Agency.</p></div></footer>
<div class="osano-cm-window" dir="ltr"><div class="osano-cm-dialog osano-cm-dialog--position_bottom osano-cm-dialog--type_bar" role="dialog"
aria-label="Cookie Consent Banner"><div class="osano-cm-content"><span class="osano-cm-message">This website uses cookies to keep it working and to
see how it is used.</span><a class="osano-cm-storage-policy osano-cm-link" href="/cookies">Storage Preferences</a></div>
<div class="osano-cm-dialog__buttons"><button class="osano-cm-accept-all osano-cm-buttons__button">Accept All</button>
<button class="osano-cm-deny osano-cm-buttons__button">Deny Non-Essential</button></div></div></div>
<script src="/js/bootstrap.bundle.min.js"></script></body></html>`;

const fe: TestPage = {
  name: 'heldout403-umbraco-fe-college-course',
  kind: 'docs',
  html,
  title,
  headings: ['Entry requirements', 'How will I be assessed?'],
  body: texts([...about, 'Units include:', ...units, entry, assessment, after]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...top, ...menu, 'Construction and building services', 'Plumbing L2', 'Full time · 16–18', ...tabs, 'Similar courses', ...similar,
    'Course details', ...details.flat(), 'Apply now', 'Add to shortlist', 'Progress to', 'Plumbing and Domestic Heating Level 3 Diploma',
    'Upcoming events', ...events, ...foot, 'Harwick and Dene College, Castlegate, Harwick HK3 9PL. Rated Good by Ofsted.',
    'Funded by the Education and Skills Funding Agency.', 'This website uses cookies to keep it working and to see how it is used.',
    'Storage Preferences', 'Accept All', 'Deny Non-Essential',
  ],
};

export const HELDOUT403_E: readonly TestPage[] = [fe];
