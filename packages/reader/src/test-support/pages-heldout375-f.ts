import { links, type TestPage, texts } from './page-kit.js';
import { j, jobLd, lis } from './pages-heldout375-kit.js';

/**
 * Held-out batch 375, file f: an Indeed-style job view whose description is short next to its furniture (search bar,
 * header, company rating, salary and job type line, "Job details" and "Benefits" boxes pulled from the description,
 * "Report job", hiring insights, "People also searched", similar jobs and the long footer) and a LinkedIn-style public job
 * page (top card with company, place, posting age and applicant count, the description as br-separated lines with strong
 * labels under "Show more", the job criteria list, "Meet the hiring team", sign-in prompts, similar jobs and footer).
 */
const iTitle = 'Weekend Garden Centre Assistant';
const iDesc = [
  j(
    'Marrowby Garden Centre is a family-run garden centre on the edge of Chesterholm with a plant area, a farm shop and a 60-seat café. We',
    'are looking for a cheerful weekend assistant to help customers and look after our outdoor plant area from March to October.',
  ),
  'Hours are Saturday and Sunday, 9 a.m. to 5:30 p.m., with some extra days available over Easter and the summer holidays.',
];
const iDuties = [
  'Watering, tidying and restocking the outdoor plant beds',
  'Helping customers find plants and carry heavy items to their cars',
  'Working on the till when it is busy',
  'Unloading deliveries on Saturday mornings',
];
const iClose = j(
  'No experience is needed, but an interest in plants helps. You must be 18 or over because the role includes operating the compost',
  'loader. Full training is given.',
);
const iNav = ['Find jobs', 'Company reviews', 'Salary guide'];
const iFoot = [
  'Hiring Lab',
  'Career advice',
  'Browse jobs',
  'Browse companies',
  'Salaries',
  'Hirefield Events',
  'Work at Hirefield',
  'Countries',
  'About',
  'Help Centre',
  '© 2026 Hirefield',
  'Your Privacy Choices',
  'Accessibility at Hirefield',
  'Privacy Centre and Ad Choices',
  'Terms',
];
const iSimilar = ['Plant Area Assistant', 'Retail Assistant – Farm Shop', 'Café Team Member (Weekends)'];
const iHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${iTitle} - Chesterholm - Hirefield.co.uk</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Weekend Garden Centre Assistant job at Marrowby Garden Centre.">
<meta property="og:title" content="${iTitle}"><meta name="robots" content="noindex">
<link rel="canonical" href="https://uk.hirefield.example/viewjob?jk=7c2f90d1a4e35b18">
${jobLd({ title: iTitle, datePosted: '2026-03-01', employmentType: ['PART_TIME', 'TEMPORARY'], baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP' } })}
<script>window._initialData = {"jobKey":"7c2f90d1a4e35b18","isSponsored":false,"jobLocation":"Chesterholm"};</script></head>
<body><div id="CookiePrivacyNotice" class="gnav-CookiePrivacyNoticeBanner" role="dialog"><p>Hirefield uses cookies to personalise content and ads,
and to analyse traffic.</p><button class="gnav-CookiePrivacyNoticeButton">Accept all cookies</button><button>Reject all non-essential cookies</button>
<a href="/legal/cookie-policy">Manage cookies</a></div><header class="gnav"><a href="/" class="gnav-Logo" aria-label="Hirefield Home"></a>
<nav><ul>${links(iNav, 'gnav-header-item')}</ul></nav><a class="gnav-SignIn" href="/account/login">Sign in</a><a href="/hire">Employers / Post Job</a></header>
<form id="jobsearch" class="yosegi-InlineWhatWhere"><input aria-label="search: Job title, keywords, or company" name="q" value="garden centre">
<input aria-label="Edit location" name="l" value="Chesterholm"><button type="submit" class="yosegi-InlineWhatWhere-primaryButton">Find jobs</button></form>
<main><div class="jobsearch-ViewJobLayout jobsearch-ViewJobLayout--standalone"><div class="jobsearch-JobComponent">
<div class="jobsearch-InfoHeaderContainer"><h1 class="jobsearch-JobInfoHeader-title" data-testid="jobsearch-JobInfoHeader-title"><span>${iTitle}</span></h1>
<div data-testid="inlineHeader-companyName"><a href="/cmp/Marrowby-Garden-Centre">Marrowby Garden Centre</a></div>
<div data-testid="inlineHeader-rating" aria-label="4.2 out of 5 stars">4.2 out of 5 stars</div>
<div data-testid="inlineHeader-companyLocation">Chesterholm CH4 7NP</div>
<div id="salaryInfoAndJobType"><span class="css-19j1a75">£12.60 an hour</span><span class="css-k5flys"> - Part-time, Seasonal</span></div></div>
<div id="applyButtonLinkContainer"><button class="css-jiauqs" aria-label="Apply now (opens in a new tab)">Apply now</button>
<button aria-label="Save this job">Save</button></div>
<div id="jobDetailsSection"><h2>Job details</h2><p>Here’s how the job details align with your profile.</p><h3>Pay</h3><p>£12.60 an hour</p>
<h3>Job type</h3><ul><li>Part-time</li><li>Seasonal</li></ul><h3>Shift and schedule</h3><ul><li>Weekend availability</li></ul></div>
<div id="benefits"><h2>Benefits</h2><p>Pulled from the full job description</p><ul><li>Employee discount</li><li>Free parking</li>
<li>Store discount</li></ul></div><div id="jobDescriptionTitle"><h2 class="jobsearch-JobDescriptionSection-sectionItemKey">Full job description</h2></div>
<div id="jobDescriptionText" class="jobsearch-jobDescriptionText jobsearch-JobComponent-description">${iDesc.map((p) => `<p>${p}</p>`).join('\n')}
<p><b>Duties include:</b></p><ul>${lis(iDuties)}</ul><p>${iClose}</p></div>
<div class="jobsearch-HiringInsights"><h2>Hiring insights</h2><p>Job activity</p><ul><li>Posted 3 days ago</li><li>Employer reviewed job 2 days ago</li>
</ul></div><div id="mosaic-reportcontent-wrapper"><button class="css-1m35zbb">Report job</button></div></div>
<div class="jobsearch-RightPane"><section><h2>People also searched:</h2><ul>${links(['garden centre jobs', 'weekend jobs', 'retail assistant'])}</ul>
</section><section id="similarJobs"><h2>Similar jobs</h2><ul>${links(iSimilar, 'jobCard')}</ul></section></div></div></main>
<footer class="icl-GlobalFooter"><ul>${links(iFoot, 'icl-GlobalFooter-item')}</ul></footer>
<script src="https://static.hirefield.example/m/js/viewjob.9a0f.js"></script></body></html>`;
const indeed: TestPage = {
  name: 'heldout375-indeed-style-job-view',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...iDesc, 'Duties include:', ...iDuties, iClose]),
  bylines: ['Posted 3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hirefield uses cookies to personalise content and ads, and to analyse traffic.', 'Accept all cookies', 'Reject all non-essential cookies',
    'Manage cookies', ...iNav, 'Sign in', 'Employers / Post Job', '4.2 out of 5 stars', 'Chesterholm CH4 7NP', '£12.60 an hour',
    'Part-time, Seasonal', 'Apply now', 'Save', 'Job details', 'Here’s how the job details align with your profile.', 'Pay', 'Job type', 'Seasonal',
    'Shift and schedule', 'Weekend availability', 'Benefits', 'Pulled from the full job description', 'Employee discount', 'Free parking',
    'Store discount', 'Full job description', 'Hiring insights', 'Job activity', 'Employer reviewed job 2 days ago', 'Report job',
    'People also searched:', 'garden centre jobs', 'weekend jobs', 'retail assistant', 'Similar jobs', ...iSimilar, ...iFoot,
  ],
};

const nTitle = 'Senior Product Manager, Payments';
const nLines = [
  ['h', 'Who we are'],
  [
    'p',
    j(
      'Kestrel Pay processes card and account-to-account payments for around 9,000 independent retailers in Ireland and the UK. We are a',
      'team of 180, and our product teams are small: each owns one part of the payment journey from checkout to settlement.',
    ),
  ],
  ['h', 'The role'],
  [
    'p',
    j(
      'We are looking for a Senior Product Manager to lead our Payouts team, which decides how and when merchants receive their money.',
      'Faster payouts are the feature our merchants ask for most, and the one our risk team worries about most, so the job is about',
      'finding the balance between the two.',
    ),
  ],
  ['p', 'You will report to our Director of Product and work with a team of five engineers, a designer and a risk analyst.'],
  [
    'p',
    j(
      'In your first six months we expect you to ship instant payouts to a first group of merchants, agree a clear set of eligibility rules',
      'with our risk team, and cut the number of payout-related support tickets, which today make up a fifth of everything our support team',
      'answers.',
    ),
  ],
  ['h', 'What you will do'],
  ['li', 'Own the roadmap for payouts, including same-day and instant payouts for merchants who qualify'],
  ['li', 'Work with the risk and finance teams to set the rules that decide which merchants can be paid faster'],
  ['li', 'Talk to merchants every week, from market stalls to chains of twenty shops'],
  ['li', 'Define how we measure success, and report on it to the leadership team each quarter'],
  ['h', 'What we are looking for'],
  ['li', 'At least five years of product management experience, with two or more in payments, banking or another regulated product'],
  ['li', 'A record of shipping products that move money, and an understanding of what can go wrong when they do'],
  ['li', 'Confidence working with engineers on technical trade-offs such as batch versus real-time settlement'],
  ['h', 'Working with us'],
  [
    'p',
    j(
      'This role is hybrid, with two days a week in our Dublin office on Pearse Street. We offer a salary of €95,000 to €115,000, share',
      'options, private health insurance and 27 days of annual leave.',
    ),
  ],
] as const;
const nHeads = nLines.filter(([k]) => k === 'h').map(([, t]) => t);
const nBody = nLines.filter(([k]) => k !== 'h').map(([, t]) => t);
const nDesc = nLines
  .map(([k, t], i) =>
    k === 'h'
      ? `<strong>${t}</strong><br><br>`
      : k === 'p'
        ? `${t}<br><br>`
        : `${nLines[i - 1]?.[0] === 'li' ? '' : '<ul>'}<li>${t}</li>
${nLines[i + 1]?.[0] === 'li' ? '' : '</ul><br>'}`,
  )
  .join('\n');
const nCrit = [
  ['Seniority level', 'Mid-Senior level'],
  ['Employment type', 'Full-time'],
  ['Job function', 'Product Management'],
  ['Industries', 'Financial Services'],
] as const;
const nSimilar = ['Product Manager, Card Issuing', 'Senior Product Owner – Open Banking', 'Lead Product Manager, Merchant Onboarding'];
const nFoot = [
  'About',
  'Accessibility',
  'User Agreement',
  'Privacy Policy',
  'Cookie Policy',
  'Copyright Policy',
  'Brand Policy',
  'Guest Controls',
  'Community Guidelines',
  'Language',
];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kestrel Pay hiring ${nTitle} in Dublin, County Dublin, Ireland | Workcircle</title>
<meta name="description" content="Posted 2:14:05 PM. About Kestrel Pay Kestrel Pay processes card and account-to-account payments…">
<meta property="og:title" content="Kestrel Pay hiring ${nTitle} in Dublin, County Dublin, Ireland | Workcircle">
<meta name="pageKey" content="d_jobs_guest_details">
${jobLd({
  title: nTitle,
  datePosted: '2026-02-19T14:14:05.000Z',
  employmentType: 'FULL_TIME',
  hiringOrganization: { '@type': 'Organization', name: 'Kestrel Pay' },
})}
<script>window.lixTrackingGlobals = {"pageInstance":"urn:li:page:d_jobs_guest_details","treatment":"control"};</script></head>
<body class="overflow-hidden"><div class="artdeco-global-alert" role="alert"><p class="artdeco-global-alert__content">Workcircle and 3rd parties use
essential and non-essential cookies to provide, secure, analyse and improve our Services, and to show you relevant ads.</p>
<button class="artdeco-global-alert-action">Accept</button><button class="artdeco-global-alert-action">Reject</button></div>
<header class="header"><nav class="nav"><a class="nav__logo-link" href="/">Workcircle</a><ul class="top-nav-menu">${links(
  ['Articles', 'People', 'Learning', 'Jobs', 'Games'],
  'top-nav-link',
)}</ul><a class="nav__button-tertiary" href="/signup">Join now</a><a class="nav__button-secondary" href="/login">Sign in</a>
</nav></header><main class="main" id="main-content"><section class="core-rail mx-auto papabear:w-core-rail-width">
<section class="top-card-layout container-lined overflow-hidden babybear:rounded-[0px]"><div class="top-card-layout__entity-info-container">
<h1 class="top-card-layout__title font-sans text-lg papabear:text-xl font-bold leading-open text-color-text mb-0 topcard__title">${nTitle}</h1>
<h4 class="top-card-layout__second-subline font-sans text-sm leading-open text-color-text-low-emphasis mt-0.5"><div class="topcard__flavor-row">
<span class="topcard__flavor"><a class="topcard__org-name-link topcard__flavor--black-link" href="/company/kestrel-pay">Kestrel Pay</a></span>
<span class="topcard__flavor topcard__flavor--bullet">Dublin, County Dublin, Ireland (Hybrid)</span></div><div class="topcard__flavor-row">
<span class="posted-time-ago__text topcard__flavor--metadata">2 weeks ago</span>
<span class="num-applicants__caption topcard__flavor--metadata topcard__flavor--bullet">Over 200 applicants</span></div></h4>
<div class="top-card-layout__cta-container"><a class="sign-up-modal__outlet top-card-layout__cta btn-md btn-primary" href="/signup">Apply</a>
<button class="top-card-layout__cta top-card-layout__cta--secondary">Save</button></div></div></section>
<section class="core-section-container my-3 description"><div class="core-section-container__content break-words">
<div class="description__text description__text--rich"><section class="show-more-less-html" data-max-lines="5">
<div class="show-more-less-html__markup relative overflow-hidden">${nDesc}</div>
<button class="show-more-less-html__button show-more-less-button" aria-expanded="false">Show more</button>
<button class="show-more-less-html__button show-less-button" aria-expanded="true">Show less</button></section></div>
<ul class="description__job-criteria-list">${nCrit
  .map(
    ([h, v]) => `<li class="description__job-criteria-item">
<h3 class="description__job-criteria-subheader">${h}</h3>
<span class="description__job-criteria-text description__job-criteria-text--criteria">${v}</span></li>`,
  )
  .join('\n')}</ul></div></section><section class="core-section-container message-the-recruiter"><h2 class="core-section-container__title">Meet the hiring
team</h2><div class="base-main-card"><h3 class="base-main-card__title">Orla Finnerty</h3><h4 class="base-main-card__subtitle">Director of Product at Kestrel
Pay</h4><a class="base-main-card__cta" href="/login">Message</a></div></section><section class="find-a-referral"><p>Referrals increase your chances of
interviewing at Kestrel Pay by 2x</p><a href="/login">See who you know</a></section><section class="job-alert-redirect-section"><p>Get notified about
new Senior Product Manager jobs in Dublin, County Dublin, Ireland.</p><a href="/login">Sign in to create job alert</a></section></section>
<section class="right-rail papabear:w-right-rail-width"><section class="similar-jobs"><h2 class="core-section-container__title">Similar jobs</h2>
<ul>${links(nSimilar, 'similar-jobs__list-item')}</ul></section><section class="people-also-viewed"><h2 class="core-section-container__title">People also
viewed</h2><ul>${links(['Head of Product, Lending', 'Product Manager – Fraud Prevention'])}</ul></section></section></main>
<footer class="li-footer"><ul class="li-footer__list">${links(nFoot, 'li-footer__item')}</ul><span class="li-footer__copy-text">Workcircle © 2026</span>
</footer><script src="https://static.workcircle.example/sc/h/guest-jobs.7d1e.js" async></script></body></html>`;
const workcircle: TestPage = {
  name: 'heldout375-linkedin-style-job-page',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts(nBody),
  bylines: ['2 weeks ago', 'Orla Finnerty'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Workcircle and 3rd parties use essential and non-essential cookies to provide, secure, analyse and improve our Services, and to show you relevant ads.',
    'Accept', 'Reject', 'Articles', 'People', 'Learning', 'Jobs', 'Games', 'Join now', 'Sign in', 'Dublin, County Dublin, Ireland (Hybrid)',
    'Over 200 applicants', 'Apply', 'Save', 'Show more', 'Show less', ...nCrit.flat(), 'Meet the hiring team', 'Director of Product at Kestrel Pay',
    'Message', 'Referrals increase your chances of interviewing at Kestrel Pay by 2x', 'See who you know',
    'Get notified about new Senior Product Manager jobs in Dublin, County Dublin, Ireland.', 'Sign in to create job alert', 'Similar jobs', ...nSimilar,
    'People also viewed', 'Head of Product, Lending', 'Product Manager – Fraud Prevention', ...nFoot, 'Workcircle © 2026',
  ],
};

export const HELDOUT375_F: readonly TestPage[] = [indeed, workcircle];
