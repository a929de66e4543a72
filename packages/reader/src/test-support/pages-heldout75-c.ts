import { links, type TestPage, texts } from './page-kit.js';
import { investopediaTerm } from './pages-heldout75-c2.js';

/**
 * Held-out batch 75, file c: an encyclopedia article on the Britannica template (header with search, "Subscribe", "Login" and
 * the category bar, the topic identifier under the h1, the "Written by / Fact-checked by" box with contributor bios and
 * "Last Updated ... • Article History", the tool bar, the "Table of Contents" sidebar, "Top Questions", a quiz teaser and a
 * figure with caption inside the article, "Related Topics", the premium promo, ads, the revision line and the footer), and an
 * Investopedia-style term definition (file c2).
 */
const brTitle = 'drumlin';
const brIntro = [
  '<strong>drumlin</strong>, an oval or elongated hill made of glacial drift, the unsorted mixture of clay, sand, gravel and boulders ' +
    'that a glacier leaves behind. Drumlins are shaped like half an egg or an upturned spoon, with a steep, blunt end facing the ' +
    'direction from which the ice came and a gentle tail pointing the way it moved. Most are between 1 and 2 km (0.6 and 1.2 miles) long, ' +
    'less than 50 metres (160 feet) high, and a few hundred metres wide.',
  'Drumlins rarely occur alone. They usually form in groups called drumlin fields or swarms, which may contain hundreds or thousands ' +
    'of hills lying roughly parallel to one another. Seen from the air, such a field looks like a basket of eggs, a resemblance that gave ' +
    'rise to the name “basket-of-eggs topography.”',
];
const brFormation = [
  'How drumlins form has been debated for more than a century. Most geologists agree that they were shaped beneath moving ice sheets, ' +
    'where the pressure and drag of the glacier moulded the sediment below it. Their streamlined form is like that of other features ' +
    'shaped by moving fluids, which suggests that the ice smoothed them much as a river shapes a sandbar.',
  'Some drumlins have a core of bedrock or of older, compacted till, around which later sediment was plastered. Others consist entirely ' +
    'of till. A few researchers have argued that great floods of meltwater flowing under the ice carved some drumlin fields, but this ' +
    'view is not widely accepted. Numerical models of ice flow now reproduce many features of real drumlin fields, including their ' +
    'spacing and their tendency to be longer where the ice moved faster.',
];
const brDistribution = [
  'Drumlin fields are found in nearly all regions once covered by the great Pleistocene ice sheets. Extensive fields occur in the ' +
    'lowlands of northern Europe, on the interior plains of North America and in valleys that drained former ice caps. The Corran Plain ' +
    'in the northern Aldmoor lowlands holds about 4,000 drumlins, many of them crowned by farmhouses and stone walls.',
  'Because drumlins record the direction in which the ice flowed, geologists map them to reconstruct the movement of former ice sheets. ' +
    'Fields in which drumlins point in different directions show that the flow changed over time, and younger drumlins are sometimes ' +
    'laid over older ones at an angle.',
];
const brSettlement = [
  'The well-drained slopes of drumlins have long been favoured for farming and building, while the poorly drained hollows between them ' +
    'often hold small lakes, fens or bogs. In several regions the pattern of roads and field boundaries still follows the hills, winding ' +
    'around them rather than crossing their crests.',
];
const brHeads = ['Formation', 'Distribution', 'Drumlins and settlement'];
const brNav = ['Games & Quizzes', 'History & Society', 'Science & Tech', 'Biographies', 'Animals & Nature', 'Geography & Travel', 'Arts & Culture', 'Videos'];
const brTools = ['Print', 'Cite', 'Share', 'Feedback', 'External Websites'];
const brToc = ['Introduction', 'References & Edit History', 'Related Topics', 'Images', 'Quizzes'];
const brBio1 = 'Professor of Physical Geography, University of Halden. Author of Ice and the Shaping of Lowlands.';
const brBio2 =
  'Encyclopaedia Aurelia’s editors oversee subject areas in which they have extensive knowledge, whether from years of experience gained ' +
  'by working on that content or via study for an advanced degree.';
const brTopQ = ['Top Questions', 'What is a drumlin made of?', 'How do drumlins form?', 'Where are drumlin fields found?'];
const brQuiz = ['Aurelia Quiz', 'Landforms and Glaciers Quiz'];
const brCaption = 'Drumlins on the Corran Plain, with farm buildings on their crests.';
const brCredit = 'H. Varga/Aldmoor Geological Survey';
const brRelated = ['Related Topics:', 'glacial landform', 'till', 'esker', 'moraine', 'See all related content'];
const brPremium = ['Discover Aurelia Premium', 'Subscribe to Encyclopaedia Aurelia Premium and gain access to exclusive content.', 'Subscribe Now'];
const brFoot = ['About Us & Legal Info', 'Advertising', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Equal Opportunity'];
const brCopy = '©2025 Encyclopaedia Aurelia, Inc.';
const brSec = (i: number, id: number, paras: readonly string[], extra = ''): string =>
  `<section data-level="1" id="ref${id}"><h2 class="h1">${brHeads[i]}</h2>
${paras.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n')}${extra}</section>`;
const brAd = (n: number): string =>
  `<div class="ad-container" data-ad-slot="${n}"><div class="ad-label">Advertisement</div><div id="ad-slot-${n}" class="ad-unit"></div></div>`;
const brHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Drumlin | Definition, Formation, &amp; Facts | Aurelia</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="drumlin, oval or elongated hill made of glacial drift.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Encyclopedia Aurelia"><link rel="canonical"
href="https://www.aurelia.com/science/drumlin">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"drumlin","dateModified":"2025-02-20T09:00:00Z",
"author":{"@type":"Person","name":"Lena Brodsky"},"publisher":{"@type":"Organization","name":"Encyclopedia Aurelia"}}</script>
<script>window.__AURELIA__={"topicId":171204,"template":"TOPIC","premium":false};</script><link rel="stylesheet" href="/static/css/topic.3c1a.css"></head>
<body class="topic-page"><div id="main-wrapper">
<header id="header" class="header"><div class="header-top"><a href="/" class="logo" aria-label="Encyclopedia Aurelia"><svg><title>Encyclopedia
Aurelia</title></svg></a>
<form class="search-form" role="search"><label class="sr-only" for="search-input">Search Aurelia</label><input id="search-input" type="search"
placeholder="What do you want to learn?"></form>
<div class="header-user"><a class="btn btn-blue" href="/subscribe">Subscribe</a><a class="btn-login" href="/login">Login</a></div></div>
<nav class="header-nav" aria-label="Categories"><ul>${links(brNav, 'header-nav-item')}</ul></nav></header>
<main class="topic-main"><div class="grid">
<aside class="toc-sidebar col-left"><nav class="toc-nav"><h2 class="toc-title">Table of Contents</h2><ul class="toc-list">
<li><a href="#">${brToc[0]}</a></li>${links(brHeads.map((h) => h))}${links(brToc.slice(1))}</ul></nav></aside>
<div class="col-center"><div class="topic-header"><h1 class="topic-title">${brTitle}</h1><div class="topic-identifier">glacial landform</div>
<div class="topic-tools"><ul>${brTools
  .map(
    (t) => `<li><button type="button"
class="tool-${t.toLowerCase().replace(' ', '-')}">${t}</button></li>`,
  )
  .join('\n')}</ul></div>
<div class="contributors-box"><div class="contributor"><div class="editor-title">Written by</div><a href="/contributor/Lena-Brodsky/9841"
class="editor-name">Lena Brodsky</a><div class="editor-bio">${brBio1}</div></div>
<div class="contributor"><div class="editor-title">Fact-checked by</div><a href="/editor/The-Editors-of-Encyclopaedia-Aurelia/4419"
class="editor-name">The Editors of Encyclopaedia Aurelia</a><div class="editor-bio">${brBio2}</div></div>
<div class="last-updated">Last Updated: <time datetime="2025-02-20">Feb 20, 2025</time> •
<a href="/science/drumlin/additional-info#history">Article History</a>
</div></div></div>
<div class="top-questions"><h2 class="top-questions-title">${brTopQ[0]}</h2><ul>${links(brTopQ.slice(1))}</ul></div>
<article class="topic-content"><section data-level="0" id="ref1">
<p class="topic-paragraph">${brIntro[0]}</p>
<div class="quiz-promo"><a href="/quiz/landforms-and-glaciers"><span class="quiz-label">${brQuiz[0]}</span><span
class="quiz-title">${brQuiz[1]}</span></a></div>
<p class="topic-paragraph">${brIntro[1]}</p>
<div class="related-topics"><span class="label">${brRelated[0]}</span> ${brRelated
  .slice(1, 5)
  .map((t) => `<a href="/science/${t.replace(' ', '-')}">${t}</a>`)
  .join(' · ')} <a href="/science/drumlin/related">${brRelated[5]}</a></div>
</section>
${brAd(1)}
${brSec(
  0,
  171205,
  brFormation,
  `\n<figure class="md-assembly"><img src="https://cdn.aurelia.com/s:700x500/12/drumlins-corran-plain.jpg" alt="drumlins">
<figcaption class="md-caption">${brCaption}<span class="credit">${brCredit}</span></figcaption></figure>`,
)}
${brSec(1, 171206, brDistribution)}
${brAd(2)}
${brSec(2, 171207, brSettlement)}
<div class="revision-note"><p>This article was most recently revised and updated by <a href="/contributor/Oren-Whitby/7710">Oren Whitby</a>.</p></div>
</article></div>
<aside class="col-right">${brAd(3)}<div class="premium-promo"><h3>${brPremium[0]}</h3><p>${brPremium[1]}</p><a href="/premium"
class="btn">${brPremium[2]}</a></div>
</aside></div></main>
<footer class="footer"><ul>${links(brFoot)}</ul><p class="copyright">${brCopy}</p></footer></div>
<script src="/static/js/topic.8d21.js" defer></script></body></html>`;
const britannica: TestPage = {
  html: brHtml,
  name: 'heldout75-britannica-encyclopedia',
  kind: 'wiki',
  // the intro and the three h2 sections are the article (the bold lead term is part of the first paragraph); the topic
  // identifier, tools, contributor bios and labels, "Article History", the table of contents (whose section entries repeat the
  // headings and are left out), "Top Questions", the quiz teaser and the "Related Topics" line inside the article, the figure
  // caption and credit, ads, the premium promo and footer are furniture; contributor names, the date and the revision line
  // are bylines
  title: brTitle,
  headings: brHeads,
  body: texts([...brIntro, ...brFormation, ...brDistribution, ...brSettlement]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Written by', 'Lena Brodsky', 'Fact-checked by', 'The Editors of Encyclopaedia Aurelia', 'Last Updated: Feb 20, 2025',
    'This article was most recently revised and updated by Oren Whitby.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search Aurelia', 'Subscribe', 'Login', ...brNav, 'Table of Contents', ...brToc, ...brTools, brBio1, brBio2, 'Article History', ...brTopQ,
    ...brQuiz, ...brRelated, 'Advertisement', brCaption, brCredit, ...brPremium, ...brFoot, brCopy,
  ],
};

export const HELDOUT75_C: readonly TestPage[] = [britannica, investopediaTerm];
