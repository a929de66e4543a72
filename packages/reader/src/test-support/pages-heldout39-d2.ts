import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 39, file d2: a Greenhouse job posting on the hosted job board (job-boards.greenhouse.io/…/jobs/…: the
 * company logo, "Back to jobs", the title with its location and the Apply button, the description in a div.job__description
 * whose section heads are bold paragraphs, bullet lists, the company's equal-opportunity paragraph, the pay-transparency
 * box, the application form with its labels, upload buttons, select prompts and the voluntary self-identification block,
 * "Powered by Greenhouse", the privacy link, JSON-LD JobPosting and the Remix context script).
 */
const ghTitle = 'Senior Data Engineer, Grid Forecasting';
const ghHeads = ['About Solvane', 'The role', 'What you’ll do', 'What we’re looking for', 'Compensation and benefits'];
const ghAbout = [
  'Solvane builds forecasting software for electricity grid operators. Our models predict demand, rooftop solar output and line ' +
    'congestion from a few hours to several days ahead, and utilities in nine US states and two Canadian provinces use them to ' +
    'decide how much power to buy and where to send it.',
  'We are a team of 74 people, about half of them engineers and scientists, and we have worked remotely since the company was ' + 'founded in 2019.',
];
const ghRole = [
  'As a Senior Data Engineer on the Grid Forecasting team, you will own the pipelines that bring weather, meter and market data ' +
    'into our forecasting platform. Much of that data arrives late, out of order or in formats that change without notice, and ' +
    'keeping it trustworthy is the most important job on the team.',
];
const ghDo = [
  'Design and run the batch and streaming pipelines that ingest data from more than 40 utilities and weather providers.',
  'Build checks that catch missing, duplicated or implausible readings before they reach a model.',
  'Work with forecasting scientists to turn research features into production jobs.',
  'Improve the cost and reliability of our data platform, which today runs on Python, Spark, Kafka and Postgres on AWS.',
  'Take part in a shared on-call rotation, about one week in eight.',
];
const ghWant = [
  'Five or more years building and operating data pipelines in production.',
  'Strong Python and SQL, and experience with at least one distributed processing framework.',
  'A habit of writing things down: design notes, runbooks and pull requests that explain themselves.',
  'Experience with time-series or energy data is a plus but not required.',
];
const ghComp =
  'The base salary range for this role is $158,000 to $186,000 in the US and CA$170,000 to CA$200,000 in Canada, depending on ' +
  'experience and location. We also offer equity, 20 days of paid time off plus public holidays, a home-office budget and 16 ' +
  'weeks of paid parental leave.';
const ghEeo =
  'Solvane is an equal opportunity employer. We consider all qualified applicants without regard to race, colour, religion, sex, ' +
  'sexual orientation, gender identity, national origin, disability or veteran status.';
const ghFields = [
  'First Name',
  'Last Name',
  'Preferred First Name',
  'Email',
  'Phone',
  'Location (City)',
  'Resume/CV',
  'Cover Letter',
  'LinkedIn Profile',
  'Are you legally authorized to work in the country where you would be based?',
  'Will you now or in the future require visa sponsorship?',
];
const ghEeoc = [
  'Voluntary Self-Identification',
  'We invite applicants to answer the questions below so that we can report on the fairness of our hiring process. Answering is ' +
    'optional, and your answers are kept apart from your application and are never seen by the people who assess it.',
  'Gender',
  'Are you Hispanic/Latino?',
  'Veteran Status',
  'Disability Status',
];
const ghReq = new Set(['First Name', 'Last Name', 'Email', 'Resume/CV', ghFields[9], ghFields[10]]);
const ghField = (label: string, i: number) => {
  const req = ghReq.has(label);
  const lab = `<label id="q${i}-label" for="q${i}" class="label">${label}${req ? '<span aria-hidden="true">*</span>' : ''}</label>`;
  if (label === 'Resume/CV' || label === 'Cover Letter')
    return (
      `<div class="file-upload" role="group" aria-labelledby="q${i}-label">${lab}<div class="file-upload__wrapper"><button class="btn btn--pill">Attach` +
      `</button><button class="btn btn--pill">Dropbox</button><button class="btn btn--pill">Google Drive</button><button class="btn btn--pill">Enter manually` +
      `</button></div><p class="file-upload__filetypes">Accepted file types: pdf, doc, docx, txt, rtf</p></div>`
    );
  if (i >= 9)
    return `<div class="select">${lab}<div class="select__container"><div class="select__placeholder">Select...</div><input id="q${i}"
role="combobox"></div></div>`;
  return `<div class="input-wrapper">${lab}<input id="q${i}" type="text" class="input input__single-line" aria-required="${req}"></div>`;
};
const ghStrong = (h: string) => `<p><strong>${h}</strong></p>`;
const ghHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Job Application for ${ghTitle} at Solvane Energy</title><meta property="og:title" content="${ghTitle}">
<meta property="og:description" content="Remote (US or Canada)"><link rel="stylesheet" href="https://job-boards.cdn.greenhouse.io/assets/root-Bq2x8f.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"${ghTitle}","datePosted":"2026-01-27",
"hiringOrganization":{"@type":"Organization","name":"Solvane Energy"},"jobLocationType":"TELECOMMUTE","employmentType":"FULL_TIME",
"baseSalary":
{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":158000,"maxValue":186000,"unitText":"YEAR"}}}</script></head>
<body><div class="job-board-wrapper"><main class="main font-secondary job-board--solvane"><div class="logo-container"><a href="https://solvane.example">
<img class="logo" src="https://s4-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/812/600/resized/solvane.png" alt="Solvane Energy
Logo"></a></div>
<div class="job__header"><a class="back-link" href="https://job-boards.greenhouse.io/solvane"><svg aria-hidden="true" class="svg-icon"></svg>Back to jobs</a>
<div class="job__title"><h1 class="section-header section-header--large font-primary">${ghTitle}</h1><div class="job__location"><svg aria-hidden="true"></svg>
<div>Remote (US or Canada)</div></div></div><div class="job__header-actions"><button class="btn btn--pill" aria-label="Apply">Apply</button></div></div>
<div class="job__description body"><div>
${ghStrong(ghHeads[0] ?? '')}
${ghAbout.map((p) => `<p>${p}</p>`).join('\n')}
<p>&nbsp;</p>${ghStrong(ghHeads[1] ?? '')}
<p>${ghRole[0]}</p>
${ghStrong(ghHeads[2] ?? '')}
<ul>${ghDo.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ghStrong(ghHeads[3] ?? '')}
<ul>${ghWant.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ghStrong(ghHeads[4] ?? '')}
<p>${ghComp}</p>
<p>&nbsp;</p><p><em>${ghEeo}</em></p></div>
<div class="pay-transparency"><div class="pay-range"><div class="title">US Base Salary</div><div class="description"></div><span>$158,000</span><span
class="divider">—</span>
<span>$186,000 USD</span></div><div class="pay-range"><div class="title">Canada Base Salary</div><span>$170,000</span><span
class="divider">—</span><span>$200,000 CAD</span>
</div></div></div>
<div class="application--container"><div class="application--header"><h2 class="section-header section-header--large font-primary">Apply for this job</h2>
<div class="application--header--required"><span aria-hidden="true">*</span> indicates a required field</div></div>
<form id="application-form" class="application--form" novalidate><div class="application--questions">${ghFields.map(ghField).join('\n')}</div>
<div class="eeoc__container"><h3 class="section-header section-header--medium">${ghEeoc[0]}</h3><p class="eeoc__description">${ghEeoc[1]}</p>
${ghEeoc
  .slice(2)
  .map(
    (l, i) =>
      `<div class="select"><label id="e${i}-label" class="label">${l}</label><div class="select__container"><div
class="select__placeholder">Select...</div></div></div>`,
  )
  .join('\n')}</div>
<div class="application--submit"><button type="submit" class="btn btn--pill">Submit application</button></div></form></div></main>
<footer class="footer"><div class="footer__container"><a href="https://www.greenhouse.com/" class="footer__link">Powered by<img
src="https://job-boards.cdn.greenhouse.io/assets/greenhouse-logo.svg" alt="Greenhouse logo" class="footer__logo"></a><div class="footer__links"><a
href="https://www.greenhouse.com/privacy-policy" class="link">Read our Privacy Policy</a></div></div></footer></div>
<script>window.__remixContext = {"url":"/solvane/jobs/5718204004","state":{"loaderData":{"routes/$url_token_.jobs_.$job_post_id":{"jobPost":{"id":5718204004,
"title":"${ghTitle}","company_name":"Solvane Energy","job_post_location":"Remote (US or Canada)","published_at":"2026-01-27T14:05:11-05:00"}}}}};</script>
</body></html>`;
export const greenhouseJob: TestPage = {
  html: ghHtml,
  name: 'heldout39-greenhouse-job-posting',
  kind: 'blog',
  // the job description is the article: the bold-paragraph section heads are its headings (they are the description's
  // only headings, set as <p><strong> by the board's editor), the paragraphs and list items body, "About Solvane" included
  // (it opens the posting); the closing equal-opportunity paragraph is the company's legal boilerplate on every posting:
  // furniture, as a press release's "About" block is; the location line and the pay-transparency box (the same figures as
  // the body's salary sentence, in a template box) are furniture; the page has no author or date line (the posting date is
  // only in JSON-LD and the script): no bylines; the form labels, placeholders, upload buttons, file-type note, the
  // self-identification block, "Back to jobs", Apply, the footer and "Powered by" are furniture; the required marks "*" and
  // the box's lower bounds "$158,000" and "$170,000" (numbers of the salary sentence) are left out
  title: ghTitle,
  headings: ghHeads,
  body: [...ghAbout, ...ghRole, ...ghDo, ...ghWant, ghComp],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Back to jobs', 'Remote (US or Canada)', 'Apply', ghEeo, 'US Base Salary', '$186,000 USD', 'Canada Base Salary',
    '$200,000 CAD', 'Apply for this job', 'indicates a required field', ...ghFields, 'Attach', 'Dropbox', 'Google Drive', 'Enter manually',
    'Accepted file types: pdf, doc, docx, txt, rtf', 'Select...', ...ghEeoc, 'Submit application', 'Powered by', 'Read our Privacy Policy',
  ],
};
