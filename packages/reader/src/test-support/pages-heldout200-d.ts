import { links, type TestPage, texts } from './page-kit.js';
import { syllabusPage } from './pages-heldout200-d2.js';

/**
 * Held-out batch 200, file d: a Course Hero document preview page as a signed-out visitor saves it (the header with
 * search, "Log in" and "Sign up", the school / course / subject breadcrumbs, the document title with pages count,
 * uploader and date, the helpful/download/AI buttons, the rendered preview of the first pages with the page counter,
 * the "End of preview" unlock box with its blurred teaser of the next page, the "Related Q&A" and "Students also
 * studied" rails and the footer) and, from file d2, a university course syllabus page.
 */
const chTitle = 'Lab 4 Catalase Activity Report.docx';
const chDocTitle = 'Effect of Temperature on Catalase Activity in Potato Extract';
const chByline = 'Jordan Keene, BIOL 2210 Section 04, October 9, 2024';
const chH1 = 'Introduction';
const chP1 = [
  'Catalase is an enzyme found in nearly all living cells that breaks hydrogen peroxide down into water and oxygen. Hydrogen ' +
    'peroxide is a toxic by-product of metabolism, so catalase protects cells from damage. Like other enzymes, catalase depends ' +
    'on its three-dimensional shape, and that shape is sensitive to temperature.',
  'The purpose of this experiment was to measure how the rate of catalase activity in potato extract changes between 0 °C and ' +
    '70 °C. We hypothesized that activity would increase with temperature up to about 35 °C and then decrease sharply as the ' +
    'enzyme denatured.',
];
const chH2 = 'Methods';
const chP2 = [
  'Potato extract was prepared by blending 50 g of peeled potato with 100 mL of cold distilled water and filtering it through ' +
    'cheesecloth. For each trial, a 1 cm filter-paper disk was soaked in extract for 10 seconds and dropped into a test tube ' +
    'containing 10 mL of 3 % hydrogen peroxide held in a water bath at the test temperature.',
  'We recorded the time, in seconds, for each disk to rise from the bottom of the tube to the surface, carried up by the oxygen ' +
    'bubbles it produced. Rate was calculated as 1 divided by the rise time. Each temperature was tested three times and the mean was used.',
];
const chH3 = 'Results';
const chP3 = ['Mean rise times and rates are shown in Table 1. Activity peaked at 37 °C and fell to almost nothing at 70 °C.'];
const chTable = [
  ['0', '38.4', '0.026'],
  ['22', '14.1', '0.071'],
  ['37', '8.6', '0.116'],
  ['55', '21.7', '0.046'],
  ['70', '112.0', '0.009'],
];
const chH4 = 'Discussion';
const chP4 = [
  'The results support our hypothesis. At low temperatures molecules move slowly, so the enzyme and substrate collide less often ' +
    'and the disks rose slowly. As the temperature increased toward 37 °C, collisions became more frequent and the rate nearly tripled.',
  'Above this point the rate dropped quickly. High temperatures break the hydrogen bonds that hold the active site in shape, and ' +
    'once it is denatured the enzyme can no longer bind hydrogen peroxide. The near-zero rate at 70 °C suggests most of the ' +
    'catalase had been denatured.',
  'One source of error was that the disks did not always soak up the same amount of extract. Using a micropipette to add a ' +
    'fixed volume to each disk would make the trials more consistent.',
];
const chTeaser = 'Conclusion Catalase activity in potato extract increased with temperature up to';
const chNav = ['Study Resources', 'Log in', 'Sign up'];
const chMeta = ['School', 'Northfield State University', 'Course', 'BIOL 2210', 'Subject', 'Biology', 'Date', 'Oct 14, 2024', 'Pages', '4'];
const chQa = [
  'Why does enzyme activity decrease at high temperatures?',
  'What is the optimal pH for catalase?',
  'How does substrate concentration affect reaction rate?',
];
const chAlso = ['BIOL 2210 Lab 3 Osmosis in Potato Cores', 'Enzyme Lab Worksheet Answers', 'BIOL 2210 Exam 2 Study Guide'];
const chFoot = [
  'Company',
  'About Us',
  'Careers',
  'Scholarships',
  'Get Course Hero',
  'iOS',
  'Android',
  'Chrome Extension',
  'Educators',
  'Tutors',
  'Help',
  'Contact Us',
  'FAQ',
  'Feedback',
  'Legal',
  'Copyright Policy',
  'Academic Integrity',
  'Our Honor Code',
  'Privacy Policy',
  'Service Terms',
  'Attributions',
];
const chLegal = 'Course Hero, a Learneo, Inc. business © Learneo, Inc. 2026. Course Hero is not sponsored or endorsed by any college or university.';
const chP = (t: string): string => `<p class="doc-p" style="margin-left:0pt;text-indent:0pt">${t}</p>`;
const chH = (t: string): string => `<p class="doc-h" style="font-weight:700">${t}</p>`;
const chHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lab 4 Catalase Activity Report.docx - Effect of Temperature on Catalase Activity in Potato
Extract Jordan Keene | Course Hero</title>
<meta name="description" content="View Lab 4 Catalase Activity Report.docx from BIOL 2210 at Northfield State University. Effect of Temperature on Catalase">
<meta property="og:type" content="article"><meta name="robots" content="index,follow">
<link rel="canonical" href="https://www.coursehero.com/file/238817046/Lab-4-Catalase-Activity-Reportdocx/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DigitalDocument","name":"${chTitle}","numberOfPages":4,
"educationalLevel":"University","dateCreated":"2024-10-14","isPartOf":{"@type":"Course","name":"BIOL 2210","provider":"Northfield State University"}}
</script><script>window.CH_DOCUMENT={"id":238817046,"pages":4,"previewPages":2,"isLoggedIn":false};</script></head>
<body class="document-page"><header class="ch-header"><a class="ch-logo" href="/">Course Hero</a><form role="search"><input
aria-label="Search" placeholder="Find study resources"></form><nav aria-label="Main"><ul>${links(chNav, 'ch-header__item')}</ul></nav></header>
<main class="document-layout"><nav class="doc-breadcrumbs" aria-label="Breadcrumb"><dl>
${[0, 2, 4].map((i) => `<dt>${chMeta[i]}</dt><dd><a href="#">${chMeta[i + 1]}</a></dd>`).join('')}</dl></nav>
<div class="doc-header"><h1 class="doc-title">${chTitle}</h1><dl class="doc-meta"><dt>${chMeta[6]}</dt><dd>${chMeta[7]}</dd><dt>${chMeta[8]}</dt>
<dd>${chMeta[9]}</dd><dt>Uploaded by</dt><dd><a href="/u/CaptainOtter1187">CaptainOtter1187</a></dd></dl>
<div class="doc-actions"><button aria-label="Helpful">Helpful?</button><button class="doc-download">Download</button>
<button class="doc-ai">AI Q&amp;A</button></div></div>
<section class="doc-preview" data-test="document-preview"><div class="page-counter">Showing Page 1 of 4</div>
<div class="doc-page" id="page-1" data-page="1"><div class="doc-page__content">
<p class="doc-title-line" style="text-align:center;font-weight:700">${chDocTitle}</p>
<p class="doc-author-line" style="text-align:center">${chByline}</p>
${chH(chH1)}
${chP1.map(chP).join('\n')}
${chH(chH2)}
${chP2.map(chP).join('\n')}</div></div>
<div class="page-counter">Showing Page 2 of 4</div>
<div class="doc-page" id="page-2" data-page="2"><div class="doc-page__content">
${chH(chH3)}
${chP3.map(chP).join('\n')}
<table class="doc-table"><tr><th>Temperature (°C)</th><th>Mean rise time (s)</th><th>Rate (1/s)</th></tr>
${chTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>
${chH(chH4)}
${chP4.map(chP).join('\n')}</div></div>
<div class="doc-page doc-page--blurred" id="page-3" aria-hidden="true"><p class="blurred-text">${chTeaser}</p></div>
<div class="unlock-box"><p class="unlock-box__title">End of preview. Want to read all 4 pages?</p>
<p>Upload your study docs or become a Course Hero member to access this document</p><a class="button" href="/register">Continue to access</a>
</div></section>
<aside class="doc-rail"><section><h2>Related Q&amp;A</h2><ul>${links(chQa)}</ul></section>
<section><h2>Students also studied</h2><ul>${links(chAlso)}</ul></section></aside></main>
<footer class="ch-footer"><ul>${links(chFoot, 'ch-footer__item')}</ul><p>${chLegal}</p></footer>
<script src="https://www.coursehero.example/assets/js/document-viewer.9f3c.js" defer></script></body></html>`;
const courseHero: TestPage = {
  html: chHtml,
  name: 'heldout200-course-hero-document-docs',
  kind: 'docs',
  // the page's h1 is the file name; the document's own title and section labels are its headings and the student's
  // name line in the document is a byline, as is the uploader; table data cells are body (header cells in neither); the
  // blurred teaser of page 3 is furniture, as are the metadata labels and values, page counters, unlock box and rails
  title: chTitle,
  headings: [chDocTitle, chH1, chH2, chH3, chH4],
  body: [...texts(chP1), ...texts(chP2), ...texts(chP3), ...chTable.flat(), ...texts(chP4)],
  bylines: [chByline, 'CaptainOtter1187'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Course Hero', ...chNav, ...chMeta.filter((t) => t !== '4'), 'Uploaded by', 'Helpful?', 'Download', 'AI Q&A', 'Showing Page 1 of 4',
    'Showing Page 2 of 4', chTeaser, 'End of preview. Want to read all 4 pages?',
    'Upload your study docs or become a Course Hero member to access this document', 'Continue to access', 'Related Q&A', ...chQa,
    'Students also studied', ...chAlso, ...chFoot, chLegal,
  ],
};

export const HELDOUT200_D: readonly TestPage[] = [courseHero, syllabusPage];
