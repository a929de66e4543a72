import { links, type TestPage } from './page-kit.js';
import { syllabusPage } from './pages-heldout171-c2.js';

/**
 * Held-out batch 171, file c: an edX course page as a signed-out visitor saves it (the promo banner, the header with
 * "Learn", "Degrees", "Executive Education", search, "Sign in" and "Register for free"; breadcrumbs; the hero with the
 * school logo, h1, the short description, "Enroll", the run picker and the enrolled count; the at-a-glance strip; the
 * "About this course" text with its "Show more" toggle; "What you'll learn" and "Syllabus"; "Meet your instructors";
 * "Ways to take this course"; the verified certificate box; "Who can take this course?" with its sanctions notice;
 * "More about this course"; related programs; the cookie banner and the footer) and, from file c2, a university course
 * syllabus page.
 */
const exTitle = 'Introduction to Coastal Ecology';
const exShort = 'Explore how tides, storms and people shape the living shoreline, and learn to survey a rocky shore and a salt marsh.';
const exAbout = [
  'Coasts are some of the most productive and most threatened places on Earth. In this course you will learn how the plants and ' +
    'animals of rocky shores, sandy beaches, salt marshes and seagrass meadows survive the daily rise and fall of the tide, and ' +
    'how those habitats are changing as the sea rises and the shoreline is built up.',
  'Each week combines short video lectures with field footage filmed at our marine station on the Harrowgate Peninsula. You will ' +
    'meet the researchers who count limpets at dawn, map marsh grasses by drone and raise oysters to rebuild reefs in the bay. ' +
    'Optional field activities show you how to run a simple quadrat survey on any shore near you, and you can upload your data to ' +
    'a shared map used by other learners around the world.',
  'The course is designed for students thinking about a career in marine science, for teachers, and for anyone who lives by the ' +
    'sea and wants to understand it better. No background in biology is required.',
];
const exLearnH = "What you'll learn";
const exLearn = [
  'How tides, waves and salinity create zones of life on the shore',
  'How to identify common seaweeds, shellfish and marsh plants',
  'How to design and carry out a quadrat and transect survey',
  'Why salt marshes and seagrass store so much carbon',
  'How sea-level rise and coastal development squeeze intertidal habitats',
];
const exSylH = 'Syllabus';
const exSyl = [
  'Week 1: The edge of the sea. Tides, waves and the shape of the shore.',
  'Week 2: Rocky shores. Zonation, competition and grazing.',
  'Week 3: Beaches and dunes. Life in moving sand.',
  'Week 4: Salt marshes. Plants that live in salt water, and why marshes build upwards.',
  'Week 5: Seagrass and shellfish reefs. Restoring habitats that were lost.',
  'Week 6: Coastal squeeze. Planning for a rising sea.',
];
const exNav = ['Learn', 'Degrees', 'Executive Education', 'Sign in', 'Register for free'];
const exCrumbs = ['Catalog', 'Biology & Life Sciences Courses'];
const exGlance: [string, string][] = [
  ['6 weeks', '3–5 hours per week'],
  ['Self-paced', 'Progress at your own speed'],
  ['Free', 'Optional upgrade available'],
];
const exMeta = [
  'Institution',
  'HarrowgateX',
  'Subject',
  'Biology & Life Sciences',
  'Level',
  'Introductory',
  'Prerequisites',
  'None',
  'Language',
  'English',
  'Video Transcript',
  'English, Español',
  'Associated skills',
  'Ecology, Marine Biology, Field Surveys, Conservation',
];
const exInstr: [string, string][] = [
  ['Dr. Saoirse Benning', 'Senior Lecturer in Marine Biology'],
  ['Prof. Tomasz Wrobel', 'Director, Harrowgate Marine Station'],
];
const exSanction =
  'Unfortunately, learners residing in one or more of the following countries or regions will not be able to register for this ' +
  'course: Iran, Cuba and the Crimea region of Ukraine.';
const exPrograms = ['Marine Conservation Professional Certificate', 'Oceans and Climate XSeries Program'];
const exFoot = [
  'About',
  'Affiliates',
  'edX for Business',
  'Open edX',
  'Careers',
  'News',
  'Terms of Service & Honor Code',
  'Privacy Policy',
  'Accessibility Policy',
  'Trademark Policy',
  'Sitemap',
  'Contact Us',
  'Help Center',
  'Security',
  'Media Kit',
];
const exCookie = 'This site uses cookies to improve your experience and to show you relevant advertising. See our Cookie Policy.';
const exHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>HarrowgateX: Introduction to Coastal Ecology | edX</title>
<meta name="description" content="${exShort}"><meta property="og:title" content="HarrowgateX: ${exTitle}"><meta property="og:site_name" content="edX">
<link rel="canonical" href="https://www.edx.org/learn/ecology/harrowgate-university-introduction-to-coastal-ecology">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Course","name":"${exTitle}","description":"${exShort}",
"provider":{"@type":"Organization","name":"HarrowgateX","sameAs":"https://www.edx.org/school/harrowgatex"},
"hasCourseInstance":{"@type":"CourseInstance","courseMode":"Online","courseWorkload":"PT4H"}}</script>
<link rel="stylesheet" href="/_next/static/css/3f88a19e2b.css"><script src="/_next/static/chunks/main-77a2.js" defer></script></head>
<body><div id="__next"><div class="promo-banner bg-primary text-white text-center py-2" role="region" aria-label="Promotion">
<p>Save 30% on verified certificates this week. <a href="/deals">Shop now</a></p></div>
<header class="header-container" role="banner"><a href="/" class="logo" aria-label="edX homepage"><img alt=""></a>
<nav aria-label="Main"><ul class="header-nav">${links(exNav, 'nav-item')}</ul></nav>
<div class="search-input" role="search"><input aria-label="Search" placeholder="What do you want to learn?"></div></header>
<main id="main-content" class="course-about-page"><nav aria-label="breadcrumb" class="pgn__breadcrumb"><ol class="list-inline">
${links(exCrumbs, 'list-inline-item')}</ol></nav>
<section class="course-hero bg-light-200"><div class="container-mw-lg"><a href="/school/harrowgatex"><img class="school-logo" alt="HarrowgateX"></a>
<h1 class="h2 mb-3">${exTitle}</h1><div class="course-short-description"><p>${exShort}</p></div>
<div class="enroll-box"><a class="btn btn-brand btn-lg" href="/register?course_id=course-v1:HarrowgateX+CE101x+3T2025">Enroll</a>
<div class="course-run-selector"><label for="run">Choose a course run</label><select id="run"><option>Starts Oct 28</option></select></div>
<p class="small">Starts Oct 28</p><p class="small"><strong>9,410</strong> already enrolled!</p>
<p class="small">After a course session ends, it will be archived.</p></div></div></section>
<section class="at-a-glance container-mw-lg"><ul class="d-flex">${exGlance
  .map(
    ([a, b]) => `<li><div class="h4">${a}</div><div
class="small">${b}</div></li>`,
  )
  .join('\n')}
</ul></section>
<div class="container-mw-lg d-flex"><div class="course-main col-md-8"><section class="about-this-course" id="about">
<h2 class="h3">About this course</h2><div class="collapsible-body overflow-hidden">${exAbout.map((p) => `<p>${p}</p>`).join('\n')}</div>
<button class="btn btn-link collapsible-trigger" aria-expanded="false">Show more</button></section>
<section class="what-you-will-learn"><h2 class="h3">${exLearnH}</h2><div class="html-content"><ul>${exLearn.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></section><section class="syllabus"><h2 class="h3">${exSylH}</h2><div class="html-content collapsible-body">
${exSyl.map((t) => `<p>${t.replace(/^(Week \d+:)/, '<strong>$1</strong>')}</p>`).join('\n')}</div></section>
<section class="instructors"><h2 class="h3">Meet your instructors</h2><ul class="d-flex">
${exInstr
  .map(
    ([n, r]) => `<li class="instructor-card"><img alt=""><a class="h4" href="/bio/${n.length}">${n}</a><p class="small">${r}</p>
<p class="small">Harrowgate University</p></li>`,
  )
  .join('\n')}</ul></section>
<section class="ways-to-take"><h2 class="h3">Ways to take this course</h2><p>Choose your path when you enroll.</p>
<div class="track-card"><h3>Verified Track</h3><p>$149 USD</p><ul><li>Earn a certificate to share on your profile</li><li>Unlimited access to course
materials</li>
<li>Graded assignments and exams</li></ul></div><div class="track-card"><h3>Audit Track</h3><p>Free</p><ul><li>Access to course materials for 6
weeks</li></ul></div></section>
<section class="who-can-take"><h2 class="h3">Who can take this course?</h2><p>${exSanction}</p></section></div>
<aside class="course-side col-md-4"><div class="more-about"><h3>More about this course</h3><ul class="list-unstyled">
${exMeta.map((t, i) => (i % 2 === 0 ? `<li><strong>${t}</strong>` : ` <span>${t.replace(/&/g, '&amp;')}</span></li>`)).join('\n')}</ul></div>
<div class="related-programs"><h3>This course is part of</h3><ul>${links(exPrograms)}</ul></div></aside></div></main>
<footer class="footer" role="contentinfo"><div class="footer-links"><ul>${links(exFoot)}</ul></div>
<p class="small">© 2025 edX LLC. All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${exCookie}</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-reject-all-handler">Reject All</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"course":{"key":"HarrowgateX+CE101x","title":"${exTitle}"}}}}</script></body></html>`;
const edx: TestPage = {
  html: exHtml,
  name: 'heldout171-edx-course',
  kind: 'docs',
  // the short description under the h1 is body (a dek); "About this course" is the template heading of the description
  // and in neither list, while "What you'll learn" and "Syllabus" are headings; the page has no byline (the instructors are
  // a card: furniture); the enroll box, at-a-glance strip, track cards, sanctions notice, side facts, programs, promo
  // banner, footer and cookie banner are furniture
  title: exTitle,
  headings: [exLearnH, exSylH],
  body: [exShort, ...exAbout, ...exLearn, ...exSyl],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Save 30% on verified certificates this week.', 'Shop now', ...exNav, ...exCrumbs, 'Enroll', 'Choose a course run', 'Starts Oct 28',
    'already enrolled!', 'After a course session ends, it will be archived.', ...exGlance.flat(), 'Show more', 'Meet your instructors',
    ...exInstr.flat(), 'Harrowgate University', 'Ways to take this course', 'Choose your path when you enroll.', 'Verified Track', '$149 USD',
    'Earn a certificate to share on your profile', 'Unlimited access to course materials', 'Graded assignments and exams', 'Audit Track',
    'Access to course materials for 6 weeks', 'Who can take this course?', exSanction, 'More about this course', ...exMeta, 'This course is part of',
    ...exPrograms, ...exFoot, '© 2025 edX LLC. All rights reserved.', exCookie, 'Accept Cookies', 'Reject All',
  ])],
};
export const HELDOUT171_C: readonly TestPage[] = [edx, syllabusPage];
