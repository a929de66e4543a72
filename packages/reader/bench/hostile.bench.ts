/**
 * `pnpm bench` for hostile HTML: refusing a page of 100,000 empty `<div/>`s (600 KB) and one
 * nested 5,000 deep, against extracting an ordinary article page of about the same size
 * (generated paragraphs), timed in this process (fastest of 5). Target: each refusal takes at
 * most the ordinary page's time (it is refused before the article is extracted); the bench
 * exits 1 otherwise. Moved here from a wall-clock assertion in `src/html/extract.test.ts`.
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
const cases: [string, string][] = [
  ['100,000 empty <div/>', `<html><body>${'<div/>'.repeat(100_000)}</body></html>`],
  ['nested 5,000 deep', `<html><body>${'<div>'.repeat(5000)}text${'</div>'.repeat(5000)}</body></html>`],
];

const base = fastest(() => extractArticle(ordinary));
console.log(`| page | size | ms | outcome | vs ordinary page (target <= ${TARGET}x) |`);
console.log('|---|---:|---:|---|---:|');
console.log(`| ordinary article (baseline) | ${(ordinary.length / 1024).toFixed(0)} KB | ${base.ms.toFixed(1)} | ${base.outcome} | 1.00x |`);
let failed = 0;
for (const [name, html] of cases) {
  const r = fastest(() => extractArticle(html));
  const ratio = r.ms / base.ms;
  if (ratio > TARGET || r.outcome !== 'INVALID_HTML') failed++;
  console.log(`| ${name} | ${(html.length / 1024).toFixed(0)} KB | ${r.ms.toFixed(1)} | ${r.outcome} | ${ratio.toFixed(2)}x |`);
}
if (failed > 0) {
  console.error(`${failed} hostile page(s) not refused quickly`);
  process.exit(1);
}
