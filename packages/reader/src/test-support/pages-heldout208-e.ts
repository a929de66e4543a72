import { type TestPage, texts } from './page-kit.js';
import { usajobsAnnouncement } from './pages-heldout208-e2.js';

/**
 * Held-out batch 208, file e: a SmartRecruiters job ad (jobs.smartrecruiters.com: the company header with logo and "See all
 * jobs", the job title with its details list of location, type and remote flag, the "I'm interested" and "Refer a friend"
 * buttons, the Company Description, Job Description, Qualifications and Additional Information sections, the share links,
 * "Other jobs at" cards, the OneTrust cookie banner and the "Powered by SmartRecruiters" footer) and, from file e2, a
 * USAJOBS job announcement.
 */
const srTitle = 'Clinical Nurse Educator – Emergency Department';
const srDetails = ['Royal Oak, MI, USA', 'Full-time', 'On-site'];
const srH1 = 'Company Description';
const srP1 = [
  'Calder Ridge Health is a not-for-profit system of four hospitals and 31 outpatient clinics in southeast Michigan. Our 9,200 ' +
    'employees care for more than half a million patients each year, and our Royal Oak campus is a Level II trauma centre.',
];
const srH2 = 'Job Description';
const srP2 = [
  'Our emergency department sees around 78,000 visits a year, and more than a third of its nurses have been with us for less ' +
    'than two years. We are looking for a Clinical Nurse Educator to make sure every one of them is confident, competent and ' +
    'supported, from their first shift to their first year.',
  'Working closely with the ED nurse manager and charge nurses, you will:',
];
const srList1 = [
  'Plan and run orientation for newly hired ED nurses, including simulation sessions in our skills lab.',
  'Keep annual competencies up to date for a team of 140 nurses and technicians, and track completion.',
  'Teach at the bedside on day and night shifts, at least two shifts a week.',
  'Lead education when new equipment, protocols or documentation changes arrive.',
  'Support our nurse residency programme and mentor preceptors.',
];
const srH3 = 'Qualifications';
const srList2 = [
  'Current registered nurse licence in the State of Michigan.',
  'Bachelor of Science in Nursing required; Master of Science in Nursing preferred or in progress.',
  'At least three years of recent emergency nursing experience.',
  'Certified Emergency Nurse (CEN) within one year of hire.',
  'Current BLS, ACLS, PALS and TNCC certifications.',
  'Experience precepting or teaching adults.',
];
const srH4 = 'Additional Information';
const srP3 = [
  'This is a full-time, benefits-eligible position working mostly weekday hours, with two or more bedside teaching shifts a ' +
    'week that may include nights. The pay range is $41.20 to $58.75 per hour, depending on experience and certifications.',
  'Benefits start on day one and include medical, dental and vision coverage, a 403(b) with employer match, tuition ' +
    'reimbursement of up to $5,250 a year, and free parking on every campus.',
  'Calder Ridge Health is an equal opportunity employer. All your information will be kept confidential according to EEO guidelines.',
];
const srShare = ['Share', 'LinkedIn', 'Facebook', 'X', 'Email'];
const srOther = [
  ['Registered Nurse – Emergency Department, Nights', 'Royal Oak, MI, USA'],
  ['Trauma Program Coordinator', 'Royal Oak, MI, USA'],
  ['Nurse Residency Program Manager', 'Troy, MI, USA'],
];
const srCookie =
  'We use cookies and similar technologies to provide the best experience on our website, analyse usage and support our ' +
  'recruiting efforts. You can manage your preferences at any time.';
const srFoot = ['Privacy Policy', 'Cookie Notice', 'Accessibility', 'Job search powered by SmartRecruiters'];
const srSection = (id: string, h: string, inner: string): string => `<section id="st-${id}" class="job-section"><h2 class="title title--medium">${h}</h2>
<div itemprop="${id === 'companyDescription' ? 'hiringOrganization' : 'description'}" class="wysiwyg">${inner}</div></section>`;
const srPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const srUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const srHtml = `<!DOCTYPE html><html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8">
<title>Clinical Nurse Educator – Emergency Department | Calder Ridge Health | SmartRecruiters</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${srP2[0]?.slice(0, 150)}">
<meta property="og:title" content="${srTitle}"><meta property="og:site_name" content="SmartRecruiters">
<meta property="og:url" content="https://jobs.smartrecruiters.com/CalderRidgeHealth/744000092318245-clinical-nurse-educator-emergency-department">
<link rel="stylesheet" href="https://c.smartrecruiters.example/sr-jobad/css/main-4a8c1d.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"${srTitle}","datePosted":"2025-10-31",
"hiringOrganization":{"@type":"Organization","name":"Calder Ridge Health"},"employmentType":"FULL_TIME","jobLocation":{"@type":"Place",
"address":{"@type":"PostalAddress","addressLocality":"Royal Oak","addressRegion":"MI","addressCountry":"US"}}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="3c2e9a41-sr"></script></head>
<body class="jobad"><div class="wrapper"><header class="header"><div class="header-wrapper"><a class="header-logo" href="https://careers.calderridge.example">
<img src="https://c.smartrecruiters.example/sr-company-logo-prod/calder.png" alt="Calder Ridge Health logo" class="header-logo-img"></a>
<a href="https://jobs.smartrecruiters.com/CalderRidgeHealth" class="link--default header-link">See all jobs</a></div></header>
<main class="jobad-main job" itemscope itemtype="http://schema.org/JobPosting"><div class="job-header"><div class="job-sections">
<h1 class="job-title" itemprop="title">${srTitle}</h1><ul class="job-details">
<li class="job-detail"><spl-job-location class="job-detail-location" formattedaddress="${srDetails[0]}"><span itemprop="jobLocation">${srDetails[0]}</span>
</spl-job-location></li>
<li class="job-detail"><span itemprop="employmentType">${srDetails[1]}</span></li><li class="job-detail"><span>${srDetails[2]}</span></li></ul>
<div class="job-apply"><a class="button button--primary js-oneclick"
href="https://jobs.smartrecruiters.com/oneclick-ui/company/CalderRidgeHealth/publication/7f1c"
id="st-apply">I'm interested</a><a class="button button--default js-refer" href="https://jobs.smartrecruiters.com/refer/744000092318245"
id="st-refer">Refer a friend</a></div></div></div>
<div class="job-sections">
${srSection('companyDescription', srH1, srPs(srP1))}
${srSection('jobDescription', srH2, `${srPs(srP2)}\n${srUl(srList1)}`)}
${srSection('qualifications', srH3, srUl(srList2))}
${srSection('additionalInformation', srH4, srPs(srP3))}
</div><div class="job-share"><h3 class="title title--small">${srShare[0]}</h3><ul class="social-share">${srShare
  .slice(1)
  .map((s) => `<li><a href="#" class="social-share-link" data-network="${s.toLowerCase()}">${s}</a></li>`)
  .join('')}</ul></div>
<aside class="job-other"><h2 class="title title--medium">Other jobs at Calder Ridge Health</h2><ul class="job-list">${srOther
  .map(([t, l]) => `<li class="job-list-item"><a href="/CalderRidgeHealth/${(t ?? '').length}"><h4 class="job-list-title">${t}</h4><p>${l}</p></a></li>`)
  .join('\n')}</ul><a class="link--default" href="https://jobs.smartrecruiters.com/CalderRidgeHealth">See all jobs</a></aside></main>
<footer class="footer"><ul class="footer-list">${srFoot.map((t) => `<li><a href="https://www.smartrecruiters.com/${t.length}">${t}</a></li>`).join('')}</ul>
</footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">${srCookie}</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://c.smartrecruiters.example/sr-jobad/js/main-4a8c1d.js"></script></body></html>`;
const smartRecruiters: TestPage = {
  html: srHtml,
  name: 'heldout208-smartrecruiters-job-posting',
  kind: 'blog',
  // SmartRecruiters' fixed section titles are the headings and all four sections are body (the company description and
  // the EEO line included); the details list, apply and refer buttons, share links, other jobs, cookie banner and footer
  // are furniture; no date or author shows
  title: srTitle,
  headings: [srH1, srH2, srH3, srH4],
  body: texts([...srP1, ...srP2, ...srList1, ...srList2, ...srP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'See all jobs', ...srDetails, "I'm interested", 'Refer a friend', ...srShare, 'Other jobs at Calder Ridge Health', ...srOther.map(([t]) => t ?? ''),
    'Troy, MI, USA', 'Your privacy', srCookie, 'Cookies Settings', 'Reject All', 'Accept All Cookies', ...srFoot,
  ],
};

export const HELDOUT208_E: readonly TestPage[] = [smartRecruiters, usajobsAnnouncement];
