import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, jobLd, lis } from './pages-heldout375-kit.js';

/**
 * Held-out batch 375, file c: an Ashby job page as the React app renders it (hashed CSS-module classes, the Overview /
 * Application tabs, the left pane whose facts sit under h2 labels, the description in the right pane, the inline
 * __appData script and the "Powered by Ashby" footer) and a Workable job page (data-ui attributes, workplace / location /
 * department / type line, Description / Requirements / Benefits sections, cookie banner, apply button and footer).
 */
const aTitle = 'Product Designer, Field Tools';
const aAbout = [
  j(
    'Tallowfen measures the carbon stored in farmland soil. Our field tools are used by about three hundred agronomists who walk fields',
    'with a soil probe and a phone, take samples at points our software chooses, and send the cores to partner laboratories. The results',
    'feed the carbon reports that farmers sell to buyers of verified credits.',
  ),
  j(
    'The field app works offline in the middle of a wet field, with gloves on, in bright sun. Getting that right is most of the job, and',
    'it is why we are hiring our second product designer.',
  ),
];
const aRole = [
  'Own the design of the field app, from sample planning on the evening before a visit to the chain-of-custody form at the laboratory',
  'Spend at least two days each quarter in the field with agronomists, watching how the app is used and where it slows them down',
  'Work in a small squad with a product manager and four engineers, shipping every two weeks',
  'Keep our design system usable outdoors: contrast, touch targets and states for when the phone has no signal',
];
const aYou = [
  'A portfolio that shows shipped work on mobile products, with the messy middle of the process and not only the final screens',
  'Experience running your own research, from recruiting participants to turning notes into decisions',
  'Comfort with Figma and enough understanding of how mobile apps are built to talk trade-offs with engineers',
  'Interest in agriculture or climate is welcome, and expertise in either is not expected',
];
const aHow = [
  j(
    'We are a team of 41, based in Bristol with a few colleagues elsewhere in the UK. This role is hybrid: we are in the office on Tuesdays',
    'and Thursdays, and field days replace office days in the weeks when you travel.',
  ),
  j(
    'Our process is a 30-minute call with our design lead, a portfolio review with the squad, and a final conversation with our CEO. There',
    'is no unpaid design task. We will share the questions for each stage in advance.',
  ),
];
const aHeads = ['About Tallowfen', 'What you will do', 'What we are looking for', 'How we work'];
const aBrief = [
  ['Location', 'Bristol, England'],
  ['Employment Type', 'Full time'],
  ['Location Type', 'Hybrid'],
  ['Department', 'Design'],
  ['Compensation', '£58K – £70K • Offers Equity'],
] as const;
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} @ Tallowfen</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="${aTitle} @ Tallowfen">
<meta property="og:description" content="Tallowfen measures the carbon stored in farmland soil."><meta name="robots" content="index">
<link rel="stylesheet" href="https://cdn.ashbyprd.example/frontend_non_user/9c1f2a/index.css">
${jobLd({ title: aTitle, datePosted: '2026-02-20', employmentType: 'FULL_TIME', hiringOrganization: { '@type': 'Organization', name: 'Tallowfen' } })}
<script>window.__appData = {"organization":{"name":"Tallowfen","hostedJobsPageSlug":"tallowfen"},"posting":{"id":"5b0c7e2d-91aa-4f0e-8d6b-2c1e9a7f3b10",
"title":"${aTitle}","departmentName":"Product","locationName":"Bristol, England","workplaceType":"Hybrid","employmentType":"FullTime"}};</script>
</head><body><div id="root"><div class="_navRoot_1ofwb_1 ashby-job-board-nav"><div class="_navContainer_1ofwb_10"><a href="/tallowfen">
<img class="_navLogoWordmarkImage_1ofwb_40" alt="Tallowfen" src="https://app.ashbyhq.example/api/images/org-theme-wordmark/tallowfen.png"></a></div></div>
<div class="_content_ud4nd_71"><div class="_titles_ud4nd_34"><h1 class="ashby-job-posting-heading _title_ud4nd_34">${aTitle}</h1></div>
<div class="_tabs_1dyq4_1" role="tablist"><a class="_tab_1dyq4_1 _active_1dyq4_33" role="tab" aria-selected="true"
href="/tallowfen/5b0c7e2d">Overview</a><a class="_tab_1dyq4_1" role="tab" aria-selected="false" href="/tallowfen/5b0c7e2d/application">Application</a></div>
<div class="_container_ud4nd_29 _flexContainer_ud4nd_80"><div class="_container_j2da7_1 ashby-job-posting-left-pane">
<div class="_section_101oc_37 ashby-job-posting-brief-list">${aBrief
  .map(
    ([h, v]) => `<div class="_section_101oc_37"><h2 class="_heading_101oc_53">${h}</h2>
<p>${v}</p></div>`,
  )
  .join('\n')}</div></div>
<div class="_container_ud4nd_29 ashby-job-posting-right-pane"><div class="_descriptionText_oj0x8_198"><h2>${aHeads[0]}</h2>${ps(aAbout)}
<h2>${aHeads[1]}</h2><ul>${lis(aRole)}</ul><h2>${aHeads[2]}</h2><ul>${lis(aYou)}</ul><h2>${aHeads[3]}</h2>${ps(aHow)}</div>
<div class="_applyButtonContainer_oj0x8_325"><button class="_button_8wvgw_29 _primary_8wvgw_96 ashby-job-posting-apply-button">Apply for this Job</button>
</div></div></div></div><footer class="_footer_1ofwb_77"><a href="https://www.ashbyhq.com/" class="_poweredBy_1ofwb_88">Powered by
<img alt="Ashby" src="https://app.ashbyhq.example/logo.svg"></a>
<ul class="_footerLinks_1ofwb_99">${links(['Privacy Policy', 'Security', 'Vulnerability Disclosure'])}
</ul></footer></div><script src="https://cdn.ashbyprd.example/frontend_non_user/9c1f2a/index.js" type="module"></script></body></html>`;
const ashby: TestPage = {
  name: 'heldout375-ashby-job-page',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([...aAbout, ...aRole, ...aYou, ...aHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Overview', 'Application', ...aBrief.flat(), 'Apply for this Job', 'Powered by', 'Privacy Policy', 'Security', 'Vulnerability Disclosure',
  ],
};

const kTitle = 'Field Service Technician – Packaging Robots';
const kDesc = [
  j(
    'Corvane Robotics designs and builds robotic cells that pack fruit and vegetables into trays and crates. More than 120 of our cells',
    'run in packhouses across Greece, Spain and Italy, and in the harvest season most of them run two shifts a day.',
  ),
  j(
    'We are looking for a Field Service Technician based in Thessaloniki to install new cells and keep existing ones running for',
    'customers in northern Greece and Bulgaria. You will spend about three days a week at customer sites and the rest in our workshop,',
    'where you will test cells before shipment and help the engineering team reproduce faults seen in the field.',
  ),
  j(
    'Between June and September our customers cannot afford a stopped line, so technicians share a weekend on-call rota during those',
    'months. Outside the season the work is calmer, and most upgrades and training visits are planned for the winter.',
  ),
];
const kTasks = [
  'Install and commission new robotic cells together with the customer’s maintenance team',
  'Carry out scheduled maintenance visits and replace grippers, belts and sensors as needed',
  'Diagnose faults on site and remotely, using our monitoring dashboard and the cell’s PLC logs',
  'Train operators on safe use and daily checks after each installation',
  'Write a short visit report after every call-out so the next technician knows what was done',
];
const kReq = [
  'A technical degree or vocational diploma in mechatronics, electrical or mechanical engineering',
  'At least two years of hands-on experience with industrial automation, PLCs or robots',
  'A valid driving licence and willingness to travel, with occasional overnight stays',
  'Good English; Greek is required, and Bulgarian is a plus',
];
const kBen = [
  'Competitive salary with a seasonal bonus paid after the harvest peak',
  'Company car, laptop and phone for business and personal use',
  'Private health insurance for you and your family',
  'Two weeks of training at our factory before your first solo visit',
];
const kClose = j(
  'Corvane Robotics is committed to equal opportunities. We review applications as they arrive and may close the advert early when we',
  'have enough candidates, so we encourage you to apply soon.',
);
const kInfo = ['On-site', 'Thessaloniki, Central Macedonia, Greece', 'After-Sales', 'Full time'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} - Corvane Robotics</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Corvane Robotics is hiring a ${kTitle} in Thessaloniki.">
<meta property="og:title" content="${kTitle} - Corvane Robotics"><meta property="og:site_name" content="Workable">
<link rel="canonical" href="https://apply.workable.com/corvane-robotics/j/4E1A7C92D0/">
${jobLd({ title: kTitle, datePosted: '2026-02-24', employmentType: 'FULL_TIME', jobLocation: { '@type': 'Place', address: 'Thessaloniki' } })}
<script>window.__WORKABLE__ = {"account":"corvane-robotics","job":{"shortcode":"4E1A7C92D0","state":"published"},"locale":"en"};</script>
</head><body><div id="app"><div data-ui="cookie-consent" class="styles--1kdXa" role="dialog"><p class="styles--3IYUq">We use cookies to improve
your experience and measure how our careers page is used.</p><button data-ui="cookie-consent-accept" class="styles--3a1ZX">Accept all</button>
<button data-ui="cookie-consent-decline" class="styles--3a1ZX">Decline all</button><a data-ui="cookie-consent-settings" href="#">Cookie settings</a></div>
<header data-ui="header" class="styles--2TdGW"><a data-ui="company-logo" href="/corvane-robotics/"><img alt="Corvane Robotics" src="/logo/corvane.png"></a>
<a data-ui="view-website" class="styles--3nHk7" href="https://corvane.example">View website</a>
<a data-ui="view-all-jobs" class="styles--3nHk7" href="/corvane-robotics/">View all jobs</a></header>
<main class="styles--1Hw5r"><div data-ui="job-header" class="styles--3vx-H"><h1 data-ui="job-title" class="styles--2TdGW">${kTitle}</h1>
<div class="styles--1lHbY"><span data-ui="job-workplace">${kInfo[0]}</span><span data-ui="job-location">${kInfo[1]}</span>
<span data-ui="job-department">${kInfo[2]}</span><span data-ui="job-type">${kInfo[3]}</span></div>
<span data-ui="job-posted" class="styles--QTMDv">Posted 9 days ago</span></div>
<div data-ui="job-tabs" role="tablist" class="styles--2d6XS"><a role="tab" aria-selected="true" href="/corvane-robotics/j/4E1A7C92D0/">Overview</a>
<a role="tab" aria-selected="false" href="/corvane-robotics/j/4E1A7C92D0/apply/">Application</a></div>
<section data-ui="job-description" class="styles--3ZsgI"><h2>Description</h2>${ps(kDesc)}<ul>${lis(kTasks)}</ul></section>
<section data-ui="job-requirements" class="styles--3ZsgI"><h2>Requirements</h2><ul>${lis(kReq)}</ul></section>
<section data-ui="job-benefits" class="styles--3ZsgI"><h2>Benefits</h2><ul>${lis(kBen)}</ul><p>${kClose}</p></section>
<a data-ui="overview-apply-now" class="styles--1OnOt" href="/corvane-robotics/j/4E1A7C92D0/apply/">Apply for this job</a></main>
<footer data-ui="footer" class="styles--2gQ2I"><span>Powered by</span><img alt="Workable" src="https://workablehr.s3.example/logo.svg">
<ul>${links(['Help', 'Accessibility'])}</ul></footer></div>
<script src="https://jobs-ui.workable.example/static/js/main.3f0a1b.js"></script></body></html>`;
const workable: TestPage = {
  name: 'heldout375-workable-job-page',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Description', 'Requirements', 'Benefits'],
  body: texts([...kDesc, ...kTasks, ...kReq, ...kBen, kClose]),
  bylines: ['Posted 9 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience and measure how our careers page is used.', 'Accept all', 'Decline all', 'Cookie settings',
    'View website', 'View all jobs', ...kInfo, 'Overview', 'Application', 'Apply for this job', 'Powered by', 'Help', 'Accessibility',
  ],
};

export const HELDOUT375_C: readonly TestPage[] = [ashby, workable];
