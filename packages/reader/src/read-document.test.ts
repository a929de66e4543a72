import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';
import { TEST_PAGES } from './test-support/pages.js';

const page = TEST_PAGES[0]!;

describe('readDocument', () => {
  it('reads HTML by its markup, from a string or from bytes, whatever the file name', async () => {
    const fromString = await readDocument(page.html);
    const fromBytes = await readDocument(Buffer.from(page.html), { fileName: 'saved.txt' });
    expect(fromString).toMatchObject({ format: 'html', title: page.title, language: 'en', warnings: [] });
    expect(fromBytes).toEqual(fromString);
    expect(fromString.text.startsWith(`# ${page.title}\n\n${page.body[0]}`)).toBe(true);
  });

  it('reads Markdown and plain text as they are, line endings normalised', async () => {
    const md = await readDocument('# Notes\r\n\r\nThe meeting moved to Thursday because the hall was booked on Wednesday.\r\n', { fileName: 'notes.md' });
    expect(md).toMatchObject({
      format: 'markdown',
      title: 'Notes',
      text: '# Notes\n\nThe meeting moved to Thursday because the hall was booked on Wednesday.\n',
    });
    const txt = await readDocument(Buffer.from('The meeting moved to Thursday because the hall was booked on Wednesday.'));
    expect(txt).toMatchObject({ format: 'text', language: 'en', warnings: [] });
    expect(txt.title).toBeUndefined();
  });

  it('a string (a JSON field) loses its escape codes and stray controls as bytes do', async () => {
    const doc = await readDocument('The meeting moved to \u001b[1mThursday\u001b[0m because the hall\u0008 was booked on Wednesday.\u0000');
    expect(doc.text).toBe('The meeting moved to Thursday because the hall was booked on Wednesday.');
  });

  it('reads windows-1252 bytes (a Latin-1 file) into the right characters', async () => {
    const bytes = Buffer.from('Caf\xe9 prices rose by a tenth in the town centre, the survey found.', 'latin1');
    expect((await readDocument(bytes)).text).toBe('Café prices rose by a tenth in the town centre, the survey found.');
  });

  it('warns in words when the language is not English', async () => {
    const de = await readDocument(
      'Der Stadtrat eröffnet die neue Brücke im nächsten Monat, zwei Jahre zu spät. Radfahrer sagen, das Warten habe sich gelohnt.',
    );
    expect(de.language).toBe('de');
    expect(de.warnings).toEqual([{ code: 'LANGUAGE_NOT_COVERED', message: expect.stringMatching(/^The text looks like German; .* --model DIR\.$/) }]);
    const zh = await readDocument('市议会将在下个月开放新桥，比原计划晚了两年。钢材短缺和坡道的重新设计推高了成本。');
    expect(zh.warnings[0]?.message).toMatch(/looks like Chinese/);
  });

  it('refuses what it cannot read with a coded error whose message says what to do', async () => {
    await expect(readDocument(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]))).rejects.toMatchObject({ code: 'UNSUPPORTED_INPUT' });
    await expect(readDocument('x'.repeat(2000), { maxBytes: 1000 })).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
      message: expect.stringMatching(/; give a smaller document/),
    });
    await expect(readDocument('Plain words only.', { type: 'pdf' })).rejects.toMatchObject({ code: 'UNSUPPORTED_INPUT' });
    await expect(readDocument('<html><body><nav><a href="/">Home</a></nav></body></html>')).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
  });
});
