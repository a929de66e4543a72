/**
 * Extractor comparison on the test pages (src/test-support/pages-*.ts, written to the shape of
 * real news, blog, documentation, wiki and forum pages, each with its gold article text):
 * readability+linkedom (this package) against htmlToText (@vecsum/summarizer, html-to-text).
 * Token-level precision and recall of the article text, body recall, bylines and furniture found.
 *
 *   npx tsx --conditions=source packages/reader/scripts/compare-extractors.ts [--pages] [--write]
 *
 * --pages prints one row a page; --write puts the table into packages/reader/README.md between
 * the <!-- extractors --> markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlToText } from '@vecsum/summarizer';
import { extractArticle } from '../src/html/extract.js';
import { score, type TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT_PAGES } from '../src/test-support/pages-heldout.js';
import { TEST_PAGES } from '../src/test-support/pages.js';

const EXTRACTORS: Record<string, (html: string) => string> = {
  'readability + linkedom (reader)': (html) => extractArticle(html).text,
  'htmlToText (summarizer, html-to-text)': (html) => htmlToText(html),
};

type Scores = ReturnType<typeof score>;
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function totals(rows: readonly Scores[], pages: readonly TestPage[]): string[] {
  const mean = (f: (s: Scores) => number) => rows.reduce((a, s) => a + f(s), 0) / rows.length;
  const bylines = pages.reduce((a, p) => a + p.bylines.length, 0);
  const furniture = pages.reduce((a, p) => a + p.furniture.length, 0);
  return [
    pct(mean((s) => s.precision)),
    pct(mean((s) => s.recall)),
    pct(mean((s) => s.bodyRecall)),
    `${rows.reduce((a, s) => a + s.bylinesLeaked, 0)} / ${bylines}`,
    `${rows.reduce((a, s) => a + s.furniturePicked, 0)} / ${furniture}`,
    `${rows.filter((s) => s.furniturePicked + s.bylinesLeaked > 0).length} / ${rows.length}`,
  ];
}

const SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  ['written pages, rules tuned on them', TEST_PAGES],
  ['held-out pages, written after the rules', HELDOUT_PAGES],
];
const lines: string[] = ['| extractor | pages | precision | recall | body recall | bylines leaked | furniture found | pages with any |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
const perPage: string[] = [];
for (const [set, pages] of SETS) {
  for (const [name, extract] of Object.entries(EXTRACTORS)) {
    const rows = pages.map((p) => score(p, extract(p.html)));
    lines.push(`| ${name} | ${pages.length} ${set} | ${totals(rows, pages).join(' | ')} |`);
    rows.forEach((s, i) => perPage.push(`${name.split(' ')[0]} ${(pages[i] as TestPage).name}: P ${pct(s.precision)} R ${pct(s.recall)} body ${pct(s.bodyRecall)} bylines ${s.bylinesLeaked} furniture ${s.furniturePicked}`));
  }
}
const table = lines.join('\n');
console.log(table);
if (process.argv.includes('--pages')) console.log(perPage.join('\n'));
if (process.argv.includes('--write')) {
  const readme = fileURLToPath(new URL('../README.md', import.meta.url));
  const text = readFileSync(readme, 'utf8');
  writeFileSync(readme, text.replace(/<!-- extractors -->[\s\S]*<!-- \/extractors -->/, `<!-- extractors -->\n${table}\n<!-- /extractors -->`));
}
