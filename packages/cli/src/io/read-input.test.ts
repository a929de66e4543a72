import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';
import { defaultCacheDir } from '@vecsum/embeddings';

const cacheDir = defaultCacheDir();
const EXAMPLE = fileURLToPath(new URL('../../../../examples/river-restoration.txt', import.meta.url));
const story = readFileSync(EXAMPLE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const BYLINE = 'By Jane Doe for the Daily News | Published: 09:12, 14 March 2015';
const SHARE = 'Share this article: Facebook Twitter Email';
const page = `<!doctype html><html><head><title>${story[0]} | Daily News</title></head><body><nav><a>Home</a> <a>Weather</a></nav>
<article><h1>${story[0]}</h1><p>${BYLINE}</p><div class="share">${SHARE}</div>${story
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article>
<footer>Copyright Daily News</footer></body></html>`;

/** A one-page PDF written by hand (one text line per paragraph line), offsets computed. */
function tinyPdf(lines: readonly string[]): Buffer {
  const stream = `BT /F1 11 Tf 14 TL 50 780 Td ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f` +
    ` \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R` +
    ` >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Runs the CLI with process.stderr (where reader warnings go) captured too. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let warned = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    warned += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const r = await runCli(...argv);
    return { ...r, stderr: warned + r.stderr };
  } finally {
    process.stderr.write = write;
  }
}

describe('vecsum reads the inputs people have (through @vecsum/reader)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vecsum-reader-cli-'));

  it('reads a saved web page by its content, whatever its name: the article, no byline or share bar', async () => {
    const file = join(dir, 'saved-page.txt');
    writeFileSync(file, page);
    const r = await run('summarize', file, '--ratio', '0.5', '--format', 'json', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { text: string; sentences: { text: string; reason: string }[] };
    expect(s.sentences[0]).toMatchObject({ text: story[0], reason: 'heading' });
    expect(s.sentences.map((x) => x.text).join('\n')).not.toMatch(/Jane Doe|Share this|Facebook|Home|Copyright/);
    expect(r.stderr).toBe('');
  });

  it("never picks a line the reader doubts (a notice that reads like the page's furniture)", async () => {
    const note = 'A version of this story first appeared in our weekly river newsletter.';
    const file = join(dir, 'noted-page.html');
    writeFileSync(file, page.replace('</div>', `</div><p>${note}</p>`));
    const r = await run('summarize', file, '--sentences', '2', '--format', 'json', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { text: string; sentences: { text: string; reason: string; explanation: string }[] };
    expect(s.text).not.toContain('newsletter');
    expect(s.sentences.find((x) => x.text === note)).toMatchObject({ reason: 'doubtful', explanation: expect.stringMatching(/furniture/) });
    expect(story[1]!.startsWith(s.text.split('\n')[0]!)).toBe(true); // the lead is the story's own first sentence
  });

  it('reads a PDF by its magic bytes', async () => {
    const file = join(dir, 'report.bin');
    writeFileSync(
      file,
      tinyPdf(['The trust planted four thousand trees along the river last winter.', 'Water quality improved at six of the eight sampling places.']),
    );
    const r = await run('summarize', file, '--sentences', '1', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^(The trust planted four thousand trees along the river last winter\.|Water quality improved at six of the eight sampling places\.)\n$/,
    );
  });

  it.skipIf(!existsSync('/bin/ls'))('refuses /bin/ls with exit 3, UNSUPPORTED_INPUT and a sentence saying what to give', async () => {
    const r = await run('summarize', '/bin/ls', '--cache-dir', cacheDir);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^vecsum: UNSUPPORTED_INPUT: The input is an executable program, not a document; give an HTML, PDF, Word/);
  });

  it('says in words on stderr when the text is not English, and still summarizes', async () => {
    const file = join(dir, 'brief.txt');
    writeFileSync(
      file,
      'Der Stadtrat eröffnet die neue Brücke im nächsten Monat, zwei Jahre zu spät. Fehlender ' +
        'Stahl hat die Kosten erhöht. Radfahrer sagen, das Warten habe sich gelohnt.',
    );
    const r = await run('summarize', file, '--sentences', '1', '--cache-dir', cacheDir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'vecsum: warning: The text looks like German; the embedded model covers English only — use a ' +
        'multilingual transformers.js model folder with --model DIR.',
    );
  });

  describe('URLs (local server on loopback)', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    });

    it('refuses a loopback URL unless VECSUM_ALLOW_PRIVATE_URL=1, then summarizes the page like the file', async () => {
      const refused = await run('summarize', url, '--cache-dir', cacheDir);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/^vecsum: URL_NOT_ALLOWED: .*127\.0\.0\.1/);
      process.env['VECSUM_ALLOW_PRIVATE_URL'] = '1';
      try {
        const fetched = await run('summarize', url, '--ratio', '0.5', '--cache-dir', cacheDir);
        const file = join(dir, 'story.html');
        writeFileSync(file, page);
        const local = await run('summarize', file, '--ratio', '0.5', '--cache-dir', cacheDir);
        expect(fetched.code).toBe(0);
        expect(fetched.stdout).toBe(local.stdout);
        expect(fetched.stdout).not.toMatch(/Jane Doe|Share this/);
      } finally {
        delete process.env['VECSUM_ALLOW_PRIVATE_URL'];
      }
    });
  });
});
