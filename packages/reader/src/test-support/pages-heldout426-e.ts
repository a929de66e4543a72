import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout426-kit.js';

/**
 * Held-out batch 426, file e: a Prezi-style presentation page (React viewer, short description, the "Transcript" block,
 * like / share / present buttons, author card, "More presentations by" and "Popular presentations" rails, the create-your-own
 * promo, cookie banner) and a teacher's lesson deck on a school site built with Finalsite (alert bar, header with quick
 * links and translate widget, breadcrumbs, embedded slides with caption, lesson text, downloads box, sidebar, footer).
 */
const zTitle = 'The Tidal Mill at Ferrisbeck';
const zDesc = 'A short history of the tidal mill, for the heritage open weekend. Use the arrows or click through the timeline.';
const zTranscript = [
  'The Tidal Mill at Ferrisbeck. From grain to ruin to restoration, 1742 to today.',
  j(
    'How a tide mill works. At high tide the sea fills a pond behind the mill through a gate that swings shut as the water falls.',
    'The miller lets the stored water out under the wheel for four or five hours around low tide.',
  ),
  '1742: Built by the Cressey family to grind oats for the estate and for the village, paid for in a share of the flour.',
  '1880s: Steam mills in the port undercut the price of flour, and the mill turned to animal feed.',
  '1931: A storm breached the pond wall. The mill never worked again and the roof fell in by 1950.',
  j(
    '2019 to 2025: The Ferrisbeck Mill Trust rebuilt the wall, reroofed the mill and fitted a new oak wheel. It now grinds',
    'on the first Sunday of each month, tides allowing.',
  ),
  'Visit us. Open weekends from Easter to October. Flour for sale in the mill shop.',
];
const zMore = ['Ferrisbeck Mill Trust: annual report', 'How to read a tide table'];
const zPop = ['Photosynthesis explained', 'The Roman army in 10 steps', 'Marketing plan template', 'Climate change for beginners'];
const zFoot = ['Company', 'Careers', 'Support', 'Terms & Privacy', 'Accessibility'];
const zHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${zTitle} by Juno Haverstock on Prezi</title>
<meta name="description" content="${zDesc}"><meta property="og:site_name" content="prezi.com"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${zTitle}",
"author":{"@type":"Person","name":"Juno Haverstock"}}</script>
<script>window.__INITIAL_STATE__={"presentation":{"oid":"qk8-vyzb2wnd","type":"prezi-next","isPublic":true}};</script>
<link rel="stylesheet" href="https://assets.prezicdn.example/viewer/viewer.3a9f.css"></head>
<body><div id="react-root"><div class="viewer-page" data-reactroot=""><header class="navbar-container"><a class="navbar-logo" href="/">Prezi</a>
<ul class="navbar-links">${links(['Products', 'Solutions', 'Learn', 'Pricing', 'Log in'], 'navbar-item')}</ul>
<a class="btn btn-primary navbar-cta" href="/signup/">Get started</a></header>
<main class="viewer-main"><div class="viewer-wrapper"><div class="viewer-player" role="region" aria-label="Presentation player"><canvas></canvas>
<button class="viewer-play-button" type="button">Present</button><div class="viewer-step-counter">Step 1 of 14</div></div>
<div class="viewer-details"><h1 class="viewer-title">${zTitle}</h1>
<div class="viewer-actions"><button class="viewer-like" type="button">Like</button><button class="viewer-share" type="button">Share</button></div>
<div class="viewer-author"><a class="viewer-author-name" href="/user/jhaverstock/">Juno Haverstock</a>
<span class="viewer-updated">Updated Sept. 2, 2026</span></div>
<p class="viewer-description">${zDesc}</p>
<section class="viewer-transcript"><h2 class="viewer-transcript-title">Transcript</h2>${ps(zTranscript, ' class="viewer-transcript-text"')}</section>
</div></div>
<aside class="viewer-sidebar"><div class="sidebar-block"><h3>More presentations by Juno Haverstock</h3><ul>${links(zMore)}</ul></div>
<div class="sidebar-block"><h3>Popular presentations</h3><ul>${links(zPop)}</ul>
<a class="see-more" href="/explore/">See more popular or the latest prezis</a></div>
</aside>
<section class="create-your-own"><h2>Want to create your own presentation?</h2>
<p>Learn more about creating dynamic, engaging presentations with Prezi.</p><a class="btn btn-primary" href="/signup/">Create your own</a></section></main>
<footer class="prezi-footer"><ul>${links(zFoot)}</ul><p>© 2026 Prezi Inc.</p></footer>
<div class="cookie-banner" role="dialog"><p>We use cookies to make your experience better.</p>
<button type="button">Accept cookies</button><button type="button">Manage preferences</button></div></div></div></body></html>`;
const prezi: TestPage = {
  name: 'heldout426-prezi-presentation-page',
  kind: 'blog',
  html: zHtml,
  title: zTitle,
  headings: [],
  body: texts([zDesc, ...zTranscript]),
  bylines: ['Juno Haverstock', 'Updated Sept. 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Products', 'Solutions', 'Learn', 'Pricing', 'Log in', 'Get started', 'Present', 'Step 1 of 14', 'Like', 'Share', 'Transcript',
    'More presentations by Juno Haverstock', ...zMore, 'Popular presentations', ...zPop, 'See more popular or the latest prezis',
    'Want to create your own presentation?', 'Learn more about creating dynamic, engaging presentations with Prezi.', 'Create your own', ...zFoot,
    '© 2026 Prezi Inc.', 'We use cookies to make your experience better.', 'Accept cookies', 'Manage preferences',
  ],
};

const sTitle = 'Year 8 Geography: Why Do Rivers Flood?';
const sH = ['Learning objectives', 'The lesson', 'Key words', 'Homework'];
const sIntro = [
  j(
    'This is the slide deck for lesson 4 of our Rivers unit. Students who missed the lesson, or who want to go over it again',
    'before the assessment, can click through the slides below and follow the notes on this page.',
  ),
];
const sObj = [
  'Describe the parts of a drainage basin and how water moves through it',
  'Explain how rock type, land use and rainfall change the lag time of a flood',
  'Read a flood hydrograph and label peak rainfall, peak discharge and lag time',
];
const sLesson = [
  j(
    'We start with a photo of the Amble Water bursting its banks in the town centre last February and ask: where did all that',
    'water come from? Most of it fell as rain on hills twenty kilometres away, two days before the flood.',
  ),
  j(
    'Slides 5 to 9 follow a raindrop through the drainage basin: interception by trees, infiltration into the soil, throughflow,',
    'groundwater flow and surface run-off. Students fill in the blank diagram on their worksheet as we go.',
  ),
  j(
    'Slides 10 to 14 compare two hydrographs, one for a wooded upland basin and one for a basin with a new housing estate. Students',
    'should notice that the urban river rises faster, peaks higher and falls away sooner.',
  ),
  j(
    'We finish with a five-minute quiz on slide 16. Most classes found the question on lag time the hardest, so it is worth',
    'reading the key words below again before the assessment at the end of the unit.',
  ),
];
const sKeys = [
  '<strong>Lag time</strong>: the time between peak rainfall and peak discharge',
  '<strong>Discharge</strong>: the volume of water passing a point each second, in cumecs',
  '<strong>Impermeable</strong>: a surface water cannot soak into, such as tarmac or clay',
];
const sHw = [
  j(
    'Draw the hydrograph from slide 15 on graph paper and write one paragraph explaining why the lag time is short. Hand it in',
    'on Thursday. Extension: suggest two ways the town could slow the water down upstream.',
  ),
];
const sQuick = ['Term Dates', 'Lunch Menu', 'ParentPay', 'Staff Directory', 'Vacancies'];
const sNav = ['About Us', 'Admissions', 'Curriculum', 'Student Life', 'Parents', 'News & Events', 'Contact'];
const sSide = ['Rivers unit overview', 'Lesson 3: The long profile', 'Lesson 5: Managing floods', 'Geography fieldwork trip'];
const sHtml = `<!DOCTYPE html><html lang="en" class="fsComposerPage"><head><meta charset="utf-8"><title>Why Do Rivers Flood? - Harrow Lane Academy</title>
<meta name="description" content="Year 8 geography lesson slides and notes"><link rel="stylesheet" href="/cf_theme/css/fs-theme.css">
<script>var FS = FS || {}; FS.pageId = 4417; FS.sectionId = 212;</script></head>
<body class="fsBody fsLevel3 fsHasBreadcrumbs"><div id="fsPageWrapper"><div class="fsBanner fsAlertBar" role="alert"><div class="fsElementContent">
<p>School will be closed to students on Monday 12 October for staff training.</p></div></div>
<header id="fsHeader" class="fsHeader"><div class="fsElement fsQuickLinks"><ul>${links(sQuick)}</ul></div>
<a class="fsLogo" href="/">Harrow Lane Academy</a><div class="fsElement fsTranslate"><div id="google_translate_element">Translate</div></div>
<nav class="fsNavigation fsNavLevel1"><ul>${links(sNav, 'fsNavLevel1Item')}</ul></nav></header>
<div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsPageBody"><div class="fsPageLayout fsLayout fsTwoColumnLayout">
<div class="fsDiv fsMainContent"><nav class="fsBreadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/curriculum">Curriculum</a></li>
<li><a href="/curriculum/geography">Geography</a></li><li>Why Do Rivers Flood?</li></ul></nav>
<section class="fsElement fsContent" id="fsEl_9031"><header><h1 class="fsElementTitle">${sTitle}</h1></header><div class="fsElementContent">
<p class="fsPostInfo"><span class="fsAuthor">Mr D. Achterberg, Head of Geography</span> <time class="fsDate">Posted 28 September 2026</time></p>
${ps(sIntro)}
<figure class="fsEmbed"><iframe src="https://docs.google.example/presentation/d/e/2PACX/embed?start=false" width="640" height="389" allowfullscreen></iframe>
<figcaption>Lesson 4 slides (opens in Google Slides; 16 slides)</figcaption></figure>
<h2>${sH[0]}</h2><ol>${lis(sObj)}</ol>
<h2>${sH[1]}</h2>${ps(sLesson)}
<h2>${sH[2]}</h2><ul>${lis(sKeys)}</ul>
<h2>${sH[3]}</h2>${ps(sHw)}</div></section>
<section class="fsElement fsResourceElement"><header><h2 class="fsElementTitle">Downloads</h2></header><ul class="fsResourceList">
<li><a href="/fs/resource-manager/view/77a1">Lesson 4 worksheet (PDF, 210 KB)</a></li><li>
<a href="/fs/resource-manager/view/77a2">Hydrograph paper (PDF, 48 KB)</a></li>
</ul></section></div>
<aside class="fsDiv fsSideBar"><section class="fsElement fsNavigation fsNavLevel3"><h2 class="fsElementTitle">In this unit</h2>
<ul>${links(sSide)}</ul></section>
<section class="fsElement fsContent fsCallout"><h2 class="fsElementTitle">Need help?</h2><p>Email the geography team or come to homework club in room G4.</p>
</section></aside></div></div></div>
<footer id="fsFooter" class="fsFooter"><div class="fsElement fsContent"><p>Harrow Lane Academy, Mill Road, Tennick TK4 9QD</p><p>Telephone: 01632 960 415</p>
<p>Part of the Riverbend Learning Trust</p></div><ul class="fsFooterLinks">${links(['Privacy Notice', 'Accessibility', 'Safeguarding', 'Sitemap'])}</ul>
<p class="fsPoweredBy">School Website by Finalsite</p></footer></div>
<script src="/cf_theme/js/fs-composer.js"></script></body></html>`;
const school: TestPage = {
  name: 'heldout426-finalsite-school-lesson-deck',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sObj, ...sLesson, ...sKeys, ...sHw]),
  bylines: ['Mr D. Achterberg, Head of Geography', 'Posted 28 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'School will be closed to students on Monday 12 October for staff training.', ...sQuick, 'Harrow Lane Academy', 'Translate', ...sNav, 'Home',
    'Curriculum', 'Geography', 'Lesson 4 slides (opens in Google Slides; 16 slides)', 'Downloads', 'Lesson 4 worksheet (PDF, 210 KB)',
    'Hydrograph paper (PDF, 48 KB)', 'In this unit', ...sSide, 'Need help?', 'Email the geography team or come to homework club in room G4.',
    'Harrow Lane Academy, Mill Road, Tennick TK4 9QD', 'Telephone: 01632 960 415', 'Part of the Riverbend Learning Trust', 'Privacy Notice',
    'Accessibility', 'Safeguarding', 'Sitemap', 'School Website by Finalsite',
  ],
};

export const HELDOUT426_E: readonly TestPage[] = [prezi, school];
