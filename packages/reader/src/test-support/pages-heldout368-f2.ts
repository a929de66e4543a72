import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file f2: a lecture's slides rendered by reveal.js (title slide with presenter and date, one section
 * per slide, a vertical sub-stack, fragments, a table slide, speaker notes in aside.notes, the controls, progress bar, slide
 * number and a fixed deck footer).
 */
const rTitle = 'Who Pays for the Bus? Fares, Subsidy and Ridership';
const rSlides: [string, string[], string[]][] = [
  [
    'Today’s question',
    [
      j(
        'Almost no city bus network covers its costs from fares. The question for this lecture is not whether transit is',
        'subsidised, but how the subsidy should be shared between riders, local taxpayers and the national budget.',
      ),
    ],
    [],
  ],
  [
    'Three ways to fund a network',
    [],
    [
      'Farebox revenue: paid by riders, roughly in proportion to use.',
      'Local taxes: property or sales taxes, paid by everyone who benefits from less congested streets.',
      'National grants: usually tied to capital projects such as new vehicles or depots.',
    ],
  ],
  [
    'How much do fares matter?',
    [
      j(
        'Studies of fare changes usually find that ridership falls by about three percent for every ten percent rise in',
        'fares in the short run, and by more over several years as people buy cars or move.',
      ),
      'Riders on low incomes respond most, because they have the fewest alternatives and the tightest budgets.',
    ],
    [],
  ],
  [
    'Case study: the Dunmore fare freeze',
    [
      j(
        'In 2021 the invented city of Dunmore froze its single fare at 1.20 for four years while costs rose. The table shows',
        'what happened to the share of costs covered by fares and to weekday boardings.',
      ),
    ],
    [],
  ],
  [
    'Takeaways',
    [],
    [
      'Fare policy is also social policy: the same fare weighs very differently on different riders.',
      'A stable, predictable subsidy usually does more for ridership than a one-off cut in fares.',
      'Frequency often matters more to riders than price.',
    ],
  ],
];
const rTable: [string, string, string][] = [
  ['2021', '38%', '61,000'],
  ['2023', '31%', '66,500'],
  ['2025', '27%', '70,200'],
];
const rBody = rSlides.flatMap(([, p, li]) => [...p, ...li]);
const rNotes = 'Ask the room first how much of their own bus fare they think goes to the driver’s wage.';
const rHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0,
user-scalable=no"><title>${rTitle} | ECON 318 Week 5</title><meta name="author" content="Ines Vallbona">
<link rel="stylesheet" href="dist/reset.css"><link rel="stylesheet" href="dist/reveal.css"><link rel="stylesheet" href="dist/theme/white.css" id="theme">
<link rel="stylesheet" href="plugin/highlight/monokai.css"></head>
<body class="reveal-viewport theme-font-lato"><div class="reveal slide center has-horizontal-slides ready" role="application" data-transition-speed="default"
data-background-transition="fade"><div class="slides" style="width: 960px; height: 700px;">
<section class="present" data-background-color="#0b3954"><h1>${rTitle}</h1><h3>ECON 318: Urban Transport Economics · Week 5</h3>
<p><small>Ines Vallbona</small></p><p><small>14 October 2026</small></p></section>
${rSlides
  .map(
    ([h, ps, li], i) => `<section class="future" aria-hidden="true"${i === 3 ? ' data-auto-animate=""' : ''}><h2>${h}</h2>
${ps.map((p) => `<p>${p}</p>`).join('\n')}${li.length > 0 ? `<ul>${li.map((t) => `<li class="fragment">${t}</li>`).join('\n')}</ul>` : ''}${
  i === 3
    ? `\n<table><thead><tr><th>Year</th><th>Cost recovery</th><th>Weekday boardings</th></tr></thead><tbody>
${rTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`
    : ''
}${i === 0 ? `\n<aside class="notes">${rNotes}</aside>` : ''}</section>`,
  )
  .join('\n')}
<section class="future" aria-hidden="true"><h2>Questions?</h2><p>Reading for next week: chapter 6 of the course reader, on road pricing.</p></section>
</div><div class="backgrounds"></div><div class="progress" style="display: block;"><span style="transform: scaleX(0);"></span></div>
<aside class="controls" data-controls-layout="bottom-right" data-controls-back-arrows="faded" style="display: block;">
<button class="navigate-left" aria-label="previous slide"><div class="controls-arrow"></div></button>
<button class="navigate-right enabled highlight" aria-label="next slide"><div class="controls-arrow"></div></button></aside>
<div class="slide-number" style="display: block;"><a href="#/0"><span class="slide-number-a">1</span><span class="slide-number-delimiter">/</span>
<span class="slide-number-b">8</span></a></div><div class="speaker-notes" data-prevent-swipe="" tabindex="0"></div>
<div class="pause-overlay"><button class="resume-button">Resume presentation</button></div></div>
<div class="deck-footer" style="position: fixed; bottom: 1em; left: 1em;">ECON 318 · Riverside College · CC BY 4.0</div>
<script src="dist/reveal.js"></script><script src="plugin/notes/notes.js"></script><script src="plugin/highlight/highlight.js"></script>
<script>Reveal.initialize({hash: true, slideNumber: 'c/t', plugins: [RevealHighlight, RevealNotes]});</script></body></html>`;
export const reveal: TestPage = {
  name: 'heldout368-revealjs-lecture-slides',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [...rSlides.map(([h]) => h), 'Questions?'],
  body: [...rBody.slice(0, 7), ...rTable.flat(), ...rBody.slice(7), 'Reading for next week: chapter 6 of the course reader, on road pricing.'],
  bylines: ['Ines Vallbona', '14 October 2026'],
  furniture: ['ECON 318: Urban Transport Economics · Week 5', 'Resume presentation', 'ECON 318 · Riverside College · CC BY 4.0'],
};
