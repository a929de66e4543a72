import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, jobLd, lis } from './pages-heldout375-kit.js';

/**
 * Held-out batch 375, file e: a Civil Service Jobs-style vacancy (GOV.UK cookie banner and header, the vac_display
 * field panels with reference, salary, grade and other facts, the closing date, the advert sections under h3 labels,
 * the contact point block and the Crown copyright footer) and a university vacancy on a Drupal site (breadcrumbs,
 * facts list, body field with a salary-point table, "How to apply" sidebar, share links and a long footer).
 */
const cTitle = 'Senior Policy Adviser – Navigation Safety';
const cSum = [
  j(
    'The Office for Inland Waterways regulates the safety of navigation on more than 4,000 kilometres of rivers and canals in England.',
    'Our policy team advises ministers on the rules that govern everything from narrowboat licensing to the inspection of commercial',
    'passenger vessels.',
  ),
  j(
    'This is an opportunity to lead the policy work on a new safety framework for passenger boats, the first full review of the rules',
    'since 2009, and to see it through consultation to legislation.',
  ),
];
const cDesc = [
  j(
    'As Senior Policy Adviser you will lead a team of two policy advisers and work closely with our inspectors, lawyers and analysts. You',
    'will be responsible for:',
  ),
];
const cDuties = [
  'developing policy options for the passenger vessel safety framework and presenting them to senior leaders and ministers',
  'running a public consultation and analysing the responses with our analysis team',
  'building relationships with boat operators, navigation authorities and safety charities',
  'drafting submissions, briefings and correspondence to tight deadlines',
  'line managing two Higher Executive Officers and supporting their development',
];
const cSpec = [
  j(
    'We are looking for someone who can turn complex evidence into clear advice, and who is comfortable working with people who hold',
    'strong and different views. You do not need to know about boats or waterways; you will learn that from our inspectors.',
  ),
  'Essential criteria:',
];
const cCrit = [
  'experience of developing policy or regulation, or of advising senior decision makers in another setting',
  'excellent written communication, including drafting for a non-specialist audience',
  'experience of leading a small team or a piece of work with several contributors',
];
const cBeh = ['Seeing the Big Picture', 'Making Effective Decisions', 'Communicating and Influencing', 'Leadership'];
const cBen = [
  j(
    'Alongside your salary of £46,350, Office for Inland Waterways contributes £13,427 towards you being a member of the Civil Service',
    'Defined Benefit Pension scheme.',
  ),
];
const cBenList = [
  'flexible working, including compressed hours and part-time working',
  'at least 25 days of annual leave, rising to 30 after five years, plus public holidays and a day for the King’s birthday',
  'a learning and development allowance and access to the Policy Profession curriculum',
];
const cSel = [
  j(
    'We will assess you against the behaviours and experience in this advert. You will be asked to write a personal statement of up to',
    '750 words and a statement of up to 250 words on each behaviour.',
  ),
  j(
    'If you are shortlisted, you will be invited to an interview of about 60 minutes, which will include a short presentation on a topic',
    'sent to you 48 hours in advance. Interviews are expected to take place in the week beginning 13 April 2026 on Microsoft Teams.',
  ),
];
const cHeads = ['Job summary', 'Job description', 'Person specification', 'Behaviours', 'Benefits', 'Selection process details'];
const cFacts = [
  ['Reference number', '371204'],
  ['Salary', '£46,350 - £51,200'],
  ['Job grade', 'Grade 7'],
  ['Contract type', 'Permanent'],
  ['Business area', 'OIW - Policy and Strategy'],
  ['Type of role', 'Governance, Policy'],
  ['Working pattern', 'Flexible working, Full-time, Job share, Part-time'],
  ['Number of jobs available', '1'],
] as const;
const cField = (h: string, inner: string): string => `<div class="vac_display_field"><h3>${h}</h3><div class="vac_display_field_value">${inner}</div></div>`;
const cHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>Civil Service Jobs - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${cTitle} - Office for Inland Waterways">
<meta property="og:title" content="${cTitle}"><link rel="stylesheet" href="/csr/css/govuk-frontend-5.4.0.min.css">
${jobLd({
  title: cTitle,
  datePosted: '2026-03-02',
  validThrough: '2026-03-22T23:55',
  hiringOrganization: { '@type': 'GovernmentOrganization', name: 'Office for Inland Waterways' },
})}
<script>var csr_config = {"jcode":"1921847","lang":"en","timeout":3600};</script></head>
<body class="govuk-template__body"><div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Civil Service Jobs">
<div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Civil Service Jobs</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this service work.</p>
<p class="govuk-body">We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>
<div class="govuk-button-group"><button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button>
<a class="govuk-link" href="/csr/cookies.cgi">View cookies</a></div></div></div><a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header"><div class="govuk-header__container govuk-width-container"><a href="/csr/index.cgi" class="govuk-header__link
govuk-header__service-name">Civil Service Jobs</a><nav class="csr-header-nav"><ul>${links(['Search jobs', 'Job alerts', 'Saved jobs', 'Sign in'])}</ul></nav>
</div></header><div class="govuk-width-container"><a href="/csr/jobs.cgi?results" class="govuk-back-link">Back to search results</a>
<main class="govuk-main-wrapper" id="main-content"><div class="vac_display_panel_main"><div class="csr-page-title"><h1>${cTitle}</h1>
<p class="csr-page-subtitle">Office for Inland Waterways</p></div><div class="vac_display_panel_side"><div class="vac_display_closing_date">
<p>Closing date: 11:55 pm on Sunday 22nd March 2026</p></div>${cFacts.map(([k, v]) => cField(k, v)).join('\n')}
${cField('Location', '<p>Birmingham, Leeds, Nottingham</p>')}</div>
<div class="vac_display_section_full">
<h2>About the job</h2>${cField(cHeads[0] ?? '', ps(cSum))}${cField(cHeads[1] ?? '', `${ps(cDesc)}<ul>${lis(cDuties)}</ul>`)}
${cField(cHeads[2] ?? '', `${ps(cSpec)}<ul>${lis(cCrit)}</ul>`)}${cField(
  cHeads[3] ?? '',
  `<p>We'll assess you against these behaviours during the selection
process:</p><ul>${lis(cBeh)}</ul>`,
)}${cField(cHeads[4] ?? '', `${ps(cBen)}<ul>${lis(cBenList)}</ul>`)}${cField(cHeads[5] ?? '', ps(cSel))}</div>
<div class="vac_display_section_full"><h2>Things you need to know</h2><h3>Security</h3><p>Successful candidates must undergo a criminal record
check and get baseline personnel security standard clearance before they can be appointed.</p><h3>Nationality requirements</h3>
<p>This job is broadly open to UK, Irish and Commonwealth nationals and some EEA and Swiss nationals.</p></div>
<div class="vac_display_section_full"><h2>Apply and further information</h2><p>This vacancy is part of the Great Place to Work for Veterans
initiative.</p><h3>Contact point for applicants</h3><p>Job contact :</p><ul><li>Name : Priya Kalsi</li><li>Email : policy.recruitment@oiw.example.gov.uk</li>
</ul><a class="govuk-button govuk-button--start" href="/csr/apply">Apply now</a></div></div></main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><ul class="govuk-footer__inline-list">${links([
  'Help',
  'Cookies',
  'Accessibility statement',
  'Privacy',
  'Contact us',
])}</ul><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/">© Crown copyright</a>
</div></footer><script src="/csr/js/govuk-frontend-5.4.0.min.js"></script><script>window.GOVUKFrontend.initAll();</script></body></html>`;
const civil: TestPage = {
  name: 'heldout375-civil-service-jobs-vacancy',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([
    ...cSum,
    ...cDesc,
    ...cDuties,
    ...cSpec,
    ...cCrit,
    "We'll assess you against these behaviours during the selection process:",
    ...cBeh,
    ...cBen,
    ...cBenList,
    ...cSel,
  ]),
  bylines: ['Closing date: 11:55 pm on Sunday 22nd March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Civil Service Jobs', 'We use some essential cookies to make this service work.',
    'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Civil Service Jobs', 'Search jobs', 'Job alerts', 'Saved jobs', 'Sign in',
    'Back to search results', ...cFacts.flat().filter((t) => t.length > 2), 'Location', 'Birmingham, Leeds, Nottingham',
    'About the job', 'Things you need to know', 'Security', 'Successful candidates must undergo a criminal record check',
    'Nationality requirements', 'This job is broadly open to UK, Irish and Commonwealth nationals and some EEA and Swiss nationals.',
    'Apply and further information', 'This vacancy is part of the Great Place to Work for Veterans initiative.', 'Contact point for applicants',
    'Job contact :', 'Name : Priya Kalsi', 'Email : policy.recruitment@oiw.example.gov.uk', 'Apply now', 'Help', 'Cookies', 'Accessibility statement',
    'Contact us', '© Crown copyright',
  ],
};

const uTitle = 'Research Associate in Glacial Hydrology';
const uIntro = [
  j(
    'The School of Earth and Environmental Sciences invites applications for a Research Associate to join the MELTPATH project, a',
    'four-year study of how meltwater moves through and beneath mountain glaciers in the Tien Shan. The post is funded by the Natural',
    'Environment Research Council and is available for 36 months from 1 June 2026 or as soon as possible after.',
  ),
  j(
    'You will work with Professor Alannah Greaves and a team of two doctoral students and a field technician. The project combines',
    'dye-tracing and borehole measurements made during two summer field seasons with a numerical model of the glacier’s drainage system.',
  ),
];
const uRole = [
  'plan and lead the hydrological fieldwork in 2026 and 2027, including the safety planning for a remote field camp',
  'process and analyse dye-trace, discharge and borehole water-pressure data',
  'develop and run the subglacial drainage model and compare it with field observations',
  'write papers for peer-reviewed journals and present the work at international conferences',
  'help supervise the project’s doctoral students during fieldwork',
];
const uYou = [
  j(
    'You will hold, or be close to completing, a PhD in glaciology, hydrology, physical geography or a related field. Experience of',
    'fieldwork in remote or mountain environments is essential, and experience of numerical modelling or programming in Python, Julia or',
    'Fortran is highly desirable.',
  ),
  j(
    'We particularly welcome applications from women and from people from Black, Asian and minority ethnic backgrounds, who are',
    'under-represented in the earth sciences at Wexcombe.',
  ),
  j(
    'Field seasons last about seven weeks at altitudes of up to 4,000 metres. Full training in glacier travel and first aid is provided',
    'before the first season, and the University will consider reasonable adjustments to the fieldwork for candidates who need them.',
  ),
];
const uPay = 'The post is on Grade 6 of the University’s salary scale. New appointments are normally made at the first point:';
const uCells = ['Grade 6, point 27 (starting salary)', '£37,174', 'Grade 6, point 30', '£40,497', 'Grade 6, point 32 (top of scale)', '£42,882'];
const uMore = j(
  'For an informal discussion about the post, please contact Professor Alannah Greaves. Please note that the University does not',
  'accept applications sent by email.',
);
const uHeads = ['The role', 'About you', 'Salary', 'Further information'];
const uFacts = [
  ['Reference', 'SEES-0412-26'],
  ['Department', 'Faculty of Science and Engineering'],
  ['Contract', 'Fixed term, 36 months'],
  ['Hours', 'Full time (35 hours a week)'],
  ['Interview date', 'Week of 27 April 2026'],
] as const;
const uNav = ['Study', 'Research and innovation', 'Business', 'About us', 'Jobs'];
const uCrumbs = ['Home', 'Work for us', 'Current vacancies'];
const uFoot = ['Contact us', 'Maps and directions', 'Accessibility', 'Privacy notice', 'Freedom of information', 'Modern slavery statement'];
const uHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${uTitle} | University of Wexcombe</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="description" content="Research Associate for the MELTPATH project.">
<link rel="canonical" href="https://www.wexcombe.example.ac.uk/jobs/research-associate-glacial-hydrology"><meta name="MobileOptimized" content="width">
${jobLd({
  title: uTitle,
  datePosted: '2026-03-04',
  validThrough: '2026-04-05',
  hiringOrganization: { '@type': 'CollegeOrUniversity', name: 'University of Wexcombe' },
})}
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/48812"},"eu_cookie_compliance":
{"popup_enabled":true}}</script></head><body class="path-node page-node-type-vacancy"><a href="#main-content" class="visually-hidden focusable">Skip
to main content</a><div class="eu-cookie-compliance-banner"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text"><p>We use
cookies on this site to give you the best experience and to measure how it is used.</p></div><div id="popup-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button><button type="button" class="decline-button">Essential cookies
only</button></div></div></div><div class="dialog-off-canvas-main-canvas"><header class="site-header"><a href="/" class="site-logo"><img alt="University of
Wexcombe" src="/themes/custom/wex/logo.svg"></a><nav class="menu--main" role="navigation"><ul class="menu">${links(uNav, 'menu-item')}</ul></nav></header>
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(
  uCrumbs,
  'breadcrumb__item',
)}</ol></nav><main id="main-content" class="layout-content"><div class="region region-content"><article class="node node--type-vacancy">
<h1 class="page-title"><span class="field field--name-title">${uTitle}</span></h1><dl class="vacancy-facts">
<div class="vacancy-facts__item"><dt>Closing date</dt><dd>Sunday 5 April 2026, midnight</dd></div>${uFacts
  .map(
    ([k, v]) => `<div class="vacancy-facts__item">
<dt>${k}</dt><dd>${v}</dd></div>`,
  )
  .join('\n')}</dl>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(uIntro)}
<h2>${uHeads[0]}</h2><p>As Research Associate you will:</p><ul>${lis(uRole)}</ul><h2>${uHeads[1]}</h2>${ps(uYou)}<h2>${uHeads[2]}</h2><p>${uPay}</p>
<table><thead><tr><th>Salary point</th><th>Annual salary</th></tr></thead><tbody><tr><td>${uCells[0]}</td><td>${uCells[1]}</td></tr>
<tr><td>${uCells[2]}</td><td>${uCells[3]}</td></tr><tr><td>${uCells[4]}</td><td>${uCells[5]}</td></tr></tbody></table>
<h2>${uHeads[3]}</h2><p>${uMore}</p></div></article></div>
<aside class="region region-sidebar-second"><div class="block block--apply"><h2>How to apply</h2><p>Apply online through our recruitment system
before the closing date.</p><a class="button button--primary" href="https://recruit.wexcombe.example/vacancy/SEES-0412-26">Apply now</a>
<a class="file file--pdf" href="/sites/default/files/jobs/SEES-0412-26-further-particulars.pdf">Further particulars (PDF, 240 KB)</a></div>
<div class="block block--share"><h2>Share this page</h2><ul>${links(['Share on LinkedIn', 'Share on X', 'Share by email'])}</ul></div>
<div class="block block--related"><h2>Working at Wexcombe</h2><ul>${links(['Pay and benefits', 'Relocation support', 'Athena Swan at Wexcombe'])}</ul>
</div></aside></main><footer class="site-footer"><p>University of Wexcombe, Abbey Road, Wexcombe WX1 4QD</p><ul>${links(uFoot)}</ul>
<p>© 2026 University of Wexcombe</p></footer></div><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const university: TestPage = {
  name: 'heldout375-university-drupal-vacancy',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([...uIntro, 'As Research Associate you will:', ...uRole, ...uYou, uPay, ...uCells, uMore]),
  bylines: ['Sunday 5 April 2026, midnight'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this site to give you the best experience and to measure how it is used.', 'Accept all cookies',
    'Essential cookies only', ...uNav, 'Breadcrumb', ...uCrumbs, 'Closing date', ...uFacts.flat(), 'How to apply',
    'Apply online through our recruitment system before the closing date.', 'Apply now', 'Further particulars (PDF, 240 KB)', 'Share this page',
    'Share on LinkedIn', 'Share on X', 'Share by email', 'Working at Wexcombe', 'Pay and benefits', 'Relocation support', 'Athena Swan at Wexcombe',
    'University of Wexcombe, Abbey Road, Wexcombe WX1 4QD', ...uFoot, '© 2026 University of Wexcombe',
  ],
};

export const HELDOUT375_E: readonly TestPage[] = [civil, university];
