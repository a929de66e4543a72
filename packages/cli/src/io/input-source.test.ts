import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../test-support/run-cli.js';
import { jsonlLines } from './jsonl-lines.js';
import { readBytesInput } from './read-input.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/river-restoration.txt', import.meta.url));
const ARTICLE = readFileSync(EXAMPLE);
const dir = mkdtempSync(join(tmpdir(), 'vecsum-input-source-'));

/** A named pipe in the test folder, or undefined where mkfifo is missing. */
function fifo(name: string): string | undefined {
  const path = join(dir, name);
  try {
    execFileSync('mkfifo', [path]);
    return path;
  } catch {
    return undefined;
  }
}

/** An endless standard input: zero bytes, as `vecsum summarize - < /dev/zero` gets. */
const endless = () =>
  new Readable({
    read() {
      this.push(Buffer.alloc(64 * 1024));
    },
  });

describe('inputs that never end or are not files are refused or bounded', () => {
  it.skipIf(!existsSync('/dev/zero'))('devices (/dev/zero, /dev/urandom) are refused at once with exit 3, folders too', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = await run('summarize', device, '--sentences', '1');
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^vecsum: INPUT_NOT_READABLE: cannot read \/dev\/\w+: it is a device .*pipe the data to standard input with -/);
      expect((await run('split', device)).code).toBe(3);
      expect((await run('summarize', '--jsonl', device)).code).toBe(3);
    }
    const folder = await run('summarize', dir);
    expect(folder.stderr).toMatch(/INPUT_NOT_READABLE: .*it is a folder; give a file in it/);
  });

  it.skipIf(!existsSync('/dev/null'))('/dev/null is the empty input, as an empty file is: EMPTY_DOCUMENT, exit 3', async () => {
    const r = await run('summarize', '/dev/null', '--sentences', '1');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/EMPTY_DOCUMENT/);
  });

  it('an endless standard input stops at the limit with INPUT_TOO_LARGE, without reading on', async () => {
    const stdin = endless();
    await expect(readBytesInput('-', { stdin, maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', exitCode: 3 });
    expect(stdin.isPaused()).toBe(true);
    const small = Readable.from([ARTICLE]);
    expect((await readBytesInput('-', { stdin: small })).equals(ARTICLE)).toBe(true);
  });

  it('a file over the limit is refused before it is read', async () => {
    await expect(readBytesInput(EXAMPLE, { maxBytes: 100 })).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
      message: expect.stringMatching(/river-restoration\.txt is larger than 0\.0 MiB.*give a smaller document, or split it/),
    });
  });

  const silent = fifo('silent');
  it.skipIf(silent === undefined)('a named pipe nobody writes to is given up after its wait, with a sentence saying what to do', async () => {
    await expect(readBytesInput(silent, { fifoWaitMs: 200 })).rejects.toMatchObject({
      code: 'INPUT_NOT_READABLE',
      message: expect.stringMatching(/nothing was written to this named pipe in 0 s; start the program that writes to it first/),
    });
    const lines = jsonlLines(silent!, { fifoWaitMs: 200 });
    await expect(lines.next()).rejects.toMatchObject({ code: 'INPUT_NOT_READABLE' });
  });

  const piped = fifo('piped');
  it.skipIf(piped === undefined)('a named pipe with a writer is read whole, as the file is', async () => {
    const exited = (sh: string) => {
      const child = spawn('sh', ['-c', sh], { stdio: 'ignore' });
      return new Promise((resolve) => child.once('exit', resolve));
    };
    const late = exited(`sleep 0.2; cat "${EXAMPLE}" > "${piped}"`);
    const bytes = await readBytesInput(piped, { fifoWaitMs: 10_000 });
    expect(bytes.equals(ARTICLE)).toBe(true);
    await late;
    const writer = exited(`cat "${EXAMPLE}" > "${piped}"`);
    const r = await run('summarize', piped!, '--sentences', '2');
    const fromFile = await run('summarize', EXAMPLE, '--sentences', '2');
    await writer;
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fromFile.stdout);
  });
});

describe('text with terminal codes', () => {
  it('a file with colour codes, a bell and a trailing NUL is summarized as the clean file, and prints no escape code', async () => {
    const dirty = join(dir, 'coloured.txt');
    const text = ARTICLE.toString('utf8');
    const first = text.indexOf('The plan');
    writeFileSync(dirty, `${text.slice(0, first)}\u001b[31m${text.slice(first).replace('Supporters', '\u0007Supporters')}\u001b[0m\u0000`);
    const r = await run('summarize', dirty, '--sentences', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
    expect(r.stdout).toBe((await run('summarize', EXAMPLE, '--sentences', '3')).stdout);
  });
});

describe('JSONL lines', () => {
  const collect = async (text: string | Buffer, maxLineChars?: number) => {
    const file = join(dir, `lines-${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(file, text);
    const out = [];
    for await (const l of jsonlLines(file, maxLineChars === undefined ? {} : { maxLineChars })) out.push(l);
    return out;
  };

  it('CRLF, lone CR and LF end lines, numbered as an editor numbers them; a BOM is dropped; the last line needs no newline', async () => {
    const lines = await collect('\uFEFF{"id":1}\r\n{"id":2}\r\r\n{"id":3}\n\uFEFF{"id":4}');
    expect(lines.map((l) => [l.lineNo, l.text])).toEqual([
      [1, '{"id":1}'],
      [2, '{"id":2}'],
      [3, ''],
      [4, '{"id":3}'],
      [5, '{"id":4}'],
    ]);
  });

  it('a line over the cap is reported as too long, its text not kept, and the next line is read', async () => {
    const lines = await collect(`${'x'.repeat(5000)}\n{"id":"after"}\n`, 1000);
    expect(lines).toEqual([
      { lineNo: 1, text: '', tooLong: true },
      { lineNo: 2, text: '{"id":"after"}', tooLong: false },
    ]);
  });

  it('a multi-byte character split across read chunks stays whole', async () => {
    const text = `{"text":"${'é'.repeat(70_000)}"}\n`;
    const [line] = await collect(Buffer.from(text, 'utf8'));
    expect(line?.text).toBe(text.trimEnd());
  });
});
