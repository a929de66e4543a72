import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file e2: a personal blog post saved in Omnivore and opened in its web reader (Next.js with Stitches
 * class names, the library navigation, the reader's top bar, the article header with the byline line of author, site and
 * saved date, the label chips, the readability-page content with a highlight, a figure with its caption, and the notebook
 * panel with a note) before the export.
 */
const oTitle = 'Learning Icelandic at forty: what actually worked';
const oP1 = [
  j(
    'Two years ago I decided to learn Icelandic, a language spoken by fewer people than live in my home city, for no better reason',
    'than that I had fallen for its sagas in translation. I am forty-one now, I have no special gift for languages, and last month',
    'I held a twenty-minute conversation with a fisherman in Húsavík without switching to English once.',
  ),
  j('I tried a lot of things that did not work. This post is about the few that did, in the order I would try them again.'),
];
const oH1 = 'Grammar early, not late';
const oP2 = [
  j(
    'Icelandic has four cases, three genders and nouns that change shape in ways that seem designed to punish learners. The apps I',
    'started with avoided grammar for as long as possible, and after six months I could recognise hundreds of words but could not',
    'put three of them together correctly.',
  ),
  j(
    'What changed things was a dull, old-fashioned grammar book and twenty minutes a day of declension tables. Once the endings',
    `stopped being noise, <span class="highlight" data-omnivore-highlight-id="b2f1">everything else I read started to stick</span>.`,
  ),
];
const oH2 = 'A routine I could keep';
const oP3 = ['I have a job and two children, so anything that needed an hour a day failed within a fortnight. What survived was:'];
const oRoutine = [
  'Ten minutes of flashcards with the morning coffee, never more',
  'One episode of a children’s radio serial on the commute, listened to twice',
  'A weekly video call with a tutor in Akureyri, always on the same evening',
  'One page of a novel at bedtime, with a pencil and no dictionary',
];
const oP4 = [
  j(
    'The pencil matters more than it sounds. I underline words I do not know and look them up the next morning, which turns the',
    'flashcards into a record of what I was actually reading rather than a list someone else chose.',
  ),
];
const oH3 = 'Talking before I was ready';
const oP5 = [
  j(
    'My tutor refused to let me prepare what I would say. Every call started with a question about my week, and I had to answer',
    'with whatever I had. For the first three months this was mortifying. After that it was the part of the week I looked forward to.',
  ),
  j(
    'Icelanders, I was warned, switch to English the moment they hear an accent. Some do. But when I explained that I was learning',
    'and asked them to keep going, almost everyone did, slowly and with great patience, and usually with a story I have not forgotten.',
  ),
];
const oCaption = 'My grammar notebook after the first year, mostly declension tables.';
const oNav = ['Home', 'Library', 'Subscriptions', 'Highlights', 'Archive'];
const oLabels = ['Languages', 'Read later'];
const oNote = 'This matches what happened with my German.';
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>${oTitle} - Omnivore</title><meta name="description" content="Omnivore is the free, open source, read-it-later app for serious readers."/>
<style id="stitches">--sxs{--sxs:0 t-dcHfNr}@media{:root,.t-dcHfNr{--colors-grayBg:#F5F5F5}}--sxs{--sxs:2 c-dhzjXW c-lmbAMh}</style>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/[username]/[slug]","query":{"username":"ebergsdottir",
"slug":"learning-icelandic-at-forty-18c2"},"buildId":"omnivore-web-2026","isFallback":false}</script></head>
<body><div id="__next"><div class="c-dhzjXW c-dhzjXW-ihOgNfa-css"><nav class="c-lmbAMh library-nav" aria-label="Library">
<div class="c-PJLV logo">Omnivore</div><ul>${links(oNav, 'c-gOvbnF')}</ul></nav>
<div class="c-dhzjXW reader-top-bar"><button title="Back to library" class="c-kQPjyB">Back to library</button>
<button class="c-kQPjyB" title="Highlight">Highlight</button><button class="c-kQPjyB" title="Open notebook">Notebook</button>
<button class="c-kQPjyB" title="Edit info">Edit info</button><button class="c-kQPjyB" title="Archive">Archive</button></div>
<div id="article-container" class="c-dhzjXW c-dhzjXW-iePnKsd-css"><div class="c-dhzjXW article-header">
<h1 class="c-jRHLXj c-jRHLXj-kWvrXT-style-articleTitle" data-testid="article-headline">${oTitle}</h1>
<p class="c-jRHLXj c-jRHLXj-bcVxAq-style-caption byline-line"><span class="author">by Elín Bergsdóttir-Hale</span> <span>•</span>
<a href="https://slowvowels.example/icelandic-at-forty" target="_blank" rel="noreferrer">slowvowels.example</a> <span>•</span>
<span class="saved-date">Saved Mar 2, 2026</span></p>
<div class="c-dhzjXW label-chips">${oLabels.map((l) => `<span class="c-fGHEql label-chip">${l}</span>`).join('')}</div></div>
<div class="article-inner-css" data-testid="article-inner"><div id="readability-content"><div id="readability-page-1" class="page">
${ps(oP1)}
<h2>${oH1}</h2>
${ps(oP2)}
<figure><img src="https://proxy-prod.omnivore-image-cache.example/0x0,sGq2/notebook.jpg" alt=""><figcaption>${oCaption}</figcaption></figure>
<h2>${oH2}</h2>
${ps(oP3)}
<ul>
${lis(oRoutine)}
</ul>
${ps(oP4)}
<h2>${oH3}</h2>
${ps(oP5)}
</div></div></div>
<div class="c-dhzjXW article-footer"><a href="https://slowvowels.example/icelandic-at-forty" class="c-kQPjyB">Read original</a></div></div>
<aside class="c-dhzjXW notebook-panel"><h3 class="c-jRHLXj">Notebook</h3><div class="c-dhzjXW">
<h4 class="c-jRHLXj">Article notes</h4><p class="c-jRHLXj note">${oNote}</p><h4 class="c-jRHLXj">Highlights</h4>
<blockquote class="c-jRHLXj">everything else I read started to stick</blockquote>
<button class="c-kQPjyB">Export notebook</button></div></aside></div></div>
<script src="/_next/static/chunks/pages/%5Busername%5D/%5Bslug%5D-7a2b9c.js" defer=""></script></body></html>`;
export const omnivore: TestPage = {
  name: 'heldout451-omnivore-reader-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH3],
  body: texts([...oP1, ...oP2, ...oP3, ...oRoutine, ...oP4, ...oP5]),
  bylines: ['by Elín Bergsdóttir-Hale', 'Saved Mar 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Omnivore', ...oNav, 'Back to library', 'Notebook', 'Edit info', 'slowvowels.example', ...oLabels, oCaption, 'Read original',
    'Article notes', oNote, 'Export notebook',
  ],
};
