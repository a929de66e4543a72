/**
 * `pnpm bench` for hostile HTML: refusing a page of 100,000 empty `<div/>`s (600 KB) and one
 * nested 5,000 deep, against extracting an ordinary article page of about the same size
 * (generated paragraphs), timed in this process (fastest of 5). Target: each refusal takes at
 * most the ordinary page's time (it is refused before the article is extracted); the bench
 * exits 1 otherwise. Moved here from a wall-clock assertion in `src/html/extract.test.ts`.
 * Session 12 (README, "Large pages"): 300 paragraphs of `&amp;` (614,400 character references,
 * refused before parsing; it took 14 s), and 20,000 paragraphs in one `<article>` (6.25 times the
 * ordinary page's paragraphs, read whole; over 60 s before), which may cost at most 6.25 times
 * the ordinary page: no more per paragraph.
 */
import { extractArticle, isReaderError } from '../src/index.js';

const TARGET = 1;

/** Fastest ms of `runs` calls; the error code when `f` throws. */
function fastest(f: () => unknown, runs = 5): { ms: number; outcome: string } {
  let ms = Number.POSITIVE_INFINITY;
  let outcome = 'extracted';
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    try {
      f();
    } catch (e) {
      outcome = isReaderError(e) ? e.code : String(e);
    }
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, outcome };
}

const paragraph = (i: number): string =>
  `<p>Paragraph ${i}: the river authority said the flood defences held overnight, while residents of the lower town were told to` +
  ` stay away from the embankment until engineers had inspected it.</p>`;
const ordinary =
  `<html><head><title>Floods</title></head><body><article>` +
  `<h1>Floods</h1>${Array.from({ length: 3200 }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`;
/** Name, page, the outcome it must have, and its target as a multiple of the ordinary page's time. */
const cases: [string, string, string, number][] = [
  ['100,000 empty <div/>', `<html><body>${'<div/>'.repeat(100_000)}</body></html>`, 'INVALID_HTML', TARGET],
  ['nested 5,000 deep', `<html><body>${'<div>'.repeat(5000)}text${'</div>'.repeat(5000)}</body></html>`, 'INVALID_HTML', TARGET],
  ['300 paragraphs of &amp;', `<html><body>${`<p>${'&amp;'.repeat(2048)}</p>`.repeat(300)}</body></html>`, 'INVALID_HTML', TARGET],
  [
    '20,000 paragraphs in one <article>',
    `<html><body><article><h1>Floods</h1>${Array.from({ length: 20_000 }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`,
    'extracted',
    20_000 / 3200,
  ],
];

const base = fastest(() => extractArticle(ordinary));
console.log('| page | size | ms | outcome | vs ordinary page | target |');
console.log('|---|---:|---:|---|---:|---:|');
console.log(`| ordinary article (baseline) | ${(ordinary.length / 1024).toFixed(0)} KB | ${base.ms.toFixed(1)} | ${base.outcome} | 1.00x | |`);
let failed = 0;
for (const [name, html, expected, target] of cases) {
  const r = fastest(() => extractArticle(html), expected === 'extracted' ? 3 : 5);
  const ratio = r.ms / base.ms;
  if (ratio > target || r.outcome !== expected) failed++;
  console.log(`| ${name} | ${(html.length / 1024).toFixed(0)} KB | ${r.ms.toFixed(1)} | ${r.outcome} | ${ratio.toFixed(2)}x | <= ${target.toFixed(2)}x |`);
}
if (failed > 0) {
  console.error(`${failed} hostile page(s) not refused or read in time`);
  process.exit(1);
}
