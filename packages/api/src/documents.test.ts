import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { READER_ERROR_CODES, readDocument } from '@vecsum/reader';
import { summarize } from '@vecsum/summarizer';
import { WARNING_TEXT } from '@vecsum/summarizer/reasons';
import { STATUS_BY_CODE } from './errors.js';
import { ARTICLE, postJson, testApp } from './test-support/app.js';
import { CHINESE_ARTICLE as CHINESE } from '../../reader/src/test-support/language-sample.js';

const SENTENCES = ARTICLE.split(/(?<=\.)\s+/);
const BYLINE = 'By Jane Doe for the Daily News | Published: 09:12, 14 March 2015';
const SHARE = 'Share this article: Facebook Twitter Email';
const CAPTION = 'The river as it looked in 1950, before the concrete. Photo: City Archive';
const BANNER = 'We use cookies to improve your experience. Accept all cookies';
const PAGE = `<!doctype html><html><head><title>Council votes to free the river | Daily News</title></head><body>
<div class="cookie-banner">${BANNER}</div><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council votes to free the river</h1><p class="byline">${BYLINE}</p><div class="share-bar">${SHARE}</div>
<figure><img src="r.jpg"><figcaption>${CAPTION}</figcaption></figure>
${SENTENCES.map((s) => `<p>${s}</p>`).join('\n')}</article><footer>Copyright Daily News</footer></body></html>`;

const vectors = loadGloveVectors({ cacheDir: defaultCacheDir() });
const embedder = createWordVectorEmbedder(vectors, { function: 'arora' });

/** What the CLI does with a file: readDocument on its bytes, then summarize without the lines the reader doubts. */
async function cliSummary(input: Uint8Array | string, sentences: number): Promise<string> {
  const doc = await readDocument(input);
  return (await summarize(doc.text, embedder, { budget: { sentences }, doubtfulLines: doc.doubtful ?? [] })).text;
}

async function onePagePdf(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 18, font });
  let y = 740;
  for (const p of paragraphs) {
    // wrapped at the text's width, as every typesetter wraps
    let line = '';
    for (const word of p.split(' ')) {
      if (line !== '' && font.widthOfTextAtSize(`${line} ${word}`, 11) > 480) {
        page.drawText(line, { x: 50, y, size: 11, font });
        y -= 14;
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    page.drawText(line, { x: 50, y, size: 11, font });
    y -= 24;
  }
  return pdf.save();
}

const raw = (type: string, body: string | Uint8Array, query = '') =>
  [`/v1/summarize${query}`, { method: 'POST', headers: { 'content-type': type }, body }] as const;

interface SummaryBody {
  text: string;
  sentences?: { text: string; reason: string }[];
  warnings: { code: string; message: string }[];
}

describe('documents read on the worker with @vecsum/reader, as the CLI reads them', () => {
  it('a web page as text/html, application/octet-stream or JSON {format: "html"} gives the CLI summary; no byline, share, caption or banner text', async () => {
    const app = await testApp();
    const expected = await cliSummary(PAGE, 3);
    const answers: SummaryBody[] = [];
    for (const [path, init] of [
      raw('text/html; charset=utf-8', PAGE, '?sentences=3'),
      raw('application/octet-stream', new TextEncoder().encode(PAGE), '?sentences=3'),
      ['/v1/summarize', postJson({ text: PAGE, format: 'html', budget: { sentences: 3 } })] as const,
      ['/v1/summarize', postJson({ documents: [PAGE], format: 'auto', budget: { sentences: 3 } })] as const,
    ]) {
      const res = await app.request(path, init);
      expect(res.status, path).toBe(200);
      answers.push((await res.json()) as SummaryBody);
    }
    for (const a of answers) expect(a.text).toBe(expected);
    const candidates = answers[0]?.sentences?.map((s) => s.text).join('\n') ?? '';
    for (const furniture of [BYLINE, SHARE, CAPTION, BANNER, 'Copyright', 'Jane Doe', 'Facebook', 'cookies']) expect(candidates).not.toContain(furniture);
    expect(answers[0]?.sentences?.[0]).toMatchObject({ text: 'Council votes to free the river', reason: 'heading' });
    // a JSON string is text unless format says otherwise: the markup is then read as words
    const asText = (await (await app.request('/v1/summarize', postJson({ text: PAGE }))).json()) as SummaryBody;
    expect(asText.sentences?.map((s) => s.text).join(' ')).toContain('<');
  });

  it("a line the reader doubts (a notice that reads like the page's furniture) is never picked, as in the CLI", async () => {
    const note = 'A version of this story first appeared in our weekly river newsletter.';
    const page = PAGE.replace('</figure>', `</figure><p>${note}</p>`);
    const doc = await readDocument(page);
    expect(doc.doubtful).toEqual([note]);
    // without the reader's doubt the note would open the summary
    expect((await summarize(doc.text, embedder, { budget: { sentences: 3 } })).text.split('\n')[0]).toBe(note);
    const app = await testApp();
    for (const [path, init] of [
      raw('text/html', page, '?sentences=3'),
      ['/v1/summarize', postJson({ documents: [page], format: 'html', budget: { sentences: 3 } })] as const,
    ]) {
      const res = await app.request(path, init);
      expect(res.status, path).toBe(200);
      const body = (await res.json()) as SummaryBody;
      expect(body.text).toBe(await cliSummary(page, 3));
      expect(body.text).not.toContain('newsletter');
      expect(body.sentences?.find((x) => x.text === note)?.reason).toBe('doubtful');
    }
  });

  it('a PDF as application/pdf or application/octet-stream: sentences from its text, the same summary as the CLI', async () => {
    const app = await testApp();
    const pdf = await onePagePdf('River Restoration Plan', [SENTENCES.slice(0, 3).join(' '), SENTENCES.slice(3).join(' ')]);
    const expected = await cliSummary(pdf, 2);
    for (const type of ['application/pdf', 'application/octet-stream']) {
      const res = await app.request(...raw(type, pdf.slice(), '?sentences=2'));
      expect(res.status, type).toBe(200);
      const body = (await res.json()) as SummaryBody;
      expect(body.text).toBe(expected);
      for (const line of body.text.split('\n')) expect(SENTENCES).toContain(line);
    }
    const embed = await app.request('/v1/embed?level=sentence', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: pdf.slice() });
    expect(embed.status).toBe(200);
    const items = ((await embed.json()) as { items: { sentences: { text: string }[] }[] }).items;
    expect(items[0]?.sentences.map((s) => s.text)).toEqual(expect.arrayContaining(SENTENCES));
    const analyze = await app.request('/v1/analyze?sentences=2&top=3', { method: 'POST', headers: { 'content-type': 'text/html' }, body: PAGE });
    expect(analyze.status).toBe(200);
    expect(((await analyze.json()) as { sentences: unknown[] }).sentences).toHaveLength(2);
  });

  it('refuses what it cannot read with a coded problem and a sentence saying what to do', async () => {
    const app = await testApp();
    const program = new Uint8Array(readFileSync(process.execPath).subarray(0, 64 * 1024));
    const cases: [readonly [string, RequestInit], number, string][] = [
      [raw('application/octet-stream', program), 415, 'UNSUPPORTED_INPUT'],
      [raw('text/plain', program), 415, 'UNSUPPORTED_INPUT'],
      [raw('application/pdf', 'not a pdf at all'), 415, 'UNSUPPORTED_INPUT'],
      [raw('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'plain words'), 415, 'UNSUPPORTED_INPUT'],
      [raw('text/html', '<html><body><div></div></body></html>'), 422, 'EMPTY_DOCUMENT'],
      [raw('text/html', '<div>'.repeat(5000)), 422, 'INVALID_HTML'],
      [['/v1/summarize', postJson({ url: 'https://example.org/story' })], 403, 'URL_NOT_ALLOWED'],
      [['/v1/embed', postJson({ url: 'https://example.org/story' })], 403, 'URL_NOT_ALLOWED'],
      [['/v1/summarize', postJson({ text: ARTICLE, url: 'https://example.org/story' })], 422, 'INVALID_PARAMETERS'],
    ];
    for (const [[path, init], status, code] of cases) {
      const res = await app.request(path, init);
      const body = (await res.json()) as { code: string; detail: string; status: number };
      expect([res.status, body.code], `${path} ${code}`).toEqual([status, code]);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(body.detail).toMatch(/; [^;]*\b(give|send|use|ask|save|pass|check)\b[^;]*\.$/i);
    }
    const noUrl = (await (await app.request('/v1/summarize', postJson({ url: 'https://example.org/' }))).json()) as { detail: string };
    expect(noUrl.detail).toContain('--allow-url');
  });

  it('/openapi.json lists the document Content-Types, the formats and url on every POST route', async () => {
    const app = await testApp();
    type Op = {
      requestBody: { content: Record<string, { schema: { properties?: Record<string, { enum?: string[] }> } }> };
      responses: Record<string, unknown>;
    };
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, { post?: Op }> };
    for (const route of ['/v1/summarize', '/v1/embed', '/v1/analyze']) {
      const op = doc.paths[route]?.post as Op;
      expect(Object.keys(op.requestBody.content)).toEqual(
        expect.arrayContaining([
          'application/json',
          'text/html',
          'text/markdown',
          'application/pdf',
          'application/octet-stream',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ]),
      );
      const props = op.requestBody.content['application/json']?.schema.properties ?? {};
      expect(props['format']?.enum).toEqual(['text', 'markdown', 'html', 'auto']);
      expect(Object.keys(props)).toContain('url');
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['403', '415', '502', '504']));
    }
  });

  it('maps every reader code to its status in the one table', () => {
    const expected = {
      UNSUPPORTED_INPUT: 415,
      INVALID_HTML: 422,
      INVALID_PDF: 422,
      INVALID_DOCX: 422,
      EMPTY_DOCUMENT: 422,
      INVALID_URL: 422,
      INPUT_TOO_LARGE: 413,
      URL_NOT_ALLOWED: 403,
      FETCH_FAILED: 502,
      FETCH_TIMEOUT: 504,
    };
    expect(Object.fromEntries(READER_ERROR_CODES.map((c) => [c, STATUS_BY_CODE[c]]))).toEqual(expected);
  });
});

describe('warnings in words', () => {
  it('Chinese text: warnings name the way out (--model) with a sentence, never a bare code; JSON, text/plain and every route', async () => {
    const app = await testApp();
    const answers = [
      await app.request('/v1/summarize', postJson({ text: CHINESE, budget: { sentences: 2 } })),
      await app.request(...raw('text/plain; charset=utf-8', CHINESE, '?sentences=2')),
      await app.request('/v1/embed', postJson({ texts: [CHINESE] })),
      await app.request('/v1/analyze', postJson({ text: CHINESE, budget: { sentences: 2 } })),
    ];
    for (const [k, res] of answers.entries()) {
      expect(res.status).toBe(200);
      const { warnings } = (await res.json()) as { warnings: { code: string; message: string }[] };
      const codes = warnings.map((w) => w.code);
      expect(codes).toContain('LANGUAGE_NOT_COVERED');
      if (k < 2) expect(codes).toEqual(expect.arrayContaining(['NO_VECTORS', 'DOCUMENT_VECTOR_ZERO']));
      for (const w of warnings) {
        expect(w.message).toMatch(/--model/);
        expect(w.message).not.toBe(w.code);
        expect(w.message.split(' ').length).toBeGreaterThan(8);
      }
    }
    const english = (await (await app.request('/v1/summarize', postJson({ text: ARTICLE }))).json()) as SummaryBody;
    expect(english.warnings).toEqual([]);
  });

  it('every warning code the summarizer and the embedder raise has words', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const codes = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
          for (const m of readFileSync(path, 'utf8').matchAll(/warnings\.push\('([A-Z_]+)'\)/g)) codes.add(m[1]!);
      }
    };
    walk(join(root, 'summarizer/src'));
    walk(join(root, 'embeddings/src'));
    expect(codes.size).toBeGreaterThanOrEqual(7);
    for (const code of codes) expect(WARNING_TEXT[code], code).toMatch(/\. [A-Z].*\.$/);
  });
});
