import { links, ps, type TestPage, texts } from './page-kit.js';
import { aemMemoriam } from './pages-heldout430-b2.js';
import { j, lis } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file b: a boarding school's newsletter issue on a Finalsite-style CMS (fsHeader with utility and main
 * navigation, fsBanner, fsPageLayout elements, a post element with author and date, an issue navigation, a calendar element,
 * a "Quick Links" element, a subscribe element, the fsFooter with address and social links, and a cookie notice) and, from
 * file b2, a college's "in memoriam" listing.
 */
const fTitle = 'The Ashcombe Weekly: Issue 14';
const fH = ['From the Head of School', 'Winter Term Exhibitions', 'Athletics Roundup', 'Dates to Remember'];
const fHead = [
  j(
    'Dear Ashcombe families, this week the snow finally arrived, and with it the first properly quiet weekend of the term. I',
    'walked across the Lower Field on Saturday morning and counted eleven snow forts, two of them with working doors.',
  ),
  j(
    'Quiet weekends matter at a boarding school. Our students live at a pace that would tire most adults, and the long',
    'stretch between January and the spring break is where that pace shows. I have asked house parents to protect Sunday',
    'mornings for the rest of the term: no rehearsals, no make-up tests and no team meetings before noon.',
  ),
  j(
    'I also want to thank the forty-two parents who came to the Sixth Form university evening last Thursday. The questions',
    'you asked were thoughtful, and several of them have already changed how we plan next year&#39;s sessions.',
  ),
];
const fArt = [
  j(
    'The Winter Term Exhibition opens in the Lydgate Gallery on February 12 and runs for three weeks. Work by 64 students in',
    'the Fourth and Fifth Forms will be on show, including ceramics, printmaking and, for the first time, a short film strand.',
  ),
  'The gallery will be open to families at the following times:',
];
const fArtList = [
  'Weekdays, 3:30 to 6:00 p.m.',
  'Saturday, February 14, 10:00 a.m. to 1:00 p.m., with student guides',
  'Parents&#39; Weekend, February 27 and 28, all day',
];
const fSport = [
  j(
    'Girls&#39; varsity hockey beat Fenwick Academy 3–1 on Saturday to move into second place in the league, with two goals',
    'from Fifth Former Josie Marchetti. The boys&#39; squash team lost narrowly to Hollins School, 4–3, in a match that went',
    'to the final game of the final court.',
  ),
  j(
    'Nordic ski team members competed at the Pine Ridge Invitational and brought home three top-ten finishes. Coach Lars',
    'Eide said the team&#39;s waxing had improved more than its skiing, which he meant as a compliment.',
  ),
];
const fRows: [string, string][] = [
  ['February 12', 'Winter Term Exhibition opens, Lydgate Gallery'],
  ['February 16', 'No classes: Presidents&#39; Day; houses open'],
  ['February 20', 'Third Form parent conferences (online)'],
  ['February 27–28', 'Parents&#39; Weekend'],
  ['March 6', 'Spring break begins after last class'],
];
const fIssues = ['Issue 13', 'Issue 12', 'Issue 11', 'All Issues'];
const fUtil = ['For Parents', 'For Students', 'For Alumni', 'Faculty & Staff', 'Login'];
const fNav = ['About', 'Admission', 'Academics', 'Arts', 'Athletics', 'Boarding Life', 'Giving'];
const fQuick = ['Lunch Menu', 'Athletics Schedule', 'Health Center', 'School Store', 'Parent Handbook'];
const fCal = [
  ['Feb 10', 'Chapel: Visiting speaker Rev. Anna Kowal'],
  ['Feb 11', 'Orchestra rehearsal, Hale Hall'],
];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="fsLayout fsHasHeader fsPageType-Post"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - Ashcombe Hall School</title>
<meta property="og:title" content="${fTitle}"><meta property="og:site_name" content="Ashcombe Hall School">
<meta name="description" content="News and notes for Ashcombe Hall families, week of February 9, 2026.">
<link rel="stylesheet" href="https://resources.finalsite.example/min/g=fs_platform.css">
<link rel="stylesheet" href="https://www.ashcombehall.example/uploaded/themes/default_24/main.css">
<script>var fsSettings = {"pageId":4121,"siteId":"ashcombehall","isComposer":false};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}",
"datePublished":"2026-02-06","author":{"@type":"Organization","name":"Ashcombe Hall Communications Office"}}</script></head>
<body class="fsBody fsPageId-4121"><div id="fsPageWrapper"><div id="fsPageBodyWrapper">
<header id="fsHeader" class="fsHeader"><div class="fsBanner fsStyleAutoclear"><div class="fsElement fsNavigation fsList" id="fsEl_4119">
<nav class="fsNavLevel1"><ul>${links(fUtil, 'fsNavPageInfo')}</ul></nav></div>
<div class="fsElement fsContent" id="fsEl_4120"><a href="/" class="school-logo">Ashcombe Hall School</a></div>
<nav class="fsElement fsNavigation fsMenu" id="fsEl_4122" aria-label="Main navigation"><ul class="fsNavLevel1">${links(fNav, 'fsNavParentPage')}
</ul></nav></div></header>
<div id="fsPageBody" class="fsPageBody"><div class="fsPageLayout fsLayout fsTwoColumnLayout">
<div class="fsDiv fsStyleColumn-1 fsBreadcrumbs"><nav class="fsElement fsNavigation fsBreadcrumb"><a href="/">Home</a> /
<a href="/news">News</a> / <a href="/news/weekly">The Ashcombe Weekly</a></nav></div>
<div class="fsDiv fsStyleColumn-1"><section class="fsElement fsPostElement fsContent" id="fsEl_5210">
<div class="fsElementContent"><article class="fsPost"><div class="fsCategories"><a href="/news?cat=weekly">Weekly Newsletter</a></div>
<h1 class="fsTitle">${fTitle}</h1>
<div class="fsAuthor"><span class="fsLabel">By</span> <span>Ashcombe Hall Communications Office</span></div>
<time class="fsDate" datetime="2026-02-06T08:00:00-05:00">February 6, 2026</time>
<div class="fsSummary">News and notes for Ashcombe Hall families.</div>
<div class="fsBody">
<h2>${fH[0]}</h2>
${ps(fHead)}
<p class="signature"><em>Dr. Celia Harrowgate, Head of School</em></p>
<figure class="fsImage"><img src="https://resources.finalsite.example/images/snowforts.jpg" alt="Snow forts on the Lower Field">
<figcaption>Snow forts on the Lower Field, Saturday morning. Photo: Theo Brandt, Fifth Form</figcaption></figure>
<h2>${fH[1]}</h2>
${ps(fArt)}
<ul>${lis(fArtList.map((l) => l.replace(/&#39;/g, "'")))}</ul>
<h2>${fH[2]}</h2>
${ps(fSport)}
<p class="fsReadMore"><a href="/athletics/scores">See all scores on the Athletics page &rarr;</a></p>
<h2>${fH[3]}</h2>
<table class="fsTable"><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>
${fRows.map(([d, e]) => `<tr><td>${d}</td> <td>${e}</td></tr>`).join('\n')}
</tbody></table></div>
<div class="fsPostLink fsPrevNext"><a class="fsPrev" href="/news/weekly/issue-13">Previous issue</a></div></article></div></section></div>
<div class="fsDiv fsStyleColumn-2"><section class="fsElement fsNavigation fsList" id="fsEl_5211"><header><h2 class="fsElementTitle">
More Issues</h2></header><div class="fsElementContent"><ul>${links(fIssues)}</ul></div></section>
<section class="fsElement fsCalendar fsList" id="fsEl_5212"><header><h2 class="fsElementTitle">Upcoming Events</h2></header>
<div class="fsElementContent">${fCal
  .map(([d, e]) => `<article class="fsCalendarEvent"><div class="fsDate">${d}</div><a class="fsCalendarEventLink" href="#">${e}</a></article>`)
  .join('\n')}</div><footer class="fsElementFooterContent"><a href="/calendar">View Full Calendar</a></footer></section>
<section class="fsElement fsContent" id="fsEl_5213"><header><h2 class="fsElementTitle">Quick Links</h2></header>
<div class="fsElementContent"><ul>${links(fQuick)}</ul></div></section>
<section class="fsElement fsContent fsSubscribe" id="fsEl_5214"><header><h2 class="fsElementTitle">Subscribe to the Weekly</h2></header>
<div class="fsElementContent"><p>Parents and guardians receive the Weekly by email every Friday.</p><a class="fsButton" href="/subscribe">Sign up</a>
</div></section></div></div></div>
<footer id="fsFooter" class="fsFooter"><div class="fsElement fsContent"><p>Ashcombe Hall School · 1 Lydgate Road, Ashcombe, NH 03221 · 603-555-0142</p>
<ul class="social"><li><a href="#">Instagram</a></li><li><a href="#">Facebook</a></li><li><a href="#">YouTube</a></li></ul>
<p>Ashcombe Hall School admits students of any race, color, religion and national or ethnic origin.</p></div>
<div class="fsPoweredByFinalsite"><a href="https://www.finalsite.example">Powered by Finalsite</a></div></footer></div></div>
<div id="fsCookieNotice" class="fs-cookie-notice" role="dialog"><p>This website uses cookies to improve your experience. See our
<a href="/privacy">Privacy Policy</a>.</p><button class="fs-cookie-accept">Accept</button></div>
<script src="https://resources.finalsite.example/min/g=fs_platform.js"></script></body></html>`;
const finalsite: TestPage = {
  name: 'heldout430-finalsite-school-newsletter',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fHead, ...fArt, ...fArtList, ...fSport, ...fRows.map(([d, e]) => `${d} ${e}`)]),
  bylines: ['Ashcombe Hall Communications Office', 'February 6, 2026', 'Dr. Celia Harrowgate, Head of School'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fUtil, 'Ashcombe Hall School', ...fNav, 'Home', 'News', 'The Ashcombe Weekly', 'Weekly Newsletter',
    'News and notes for Ashcombe Hall families.', 'Snow forts on the Lower Field, Saturday morning. Photo: Theo Brandt, Fifth Form',
    'See all scores on the Athletics page', 'Previous issue', 'More Issues', ...fIssues, 'Upcoming Events', ...fCal.flat(), 'View Full Calendar',
    'Quick Links', ...fQuick, 'Subscribe to the Weekly', 'Parents and guardians receive the Weekly by email every Friday.', 'Sign up',
    'Ashcombe Hall School · 1 Lydgate Road, Ashcombe, NH 03221 · 603-555-0142', 'Instagram', 'Facebook', 'YouTube',
    'Ashcombe Hall School admits students of any race, color, religion and national or ethnic origin.', 'Powered by Finalsite',
    'This website uses cookies to improve your experience. See our Privacy Policy.', 'Accept',
  ],
};

export const HELDOUT430_B: readonly TestPage[] = [finalsite, aemMemoriam];
