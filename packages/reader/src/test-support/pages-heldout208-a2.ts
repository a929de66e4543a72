import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 208, file a2: a Lever job posting (jobs.lever.co: the logo header, the posting headline as an h2 with its
 * location, team, commitment and workplace categories, the top and bottom "Apply for this job" buttons, the opening
 * description, the h3 list sections, the salary-range section, the closing description and the "Jobs powered by" footer).
 */
const lvTitle = 'Customer Success Manager, Mid-Market';
const lvCats = ['Denver, Colorado', 'Customer Experience – Success /', 'Full-time /', 'Hybrid'];
const lvIntro = [
  'Hollowbrook makes scheduling and route planning software for residential cleaning, landscaping and pest control companies. ' +
    'Our customers are businesses with between ten and two hundred field technicians, and most of them switched to us from a ' +
    'whiteboard, a shared calendar and a great deal of phoning around.',
  'We are hiring a Customer Success Manager to look after around sixty of our mid-market accounts. You will be the person they ' +
    'call when a new branch opens, when a season doubles their workload, or when something in the product is not doing what ' +
    'they need. This role sits in our Denver office three days a week.',
];
const lvH1 = 'What you’ll be doing';
const lvList1 = [
  'Run onboarding for new mid-market customers, from the kickoff call to their first full month of routes.',
  'Hold quarterly business reviews that show each customer what they are getting from Hollowbrook, with real numbers.',
  'Spot accounts at risk early, using product usage, support tickets and your own conversations, and act on it.',
  'Work with Sales on renewals and expansions, and bring what you hear from customers back to the product team.',
];
const lvH2 = 'What you’ll bring';
const lvList2 = [
  'Three or more years in customer success, account management or implementation at a software company.',
  'A book of business of at least forty accounts that you have managed on your own.',
  'The ability to explain a technical setting to an operations manager who is standing in a parking lot at 7am.',
  'Experience with field service businesses is welcome. Experience with Salesforce and Gainsight is useful.',
];
const lvH3 = 'Why Hollowbrook';
const lvList3 = [
  'Twenty days of paid time off, plus the week between Christmas and New Year.',
  'Medical, dental and vision cover starting on your first day.',
  'A yearly $1,000 learning budget and a paid day each quarter to use it.',
  'Lunch in the office on Tuesdays and Thursdays, and a dog-friendly floor.',
];
const lvSalary = '$78,000 - $96,000 a year';
const lvSalaryText = [
  'This range is the base salary for the role in Denver. The role also has a variable bonus of up to 10 percent tied to ' + 'retention of your accounts.',
];
const lvClosing = [
  'We know that people from under-represented groups are less likely to apply for a role unless they meet every requirement. ' +
    'If this role excites you but your background does not match every line above, we would still like to hear from you.',
  'Hollowbrook is proud to be an equal opportunity employer.',
];
const lvSection = (h: string, items: readonly string[]): string => `<div class="section page-centered"><h3>${h}</h3>
<ul class="posting-requirements plain-list"><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></ul></div>`;
const lvHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hollowbrook - Customer Success Manager, Mid-Market</title>
<meta name="twitter:card" value="summary"><meta name="twitter:title" content="Hollowbrook - Customer Success Manager, Mid-Market">
<meta name="twitter:description" content="Hollowbrook makes scheduling and route planning software for residential cleaning, landscaping and pest control
companies.">
<meta property="og:title" content="Hollowbrook - Customer Success Manager, Mid-Market"><meta property="og:url"
content="https://jobs.lever.co/hollowbrook/6f2b91c4-3d0e-4a7b-9b52-0e8d1c7a44f0"><meta property="og:image"
content="https://lever-client-logos.s3.us-west-2.amazonaws.example/hollowbrook-1698.png">
<link href="https://fonts.googleapis.example/css?family=Open+Sans:400,600,700" rel="stylesheet" type="text/css">
<link rel="stylesheet" href="/css/jobs-page.css?v=6a3f"><link rel="stylesheet" href="/hollowbrook/customCss.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"${lvTitle}","datePosted":"2025-10-30",
"hiringOrganization":{"@type":"Organization","name":"Hollowbrook"},"employmentType":"Full-time","jobLocation":{"@type":"Place","address":
{"@type":"PostalAddress","addressLocality":"Denver, Colorado"}},"baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue",
"minValue":78000,"maxValue":96000,"unitText":"YEAR"}}}</script></head>
<body class="show header-comp-logo"><div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section
page-full-width"><a class="main-header-logo" href="https://jobs.lever.co/hollowbrook"><img alt="Hollowbrook logo"
src="https://lever-client-logos.s3.us-west-2.amazonaws.example/hollowbrook-1698.png"></a></div></div>
<div class="content-wrapper posting-page"><div class="content"><div class="section-wrapper accent-section page-full-width">
<div class="section page-centered posting-header"><div class="posting-headline"><h2>${lvTitle}</h2><div class="posting-categories">
<div href="#" class="sort-by-time posting-category medium-category-label width-auto capitalize-labels location">${lvCats[0]}</div>
<div href="#" class="sort-by-team posting-category medium-category-label width-auto capitalize-labels department">${lvCats[1]}</div>
<div href="#" class="sort-by-commitment posting-category medium-category-label width-auto capitalize-labels commitment">${lvCats[2]}</div>
<div href="#" class="sort-by-commitment posting-category medium-category-label width-auto capitalize-labels workplaceTypes">${lvCats[3]}</div></div></div>
<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit hex-color"
href="https://jobs.lever.co/hollowbrook/6f2b91c4-3d0e-4a7b-9b52-0e8d1c7a44f0/apply" data-qa="btn-apply">Apply for this job</a></div></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">
${lvIntro.map((p) => `<div>${p}</div><div><br></div>`).join('\n')}</div>
${lvSection(lvH1, lvList1)}
${lvSection(lvH2, lvList2)}
${lvSection(lvH3, lvList3)}
<div class="section page-centered" data-qa="salary-range"><div><h4>${lvSalary}</h4></div><div>${lvSalaryText.map((p) => `<div>${p}</div>`).join('')}</div></div>
<div class="section page-centered" data-qa="closing-description">${lvClosing.map((p) => `<div>${p}</div>`).join('<div><br></div>')}</div>
<div class="section page-centered last-section-apply" data-qa="btn-apply-bottom"><a class="postings-btn template-btn-submit hex-color"
href="https://jobs.lever.co/hollowbrook/6f2b91c4-3d0e-4a7b-9b52-0e8d1c7a44f0/apply">Apply for this job</a></div></div></div></div>
<div class="main-footer page-full-width"><div class="main-footer-text page-centered"><p><a href="https://www.hollowbrook.example/">Hollowbrook Home Page</a></p>
<a class="image-link" href="https://lever.co/job-seeker-support/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a></div>
</div>
<script src="/js/jobs-page.js?v=6a3f"></script><script>window.leverJobsPageInit && window.leverJobsPageInit({"account":"hollowbrook"});</script>
</body></html>`;
export const leverPosting: TestPage = {
  html: lvHtml,
  name: 'heldout208-lever-job-posting',
  kind: 'blog',
  // the headline is Lever's h2; the categories under it, the apply buttons, the logo and the footer are furniture; the
  // salary range line (an h4) is in neither list, its note is body; no byline shows
  title: lvTitle,
  headings: [lvH1, lvH2, lvH3],
  body: texts([...lvIntro, ...lvList1, ...lvList2, ...lvList3, ...lvSalaryText, ...lvClosing]),
  bylines: [],
  furniture: [...lvCats, 'Apply for this job', 'Hollowbrook Home Page', 'Jobs powered by'],
};
