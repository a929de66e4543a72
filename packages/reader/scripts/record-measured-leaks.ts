/**
 * Records held-out batches as the reader reads them now, for the regression guard
 * (src/html/later-batches.test.ts): each batch's precision and recall floors (the mean rounded down to
 * half a point, 97 % at most) and the gold bylines and furniture texts each page leaks (their first
 * 100 characters). Writes src/test-support/measured-leaks-FROM-TO.ts; run biome format on it after.
 *
 *   npx tsx --conditions=source packages/reader/scripts/record-measured-leaks.ts FROM TO "end of session N"
 *
 * The batches' pages are imported from src/test-support/pages-heldoutNN.ts (HELDOUTNN_PAGES).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/html/extract.js';
import { present, score, type TestPage } from '../src/test-support/page-kit.js';

const [from, to, when] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4] ?? 'now'];
if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
  process.stderr.write('usage: record-measured-leaks.ts FROM TO "end of session N"\n');
  process.exit(2);
}
/** The mean rounded down to half a point, at most 0.97. */
const floor = (x: number): number => Math.min(0.97, Math.floor(x * 200 + 1e-9) / 200);

const batches: string[] = [];
const imports: string[] = [];
for (let n = from; n <= to; n++) {
  const name = `HELDOUT${n}_PAGES`;
  const pages = (await import(`../src/test-support/pages-heldout${n}.js`))[name] as readonly TestPage[];
  imports.push(`import { ${name} } from './pages-heldout${n}.js';`);
  const read = pages.map((page) => ({ page, text: extractArticle(page.html).text }));
  const mean = (f: (s: ReturnType<typeof score>) => number): number => read.reduce((a, r) => a + f(score(r.page, r.text)), 0) / read.length;
  const leaks = read
    .map(({ page, text }) => [page.name, [...page.bylines, ...page.furniture].filter(present(text)).map((t) => t.slice(0, 100))] as const)
    .filter(([, leaked]) => leaked.length > 0)
    .map(([page, leaked]) => `${JSON.stringify(page)}: ${JSON.stringify(leaked)},`);
  batches.push(
    [
      '{',
      `batch: ${n},`,
      `pages: ${name},`,
      `precision: ${floor(mean((s) => s.precision))},`,
      `recall: ${floor(mean((s) => s.recall))},`,
      leaks.length === 0 ? 'leaks: {},' : `leaks: {\n${leaks.join('\n')}\n},`,
      '},',
    ].join('\n'),
  );
}
const file = fileURLToPath(new URL(`../src/test-support/measured-leaks-${from}-${to}.ts`, import.meta.url));
writeFileSync(
  file,
  [
    "import type { MeasuredBatch } from './measured-leaks-later.js';",
    ...imports,
    '',
    `/** Batches ${from} to ${to} as measured at the ${when} (measured-leaks-later.ts). */`,
    `export const BATCHES_${from}_${to}: readonly MeasuredBatch[] = [`,
    ...batches,
    '];',
    '',
  ].join('\n'),
);
console.log(`wrote ${file}`);
