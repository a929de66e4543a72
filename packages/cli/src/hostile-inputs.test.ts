/**
 * The CLI's side of the input sweep (the reader's cases are in packages/reader/src/hostile-*.test.ts):
 * every hostile file, address or standard input gives the right summary (exit 0) or a coded
 * refusal on stderr with what to do (exit 3), never a crash, a hang or garbage on stdout.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { damagedPagePdf, passwordPdf, STORY, textPdf, utf32, zipOf } from '../../reader/src/test-support/hostile-files.js';
import { runCli } from './test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vecsum-hostile-'));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LONG = `${STORY} The first phase starts next spring beside the old mill. Critics said the city should first repair its water mains.`;

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const summarize = (input: string) => runCli('summarize', input, '--sentences', '2');
const plain = summarize(file('story.txt', LONG));

describe('vecsum summarize FILE with hostile files', () => {
  it.each([
    ['UTF-16 LE without a BOM', () => Buffer.from(LONG, 'utf16le')],
    ['UTF-32 BE with a BOM', () => utf32(`\ufeff${LONG}`, false)],
    ['zero-width spaces and a bidi override', () => LONG.replace(/ /g, ' \u200b').replace('Tuesday', '\u202eTuesday\u202c')],
    ['NBSP for every space', () => LONG.replace(/ /g, '\u00a0')],
  ])('%s gives the summary of the plain UTF-8 file', async (_name, make) => {
    const r = await summarize(file('odd.txt', make()));
    expect([r.code, r.stdout]).toEqual([0, (await plain).stdout]);
  });

  it('windows-1252 smart quotes come out as “ ” and € on stdout', async () => {
    const cp1252 = Buffer.concat([
      Buffer.from('The mayor said '),
      Buffer.from([0x93]),
      Buffer.from('we will pay 5'),
      Buffer.from([0x80]),
      Buffer.from(' a head'),
      Buffer.from([0x94]),
      Buffer.from(`. ${LONG}`),
    ]);
    const r = await runCli('summarize', file('cp1252.txt', cp1252), '--sentences', '6');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The mayor said “we will pay 5€ a head”.');
  });

  it.each([
    ['feed.xml', `<?xml version="1.0"?><rss version="2.0"><channel><item><description>${STORY}</description></item></channel></rss>`, /news feed \(RSS\)/],
    ['image.svg', `<svg xmlns="http://www.w3.org/2000/svg"><text>${STORY}</text></svg>`, /SVG image/],
    ['data.json', JSON.stringify({ text: STORY }), /JSON data.*--jsonl/],
    ['table.csv', 'name,age,city\nAlice,30,Paris\nBob,25,London\nAda,36,Rome\n', /a table/],
    ['archive.gz', gzipSync(STORY), /gzip archive.*; unpack it/],
    ['picture.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]), /PNG image/],
  ])('%s is refused: exit 3, UNSUPPORTED_INPUT, a sentence, nothing on stdout', async (name, bytes, what) => {
    const r = await summarize(file(name, bytes));
    expect([r.code, r.stdout]).toEqual([3, '']);
    expect(r.stderr).toMatch(new RegExp(`^vecsum: UNSUPPORTED_INPUT: .*${what.source}`));
    expect(r.stderr).toMatch(/; [a-z][^;]*\.\n$/); // one sentence, ending with what to do
  });

  it('an EPUB, a truncated PDF, a locked PDF, a 10,000-deep page, an empty and a blank file: exit 3 with their codes', async () => {
    const cases: [string, Uint8Array | string, RegExp][] = [
      [
        'book.epub',
        await zipOf({ mimetype: 'application/epub+zip', 'ch1.xhtml': `<p>${STORY}</p>` }),
        /^vecsum: UNSUPPORTED_INPUT: The input is an EPUB e-book/,
      ],
      ['cut.pdf', (await textPdf(STORY)).slice(0, 300), /^vecsum: INVALID_PDF: The PDF cannot be opened/],
      ['locked.pdf', await passwordPdf(STORY), /^vecsum: INVALID_PDF: .*without a password/],
      ['damaged.pdf', await damagedPagePdf(), /^vecsum: INVALID_PDF: A page of the PDF cannot be read/], // was exit 1, an internal error
      ['deep.html', `<html><body>${'<div>'.repeat(10_000)}${STORY}</body></html>`, /^vecsum: INVALID_HTML: .*10000 levels deep/],
      ['empty.txt', '', /^vecsum: EMPTY_DOCUMENT: /],
      ['blank.txt', ' \n\t\r\n \u00a0\u200b', /^vecsum: EMPTY_DOCUMENT: /],
    ];
    for (const [name, bytes, refusal] of cases) {
      const r = await summarize(file(name, bytes));
      expect([name, r.code, r.stdout]).toEqual([name, 3, '']);
      expect(r.stderr).toMatch(refusal);
    }
  }, 30_000);

  it('a 1 MB line with no punctuation is summarized (exit 0), not a crash', async () => {
    const words = ['river', 'fish', 'stone', 'road', 'plan', 'bird'];
    const r = await runCli('summarize', file('line.txt', Array.from({ length: 190_000 }, (_, i) => words[i % 6]).join(' ')), '--sentences', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^river fish stone/);
  }, 30_000);
});

describe('vecsum summarize ADDRESS', () => {
  it.each([
    ['file:///etc/passwd', 'INVALID_URL', /not file:; give an address starting with http/], // was looked up as a file name
    ['data:text/plain,hello', 'INVALID_URL', /not data:/],
    ['javascript:alert(1)', 'INVALID_URL', /not javascript:/],
    ['ftp://example.org/a.txt', 'INVALID_URL', /not ftp:/],
    ['http://user:secret@example.org/', 'INVALID_URL', /user name or password/],
    ['http://127.1/', 'URL_NOT_ALLOWED', /\(127\.0\.0\.1\)/],
    ['http://0x7f000001/', 'URL_NOT_ALLOWED', /\(127\.0\.0\.1\)/],
    ['http://[::ffff:127.0.0.1]/', 'URL_NOT_ALLOWED', /\(::ffff:7f00:1\)/],
    ['http://localhost./', 'URL_NOT_ALLOWED', /\(127\.0\.0\.1\)/],
  ])('%s: exit 3, %s', async (url, code, detail) => {
    const r = await summarize(url);
    expect([r.code, r.stdout]).toEqual([3, '']);
    expect(r.stderr).toMatch(new RegExp(`^vecsum: ${code}: .*${detail.source}`));
  });
});

/** The real command with bytes on its standard input. */
function withStdin(input: Uint8Array): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', 'summarize', '-', '--sentences', '2'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdin.end(input);
  const kill = setTimeout(() => child.kill('SIGKILL'), 50_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(kill);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('vecsum summarize - (standard input, the real command)', () => {
  it('0 bytes is EMPTY_DOCUMENT, a PNG is UNSUPPORTED_INPUT (exit 3); UTF-16 gives the file summary', async () => {
    const [empty, png, utf16] = await Promise.all([
      withStdin(new Uint8Array(0)),
      withStdin(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])),
      withStdin(Buffer.from(`\ufeff${LONG}`, 'utf16le')),
    ]);
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([3, '', expect.stringMatching(/^vecsum: EMPTY_DOCUMENT: .*give a document/)]);
    expect([png.code, png.stdout, png.stderr]).toEqual([3, '', expect.stringMatching(/^vecsum: UNSUPPORTED_INPUT: The input is a PNG image/)]);
    expect([utf16.code, utf16.stdout]).toEqual([0, (await plain).stdout]);
  }, 60_000);
});
