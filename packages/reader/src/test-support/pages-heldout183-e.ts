import { type TestPage, texts } from './page-kit.js';
import { archiveItem } from './pages-heldout183-e2.js';

/**
 * Held-out batch 183, file e: a Project Gutenberg HTML ebook as gutenberg.org serves it for one short work (the
 * "pg-boilerplate pgheader" section with the licence paragraph and the Title / Author / Release date / Language /
 * Credits block, the "*** START OF THE PROJECT GUTENBERG EBOOK ***" line, the book's own title page with h1 and "by"
 * line, a contents table, a frontispiece with its caption, the chapter h2s, the transcriber's note, the "*** END ***" line
 * and the "pg-boilerplate pgfooter" licence section with its h2 and sections) and, from file e2, an Internet Archive item.
 */
const pgTitle = 'The Ferryman of Caddon Water';
const pgH1 = 'CHAPTER I. THE CROSSING';
const pgP1 = [
  'There was no bridge over the Caddon in those days, and whoever wished to go from the market at Eskby to the farms upon the ' +
    'farther side must go by the ferry, or go round by Hollin Ford, which was nine miles and a bad road in winter.',
  'The ferry was kept by a man named Absalom Reade, who had kept it forty years, and his father before him. He was a spare, ' +
    'silent man with a face like weathered oak, and it was said in Eskby that he had never once been known to laugh, though ' +
    'some held that he smiled on the day his granddaughter was christened.',
  '“You’ll wait for the tide,” he would say to any traveller who came down to the landing in haste; and wait they did, for no ' +
    'argument or offer of money would move him to put out before the water suited him.',
  'It happened one evening in November that a young man in a town coat came down the lane at a run, with a valise in one hand ' +
    'and a letter in the other, and called across the mud for the ferry.',
];
const pgH2 = 'CHAPTER II. THE LETTER';
const pgP2 = [
  'Absalom looked at the sky, and then at the river, and then at the young man, and went on mending his net.',
  '“I must be at Garth End to-night,” said the young man. “My mother is very ill. This letter came only at noon.”',
  'The ferryman took the letter, held it to the light of his lantern, and read it slowly through, moving his lips a little as ' +
    'he read. Then he folded it and gave it back, and without a word began to loose the rope.',
  'The crossing was a bad one. The ebb was running hard, and twice the boat was turned half about in the stream; but Absalom ' +
    'kept her head to the current with long, easy strokes, and in a quarter of an hour they grounded on the shingle below Garth End.',
  'The young man pressed a coin into his hand. Absalom looked at it, and put it back into the young man’s pocket.',
  '“Go to your mother,” he said; and that, the people of Eskby afterwards agreed, was the longest speech he had ever been heard to make.',
];
const pgHeader =
  'This ebook is for the use of anyone anywhere in the United States and most other parts of the world at no cost and with almost ' +
  'no restrictions whatsoever. You may copy it, give it away or re-use it under the terms of the Project Gutenberg License ' +
  'included with this ebook or online at www.gutenberg.org. If you are not located in the United States, you will have to check ' +
  'the laws of the country where you are located before using this eBook.';
const pgMeta = [
  ['Title', pgTitle],
  ['Author', 'Hester Langrigg'],
  ['Release date', 'June 3, 2024 [eBook #73761]'],
  ['Language', 'English'],
  ['Original publication', 'London: Haddon & Pryce, 1894'],
  ['Credits', 'Produced by Wilmot Gane and the Online Distributed Proofreading Team'],
] as const;
const pgFooterH = 'THE FULL PROJECT GUTENBERG LICENSE';
const pgFooter = [
  'PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK',
  'To protect the Project Gutenberg™ mission of promoting the free distribution of electronic works, by using or distributing this ' +
    'work (or any other work associated in any way with the phrase “Project Gutenberg”), you agree to comply with all the terms of ' +
    'the Full Project Gutenberg™ License available with this file or online at www.gutenberg.org/license.',
  'Section 1. General Terms of Use and Redistributing Project Gutenberg™ electronic works',
  'Section 5. General Information About Project Gutenberg™ electronic works',
  'Most people start at our website which has the main PG search facility: www.gutenberg.org.',
  'This website includes information about Project Gutenberg™, including how to make donations to the Project Gutenberg Literary ' +
    'Archive Foundation, how to help produce our new eBooks, and how to subscribe to our email newsletter to hear about new eBooks.',
];
const pgTn = 'Transcriber’s Note: Obvious printer’s errors have been corrected silently. Hyphenation and the spelling “to-night” are as printed.';
const pgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>The Ferryman of Caddon Water | Project Gutenberg</title><link rel="icon" href="images/cover.jpg" type="image/x-cover">
<meta name="dc.title" content="${pgTitle}"><meta name="dc.creator" content="Langrigg, Hester, 1851-1920"><meta name="dc.language" content="en">
<meta name="dcterms.created" content="2024-06-03"><meta name="generator" content="Ebookmaker 0.12.42 by Project Gutenberg">
<meta property="og:title" content="${pgTitle}"><meta property="og:type" content="Text"><meta property="og:url" content="https://www.gutenberg.org/ebooks/73761">
<style>
body { margin-left: 10%; margin-right: 10%; }
h1, h2 { text-align: center; clear: both; }
p { text-indent: 1.75em; margin-top: .51em; text-align: justify; margin-bottom: .49em; }
.tnote { border: 1px dashed; margin: 2em 10%; padding: 0.5em; }
.caption { text-align: center; font-size: 90%; }
</style></head>
<body><section class="pg-boilerplate pgheader" id="pg-header" lang="en">
<h2 id="pg-header-heading" title="">The Project Gutenberg eBook of <span lang="en" id="pg-title-no-subtitle">${pgTitle}</span></h2>
<div>${pgHeader}</div>
<div class="container" id="pg-machine-header">${pgMeta.map(([k, v]) => `<p><strong>${k}</strong>: ${v}</p>`).join('\n')}</div>
<div id="pg-start-separator"><span>*** START OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF CADDON WATER ***</span></div></section>
<div class="tnote"><p>${pgTn}</p></div>
<figure class="figcenter" id="frontispiece" style="width: 400px;"><img src="images/frontis.jpg" width="400" height="612" alt="">
<figcaption class="caption"><p>“WITHOUT A WORD BEGAN TO LOOSE THE ROPE.”</p></figcaption></figure>
<h1>${pgTitle.toUpperCase()}</h1>
<p class="center" style="text-indent:0">BY HESTER LANGRIGG</p>
<p class="center" style="text-indent:0">AUTHOR OF “THE WIDOW OF SCAUR BANK,” ETC.</p>
<table class="toc" summary="Contents"><tr><td><a href="#CHAPTER_I">I.</a></td><td>The Crossing</td><td class="tdr">1</td></tr>
<tr><td><a href="#CHAPTER_II">II.</a></td><td>The Letter</td><td class="tdr">9</td></tr></table>
<hr class="chap x-ebookmaker-drop">
<div class="chapter"><h2 class="nobreak" id="CHAPTER_I">${pgH1}</h2>
${pgP1.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="chapter"><h2 class="nobreak" id="CHAPTER_II">${pgH2}</h2>
${pgP2.map((p, i) => `<p>${p}${i === 3 ? '<span class="pagenum"><a id="Page_12">[12]</a></span>' : ''}</p>`).join('\n')}
</div>
<p class="center" style="text-indent:0">THE END.</p>
<section class="pg-boilerplate pgfooter" id="pg-footer" lang="en"><div id="pg-end-separator"><span>*** END OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF
CADDON WATER ***</span></div><div>Updated editions will replace the previous one—the old editions will be renamed.</div>
<div style="display:block; margin:1em 0">${pgFooter
  .slice(0, 2)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}</div>
<h2 id="pg-footer-heading" style="margin-top:1em">${pgFooterH}</h2>
${pgFooter
  .slice(2)
  .map((t, i) => (i === 0 ? `<div style="display:block;margin:1em 0">${t}</div>` : `<p>${t}</p>`))
  .join('\n')}
</section></body></html>`;
const gutenberg: TestPage = {
  html: pgHtml,
  name: 'heldout183-gutenberg-book',
  kind: 'docs',
  // the book's h1 (in capitals) is the title; the chapter h2s are headings; the PG header and footer boilerplate, the
  // transcriber's note, the frontispiece caption, "THE END." and the page number are furniture; the "BY" line is a byline;
  // the contents table is in neither list (it repeats the headings)
  title: pgTitle.toUpperCase(),
  headings: [pgH1, pgH2],
  body: texts([...pgP1, ...pgP2]),
  bylines: ['BY HESTER LANGRIGG', 'Author: Hester Langrigg', 'Release date: June 3, 2024 [eBook #73761]'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    `The Project Gutenberg eBook of ${pgTitle}`, pgHeader, 'Title: The Ferryman of Caddon Water', 'Language: English',
    'Original publication: London: Haddon & Pryce, 1894', 'Credits: Produced by Wilmot Gane and the Online Distributed Proofreading Team',
    '*** START OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF CADDON WATER ***', pgTn, '“WITHOUT A WORD BEGAN TO LOOSE THE ROPE.”',
    'AUTHOR OF “THE WIDOW OF SCAUR BANK,” ETC.', '[12]', 'THE END.', '*** END OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN OF CADDON WATER ***',
    'Updated editions will replace the previous one—the old editions will be renamed.', pgFooterH, ...pgFooter,
  ],
};

export const HELDOUT183_E: readonly TestPage[] = [gutenberg, archiveItem];
