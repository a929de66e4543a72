/**
 * Extractor comparison on the test pages (src/test-support/pages-*.ts, written to the shape of
 * real news, blog, documentation, wiki and forum pages, each with its gold article text):
 * readability+linkedom (this package) against the npm html-to-text package, once with its
 * defaults and once set up as a summarizer would use it (article, else main, else body; menus,
 * asides, footers, forms and media skipped; headings as Markdown headings: the configuration
 * @vecsum/summarizer's former `htmlToText` used).
 * Token-level precision and recall of the article text, body recall, bylines and furniture found,
 * and how many pages' default summary (3 sentences, GloVe pack from VECSUM_CACHE_DIR) holds any (the reader's doubtful lines not picked).
 *
 *   npx tsx --conditions=source packages/reader/scripts/compare-extractors.ts [--pages] [--leaks] [--write]
 *
 * --pages prints one row a page; --leaks prints, under each page's row, the byline and furniture
 * texts found in it; --write puts the table into packages/reader/README.md between
 * the <!-- extractors --> markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { compile, convert, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import { extractArticle } from '../src/html/extract.js';
import { present, score, type TestPage } from '../src/test-support/page-kit.js';
import { SETS } from './comparison-sets.js';

/** A heading as a Markdown heading of its level ("## Results"), on a block of its own. */
const markdownHeading =
  (level: number): FormatCallback =>
  (elem, walk, builder) => {
    builder.openBlock({ leadingLineBreaks: 2 });
    builder.addInline(`${'#'.repeat(level)} `);
    walk(elem.children, builder);
    builder.closeBlock({ trailingLineBreaks: 2 });
  };
const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'img',
  'svg',
  'picture',
  'video',
  'audio',
  'iframe',
  'form',
  'button',
  'nav',
  'aside',
  'footer',
  'figure > figcaption',
];
const HEADINGS = [1, 2, 3, 4, 5, 6];
const configured = (base: string[] | undefined): HtmlToTextOptions => ({
  wordwrap: false,
  ...(base === undefined ? {} : { baseElements: { selectors: base, returnDomByDefault: false } }),
  formatters: Object.fromEntries(HEADINGS.map((n) => [`markdownHeading${n}`, markdownHeading(n)])),
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
    ...HEADINGS.map((n) => ({ selector: `h${n}`, format: `markdownHeading${n}` })),
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
  ],
});
const [ARTICLE, MAIN, BODY] = [compile(configured(['article'])), compile(configured(['main'])), compile(configured(undefined))];
/** The first of article, main, body that has any text. */
const articleFirst = (html: string): string => [ARTICLE, MAIN].map((c) => c(html)).find((t) => /\S/.test(t)) ?? BODY(html);

/** An extraction: the text, and the lines a summary should not pick (the reader's doubtful lines). */
interface Extracted {
  text: string;
  doubtful?: readonly string[];
}

const EXTRACTORS: Record<string, (html: string) => Extracted> = {
  'readability + linkedom (reader)': (html) => extractArticle(html),
  'html-to-text 10.0.1, defaults (no wrap)': (html) => ({ text: convert(html, { wordwrap: false }) }),
  'html-to-text 10.0.1, article first, furniture tags skipped': (html) => ({ text: articleFirst(html) }),
};

type Scores = ReturnType<typeof score>;
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });

/**
 * Whether the default summary (3 sentences) of the extracted text holds any of the page's byline
 * or furniture texts (an extraction with no text has no summary, and its recall shows the loss).
 */
async function summaryHasFurniture(page: TestPage, { text, doubtful }: Extracted): Promise<boolean> {
  if (text.trim() === '') return false;
  const summary = await summarize(text, embedder, { budget: { sentences: 3 }, ...(doubtful === undefined ? {} : { doubtfulLines: doubtful }) });
  return [...page.bylines, ...page.furniture].some(present(summary.text));
}

function totals(rows: readonly Scores[], pages: readonly TestPage[], summaries: readonly boolean[]): string[] {
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
    `${summaries.filter(Boolean).length} / ${rows.length}`,
  ];
}

const lines: string[] = [
  '| extractor | pages | precision | recall | body recall | bylines leaked | furniture found | pages with any | 3-sentence summaries with any |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const perPage: string[] = [];
for (const [set, pages] of SETS) {
  for (const [name, extract] of Object.entries(EXTRACTORS)) {
    const extracted = pages.map((p) => extract(p.html));
    const rows = pages.map((p, i) => score(p, extracted[i]?.text ?? ''));
    const summaries = await Promise.all(pages.map((p, i) => summaryHasFurniture(p, extracted[i] ?? { text: '' })));
    lines.push(`| ${name} | ${pages.length} ${set} | ${totals(rows, pages, summaries).join(' | ')} |`);
    rows.forEach((s, i) => {
      const page = pages[i]!;
      perPage.push(
        `${name.split(' ')[0]} ${page.name}: P ${pct(s.precision)} R ${pct(s.recall)} body ${pct(s.bodyRecall)} bylines` +
          ` ${s.bylinesLeaked} furniture ${s.furniturePicked}`,
      );
      if (process.argv.includes('--leaks'))
        perPage.push(...[...page.bylines, ...page.furniture].filter(present(extracted[i]?.text ?? '')).map((f) => `    leaked: ${f}`));
    });
  }
}
const table = lines.join('\n');
console.log(table);
if (process.argv.includes('--pages') || process.argv.includes('--leaks')) console.log(perPage.join('\n'));
if (process.argv.includes('--write')) {
  const readme = fileURLToPath(new URL('../README.md', import.meta.url));
  const text = readFileSync(readme, 'utf8');
  writeFileSync(readme, text.replace(/<!-- extractors -->[\s\S]*<!-- \/extractors -->/, `<!-- extractors -->\n${table}\n<!-- /extractors -->`));
}
