/**
 * Looks for work that grows faster than the page (README, "Large pages"): each test page's most
 * repeated unit (the children of the element with the most element children: posts, sections,
 * list items) repeated to about S and 2S bytes of HTML, `extractArticle` timed on both. Linear
 * work doubles; a ratio near 4 is quadratic. Prints the slowest pages at 2S and flags ratios over 2.8.
 *
 *   npx tsx --conditions=source packages/reader/scripts/scaling.ts [--bytes 150000] [--only NAME]
 */
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/html/extract.js';
import { ALL_PAGES } from '../src/test-support/pages.js';

const { values: v } = parseArgs({ options: { bytes: { type: 'string', default: '150000' }, only: { type: 'string' } } });
const S = Number(v.bytes);

/** The page with its most repeated unit repeated to about `target` characters; undefined when nothing repeats. */
function grow(html: string, target: number): string | undefined {
  const { document } = parseHTML(html);
  let best: Element | undefined;
  for (const el of Array.from(document.querySelectorAll('body *'))) if (el.children.length > (best?.children.length ?? 2)) best = el;
  if (best === undefined) return undefined;
  const unit = Array.from(best.children)
    .map((c) => c.outerHTML)
    .join('\n');
  best.innerHTML = unit.repeat(Math.max(1, Math.ceil(target / unit.length)));
  return document.toString();
}

function ms(html: string): number {
  const t = performance.now();
  try {
    extractArticle(html);
  } catch {
    return Number.NaN; // refused (a limit): not a scaling figure
  }
  return performance.now() - t;
}

const rows: { name: string; kb: number; a: number; b: number }[] = [];
for (const page of ALL_PAGES) {
  if (v.only !== undefined && !page.name.includes(v.only)) continue;
  const small = grow(page.html, S);
  const large = grow(page.html, 2 * S);
  if (small === undefined || large === undefined) continue;
  rows.push({ name: page.name, kb: large.length / 1024, a: ms(small), b: ms(large) });
}
rows.sort((x, y) => y.b - x.b);
process.stdout.write(
  `${rows.length} pages grown to about ${S} and ${2 * S} bytes\n\n| page | KB at 2S | ms at S | ms at 2S | ratio |\n|---|---:|---:|---:|---:|\n`,
);
for (const r of rows.filter((r, i) => i < 10 || r.b / r.a > 2.8))
  process.stdout.write(
    `| ${r.name} | ${r.kb.toFixed(0)} | ${r.a.toFixed(0)} | ${r.b.toFixed(0)} | ${(r.b / r.a).toFixed(2)}${r.b / r.a > 2.8 ? ' (over 2.8)' : ''} |\n`,
  );
