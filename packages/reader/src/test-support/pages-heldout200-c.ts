import { links, ps, type TestPage, texts } from './page-kit.js';
import { cheggQa } from './pages-heldout200-c2.js';

/**
 * Held-out batch 200, file c: a Study.com lesson page (the header with plans and log-in, breadcrumbs to the course and
 * chapter, the video player tabs and view count, the instructor card with the collapsed bio and "Cite this lesson", the
 * "Lesson Transcript" label and its "Table of Contents" of the section headings, the account-creation gate after the
 * text, the "Explore our library" box, the related-lessons rail and the footer) and, from file c2, a Chegg Q&A page.
 */
const sdTitle = 'Sea Breezes and Land Breezes: Causes & Examples';
const sdH1 = 'What Is a Sea Breeze?';
const sdP1 = [
  'Imagine spending a summer afternoon on the beach at Port Aldous. By late morning the sand is too hot to walk on barefoot, ' +
    'yet a cool wind starts blowing in from the water and keeps blowing until early evening. That steady wind is a ' +
    '<b>sea breeze</b>, a local wind that blows from the sea toward the land during the day.',
  'Sea breezes happen because land and water heat up at different rates. Water has a much higher specific heat than sand or ' +
    'rock, which means it needs far more energy to warm by one degree. On a sunny day the land heats quickly, and so does the ' +
    'air just above it. That warm air expands, becomes less dense and rises, leaving an area of slightly lower pressure near the ground.',
  'Over the water, the air stays cooler and denser, so the pressure there is slightly higher. Air always moves from higher ' +
    'pressure toward lower pressure, so cool air flows in from the sea to replace the rising air over the land. High above, the ' +
    'rising air drifts back out over the sea and sinks, completing a loop called a <b>convection cell</b>.',
];
const sdH2 = 'How a Land Breeze Forms';
const sdP2 = [
  'At night the process runs in reverse. Land loses its heat quickly once the sun sets, while the sea holds on to the warmth it ' +
    'gathered during the day. Now the air over the water is the warmer air, so it rises, and cooler air from the land flows out ' +
    'to sea to take its place. This offshore wind is called a <b>land breeze</b>.',
  'Land breezes are usually weaker than sea breezes, because the temperature difference between land and sea is smaller at ' +
    'night than on a hot afternoon. They are strongest just before dawn, when the land has had the most time to cool.',
];
const sdH3 = 'Sea Breezes in Everyday Life';
const sdP3 = ['People who live and work near the coast notice these winds in several ways:'];
const sdList = [
  'Afternoon temperatures at the shore can be several degrees cooler than a few kilometres inland.',
  'Fishing crews at Port Aldous traditionally sailed out on the early morning land breeze and returned on the afternoon sea breeze.',
  'Where a sea breeze pushes moist air inland and meets rising warm air, it can trigger afternoon thunderstorms.',
];
const sdH4 = 'Lesson Summary';
const sdP4 = [
  'A <b>sea breeze</b> is a daytime wind that blows from the sea to the land, and a <b>land breeze</b> is a night-time wind ' +
    'that blows from the land to the sea. Both are caused by the difference in how quickly land and water heat up and cool down, ' +
    'which creates small differences in air pressure. Air moves from high pressure to low pressure, forming a convection cell ' +
    'that reverses direction between day and night.',
];
const sdNav = ['Plans', 'Study Help', 'Test Prep', 'College Credit', 'Teacher Resources', 'Working Scholars®', 'Log In', 'Sign Up'];
const sdCrumbs = ['Science Courses', 'Earth Science 101: Earth Science', 'Weather and Climate Systems'];
const sdTabs = ['Video', 'Quiz', 'Course'];
const sdBio = 'Priya has taught high school earth science for 12 years and has a master’s degree in atmospheric science.';
const sdGate = [
  'Register to view this lesson',
  'Are you a student or a teacher?',
  'I am a student',
  'I am a teacher',
  'Create an account to start this course today',
  'Used by over 30 million students worldwide',
  'Create an account',
];
const sdExplore = ['Explore our library of over 88,000 lessons', 'Search', 'Browse by subject'];
const sdSubjects = ['College Courses', 'High School Courses', 'Other Courses', 'Business', 'Science', 'Humanities'];
const sdRelated = [
  'What Is Wind? Definition & Causes',
  'Air Pressure and Wind Patterns',
  'The Coriolis Effect: Definition & Examples',
  'Specific Heat of Water: Lesson for Kids',
];
const sdFoot = [
  'About Us',
  'Careers',
  'Teach For Us',
  'Press Center',
  'Ambassador',
  'Scholarships',
  'Support',
  'FAQ',
  'Site Feedback',
  'Terms of Use',
  'Privacy Policy',
  'DMCA Notice',
  'ADA Compliance',
  'Honor Code For Students',
];
const sdCopy = 'Copyright © 2003-2026 Study.com. All other trademarks and copyrights are the property of their respective owners. All rights reserved.';
const sdHead = (t: string, id: string): string => `<h2 id="${id}" class="lesson-heading">${t}</h2>`;
const sdHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Sea Breezes and Land Breezes: Causes &amp; Examples - Lesson | Study.com</title>
<meta name="description" content="Learn what causes sea breezes and land breezes, how the convection cell reverses between day and night, and see examples.">
<meta property="og:type" content="video.other"><meta property="og:title" content="${sdTitle.replace('&', '&amp;')}">
<link rel="canonical" href="https://study.com/academy/lesson/sea-breezes-land-breezes-causes-examples.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${sdTitle}","duration":"PT6M12S",
"uploadDate":"2023-04-11","thumbnailUrl":"https://study.com/cimages/videopreview/videopreview-full/sea-breeze.jpg"}</script>
<script>window.sdc={"pageType":"lesson","lessonId":417735,"loggedIn":false};</script>
<script src="https://study.com/resources/js/lesson-page.min.js?v=93"></script></head>
<body class="lesson-page"><header id="siteHeader" class="site-header"><a href="/" class="logo" aria-label="Study.com">Study.com</a>
<nav class="header-nav" aria-label="Main"><ul>${links(sdNav, 'header-nav__item')}</ul></nav></header>
<div id="lessonPage" class="lesson-page-container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(sdCrumbs, 'breadcrumb')}</ol></nav>
<div class="lesson-header"><h1 class="lesson-title">Sea Breezes and Land Breezes: Causes &amp; Examples</h1>
<ul class="lesson-tabs" role="tablist">${sdTabs.map((t) => `<li role="tab"><a href="#">${t}</a></li>`).join('')}</ul></div>
<div class="video-player-wrapper"><div class="vjs-poster" aria-label="Video thumbnail"></div><span class="video-views">26K views</span></div>
<div class="instructor-card" data-module="instructor-bio"><span class="instructor-label">Instructor</span>
<a class="instructor-name" href="/academy/author/priya-ramaswamy.html">Priya Ramaswamy</a><button class="toggle-bio" aria-expanded="false">Show bio</button>
<div class="instructor-bio hidden" aria-hidden="true"><p>${sdBio}</p></div><button class="cite-lesson">Cite this lesson</button></div>
<section id="lessonTranscript" class="lesson-transcript"><h2 class="transcript-label">Lesson Transcript</h2>
<div class="toc-container"><p class="toc-title">Table of Contents</p><ul class="toc">
${[sdH1, sdH2, sdH3, sdH4].map((h, i) => `<li><a href="#section${i + 1}">${h}</a></li>`).join('\n')}</ul>
<button class="toc-expand">Expand</button></div>
<div class="transcript-body" itemprop="transcript">
${sdHead(sdH1, 'section1')}
${ps(sdP1)}
${sdHead(sdH2, 'section2')}
${ps(sdP2)}
${sdHead(sdH3, 'section3')}
${ps(sdP3)}
<ul>${sdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${sdHead(sdH4, 'section4')}
${ps(sdP4)}
</div></section>
<div class="registration-gate" id="regGate"><h3>${sdGate[0]}</h3><p>${sdGate[1]}</p><button data-role="student">${sdGate[2]}</button>
<button data-role="teacher">${sdGate[3]}</button><div class="gate-cta"><p class="gate-cta__title">${sdGate[4]}</p><p>${sdGate[5]}</p>
<a class="btn btn-primary" href="/checkout">${sdGate[6]}</a></div></div>
<section class="explore-library"><h3>${sdExplore[0]}</h3><form><input type="search" aria-label="${sdExplore[1]}"><button>${sdExplore[1]}</button></form>
<p>${sdExplore[2]}</p><ul>${links(sdSubjects)}</ul></section>
<aside class="related-lessons"><h3>Related Study Materials</h3><ul>${links(sdRelated, 'related-lesson')}</ul>
<a href="/academy/course/earth-science.html">Browse by Courses</a> <a href="/academy/lessons.html">Browse by Lessons</a></aside></div>
<footer class="site-footer"><ul>${links(sdFoot, 'site-footer__item')}</ul><p class="copyright">${sdCopy}</p></footer>
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-5XKQ"></script></body></html>`;
const studyCom: TestPage = {
  html: sdHtml,
  name: 'heldout200-study-com-lesson-docs',
  kind: 'docs',
  // the instructor's name is a byline; "Lesson Transcript", its "Table of Contents" (which repeats the headings, left
  // out), the collapsed bio, the account gate, the library box, related lessons and footer are furniture
  title: sdTitle,
  headings: [sdH1, sdH2, sdH3, sdH4],
  body: [...texts(sdP1), ...texts(sdP2), ...sdP3, ...sdList, ...texts(sdP4)],
  bylines: ['Priya Ramaswamy'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sdNav, ...sdCrumbs, ...sdTabs, '26K views', 'Instructor', 'Show bio', sdBio, 'Cite this lesson', 'Lesson Transcript', 'Table of Contents',
    'Expand', ...sdGate, ...sdExplore, ...sdSubjects, 'Related Study Materials', ...sdRelated, 'Browse by Courses', 'Browse by Lessons', ...sdFoot,
    sdCopy,
  ],
};

export const HELDOUT200_C: readonly TestPage[] = [studyCom, cheggQa];
