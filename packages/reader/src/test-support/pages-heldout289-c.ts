import { links, ps, type TestPage, texts } from './page-kit.js';
import { openstax } from './pages-heldout289-c2.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file c: a LibreTexts-style textbook page on an invented open-textbook library (MindTouch / CXone Expert
 * markup: the library bar, the toolbar with Readability, Cite this page and Donate, breadcrumbs, the page summary, a learning
 * objectives box, mt-section headings, a worked example box, an exercise with a hidden answer, the licence and attribution
 * block, the tags and the footer) and, from file c2, an OpenStax-style chapter section with key terms.
 */
const title = '2.4: Significant Figures in Calculations';
const objectives = [
  'Apply the rules for counting significant figures to measured values.',
  'Round the result of a multiplication or division to the correct number of significant figures.',
  'Round the result of an addition or subtraction to the correct decimal place.',
];
const intro = [
  j(
    'A measurement is only as good as the instrument used to make it. When we combine measurements in a calculation, the answer',
    'cannot be more certain than the least certain number that went into it. Significant figures are a simple bookkeeping',
    'system that keeps our answers honest about that uncertainty.',
  ),
  j(
    'Calculators make this easy to forget. Dividing 7.2 grams by 3 millilitres on a calculator gives 2.4, but dividing 7.21 grams',
    'by 3.3 millilitres gives 2.184848485, and none of the later digits mean anything at all.',
  ),
];
const mulHead = 'Multiplication and Division';
const mul = [
  j(
    'When measurements are multiplied or divided, the answer should have the same number of significant figures as the',
    'measurement with the <em>fewest</em> significant figures. In the example above, 3.3 mL has two significant figures,',
    'so the density should be reported as 2.2 g/mL.',
  ),
];
const addHead = 'Addition and Subtraction';
const add = [
  j(
    'For addition and subtraction, the rule looks at decimal places instead. The answer is rounded to the same decimal place as',
    'the measurement with the fewest decimal places. Adding 12.11 g, 0.3 g and 1.005 g gives 13.415 g on a calculator, but',
    'because 0.3 g is only known to the tenths place, the sum is reported as 13.4 g.',
  ),
];
const example = 'Example \\(\\PageIndex{1}\\): Mixing Two Solutions';
const exampleText = [
  'A student pours 25.0 mL of a salt solution into a beaker that already holds 8.35 mL of water. What total volume should she record?',
  'Solution: the calculator gives 33.35 mL. The first volume is known only to the tenths place, so the total is recorded as 33.4 mL.',
];
const roundHead = 'Rounding Only at the End';
const round = [
  j(
    'In a calculation with several steps, keep at least one extra digit in the intermediate results and round only the final',
    'answer. Rounding at every step can add small errors together until they change the last reported digit.',
  ),
];
const summaryHead = 'Summary';
const summary = [
  'Multiplication and division: keep the fewest significant figures of any measurement.',
  'Addition and subtraction: keep the fewest decimal places of any measurement.',
  'Exact numbers, such as counted objects and defined conversion factors, never limit the answer.',
];
const crumbs = ['Bookshelves', 'Introductory Chemistry', 'Foundations of Chemistry (Varela)', '2: Measurement and Problem Solving'];
const libs = ['Biology', 'Business', 'Chemistry', 'Engineering', 'Mathematics', 'Physics', 'Statistics'];
const tags = ['author@Inés Varela', 'sigfigs', 'showtoc:no', 'source-chem-88213'];
const html = `<!DOCTYPE html><html lang="en" class="mt-desktop"><head><meta charset="utf-8"><title>${title} - Chemistry OpenShelf</title>
<meta name="description" content="A measurement is only as good as the instrument used to make it.">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Chemistry OpenShelf">
<link rel="canonical" href="https://chem.openshelf.example/Bookshelves/Introductory_Chemistry/Foundations_(Varela)/02/2.04">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${title}","author":{"@type":"Person","name":"Inés Varela"},
"publisher":{"@type":"Organization","name":"OpenShelf"},"license":"https://creativecommons.org/licenses/by/4.0/"}</script>
<script type="text/javascript">var Deki = Deki || {}; Deki.PageId = 88213; Deki.PageTitle = "${title}"; Deki.UserIsAnonymous = true;</script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({ TeX: { Macros: { PageIndex: ["{\\\\arabic{section}.#1}", 1] } } });</script>
<link rel="stylesheet" href="https://a.mtstatic.example/skins/styles/elm/style.css"></head>
<body class="elm-user-anonymous columbia-page-main columbia-browser-chrome" data-page-id="88213">
<a class="elm-skip-link" href="#elm-main-content">Skip to main content</a>
<div id="openshelf-library-bar" class="ltBar"><ul class="ltBar-libraries">${links(libs, 'ltBar-lib')}</ul>
<div class="ltBar-tools"><button class="ltBar-btn" id="readability">Readability</button><button class="ltBar-btn" id="citeThisPage">Cite this page</button>
<a class="ltBar-btn" href="https://openshelf.example/donate">Donate</a></div></div>
<header class="elm-header"><div class="elm-header-logo-container"><a href="/" title="Chemistry OpenShelf">Chemistry OpenShelf</a></div>
<div class="elm-header-custom"><form class="mt-inputredirect-form" action="/Special:Search"><input type="search" placeholder="Search"
aria-label="Search"></form>
<a class="elm-header-user-nav" href="/Special:UserLogin">Sign in</a></div></header>
<nav class="elm-nav" aria-label="Breadcrumbs"><ul class="mt-breadcrumbs">${links(crumbs, 'mt-breadcrumbs-item')}</ul></nav>
<main class="elm-content-container" id="elm-main-content"><section class="mt-content-container"><div class="elm-header-wrapper">
<h1 id="title" class="mt-page-title">${title}</h1><div class="mt-page-summary"><div class="mt-page-overview" id="pageSummary"></div></div>
<div class="elm-meta-row"><span class="elm-page-id">Page ID: 88213</span></div></div>
<div class="mt-content-container" id="mt-content-body"><div class="box-objectives"><h3 class="box-legend"><span>Learning Objectives</span></h3>
<ul class="boxed">${lis(objectives)}</ul></div>
${ps(intro)}
<div class="mt-section" id="section_1"><span id="Multiplication_and_Division"></span><h2 class="editable">${mulHead}</h2>
${ps(mul)}</div>
<div class="mt-section" id="section_2"><span id="Addition_and_Subtraction"></span><h2 class="editable">${addHead}</h2>
${ps(add)}
<div class="box-example"><p class="box-legend"><span>${example}</span></p>
${ps(exampleText)}</div></div>
<div class="mt-section" id="section_3"><span id="Rounding"></span><h2 class="editable">${roundHead}</h2>
${ps(round)}
<div class="box-exercise"><p class="box-legend"><span>Exercise \\(\\PageIndex{1}\\)</span></p>
<p>How many significant figures should the product of 4.50 cm and 2.1 cm have?</p><dl><dt>Answer</dt><dd class="spoiler">Two: 9.5 square
centimetres.</dd></dl></div>
</div><div class="mt-section" id="section_4"><h2 class="editable">${summaryHead}</h2><ul>${lis(summary)}</ul></div></div>
<footer class="mt-content-footer"><div id="pageAttribution" class="mt-attribution-container"><p class="mt-attribution">This page titled ${title} is
shared under a CC BY 4.0 license and was authored, remixed, and/or curated by Inés Varela.</p>
<button class="mt-attribution-history">Back to top</button></div>
<div class="mt-pagenav"><a class="mt-icon-previous-article" href="/Bookshelves/02/2.03">2.3: Scientific Notation</a>
<a class="mt-icon-next-article" href="/Bookshelves/02/2.05">2.5: Converting Between Units</a></div>
<div class="mt-tags"><h4 class="mt-tags-title">Tags</h4><ul class="mt-tags-list">${links(tags, 'mt-tag')}</ul></div></footer></section></main>
<footer class="elm-footer"><div class="elm-footer-content"><p>The OpenShelf libraries are supported by an invented foundation and by readers like you.
Unless otherwise noted, content is licensed CC BY-NC-SA 3.0.</p><ul>${links(['Legal', 'Accessibility Statement', 'Contact Us'])}</ul></div></footer>
<script src="https://a.mtstatic.example/deki/javascript/out/combined.js"></script><script>Deki.$(function(){ Deki.Ui.init(); });</script></body></html>`;

const libre: TestPage = {
  name: 'heldout289-openshelf-mindtouch-textbook-docs',
  kind: 'docs',
  html,
  title,
  headings: ['Learning Objectives', mulHead, addHead, roundHead, summaryHead],
  body: texts([
    ...objectives,
    ...intro,
    ...mul,
    ...add,
    ...exampleText,
    ...round,
    'How many significant figures should the product of 4.50 cm and 2.1 cm have?',
    'Two: 9.5 square centimetres.',
    ...summary,
  ]),
  bylines: [`This page titled ${title} is shared under a CC BY 4.0 license and was authored, remixed, and/or curated by Inés Varela.`],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...libs.filter((t) => t !== 'Chemistry'), 'Readability', 'Cite this page', 'Donate', 'Chemistry OpenShelf', 'Sign in', ...crumbs,
    'Page ID: 88213', 'Back to top', '2.3: Scientific Notation', '2.5: Converting Between Units', 'Tags', ...tags,
    'The OpenShelf libraries are supported by an invented foundation and by readers like you.',
    'Unless otherwise noted, content is licensed CC BY-NC-SA 3.0.', 'Legal', 'Accessibility Statement', 'Contact Us',
  ],
};

export const HELDOUT289_C: readonly TestPage[] = [libre, openstax];
