import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file e2: a school district's parent guide on a Finalsite (Composer) site of an invented district: the
 * alert bar, the header with the translate widget and the quick links, the mega menu, breadcrumbs, the page title, the
 * content elements (fsElement fsContent) with their titles, a schedule table, a downloadable-resources element, the "Contact
 * Us" sidebar element, the non-discrimination notice and the footer with the district address.
 */
const title = 'Starting Kindergarten: A Guide for Families';
const intro = [
  j(
    'Welcome to Ashcombe Valley Schools! The first year of school is a big step for children and for the grown-ups who love',
    'them. This guide explains what to expect in the first weeks, how you can help your child get ready at home, and who to',
    'call when you have a question.',
  ),
  j(
    'Every child arrives at kindergarten with different experiences. Teachers do not expect children to read, write their',
    'whole name or know all their letters on the first day. What helps most is a child who feels safe, rested and curious.',
  ),
];
const readyHead = 'Getting Ready at Home';
const ready = [
  'Read together every day, even for ten minutes. Talk about the pictures and ask what might happen next.',
  'Practise independence: opening a lunch box, zipping a coat, putting on shoes and using the bathroom alone.',
  'Start the school bedtime and wake-up routine two weeks before the first day.',
  'Visit the school playground over the summer so the building feels familiar.',
  'Talk about school in a positive way, and let your child share any worries.',
];
const firstHead = 'The First Two Weeks';
const first = [
  j(
    'Kindergarten begins with a staggered start. Each child attends a short first day with half of the class on Monday 24 August',
    'or Tuesday 25 August, so that teachers can get to know every student. The whole class starts together on Wednesday 26 August.',
  ),
  j(
    'During the first two weeks, families are welcome to walk their child to the classroom door. After that, children are',
    'met at the kindergarten entrance by staff, which helps them build confidence and settle into the morning routine.',
  ),
];
const dayHead = 'A Typical Kindergarten Day';
const day = [
  ['8:35 a.m.', 'Doors open and breakfast in the classroom'],
  ['8:50 a.m.', 'Morning meeting'],
  ['9:10 a.m.', 'Reading and phonics'],
  ['11:15 a.m.', 'Lunch and recess'],
  ['12:15 p.m.', 'Maths, play-based centres and specials (art, music, PE)'],
  ['3:05 p.m.', 'Dismissal'],
];
const healthHead = 'Health and Registration Forms';
const health = [
  j(
    'Before the first day, please make sure that the school nurse has your child’s immunisation record and a completed health',
    'form. Children who need medicine at school must have a medication form signed by a doctor. Forms can be returned to the',
    'school office or uploaded through the online parent portal.',
  ),
  j(
    'If your family needs help with school supplies, breakfast and lunch costs or transport, speak to the school’s family',
    'liaison. All requests are kept private.',
  ),
];
const alert = 'Kindergarten registration for 2026-27 is open. Register by 15 May to secure a place at your neighbourhood school.';
const quick = ['Calendar', 'Menus', 'Family Portal', 'Staff Directory', 'Employment'];
const mega = ['About Us', 'Our Schools', 'Families', 'Academics', 'Departments', 'School Board'];
const crumbs = ['Families', 'Early Learning', title];
const files = ['Kindergarten Readiness Checklist (PDF)', 'Health Form - Kindergarten (PDF)', 'Supply List 2026-27 (PDF)'];
const el = (
  id: number,
  head: string,
  inner: string,
): string => `<div class="fsElement fsContent" id="fsEl_${id}"><header><h2 class="fsElementTitle">${head}</h2>
</header><div class="fsElementContent">${inner}</div></div>`;
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} - Ashcombe Valley Schools</title>
<meta name="description" content="What to expect in the first weeks of kindergarten and how families can help."><meta name="viewport"
content="width=device-width">
<link rel="stylesheet" href="https://resources.finalsite.example/images/v1712/ashcombe/styles/site.css">
<script>var fsPageID = 4418; var fsConfig = {"siteID":"ashcombe","pageTitle":"${title}","lang":"en"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"School","name":"Ashcombe Valley Schools","address":"1200 Mill
Lane"}</script></head>
<body class="fsComposerMode fsPageLayout fsLayout-one-column"><a class="fsSkipLink" href="#fsPageContent">Skip To Main Content</a>
<div class="fsBanner fsAlertBar" role="alert"><div class="fsElementContent"><p>${alert}</p><a href="/register">Learn More</a>
<button class="fsAlertClose" aria-label="Close alert">Close</button></div></div>
<header id="fsHeader" class="fsHeader"><div class="fsBanner"><div class="fsElement fsCustom" id="fsEl_101"><div id="google_translate_element">
<span class="translate-label">Select Language</span></div></div>
<div class="fsElement fsNavigation fsList quick-links"><nav class="fsNavLevel1"><ul>${links(quick, 'fsNavPageInfo')}</ul></nav></div>
<div class="fsElement fsContent logo"><a href="/"><span class="fsLogoName">Ashcombe Valley Schools</span></a></div>
<nav class="fsElement fsNavigation nav-main" aria-label="Main navigation"><ul class="fsNavLevel1">${links(mega, 'fsNavLevel1')}</ul></nav></div></header>
<div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsStyleAutoclear fsPageBody">
<div class="fsPageTitleWrapper"><nav class="fsBreadcrumb"><ul>${links(crumbs.slice(0, 2))}<li>${title}</li></ul></nav>
<h1 class="fsPageTitle">${title}</h1></div><main id="fsPageContent" class="fsPageContent"><div class="fsPageLayout fsLayout fsTwoColumnLayout">
<div class="fsDiv fsStyleColumn-1">
<div class="fsElement fsContent" id="fsEl_4419"><div class="fsElementContent">${ps(intro)}</div></div>
${el(4420, readyHead, `<ul>${lis(ready)}</ul>`)}
${el(4421, firstHead, ps(first))}
${el(
  4422,
  dayHead,
  `<table class="fsTable"><thead><tr><th>Time</th><th>Activity</th></tr></thead><tbody>
${day.map(([t, a]) => `<tr><td>${t}</td><td>${a}</td></tr>`).join('\n')}</tbody></table>
<p class="fsTableNote"><em>Times shown are for elementary schools on the early bell schedule.</em></p>`,
)}
${el(4423, healthHead, ps(health))}
<div class="fsElement fsResourceElement" id="fsEl_4424"><header><h2 class="fsElementTitle">Downloads</h2></header><div class="fsElementContent"><ul>
${links(files, 'fsResource fsStyleDefaultLayout')}</ul></div></div></div>
<aside class="fsDiv fsStyleColumn-2"><div class="fsElement fsContent contact-card"><header><h2 class="fsElementTitle">Contact Us</h2></header>
<div class="fsElementContent"><p>Office of Early Learning</p><p>555-014-7720</p><p><a
href="mailto:earlylearning@ashcombe.example">earlylearning@ashcombe.example</a></p>
</div></div></aside></div></main></div></div>
<footer id="fsFooter" class="fsFooter"><div class="fsBanner"><div class="fsElement fsContent"><div class="fsElementContent">
<p><strong>Ashcombe Valley Schools</strong></p><p>1200 Mill Lane, Ashcombe, Invented County 00417</p><p>Phone: 555-014-7000 | Fax: 555-014-7001</p></div></div>
<div class="fsElement fsContent nondiscrimination"><div class="fsElementContent"><p>Ashcombe Valley Schools does not discriminate on the basis of race, color,
national origin, sex, disability or age in its programs and activities.</p></div></div>
<div class="fsElement fsNavigation"><ul>${links(['Accessibility', 'Site Map', 'Privacy Policy'])}</ul></div>
<div class="fsPoweredByFinalsite"><a href="https://www.finalsite.example">Powered by Finalsite</a></div></div></footer>
<script src="https://resources.finalsite.example/js/fs.composer.min.js"></script><script>fsComposer.init(4418);</script></body></html>`;

export const district: TestPage = {
  name: 'heldout289-ashcombe-finalsite-guide-docs',
  kind: 'docs',
  html,
  title,
  headings: [readyHead, firstHead, dayHead, healthHead],
  body: texts([...intro, ...ready, ...first, ...day.flat(), ...health]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip To Main Content', alert, 'Learn More', 'Close', 'Select Language', ...quick, ...mega, 'Early Learning',
    'Times shown are for elementary schools on the early bell schedule.', 'Downloads', ...files, 'Contact Us', 'Office of Early Learning', '555-014-7720',
    'earlylearning@ashcombe.example', '1200 Mill Lane, Ashcombe, Invented County 00417', 'Phone: 555-014-7000 | Fax: 555-014-7001',
    j(
      'Ashcombe Valley Schools does not discriminate on the basis of race, color, national origin, sex, disability or age in its programs',
      'and activities.',
    ),
    'Accessibility', 'Site Map', 'Privacy Policy', 'Powered by Finalsite',
  ],
};
