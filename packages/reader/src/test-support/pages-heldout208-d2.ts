import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 208, file d2: a Wellfound (formerly AngelList Talent) startup job page (the Next.js site with CSS-module
 * class names: the header with "Log In" and "Sign Up", the company strip with tagline and "Actively Hiring" badge, the job
 * title, compensation and equity line, "Apply" and "Save", the "Recruiter recently active" chip, the job facts sidebar
 * with visa, remote policy, time zones and skills, the job description, the "About the company" block with size, stage and
 * funding, "Similar jobs" cards, the sign-up prompt and the footer columns).
 */
const wfTitle = 'Senior Data Engineer';
const wfP1 = [
  'Fernline helps small grocery chains stop throwing food away. Our forecasting tells store managers how much fresh produce, ' +
    'bakery and dairy to order each morning, store by store, and our customers have cut their waste by a quarter on average.',
  'We are a team of 24, with customers in nine US states, and we closed our Series A in June. We are hiring our fourth data ' +
    'engineer to help us go from 300 stores to 2,000 without our pipelines falling over.',
];
const wfH1 = 'What you’ll work on';
const wfList1 = [
  'Our ingestion layer, which pulls daily sales, deliveries and shrink data from a dozen different point-of-sale systems, ' +
    'many of them older than our founders.',
  'The feature store behind our forecasts, built on Postgres, dbt and a growing amount of DuckDB.',
  'Data quality checks that catch a store’s broken export before the forecast for that store goes wrong.',
  'Tooling that lets our customer team onboard a new chain in days rather than weeks.',
];
const wfH2 = 'You might be a fit if';
const wfList2 = [
  'You have five or more years of data engineering experience and have owned a production pipeline end to end.',
  'You write solid Python and SQL, and you are comfortable reading someone else’s messy CSV at 6am.',
  'You like talking to customers. Our engineers join onboarding calls with new grocery chains.',
];
const wfH3 = 'How we work';
const wfP2 = [
  'We are fully remote across US time zones and meet in person twice a year, most recently in Minneapolis. We keep meetings to ' +
    'Tuesdays and Thursdays so everyone has long stretches of quiet time, and we write decisions down in short memos.',
  'The interview process is a 30-minute call with our CTO, a paid take-home exercise capped at three hours, and a final ' +
    'conversation with two engineers and a customer success lead.',
  'Salary is set by level, not by negotiation, and the same range applies wherever you live in the US. Everyone gets health, ' +
    'dental and vision cover, a $1,500 home office budget, and four weeks of paid time off that we actually expect you to take.',
];
const wfNav = ['Discover', 'For Job Seekers', 'For Recruiters'];
const wfCompany = ['Fernline', 'Forecasting that keeps fresh food out of the bin', 'Actively Hiring'];
const wfComp = '$150k – $185k • 0.2% – 0.5%';
const wfFacts = [
  ['Job type', 'Full Time'],
  ['Role', 'Data Engineer'],
  ['Experience', '5 years'],
  ['Visa sponsorship', 'Not Available'],
  ['Remote work policy', 'Remote only'],
  ['Hires remotely', 'Everywhere in United States'],
  ['Preferred timezones', 'Eastern Time, Central Time, Pacific Time'],
  ['Relocation', 'Not Allowed'],
];
const wfSkills = ['Python', 'SQL', 'dbt', 'PostgreSQL', 'Data Pipelines'];
const wfAbout = [
  'About the company',
  'Fernline builds demand forecasting for independent and regional grocery chains.',
  'Company size',
  '11-50 people',
  'Company type',
  'Startup',
  'Company stage',
  'Series A',
  'Total raised',
  '$16M',
  'Learn more about Fernline',
];
const wfSimilar = [
  ['Data Engineer', 'Harvestly', '$130k – $160k'],
  ['Senior Analytics Engineer', 'Pantryline', '$145k – $170k'],
  ['Staff Data Engineer', 'Cobalt Freight', '$190k – $220k'],
];
const wfPrompt = ['Find what’s next', 'Create a free profile to apply to Fernline and thousands of other startups with one click.', 'Sign up for free'];
const wfFootCols = [
  ['For Candidates', 'Overview', 'Startup Jobs', 'Web3 Jobs', 'Featured', 'Remote'],
  ['For Recruiters', 'Recruit Pro', 'Curated', 'Talent Acquisition'],
  ['Company', 'About', 'Help', 'Blog', 'Terms', 'Privacy Policy'],
];
const wfHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>Senior Data Engineer at Fernline • Remote | Wellfound</title>
<meta name="description" content="Fernline is hiring a Senior Data Engineer. Remote in United States. $150k – $185k, 0.2% – 0.5% equity.">
<meta property="og:title" content="Senior Data Engineer at Fernline"><meta property="og:site_name" content="Wellfound">
<link rel="canonical" href="https://wellfound.com/jobs/3187245-senior-data-engineer"><link rel="stylesheet" href="/_next/static/css/1f7e0a9c3b.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"${wfTitle}","datePosted":"2025-10-24",
"hiringOrganization":{"@type":"Organization","name":"Fernline"},"jobLocationType":"TELECOMMUTE","employmentType":"FULL_TIME",
"baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":150000,"maxValue":185000,"unitText":"YEAR"}}}</script>
</head><body><div id="__next"><header class="styles_header__3Zq1n"><a href="/" aria-label="Wellfound home"><svg viewBox="0 0 120 24"></svg></a>
<nav><ul class="styles_nav__Wk9sS">${links(wfNav, 'styles_navItem__Jq2Ea')}</ul></nav><div class="styles_auth__p0XgN"><a href="/login">Log In</a>
<a class="styles_signup__c9sE2" href="/join">Sign Up</a></div></header>
<main class="styles_main__lx0M1"><div class="styles_companyHeader__8VbH3"><img alt="Fernline" src="https://photos.wellfound.example/startups/i/fernline.png">
<div><a class="styles_companyName__Ry5iu" href="/company/fernline">${wfCompany[0]}</a><p class="styles_tagline__4LmE0">${wfCompany[1]}</p></div>
<span class="styles_badge__hd1Dq">${wfCompany[2]}</span></div>
<div class="styles_jobHeader__o2Vfb"><h1 class="inline text-xl font-semibold text-black">${wfTitle}</h1><p class="styles_compensation__c6K0P">${wfComp}</p>
<div class="styles_activity__9kN2x"><span class="styles_chip__m1Hq4">Recruiter recently active</span><span>Posted 2 weeks ago</span></div>
<div class="styles_actions__1QzB7"><button type="button" class="styles_apply__uL2sK">Apply</button>
<button type="button" class="styles_save__xT8oR">Save</button></div>
</div><div class="styles_body__Vb1cE"><aside class="styles_facts__e3Bp2"><dl>${wfFacts
  .map(([k, v]) => `<div class="styles_fact__Gx5wq"><dt>${k}</dt><dd>${v}</dd></div>`)
  .join(
    '\n',
  )}</dl><div class="styles_skills__kF2mJ"><h4>Skills</h4><ul>${wfSkills.map((s) => `<li><span class="styles_tag__s2Pdn">${s}</span></li>`).join('')}</ul>
</div></aside><div class="styles_description__36q7q"><div id="job-description">
${wfP1.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${wfH1}</h3><ul>${wfList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${wfH2}</h3><ul>${wfList2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${wfH3}</h3>
${wfP2.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>
<section class="styles_aboutCompany__n8Wq4"><h2>${wfAbout[0]}</h2><p>${wfAbout[1]}</p><dl><dt>${wfAbout[2]}</dt><dd>${wfAbout[3]}</dd><dt>${wfAbout[4]}</dt>
<dd>${wfAbout[5]}</dd><dt>${wfAbout[6]}</dt><dd>${wfAbout[7]}</dd><dt>${wfAbout[8]}</dt><dd>${wfAbout[9]}</dd></dl>
<a href="/company/fernline">${wfAbout[10]}</a></section>
<section class="styles_similar__R4f0t"><h2>Similar jobs</h2><ul>${wfSimilar
  .map(([t, c, s]) => `<li><a href="/jobs/${(t ?? '').length}"><h3>${t}</h3><p>${c}</p><p>${s}</p></a></li>`)
  .join('\n')}</ul></section>
<div class="styles_signupPrompt__Tm2d8"><h2>${wfPrompt[0]}</h2><p>${wfPrompt[1]}</p><a href="/join">${wfPrompt[2]}</a></div></main>
<footer class="styles_footer__Yu5b1">${wfFootCols.map((c) => `<div><h6>${c[0]}</h6><ul>${links(c.slice(1))}</ul></div>`).join('\n')}
<p>© 2025 Wellfound</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"jobListingId":3187245}},"page":"/jobs/[slug]"}</script></body></html>`;
export const wellfoundJob: TestPage = {
  html: wfHtml,
  name: 'heldout208-wellfound-startup-job',
  kind: 'blog',
  // the job description is the article; the company strip, compensation line, activity chip, "Posted 2 weeks ago" (a
  // byline), the facts sidebar and skills, "About the company", similar jobs, the sign-up prompt and footer are furniture
  title: wfTitle,
  headings: [wfH1, wfH2, wfH3],
  body: texts([...wfP1, ...wfList1, ...wfList2, ...wfP2]),
  bylines: ['Posted 2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wfNav, 'Log In', 'Sign Up', ...wfCompany, wfComp, 'Recruiter recently active', 'Apply', 'Save', ...wfFacts.flat(), 'Skills', ...wfSkills, ...wfAbout,
    'Similar jobs', ...wfSimilar.flat(), ...wfPrompt, ...wfFootCols.flat(), '© 2025 Wellfound',
  ],
};
