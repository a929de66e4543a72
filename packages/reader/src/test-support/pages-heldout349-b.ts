import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout349-kit.js';

/**
 * Held-out batch 349, file b: a BBC Bitesize-style GCSE revision page (orbit header, Bitesize nav, breadcrumbs, "Part of"
 * label, chapter list, save button, key points box, figures with image captions and sources, a table, the "Test yourself"
 * quiz box, previous / next page links, related links, footer) and a Quizlet-style study set built with Next.js markup (the
 * terms and definitions are the body; study-mode buttons, creator card, "Students also studied" rail, sign-up prompt).
 */
const bTitle = 'Coastal erosion processes';
const bKey = [
  'Waves erode the coast through hydraulic action, abrasion, attrition and solution.',
  'Weathering and mass movement weaken cliffs from above, while waves attack them from below.',
  'Longshore drift moves sediment along the coast in the direction of the prevailing wind.',
];
const bEro = [
  j(
    'The power of a wave depends on the fetch, the strength of the wind and how long the wind has been blowing. Destructive waves are tall',
    'and steep, with a weak swash and a strong backwash, so they remove more material from the shore than they bring to it.',
  ),
  'There are four main processes of erosion:',
];
const bEroList = [
  '<strong>Hydraulic action</strong> – the force of the water compresses air in cracks in the rock, which weakens and widens them.',
  '<strong>Abrasion</strong> – rocks carried by the waves are thrown against the cliff and wear it away like sandpaper.',
  '<strong>Attrition</strong> – rocks carried by the sea knock against each other and become smaller and rounder.',
  '<strong>Solution</strong> – weak acids in sea water dissolve rocks such as chalk and limestone.',
];
const bWeath = [
  j(
    'Cliffs are not only attacked by the sea. Freeze-thaw weathering happens when water in cracks freezes and expands, and salt weathering',
    'happens when salt crystals grow in the pores of the rock. Both loosen the cliff face so that waves can remove the material more easily.',
  ),
  j(
    'Mass movement is the downhill movement of material under gravity. On the clay cliffs at Holmcliff Bay, heavy rain soaks into the cliff',
    'and the whole slope slumps along a curved surface. Between 2015 and 2024 the cliff top there moved back by an average of 1.8 metres a year.',
  ),
];
const bTable = [
  ['Slumping', 'Saturated soft rock slides along a curved surface', 'Clay cliffs after heavy rain'],
  ['Rockfall', 'Fragments break away from a steep cliff face', 'Chalk and limestone cliffs'],
  ['Sliding', 'Material moves in a straight line down a slope', 'Cliffs with layers dipping seawards'],
] as const;
const bDrift = [
  j(
    'Longshore drift is the way sediment is transported along a beach. The swash carries sand and shingle up the beach at the angle of the',
    'prevailing wind, and the backwash pulls it straight back down under gravity. Over time the material zigzags along the coast.',
  ),
  'Groynes are built across beaches to slow longshore drift and keep a wider beach in front of the cliffs.',
];
const bCells = bTable.flatMap((r) => [...r]);
const bOrb = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Bitesize', 'CBeebies', 'CBBC', 'Food'];
const bNav = ['Primary', 'Secondary', 'Post-16', 'Careers', 'Support'];
const bCrumbs = ['GCSE', 'Geography', 'Coastal landscapes'];
const bChapters = ['Coastal erosion processes', 'Landforms of erosion', 'Landforms of deposition', 'Managing coastal erosion', 'Test'];
const bRel = ['Landforms of erosion', 'Revise: Rivers and flooding', 'Careers in geography: coastal engineer'];
const bFoot = ['Terms of Use', 'About the BBC', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Parental Guidance', 'Contact the BBC'];
const bHtml = `<!DOCTYPE html><html lang="en-GB" class="b-pw-1280"><head><meta charset="utf-8">
<title>Coastal erosion processes - Coastal landscapes - GCSE Geography Revision - BBC Bitesize</title>
<meta name="description" content="Learn about and revise the processes of coastal erosion with GCSE Bitesize Geography.">
<meta property="og:site_name" content="BBC Bitesize"><link rel="canonical" href="https://www.bbc.co.uk/bitesize/guides/zq7c9j6/revision/1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LearningResource","name":"Coastal erosion processes",
"educationalLevel":"GCSE","provider":{"@type":"Organization","name":"BBC Bitesize"}}</script>
<script>window.__INITIAL_DATA__={"page":{"type":"revision","guideId":"zq7c9j6","pageNumber":1}};</script></head>
<body><div id="orb-banner"><header id="orb-header" class="orbit-header-container" role="banner"><a href="https://www.bbc.co.uk" class="orbit-logo">
<span class="orbit-logo__text">BBC Homepage</span></a><nav class="orbit-header-links" aria-label="BBC"><ul>${links(bOrb, 'orb-nav-item')}</ul></nav>
<a href="/signin" class="orbit-signin">Sign in</a></header></div>
<div id="main-content" class="ssrcss-1ocoo3l-Wrap"><nav class="ssrcss-ppvi18-BitesizeNav" aria-label="Bitesize">
<a href="/bitesize" class="bitesize-brand">Bitesize</a>
<ul>${links(bNav, 'ssrcss-18lvbp2-NavItem')}</ul></nav>
<nav class="ssrcss-1f3bvyz-Breadcrumbs" aria-label="Breadcrumb"><ol>${links(bCrumbs, 'ssrcss-crumb')}</ol></nav>
<div class="ssrcss-1w3e7dp-GuideHeader"><p class="ssrcss-partof">Part of <a href="/bitesize/subjects/geography">Geography</a>
<a href="/bitesize/topics/coasts">Coastal landscapes</a></p>
<h1 class="ssrcss-1a1yp44-StyledHeading" id="main-heading">${bTitle}</h1>
<button class="ssrcss-save-button" type="button">Save to My Bitesize</button></div>
<nav class="ssrcss-chapters" aria-label="Chapters in this guide"><ol>${bChapters
  .map(
    (c, i) => `<li><a href="/bitesize/guides/zq7c9j6/revision/${i + 1}">
<span class="ssrcss-chapter-number">${i + 1}</span>${c}</a></li>`,
  )
  .join('\n')}</ol></nav>
<article class="ssrcss-pv1rh6-ArticleWrapper"><section class="ssrcss-keypoints"><h2>Key points</h2><ul>${lis(bKey)}</ul></section>
<h2 id="erosion">Erosion processes</h2>
${ps(bEro, ' class="ssrcss-1q0x1qg-Paragraph"')}
<ul class="ssrcss-list">${bEroList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="ssrcss-image"><img src="https://ichef.bbci.co.uk/images/holmcliff.jpg" alt="Waves breaking against a cliff">
<figcaption><span class="visually-hidden">Image caption, </span>Waves break against the foot of the cliff at Holmcliff Bay during a winter storm</figcaption>
<p class="ssrcss-image-copyright"><span class="visually-hidden">Image source, </span>Getty Images</p></figure>
<h2 id="weathering">Weathering and mass movement</h2>
${ps(bWeath, ' class="ssrcss-1q0x1qg-Paragraph"')}
<table class="ssrcss-table"><thead><tr><th>Type</th><th>What happens</th><th>Where it is common</th></tr></thead>
<tbody>${bTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="drift">Longshore drift</h2>
${ps(bDrift, ' class="ssrcss-1q0x1qg-Paragraph"')}
</article>
<section class="ssrcss-test-yourself" aria-labelledby="test-yourself"><h2 id="test-yourself">Test yourself</h2>
<p class="ssrcss-quiz-count">Question 1 of 3</p><p class="ssrcss-quiz-question">Which process happens when rocks carried by the sea knock together?</p>
<ul class="ssrcss-quiz-options">${lis(['Abrasion', 'Attrition', 'Solution'])}</ul><button type="button">Check answer</button></section>
<nav class="ssrcss-pagination"><a class="next" href="/bitesize/guides/zq7c9j6/revision/2">Next page</a>
<span class="ssrcss-next-title">Landforms of erosion</span></nav>
<section class="ssrcss-related"><h2>More on Coastal landscapes</h2><ul>${links(bRel)}</ul></section></div>
<footer class="orbit-footer" role="contentinfo"><h2 class="visually-hidden">Explore the BBC</h2><ul>${links(bFoot, 'orbit-footer-link')}</ul>
<p class="orbit-footer-text">Copyright © 2026 BBC. The BBC is not responsible for the content of external sites.
<a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></footer>
<div class="bbccookies-banner" id="bbccookies"><p>Let us know you agree to cookies</p><p>We use cookies to give you the best online experience.</p>
<button id="bbccookies-accept-button">Yes, I agree</button><a href="/usingthebbc/cookies/">No, take me to settings</a></div></body></html>`;
const bitesize: TestPage = {
  name: 'heldout349-bbc-bitesize-revision',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Key points', 'Erosion processes', 'Weathering and mass movement', 'Longshore drift'],
  body: texts([...bKey, ...bEro, ...bEroList, ...bWeath, ...bCells, ...bDrift]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'BBC Homepage', ...bOrb.filter((t) => t !== 'Weather'), 'Sign in', ...bNav, ...bCrumbs, 'Part of', 'Save to My Bitesize', ...bChapters.slice(1),
    'Waves break against the foot of the cliff at Holmcliff Bay during a winter storm', 'Image caption,', 'Image source,', 'Getty Images',
    'Test yourself', 'Question 1 of 3', 'Which process happens when rocks carried by the sea knock together?', 'Check answer',
    'Next page', 'More on Coastal landscapes', ...bRel.slice(1), 'Explore the BBC', ...bFoot,
    'Copyright © 2026 BBC. The BBC is not responsible for the content of external sites.', 'Read about our approach to external linking.',
    'Let us know you agree to cookies', 'We use cookies to give you the best online experience.', 'Yes, I agree', 'No, take me to settings',
  ],
};

const qTitle = 'GCSE Biology Paper 1: Cell Biology Key Terms';
const qTerms = [
  ['Eukaryotic cell', 'A cell with its genetic material enclosed in a nucleus, such as an animal or plant cell.'],
  ['Prokaryotic cell', 'A smaller, simpler cell with no nucleus; its DNA is a single loop with extra rings called plasmids.'],
  ['Mitochondria', 'Where aerobic respiration takes place, releasing energy for the cell.'],
  ['Ribosomes', 'Where protein synthesis happens.'],
  ['Chloroplasts', 'Contain chlorophyll, which absorbs light for photosynthesis.'],
  ['Cell wall', 'Made of cellulose in plants; strengthens the cell and supports it.'],
  ['Diffusion', 'The spreading out of particles from an area of higher concentration to an area of lower concentration.'],
  ['Osmosis', 'The diffusion of water through a partially permeable membrane from a dilute solution to a concentrated one.'],
  ['Active transport', 'Movement of substances against a concentration gradient, using energy from respiration.'],
  ['Specialised cell', 'A cell whose structure is adapted to carry out a particular function, such as a sperm cell or a root hair cell.'],
  ['Mitosis', 'Cell division that produces two genetically identical daughter cells, used for growth and repair.'],
  ['Stem cell', 'An undifferentiated cell that can divide to produce many more cells of the same type or differentiate into other types.'],
  ['Magnification', 'The size of the image divided by the size of the real object.'],
  ['Resolution', 'The ability to distinguish between two points that are close together; electron microscopes have a higher resolution.'],
] as const;
const qModes = ['Flashcards', 'Learn', 'Test', 'Blocks', 'Blast', 'Match'];
const qAlso = ['AQA Biology Topic 2: Organisation', 'Cell Biology Required Practicals', 'Combined Science Chemistry Atomic Structure'];
const qFoot = [
  'About us',
  'Careers',
  'Advertise with us',
  'Get the app',
  'Students',
  'Teachers',
  'Help center',
  'Honor code',
  'Privacy',
  'Terms',
  'Ad and Cookie Policy',
];
const term = (t: string, d: string, i: number): string => `<div class="SetPageTerms-term" aria-label="Term: ${i + 1}"><div class="SetPageTerm-content">
<div class="SetPageTerm-side SetPageTerm-smallSide"><div class="SetPageTerm-wordText"><span class="TermText notranslate lang-en">${t}</span></div></div>
<div class="SetPageTerm-side SetPageTerm-largeSide"><div class="SetPageTerm-definitionText"><span class="TermText notranslate lang-en">${d}</span></div></div>
</div><button class="AssemblyIconButton" aria-label="Star this term"></button></div>`;
const qHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${qTitle} Flashcards | Quizlet</title>
<meta name="description" content="Study with Quizlet and memorize flashcards containing terms like Eukaryotic cell, Prokaryotic cell, Mitochondria and more.">
<meta property="og:type" content="website">
<link rel="canonical" href="https://quizlet.com/gb/912440381/gcse-biology-paper-1-cell-biology-key-terms-flash-cards/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Quiz","name":"${qTitle}","hasPart":[{"@type":"Question",
"text":"Mitochondria","acceptedAnswer":{"@type":"Answer","text":"Where aerobic respiration takes place, releasing energy for the cell."}}]}</script>
<link rel="preload" href="/_next/static/chunks/pages/set-3f1a.js" as="script"></head>
<body><div id="__next"><div class="TopNavigationWrapper"><header class="TopNavigation"><a href="/" class="TopNavigation-logo" aria-label="Quizlet home"></a>
<nav class="TopNavigation-links"><ul>${links(['Home', 'Your library', 'Expert Solutions'], 'TopNavigation-link')}</ul></nav>
<input class="AssemblyInput-input" placeholder="Study sets, textbooks, questions" aria-label="Search"><a class="AssemblyButton" href="/login">Log in</a>
<a class="AssemblyButton AssemblyButton--primary" href="/sign-up">Sign up</a></header></div>
<main class="SetPage"><div class="SetPage-breadcrumbTitleWrapper"><ul class="SetPage-breadcrumbs">${links(['Science', 'Biology', 'Cell Biology'])}</ul>
<h1 class="SetPage-setTitle h1ij3f5">${qTitle}</h1></div>
<div class="SetPage-modes"><ul class="SetPageModes-list">${links(qModes, 'SetPageModes-item')}</ul></div>
<div class="SetPage-setDetails"><div class="UserLink"><span class="UserLink-created">Created by</span>
<a class="UserLink-username" href="/user/amara_revises">amara_revises</a>
<span class="UserLink-badge">Teacher</span></div><div class="SetPageHeader-updated">Updated 4 months ago</div>
<div class="SetPage-actions">${lis(['Share', 'Save'], 'AssemblyIconButton')}</div></div>
<section class="SetPage-terms"><h2 class="SetPageTerms-header">Terms in this set (14)</h2>
<div class="SetPageTerms-termsList">${qTerms.map(([t, d], i) => term(t, d, i)).join('\n')}</div></section>
<div class="SetPage-signupPrompt"><p>Study these flashcards with Learn and get personalised questions on what you miss.</p>
<a href="/sign-up" class="AssemblyButton">Start studying free</a></div>
<section class="SetPage-studentsAlsoStudied"><h2>Students also studied</h2><ul>${links(qAlso, 'SetPreviewCard')}</ul></section>
<div class="AdUnit"><span class="AdUnit-label">Ad</span></div></main>
<footer class="SiteFooter"><ul>${links(qFoot, 'SiteFooter-link')}</ul><p>© 2026 Quizlet, Inc.</p></footer>
<div class="CookieConsent" role="dialog"><p>We and our partners use cookies to deliver our services and show relevant ads.</p>
<button class="AssemblyButton">Accept all</button><button class="AssemblyButton">Manage preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"setId":912440381,"termCount":14}},"page":"/[setId]/[slug]"}</script>
</body></html>`;
const quizlet: TestPage = {
  name: 'heldout349-quizlet-study-set',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qTerms.flat()),
  bylines: ['amara_revises', 'Updated 4 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Your library', 'Expert Solutions', 'Log in', 'Sign up', 'Science', 'Biology', 'Cell Biology', ...qModes, 'Created by', 'Teacher', 'Share',
    'Save', 'Terms in this set (14)', 'Study these flashcards with Learn and get personalised questions on what you miss.', 'Start studying free',
    'Students also studied', ...qAlso, ...qFoot, '© 2026 Quizlet, Inc.', 'We and our partners use cookies to deliver our services and show relevant ads.',
    'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT349_B: readonly TestPage[] = [bitesize, quizlet];
