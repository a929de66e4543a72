import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, jobLd, lis } from './pages-heldout375-kit.js';

/**
 * Held-out batch 375, file a: a Greenhouse job post on the job-boards template (logo header, "Back to jobs", the pay
 * transparency box, the application form with its labels, the cookie notice and "Powered by Greenhouse") and a Lever
 * posting (posting headline in an h2 with its category labels, description lines written as divs, h3 list sections,
 * the apply buttons and the "Jobs powered by" footer).
 */
const gTitle = 'Senior Data Engineer, Ledger Platform';
const gIntro = [
  j(
    'Quillmere builds bookkeeping software for small firms that would rather be running their business than reconciling it. More than',
    'forty thousand sole traders, cafés and building contractors close their books with us every month, and the ledger underneath all of',
    'it is the part of the product our customers never see and always depend on.',
  ),
  j(
    'We are looking for a senior data engineer to join the Ledger Platform team, a group of six engineers who own the pipelines that turn',
    'bank feeds, invoices and receipts into balanced, auditable entries. You will report to the engineering manager for the team and work',
    'closely with our accountants in residence, who review every change to how a transaction is categorised.',
  ),
];
const gDo = [
  'Designing and running the batch and streaming jobs that import between two and three million bank transactions a day',
  'Replacing our nightly reconciliation job with an incremental one, so customers see a balanced ledger within minutes instead of the next morning',
  'Building data quality checks that catch a duplicated feed or a missing day before an accountant does',
  'Owning the schemas the reporting and tax teams build on, and writing the migration plans when they change',
  'Taking part in an on-call rota of one week in six, with a paid day off after each week on call',
];
const gWant = [
  'Several years of experience building data pipelines in production, ideally with Python and SQL',
  'Comfort with a warehouse such as BigQuery, Snowflake or Postgres at scale, and an opinion about when each is the wrong choice',
  'Experience with an orchestration tool; we use Dagster, but Airflow or Prefect experience transfers well',
  'Care for correctness: in a ledger, a rounding error is a bug report from an accountant',
  'Clear written communication, since most of our design discussion happens in documents rather than meetings',
];
const gNoAcc = j(
  'You do not need a background in accounting. You will pick up double-entry bookkeeping in your first month, and our accountants in',
  'residence run a short course for every new engineer.',
);
const gWork = [
  j(
    'The team is fully remote across Canadian time zones, with core hours between 11 a.m. and 3 p.m. Eastern. We meet in person twice a',
    'year, usually in Halifax, and we cover travel and accommodation for those weeks.',
  ),
  j(
    'Our interview process has four steps: a conversation with the hiring manager, a take-home exercise that we pay for at a flat rate of',
    'CAD 300, a pairing session on your exercise with two engineers, and a final conversation about how you like to work. We aim to finish',
    'within three weeks of your first call.',
  ),
];
const gBen = [
  'Health, dental and vision cover from day one, for you and your dependants',
  'A home office allowance of CAD 1,200 in your first year and CAD 400 each year after',
  'Five weeks of paid vacation plus the last week of December off for everyone',
  'A learning budget of CAD 2,000 a year',
];
const gEeo = j(
  'Quillmere is an equal opportunity employer. We welcome applications from people of every background and will provide accommodations',
  'throughout the hiring process; tell us what you need in your application or by writing to our recruiting team.',
);
const gField = (id: string, label: string, req = true): string => `<div class="input-wrapper"><div class="text-input-wrapper">
<label id="${id}-label" for="${id}" class="label">${label}${req ? '<span aria-hidden="true">*</span>' : ''}</label>
<input id="${id}" class="input input__single-line" aria-label="${label}" aria-required="${req}" type="text" maxlength="255" value=""></div></div>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Job Application for ${gTitle} at Quillmere</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="${gTitle}">
<meta property="og:description" content="Remote – Canada"><meta property="og:url" content="https://job-boards.greenhouse.io/quillmere/jobs/7712045003">
<meta property="og:image" content="https://s2-recruiting.cdn.greenhouse.example/external_greenhouse_job_boards/logos/400/812/300/original/quillmere.png">
<link rel="stylesheet" href="https://job-boards.cdn.greenhouse.example/assets/root-CkQ71fmV.css">
${jobLd({ title: gTitle, datePosted: '2026-03-02', employmentType: 'FULL_TIME', hiringOrganization: { '@type': 'Organization', name: 'Quillmere' } })}
<script>window.ENV = {"JBEN_URL":"https://job-boards.greenhouse.io","RECAPTCHA_KEY":"6LfmcbcpAAAAAChNTbhUShzUOAMj_wY9LQIvLFX0"};</script>
</head><body><div class="job-board-wrapper"><div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite">
<p class="cookie-consent__text">We use cookies to keep this job board working and to understand how applicants find us.</p>
<button class="button button--primary" type="button">Accept cookies</button><button class="button button--secondary" type="button">Decline</button></div>
<main class="main font-secondary job-post"><div class="job__header"><div class="logo-container">
<a href="https://job-boards.greenhouse.io/quillmere">
<img class="logo" src="https://s2-recruiting.cdn.greenhouse.example/quillmere.png" alt="Quillmere Logo"></a>
</div></div><a class="back-link" href="https://job-boards.greenhouse.io/quillmere"><i class="fa-solid fa-arrow-left"></i>Back to jobs</a>
<div class="job__title"><h1 class="section-header section-header--large font-primary">${gTitle}</h1><div class="job__location">
<svg class="svg-icon" fill="none" height="20" width="20" aria-hidden="true"><path d="M5 8a5 5 0 0 1 10 0"></path></svg><div>Remote – Canada</div></div></div>
<div class="job__description body"><div>${ps(gIntro)}
<h3><strong>What you will work on</strong></h3><ul>${lis(gDo)}</ul>
<h3><strong>What we are looking for</strong></h3><ul>${lis(gWant)}</ul><p>${gNoAcc}</p>
<h3><strong>How we work</strong></h3>${ps(gWork)}
<h3><strong>Benefits</strong></h3><ul>${lis(gBen)}</ul><p>${gEeo}</p></div>
<div class="pay-transparency"><div class="pay-transparency__title">Annual Salary Range</div><div class="pay-range"><span>$148,000</span>
<span class="divider"></span><span>$176,000 CAD</span></div></div></div>
<div class="application--container"><div class="application--header"><h2 class="section-header section-header--large font-primary">Apply for this job</h2>
<div class="required-fields">indicates a required field</div></div><form id="application-form" class="application--form">
<div class="application--questions">${gField('first_name', 'First Name')}${gField('last_name', 'Last Name')}${gField('email', 'Email')}
${gField('phone', 'Phone', false)}<div class="file-upload"><div class="label upload-label">Resume/CV</div><div class="file-upload__wrapper">
<button class="btn btn--pill" type="button">Attach</button><button class="btn btn--pill" type="button">Dropbox</button>
<button class="btn btn--pill" type="button">Google Drive</button><button class="btn btn--pill" type="button">Enter manually</button></div>
<p class="file-upload__filetypes">Accepted file types: pdf, doc, docx, txt, rtf</p></div>
${gField('question_2207', 'LinkedIn Profile', false)}${gField('question_2208', 'Are you legally authorized to work in Canada?')}</div>
<div class="application--submit"><button type="submit" class="btn btn--pill">Submit application</button></div></form></div></main>
<footer class="footer"><div class="footer__powered-by">Powered by <a href="https://www.greenhouse.io/"><img alt="Greenhouse logo"
src="https://job-boards.cdn.greenhouse.example/greenhouse-logo.svg"></a></div><div class="footer__links">
<a href="https://www.greenhouse.io/privacy-policy">Read our Privacy Policy</a></div></footer></div>
<script src="https://job-boards.cdn.greenhouse.example/assets/entry.client-B1x9yQ.js" type="module"></script></body></html>`;
const greenhouse: TestPage = {
  name: 'heldout375-greenhouse-job-post',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['What you will work on', 'What we are looking for', 'How we work', 'Benefits'],
  body: texts([...gIntro, ...gDo, ...gWant, gNoAcc, ...gWork, ...gBen, gEeo]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to keep this job board working and to understand how applicants find us.', 'Accept cookies', 'Decline', 'Back to jobs',
    'Remote – Canada', 'Annual Salary Range', '$148,000', '$176,000 CAD', 'Apply for this job', 'indicates a required field', 'First Name', 'Last Name',
    'Resume/CV', 'Attach', 'Dropbox', 'Google Drive', 'Enter manually', 'Accepted file types: pdf, doc, docx, txt, rtf', 'LinkedIn Profile',
    'Are you legally authorized to work in Canada?', 'Submit application', 'Powered by', 'Read our Privacy Policy',
  ],
};

const lTitle = 'Warehouse Operations Lead';
const lIntro = [
  j(
    'Harrowgate Cycles sells touring bikes, panniers and spare parts to riders across the UK and northern Europe. Everything we send',
    'leaves from one warehouse on the edge of Leeds, where a team of twenty-two pickers, packers and bike builders gets around nine hundred',
    'orders out of the door on a normal day and closer to three thousand in the week before the Easter holidays.',
  ),
  j(
    'We are hiring a Warehouse Operations Lead to run the late shift, which starts at 2 p.m. and finishes at 10:30 p.m., Monday to',
    'Friday. The late shift handles the evening courier collection, which carries about sixty per cent of our parcels, so the way this',
    'shift runs decides whether customers get their orders the next day.',
  ),
  j(
    'You will lead a team of nine and report to our Head of Fulfilment. The role is fully on site: we are a small team in one building and',
    'the job is done on the warehouse floor, not from a desk.',
  ),
];
const lDo = [
  'Plan each shift around the order forecast and move people between picking, packing and bike assembly as the day changes',
  'Make sure the evening collection leaves complete and on time, and follow up on every parcel that misses it',
  'Run the daily stock counts for our fastest-moving parts and work with the buying team when counts and system disagree',
  'Coach new starters through their first four weeks and hold a short one-to-one with each team member every fortnight',
  'Keep the warehouse safe: forklift checks, racking inspections and a tidy floor at the end of every shift',
];
const lHave = [
  'At least two years leading a team in a warehouse, distribution centre or busy stock room',
  'Experience with a warehouse management system; we use Mintsoft, and any similar system is fine',
  'A counterbalance forklift licence, or willingness to gain one in your first three months at our expense',
  'Calm under pressure on the evenings when the courier is early and the printer is jammed',
];
const lOffer = [
  '£36,500 a year, plus a late-shift allowance of £2,400',
  '33 days of holiday including bank holidays, rising by one day for each year with us up to 38',
  'A company bike through our cycle-to-work scheme and 40 per cent staff discount on everything we sell',
  'Free parking on site and secure bike storage with showers',
];
const lClose = j(
  'We read every application ourselves and reply to everyone within ten working days. If you have questions about the shift pattern',
  'before you apply, mention them in the cover note field and our Head of Fulfilment will call you.',
);
const lCats = ['Leeds, West Yorkshire', 'Operations – Fulfilment /', 'Full-time /', 'On-site'];
const lHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harrowgate Cycles - ${lTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta name="twitter:card" value="summary">
<meta name="twitter:title" content="Harrowgate Cycles - ${lTitle}"><meta property="og:title" content="Harrowgate Cycles - ${lTitle}">
<meta property="og:description" content="Harrowgate Cycles sells touring bikes, panniers and spare parts to riders across the UK and northern Europe.">
<meta property="og:url" content="https://jobs.lever.co/harrowgate/3f9c1e52-7a41-4c1b-9d0e-55a8e2b6c410">
<link href="https://jobs.lever.co/css/posting.css" rel="stylesheet" type="text/css">
${jobLd({ title: lTitle, datePosted: '2026-02-26', employmentType: 'Full-time', jobLocation: { '@type': 'Place', address: 'Leeds' } })}
<script>window.__lever_posting = {"id":"3f9c1e52-7a41-4c1b-9d0e-55a8e2b6c410","account":"harrowgate","hasCustomQuestions":false};</script>
</head><body class="show"><div class="main-header page-full-width section-wrapper">
<div class="main-header-content page-centered narrow-section page-full-width">
<a class="main-header-logo" href="https://jobs.lever.co/harrowgate">
<img alt="Harrowgate Cycles logo" src="https://lever-client-logos.s3.example/harrowgate.png"></a>
</div></div><div class="content-wrapper posting-page"><div class="content"><div class="section-wrapper accent-section page-full-width">
<div class="section page-centered posting-header"><div class="posting-headline"><h2>${lTitle}</h2><div class="posting-categories">
<div href="#" class="sort-by-time posting-category medium-category-label width-full capitalize-labels location">${lCats[0]}</div>
<div href="#" class="sort-by-team posting-category medium-category-label capitalize-labels department">${lCats[1]}</div>
<div href="#" class="sort-by-commitment posting-category medium-category-label capitalize-labels commitment">${lCats[2]}</div>
<div href="#" class="posting-category medium-category-label capitalize-labels workplaceTypes">${lCats[3]}</div></div></div>
<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit hex-color" href="https://jobs.lever.co/harrowgate/3f9c1e52/apply"
data-qa="btn-apply">Apply for this job</a></div></div></div><div class="section-wrapper page-full-width">
<div class="section page-centered" data-qa="job-description">${lIntro.map((p) => `<div>${p}</div><div><br></div>`).join('\n')}</div>
<div class="section page-centered"><h3>What you'll do</h3><ul class="posting-requirements plain-list"><ul>${lis(lDo)}</ul></ul></div>
<div class="section page-centered"><h3>What you'll bring</h3><ul class="posting-requirements plain-list"><ul>${lis(lHave)}</ul></ul></div>
<div class="section page-centered"><h3>What we offer</h3><ul class="posting-requirements plain-list"><ul>${lis(lOffer)}</ul></ul></div>
<div class="section page-centered" data-qa="closing-description"><div>${lClose}</div></div>
<div class="section page-centered last-section-apply" data-qa="btn-apply-bottom"><a class="postings-btn template-btn-submit hex-color"
href="https://jobs.lever.co/harrowgate/3f9c1e52/apply">Apply for this job</a></div></div></div></div>
<div class="main-footer page-full-width"><div class="main-footer-text page-centered">
<p><a href="https://harrowgatecycles.example">Harrowgate Cycles Home Page</a></p>
<a class="image-link" href="https://lever.co/job-seeker-support/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a>
</div></div><script src="https://jobs.lever.co/js/posting.js"></script></body></html>`;
const lever: TestPage = {
  name: 'heldout375-lever-posting',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ["What you'll do", "What you'll bring", 'What we offer'],
  body: texts([...lIntro, ...lDo, ...lHave, ...lOffer, lClose]),
  bylines: [],
  furniture: [...lCats, 'Apply for this job', 'Harrowgate Cycles Home Page', 'Jobs powered by'],
};

export const HELDOUT375_A: readonly TestPage[] = [greenhouse, lever];
