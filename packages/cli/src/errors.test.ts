import { defaultCacheDir, EMBEDDING_ERROR_CODES, EmbeddingError } from '@vecsum/embeddings';
import { EVAL_ERROR_CODES, EvalError } from '@vecsum/eval';
import { SUMMARIZER_ERROR_CODES, SummarizerError } from '@vecsum/summarizer';
import { AnalysisError } from '@vecsum/analysis';
import { BatchError } from '@vecsum/batch';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError, EXIT, EXIT_BY_KIND, KIND_BY_ERROR, type ErrorKind } from './errors.js';
import { runCli as run } from './test-support/run-cli.js';

const cacheDir = defaultCacheDir();

describe('every error code of every package maps to a kind and an exit code', () => {
  // @vecsum/analysis and @vecsum/batch export no code list: their tables are checked by type
  // (Record<AnalysisErrorCode | BatchErrorCode, ErrorKind>), and each entry here by behaviour.
  /** One error class: its table, its codes, and one error of each (the codes typed as its constructor's). */
  const errorCase = <C extends string>(name: string, table: Readonly<Record<C, ErrorKind>>, codes: readonly C[], make: (code: C) => Error) => ({
    name,
    table: new Map<string, ErrorKind>(Object.entries(table)),
    codes,
    errors: () => codes.map((code) => ({ code, error: make(code) })),
  });
  /** The keys of a table typed by its code union (Object.keys says string). */
  const codesOf = <C extends string>(table: Readonly<Record<C, unknown>>): C[] => Object.keys(table).filter((k): k is C => k in table);
  const cases = [
    errorCase('EmbeddingError', KIND_BY_ERROR.EmbeddingError, EMBEDDING_ERROR_CODES, (c) => new EmbeddingError(c, 'm')),
    errorCase('SummarizerError', KIND_BY_ERROR.SummarizerError, SUMMARIZER_ERROR_CODES, (c) => new SummarizerError(c, 'm')),
    errorCase('EvalError', KIND_BY_ERROR.EvalError, EVAL_ERROR_CODES, (c) => new EvalError(c, 'm')),
    errorCase('AnalysisError', KIND_BY_ERROR.AnalysisError, codesOf(KIND_BY_ERROR.AnalysisError), (c) => new AnalysisError(c, 'm')),
    errorCase('BatchError', KIND_BY_ERROR.BatchError, codesOf(KIND_BY_ERROR.BatchError), (c) => new BatchError(c, 'm')),
  ];
  for (const { name, table, codes, errors } of cases) {
    it(`${name}: each of ${codes.length} codes keeps its code and gets its kind's exit code, no stack`, () => {
      expect([...table.keys()].sort()).toEqual([...codes].sort());
      for (const { code, error } of errors()) {
        const d = describeError(error, {});
        expect(d.code).toBe(code);
        expect(d.exitCode).toBe(EXIT_BY_KIND[table.get(code)!]);
        expect(d.exitCode).not.toBe(EXIT.internal);
        expect(d.message).not.toMatch(/\n\s+at /);
      }
    });
  }

  it('an unknown error is INTERNAL (exit 1), with the stack only under VECSUM_DEBUG', () => {
    const plain = describeError(new TypeError('boom'), {});
    expect(plain).toMatchObject({ code: 'INTERNAL', exitCode: 1 });
    expect(plain.message).toMatch(/^boom .*VECSUM_DEBUG=1/);
    expect(describeError(new TypeError('boom'), { VECSUM_DEBUG: '1' }).message).toMatch(/\n\s+at /);
  });

  it('INPUT_TOO_LARGE names the flags that raise the limits, and --max-chars works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-cli-'));
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'The dam broke at dawn. Water reached the town by noon. Nobody was hurt.');
    const r = await run('summarize', file, '--max-chars', '20', '--cache-dir', cacheDir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/INPUT_TOO_LARGE: .*--max-chars N/);
    expect((await run('summarize', file, '--max-chars', '200', '--cache-dir', cacheDir)).code).toBe(0);
  });

  it('vecsum sae on a tiny file is a coded input error, not INTERNAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-cli-'));
    const file = join(dir, 'tiny.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'x', documents: ['Short one.'], references: ['Short one.'] })}\n`);
    const r = await run('sae', file, '--cache-dir', cacheDir);
    expect(r.stderr).not.toMatch(/INTERNAL|\n\s+at /);
    expect(r.stderr).toMatch(/^vecsum: [A-Z_]+: /);
    expect([EXIT.usage, EXIT.input]).toContain(r.code);
  });
});

describe('unknown flags and commands', () => {
  it('suggests the nearest flag and exits 2', async () => {
    const r = await run('summarize', 'x.txt', '--sentnces', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --sentnces; did you mean --sentences\?/);
    expect((await run('embed', 'x.txt', '--vector-fuction', 'sif')).stderr).toMatch(/did you mean --vector-function\?/);
    const far = await run('summarize', 'x.txt', '--zzzzzzzz');
    expect(far.code).toBe(2);
    expect(far.stderr).not.toMatch(/did you mean/);
    expect((await run('sumarize')).stderr).toMatch(/did you mean summarize\?/);
  });
});
