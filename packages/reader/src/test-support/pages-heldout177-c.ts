import { links, type TestPage, texts } from './page-kit.js';
import { productHunt } from './pages-heldout177-c2.js';

/**
 * Held-out batch 177, file c: an Indeed job posting (viewjob) as a signed-out visitor saves it (the gnav with "Find jobs",
 * "Company reviews", "Salary guide", "Sign in" and "Employers / Post Job", the job header h1 with its visually hidden
 * " - job post" suffix, company link and star rating, location and pay line, "Apply now" and the save / share buttons,
 * "Profile insights", "Job details" with pay, type and schedule, "Benefits" pulled from the description, the
 * "Full job description" block with bold labels and lists, "Report job", the "Hiring insights" and "Job activity" lines,
 * the "People also searched" chips, the Google one-tap prompt, the footer and the consent banner) and, from file c2, a
 * Product Hunt launch page.
 */
const inTitle = 'Veterinary Technician - Full Time';
const inLabels = ['About us', 'Responsibilities', 'Qualifications', 'Schedule'] as const;
const inIntro = [
  'Riverbend Animal Hospital is an independent, AAHA-accredited small animal practice that has cared for pets in Cedar Falls ' +
    'since 1994. We are a team of six veterinarians and twenty support staff, and we see everything from puppy visits to ' +
    'complex surgery. We are looking for a credentialed or experienced veterinary technician to join our treatment team.',
];
const inAbout = [
  'We believe good medicine comes from a team that is not exhausted. We keep appointment slots long enough to do things ' +
    'properly, schedule a technician for every doctor, and close on Sundays. Our newest surgical suite and digital radiography ' +
    'were added in 2024, and we pay for continuing education every year.',
  'Technicians here are trusted to use their skills. You will run your own dental cleanings, manage anaesthesia from induction ' +
    'to recovery, and have a say in how the treatment room works. Two of our senior technicians started with us as students.',
];
const inResp = [
  'Monitor anaesthesia and assist with surgical and dental procedures.',
  'Place IV catheters, draw blood, run in-house lab work and take radiographs.',
  'Triage walk-in and emergency patients and keep the doctor informed.',
  'Explain discharge and home-care instructions to clients clearly and kindly.',
  'Help train veterinary assistants and technician students on externship.',
];
const inQual = [
  'Credentialed Veterinary Technician (CVT/LVT/RVT) preferred; at least two years of clinical experience considered in place of credentials.',
  'Confident with anaesthesia monitoring and venipuncture on cats and dogs.',
  'Calm under pressure and able to lift 40 pounds with assistance.',
];
const inSched = [
  'Four ten-hour shifts per week, rotating one Saturday a month. No on-call and no overnight shifts. We can discuss a three ' +
    'twelve-hour schedule for the right candidate.',
  'Pay is based on credentials and experience. Please include a short note about the kind of medicine you enjoy most.',
  'To apply, send your resume and the names of two references. We interview on site and invite shortlisted candidates to a ' +
    'paid working interview of half a day, so you can meet the team and see how we work before you decide.',
];
const inNav = ['Find jobs', 'Company reviews', 'Salary guide', 'Sign in', 'Employers / Post Job'];
const inDetails = [
  ['Pay', '$21 - $27 an hour'],
  ['Job type', 'Full-time'],
  ['Shift and schedule', '10 hour shift', 'Day shift', 'Weekends as needed'],
];
const inBenefits = [
  '401(k) matching',
  'Continuing education credits',
  'Dental insurance',
  'Employee discount',
  'Health insurance',
  'Paid time off',
  'Uniform allowance',
];
const inSearches = ['Veterinary technician jobs', 'Jobs at Riverbend Animal Hospital', 'Salaries in Cedar Falls, IA'];
const inFoot = [
  'Hiring Lab',
  'Career advice',
  'Browse jobs',
  'Browse companies',
  'Salaries',
  'Indeed Events',
  'Work at Indeed',
  'Countries',
  'About',
  'Help',
  'ESG at Indeed',
  'Your Privacy Choices',
  'Accessibility at Indeed',
  'Privacy Center and Ad Choices',
  'Terms',
];
const inCookie = 'Indeed uses cookies and similar technologies to improve your experience. Learn more in our Cookie Policy.';
const inB = (t: string): string => `<p><b>${t}</b></p>`;
const inUl = (items: readonly string[]): string => `<ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const inHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Veterinary Technician - Full Time - Cedar Falls, IA 50613 - Indeed.com</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<meta name="description" content="Riverbend Animal Hospital is an independent, AAHA-accredited small animal practice. Posted 3 days ago.">
<meta property="og:title" content="Veterinary Technician - Full Time"><meta property="og:site_name" content="Indeed">
<link rel="canonical" href="https://www.indeed.com/viewjob?jk=7d2c9a41e0f35b86">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"JobPosting","title":"${inTitle}","datePosted":"2025-11-04",
"hiringOrganization":{"@type":"Organization","name":"Riverbend Animal Hospital"},"baseSalary":{"@type":"MonetaryAmount","currency":"USD"}}</script>
<script>window._initialData={"jobKey":"7d2c9a41e0f35b86","isSyncJobs":false};</script>
<link rel="stylesheet" href="https://www.indeed.example/jobsearch-css/viewjob/8f21.css"></head>
<body class="jobsearch-ViewJobLayout"><div id="viewJobSSRRoot"><a class="skip-link" href="#jobsearch-ViewjobPaneWrapper">Skip to main content</a>
<header id="gnav-main-container" class="gnav"><nav role="navigation" aria-label="Main"><a href="/" aria-label="Indeed Home">
<span class="visually-hidden">Indeed Home</span></a><ul class="gnav-left">${links(inNav.slice(0, 3), 'gnav-item')}</ul>
<ul class="gnav-right">${links(inNav.slice(3), 'gnav-item')}</ul></nav></header>
<main id="jobsearch-ViewjobPaneWrapper" class="jobsearch-ViewJobLayout-content"><div class="jobsearch-JobComponent">
<div class="jobsearch-InfoHeaderContainer"><div class="jobsearch-JobInfoHeader-title-container">
<h1 class="jobsearch-JobInfoHeader-title css-1b4cr5z e1tiznh50" data-testid="jobsearch-JobInfoHeader-title"><span>${inTitle}</span>
<span class="css-1b6omqv esbq1260"><span class="visually-hidden"> - job post</span></span></h1></div>
<div data-testid="jobsearch-CompanyInfoContainer"><div data-company-name="true" data-testid="inlineHeader-companyName">
<a href="https://www.indeed.com/cmp/Riverbend-Animal-Hospital">Riverbend Animal Hospital</a></div>
<span class="css-ppxtlp" aria-label="4.3 out of 5 stars">4.3</span>
<div data-testid="inlineHeader-companyLocation"><div>Cedar Falls, IA 50613</div></div></div>
<div id="salaryInfoAndJobType"><span class="css-19j1a75">$21 - $27 an hour</span><span class="css-k5flys"> - Full-time</span></div>
<div id="jobsearch-ViewJobButtons-container"><button id="indeedApplyButton" class="css-t8wchy">Apply now</button>
<button aria-label="Save this job">Save</button><button aria-label="Share this job">Share</button></div></div>
<div id="mosaic-aboveFullJobDescription"><div class="js-match-insights-provider"><h2>Profile insights</h2>
<p>Find out how your skills align with the job description</p></div></div>
<div id="jobDetailsSection"><h2>Job details</h2><p class="css-1wwi2ar">Here’s how the job details align with your profile.</p>
${inDetails
  .map(
    (d) =>
      `<div role="group" aria-label="${d[0]}"><h3>${d[0]}</h3><ul>${d
        .slice(1)
        .map((t) => `<li><div>${t}</div></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}
</div><div id="benefits" data-testid="benefits-test"><h2>Benefits</h2><div class="css-eynugf">Pulled from the full job description</div>
<ul>${inBenefits.map((t) => `<li>${t}</li>`).join('')}</ul><button aria-expanded="false">Show more</button></div>
<div class="jobsearch-JobComponent-description"><h2 class="jobSectionHeader">Full job description</h2>
<div id="jobDescriptionText" class="jobsearch-jobDescriptionText jobsearch-JobComponent-description css-16y4thd eu4oa1w0">
<p>${inIntro[0]}</p>${inB(inLabels[0])}${inAbout.map((p) => `<p>${p}</p>`).join('')}${inB(inLabels[1])}${inUl(inResp)}${inB(inLabels[2])}${inUl(inQual)}
${inB(inLabels[3])}${inSched.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div id="mosaic-belowFullJobDescription"></div><div class="jobsearch-ReportJobContainer"><button>Report job</button></div>
<div id="hiringInsightsSectionRoot"><h2>Hiring insights</h2><p>Job activity</p><ul><li>Posted 3 days ago</li><li>Employer responded to 75% or more
applications in the past 30 days, typically within 3 days.</li></ul></div></div>
<div id="relatedLinks"><h2>People also searched:</h2><ul>${links(inSearches, 'css-1c1gfxz')}</ul></div></main>
<div id="google-one-tap" aria-hidden="true" style="display:none"><p>Sign in to Indeed with Google</p><button>Continue as guest</button></div>
<footer class="icl-GlobalFooter"><ul>${links(inFoot, 'icl-GlobalFooter-item')}</ul><p>© 2025 Indeed</p></footer>
<div id="CookiePrivacyNotice" role="region" aria-label="Cookie Policy notice"><p>${inCookie}</p><button>Ok</button></div>
</div><script src="https://www.indeed.example/s/viewjob/1c83.js" defer></script></body></html>`;
const indeed: TestPage = {
  html: inHtml,
  name: 'heldout177-indeed-job-posting',
  kind: 'blog',
  // the title is the h1's visible text (its visually hidden " - job post" is furniture); the bold label paragraphs of the
  // description are its headings; the company name and "Posted 3 days ago" are bylines; job details and benefits (drawn
  // from the description by the platform), insights and chips are furniture
  title: inTitle,
  headings: [...inLabels],
  body: texts([...inIntro, ...inAbout, ...inResp, ...inQual, ...inSched]),
  bylines: ['Riverbend Animal Hospital', 'Posted 3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Indeed Home', ...inNav, '- job post', '4.3', 'Cedar Falls, IA 50613', '- Full-time', 'Apply now', 'Save', 'Share',
    'Profile insights', 'Find out how your skills align with the job description', 'Job details', 'Here’s how the job details align with your profile.',
    ...inDetails.flat(), 'Benefits', 'Pulled from the full job description', ...inBenefits, 'Show more', 'Full job description', 'Report job',
    'Hiring insights', 'Job activity', 'Employer responded to 75% or more applications in the past 30 days, typically within 3 days.',
    'People also searched:', ...inSearches, 'Sign in to Indeed with Google', 'Continue as guest', ...inFoot, '© 2025 Indeed', inCookie, 'Ok',
  ],
};

export const HELDOUT177_C: readonly TestPage[] = [indeed, productHunt];
