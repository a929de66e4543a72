import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';

/**
 * Held-out batch 441, file c2: an Open University-style OpenLearn unit page (Moodle with the oucontent module): the site header
 * with "Create account" and "Sign in", the course banner with its hours and badge, the course-content drawer, breadcrumbs, an
 * activity box with its timing, answer field and revealed discussion, a figure with caption and credit, the "mark complete"
 * tick, previous / next links, a survey banner, the cookie banner and the university footer.
 */
const olTitle = '3.2 Field notes that stay useful';
const olIntro = [
  `Anyone who has tried to read their own notes from a site visit a year later knows the problem. What seemed obvious at the time
  - which hedge, which morning, which of the two ponds - has vanished, and the notes are full of shorthand that no longer means
  anything. In this section you will look at a few habits that make field notes readable long after the day itself.`,
];
const olH1 = 'Record the context first';
const olContext = [
  `Before you write a single observation, note the date, the start time, the place and the weather. It feels like bureaucracy,
  but almost every later question about a record turns on one of these four details. A count of dragonflies means little if you
  cannot tell whether it was made in sun at noon or under cloud at dusk.`,
  'A simple header at the top of each page is enough:',
];
const olHeader = [
  'Date and start time, written in full.',
  'Site name and a grid reference or map description.',
  'Weather: cloud cover, wind and temperature.',
  'Who was present and what each person recorded.',
];
const olH2 = 'Separate what you saw from what you think';
const olSeparate = [
  `A useful rule is to keep observations and interpretations apart. "Three wrens calling from the bramble by the east gate" is an
  observation. "Wrens are nesting in the bramble" is an interpretation, and it may be wrong. Many recorders use the right-hand
  margin for interpretations, or mark them with a question mark, so that a later reader can tell the two apart at a glance.`,
  `At the Harrowfield reserve, volunteers who adopted this rule found that about one record in eight had previously mixed the two,
  and that most disagreements between observers came from those records.`,
];
const olActivity = `Look back at a page of notes you have made, on any subject. Mark each line as either an observation or an
interpretation. How many lines were hard to classify?`;
const olDiscussion = `Most people find a handful of lines that blur the two, often where a name has been given to something that
was only glimpsed. That is normal; the aim is not perfection but to make the difference visible.`;
const olCaption = 'Figure 4 A notebook page with observations on the left and interpretations in the margin.';
const olCredit = 'Photo: Nell Okonjo / Northmoor Open University';
const olTop = ['Create account', 'Sign in', 'Study with us', 'Free courses', 'Subjects', 'About'];
const olCrumbs = ['Home', 'Nature & Environment', 'Recording Wildlife: Methods for Volunteers'];
const olDrawer = ['Introduction', 'Session 1: Why record?', 'Session 2: Identification', 'Session 3: Keeping records', 'Session 4: Sharing data'];
const olFoot = ['Contact the NOU', 'Accessibility statement', 'Conditions of use', 'Privacy and cookies', 'Modern Slavery Act'];
const olHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en" xml:lang="en"><head><title>Recording Wildlife: Methods for Volunteers: ${olTitle} | OpenMoor</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="moodle, Recording Wildlife">
<meta property="og:title" content="Recording Wildlife: Methods for Volunteers"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Recording Wildlife: Methods for Volunteers",
"provider":{"@type":"CollegeOrUniversity","name":"Northmoor Open University"},"isAccessibleForFree":true,"timeRequired":"PT12H"}</script>
<script>var M = {}; M.yui = {}; M.cfg = {"wwwroot":"https:\\/\\/www.openmoor.example","sesskey":"aB3dE9fG","themerev":"1761223344"};</script>
<link rel="stylesheet" type="text/css" href="https://www.openmoor.example/theme/styles.php/openlearnng/1761223344/all"></head>
<body id="page-mod-oucontent-view" class="format-oustudyplan path-mod path-mod-oucontent chrome dir-ltr lang-en pagelayout-incourse course-3312">
<div class="skiplinks"><a class="skip" href="#maincontent">Skip to main content</a></div>
<header id="ou-header" class="ou-header"><div class="ou-header-logo"><a href="/"><img src="/logo.svg" alt="OpenMoor from the Northmoor Open
University"></a></div><nav class="ou-header-nav"><ul>${links(olTop, 'ou-header-item')}</ul></nav></header>
<div id="ou-course-banner" class="openlearnng-course-banner"><p class="course-title">Recording Wildlife: Methods for Volunteers</p>
<ul class="course-facts"><li>12 hours study</li><li>Level 1: Introductory</li><li>Statement of participation on completion</li></ul></div>
<nav class="breadcrumb-nav" aria-label="Navigation bar"><ol class="breadcrumb">${links(olCrumbs, 'breadcrumb-item')}</ol></nav>
<div id="page"><div id="block-region-side-pre" class="block-region"><section class="block_oucontent_nav block card"><h5 class="card-title">Course
content</h5><ul class="oucontent-toc">${links(olDrawer, 'oucontent-toc-item')}</ul></section></div>
<div id="page-content"><div id="region-main" role="main"><span id="maincontent"></span>
<div class="oucontent-content oucontent-unit" id="oucontent-content"><div class="oucontent-tools"><a href="?printable=1" class="oucontent-print">Print
this page</a><a href="/download" class="oucontent-download">Download this course</a></div>
<div class="oucontent-section"><h1 class="oucontent-h1 oucontent-nonumber">${olTitle}</h1>
${ps(olIntro)}
<h2 class="oucontent-h2 oucontent-nonumber">${olH1}</h2>
${ps(olContext)}
<ul class="oucontent-bulleted">${lis(olHeader)}</ul>
<h2 class="oucontent-h2 oucontent-nonumber">${olH2}</h2>
${ps(olSeparate)}
<div class="oucontent-figure oucontent-media-wide"><img src="/pluginfile.php/3312/mod_oucontent/notebook.jpg" alt="Notebook page"
width="580"><div class="oucontent-figure-text"><div class="oucontent-caption oucontent-nonumber"><span class="oucontent-figure-caption">${olCaption}
</span></div><div class="oucontent-source-reference">${olCredit}</div></div></div>
<div class="oucontent-activity oucontent-s-heavybox1 oucontent-s-box"><div class="oucontent-outer-box"><h2 class="oucontent-h3">Activity 3 Sorting
your own notes</h2><div class="oucontent-saq-timing">Allow about 15 minutes</div><div class="oucontent-inner-box">
<div class="oucontent-saq-question"><p>${olActivity}</p></div>
<div class="oucontent-freeresponse"><label for="resp1" class="accesshide">Provide your answer...</label><textarea id="resp1"></textarea>
<input type="submit" value="Save"><input type="submit" value="Reset"></div>
<div class="oucontent-saq-interactive"><input type="submit" class="oucontent-saq-interactivebutton" value="Reveal discussion"></div>
<div class="oucontent-saq-discussion"><h3 class="oucontent-h4">Discussion</h3><p>${olDiscussion}</p></div></div></div></div></div>
<div class="oucontent-completion"><label><input type="checkbox"> Tick to mark this page as complete</label></div>
<div class="oucontent-nav"><a class="oucontent-prev" href="?section=3.1"><span>Previous</span> 3.1 Choosing what to count</a>
<a class="oucontent-next" href="?section=3.3"><span>Next</span> 3.3 From notebook to database</a></div></div></div></div></div>
<div class="openlearnng-survey" role="region"><p>Take our short survey and help us improve free courses.</p><a href="/survey">Take the survey</a></div>
<footer id="ou-footer"><p class="ou-footer-tagline">OpenMoor - free learning from the Northmoor Open University</p>
<ul class="ou-footer-links">${links(olFoot)}</ul><p class="ou-copyright">© 2026 Northmoor Open University. All rights reserved.</p></footer>
<div id="ou-cookie-banner" class="ou-cookies" role="dialog"><h2 class="ou-cookies-title">Our use of cookies</h2><p>We use essential cookies to make
our site work and optional cookies to understand how you use it.</p><button class="ou-cookies-accept">Accept all cookies</button>
<button class="ou-cookies-manage">Manage cookies</button></div>
<script>require(['core/first'], function() { M.util.js_complete('init'); });</script></body></html>`;
export const openLearn: TestPage = {
  name: 'heldout441-openlearn-unit-docs',
  kind: 'docs',
  html: olHtml,
  title: olTitle,
  headings: [olH1, olH2],
  body: texts([...olIntro, ...olContext, ...olHeader, ...olSeparate, olActivity, olDiscussion]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...olTop, 'Recording Wildlife: Methods for Volunteers', '12 hours study', 'Level 1: Introductory',
    'Statement of participation on completion', ...olCrumbs, 'Course content', ...olDrawer, 'Print this page', 'Download this course', olCaption,
    olCredit, 'Allow about 15 minutes', 'Provide your answer...', 'Tick to mark this page as complete', '3.1 Choosing what to count',
    '3.3 From notebook to database', 'Take our short survey and help us improve free courses.', 'Take the survey',
    'OpenMoor - free learning from the Northmoor Open University', ...olFoot, '© 2026 Northmoor Open University. All rights reserved.',
    'Our use of cookies', 'We use essential cookies to make our site work and optional cookies to understand how you use it.', 'Accept all cookies',
    'Manage cookies', 'Previous', 'Next',
  ],
};
