import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file f2: an internship listing on a Greenhouse-style hosted job board (the newer job-boards markup: the
 * company logo header, "Back to jobs" link, job__title / job__location, the job__description with headings and lists, the pay
 * transparency box, the application form with its labels, the voluntary self-identification notice, and the "Powered by"
 * footer with privacy links). A listing whose description is the body.
 */
const title = 'Data Science Intern (Summer 2027)';
const intro = [
  j(
    'Fennick Labs builds forecasting tools that help food retailers order the right amount of fresh produce, cutting waste across',
    'more than 900 stores. We are looking for two interns to join our data science team in Bristol for twelve weeks next summer.',
  ),
];
const h1 = 'What you will do';
const doList = [
  'Own a self-contained project, such as improving our forecasts for weather-sensitive products, from first analysis to a shipped model.',
  'Pair with a senior data scientist every day and present your work to the whole company at the end of the summer.',
  'Write clean, tested Python and learn how our models are deployed and monitored in production.',
  'Visit a partner store and distribution centre to see how our forecasts are used on the shop floor.',
];
const h2 = 'What we are looking for';
const want = [
  'You are studying for a degree in statistics, mathematics, computer science or a related subject, graduating in 2028 or 2029.',
  'You have used Python or R for data analysis, in coursework or your own projects.',
  'You can explain a technical result clearly to someone without a technical background.',
];
const p2 = [
  j(
    'We know that people from under-represented groups are less likely to apply unless they meet every requirement. If this role',
    'excites you but you do not tick every box, please apply anyway.',
  ),
];
const h3 = 'Pay and practicalities';
const p3 = [
  j(
    'The internship runs from 21 June to 10 September 2027 and is paid at £2,350 a month. We cover reasonable travel to Bristol at the',
    'start and end of the placement and can help you find short-term accommodation. Interns work in the office three days a week.',
  ),
  j(
    'Our process has two steps: a short online task that takes about an hour, and a single interview with two members of the team.',
    'We will respond to every application by 31 January.',
  ),
];
const fields = ['First Name', 'Last Name', 'Email', 'Phone', 'Resume/CV', 'Cover Letter', 'LinkedIn Profile', 'Are you eligible to work in the UK?'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Job Application for Data Science Intern (Summer 2027) at Fennick Labs</title>
<meta property="og:title" content="Data Science Intern (Summer 2027)"><meta property="og:description" content="Bristol, England, United Kingdom">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Data Science Intern (Summer 2027)","hiringOrganization":
{"@type":"Organization","name":"Fennick Labs"},"employmentType":"INTERN","jobLocation":{"@type":"Place","address":{"addressLocality":"Bristol"}},
"datePosted":"2026-10-20"}</script>
<link rel="stylesheet" href="https://job-boards.cdn.greenhouse.example/build/_assets/root-7QZK2MXA.css">
<script>window.__remixContext = {"url":"/fennicklabs/jobs/6123448","state":{"loaderData":{"routes/$url_token_.jobs_.$job_post_id":
{"jobPost":{"id":6123448,"title":"Data Science Intern (Summer 2027)"}}}}};</script></head>
<body><div class="application--wrapper"><main class="main font-secondary job-post">
<div class="logo-container"><a href="https://www.fennicklabs.example" target="_blank"><img class="logo"
src="https://s4-recruiting.cdn.greenhouse.example/external_greenhouse_job_boards/logos/fennick.png" alt="Fennick Labs Logo"></a></div>
<div class="job__header"><a class="link--back" href="/fennicklabs"><i class="fa fa-arrow-left"></i>Back to jobs</a>
<div class="job__title"><h1 class="section-header section-header--large font-primary">${title}</h1>
<div class="job__location"><svg class="svg-icon"></svg><div>Bristol, England, United Kingdom</div></div></div>
<a class="btn btn--pill" href="#application-form">Apply</a></div>
<div class="job__description body">
${ps(intro)}
<h3><strong>${h1}</strong></h3><ul>
${lis(doList)}</ul>
<h3><strong>${h2}</strong></h3><ul>
${lis(want)}</ul>
${ps(p2)}
<h3><strong>${h3}</strong></h3>
${ps(p3)}
<div class="pay-transparency"><div class="title">Pay range</div><div class="pay-range"><span>£2,350</span><span class="divider">—</span>
<span>£2,350 GBP</span></div><p class="description">Monthly stipend, paid through payroll.</p></div></div>
<div class="application--container" id="application-form"><div class="application--header"><h2 class="section-header font-primary">Apply for this
job</h2><span class="required-legend">* indicates a required field</span></div><form id="application-form-inner" class="application--form">
${fields
  .map(
    (f, i) => `<div class="input-wrapper"><label id="field-${i}-label" class="label">${f}<span class="required">*</span></label>
<input id="field-${i}" class="input input__single-line" type="text"></div>`,
  )
  .join('\n')}
<div class="eeoc__container"><h3 class="section-header section-header--medium">Voluntary Self-Identification</h3><p>Fennick Labs is an equal
opportunity employer. Completing this section is optional and will not affect your application.</p></div>
<button type="submit" class="btn btn--pill">Submit application</button></form></div></main>
<footer class="footer"><div class="footer__content"><span>Powered by</span><a href="https://www.greenhouse.example" class="footer__logo"
aria-label="Greenhouse"></a><span class="footer__links">Read our <a href="https://www.greenhouse.example/privacy-policy">Privacy Policy</a></span>
</div></footer></div>
<script src="https://job-boards.cdn.greenhouse.example/build/entry.client-3XK9P1.js" type="module"></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-greenhouse-internship-listing-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...doList, ...want, ...p2, ...p3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Back to jobs', 'Bristol, England, United Kingdom', 'Apply', 'Pay range', '£2,350 GBP', 'Monthly stipend, paid through payroll.',
    'Apply for this job', '* indicates a required field', ...fields, 'Voluntary Self-Identification',
    'Fennick Labs is an equal opportunity employer. Completing this section is optional and will not affect your application.',
    'Submit application', 'Powered by', 'Read our Privacy Policy',
  ],
};

export const HELDOUT305_F2: readonly TestPage[] = [page];
