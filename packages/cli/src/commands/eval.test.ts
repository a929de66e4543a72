import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli as run, sink } from '../test-support/run-cli.js';
import { readJsonlDataset, scoreRouge, standardSetting } from '@vecsum/eval';
import { runEval } from './eval.js';
import { defaultCacheDir } from '@vecsum/embeddings';

const DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
const HAS_DATA = existsSync(join(DATA, 'cnndm-dev.jsonl'));
const cacheDir = defaultCacheDir();

interface JsonResult {
  dataset: string;
  items: number;
  columns: string[];
  systems: {
    system: string;
    items: number;
    msPerItem: number;
    means: Record<string, { mean: number; lower: number; upper: number }>;
    vs: Record<string, number>;
  }[];
}

/** The first n records of a dev file, written to a temp folder. */
function slice(name: string, n: number): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vecsum-eval-cli-'));
  const lines = readFileSync(join(DATA, `${name}-dev.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, n);
  const file = join(dir, `${name}-slice.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { dir, file };
}

describe.skipIf(!HAS_DATA)('vecsum eval --summaries (the command-line contract)', () => {
  it('scores summarize --jsonl output against the references, as Markdown and as JSON', async () => {
    const { dir, file } = slice('cnndm', 5);
    const summarized = await run('summarize', '--jsonl', file, '--sentences', '3', '--selector', 'lead', '--cache-dir', cacheDir);
    expect(summarized.code).toBe(0);
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, summarized.stdout);

    const md = await run('eval', '--dataset', file, '--summaries', out);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^### cnndm \(5 items\)/);
    expect(md.stdout).toContain('| system | R-1 F1 | R-2 F1 | R-Lsum F1 | ms/item | p > LEAD | p > RANDOM |');
    expect(md.stdout).toMatch(/\n\| summaries \| [\d.]+ \[[\d.]+, [\d.]+\] \| /);

    const json = await run('eval', '--dataset', file, '--summaries', out, '--format', 'json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as JsonResult[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.dataset).toBe('cnndm');
    expect(parsed[0]?.columns).toEqual(['rouge1.f1', 'rouge2.f1', 'rougeLsum.f1']);
    expect(parsed[0]?.systems.map((s) => s.system)).toEqual(['summaries', 'LEAD', 'RANDOM']);
    for (const s of parsed[0]?.systems ?? []) for (const c of parsed[0]?.columns ?? []) expect(typeof s.means[c]?.mean).toBe('number');

    // The per-system mean is the mean of scoreRouge over the records, under the standard setting.
    const records = await readJsonlDataset(file);
    const summaries = new Map(
      summarized.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; summary: string })
        .map((r) => [r.id, r.summary]),
    );
    const setting = standardSetting('cnndm');
    const direct = records.map((r) => 100 * (scoreRouge(summaries.get(r.id) ?? '', r.references, setting.rouge).rouge2?.f1 ?? Number.NaN));
    expect(parsed[0]?.systems[0]?.means['rouge2.f1']?.mean).toBeCloseTo(direct.reduce((a, b) => a + b, 0) / direct.length, 8);
    // lead summaries are LEAD-3: same scores as the LEAD row, so not better than it.
    expect(parsed[0]?.systems[0]?.means['rouge1.f1']?.mean).toBeCloseTo(parsed[0]!.systems[1]!.means['rouge1.f1']!.mean, 8);
    expect(parsed[0]?.systems[0]?.vs['LEAD']).toBe(1);
  });

  it('takes the setting from the records (any file name) and reports missing summaries', async () => {
    const { dir, file } = slice('duc2004', 3);
    const records = await readJsonlDataset(file);
    const out = join(dir, 'partial.jsonl');
    writeFileSync(out, `${JSON.stringify({ id: records[0]?.id, summary: records[0]?.references[0] })}\n`);
    const err = sink();
    const origWrite = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => err.stream.write(chunk)) as typeof process.stderr.write;
    let json: Awaited<ReturnType<typeof run>>;
    try {
      json = await run('eval', '--dataset', file, '--summaries', out, '--format', 'json', '--name', 'human');
    } finally {
      process.stderr.write = origWrite;
    }
    expect(json.code).toBe(0);
    expect(err.text()).toMatch(/2 record\(s\) have no summary/);
    const parsed = JSON.parse(json.stdout) as JsonResult[];
    expect(parsed[0]?.dataset).toBe('duc2004');
    expect(parsed[0]?.columns).toEqual(['rouge1.recall', 'rouge2.recall']);
    expect(parsed[0]?.systems[0]?.system).toBe('human');
  });

  it('fails with the documented exit codes', async () => {
    const { dir, file } = slice('cnndm', 2);
    expect((await run('eval', '--dataset', file, '--summaries', join(dir, 'missing.jsonl'))).code).toBe(3);
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": 1}\n');
    const bad = await run('eval', '--dataset', file, '--summaries', join(dir, 'bad.jsonl'));
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/BAD_RECORD/);
    expect((await run('eval', '--dataset', join(dir, 'nope.jsonl'), '--summaries', file)).code).toBe(3);
    writeFileSync(join(dir, 'broken.jsonl'), '{"id": "x"}\n');
    expect((await run('eval', '--dataset', join(dir, 'broken.jsonl'))).code).toBe(3);
    expect((await run('eval', '--dataset', file, '--format', 'xml')).code).toBe(2);
    expect((await run('eval', '--dataset', file, '--selector', 'nope')).code).toBe(2);
    expect((await run('eval')).code).toBe(2);
    expect((await run('eval', '--grid', '--datasets', 'nope')).code).toBe(2);
    const help = await run('eval', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--summaries FILE/);
  });
});

describe.skipIf(!HAS_DATA)('vecsum eval running systems', () => {
  it('runs the chosen selectors and vector functions with LEAD and RANDOM (runEval directly)', async () => {
    const { file } = slice('cnndm', 3);
    const out = sink();
    const code = await runEval(
      [
        '--dataset',
        file,
        '--selector',
        'near',
        '--selector',
        'lead',
        '--vector-function',
        'arora',
        '--vector-function',
        'mean',
        '--oracle',
        '--format',
        'json',
        '--resamples',
        '200',
        '--cache-dir',
        cacheDir,
      ],
      out.stream,
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(out.text()) as JsonResult[];
    expect(parsed[0]?.systems.map((s) => s.system)).toEqual(['LEAD', 'RANDOM', 'ORACLE', 'arora/near', 'arora/lead', 'mean/near', 'mean/lead']);
    const by = new Map(parsed[0]?.systems.map((s) => [s.system, s]));
    // vecsum's lead selector on one document is LEAD-3.
    expect(by.get('arora/lead')?.means['rouge1.f1']?.mean).toBeCloseTo(by.get('LEAD')!.means['rouge1.f1']!.mean, 8);
    for (const s of parsed[0]?.systems ?? []) {
      expect(s.items).toBe(3);
      expect(s.msPerItem).toBeGreaterThanOrEqual(0);
      const m = s.means['rouge1.f1'];
      expect(m?.lower).toBeLessThanOrEqual(m!.mean);
      expect(m?.upper).toBeGreaterThanOrEqual(m!.mean);
    }
  });

  it('--grid prints the selector x vector function matrix per dataset, with the full table folded', async () => {
    const out = sink();
    const code = await runEval(
      [
        '--grid',
        '--datasets',
        'xsum,opinosis',
        '--limit',
        '2',
        '--selector',
        'near',
        '--selector',
        'greedy',
        '--vector-function',
        'sif',
        '--vector-function',
        'arora',
        '--resamples',
        '100',
        '--cache-dir',
        cacheDir,
      ],
      out.stream,
    );
    expect(code).toBe(0);
    const md = out.text();
    expect(md).toContain('### xsum (2 items): R-1 F1 / R-2 F1 / R-Lsum F1');
    expect(md).toContain('### opinosis (2 items): R-1 F1 / R-1 R / R-2 F1 / R-2 R / R-SU4 F1 / R-SU4 R');
    expect(md).toContain('| selector | sif | arora |');
    expect(md).toMatch(/\| _ORACLE_ \| /);
    expect(md).toMatch(/\n\| greedy \| /);
    expect(md).toContain('<details><summary>xsum: every system');
    expect(md).toMatch(/\| arora\/greedy \| [\d.]+ \[/);
    // The summary across datasets: one row per grid system, best first.
    const summary = md.slice(md.indexOf('### Across datasets'));
    expect(summary).toContain('| system | mean gap closed | mean rank | xsum | opinosis |');
    const rows = summary.split('\n').filter((l) => /^\| (sif|arora)\//.test(l));
    expect(rows).toHaveLength(4);
    const gaps = rows.map((l) => Number(l.split(' | ')[1]));
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
  });
});

describe('vecsum eval refuses endless inputs', () => {
  it.skipIf(!existsSync('/dev/zero'))(
    '/dev/zero as the dataset or the summaries is INPUT_NOT_READABLE at once (the summaries crashed the process)',
    async () => {
      const dataset = await run('eval', '--dataset', '/dev/zero');
      expect(dataset.code).toBe(3);
      expect(dataset.stderr).toMatch(/^vecsum: INPUT_NOT_READABLE: cannot read \/dev\/zero: it is a device/);
      const summaries = await run('eval', '--dataset', '/dev/zero', '--summaries', '/dev/zero');
      expect(summaries.code).toBe(3);
      expect(summaries.stderr).toMatch(/^vecsum: INPUT_NOT_READABLE: cannot read \/dev\/zero: it is a device/);
    },
  );
});
