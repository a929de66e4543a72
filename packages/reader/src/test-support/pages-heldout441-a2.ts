import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout441-kit.js';

/**
 * Held-out batch 441, file a2: a LibreTexts (MindTouch) page with the library header, the page toolbar (contents, readability,
 * cite, donate, downloads), breadcrumbs, the page id line, a learning objectives box, a worked example box, the licence box
 * with its page-info table, the tags and the LibreTexts footer with the cookie consent.
 */
const ltTitle = '7.3: Buffer Capacity and the Limits of a Buffer';
const ltObjectives = ['Define buffer capacity.', 'Predict how the ratio of acid to conjugate base affects the pH change on adding a strong acid.'];
const ltIntro = [
  `A buffer resists changes in pH, but it cannot resist them forever. Add enough strong acid to a buffer and its weak base will
  all be used up; from that point on, the solution behaves as if the buffer were not there at all. The amount of acid or base a
  buffer can take before this happens is its buffer capacity.`,
];
const ltH1 = 'What Sets the Capacity';
const ltCap = [
  `Buffer capacity depends on two things: the total concentration of the buffer components and the ratio between them. A buffer
  made from 0.50 M acid and 0.50 M conjugate base can neutralize ten times as much added acid as one made from 0.050 M of each,
  even though both have exactly the same starting pH.`,
  `The ratio matters because a buffer is most effective when the two components are present in similar amounts. When the ratio
  of base to acid falls outside the range of roughly one to ten or ten to one, a small addition shifts the ratio a long way and
  the pH changes sharply.`,
];
const ltRules = [
  'A more concentrated buffer has a greater capacity than a dilute one of the same pH.',
  'Capacity against added acid depends on the amount of conjugate base present.',
  'Capacity against added base depends on the amount of weak acid present.',
];
const ltH2 = 'A Worked Comparison';
const ltExample = [
  j(
    'Two students at Holloway Ridge each prepare 1.00 L of an acetate buffer at pH 4.74. Buffer A contains 0.10 mol of acetic',
    'acid and 0.10 mol of sodium acetate; buffer B contains 0.010 mol of each. Both students add 0.020 mol of hydrochloric acid.',
  ),
  j(
    'In buffer A, the acid converts 0.020 mol of acetate into acetic acid, leaving 0.08 mol of base and 0.12 mol of acid. The pH',
    'falls only to about 4.56. In buffer B, the added acid is twice the acetate present, so all the base is consumed and the excess',
    'strong acid sets the pH near 2.0.',
  ),
];
const ltH3 = 'Choosing a Buffer in the Laboratory';
const ltLab = [
  `When a procedure calls for a buffer, choose a weak acid whose pKa lies within one unit of the pH you need, and then make the
  solution as concentrated as the experiment allows. Very concentrated buffers can interfere with enzymes or with ionic strength,
  so in practice the concentration is a compromise.`,
];
const ltCrumbs = ['Home', 'Bookshelves', 'General Chemistry', 'Chemistry for Allied Health (Varga)', '7: Acids, Bases and Buffers'];
const ltTools = ['Expand/collapse global hierarchy', 'Home', 'Campus Bookshelves', 'Bookshelves', 'Learning Objects'];
const ltBar = ['Table of contents', 'Readability', 'Cite this page', 'Donate', 'Downloads', 'Page ID'];
const ltInfo = ['Document Type', 'Section or Page', 'License', 'CC BY-NC-SA', 'License Version', '4.0', 'Show Page TOC', 'no'];
const ltTags = ['license:ccbyncsa', 'showtoc:no', 'program:hrcc'];
const ltLicence = j(
  'This page titled 7.3: Buffer Capacity and the Limits of a Buffer is shared under a CC BY-NC-SA 4.0 license and was authored,',
  'remixed, and/or curated by Imre Varga via source content that was edited to the style and standards of the LibreTexts platform.',
);
const ltFoot = ['About', 'Privacy Policy', 'Terms & Conditions', 'Accessibility Statement', 'Contact Us'];
const ltHtml = `<!DOCTYPE html>
<html lang="en" class="mt-desktop"><head><meta charset="utf-8"><title>${ltTitle} - Chemistry LibreTexts</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index,follow">
<meta property="og:title" content="${ltTitle}"><meta property="og:site_name" content="Chemistry LibreTexts">
<meta name="description" content="A buffer resists changes in pH, but it cannot resist them forever.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","name":"${ltTitle}","publisher":{"@type":"Organization",
"name":"LibreTexts"},"license":"https://creativecommons.org/licenses/by-nc-sa/4.0/"}</script>
<script>window.Deki = window.Deki || {}; Deki.PageId = 228154; Deki.PageTitle = "${ltTitle}";</script>
<link rel="stylesheet" href="https://a.mtstatic.example/@cache/layout/anonymous.css"></head>
<body class="columbia-page-main columbia-article-topic-guide mt-page-228154 mt-browser-chrome">
<a class="mt-skip-link" href="#mt-content-container">Skip to main content</a>
<header class="elm-header" id="mt-header"><div class="elm-header-logo-container"><a href="https://chem.libretexts.example" title="Chemistry LibreTexts">
<img src="https://a.mtstatic.example/logo.png" alt="Chemistry LibreTexts"></a></div>
<nav class="elm-header-global-nav"><ul class="mt-nav-hierarchy">${links(ltTools, 'mt-nav-item')}</ul></nav>
<form class="mt-quicksearch-container" action="/Special:Search"><input class="mt-text mt-quicksearch-input" placeholder="Search"></form>
<a class="mt-user-login" href="/Special:UserLogin">Sign in</a></header>
<div class="elm-page-toolbar" id="mt-toolbar"><ul class="mt-toolbar-list">${links(ltBar, 'mt-toolbar-item')}</ul>
<span class="mt-page-id">228154</span></div>
<nav class="mt-breadcrumbs" aria-label="Breadcrumb"><ul class="mt-breadcrumbs-list">${links(ltCrumbs, 'mt-breadcrumbs-item')}</ul></nav>
<main id="elm-main-content" class="elm-content-container"><h1 id="title" class="mt-title" property="dc:title">${ltTitle}</h1>
<div class="mt-author-info"><span class="mt-author-container">Imre Varga</span>
<span class="mt-author-companyname">Holloway Ridge Community College</span></div>
<section class="mt-content-container" id="mt-content-container"><div class="mt-contentreuse-widget">
<div class="box-objectives mt-box"><legend class="boxlegend">Learning Objectives</legend><ul>${lis(ltObjectives)}</ul></div></div>
${ps(ltIntro, ' class="mt-indent-0"')}
<h2 class="mt-section-header"><span id="What_Sets_the_Capacity"></span>${ltH1}</h2>
${ps(ltCap)}
<ul>${lis(ltRules)}</ul>
<h2 class="mt-section-header"><span id="A_Worked_Comparison"></span>${ltH2}</h2>
<div class="box-example mt-box"><legend class="boxlegend">Example 7.3.1: Two Acetate Buffers</legend>
${ps(ltExample)}</div>
<h2 class="mt-section-header"><span id="Choosing_a_Buffer"></span>${ltH3}</h2>
${ps(ltLab)}
</section>
<div class="mt-summary-box">
<p class="mt-licence">${ltLicence}</p>
<button class="mt-toggle-summary" aria-expanded="false">Back to top</button>
<table class="mt-page-properties"><tbody>${[0, 2, 4, 6]
  .map((i) => `<tr><td>${ltInfo[i] ?? ''}</td><td>${ltInfo[i + 1] ?? ''}</td></tr>`)
  .join('\n')}</tbody></table>
<div class="mt-tags"><p class="mt-tags-title">Tags</p><ul class="mt-tags-list">${links(ltTags, 'mt-tag')}</ul></div></div>
<nav class="mt-pagination"><a class="mt-pagination-link" rel="prev" href="/7.2">7.2: Preparing a Buffer</a>
<a class="mt-pagination-link" rel="next" href="/7.4">7.4: Titration Curves</a></nav></main>
<footer class="elm-footer" id="mt-footer"><div class="elm-footer-libretexts"><p>The LibreTexts libraries are Powered by NICE CXone Expert and are
supported by the Department of Education Open Textbook Pilot Project.</p>
<ul class="elm-footer-links">${links(ltFoot)}</ul></div></footer>
<div class="cc-window cc-banner" role="dialog" aria-label="cookieconsent"><span class="cc-message">We use cookies to give you the best reading
experience on LibreTexts.</span><div class="cc-compliance"><a class="cc-btn cc-dismiss" role="button">Got it!</a></div></div>
<script src="https://cdn.libretexts.example/github/LibreTextsMain/Leo%20Jayachandran/Glossarizer/glossarizer.js"></script></body></html>`;
export const libreTexts: TestPage = {
  name: 'heldout441-libretexts-page-wiki',
  kind: 'wiki',
  html: ltHtml,
  title: ltTitle,
  headings: [ltH1, ltH2, ltH3],
  body: texts([...ltObjectives, ...ltIntro, ...ltCap, ...ltRules, ...ltExample, ...ltLab]),
  bylines: ['Imre Varga', 'Holloway Ridge Community College'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ltTools, 'Sign in', ...ltBar, '228154', ...ltCrumbs, ltLicence, 'Back to top', ...ltInfo.filter((t) => t !== 'no'),
    'Tags', ...ltTags, '7.2: Preparing a Buffer', '7.4: Titration Curves',
    'The LibreTexts libraries are Powered by NICE CXone Expert and are supported by the Department of Education Open Textbook Pilot Project.',
    ...ltFoot, 'We use cookies to give you the best reading experience on LibreTexts.', 'Got it!',
  ],
};
