/**
 * The first sight of held-out batches: each batch read once with the shipped rules and learned model (and its doubtful lines
 * kept out of the summary), and once with the rules alone, as the extractor comparison counts them (precision and recall of
 * the article text, bylines and furniture texts found, pages whose default 3-sentence summary holds any), then the batches
 * together, and the pages that scored worst or leaked.
 *
 *   npx tsx --conditions=source packages/reader/scripts/measure-batches.ts FROM [TO] [--leaks] [--missing] [--code-aside]
 *
 * --leaks lists every leaked text under its page, --missing every gold heading and body entry not in the text of a page read
 * below 97 % recall. --code-aside adds the recall with the gold's code-like body entries set aside
 * (a line with `{`, `}`, `=`, `;` or a call, or opening as a command or an import, and not ending as a sentence): the reader leaves
 * code blocks out of the text by design, and writers differ on whether they count. Uses the GloVe pack from VECSUM_CACHE_DIR.
 */
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { extractArticleWith } from '../src/html/article.js';
import { parseDocument } from '../src/html/parse-linkedom.js';
import { present, score, type TestPage } from '../src/test-support/page-kit.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const [from, to] = [Number(args[0]), Number(args[1] ?? args[0])];
if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
  process.stderr.write('usage: measure-batches.ts FROM [TO] [--leaks] [--missing] [--code-aside]\n');
  process.exit(2);
}
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });

/** A gold body entry that reads as code (see the header). */
const isCodeLike = (t: string): boolean => /[{}=;]|\w\(|^\$ |^(?:import|from|def|const|let|class|SELECT|GET|curl|npm|pip) /.test(t) && !/[.!?]["”’)]?$/.test(t);

interface Row {
  readonly page: TestPage;
  readonly precision: number;
  readonly recall: number;
  /** Recall with the code-like body entries set aside. */
  readonly recallNoCode: number;
  readonly leaked: readonly string[];
  /** The gold's body entries and headings the text does not hold (for --missing). */
  readonly missing: readonly string[];
  readonly bylines: number;
  readonly furniture: number;
  readonly summary: readonly string[];
}

async function read(page: TestPage, withModel: boolean): Promise<Row> {
  const got = withModel ? extractArticleWith(page.html, parseDocument) : extractArticleWith(page.html, parseDocument, null);
  const s = score(page, got.text);
  const found = present(got.text);
  let summary: string[] = [];
  if (got.text.trim() !== '') {
    const doubtful = withModel && got.doubtful !== undefined ? { doubtfulLines: got.doubtful } : {};
    const text = (await summarize(got.text, embedder, { budget: { sentences: 3 }, ...doubtful })).text;
    summary = [...page.bylines, ...page.furniture].filter(present(text));
  }
  return {
    page,
    precision: s.precision,
    recall: s.recall,
    recallNoCode: score({ ...page, body: page.body.filter((b) => !isCodeLike(b)) }, got.text).recall,
    leaked: [...page.bylines, ...page.furniture].filter(found),
    missing: [...page.headings, ...page.body].filter((t) => !found(t)),
    bylines: s.bylinesLeaked,
    furniture: s.furniturePicked,
    summary,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;
function figures(rows: readonly Row[]): string {
  const mean = (f: (r: Row) => number): number => rows.reduce((a, r) => a + f(r), 0) / rows.length;
  const sum = (f: (r: Row) => number): number => rows.reduce((a, r) => a + f(r), 0);
  const codeAside = process.argv.includes('--code-aside') ? ` (${pct(mean((r) => r.recallNoCode))} with code set aside)` : '';
  return (
    `${pct(mean((r) => r.precision))} / ${pct(mean((r) => r.recall))}${codeAside}, bylines ${sum((r) => r.bylines)} / ${sum((r) => r.page.bylines.length)}, ` +
    `furniture ${sum((r) => r.furniture)} / ${sum((r) => r.page.furniture.length)}, ` +
    `summaries with any ${rows.filter((r) => r.summary.length > 0).length} / ${rows.length}`
  );
}

const all: { model: Row[]; rules: Row[] } = { model: [], rules: [] };
for (let n = from; n <= to; n++) {
  const name = `HELDOUT${n}_PAGES`;
  const pages = (await import(`../src/test-support/pages-heldout${n}.js`))[name] as readonly TestPage[];
  const model = await Promise.all(pages.map((p) => read(p, true)));
  const rules = await Promise.all(pages.map((p) => read(p, false)));
  all.model.push(...model);
  all.rules.push(...rules);
  process.stdout.write(`batch ${n}: ${figures(model)} (rules alone: ${figures(rules)})\n`);
}
if (to > from) process.stdout.write(`batches ${from}-${to}: ${figures(all.model)} (rules alone: ${figures(all.rules)})\n`);
const worst = [...all.model].sort((a, b) => Math.min(a.precision, a.recall) - Math.min(b.precision, b.recall));
process.stdout.write('\nWorst pages and every page that leaked (shipped model):\n');
for (const r of worst) {
  if (Math.min(r.precision, r.recall) >= 0.97 && r.leaked.length === 0 && r.summary.length === 0) continue;
  process.stdout.write(
    `${r.page.name} (${r.page.kind}): P ${pct(r.precision)} R ${pct(r.recall)}, leaked ${r.leaked.length}, in the summary ${r.summary.length}\n`,
  );
  if (process.argv.includes('--leaks'))
    for (const t of r.leaked) process.stdout.write(`    leaked${r.summary.includes(t) ? ' (in the summary)' : ''}: ${t.slice(0, 120)}\n`);
  if (process.argv.includes('--missing') && r.recall < 0.97) for (const t of r.missing) process.stdout.write(`    missing: ${t.slice(0, 120)}\n`);
}
