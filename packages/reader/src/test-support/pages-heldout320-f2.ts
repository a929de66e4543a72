import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file f2: an academic job advertisement on Workday's career site (React markup with data-automation-id
 * and css-hash classes: the tenant header with Sign In and Search for Jobs, the job posting header in an h2 with no h1 on the
 * page, the Apply and Save buttons, the job details list of locations, time type, posted-on and requisition id, the rich
 * text description with bold-paragraph pseudo-headings, the "Similar Jobs" panel, the footer and the cookie dialog).
 */
const kTitle = 'Lecturer in Computational Linguistics (Teaching and Research)';
const kBody = [
  '<b>About the School</b>',
  j(
    'The School of Languages and Cognition at Marston Vale University brings together linguists, psychologists and computer',
    'scientists in a single department. Our computational linguistics group is small and friendly, with strong links to the',
    "university's speech clinic and to regional public broadcasters, whose archives we use in teaching and research.",
  ),
  '<b>The Role</b>',
  j(
    'We are seeking a Lecturer in Computational Linguistics to join us from September 2026. You will teach on our undergraduate',
    "programme in Linguistics with Data Science and our master's in Language Technology, supervise dissertation students, and",
    "build a research programme that complements the group's work on low-resource languages and spoken language.",
  ),
  j(
    "Teaching duties include a second-year module on corpus methods and a master's module on language models and their",
    'evaluation. You will be supported by a mentor and a reduced teaching load in your first year.',
  ),
  '<b>Essential Criteria</b>',
];
const kEssential = [
  'A PhD in computational linguistics, natural language processing or a closely related field, awarded or near completion.',
  'A record of publication appropriate to career stage.',
  'Experience of teaching or tutoring in higher education.',
  'Programming skills in Python and experience with working on real language data.',
];
const kDesirable = [
  'Experience of working with speakers or communities of under-resourced languages.',
  'Interest in contributing to outreach with schools and the public.',
];
const kBody2 = [
  '<b>What We Offer</b>',
  j(
    'This is a permanent, full-time post on Grade 8 of the university pay scale, with a salary of 46,500 to 54,800 pounds a year.',
    'Benefits include a defined benefit pension, 35 days of annual leave plus university closure days, and a research allowance of',
    '2,000 pounds a year for your first three years.',
  ),
  j(
    'We welcome applications from people who want to work flexibly or part-time, and from candidates of every background. The',
    'School holds an Athena Swan Silver award and is committed to a working culture in which everyone can do their best work.',
  ),
  '<b>Making an Application</b>',
  j(
    'Please submit a CV, a cover letter of no more than two pages addressing the criteria above, and a one-page statement of',
    'your research plans. Informal enquiries are welcome and should be sent to Professor Ewan Drozd, Head of Group.',
  ),
  'The closing date is 6 April 2026. Interviews are expected to take place in the week of 4 May 2026.',
];
const kSimilar = [
  ['Lecturer in Phonetics', 'Marston Vale Campus', 'Posted 5 Days Ago'],
  ['Research Fellow in Speech Technology', 'Marston Vale Campus', 'Posted 12 Days Ago'],
];
const kHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${kTitle}</title><meta name="description" content="The School of Languages and Cognition at Marston Vale University brings together linguists.">
<meta property="og:title" content="${kTitle}"><meta property="og:type" content="website">
<link rel="canonical" href="https://marstonvale.wd3.myworkdayjobs.example/en-US/External/job/Marston-Vale-Campus/Lecturer_R0012877">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"${kTitle}","datePosted":"2026-03-02",
"employmentType":"FULL_TIME","hiringOrganization":{"@type":"Organization","name":"Marston Vale University"},
"identifier":{"@type":"PropertyValue","value":"R0012877"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Marston Vale","addressCountry":"GB"}}}</script>
<style data-emotion="css 1q2dra3 12psxof">.css-1q2dra3{font-size:1.75rem;font-weight:700}.css-12psxof{margin:0 0 8px}</style></head>
<body><div id="root"><div class="css-1m6jwb9" data-automation-id="careerSite"><header data-automation-id="header" class="css-xafgly">
<a data-automation-id="skipToMainContent" href="#mainContent" class="css-1v6xwqr">Skip to main content</a><div class="css-1ij5sv3">
<img data-automation-id="logoImage" src="https://marstonvale.wd3.myworkdayjobs.example/External/assets/logo" alt="Marston Vale University Careers">
<button data-automation-id="navigationItem-Search for Jobs" class="css-1s3ygwn">Search for Jobs</button>
<button data-automation-id="utilityButtonSignIn" class="css-1s3ygwn">Sign In</button></div></header>
<main id="mainContent" class="css-1hsqu6a"><div data-automation-id="jobPostingPage" class="css-1wssrgd"><div class="css-1h0stkz">
<a data-automation-id="backToAllJobs" href="/en-US/External" class="css-1g2i27e">Back to Job Search Results</a>
<h2 data-automation-id="jobPostingHeader" class="css-1q2dra3">${kTitle}</h2>
<div class="css-1b5zx7y"><a data-automation-id="adventureButton" role="button" href="/en-US/External/job/R0012877/apply" class="css-hr4f8j">Apply</a>
<button data-automation-id="saveButton" class="css-1s3ygwn">Save</button></div>
<div class="css-k008qs" data-automation-id="job-posting-details">
<div data-automation-id="locations"><dl class="css-12psxof"><dt class="css-y8qsrx">locations</dt>
<dd class="css-129m7dg">Marston Vale Campus</dd></dl></div>
<div data-automation-id="time"><dl class="css-12psxof"><dt class="css-y8qsrx">time type</dt><dd class="css-129m7dg">Full time</dd></dl></div>
<div data-automation-id="postedOn"><dl class="css-12psxof"><dt class="css-y8qsrx">posted on</dt><dd class="css-129m7dg">Posted 3 Days Ago</dd></dl></div>
<div data-automation-id="timeLeftToApply"><dl class="css-12psxof"><dt class="css-y8qsrx">time left to apply</dt><dd class="css-129m7dg">End Date: April 6, 2026
(33 days left to apply)</dd></dl></div>
<div data-automation-id="requisitionId">
<dl class="css-12psxof"><dt class="css-y8qsrx">job requisition id</dt><dd class="css-129m7dg">R0012877</dd></dl></div></div>
<div data-automation-id="jobPostingDescription" class="css-oplht1"><div>
${ps(kBody)}
<ul>
${lis(kEssential)}
</ul>
<p><b>Desirable Criteria</b></p>
<ul>
${lis(kDesirable)}
</ul>
${ps(kBody2)}
</div></div>
<div data-automation-id="similarJobsPanel" class="css-1xdhyk6"><h3 class="css-1wt6bps">Similar Jobs (2)</h3><ul class="css-1ju4kb1">
${kSimilar
  .map(
    ([t, l, p]) => `<li class="css-1q2dra3"><div class="css-qiqmbt"><a data-automation-id="jobTitle" href="/en-US/External/job/${(t ?? '').replace(/ /g, '-')}"
class="css-19uc56f">${t}</a></div><div data-automation-id="locations"><dd class="css-129m7dg">${l}</dd></div>
<div data-automation-id="postedOn"><dd class="css-129m7dg">${p}</dd></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="css-1vt6h4w"><p data-automation-id="equalOpportunityStatement">Marston Vale University is an equal opportunities employer.</p></div>
</div></div></main>
<footer data-automation-id="footer" class="css-1ok8wo4"><div class="css-cygeeu"><a href="https://www.workday.example.com/en-us/privacy.html"
data-automation-id="privacyLink">Privacy</a><span class="css-1dngdmh">© 2026 Workday, Inc. All rights reserved.</span></div></footer>
<div data-automation-id="cookieBanner" role="dialog" aria-label="Cookie consent" class="css-1lyp0a5"><div data-automation-id="legalNoticeMessage"
class="css-1rfnnhe">This site uses cookies to make it work and to understand how you use it.</div><button data-automation-id="legalNoticeAcceptButton"
class="css-1hyfx7x">Accept Cookies</button><button data-automation-id="legalNoticeDeclineButton" class="css-1hyfx7x">Decline Cookies</button></div></div></div>
<script src="https://marstonvale.wd3.myworkdayjobs.example/wday/asset/uic-cxs-ui/cxs.min.js"></script></body></html>`;
export const workday: TestPage = {
  name: 'heldout320-workday-academic-job-ad',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([...kBody, ...kEssential, 'Desirable Criteria', ...kDesirable, ...kBody2]),
  bylines: ['Posted 3 Days Ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search for Jobs', 'Sign In', 'Back to Job Search Results', 'Apply', 'Save', 'locations', 'Marston Vale Campus', 'time type',
    'Full time', 'posted on', 'time left to apply', 'End Date: April 6, 2026 (33 days left to apply)', 'job requisition id', 'R0012877',
    'Similar Jobs (2)', ...kSimilar.map((s) => s[0] ?? ''), 'Posted 5 Days Ago', 'Posted 12 Days Ago',
    'Marston Vale University is an equal opportunities employer.', 'Privacy', '© 2026 Workday, Inc. All rights reserved.',
    'This site uses cookies to make it work and to understand how you use it.', 'Accept Cookies', 'Decline Cookies',
  ],
};
