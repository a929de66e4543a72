import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { loadWordDictionary } from '@vecsum/analysis';
import { main } from '../main.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/river-restoration.txt', import.meta.url));
const DATA = fileURLToPath(new URL('../../../../../shared/data/cnndm-dev.jsonl', import.meta.url));
const cacheDir = defaultCacheDir();

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

async function run(...argv: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(argv, out.stream, err.stream);
  return { code, stdout: out.text(), stderr: err.text() };
}

// the basis-word dictionary is built once (about 10 s) and cached beside the pack
beforeAll(() => void loadWordDictionary(loadGloveVectors({ cacheDir }), cacheDir), 120_000);

describe('vecsum analyze', () => {
  it('prints a readable report: equations, dimensions, gap and greedy steps', async () => {
    const r = await run('analyze', EXAMPLE, '--sentences', '3', '--selector', 'greedy', '--cache-dir', cacheDir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^model glove-6b-100d/);
    expect(r.stdout).toMatch(/selector greedy/);
    expect(r.stdout).toMatch(/document = [+-] \d\.\d\d·[a-z]+/);
    expect(r.stdout).toMatch(/\(cos 0\.\d\d, L0 \d+\)/);
    expect(r.stdout).toMatch(/gap \(document - summary\)/);
    expect(r.stdout.match(/^step \d+: missing before it/gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/cos\(next, gap\) -?\d\.\d{3} \(rank \d+ of \d+\)/);
  });

  it('by default explains the same summary that summarize gives', async () => {
    const report = JSON.parse((await run('analyze', EXAMPLE, '--sentences', '3', '--format', 'json', '--cache-dir', cacheDir)).stdout) as {
      selector: string;
      summary: { picked: number[] };
    };
    const summary = JSON.parse((await run('summarize', EXAMPLE, '--sentences', '3', '--format', 'json', '--cache-dir', cacheDir)).stdout) as {
      picked: number[];
    };
    expect(report.selector).toBe('scored'); // what auto ran
    expect(report.summary.picked).toEqual(summary.picked);
  });

  it('--format json gives the report with word equations as {word, weight} lists', async () => {
    const r = await run(
      'analyze',
      EXAMPLE,
      '--sentences',
      '2',
      '--format',
      'json',
      '--alpha',
      '0.05',
      '--top',
      '4',
      '--vector-function',
      'sif',
      '--cache-dir',
      cacheDir,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      model: string;
      document: { equation: { atoms: { word: string; weight: number }[]; reconstructionCosine: number; l0: number } };
      sentences: { contributions: unknown[] }[];
      steps: { nextCosineToGap: number }[];
    };
    expect(report.model).toMatch(/sif/);
    expect(report.document.equation.atoms[0]).toEqual({ word: expect.any(String), weight: expect.any(Number), inText: true });
    expect(report.document.equation.reconstructionCosine).toBeGreaterThan(0.5);
    expect(report.sentences).toHaveLength(2);
    for (const s of report.sentences) expect(s.contributions).toHaveLength(4);
    expect(report.steps).toHaveLength(1);
  });

  it("by default writes equations and labels with the text's own words, and says what they mean", async () => {
    const article = readFileSync(EXAMPLE, 'utf8').toLowerCase();
    const r = await run('analyze', EXAMPLE, '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/basis: the text's \d+ content words$/);
    expect(lines[1]).toMatch(/^Each equation writes a meaning vector as a weighted sum of this text's own words/);
    const document = lines.find((l) => l.startsWith('document = ')) ?? '';
    const words = [...document.matchAll(/·([a-z'-]+)/g)].map((m) => m[1]!);
    expect(words.length).toBeGreaterThanOrEqual(5);
    for (const w of words) expect(article, w).toMatch(new RegExp(`(?<![a-z])${w}(?![a-z])`));
    expect(r.stdout).not.toMatch(/[a-z]\*/);
  });

  it('--basis vocab marks each word that is not in the text with * and says so', async () => {
    const article = readFileSync(EXAMPLE, 'utf8').toLowerCase();
    const r = await run('analyze', EXAMPLE, '--basis', 'vocab', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/basis: a 2000-word vocabulary/);
    expect(r.stdout.split('\n')[2]).toBe('* = not in the text');
    const document = r.stdout.split('\n').find((l) => l.startsWith('document = ')) ?? '';
    const atoms = [...document.matchAll(/·([a-z'-]+)(\*?)/g)].map((m) => ({ word: m[1]!, marked: m[2] === '*' }));
    expect(atoms.some((a) => a.marked)).toBe(true);
    for (const a of atoms) expect(new RegExp(`(?<![a-z])${a.word}(?![a-z])`).test(article), a.word).toBe(!a.marked);
    expect((await run('analyze', EXAMPLE, '--basis', 'words', '--cache-dir', cacheDir)).code).toBe(2);
  });

  it('refuses models outside the GloVe space and bad flags (exit 2)', async () => {
    expect((await run('analyze', EXAMPLE, '--model', '/some/transformers/model', '--cache-dir', cacheDir)).code).toBe(2);
    expect((await run('analyze', EXAMPLE, '--format', 'xml', '--cache-dir', cacheDir)).code).toBe(2);
    expect((await run('analyze', EXAMPLE, '--alpha', '-1', '--cache-dir', cacheDir)).code).toBe(2);
    expect((await run('analyze', '--cache-dir', cacheDir)).code).toBe(2);
    const help = await run('analyze', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/word equations/);
  });
});

describe.skipIf(!existsSync(DATA))('vecsum analyze-corpus', () => {
  it('writes Markdown, JSON and SVG plots; correlations for mean, sif and arora with the length control', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-corpus-'));
    const data = join(dir, 'small.jsonl');
    writeFileSync(data, readFileSync(DATA, 'utf8').split('\n').slice(0, 8).join('\n'));
    const out = join(dir, 'out');
    const r = await run('analyze-corpus', data, '--out', out, '--keep', '3', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/### small \(8 records, \d+ sentences\)/);
    for (const fn of ['mean', 'sif', 'arora']) expect(r.stdout).toMatch(new RegExp(`\\| ${fn} \\| \\d+ \\| -?0\\.\\d{3} \\| -?0\\.\\d{3} \\|`));
    expect(readdirSync(out).sort()).toEqual([
      'small-atoms.svg',
      'small-dimensions.svg',
      'small-scatter-arora.svg',
      'small-scatter-mean.svg',
      'small-scatter-sif.svg',
      'small.json',
      'small.md',
    ]);
    const json = JSON.parse(readFileSync(join(out, 'small.json'), 'utf8')) as {
      correlations: { vectorFunction: string; r: number; partialR: number }[];
      dimensions: { features: { feature: string; words: { positive: string[] } }[] };
    };
    expect(json.correlations.map((c) => c.vectorFunction)).toEqual(['mean', 'sif', 'arora']);
    expect(json.dimensions.features.length).toBeLessThanOrEqual(3);
    for (const f of json.dimensions.features) {
      expect(f.feature).toMatch(/^dim \d+$/);
      expect(f.words.positive.length).toBeGreaterThan(0);
    }
    const svg = readFileSync(join(out, 'small-scatter-arora.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<circle /g)?.length).toBeGreaterThan(50);
  }, 120_000);

  it('fails with a clear message on a missing dataset', async () => {
    const r = await run('analyze-corpus', '/nonexistent/data.jsonl', '--cache-dir', cacheDir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot read/);
  });
});

describe.skipIf(!existsSync(DATA))('vecsum sae', () => {
  it('trains, reports L0 / variance explained / dead share, interprets features and steers the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-sae-'));
    const data = join(dir, 'small.jsonl');
    writeFileSync(data, readFileSync(DATA, 'utf8').split('\n').slice(0, 20).join('\n'));
    const model = join(dir, 'sae.json');
    const r = await run('sae', data, '--features', '100', '--epochs', '2', '--out', model, '--format', 'json', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as {
      metrics: { l0: number; varianceExplained: number; deadShare: number };
      topFeatures: { equation: { atoms: unknown[] } }[];
      steering: { before: number[]; after: number[] };
    };
    expect(result.metrics.l0).toBeGreaterThan(0);
    expect(result.metrics.l0).toBeLessThan(100);
    expect(result.metrics.varianceExplained).toBeGreaterThan(0);
    expect(result.topFeatures.length).toBeGreaterThan(0);
    expect(result.steering.before).toHaveLength(3);
    expect(existsSync(model)).toBe(true);
    const withSae = await run('analyze', EXAMPLE, '--sae', model, '--cache-dir', cacheDir);
    expect(withSae.code).toBe(0);
    expect(withSae.stdout).toMatch(/SAE features: #\d+ \d\.\d\d/);
  }, 120_000);
});
