import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';
import { defaultCacheDir } from '@vecsum/embeddings';
import { CHINESE_ARTICLE as CHINESE } from '../../../reader/src/test-support/language-sample.js';

const cacheDir = defaultCacheDir();

describe('summarize: warnings in words on stderr', () => {
  it('Chinese text: each warning is a sentence naming --model, never a bare code; the summary is still printed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vecsum-zh-')), 'river.txt');
    writeFileSync(file, CHINESE);
    const r = await runCli('summarize', file, '--sentences', '2', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3); // language, no known words, no document vector
    for (const line of lines) {
      expect(line).toMatch(/^vecsum: warning: [A-Z][a-z].*--model DIR\.$/);
      expect(line).not.toMatch(/\b(NO_VECTORS|DOCUMENT_VECTOR_ZERO|LANGUAGE_NOT_COVERED)\b/);
    }
    expect(r.stderr).toContain('None of the words are known to the model, so the summary is the opening sentences.');
  });

  it('English text within the budget: says in words that the summary is the whole document', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vecsum-en-')), 'short.txt');
    writeFileSync(file, 'The river flooded the valley. The council voted to restore it.');
    const r = await runCli('summarize', file, '--sentences', '3', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'vecsum: warning: The whole document fits in the budget, so the summary is the whole ' +
        'document. Give a smaller budget (for example --sentences 2) to get a shorter summary.\n',
    );
  });
});
