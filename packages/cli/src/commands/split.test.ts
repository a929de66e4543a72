import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vecsum-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const ARTICLE =
  'River Plan Approved\n\nThe council met at 6 P.M. Mr. Smith, who chairs it, said the\nplan ' +
  'would cost $4.5m. "It is time," he said.\n\n1.) Dredge the river 2.) Rebuild the weir\n';

describe('vecsum split', () => {
  it('reads a file in its encoding as summarize does (UTF-16 without BOM, windows-1252) and refuses binary bytes', async () => {
    const text = 'The café opened in May. Its naïve owner was happy.';
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.from(text, 'utf16le'));
    const cp1252 = join(dir, 'cp1252.txt');
    writeFileSync(cp1252, Buffer.from(text, 'latin1'));
    for (const path of [utf16, cp1252]) {
      const { code, stdout } = await runCli('split', path);
      expect(code).toBe(0);
      expect(stdout).toBe('The café opened in May.\nIts naïve owner was happy.\n');
    }
    const binary = await runCli('split', file('bin.dat', 'The river\u0000 flows.\u0000\u0001'));
    expect(binary.code).toBe(3);
    expect(binary.stderr).toMatch(/^vecsum: UNSUPPORTED_INPUT: /);
  });

  it('prints one sentence a line as in the source: markers kept, line breaks as spaces', async () => {
    const { code, stdout } = await runCli('split', file('a.txt', ARTICLE));
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      'River Plan Approved',
      'The council met at 6 P.M.',
      'Mr. Smith, who chairs it, said the plan would cost $4.5m.',
      '"It is time," he said.',
      '1.) Dredge the river',
      '2.) Rebuild the weir',
    ]);
  });

  it('--format json gives text, offsets into the input and the heading flag', async () => {
    const { code, stdout } = await runCli('split', file('b.txt', ARTICLE), '--format', 'json');
    expect(code).toBe(0);
    const sentences = JSON.parse(stdout) as { text: string; start: number; end: number; heading: boolean }[];
    expect(sentences).toHaveLength(6);
    for (const s of sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.heading)).toEqual([true, false, false, false, false, false]);
    expect(sentences[2]?.text).toContain('the\nplan');
  });

  it('--jsonl splits every record in one run; a bad line gives an error line with its number and exit 3', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'She lives in the U.S. Millions attended.' }),
      '{not json',
      '',
      JSON.stringify({ id: 7, text: 42 }),
      JSON.stringify({ id: 'b', text: 'Albert I. Jones won. "Leave me alone!" he yelled.' }),
    ].join('\n');
    const { code, stdout } = await runCli('split', '--jsonl', file('in.jsonl', input));
    expect(code).toBe(3);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 'a', sentences: ['She lives in the U.S.', 'Millions attended.'] },
      { id: null, line: 2, error: expect.stringContaining('not JSON') },
      { id: 7, line: 4, error: '"text" must be a string' },
      { id: 'b', sentences: ['Albert I. Jones won.', '"Leave me alone!" he yelled.'] },
    ]);
  });

  it('--jsonl with only good lines exits 0; --format json gives objects there too', async () => {
    const { code, stdout } = await runCli('split', '--jsonl', file('ok.jsonl', `${JSON.stringify({ id: 1, text: 'One. Two.' })}\n`), '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      id: 1,
      sentences: [
        { text: 'One.', start: 0, end: 4, heading: false },
        { text: 'Two.', start: 5, end: 9, heading: false },
      ],
    });
  });

  it('--help, usage errors and unreadable input', async () => {
    expect((await runCli('split', '--help')).stdout).toContain('--jsonl IN');
    expect((await runCli('split', file('c.txt', 'x'), '--format', 'xml')).code).toBe(2);
    expect((await runCli('split')).code).toBe(2);
    const missing = await runCli('split', '--jsonl', join(dir, 'nope.jsonl'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('INPUT_NOT_READABLE');
  });
});
