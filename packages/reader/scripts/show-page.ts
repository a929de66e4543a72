/**
 * What the reader reads on one page of a held-out batch: the text (with the learned model, as shipped), its doubtful lines, and
 * the gold's headings and body entries the text does not hold; `--rules` reads with the rules alone.
 *
 *   npx tsx --conditions=source packages/reader/scripts/show-page.ts BATCH PAGE-NAME [--rules]
 */
import { extractArticleWith } from '../src/html/article.js';
import { parseDocument } from '../src/html/parse-linkedom.js';
import { present, type TestPage } from '../src/test-support/page-kit.js';

const [batch, name] = process.argv.slice(2);
if (batch === undefined || name === undefined) {
  process.stderr.write('usage: show-page.ts BATCH PAGE-NAME [--rules]\n');
  process.exit(2);
}
const pages = (await import(`../src/test-support/pages-heldout${batch}.js`))[`HELDOUT${batch}_PAGES`] as readonly TestPage[];
const page = pages.find((p) => p.name === name);
if (page === undefined) {
  process.stderr.write(`no page ${name} in batch ${batch}: ${pages.map((p) => p.name).join(', ')}\n`);
  process.exit(2);
}
const read = process.argv.includes('--rules') ? extractArticleWith(page.html, parseDocument, null) : extractArticleWith(page.html, parseDocument);
const found = present(read.text);
process.stdout.write(`${read.text}\n\n--- doubtful lines: ${JSON.stringify(read.doubtful ?? [])}\n`);
for (const t of [...page.headings, ...page.body].filter((t) => !found(t))) process.stdout.write(`--- missing: ${t.slice(0, 140)}\n`);
for (const t of [...page.bylines, ...page.furniture].filter(found)) process.stdout.write(`--- leaked: ${t.slice(0, 140)}\n`);
