/**
 * Formats told by their content, not their name, and odd HTML (see hostile-inputs.test.ts):
 * each case reads the right text or is refused with a code and a sentence that says what to do.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeDocx } from './test-support/make-docx.js';
import { damagedPagePdf, passwordPdf, STORY, textPdf, utf8, zipOf } from './test-support/hostile-files.js';
import { outcome, refused } from './test-support/hostile-outcome.js';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('formats by content, not by name', () => {
  it('HTML saved as .txt is read as a page; text saved as .html is read as its text; a PDF named .docx is read as a PDF', async () => {
    expect(await outcome(utf8(page(`<article><h1>River plan</h1><p>${STORY}</p></article>`)), { fileName: 'saved.txt' })).toEqual({
      text: `# River plan\n\n${STORY}`,
      format: 'html',
    });
    expect(await outcome(utf8(STORY), { fileName: 'story.html' })).toEqual({ text: STORY, format: 'html' });
    expect(await outcome(await textPdf(STORY), { fileName: 'report.docx' })).toMatchObject({
      format: 'pdf',
      text: expect.stringContaining('Biologists expect fish'),
    });
  }, 20_000);

  it('XHTML with an XML declaration is read as a page (it was read as raw markup)', async () => {
    const xhtml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n' +
      `<html xmlns="http://www.w3.org/1999/xhtml"><body><p>${STORY}</p></body></html>`;
    expect(await outcome(utf8(xhtml))).toEqual({ text: STORY, format: 'html' });
  });

  it.each([
    [
      'an RSS feed',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><description>${STORY}</description></item></channel></rss>`,
      /news feed \(RSS\).*; give the address or the saved page of one of its articles/,
    ],
    [
      'an Atom feed',
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>${STORY}</summary></entry></feed>`,
      /news feed \(Atom\)/,
    ],
    ['an SVG image', `<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="5">${STORY}</text></svg>`, /an SVG image.*; give an HTML, PDF/],
    ['other XML', `<?xml version="1.0"?><!-- export --><catalog><book>${STORY}</book></catalog>`, /XML data \(<catalog>\)/],
    ['JSON', JSON.stringify({ title: 'River', body: STORY, tags: ['a', 'b'] }), /JSON data.*--jsonl/],
    ['JSON Lines', `{"id":1,"text":"${STORY}"}\n{"id":2,"text":"${STORY}"}\n`, /JSON data/],
    [
      'a CSV table',
      'name,age,city\nAlice,30,Paris\nBob,25,London\n"Smith, Jo",41,Rome\n',
      /a table \(CSV or TSV rows\).*; give a document written in sentences/,
    ],
    ['a TSV table', 'id\tword\tcount\n1\triver\t12\n2\tfish\t7\n3\tbird\t2\n', /a table/],
  ])('%s (read as text before: markup or cells as sentences) is refused as data', async (_name, text, todo) => {
    await refused(utf8(text), 'UNSUPPORTED_INPUT', todo);
    await refused(text, 'UNSUPPORTED_INPUT', todo); // a string (a pasted text) alike
  });

  it('data is read as text when the caller says it is text, and prose with commas is not a table', async () => {
    const json = JSON.stringify({ body: STORY });
    expect(await outcome(json, { type: 'text' })).toEqual({ text: json, format: 'text' });
    const poem = 'Roses are red, violets blue,\nSugar is sweet, and so are you\nThe sky is grey, the grass is green\n';
    expect(await outcome(utf8(poem))).toEqual({ text: poem, format: 'text' });
    // an HTML fragment that opens with an inline icon is a page, not an SVG image
    const fragment = `<svg width="16"><path d="M0 0h16"/></svg><h2>River plan</h2><p>${STORY}</p><p>${STORY}</p><div>More</div>`;
    expect(await outcome(utf8(fragment))).toMatchObject({ format: 'html', text: expect.stringContaining(STORY) });
    // a page with one paragraph a line, each with the same commas, is a page (it was refused as a CSV table)
    const rows = Array.from({ length: 8 }, (_, i) => `<p>Row ${i}, the river, the fish, and the stone</p>`).join('\n');
    expect(await outcome(utf8(page(rows)))).toMatchObject({ format: 'html', text: expect.stringContaining('Row 7, the river') });
    const song = 'Oh, baby, baby\nNo, no, no\nYes, yes, yes\n';
    expect(await outcome(utf8(song))).toEqual({ text: song, format: 'text' });
    const prose = `${STORY}\nOn Monday, after the vote, the mayor, who had opposed it, said she would sign.\n${STORY}\n`;
    expect(await outcome(utf8(prose))).toEqual({ text: prose, format: 'text' });
  });

  it.each([
    ['an RTF file', async () => utf8('{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Hello world.\\par}'), /an RTF file.*; give an HTML/],
    ['an EPUB e-book', () => zipOf({ mimetype: 'application/epub+zip', 'OEBPS/ch1.xhtml': page(`<p>${STORY}</p>`) }), /an EPUB e-book.*; convert it/],
    ['an OpenDocument text', () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), /OpenDocument.*; save it as \.docx/],
    ['a PowerPoint file', () => zipOf({ 'ppt/presentation.xml': '<x/>' }), /PowerPoint.*; save it as PDF/],
    ['a generic zip', () => zipOf({ 'notes.txt': STORY }), /zip archive but not a Word document.*; unpack it/],
    ['a gzip file', async () => gzipSync(STORY), /gzip archive.*; unpack it/],
    ['a PNG image', async () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]), /PNG image/],
    ['a JPEG image', async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200)]), /JPEG image/],
  ])('%s is refused by its bytes, naming what it is', async (_name, make, todo) => {
    await refused(await make(), 'UNSUPPORTED_INPUT', todo);
  });

  it('a truncated PDF, a PDF with a password, a PDF without text, and a Word file without paragraphs are refused with their codes', async () => {
    await refused((await textPdf(STORY)).slice(0, 400), 'INVALID_PDF', /cannot be opened.*; save it again/);
    await refused(await passwordPdf(STORY), 'INVALID_PDF', /cannot be opened \(No password given\); save it again .* without a password/);
    await refused(await textPdf(''), 'EMPTY_DOCUMENT', /scanned images without a text layer.*; give a document with text/);
    await refused(await makeDocx([]), 'EMPTY_DOCUMENT', /Word document has no text to read; give a document/);
    await refused(Buffer.from('%PDF-1.7\n'), 'INVALID_PDF', /cannot be opened/);
    // a page stream that does not inflate: PDF.js's UnknownErrorException escaped (CLI exit 1, API 500)
    await refused(await damagedPagePdf(), 'INVALID_PDF', /A page of the PDF cannot be read \(Unknown block type in flate stream\); save it again/);
  }, 30_000);

  it('an empty file and a whitespace-only file read as empty text (the CLI and API refuse them as EMPTY_DOCUMENT / EMPTY_INPUT)', async () => {
    expect(await outcome(new Uint8Array(0))).toEqual({ text: '', format: 'text' });
    expect(await outcome(utf8(' \n\t\r\n \u00a0'))).toEqual({ text: ' \n\t\n  ', format: 'text' });
  });

  it('a 1 MB line without punctuation is read whole, without blocking for long', async () => {
    const words = ['river', 'fish', 'stone', 'road', 'plan', 'bird'];
    const line = Array.from({ length: 190_000 }, (_, i) => words[i % 6]).join(' ');
    expect(line.length).toBeGreaterThan(1_000_000);
    const got = await outcome(utf8(line));
    expect(got).toEqual({ text: line, format: 'text' });
  }, 20_000);

  it('a text over the size limit names both sizes in units a reader can compare (it said "0.0 MiB and at most 0.0 MiB")', async () => {
    await refused(utf8(page(`<p>${STORY}</p>`.repeat(100))), 'INPUT_TOO_LARGE', /^The input is 21\.\d KiB and at most 9\.8 KiB is read; give a smaller/, {
      maxBytes: 10_000,
    });
  });
});

describe('odd HTML', () => {
  it('10,000 nested elements are refused at once (no stack overflow), as INVALID_HTML with what to do', async () => {
    const t0 = performance.now();
    await refused(utf8(page(`${'<div>'.repeat(10_000)}${STORY}${'</div>'.repeat(10_000)}`)), 'INVALID_HTML', /10000 levels deep.*; save the page again/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a page of comments only, however many, is scanned in linear time (a backtracking pattern froze on 25)', async () => {
    const t0 = performance.now();
    expect(await outcome(`${'<!-- a -->'.repeat(50_000)}x`)).toMatchObject({ format: 'text' });
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a page with only <script>/<style>, or only <noscript>, is EMPTY_DOCUMENT; a frameset says its text is in its frames', async () => {
    await refused(
      utf8(page('<script>var t = "This is text in a script that is long enough to read.";</script>', '<style>p{}</style>')),
      'EMPTY_DOCUMENT',
      /web page has no text/,
    );
    await refused(utf8(page(`<noscript><p>${STORY}</p></noscript>`)), 'EMPTY_DOCUMENT', /web page has no text/);
    const frames = '<!doctype html><html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>';
    await refused(utf8(frames), 'EMPTY_DOCUMENT', /shows other pages in frames; give the address or the saved copy of the framed page/);
  });

  it('unclosed tags and a hostile <base href> still give the article text', async () => {
    expect(await outcome(utf8(`<html><body><p>${STORY}<p>${STORY}<div><b>bold`))).toMatchObject({
      format: 'html',
      text: expect.stringContaining(`${STORY}\n\n${STORY}`),
    });
    expect(await outcome(utf8(page(`<article><p>${STORY}</p><a href="x">x</a></article>`, '<base href="javascript:alert(1)">')))).toMatchObject({
      format: 'html',
      text: expect.stringContaining(STORY),
    });
  });
});
