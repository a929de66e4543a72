import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout429-kit.js';

/**
 * Held-out batch 429, file d: a school district's data-incident update page on Finalsite (fsHeader, mega nav, breadcrumbs,
 * a "Posted" line, dated update headings, a resource element with PDF links, a translate widget and the fsFooter) and a
 * haveibeenpwned-style breach entry on a Bootstrap site (navbar, the breach logo and facts list, the description, the data
 * classes, a notification sign-up box and the footer).
 */
const sTitle = 'Student Information System Data Incident: Updates for Families';
const sIntro = [
  j(
    'Pinecrest Unified School District is committed to keeping families informed about the data incident involving our student',
    'information system. This page will be updated as we learn more. The most recent update appears first.',
  ),
];
const sUpdates: readonly (readonly [string, readonly string[]])[] = [
  [
    'Update: February 27, 2026',
    [
      j(
        'The independent forensic review is complete. It confirmed that an unauthorized person used a staff member’s stolen login to',
        'view and export records of 6,042 current and former students between February 2 and February 4. The exported records included',
        'names, student ID numbers, dates of birth, school and grade, and home addresses. For 311 students, the records also included',
        'special education service notes.',
      ),
      j(
        'Letters to the families of every affected student were mailed today. Families of students whose service notes were involved',
        'will also receive a call from their school’s principal this week.',
      ),
    ],
  ],
  [
    'Update: February 12, 2026',
    [
      'The district has completed the following steps since the incident was discovered:',
      'reset passwords for every staff account and required multi-factor sign-in for the student information system;',
      'limited bulk export features to a small group of trained staff;',
      'reported the incident to the state Department of Education and to local law enforcement;',
      'hosted two virtual information sessions for families, with recordings posted below.',
    ],
  ],
  [
    'Update: February 5, 2026',
    [
      j(
        'On the afternoon of February 4, our technology department noticed an unusually large export of student records. We disabled',
        'the account involved within the hour and engaged a cybersecurity firm to investigate. There is no evidence that grades,',
        'attendance records or health records were changed, and school operations have not been affected.',
      ),
      j(
        'We will never ask families for passwords or payment information by email or text. If you receive a suspicious message that',
        'appears to come from the district, please forward it to your school office.',
      ),
    ],
  ],
];
const sQuestionsH = 'Questions';
const sQuestions = [
  j(
    'Families with questions may call the district’s incident line at 555-0138, weekdays from 7:30 a.m. to 5 p.m., or email',
    'dataincident@pinecrestusd.example.',
  ),
];
const sNav = ['About Us', 'Schools', 'Departments', 'Enrollment', 'Parents', 'Staff', 'Calendar'];
const sCrumbs = ['Home', 'About Us', 'District News'];
const sDocs = ['Letter to Families (English)', 'Carta a las familias (Español)', 'Information Session Recording, February 10'];
const sFoot = ['Nondiscrimination Statement', 'Accessibility', 'Public Records', 'Employment'];
const sHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Student Information System Data Incident - Pinecrest Unified School District</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Finalsite Composer">
<meta property="og:site_name" content="Pinecrest Unified School District"><meta property="og:title" content="${sTitle}">
<link rel="stylesheet" href="https://resources.finalsite.example/theme/pinecrestusd/styles.css?v=1772100000">
<script>var fsConfig = {"siteId":"pinecrestusd","pageId":2217,"environment":"published"};</script></head>
<body class="fsComposerMode-false fsLayoutPage-2217 fsMenu-main fsPage-data-incident"><div id="fsPageWrapper"><div id="fsPageBodyWrapper">
<a href="#fsPageContent" class="fsSkipLink">Skip To Main Content</a>
<header id="fsHeader" class="fsHeader"><div class="fsBanner fsStyleAutoclear"><section class="fsElement fsContent fsAlertBar" id="fsEl_4410">
<div class="fsElementContent"><p>No school Monday, March 16: Professional Development Day</p></div></section>
<section class="fsElement fsNavigation fsMenu fsMegaMenu" id="fsEl_4412"><nav class="fsNavLevel1"><ul>${links(sNav, 'fsNavParentPage')}</ul></nav></section>
<section class="fsElement fsContent fsTranslate" id="fsEl_4418"><div class="fsElementContent"><a href="#" class="translate-toggle">Translate</a></div></section>
</div></header>
<div id="fsPageBody" class="fsPageBody"><main id="fsPageContent" class="fsPageContent"><div class="fsPageLayout fsLayout fsSingleColumnLayout">
<section class="fsElement fsBreadcrumbs" id="fsEl_4421"><nav class="fsBreadcrumbs"><ol>${links(sCrumbs, 'fsBreadcrumbItem')}</ol></nav></section>
<section class="fsElement fsContent fsPageTitle" id="fsEl_4422"><header><h1 class="fsElementTitle">${sTitle}</h1></header></section>
<section class="fsElement fsContent fsPostedDate" id="fsEl_4423"><div class="fsElementContent"><p class="fsDate">Posted February 5, 2026 · Last updated
February 27, 2026</p></div></section>
<section class="fsElement fsContent" id="fsEl_4424"><div class="fsElementContent">${ps(sIntro)}
${sUpdates
  .map(([h, p]) => {
    const list = p.length > 3 && p[0]?.endsWith(':') ? `<p>${p[0]}</p>\n<ul>\n${lis(p.slice(1))}\n</ul>` : ps(p);
    return `<h3 class="update-date">${h}</h3>\n${list}`;
  })
  .join('\n')}
<h3>${sQuestionsH}</h3>
${ps(sQuestions)}</div></section>
<section class="fsElement fsResourceElement fsList" id="fsEl_4425"><header><h2 class="fsElementTitle">Related Documents</h2></header>
<div class="fsElementContent"><ul class="fsResourceList">${links(sDocs, 'fsResource fsStyleOneColumn')}</ul></div></section>
</div></main></div>
<footer id="fsFooter" class="fsFooter"><section class="fsElement fsContent" id="fsEl_4430"><div class="fsElementContent">
<p>Pinecrest Unified School District<br>910 Cedar Lane, Pinecrest, OR 97000</p><p>Phone: 555-0100</p></div></section>
<section class="fsElement fsNavigation" id="fsEl_4431"><nav><ul>${links(sFoot)}</ul></nav></section>
<section class="fsElement fsContent fsPoweredBy" id="fsEl_4432"><div class="fsElementContent"><a href="https://www.finalsite.example">Powered by
Finalsite</a></div></section></footer></div></div>
<script src="https://resources.finalsite.example/js/fs.min.js?v=1772100000"></script></body></html>`;
const finalsite: TestPage = {
  name: 'heldout429-finalsite-school-incident-updates',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [...sUpdates.map(([h]) => h), sQuestionsH],
  body: texts([...sIntro, ...sUpdates.flatMap(([, p]) => p), ...sQuestions]),
  bylines: ['Posted February 5, 2026 · Last updated February 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip To Main Content', 'No school Monday, March 16: Professional Development Day', ...sNav, 'Translate', 'Home', 'District News', 'Related Documents',
    ...sDocs, '910 Cedar Lane, Pinecrest, OR 97000', 'Phone: 555-0100', ...sFoot, 'Powered by Finalsite',
  ],
};

const bTitle = 'Bellwether Outdoor Supply';
const bFacts: readonly (readonly [string, string])[] = [
  ['Breach date:', '14 November 2025'],
  ['Date added to WIB:', '21 February 2026'],
  ['Compromised accounts:', '188,204'],
  ['Data source:', 'Shared on a hacking forum'],
];
const bDesc = [
  j(
    'In November 2025, the online store of outdoor retailer Bellwether Outdoor Supply suffered a data breach after its checkout was',
    'compromised. The data was later offered for sale and then shared freely on a popular hacking forum. It contained 188k unique',
    'email addresses alongside names, phone numbers, physical addresses and partial payment card data (card type and the last four',
    'digits). Bellwether Outdoor Supply notified affected customers and regulators in February 2026.',
  ),
  j(
    'The file also included order histories and the answers to an optional "favourite activity" question asked at sign-up. Full card',
    'numbers were collected by a separate skimming script and are not part of this data set.',
  ),
];
const bClasses = ['Email addresses', 'Names', 'Phone numbers', 'Physical addresses', 'Partial credit card data', 'Purchases'];
const bRecsH = 'What should I do?';
const bRecs = [
  'Watch for phishing emails that mention recent orders or use your name and address.',
  'Check card statements for purchases you did not make and ask your bank to replace the card if you see any.',
  'Use a password manager so that one breached account does not expose the others.',
];
const bNav = ['Home', 'Notify me', 'Domain search', 'Who’s been breached', 'Passwords', 'API', 'About', 'Donate'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Was I Breached: Bellwether Outdoor Supply data breach</title>
<meta name="description" content="In November 2025, the online store of outdoor retailer Bellwether Outdoor Supply suffered a data breach.">
<meta property="og:title" content="Bellwether Outdoor Supply data breach"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/bundles/css?v=Xk21nA9pQ"><script>var breachName = 'BellwetherOutdoor'; var searchEndpoint = '/api/v3/breach/';</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Bellwether Outdoor Supply data breach",
"dateModified":"2026-02-21"}</script>
</head>
<body><nav class="navbar navbar-expand-lg fixed-top navbar-dark bg-dark" role="navigation"><div class="container">
<a class="navbar-brand" href="/">Was I Breached<span class="brandQuestion">?</span></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbar"><span class="navbar-toggler-icon"></span></button>
<div id="navbar" class="collapse navbar-collapse"><ul class="navbar-nav ms-auto">${bNav
  .map(
    (t) => `<li class="nav-item"><a class="nav-link"
href="/${t.length}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></nav>
<div class="container"><div class="row pwnedCompanyTitle"><div class="col-sm-2"><img class="pwnLogo largeLogo"
src="/Content/Images/PwnedLogos/BellwetherOutdoor.png"
alt="Bellwether Outdoor Supply logo"></div>
<div class="col-sm-10"><h1>${bTitle}</h1>
<dl class="breachFacts">${bFacts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}</dl></div></div>
<div class="row"><div class="col-md-8"><div class="breachDescription">${ps(bDesc)}</div>
<h3 class="dataClassesHeading">Compromised data</h3><ul class="dataClasses">${lis(bClasses)}</ul>
<h3>${bRecsH}</h3><ul class="recommendations">${lis(bRecs)}</ul>
<p class="permalink"><a href="/PwnedWebsites#BellwetherOutdoor">Permalink</a></p></div>
<div class="col-md-4"><div class="card notifyCard"><div class="card-body"><h4 class="card-title">Get notified</h4>
<p class="card-text">Find out when your email address turns up in a future breach.</p><form action="/NotifyMe" method="post">
<input type="email" class="form-control" placeholder="email address" aria-label="Email address for notifications">
<button type="submit" class="btn btn-primary">Notify me of future breaches</button></form></div></div>
<div class="card sponsorCard"><div class="card-body"><span class="sponsorLabel">Sponsored</span><p>Stop reusing passwords: try Keylatch free for 30
days.</p></div></div>
</div></div></div>
<footer class="footer"><div class="container"><p>Was I Breached is an independent project. Data is shown as reported and is not verified by the breached
organisation.</p><p><a href="/Privacy">Privacy</a> · <a href="/TermsOfUse">Terms of use</a> · <a href="/FAQs">FAQs</a></p></div></footer>
<script src="/bundles/js?v=R4nQp2x"></script></body></html>`;
const wib: TestPage = {
  name: 'heldout429-hibp-style-breach-entry',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Compromised data', bRecsH],
  body: texts([...bFacts.map(([, v]) => v), ...bDesc, ...bClasses, ...bRecs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Was I Breached', ...bNav, 'Permalink', 'Get notified', 'Find out when your email address turns up in a future breach.',
    'Notify me of future breaches', 'Sponsored', 'Stop reusing passwords: try Keylatch free for 30 days.',
    'Was I Breached is an independent project. Data is shown as reported and is not verified by the breached organisation.', 'Privacy', 'Terms of use', 'FAQs',
  ],
};

export const HELDOUT429_D: readonly TestPage[] = [finalsite, wib];
