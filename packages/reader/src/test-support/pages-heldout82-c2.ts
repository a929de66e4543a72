import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 82, file c2: an encyclopedia biography page shaped like Britannica's topic pages (the header with search,
 * "Subscribe" and "Login", the channel nav, breadcrumbs, the headline with its identifier line, "Print", "Cite", "Share",
 * "Feedback" and "External Websites", "Written by" and "Fact-checked by" with "Last Updated ... Article History", the side
 * table of contents, the quick-facts box, an ad and a quiz promo between sections, a figure with caption and credit, the
 * "most recently revised and updated by" line, the premium promo, the hidden feedback form, related topics and footer).
 */
const enTitle = 'Teodor Vasque';
const enLead = [
  '<strong>Teodor Vasque</strong> (born March 3, 1871, Puerto Alcira, Argentina—died July 22, 1939, Córdoba) Argentine cartographer and ' +
    'surveyor whose triangulation of the Sierra de Quilmaná produced the first reliable topographic maps of the Argentine northwest and ' +
    'set the standard for the national survey in the early 20th century.',
];
const enEarly = [
  'Vasque was the son of a Basque shipwright who had settled in the river port of Puerto Alcira. He showed an early talent for drawing and ' +
    'mathematics and at 16 was apprenticed to a railway engineer, with whom he surveyed the route of a branch line across the pampas. In ' +
    '1892 he entered the military geographic school in Buenos Aires, where he studied geodesy under the Swiss-born astronomer Emil Krauer.',
  'Krauer’s insistence on precise astronomical control for every map sheet had a lasting influence on Vasque. After graduating in 1896, he ' +
    'spent three years fixing the positions of frontier posts in Patagonia, an assignment that taught him to work for months with a small ' +
    'team in difficult terrain.',
];
const enSurveys = [
  'In 1901 the government commissioned Vasque to map the Sierra de Quilmaná, a range whose peaks had never been measured and whose passes ' +
    'were disputed by two provinces. Over the next nine years his parties built a chain of 146 triangulation stations, many of them above ' +
    '4,000 metres (13,000 feet), carrying theodolites and signal lamps on mules.',
  'Vasque’s method combined careful baseline measurement with a new system of contour sketching in the field, in which every sheet was ' +
    'drawn at the station rather than in the office. The 38 sheets published between 1908 and 1912 at a scale of 1:100,000 were praised ' +
    'abroad for their accuracy, and the height he gave for the range’s highest summit, Cerro Anchal, was revised by only 11 metres when it ' +
    'was remeasured by satellite in the 1990s.',
  'The surveys were not without cost. Two members of his staff died of exposure in the winter of 1905, and Vasque himself lost the sight of ' +
    'one eye after a fall near the Paso de las Cabras.',
];
const enLater = [
  'Appointed director of the topographic division of the national survey in 1913, Vasque reorganized its work around regional field ' +
    'brigades and introduced the uniform symbols that Argentine maps used until the 1950s. He resisted the early use of aerial ' +
    'photography, which he thought too imprecise for mountain work, and this brought him into conflict with younger officers in the 1920s.',
  'He retired in 1928 and spent his last years in Córdoba, writing a two-volume manual of field surveying that remained in use for decades. ' +
    'His original field books are kept in the Museo Cartográfico of Puerto Alcira, and a peak in the Sierra de Quilmaná, Cerro Vasque, was ' +
    'named in his honour in 1941.',
];
const enNav = [
  'Home',
  'History & Society',
  'Science & Tech',
  'Biographies',
  'Animals & Nature',
  'Geography & Travel',
  'Arts & Culture',
  'Games & Quizzes',
  'Videos',
  'On This Day',
  'Dictionary',
  'New Articles',
];
const enCrumbs = ['Biographies', 'Science', 'Geography'];
const enTools = ['Print', 'Cite', 'Share', 'Feedback', 'External Websites'];
const enToc = ['Introduction', 'Early life and training', 'The Quilmaná surveys', 'Later career and legacy', 'References & Edit History', 'Related Topics'];
const enFacts = [
  ['Born:', 'March 3, 1871, Puerto Alcira, Argentina'],
  ['Died:', 'July 22, 1939, Córdoba (aged 68)'],
  ['Notable Works:', '“Manual de topografía de campaña”'],
] as const;
const enCaption = 'Vasque’s 1909 field sheet of the northern Quilmaná, drawn at the station of Loma Blanca.';
const enCredit = 'Museo Cartográfico de Puerto Alcira';
const enQuiz = ['Meridiana Quiz', 'Maps, Mapmakers, and Explorers Quiz'];
const enRevised = 'This article was most recently revised and updated by Ana Belén Ruiz.';
const enPremium = ['Discover Meridiana Premium', 'Subscribe and gain access to exclusive content and an ad-free experience.', 'Subscribe Now'];
const enFeedback = ['Thank you for your feedback', 'Our editors will review what you’ve submitted and determine whether to revise the article.'];
const enRelated = ['cartography', 'triangulation', 'topographic map', 'geodesy', 'Argentina'];
const enFoot = ['About Us & Legal Info', 'Advertising', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Equal Opportunity'];
const enCopy = '©2025 Encyclopaedia Meridiana, Inc.';
const enPs = (a: readonly string[]): string => a.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n');
const enSection = (id: number, h2: string, inner: string): string => `<section id="ref${id}" data-level="1"><h2 class="h1">
<a class="anchor" href="#ref${id}">${h2}</a></h2>
${inner}</section>`;
const enHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Teodor Vasque | Argentine Cartographer, Surveyor &amp; Mapmaker | Meridiana</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Teodor Vasque, Argentine cartographer whose survey of the
Sierra de Quilmaná produced the first reliable topographic maps of the Argentine northwest.">
<link rel="canonical" href="https://www.meridiana.com/biography/Teodor-Vasque">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Teodor Vasque","author":[{"@type":"Person","name":
"Lucía Ferrandis"}],"dateModified":"2025-10-04T00:00:00Z","publisher":{"@type":"Organization","name":"Encyclopaedia Meridiana"},"about":{"@type":"Person",
"name":"Teodor Vasque","birthDate":"1871-03-03","deathDate":"1939-07-22"}}</script>
<link rel="stylesheet" href="https://cdn.meridiana.com/mendel/resources/css/topic-page-ce3f1a.css">
<script>window.__mendel={"topicId":1298844,"pageType":"TOPIC","userState":"ANONYMOUS","adsEnabled":true};</script></head>
<body class="topic-page"><div id="__mendel-root">
<header id="header" class="header-container bg-dark"><div class="header-top d-flex align-items-center"><a href="/" class="header-logo"
aria-label="Encyclopaedia Meridiana"><svg class="logo"><use href="#meridiana-logo"></use></svg></a>
<form class="header-search" action="/search"><input type="search" name="query" placeholder="Search Meridiana" aria-label="Search Meridiana">
<button type="submit" class="header-search-button">Search</button></form>
<div class="header-actions"><a href="/premium" class="btn btn-sm btn-primary">Subscribe</a><a href="/login" class="btn btn-sm btn-link">Login</a></div></div>
<nav class="header-nav" aria-label="Channel navigation"><ul class="list-unstyled d-flex">${links(enNav, 'header-nav-item')}</ul></nav></header>
<main id="main" class="topic-main container"><div class="grid gx-0"><aside class="col-lg-3 topic-toc-column"><div class="topic-toc sticky-top"
data-toc=""><div class="toc-title font-weight-bold">Table of Contents</div><ul class="list-unstyled topic-toc-list">${enToc
  .map((t, i) => `<li class="toc-item"><a href="#ref${i + 1}" class="toc-link">${t}</a></li>`)
  .join('\n')}</ul></div></aside>
<div class="col-lg-9 topic-content-column"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumb-list">${links(enCrumbs, 'breadcrumb-item')}
</ol></nav>
<div class="topic-page-header"><h1 class="topic-title font-serif">${enTitle}</h1><div class="topic-identifier text-muted">Argentine cartographer</div>
<div class="topic-tools d-flex">${enTools
  .map(
    (t) => `<button type="button" class="btn btn-sm btn-link topic-tool"
data-tool="${t.toLowerCase()}">${t}</button>`,
  )
  .join('')}
</div><div class="topic-byline"><div class="editor-title">Written by <a href="/contributor/Lucia-Ferrandis/9480" class="editor-link">Lucía Ferrandis</a>
<div class="editor-description d-none" aria-hidden="true">Lecturer in the history of geography, Universidad del Litoral.</div></div>
<div class="fact-check">Fact-checked by <a href="/editor/The-Editors-of-Encyclopaedia-Meridiana/4419">The Editors of Encyclopaedia Meridiana</a></div>
<div class="last-updated">Last Updated: <time datetime="2025-10-04">Oct 4, 2025</time> • <a href="/biography/Teodor-Vasque/additional-info#history">Article
History</a></div></div></div>
<div class="quick-facts-box card"><div class="card-header font-weight-bold">Quick Facts</div><dl class="card-body">${enFacts
  .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
  .join('\n')}</dl><a href="/facts/Teodor-Vasque" class="quick-facts-more">See all related content</a></div>
<div class="topic-content reading-channel" data-topic-id="1298844"><section id="ref1" data-level="1">${enPs(enLead)}</section>
<div class="md-ad-wrapper"><div class="ad-label text-center">Advertisement</div><div id="ad-topic-inline-1" class="ad-slot" data-ad-slot="inline1"></div></div>
${enSection(2, 'Early life and training', enPs(enEarly))}
<div class="md-quiz-promo card"><a href="/quiz/maps-mapmakers-explorers" class="d-flex align-items-center"><span class="quiz-label">${enQuiz[0]}</span>
<span class="quiz-title">${enQuiz[1]}</span></a></div>
${enSection(
  3,
  'The Quilmaná surveys',
  `<figure class="md-assembly"><img src="https://cdn.meridiana.com/48/218348-050-4A1C2F0B/Vasque-field-sheet-1909.jpg" alt="field sheet" width="600"
height="420"><figcaption class="md-assembly-caption">${enCaption} <span class="md-assembly-credit">${enCredit}</span></figcaption></figure>
${enPs(enSurveys)}`,
)}
<div class="md-ad-wrapper"><div class="ad-label text-center">Advertisement</div><div id="ad-topic-inline-2" class="ad-slot" data-ad-slot="inline2"></div></div>
${enSection(4, 'Later career and legacy', enPs(enLater))}
<div class="editor-revision text-muted"><span class="editor-name">Lucía Ferrandis</span><p>${enRevised}</p></div></div>
<div class="premium-promo card bg-light"><div class="premium-promo-title">${enPremium[0]}</div><p>${enPremium[1]}</p><a href="/premium"
class="btn btn-primary">${enPremium[2]}</a></div>
<div class="feedback-form d-none" aria-hidden="true"><p class="font-weight-bold">${enFeedback[0]}</p><p>${enFeedback[1]}</p></div>
<section id="ref6" class="related-topics"><h2 class="h3">Related Topics</h2><ul class="list-unstyled">${links(enRelated)}</ul></section></div></div></main>
<footer class="footer bg-dark text-white"><div class="container"><ul class="footer-links list-unstyled d-flex">${links(enFoot)}</ul>
<p class="footer-copyright">${enCopy}</p></div></footer></div>
<script src="https://cdn.meridiana.com/mendel/resources/js/topic-page-ce3f1a.js" defer></script></body></html>`;
export const encyclopediaPage: TestPage = {
  html: enHtml,
  name: 'heldout82-britannica-style-encyclopedia-biography',
  kind: 'wiki',
  // the lead and the section paragraphs are body; the identifier line under the headline is in neither list; "Written by",
  // the author's name (twice), "Fact-checked by ...", "Last Updated: Oct 4, 2025" and the "revised and updated by" line are
  // bylines; the hidden author description, the tools, quick facts, the table of contents (copies of the headings left
  // out), ads, the quiz promo, the figure caption and credit, the premium promo, the hidden feedback text, related topics and
  // footer are furniture
  title: enTitle,
  headings: ['Early life and training', 'The Quilmaná surveys', 'Later career and legacy'],
  body: texts([...enLead, ...enEarly, ...enSurveys, ...enLater]),
  bylines: ['Written by', 'Lucía Ferrandis', 'Fact-checked by The Editors of Encyclopaedia Meridiana', 'Last Updated: Oct 4, 2025', enRevised],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Search', 'Subscribe', 'Login', ...enNav, 'Table of Contents', 'Introduction', 'References & Edit History', ...enCrumbs, ...enTools,
    'Lecturer in the history of geography, Universidad del Litoral.', 'Article History', 'Quick Facts', ...enFacts.flat().slice(2), 'See all related content',
    'Advertisement', ...enQuiz, enCaption, enCredit, ...enPremium, ...enFeedback, 'Related Topics',
    ...enRelated.filter((t) => !['triangulation', 'geodesy', 'Argentina'].includes(t)),
    ...enFoot, enCopy,
  ])],
};
