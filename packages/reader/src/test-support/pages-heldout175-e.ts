import { links, ps, type TestPage, texts } from './page-kit.js';
import { arkansasPage } from './pages-heldout175-e2.js';

/**
 * Held-out batch 175, file e: an Encyclopedia Virginia entry (the Virginia Humanities bar, the menu with "Donate", the
 * h1 with "Contributed by", the summary, the sticky "Contents" menu that repeats the headings, sections with images and
 * captions, the "Timeline" list, "Further Reading", the "Cite This Entry" box with APA and MLA citations and first-published
 * and last-modified dates, "Related Entries", the newsletter sign-up and the footer) and, from file e2, an Encyclopedia of
 * Arkansas entry.
 */
const vaTitle = 'Marrowbone Iron Furnace';
const vaSummary = [
  'The Marrowbone Iron Furnace, in Alleghany County, produced pig iron from 1838 until 1884 and was one of the last charcoal-fired ' +
    'furnaces to operate in the Valley of Virginia. Its stone stack, restored in 2011, stands beside Marrowbone Run.',
];
const vaH1 = 'Founding';
const vaP1 = [
  'The furnace was built in 1837 and 1838 by the partners Elias Coffman and William Trent Saunders, who bought 4,200 acres of ' +
    'woodland and ore banks along Marrowbone Run. The stack, thirty-two feet high, was built of local sandstone against a hillside ' +
    'so that workers could charge it with ore, charcoal and limestone from a bridge at the top.',
  'Like most Virginia ironworks of the period, Marrowbone relied heavily on enslaved labor. The partners owned twenty-six enslaved ' +
    'men and hired as many as forty more each year from owners in neighboring counties. Enslaved colliers cut and burned the wood ' +
    'for charcoal, and enslaved founders and keepers ran the furnace day and night during the blast season.',
];
const vaH2 = 'The Civil War';
const vaP2 = [
  'During the Civil War the furnace sold most of its iron to the Confederate government for the Tredegar works in Richmond. In ' +
    'June 1864 a Union cavalry detachment burned the casting house and the company store, but the stack survived and the furnace ' +
    'was back in blast within five months.',
];
const vaH3 = 'Decline';
const vaP3 = [
  'After the war, the furnace was run by Saunders\u2019s son with hired labor, many of them formerly enslaved workers from the ' +
    'furnace itself. It could not compete with the coke-fired furnaces built along the railroads in the 1880s, and it made its last ' +
    'blast in the autumn of 1884. The property passed to a timber company and later to the national forest.',
];
const vaTimeH = 'Timeline';
const vaTime = [
  '1837 - Elias Coffman and William Trent Saunders begin building the Marrowbone furnace.',
  'June 1864 - Union cavalry burn the casting house and company store at Marrowbone.',
  'Autumn 1884 - The Marrowbone furnace makes its last blast.',
  '2011 - The stone stack is stabilized and restored by the Forest Service.',
];
const vaReadH = 'Further Reading';
const vaRead = [
  'Dew, Grace T. <i>Iron in the Hills: Charcoal Furnaces of Western Virginia</i>. Charlottesville, 1999.',
  'Saunders, Martha Coffman. <i>Marrowbone: A Family and a Furnace</i>. Covington, 1978.',
];
const vaBy = 'Contributed by Nathaniel R. Osei';
const vaFirst = 'First published: March 3, 2021';
const vaLast = 'Last modified: September 12, 2024';
const vaApa =
  'Osei, N. R. Marrowbone Iron Furnace. (2024, September 12). In Encyclopedia Virginia. https://encyclopediavirginia.org/entries/marrowbone-iron-furnace.';
const vaMla = 'Osei, Nathaniel R. "Marrowbone Iron Furnace" Encyclopedia Virginia. Virginia Humanities, 12 Sep. 2024. Web. 06 Oct. 2025';
const vaTop = ['Virginia Humanities', 'Programs', 'Grants', 'Donate'];
const vaMenu = ['Browse', 'Topics', 'Timelines', 'Primary Documents', 'Media', 'About'];
const vaCaps = [
  'Marrowbone Furnace stack, ca. 1905',
  'Image courtesy of the Library of Virginia.',
  'Letter from W. T. Saunders to the Confederate Nitre and Mining Bureau, 1863',
  'Image courtesy of the Virginia Museum of History & Culture.',
];
const vaRelated = ['Tredegar Iron Works', 'Slavery in Virginia Industry', 'Alleghany County'];
const vaNews = ['Get Encyclopedia Virginia in your inbox', 'Email Address', 'Subscribe'];
const vaFoot = ['Contact', 'Privacy Policy', 'Accessibility', 'Terms of Use', '© 2025 Virginia Humanities'];
const vaFig = (i: number): string => `<figure class="wp-block-image entry-figure"><img src="/wp-content/uploads/marrowbone-${i}.jpg" alt="">
<figcaption><span class="caption-title">${vaCaps[i]}</span><span class="caption-credit">${vaCaps[i + 1]}</span></figcaption></figure>`;
const vaSec = (h: string, body: string): string => `<section id="${h.toLowerCase().replace(/ /g, '-')}" class="entry-section"><h2>${h}</h2>${body}</section>`;
const vaHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marrowbone Iron Furnace - Encyclopedia Virginia</title>
<meta name="description" content="The Marrowbone Iron Furnace, in Alleghany County, produced pig iron from 1838 until 1884.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Marrowbone Iron Furnace",
"author":{"@type":"Person","name":"Nathaniel R. Osei"},"datePublished":"2021-03-03","dateModified":"2024-09-12"}</script>
<link rel="stylesheet" href="/wp-content/themes/encyclopedia-virginia/dist/main.css"></head>
<body class="entries-template-default single single-entries">
<div class="vh-bar"><ul>${links(vaTop)}</ul></div>
<header class="site-header"><a class="site-logo" href="/"><img src="/wp-content/themes/encyclopedia-virginia/img/ev-logo.svg" alt="Encyclopedia Virginia"></a>
<nav class="site-nav" aria-label="Main"><ul>${links(vaMenu)}</ul></nav><button class="search-trigger" aria-label="Search">Search</button></header>
<main id="main"><article class="entry">
<header class="entry-header"><h1 class="entry-title">${vaTitle}</h1><p class="entry-contributor">${vaBy}</p></header>
<div class="entry-layout"><aside class="entry-toc" aria-label="Contents"><h2 class="toc-title">Contents</h2><ul>
${[vaH1, vaH2, vaH3, vaTimeH, vaReadH].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}
<li><a href="#cite">Cite This Entry</a></li></ul></aside>
<div class="entry-body"><div class="entry-summary"><h2 class="summary-label">Summary</h2>${ps(vaSummary)}</div>
${vaSec(vaH1, `${vaFig(0)}${ps(vaP1)}`)}
${vaSec(vaH2, `${vaFig(2)}${ps(vaP2)}`)}
${vaSec(vaH3, ps(vaP3))}
${vaSec(vaTimeH, `<ul class="timeline">${vaTime.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${vaSec(vaReadH, ps(vaRead))}
<section id="cite" class="cite-entry"><h2>Cite This Entry</h2><h3>APA Citation:</h3><p>${vaApa}</p><h3>MLA Citation:</h3><p>${vaMla}</p>
<p class="dates"><span>${vaFirst}</span> | <span>${vaLast}</span></p></section>
</div></div></article>
<section class="related-entries"><h2>Related Entries</h2><ul>${links(vaRelated)}</ul></section></main>
<footer class="site-footer"><div class="newsletter"><h2>${vaNews[0]}</h2><label for="nl">${vaNews[1]}</label><input id="nl" type="email">
<button>${vaNews[2]}</button></div><ul>${links(vaFoot)}</ul></footer>
<script src="/wp-content/themes/encyclopedia-virginia/dist/main.js"></script></body></html>`;
const virginia: TestPage = {
  html: vaHtml,
  name: 'heldout175-encyclopediavirginia-entry',
  kind: 'wiki',
  // the summary is body (its "Summary" label furniture); the timeline and "Further Reading" are a part of the entry; the
  // "Contents" menu repeats the headings and is left out; the citations and dates are bylines
  title: vaTitle,
  headings: [vaH1, vaH2, vaH3, vaTimeH, vaReadH],
  body: texts([...vaSummary, ...vaP1, ...vaP2, ...vaP3, ...vaTime, ...vaRead]),
  bylines: [vaBy, vaApa, vaMla, vaFirst, vaLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vaTop, ...vaMenu, 'Search', 'Contents', 'Summary', ...vaCaps, 'Cite This Entry', 'APA Citation:', 'MLA Citation:', 'Related Entries', ...vaRelated,
    ...vaNews, ...vaFoot,
  ],
};

export const HELDOUT175_E: readonly TestPage[] = [virginia, arkansasPage];
