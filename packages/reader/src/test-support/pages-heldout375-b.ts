import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, jobLd, lis } from './pages-heldout375-kit.js';

/**
 * Held-out batch 375, file b: a Workday job page as saved from the single-page app (data-automation-id attributes and
 * generated css- classes, the title in an h2, section labels written as bold paragraphs, the job facts list with its
 * screen-reader labels, "Similar Jobs", the cookie dialog and the Workday footer) and a SmartRecruiters posting
 * (company / job description / qualifications / additional information sections, job details with icons, "I'm
 * interested" and "Refer a friend", share links, the consent banner and the "Powered by SmartRecruiters" footer).
 */
const wTitle = 'Clinical Pharmacist – Oncology (Nights)';
const wSum = [
  j(
    'Brackenridge Health is a not-for-profit health system of four hospitals and thirty clinics across the Marlow Valley. Our cancer centre',
    'at Marlow Ridge Medical Center treats around 2,400 new patients a year and runs a 28-bed inpatient oncology unit.',
  ),
  j(
    'The night clinical pharmacist verifies and monitors medication orders for the oncology unit and the emergency department between',
    '7 p.m. and 7:30 a.m., working three or four nights a week on a rotating schedule. You will be the only pharmacist on site overnight,',
    'supported by two pharmacy technicians and an on-call oncology pharmacist by phone.',
  ),
];
const wResp = [
  'Review and verify medication orders, including chemotherapy protocols, against patient weight, laboratory values and treatment plan',
  'Check doses of high-alert medications and intervene with prescribers when a dose, route or interaction needs attention',
  'Respond to codes and rapid-response calls and prepare emergency medications as part of the resuscitation team',
  'Supervise sterile compounding by technicians and perform the final check of every hazardous preparation',
  'Document interventions in the electronic record and hand over open issues to the day team at 7:30 a.m.',
];
const wQual = [
  'Doctor of Pharmacy degree from an accredited school of pharmacy',
  'Current pharmacist licence in the state, or eligibility to obtain one before your start date',
  'PGY-1 residency or two years of hospital pharmacy experience; oncology experience is preferred but not required',
  'Board certification in oncology pharmacy (BCOP) within three years of hire, with exam fees paid by Brackenridge Health',
];
const wPay = [
  j(
    'The pay range for this position is $62.40 to $78.15 an hour, plus a night differential of $6.50 an hour. The rate offered depends on',
    'experience and certification. Full-time roles include medical, dental and vision coverage, a 403(b) plan with a 5 per cent match and',
    'paid time off that starts accruing from your first shift.',
  ),
  j(
    'Brackenridge Health is an equal opportunity employer and considers all qualified applicants without regard to race, colour, religion,',
    'sex, sexual orientation, gender identity, national origin, disability or veteran status.',
  ),
];
const wLabels = ['Position Summary', 'Essential Responsibilities', 'Qualifications', 'Pay and Benefits'];
const wSimilar = ['Clinical Pharmacist – Emergency Department', 'Pharmacy Technician II – Sterile Compounding', 'Oncology Nurse Navigator'];
const wFact = (id: string, label: string, value: string): string => `<div data-automation-id="${id}" class="css-k008qs"><dl>
<dt class="css-y8qsrx">${label}</dt><dd class="css-129m7dg">${value}</dd></dl></div>`;
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${wTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${wTitle}">
<meta property="og:description" content="Brackenridge Health is a not-for-profit health system of four hospitals and thirty clinics across the Marlow Valley.">
<meta property="og:image" content="https://brackenridge.wd1.myworkdayjobs.example/Brackenridge_Careers/assets/logo">
<link rel="canonical" href="https://brackenridge.wd1.myworkdayjobs.com/en-US/Brackenridge_Careers/job/Marlow-Ridge-Medical-Center/R-0048812">
${jobLd({ title: wTitle, datePosted: '2026-02-27', identifier: { '@type': 'PropertyValue', value: 'R-0048812' }, employmentType: 'FULL_TIME' })}
<script>window.workday = window.workday || {}; workday.clientOrigin = "https://brackenridge.wd1.myworkdayjobs.com"; workday.tenant = "brackenridge";
workday.siteId = "Brackenridge_Careers"; workday.locale = "en-US";</script>
<style data-emotion="css" data-s="">.css-1q2dra3{display:flex;}.css-y8qsrx{position:absolute;clip:rect(0 0 0 0);}</style></head>
<body><div id="root"><div data-automation-id="cookieBanner" class="css-1t5g8yq" role="dialog" aria-label="Cookie Consent">
<div class="css-6wjhsc"><p data-automation-id="cookieBannerText">This site uses cookies to enhance your experience and to analyse site traffic.</p>
<button data-automation-id="legalNoticeAcceptButton" class="css-1bm6o7p">Accept Cookies</button>
<button data-automation-id="legalNoticeDeclineButton" class="css-1bm6o7p">Customize Cookie Settings</button></div></div>
<a data-automation-id="skipToMainContent" href="#mainContent" class="css-1tonx3u">Skip to main content</a>
<header data-automation-id="header" class="css-1q2dra3"><a data-automation-id="logoLink" href="/en-US/Brackenridge_Careers">
<img data-automation-id="logoImage" alt="Brackenridge Health" src="/Brackenridge_Careers/assets/logo"></a><nav class="css-1cmzpl0">
<button data-automation-id="navigationItem-Search for Jobs" class="css-16ylfo4">Search for Jobs</button></nav><div class="css-g9cjw8">
<button data-automation-id="utilityButtonSignIn" class="css-1eqpx8d">Sign In</button>
<button data-automation-id="languageButton" class="css-1eqpx8d" aria-label="Language">English</button></div></header>
<main id="mainContent" class="css-1yzdjvr"><div data-automation-id="jobPostingPage" class="css-19ddldm"><div class="css-1i27f3a">
<div data-automation-id="job-posting-details" class="css-11p01j8"><div class="css-1dbp6pb">
<h2 data-automation-id="jobPostingHeader" class="css-1j389vi">${wTitle}</h2></div>
<div class="css-1bs3gwz"><a data-automation-id="adventureButton" role="button" class="css-1xa4l4h" href="/apply">Apply</a></div>
<div class="css-1xbkpyh">${wFact('locations', 'locations', 'Marlow Ridge Campus')}${wFact('time', 'time type', 'Full time')}
${wFact('postedOn', 'posted on', 'Posted 5 Days Ago')}${wFact('requisitionId', 'job requisition id', 'R-0048812')}</div>
<div data-automation-id="jobPostingDescription" class="css-oplht1"><p><b>${wLabels[0]}</b></p>${ps(wSum)}
<p><b>${wLabels[1]}</b></p><ul>${lis(wResp)}</ul><p><b>${wLabels[2]}</b></p><ul>${lis(wQual)}</ul>
<p><b>${wLabels[3]}</b></p>${ps(wPay)}</div></div></div>
<div data-automation-id="similarJobs" class="css-1m7q5fy"><h3 class="css-xoxsjh">Similar Jobs (3)</h3>
<ul class="css-1h4yyor">${links(wSimilar, 'css-1q2dra3')}</ul></div>
<div data-automation-id="jobAlerts" class="css-kyg8or"><h3 class="css-xoxsjh">Job Alerts</h3>
<p class="css-9uy14r">Get notified when new jobs like this one are posted.</p><button class="css-1bm6o7p">Create Job Alert</button></div>
</div></main><footer data-automation-id="footerContainer" class="css-1ij7fki"><div data-automation-id="footerSocialIcons" class="css-12ki2ix">
<span class="css-1pfqgl0">Follow Us</span></div><ul class="css-w4i64s">${links(['Privacy Policy', 'Accessibility', 'Cookie Preferences'])}</ul>
<p data-automation-id="copyrightText" class="css-1kidm6l">© 2026 Workday, Inc. All rights reserved.</p></footer></div>
<script src="https://wd1.myworkdaysite.example/wday/asset/uic-core/main.7f1d0b.js"></script></body></html>`;
const workday: TestPage = {
  name: 'heldout375-workday-job-page',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wLabels,
  body: texts([...wSum, ...wResp, ...wQual, ...wPay]),
  bylines: ['Posted 5 Days Ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to enhance your experience and to analyse site traffic.', 'Accept Cookies', 'Customize Cookie Settings',
    'Skip to main content', 'Search for Jobs', 'Sign In', 'English', 'Apply', 'locations', 'Marlow Ridge Campus', 'time type', 'Full time',
    'posted on', 'job requisition id', 'R-0048812', 'Similar Jobs (3)', ...wSimilar, 'Job Alerts', 'Get notified when new jobs like this one are posted.',
    'Create Job Alert', 'Follow Us', 'Privacy Policy', 'Accessibility', 'Cookie Preferences', '© 2026 Workday, Inc. All rights reserved.',
  ],
};

const sTitle = 'Front Office Manager – The Causeway Hotel';
const sCompany = [
  j(
    'Pellham & Rowe Hotels runs six independent hotels on the coasts of Cornwall and Devon, each with its own character and its own kitchen.',
    'The Causeway Hotel in Portlow has 64 rooms, a harbour-view restaurant and a small spa, and reopened last spring after a full',
    'refurbishment.',
  ),
];
const sJob = [
  j(
    'As Front Office Manager you will lead the reception, reservations and concierge team of fourteen and make sure every guest is',
    'welcomed, informed and checked out without a queue. You will report to the General Manager and sit on the hotel’s leadership team.',
  ),
  j(
    'The role combines leading people with running the numbers. You will own room availability and rates together with our group revenue',
    'manager, and you will be the person who decides what happens on the nights when the hotel is overbooked.',
  ),
];
const sDuties = [
  'Lead, schedule and train the front office team, including a weekend duty manager rota shared with the other heads of department',
  'Handle guest complaints that reach the desk and follow them through to a resolution the same day',
  'Manage room allocation, upgrades and group bookings in our property management system',
  'Prepare the weekly forecast of occupancy and average room rate for the General Manager',
  'Work with housekeeping so that rooms are released on time for early arrivals',
];
const sQual = [
  'At least two years as an assistant front office manager or in a similar supervisory role in a hotel',
  'Experience with a property management system such as Opera, Mews or Guestline',
  'A confident manner on the phone and in person, including with guests who are upset',
  'Flexibility to work evenings, weekends and bank holidays as the rota requires',
];
const sAdd = [
  j(
    'The salary for this role is £34,000 to £37,000 a year depending on experience, plus a share of the hotel’s service charge. You',
    'will receive 28 days of holiday, meals on duty, discounted stays across the group and a paid day off on your birthday.',
  ),
  j(
    'Staff accommodation in Portlow is available for the first three months if you are relocating. Interviews will take place at the',
    'hotel, and we will reimburse reasonable travel costs for the second interview.',
  ),
];
const sSecs = ['Company Description', 'Job Description', 'Qualifications', 'Additional Information'];
const sSec = (id: string, h: string, inner: string): string => `<section id="st-${id}" class="job-section">
<h2 class="title title--section">${h}</h2><div class="wysiwyg" itemprop="${id}">${inner}</div></section>`;
const sShare = ['Share', 'Facebook', 'LinkedIn', 'Email'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Front Office Manager – The Causeway Hotel | Pellham &amp; Rowe Hotels</title>
<meta name="description" content="Pellham &amp; Rowe Hotels is hiring a Front Office Manager in Portlow, Cornwall.">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="SmartRecruiters">
<link rel="canonical" href="https://jobs.smartrecruiters.com/PellhamRoweHotels/744000107318842-front-office-manager-the-causeway-hotel">
<link rel="stylesheet" href="https://c.smartrecruiters.example/sr-careersite-public/jobad.css">
${jobLd({ title: sTitle, datePosted: '2026-03-01', hiringOrganization: { '@type': 'Organization', name: 'Pellham & Rowe Hotels' } })}
<script>window.srConfig = {"companyIdentifier":"PellhamRoweHotels","postingId":"744000107318842","lang":"en"};</script></head>
<body class="jobad"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to personalise content and to analyse our traffic. You can choose which cookies you allow.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button>
</div></div><header class="header"><div class="header-container"><a class="header-logo" href="https://careers.smartrecruiters.com/PellhamRoweHotels">
<img class="logo" alt="Pellham &amp; Rowe Hotels logo" src="https://c.smartrecruiters.example/logos/pellham.png"></a>
<a class="link--block details-desc" href="https://careers.smartrecruiters.com/PellhamRoweHotels">See all jobs</a></div></header>
<main class="jobad-main job" itemscope itemtype="http://schema.org/JobPosting"><div class="jobad-container"><header class="job-header">
<h1 class="job-title" itemprop="title">${sTitle}</h1><ul class="job-details"><li class="job-detail job-detail--location">
<spl-job-location formattedaddress="Portlow, Cornwall, United Kingdom">Portlow, Cornwall, United Kingdom</spl-job-location></li>
<li class="job-detail" itemprop="employmentType">Full-time</li><li class="job-detail">On-site</li></ul></header>
<div class="job-actions">
<a class="button button--primary st-apply-button" href="https://jobs.smartrecruiters.com/oneclick-ui/744000107318842">I'm interested</a>
<a class="button button--default st-refer-button" href="/refer">Refer a friend</a></div>
<div class="job-sections">${sSec('companyDescription', sSecs[0] ?? '', ps(sCompany))}
${sSec('jobDescription', sSecs[1] ?? '', `${ps(sJob)}<ul>${lis(sDuties)}</ul>`)}
${sSec('qualifications', sSecs[2] ?? '', `<ul>${lis(sQual)}</ul>`)}${sSec('additionalInformation', sSecs[3] ?? '', ps(sAdd))}</div>
<div class="job-share"><span class="job-share-label">${sShare[0]}</span><ul class="social-list">${links(sShare.slice(1), 'social-item')}</ul></div>
<div class="job-actions job-actions--bottom"><a class="button button--primary st-apply-button" href="/oneclick-ui/744000107318842">I'm interested</a></div>
<aside class="job-other"><h3 class="title">Other jobs at Pellham &amp; Rowe Hotels</h3><ul>${links([
  'Sous Chef – The Causeway Hotel',
  'Spa Therapist – Tregarrow House',
  'Night Porter – The Causeway Hotel',
])}</ul></aside></div></main>
<footer class="footer"><div class="footer-container"><a href="https://www.smartrecruiters.com/">Powered by SmartRecruiters</a>
<ul class="footer-links">${links(['Job Search', 'Privacy Policy', 'Cookie Notice'])}</ul></div></footer>
<script src="https://c.smartrecruiters.example/sr-careersite-public/jobad.js" defer></script></body></html>`;
const smartRecruiters: TestPage = {
  name: 'heldout375-smartrecruiters-posting',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSecs,
  body: texts([...sCompany, ...sJob, ...sDuties, ...sQual, ...sAdd]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and to analyse our traffic. You can choose which cookies you allow.', 'Accept All Cookies',
    'Cookie Settings', 'See all jobs', 'Portlow, Cornwall, United Kingdom', 'Full-time', 'On-site', "I'm interested", 'Refer a friend', ...sShare,
    'Other jobs at Pellham & Rowe Hotels', 'Sous Chef – The Causeway Hotel', 'Spa Therapist – Tregarrow House', 'Night Porter – The Causeway Hotel',
    'Powered by SmartRecruiters', 'Job Search', 'Privacy Policy', 'Cookie Notice',
  ],
};

export const HELDOUT375_B: readonly TestPage[] = [workday, smartRecruiters];
