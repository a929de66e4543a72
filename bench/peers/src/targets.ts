/**
 * The speed and footprint targets of issue 17 in one run, each figure beside its baseline
 * measured in the same run, with the target and PASS or MISS:
 *
 *   pnpm --filter @vecsum/bench-peers run targets [--quick] [--rounds N] [--starts N]
 *
 * - per-item median time on the CNN/DM and DUC 2004 dev records (../shared/data; without it,
 *   the bundled example stands in for an article and the DUC rows are skipped), vecsum's
 *   auto, near and lexrank against npm `lexrank` and `node-summarizer` (frequency), interleaved
 *   item by item in one process;
 * - start-up of the README's main command (`./vecsum summarize examples/...`) against a node
 *   script running npm `lexrank` on the same file (spawned, median), and the CLI's peak RSS;
 * - what installing @vecsum/summarizer with its model puts on disk;
 * - the default's cost per 1,000 words at 10k, 100k and 1M words (near beside it).
 *
 * Times depend on the machine and its load (printed with the table); the targets are ratios
 * where the issue gives one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, GLOVE_DEFAULT_VOCABULARY, glovePackFile, loadGloveVectors } from '@vecsum/embeddings';
import { readJsonlDataset, type DatasetRecord } from '@vecsum/eval';
import { installSize } from './targets/install-size.js';
import { itemSystems, timeItems, type Timed } from './targets/items.js';
import { costPerWords } from './targets/scaling.js';
import { timeStarts } from './targets/startup.js';
import { cacheDirOf, COMMON_OPTIONS } from './options.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { values: v } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    starts: { type: 'string' },
    'data-dir': COMMON_OPTIONS['data-dir'],
    'cache-dir': { type: 'string' },
  },
  strict: true,
});
const rounds = Number(v.rounds ?? (v.quick ? 3 : 10));
const starts = Number(v.starts ?? (v.quick ? 5 : 10));
const cacheDir = cacheDirOf(v['cache-dir']);
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir }), { function: 'arora' });
const EXAMPLE = 'examples/river-restoration.txt';
const started = performance.now();
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
process.stdout.write(`Node ${process.version}, load average at start ${load()} (${rounds} rounds per item, ${starts} starts per command).\n`);

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  readonly pass: boolean | undefined;
}
const rows: Row[] = [];
const fmt = (ms: number): string => (Number.isNaN(ms) ? 'n/a' : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
const note = (s: string): void => void process.stdout.write(`- ${s}\n`);

async function records(name: string): Promise<DatasetRecord[] | undefined> {
  const file = join(v['data-dir'], `${name}-dev.jsonl`);
  if (existsSync(file)) return readJsonlDataset(file);
  note(
    `${name}: ${file} is absent (research data, not in the repository); ${name === 'cnndm' ? `the bundled ${EXAMPLE} stands in for an article` : 'skipped'}`,
  );
  if (name !== 'cnndm') return undefined;
  return [{ id: 'example', source: 'example', documents: [readFileSync(join(ROOT, EXAMPLE), 'utf8')], references: ['x'] } as DatasetRecord];
}

// 1. Per item, side by side.
const perItem = new Map<string, Timed[]>();
const alone = new Map<string, Timed>();
const sets = new Map<string, DatasetRecord[]>();
for (const name of ['cnndm', 'duc2004']) {
  const recs = await records(name);
  if (recs !== undefined) sets.set(name, recs);
}
// The default on its own first, before the peers are loaded: side by side, it also pays for
// the collection of their garbage and their resident heap.
for (const [name, recs] of sets) {
  const auto = await timeItems(recs, itemSystems(embedder, name, ['auto'], false), rounds);
  if (auto[0] !== undefined) alone.set(name, auto[0]);
}
for (const [name, recs] of sets) perItem.set(name, await timeItems(recs, itemSystems(embedder, name, ['auto', 'near', 'lexrank']), rounds));
const ms = (dataset: string, system: string): number => perItem.get(dataset)?.find((t) => t.system === system)?.ms ?? NaN;
const cpuMs = (dataset: string, system: string): number => perItem.get(dataset)?.find((t) => t.system === system)?.cpuMs ?? NaN;
const ratioRow = (measure: string, a: number, b: number, bName: string, max: number): void => {
  rows.push({
    measure,
    value: fmt(a),
    baseline: `${fmt(b)} (${bName})`,
    ratio: `${(a / b).toFixed(2)}x`,
    target: `<= ${max}x`,
    pass: Number.isNaN(a / b) ? undefined : a / b <= max,
  });
};
if (perItem.has('cnndm')) {
  const auto = ms('cnndm', 'vecsum auto');
  ratioRow('CNN/DM article, auto vs npm lexrank', auto, ms('cnndm', 'lexrank (npm)'), 'lexrank', 1);
  ratioRow('CNN/DM article, auto vs node-summarizer', auto, ms('cnndm', 'node-summarizer frequency (npm)'), 'node-summarizer frequency', 3);
}
if (perItem.has('duc2004')) {
  const auto = ms('duc2004', 'vecsum auto');
  const cpu = cpuMs('duc2004', 'vecsum auto');
  const ns = ms('duc2004', 'node-summarizer frequency (npm)');
  // an absolute target: judged on CPU time, which other processes on a shared machine inflate less
  const solo = alone.get('duc2004');
  if (solo !== undefined) {
    rows.push({
      measure: 'DUC 2004 cluster, auto alone, before the peers load (CPU time; wall beside it)',
      value: `${fmt(solo.cpuMs)} (wall ${fmt(solo.ms)})`,
      baseline: '',
      ratio: '',
      target: '<= 10 ms',
      pass: Number.isNaN(solo.cpuMs) ? undefined : solo.cpuMs <= 10,
    });
  }
  rows.push({
    measure: 'DUC 2004 cluster, auto interleaved (CPU time; wall beside it)',
    value: `${fmt(cpu)} (wall ${fmt(auto)})`,
    baseline: `${fmt(ns)} wall (node-summarizer frequency)`,
    ratio: `${(auto / ns).toFixed(2)}x`,
    target: '<= 10 ms',
    pass: Number.isNaN(cpu) ? undefined : cpu <= 10,
  });
}

// 2. Start-up and RSS: the README's main command against a script running npm lexrank.
const readme = ['./vecsum', 'summarize', EXAMPLE, '--sentences', '3', '--explain'];
const [cli, lex] = timeStarts(
  [
    { name: 'cli', argv: ['sh', ...readme], cwd: ROOT },
    { name: 'lexrank', argv: [process.execPath, join(ROOT, 'bench/peers/src/lexrank-start.cjs'), join(ROOT, EXAMPLE)], cwd: join(ROOT, 'bench/peers') },
  ],
  starts,
) as [ReturnType<typeof timeStarts>[number], ReturnType<typeof timeStarts>[number]];
if (cli.error !== undefined || lex.error !== undefined) note(`start-up: ${cli.error ?? ''} ${lex.error ?? ''}`);
ratioRow(`start: ${readme.join(' ')}`, cli.ms, lex.ms, 'node + npm lexrank script', 2);
rows.push({
  measure: 'CLI peak RSS (that command, median of runs)',
  value: cli.rssMb === undefined ? 'n/a' : `${cli.rssMb.toFixed(0)} MB`,
  baseline: lex.rssMb === undefined ? '' : `${lex.rssMb.toFixed(0)} MB (lexrank script)`,
  ratio: cli.rssMb === undefined || lex.rssMb === undefined ? '' : `${(cli.rssMb / lex.rssMb).toFixed(2)}x`,
  target: '<= 150 MB',
  pass: cli.rssMb === undefined ? undefined : cli.rssMb <= 150,
});

// 3. Install size.
const pack = join(cacheDir, glovePackFile(GLOVE_DEFAULT_VOCABULARY, 'i8'));
const size = installSize([join(ROOT, 'packages/summarizer'), join(ROOT, 'packages/embeddings')], existsSync(pack) ? pack : undefined);
const mb = (b: number): string => `${(b / 1e6).toFixed(1)} MB`;
const largest = [...size.parts].sort((a, b) => b[1] - a[1]);
const parts = `${largest
  .slice(0, 4)
  .map(([n, b]) => `${n} ${mb(b)}`)
  .join(', ')}, ${largest.length - 4} more ${mb(largest.slice(4).reduce((a, [, b]) => a + b, 0))}`;
rows.push({
  measure: 'install: @vecsum/summarizer + embeddings + model + dependencies',
  value: mb(size.bytes),
  baseline: parts,
  ratio: '',
  target: '<= 60 MB',
  pass: size.bytes <= 60e6,
});
if (size.missing.length > 0) note(`install size: dependencies not found: ${size.missing.join(', ')}`);

// 4. Cost per 1,000 words.
const news = (['cnndm', 'bbc', 'summeval', 'xsum', 'duc2004', 'opinosis'] as const).flatMap((n) => {
  const file = join(v['data-dir'], `${n}-dev.jsonl`);
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .flatMap((l) => (JSON.parse(l) as { documents: string[] }).documents)
    : [];
});
const source = news.length > 0 ? news : [readFileSync(join(ROOT, EXAMPLE), 'utf8')];
if (news.length === 0) note(`cost per 1,000 words: no dev data; the example's words, repeated`);
const scaled = await costPerWords(embedder, source, [10_000, 100_000, 1_000_000], v.quick ? ['auto'] : ['auto', 'near']);
const base = scaled.find((s) => s.selector === 'auto' && s.words === 10_000)?.msPer1k ?? NaN;
for (const s of scaled) {
  const near = scaled.find((x) => x.selector === 'near' && x.words === s.words)?.msPer1k ?? NaN;
  if (s.selector !== 'auto') continue;
  const r = s.msPer1k / base;
  rows.push({
    measure: `CPU per 1,000 words, auto at ${s.words / 1000}k words (wall ${fmt(s.ms)} in all)`,
    value: fmt(s.msPer1k),
    baseline: `${fmt(base)} (auto at 10k)${Number.isNaN(near) ? '' : `; near ${fmt(near)}`}`,
    ratio: `${r.toFixed(2)}x`,
    target: '0.7x to 1.3x',
    pass: r >= 0.7 && r <= 1.3,
  });
}

// The table.
process.stdout.write('\nPer item (median ms, interleaved; peers timed on their library call alone):\n\n| system | ');
const columns = [...perItem.keys()];
process.stdout.write(`${columns.map((s) => `${s} wall | ${s} CPU`).join(' | ')} |\n|---|${columns.map(() => '---:|---:').join('|')}|\n`);
const aloneRow = columns.map((c) => alone.get(c)).map((t) => (t === undefined ? 'n/a | n/a' : `${fmt(t.ms)} | ${fmt(t.cpuMs)}`));
process.stdout.write(`| vecsum auto alone (before the peers load) | ${aloneRow.join(' | ')} |\n`);
for (const t of perItem.get(columns[0] ?? '') ?? []) {
  process.stdout.write(`| ${t.system} | ${columns.map((s) => `${fmt(ms(s, t.system))} | ${fmt(cpuMs(s, t.system))}`).join(' | ')} |\n`);
}
process.stdout.write('\nTargets (issue 17):\n\n| measure | vecsum | baseline (same run) | ratio | target | result |\n|---|---:|---|---:|---|---|\n');
for (const r of rows)
  process.stdout.write(
    `| ${r.measure} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.pass === undefined ? 'n/a' : r.pass ? 'PASS' : 'MISS'} |\n`,
  );
let commit = '';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {}
process.stdout.write(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all; load average at the end ${load()}; commit ${commit}.\n`);
