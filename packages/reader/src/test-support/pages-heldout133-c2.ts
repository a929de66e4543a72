import { type TestPage, texts } from './page-kit.js';
import { mwH, type VectorPage, vectorBylines, vectorFurniture } from './pages-heldout133-a3.js';
import { vectorPage } from './pages-heldout133-a4.js';

/**
 * Held-out batch 133, file c2: a Wikibooks chapter in the Vector 2022 skin (the "< Book" subpage link under the title, the
 * book's previous / contents / next navigation table at the top and bottom with a progress icon, a feeding schedule table,
 * an expansion-request box at the start of a section, an exercises list, the book category and the chrome of files a3/a4).
 */
const book = 'Home Bread Baking';
const chapter = 'Keeping a Sourdough Starter';
const page = `${book}/${chapter}`;
const prev = 'Mixing and Kneading';
const next = 'Shaping Loaves';
const expand =
  'A reader requests expansion of this book to include more material. You can help by adding new material (learn how) or ask for assistance in ' +
  'the reading room.';
const intro = [
  `A sourdough starter is a mixture of flour and water in which wild yeasts and lactic acid bacteria live together. Bakers keep a starter going for
months or years, taking part of it to raise each batch of bread and feeding the rest so that it stays active. This chapter explains how to keep a
starter healthy once you have one; the previous chapter, <a href="/wiki/Home_Bread_Baking/${prev.replace(/ /g, '_')}" title="${book}/${prev}">${prev}</a>,
covers how to use it in a dough.`,
  'If you do not have a starter yet, ask a baker or a friend for a spoonful. A starter from an established culture is ready to use within a day or two.',
];
const what = [
  `The yeasts in a starter produce the carbon dioxide that makes the dough rise, while the bacteria produce lactic and acetic acids that give
sourdough its flavour and help it keep. Every time you feed a starter you dilute the acids and give both groups fresh flour to eat. Between
feedings the culture grows, peaks and then slowly runs out of food.`,
  'Keeping a starter is mostly a matter of timing: feeding it often enough that it never goes hungry for long, but not so often that the yeast never reaches' +
    ' its peak.',
];
const room = [
  `A starter kept in a warm kitchen, at around 22 to 26 °C, should be fed once or twice a day. Discard all but about 50 grams, then add equal
weights of flour and water and stir well. The table below shows a typical weekly routine for a baker who makes bread at the weekend.`,
];
const schedHead = ['Day', 'Starter kept', 'Flour', 'Water', 'Notes'];
const schedRows = [
  ['Monday to Thursday', '50 g', '50 g', '50 g', 'Once a day, in the evening'],
  ['Friday', '50 g', '100 g', '100 g', 'Twice, morning and evening'],
  ['Saturday', 'All', '—', '—', 'Use the starter at its peak for the dough'],
];
const fridge = [
  `If you bake only occasionally, keep the starter in the refrigerator and feed it once a week. Take it out the day before you want to bake, feed
it twice at room temperature, and use it once it has doubled. A starter that has been in the refrigerator for more than a month may need three or
four feedings before it behaves normally again.`,
];
const signsIntro = ['A starter in good condition shows the following signs:'];
const signs = [
  'It roughly doubles in volume within four to eight hours of a feeding at room temperature.',
  'The surface is domed and full of small bubbles when it peaks.',
  'It smells pleasantly sour, like yogurt or ripe fruit.',
  'A spoonful dropped into water floats when the starter is at its peak.',
];
const problems = [
  `<b>Grey liquid on top.</b> This is alcohol produced by a hungry culture, often called "hooch". Pour it off or stir it in, and feed the
starter more often.`,
  '<b>A smell of nail polish remover.</b> Another sign of hunger. Two or three feedings a day for a short time usually fixes it.',
  '<b>Pink or orange streaks.</b> These are a sign of contamination. Throw the starter away and begin again with a fresh culture.',
  '<b>No rise after feeding.</b> The kitchen may be too cold. Move the jar somewhere warmer, or use water at about 30 °C for the next feeding.',
];
const exercises = [
  'Feed your starter at the same time every day for a week and record how long it takes to double each time.',
  'Divide a starter into two jars and feed one with white flour and one with wholemeal flour. Which rises faster, and how do they smell?',
  'Work out how much starter you would need to keep if you baked two loaves every Saturday, each using 150 grams.',
];
const h = (level: 2 | 3, t: string, n: number): string => mwH(level, t.replace(/ /g, '_'), t, page, n);
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const nav = `<table class="noprint" style="width:100%;background:#f8f9fa;border:1px solid #a2a9b1;margin:0.5em 0"><tbody><tr>
<td style="width:33%;text-align:left">← <a href="/wiki/Home_Bread_Baking/${prev.replace(/ /g, '_')}" title="${book}/${prev}">${prev}</a></td>
<td style="width:34%;text-align:center"><span typeof="mw:File"><a href="/wiki/Help:Development_stages" title="75% developed"><img alt="75% developed"
src="//upload.wikimedia.org/wikipedia/commons/thumb/6/62/75%25.svg/9px-75%25.svg.png" decoding="async" width="9" height="9" class="mw-file-element"></a></span>
<a href="/wiki/Home_Bread_Baking" title="${book}">${book}</a></td>
<td style="width:33%;text-align:right"><a href="/wiki/Home_Bread_Baking/${next.replace(/ /g, '_')}" title="${book}/${next}">${next}</a>
→</td></tr></tbody></table>`;
const content = `${nav}
${ps(intro)}
<meta property="mw:PageProp/toc">
${h(2, 'What a starter is', 1)}
${ps(what)}
${h(2, 'Feeding routine', 2)}
${h(3, 'At room temperature', 3)}
${ps(room)}
<table class="wikitable"><tbody><tr>${schedHead.map((t) => `<th>${t}</th>`).join('')}</tr>
${schedRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${h(3, 'In the refrigerator', 4)}
${ps(fridge)}
${h(2, 'Signs of a healthy starter', 5)}
${ps(signsIntro)}
<ul>${signs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, 'Common problems', 6)}
<table class="metadata plainlinks ambox ambox-content" style="width:80%;margin:0 auto"><tbody><tr><td class="mbox-image"><span typeof="mw:File">
<span><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/2/2a/Crystal_Clear_app_kedit.svg/40px-Crystal_Clear_app_kedit.svg.png" decoding="async"
width="40" height="40" class="mw-file-element"></span></span></td><td class="mbox-text">A reader requests expansion of this book to include more material.
<br>You can help by adding new material (<a href="/wiki/Using_Wikibooks" title="Using Wikibooks">learn how</a>) or ask for assistance in the
<a href="/wiki/Wikibooks:Reading_room" title="Wikibooks:Reading room">reading room</a>.</td></tr></tbody></table>
<ul>${problems.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, 'Exercises', 7)}
<ol>${exercises.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${nav}`;
const vp: VectorPage = {
  host: 'en.wikibooks.org',
  project: 'Wikibooks',
  pageName: page,
  title: page,
  toc: [
    ['What_a_starter_is', 'What a starter is', 2],
    ['Feeding_routine', 'Feeding routine', 2],
    ['At_room_temperature', 'At room temperature', 3],
    ['In_the_refrigerator', 'In the refrigerator', 3],
    ['Signs_of_a_healthy_starter', 'Signs of a healthy starter', 2],
    ['Common_problems', 'Common problems', 2],
    ['Exercises', 'Exercises', 2],
  ],
  langs: [
    ['de', 'Deutsch', 'Brot backen/Sauerteig pflegen'],
    ['fr', 'Français', 'Faire son pain/Entretenir un levain'],
  ],
  content,
  cats: [`Book:${book}`],
  hiddenCats: ['Requests for expansion'],
  lastEdited: '6 November 2024, at 12:37',
  revId: 4441871,
  qid: 'Q131552208',
  contentSub: `<span class="subpages">&lt; <bdi dir="ltr"><a href="/wiki/Home_Bread_Baking" title="${book}">${book}</a></bdi></span>`,
};
export const wikibooksChapter: TestPage = {
  name: 'heldout133-wikibooks-chapter',
  kind: 'wiki',
  html: vectorPage(vp),
  // the book navigation tables (the book title link in them and the "< Home Bread Baking" link are left out: they repeat words
  // of the title), the expansion request box, "edit" links and the chrome are furniture;
  // the schedule table's header cells are in neither list and its data cells are body; the exercises are body
  title: page,
  headings: [
    'What a starter is',
    'Feeding routine',
    'At room temperature',
    'In the refrigerator',
    'Signs of a healthy starter',
    'Common problems',
    'Exercises',
  ],
  body: texts([...intro, ...what, ...room, ...schedRows.flat(), ...fridge, ...signsIntro, ...signs, ...problems, ...exercises]),
  bylines: vectorBylines(vp),
  furniture: [...new Set([`← ${prev}`, `${next} →`, expand, 'edit', ...vectorFurniture(vp)])],
};
