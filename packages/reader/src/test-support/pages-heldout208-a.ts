import { type TestPage, texts } from './page-kit.js';
import { leverPosting } from './pages-heldout208-a2.js';

/**
 * Held-out batch 208, file a: a job posting on a Greenhouse job board (job-boards.greenhouse.io, the 2024 Remix template:
 * company logo, "Back to jobs", the title block with location and the "Apply" button, the description with its
 * content-intro and content-conclusion blocks, the application form with the resume upload widget, custom questions and the
 * voluntary self-identification survey, the "Create a Job Alert" box and the "Powered by Greenhouse" footer) and, from
 * file a2, a Lever job posting.
 */
const ghTitle = 'Senior Backend Engineer, Payments';
const ghIntro = [
  'Tallowfield builds the software that independent veterinary clinics use to run their day: appointments, records, stock and, ' +
    'since last year, payments. More than 2,300 clinics in the United States and Canada rely on us, most of them with fewer than ' +
    'ten staff and no IT department.',
];
const ghH1 = 'About the role';
const ghP1 = [
  'Our payments team is four engineers and a product manager. In eighteen months they took card payments from an idea to ' +
    '$410 million processed a year, and we now need a senior engineer to help with the next step: payment plans for large ' +
    'treatment bills, same-day payouts to clinics, and a ledger that our finance team can trust without a spreadsheet beside it.',
  'You will work mostly in Go and PostgreSQL, with some Kotlin where our services talk to the clinic desktop app. We deploy ' +
    'several times a day and every engineer is on call one week in six.',
];
const ghH2 = 'What you’ll do';
const ghList1 = [
  'Design and build the services behind payment plans, from the credit decision to the monthly collection.',
  'Own the reconciliation between our ledger and our processor’s settlement reports, and make its failures loud.',
  'Review code and design documents, and help two mid-level engineers grow into owning systems of their own.',
  'Talk to clinic managers. Once a month each engineer joins a support shift or a clinic visit.',
];
const ghH3 = 'What we’re looking for';
const ghList2 = [
  'Six or more years building backend systems, at least two of them handling money movement, ledgers or billing.',
  'Comfort with Go or a willingness to learn it quickly if you come from Java, Kotlin or Rust.',
  'A habit of writing things down: design notes, runbooks, and honest incident reviews.',
  'Experience with PCI DSS scope reduction is a plus, not a requirement.',
];
const ghH4 = 'Compensation and benefits';
const ghP2 = [
  'The base salary range for this role is $168,000 to $204,000, depending on experience and location within the United States. ' +
    'The role is also eligible for equity.',
  'We cover 100 percent of medical, dental and vision premiums for you and 80 percent for dependants, match 401(k) contributions ' +
    'up to 4 percent, and give every employee a $1,200 yearly stipend for their home office or learning. And yes, your pets are ' +
    'covered too: every employee gets pet insurance.',
];
const ghOutro = [
  'Tallowfield is an equal opportunity employer. We welcome applicants of every background and do not discriminate on the basis ' +
    'of race, religion, colour, national origin, sex, sexual orientation, gender identity, age, disability or veteran status.',
];
const ghForm = ['First Name', 'Last Name', 'Email', 'Phone', 'Country', 'Resume/CV', 'Cover Letter', 'LinkedIn Profile', 'Website'];
const ghUpload = ['Attach', 'Dropbox', 'Google Drive', 'Enter manually', 'Accepted file types: pdf, doc, docx, txt, rtf'];
const ghQs = [
  'Are you legally authorized to work in the United States?',
  'Will you now or in the future require Tallowfield to sponsor an employment visa?',
  'How did you hear about this job?',
];
const ghEeo = [
  'Voluntary Self-Identification',
  'For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the ' +
    'form is entirely voluntary. Whatever your decision, it will not be considered in the hiring process or thereafter.',
  'Gender',
  'Are you Hispanic/Latino?',
  'Veteran Status',
  'Disability Status',
];
const ghAlert = [
  'Create a Job Alert',
  'Interested in building your career at Tallowfield? Get future opportunities sent straight to your email.',
  'Create alert',
];
const ghField = (label: string, id: string, req: boolean): string => `<div class="field-wrapper"><div class="input-wrapper">
<label id="${id}-label" for="${id}" class="label select__label">${label}${req ? '<span aria-hidden="true">*</span>' : ''}</label>
<input id="${id}" class="input input__single-line" aria-describedby="${id}-description" aria-invalid="false" aria-required="${req}"
type="text" maxlength="255" autocomplete="off" value=""></div></div>`;
const ghUploadBox = (label: string, id: string): string => `<div class="file-upload" role="group" aria-labelledby="upload-label-${id}">
<div id="upload-label-${id}" class="label upload-label">${label}</div><div class="file-upload__wrapper"><div class="secondary-button">
<button type="button" class="btn btn--pill" tabindex="0">${ghUpload[0]}</button></div><div class="secondary-button">
<button type="button" class="btn btn--pill" tabindex="0">${ghUpload[1]}</button></div><div class="secondary-button">
<button type="button" class="btn btn--pill" tabindex="0">${ghUpload[2]}</button></div><div class="secondary-button">
<button type="button" class="btn btn--pill" tabindex="0">${ghUpload[3]}</button></div></div>
<p class="file-upload__filetypes" id="${id}-allowable-file-types">${ghUpload[4]}</p><input id="${id}" type="file" class="visually-hidden"
accept=".pdf,.doc,.docx,.txt,.rtf"></div>`;
const ghSelect = (label: string, id: string): string => `<div class="select"><div class="select__container"><label id="${id}-label"
class="label select__label" for="${id}">${label}</label><div class="select-shell remix-css-b62m3t-container"><div class="select__control
remix-css-13cymwt-control"><div class="select__value-container remix-css-hlgwow"><div class="select__placeholder remix-css-1jqq78o-placeholder"
id="react-select-${id}-placeholder">Select...</div><div class="select__input-container remix-css-19bb58m" data-value=""><input
class="select__input" autocapitalize="none" autocomplete="off" id="${id}" type="text" aria-autocomplete="list" aria-expanded="false"
aria-haspopup="true" role="combobox" value=""></div></div></div></div></div></div>`;
const ghLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: ghTitle,
  datePosted: '2025-10-21',
  hiringOrganization: { '@type': 'Organization', name: 'Tallowfield', logo: 'https://s2-recruiting.cdn.greenhouse.example/tallowfield.png' },
  jobLocationType: 'TELECOMMUTE',
  applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
  employmentType: 'FULL_TIME',
});
const ghHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Job Application for Senior Backend Engineer, Payments at Tallowfield</title>
<meta name="description" content="Remote (US)"><meta property="og:title" content="Senior Backend Engineer, Payments">
<meta property="og:description" content="Remote (US)"><meta property="og:image" content="https://s2-recruiting.cdn.greenhouse.example/tallowfield.png">
<meta property="og:url" content="https://job-boards.greenhouse.io/tallowfield/jobs/4821937008"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://job-boards.greenhouse.io/tallowfield/jobs/4821937008">
<link rel="stylesheet" href="https://job-boards.cdn.greenhouse.example/assets/root-DkVw3a1Q.css">
<link rel="stylesheet" href="https://job-boards.cdn.greenhouse.example/assets/job_post-BnX2kq8T.css">
<script type="application/ld+json">${ghLd}</script>
<style>:root{--color-primary:#2d5b4a;--font-primary:"Inter",sans-serif}</style></head>
<body><div class="main font-secondary job-post"><div class="job__header"><div class="logo-container"><a href="https://www.tallowfield.example">
<img class="logo" src="https://s2-recruiting.cdn.greenhouse.example/tallowfield.png" alt="Tallowfield Logo"></a></div></div>
<div class="job-post-container"><div class="job__back"><a href="https://job-boards.greenhouse.io/tallowfield" class="link--back">
<svg aria-hidden="true" class="svg-icon" fill="none" height="20" viewBox="0 0 20 20" width="20"><path d="M12 15L7 10L12 5"
stroke="currentColor"></path></svg>Back to jobs</a></div>
<div class="job__header-wrapper"><div class="job__title"><h1 class="section-header section-header--large font-primary">${ghTitle}</h1>
<div class="job__location"><svg aria-hidden="true" class="svg-icon" height="20" viewBox="0 0 20 20" width="20">
<path d="M10 18s6-5 6-10a6 6 0 1 0-12 0c0 5 6 10 6 10z"
stroke="currentColor"></path></svg><div>Remote (US)</div></div></div>
<div class="job__header-apply"><button class="btn btn--rounded" aria-label="Apply" type="button">Apply</button></div></div>
<div class="job__description body"><div><div class="content-intro">${ghIntro.map((p) => `<p>${p}</p>`).join('')}</div>
<h3><strong>${ghH1}</strong></h3>
${ghP1.map((p) => `<p>${p}</p>`).join('\n')}
<h3><strong>${ghH2}</strong></h3>
<ul>${ghList1.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<h3><strong>${ghH3}</strong></h3>
<ul>${ghList2.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<h3><strong>${ghH4}</strong></h3>
${ghP2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="content-conclusion">${ghOutro.map((p) => `<p><em>${p}</em></p>`).join('')}</div></div></div>
<div class="application--container" id="application"><div class="application--header"><h2 class="section-header section-header--large font-primary">
Apply for this job</h2><div class="application--required"><span aria-hidden="true">*</span> indicates a required field</div></div>
<form id="application-form" class="application--form" novalidate=""><div class="application--questions">
${ghField(ghForm[0] ?? '', 'first_name', true)}${ghField(ghForm[1] ?? '', 'last_name', true)}${ghField(ghForm[2] ?? '', 'email', true)}
${ghSelect(ghForm[4] ?? '', 'country')}${ghField(ghForm[3] ?? '', 'phone', false)}
${ghUploadBox(ghForm[5] ?? '', 'resume')}${ghUploadBox(ghForm[6] ?? '', 'cover_letter')}
${ghField(ghForm[7] ?? '', 'question_31284721008', false)}${ghField(ghForm[8] ?? '', 'question_31284722008', false)}
${ghSelect(ghQs[0] ?? '', 'question_31284723008')}${ghSelect(ghQs[1] ?? '', 'question_31284724008')}${ghField(ghQs[2] ?? '', 'question_31284725008', false)}
</div><div class="eeoc__container"><h2 class="section-header font-primary">${ghEeo[0]}</h2><div class="eeoc__description"><p>${ghEeo[1]}</p></div>
${ghSelect(ghEeo[2] ?? '', 'gender')}${ghSelect(ghEeo[3] ?? '', 'hispanic_ethnicity')}${ghSelect(ghEeo[4] ?? '', 'veteran_status')}
${ghSelect(ghEeo[5] ?? '', 'disability_status')}</div>
<div class="application--submit"><button type="submit" class="btn btn--rounded">Submit application</button></div></form></div>
<div class="job-alert"><div class="job-alert__header"><h3 class="section-header font-primary">${ghAlert[0]}</h3><p class="body">${ghAlert[1]}</p></div>
<a class="btn btn--rounded btn--secondary" href="https://my.greenhouse.example/job-alerts/new?company=tallowfield">${ghAlert[2]}</a></div></div></div>
<footer class="footer"><div class="footer__container"><span class="footer__powered-by">Powered by</span>
<a href="https://www.greenhouse.com/privacy-policy" class="footer__logo"><img alt="Greenhouse logo" src="https://job-boards.cdn.greenhouse.example/logo.svg">
</a>
<div class="footer__links"><span class="body body--small">Read our</span><a class="body body--small" href="https://www.greenhouse.com/privacy-policy">Privacy
Policy</a></div></div></footer>
<script>window.__remixContext = {"url":"/tallowfield/jobs/4821937008","state":{"loaderData":{"routes/$url_token_.jobs_.$job_post_id":{"jobPost":
{"title":"Senior Backend Engineer, Payments","company_name":"Tallowfield","job_post_location":"Remote
(US)","published_at":"2025-10-21T14:02:11-04:00"}}}}};</script>
<script type="module" src="https://job-boards.cdn.greenhouse.example/assets/entry.client-C5pZ0xQm.js"></script></body></html>`;
const greenhouse: TestPage = {
  html: ghHtml,
  name: 'heldout208-greenhouse-job-posting',
  kind: 'blog',
  // the content-intro company paragraph and the content-conclusion EEO statement are part of the posting (body); the
  // location, the apply buttons, the whole application form, the job alert box and the footer are furniture; no byline shows
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4],
  body: texts([...ghIntro, ...ghP1, ...ghList1, ...ghList2, ...ghP2, ...ghOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Back to jobs', 'Remote (US)', 'Apply', 'Apply for this job', 'indicates a required field', ...ghForm, ...ghUpload, ...ghQs, 'Select...',
    ...ghEeo, 'Submit application', ...ghAlert, 'Powered by', 'Read our', 'Privacy Policy',
  ],
};

export const HELDOUT208_A: readonly TestPage[] = [greenhouse, leverPosting];
