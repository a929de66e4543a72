import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvalError, isEvalError } from '../errors.js';
import { HAS_SHARED_DATA, sharedDataFile } from '../test-support/shared-data.js';
import { parseJsonlDataset, readJsonlDataset } from './read-jsonl.js';

const record = (overrides: Record<string, unknown> = {}): string =>
  JSON.stringify({ id: 'x-1', source: 'Test', documents: ['Doc one.'], references: ['Ref one.'], ...overrides });

const errorOf = (run: () => unknown): EvalError => {
  try {
    run();
  } catch (e) {
    if (isEvalError(e)) return e;
    throw e;
  }
  throw new Error('expected an EvalError');
};

describe('parseJsonlDataset', () => {
  it('parses one record per line and skips blank lines', () => {
    const text = `${record()}\n\n${record({ id: 'x-2', documents: ['a', 'b'], references: ['r1', 'r2'] })}\n`;
    const records = parseJsonlDataset(text);
    expect(records.map((r) => r.id)).toEqual(['x-1', 'x-2']);
    expect(records[1]?.documents).toEqual(['a', 'b']);
  });

  it('names the line of invalid JSON', () => {
    const e = errorOf(() => parseJsonlDataset(`${record()}\n{"id": "x-2",\n`, 'data.jsonl'));
    expect(e.code).toBe('BAD_DATASET');
    expect(e.line).toBe(2);
    expect(e.message).toContain('data.jsonl:2');
    expect(e.cause).toBeInstanceOf(SyntaxError);
  });

  it.each([
    ['a missing key', record({ references: undefined })],
    ['an extra key', record({ summary: 'x' })],
    ['an empty id', record({ id: ' ' })],
    ['a non-string source', record({ source: 3 })],
    ['no documents', record({ documents: [] })],
    ['a non-string document', record({ documents: ['ok', 1] })],
    ['only blank documents', record({ documents: ['  '] })],
    ['no references', record({ references: [] })],
    ['a blank reference', record({ references: ['ok', ''] })],
    ['an array instead of an object', '["x-1"]'],
  ])('rejects %s, naming the line', (_what, bad) => {
    const e = errorOf(() => parseJsonlDataset(`${record({ id: 'ok-1' })}\n${bad}\n`));
    expect(e.code).toBe('BAD_DATASET');
    expect(e.line).toBe(2);
  });

  it('rejects a duplicate id', () => {
    const e = errorOf(() => parseJsonlDataset(`${record()}\n${record()}\n`));
    expect(e.code).toBe('BAD_DATASET');
    expect(e.line).toBe(2);
  });

  it('rejects a file without records', () => {
    expect(errorOf(() => parseJsonlDataset('\n \n')).code).toBe('EMPTY_INPUT');
  });
});

describe('readJsonlDataset', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vecsum-eval-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads and validates a file', async () => {
    const path = join(dir, 'ok.jsonl');
    await writeFile(path, `${record()}\n`);
    expect(await readJsonlDataset(path)).toEqual([{ id: 'x-1', source: 'Test', documents: ['Doc one.'], references: ['Ref one.'] }]);
  });

  it('reports the path and line of a malformed record', async () => {
    const path = join(dir, 'bad.jsonl');
    await writeFile(path, `${record()}\n${record({ id: 'x-2', references: 'not an array' })}\n`);
    await expect(readJsonlDataset(path)).rejects.toMatchObject({ code: 'BAD_DATASET', line: 2 });
    await expect(readJsonlDataset(path)).rejects.toThrow(`${path}:2`);
  });

  it('wraps a missing file as READ_FAILED', async () => {
    await expect(readJsonlDataset(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'READ_FAILED' });
  });

  it.skipIf(!HAS_SHARED_DATA)('reads every shared dev file with the documented item counts', async () => {
    const counts: Record<string, number> = {
      'duc2004-dev.jsonl': 13,
      'cnndm-dev.jsonl': 67,
      'summeval-dev.jsonl': 27,
      'xsum-dev.jsonl': 73,
      'opinosis-dev.jsonl': 13,
      'bbc-dev.jsonl': 583,
    };
    for (const [file, count] of Object.entries(counts)) {
      const records = await readJsonlDataset(sharedDataFile(file));
      expect(records, file).toHaveLength(count);
    }
  });
});
