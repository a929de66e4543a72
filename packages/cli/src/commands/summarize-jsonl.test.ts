import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../test-support/run-cli.js';
import { defaultCacheDir } from '@vecsum/embeddings';

const cacheDir = defaultCacheDir();
const DAM = 'The dam broke at dawn. Water reached the town by noon. Nobody was hurt. The mayor thanked the rescue crews.';

function jsonlFile(lines: readonly string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vecsum-jsonl-')), 'in.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface OutLine {
  id: string | number | null;
  summary?: string;
  line?: number;
  error?: { code: string; message: string };
}

describe('vecsum summarize --jsonl: a bad record never stops the run', () => {
  it('writes an error line for each bad record, summarizes the rest in order, counts on stderr, exits 3', async () => {
    const file = jsonlFile([
      JSON.stringify({ id: 'a', text: DAM }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'empty', text: '   ' }),
      '',
      JSON.stringify({ id: 'multi', documents: ['Prices rose again in May.', 'Economists expect rates to climb. Shoppers cut back.'] }),
      JSON.stringify({ id: 'shape', body: 'no text here' }),
      JSON.stringify({ id: 7, text: DAM }),
    ]);
    const r = await run('summarize', '--jsonl', file, '--sentences', '1', '--cache-dir', cacheDir);
    expect(r.code).toBe(3);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutLine);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'empty', 'multi', 'shape', 7]);
    expect(out[0]?.summary?.split('\n')).toHaveLength(1);
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'BAD_RECORD' } });
    expect(out[2]).toMatchObject({ id: 'empty', line: 3, error: { code: 'EMPTY_DOCUMENT' } });
    expect(out[3]?.summary?.split('\n')).toHaveLength(1);
    expect(out[4]).toMatchObject({ id: 'shape', line: 6, error: { code: 'BAD_RECORD' } });
    expect(out[5]?.summary).toBe(out[0]?.summary);
    expect(r.stderr).toMatch(/6 records: 3 summarized, 3 failed/);
  });

  it('exits 0 with every record summarized when all are good', async () => {
    const r = await run('summarize', '--jsonl', jsonlFile([JSON.stringify({ id: 'a', text: DAM })]), '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 records: 1 summarized, 0 failed/);
  });

  it('a record\'s own "budget" overrides the flags for that record only; a bad one is that record\'s error', async () => {
    const file = jsonlFile([
      JSON.stringify({ id: 'flags', text: DAM }),
      JSON.stringify({ id: 'three', text: DAM, budget: { sentences: 3 } }),
      JSON.stringify({ id: 'words', text: DAM, budget: { words: 6 } }),
      JSON.stringify({ id: 'zero', text: DAM, budget: { sentences: 0 } }),
      JSON.stringify({ id: 'two-kinds', text: DAM, budget: { sentences: 2, words: 10 } }),
      JSON.stringify({ id: 'string', text: DAM, budget: { sentences: '2' } }),
    ]);
    const r = await run('summarize', '--jsonl', file, '--sentences', '1', '--cache-dir', cacheDir);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutLine);
    expect(out[0]?.summary?.split('\n')).toHaveLength(1);
    expect(out[1]?.summary?.split('\n')).toHaveLength(3);
    expect(out[2]?.summary?.split(/\s+/).length).toBeLessThanOrEqual(6);
    for (const bad of out.slice(3)) expect(bad.error?.code).toBe('INVALID_BUDGET');
    expect(r.code).toBe(3);
  });

  it('bad flags are a usage error before any record is read; --help documents --jsonl', async () => {
    const r = await run('summarize', '--jsonl', jsonlFile([JSON.stringify({ id: 'a', text: DAM })]), '--sentences', 'x');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const missing = await run('summarize', '--jsonl', '/nonexistent/records.jsonl');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/INPUT_NOT_READABLE/);
    for (const flag of [['--explain'], ['--format', 'json'], ['--html']]) {
      const ignored = await run('summarize', '--jsonl', jsonlFile([JSON.stringify({ id: 'a', text: DAM })]), ...flag);
      expect(ignored.code).toBe(2);
      expect(ignored.stderr).toBe(
        `vecsum: USAGE: ${flag[0]} does not apply to --jsonl, whose lines are {"id", "summary"}; drop it, or summarize one file at a time\n`,
      );
    }
    const help = await run('summarize', '--help');
    expect(help.stdout).toMatch(/--jsonl FILE/);
    expect(help.stdout).toMatch(/"budget"/);
    expect(help.stdout).toMatch(/exit 3 if any failed/);
  });
});

describe('vecsum summarize --jsonl: hostile files', () => {
  it('a BOM (also after cat joined two files), CRLF, a repeated id and a last line without newline: every record summarized', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vecsum-jsonl-')), 'in.jsonl');
    const a = JSON.stringify({ id: 'a', text: DAM });
    writeFileSync(file, `\uFEFF${a}\r\n\r\n\uFEFF${JSON.stringify({ id: 'b', text: DAM })}\r\n${a}`);
    const r = await run('summarize', '--jsonl', file, '--sentences', '1', '--cache-dir', cacheDir);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutLine);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'a']);
    expect(out.every((o) => o.summary === out[0]?.summary && o.summary !== undefined)).toBe(true);
    expect(r.stderr).toContain('vecsum: warning: line 4 repeats id "a" of line 1; each gets its own output line, in input order (give each record its own id)');
    expect(r.code).toBe(0);
  });

  it('a record too long to hold is an INPUT_TOO_LARGE line with its number, and the records after it are read', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vecsum-jsonl-')), 'in.jsonl');
    writeFileSync(file, `{"id":"huge","text":"${'word '.repeat(7_000_000)}"}\n${JSON.stringify({ id: 'after', text: DAM })}\n`);
    const r = await run('summarize', '--jsonl', file, '--sentences', '1', '--cache-dir', cacheDir);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutLine);
    expect(out[0]).toMatchObject({ id: null, line: 1, error: { code: 'INPUT_TOO_LARGE' } });
    expect(out[0]?.error?.message).toMatch(/split the record into smaller ones/);
    expect(out[1]).toMatchObject({ id: 'after' });
    expect(r.code).toBe(3);
  });
});
