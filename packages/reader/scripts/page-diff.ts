/**
 * What a rule changes on every page of the extractor comparison (comparison-sets.ts): each page's precision, recall and leaked
 * gold texts, written before the rule and compared after it, page by page, with the sums of the changes.
 *
 *   npx tsx --conditions=source packages/reader/scripts/page-diff.ts write BEFORE.json [K/N]
 *   npx tsx --conditions=source packages/reader/scripts/page-diff.ts cmp BEFORE.json [AFTER.json ...]
 *
 * `write` reads every page now (with K/N, only every N-th page from the K-th, into BEFORE.json.partK: run N of them side by side
 * on N cores); `cmp` compares BEFORE.json (and its parts) with the pages read now, or with the AFTER files given.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractArticle } from '../src/html/extract.js';
import { present, score } from '../src/test-support/page-kit.js';
import { SETS } from './comparison-sets.js';

interface Read {
  readonly p: number;
  readonly r: number;
  readonly leaks: readonly string[];
}
type Reads = Record<string, Read>;

const [mode, file, ...rest] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'cmp') || file === undefined) {
  process.stderr.write('usage: page-diff.ts write OUT.json [K/N] | cmp BEFORE.json [AFTER.json ...]\n');
  process.exit(2);
}

/** Every page of the comparison once, or every N-th from the K-th. */
function readPages(shard = 0, shards = 1): Reads {
  const out: Reads = {};
  const seen = new Set<string>();
  let k = 0;
  for (const [, pages] of SETS)
    for (const page of pages) {
      if (seen.has(page.name)) continue;
      seen.add(page.name);
      if (k++ % shards !== shard) continue;
      const text = extractArticle(page.html).text;
      const s = score(page, text);
      out[page.name] = { p: s.precision, r: s.recall, leaks: [...page.bylines, ...page.furniture].filter(present(text)).map((t) => t.slice(0, 80)) };
    }
  return out;
}

/** A file and its parts (`file.part0`, `file.part1`, ...), merged. */
function load(name: string): Reads {
  const out: Reads = existsSync(name) ? (JSON.parse(readFileSync(name, 'utf8')) as Reads) : {};
  for (let k = 0; existsSync(`${name}.part${k}`); k++) Object.assign(out, JSON.parse(readFileSync(`${name}.part${k}`, 'utf8')) as Reads);
  return out;
}

const pct = (x: number): string => (100 * x).toFixed(1);
if (mode === 'write') {
  const [shard, shards] = (rest[0] ?? '0/1').split('/').map(Number) as [number, number];
  writeFileSync(shards > 1 ? `${file}.part${shard}` : file, JSON.stringify(readPages(shard, shards)));
} else {
  const before = load(file);
  const now: Reads = rest.length === 0 ? readPages() : Object.assign({}, ...rest.map(load));
  let [dp, dr, dl, moved, up] = [0, 0, 0, 0, 0];
  for (const [name, a] of Object.entries(now)) {
    const b = before[name];
    if (b === undefined || (a.p === b.p && a.r === b.r && a.leaks.join('\n') === b.leaks.join('\n'))) continue;
    moved++;
    dp += a.p - b.p;
    dr += a.r - b.r;
    dl += a.leaks.length - b.leaks.length;
    if (a.p + a.r > b.p + b.r) up++;
    process.stdout.write(`${name}: P ${pct(b.p)} -> ${pct(a.p)}  R ${pct(b.r)} -> ${pct(a.r)}  leaks ${b.leaks.length} -> ${a.leaks.length}\n`);
    for (const t of a.leaks.filter((x) => !b.leaks.includes(x))) process.stdout.write(`    + ${t}\n`);
    for (const t of b.leaks.filter((x) => !a.leaks.includes(x))) process.stdout.write(`    - ${t}\n`);
  }
  process.stdout.write(
    `${Object.keys(now).length} pages, ${moved} moved, ${up} up; precision ${(100 * dp).toFixed(1)}, recall ${(100 * dr).toFixed(1)} ` +
      `(points summed over pages), leaked texts ${dl >= 0 ? '+' : ''}${dl}\n`,
  );
}
