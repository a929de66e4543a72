import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './test-support/run-cli.js';
import { defaultCacheDir } from '@vecsum/embeddings';

const EXAMPLE = fileURLToPath(new URL('../../../examples/river-restoration.txt', import.meta.url));
const cacheDir = defaultCacheDir();

interface JsonSummary {
  text: string;
  sentences: { index: number; text: string; picked: boolean; cosine: number; reason: string }[];
}

describe('vecsum summarize (the command-line contract)', () => {
  it('prints the summary as text, one sentence per line', async () => {
    const r = await run('summarize', EXAMPLE, '--sentences', '2', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('--format json prints one object with text and every sentence (index, text, picked, cosine, reason)', async () => {
    const r = await run('summarize', EXAMPLE, '--words', '80', '--selector', 'near-nonredundant', '--format', 'json', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as JsonSummary;
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const picked = s.sentences.filter((x) => x.picked);
    expect(s.text.split('\n')).toEqual(picked.map((x) => x.text.replace(/[\r\n]/g, ' ')));
    expect(s.text.split(/\s+/).length).toBeLessThanOrEqual(80);
    for (const x of s.sentences) {
      expect(typeof x.index).toBe('number');
      expect(typeof x.cosine).toBe('number');
      expect(typeof x.reason).toBe('string');
    }
  });

  it('reads .html files (and --html input) as HTML: the story text, headings never extracted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-cli-'));
    const story = (await import('node:fs'))
      .readFileSync(EXAMPLE, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const html = `<html><body><nav>Home | Weather</nav><article><h1>${story[0]}</h1>${story
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article><footer>Copyright</footer></body></html>`;
    const file = join(dir, 'story.html');
    writeFileSync(file, html);
    const plain = join(dir, 'story.txt'); // the same HTML under another name: read as HTML by its content
    writeFileSync(plain, html);
    const byName = await run('summarize', file, '--sentences', '2', '--format', 'json', '--cache-dir', cacheDir);
    const byFlag = await run('summarize', plain, '--html', '--sentences', '2', '--format', 'json', '--cache-dir', cacheDir);
    expect(byName.code).toBe(0);
    const s = JSON.parse(byName.stdout) as JsonSummary;
    const f = JSON.parse(byFlag.stdout) as JsonSummary;
    expect([f.text, f.sentences]).toEqual([s.text, s.sentences]);
    expect(s.sentences[0]).toMatchObject({ text: story[0], reason: 'heading', picked: false });
    expect(s.sentences.map((x) => x.text).join(' ')).not.toMatch(/<|Home|Copyright/);
    // the text the summary was made of matches the plain-text file's own summary
    const fromText = JSON.parse((await run('summarize', EXAMPLE, '--sentences', '2', '--format', 'json', '--cache-dir', cacheDir)).stdout) as JsonSummary;
    expect(s.text).toBe(fromText.text);
    expect((await run('summarize', plain, '--sentences', '2', '--cache-dir', cacheDir)).stdout).toBe(
      (await run('summarize', file, '--sentences', '2', '--cache-dir', cacheDir)).stdout,
    );
    // embed reads it the same way: the story's sentences, no markup
    const embedded = await run('embed', plain, '--html', '--cache-dir', cacheDir);
    expect(embedded.code).toBe(0);
    expect(embedded.stdout).toContain(story[0]);
    expect(embedded.stdout).not.toMatch(/<|Copyright/);
  });

  it('--explain adds the reasons and the selector trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-cli-'));
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'The dam broke at dawn. Water reached the town by noon. Nobody was hurt.');
    const r = await run('summarize', file, '--sentences', '1', '--explain', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Why each sentence');
    expect(r.stdout).toContain('Selector trace');
  });

  it('exits 2 with a coded error on stderr for usage errors, 3 for bad input', async () => {
    const unknown = await run('summarize', EXAMPLE, '--selector', 'textrank', '--cache-dir', cacheDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^vecsum: UNKNOWN_SELECTOR: /);
    const two = await run('summarize', EXAMPLE, '--words', '10', '--sentences', '2');
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/INVALID_BUDGET/);
    const zero = await run('summarize', EXAMPLE, '--words', '0', '--cache-dir', cacheDir);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/INVALID_BUDGET/);
    const flag = await run('summarize', EXAMPLE, '--wordz', '3');
    expect(flag.code).toBe(2);
    const missing = await run('summarize', '/nonexistent/file.txt');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/INPUT_NOT_READABLE/);
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const empty = await run('summarize', join(dir, 'empty.txt'), '--cache-dir', cacheDir);
    expect(empty.code).toBe(3);
    expect(empty.stderr).toMatch(/EMPTY_DOCUMENT/);
  });

  it('summarizes a JSONL file into {id, summary} lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        { id: 'a', documents: ['The dam broke at dawn. Water reached the town by noon. Nobody was hurt.'] },
        { id: 'b', documents: ['Prices rose again in May.', 'Economists expect rates to climb. Shoppers cut back.'] },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const r = await run('summarize', '--jsonl', file, '--sentences', '1', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; summary: string });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    for (const l of lines) expect(l.summary.split('\n')).toHaveLength(1);
  });
});

/** A CNN/DM dev file from ../shared/data (research data beside the repository, never in git). */
const CNNDM_DEV = fileURLToPath(new URL('../../../../shared/data/cnndm-dev.jsonl', import.meta.url));

describe.skipIf(!existsSync(CNNDM_DEV))('vecsum eval (the command-line contract; needs ../shared/data)', () => {
  it('scores a summaries file written by summarize --jsonl against the dataset', async () => {
    const dataset = CNNDM_DEV;
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-eval-'));
    const lines = (await import('node:fs')).readFileSync(dataset, 'utf8').split('\n').filter(Boolean).slice(0, 4);
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n'));
    const summarized = await run('summarize', '--jsonl', join(dir, 'in.jsonl'), '--sentences', '3', '--selector', 'lead', '--cache-dir', cacheDir);
    expect(summarized.code).toBe(0);
    writeFileSync(join(dir, 'out.jsonl'), summarized.stdout);
    const md = await run('eval', '--dataset', join(dir, 'in.jsonl'), '--summaries', join(dir, 'out.jsonl'));
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/\| summaries \|/);
    const json = await run('eval', '--dataset', join(dir, 'in.jsonl'), '--summaries', join(dir, 'out.jsonl'), '--format', 'json');
    const parsed = JSON.parse(json.stdout) as { dataset: string; systems: { system: string; means: Record<string, { mean: number }> }[] }[];
    expect(parsed[0]?.dataset).toBe('cnndm');
    expect(parsed[0]?.systems[0]?.means['rouge1.f1']?.mean).toBeGreaterThan(20);
    const bad = await run('eval', '--dataset', join(dir, 'in.jsonl'), '--summaries', join(dir, 'missing.jsonl'));
    expect(bad.code).toBe(3);
  });
});

describe('vecsum embed and models', () => {
  it('embed prints similarities to the document', async () => {
    const r = await run('embed', EXAMPLE, '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cos\(sentence, document\)/);
    const json = await run('embed', EXAMPLE, '--format', 'json', '--vector-function', 'sif', '--cache-dir', cacheDir);
    const parsed = JSON.parse(json.stdout) as { dimensions: number; sentences: { vector: number[] }[] };
    expect(parsed.dimensions).toBe(100);
    expect(parsed.sentences[0]?.vector).toHaveLength(100);
  });

  it('models list shows the pack; unknown commands exit 2', async () => {
    const r = await run('models', 'list', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/glove-6b-100d/);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('--help')).stdout).toMatch(/Exit codes/);
  });
});
