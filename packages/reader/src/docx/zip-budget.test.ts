import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isReaderError } from '../errors.js';
import { readDocument } from '../read-document.js';
import { makeDocx } from '../test-support/make-docx.js';
import { checkUnpackedSize } from './zip-budget.js';

/** makeDocx's document with `n` spaces of padding in its one paragraph (deflated: a few KB). */
async function padded(n: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeDocx([{ text: 'The council met on Tuesday.' }]));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('The council', `${' '.repeat(n)}The council`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const codeOf = (f: () => void): string => {
  try {
    f();
    return 'read';
  } catch (e) {
    return isReaderError(e) ? e.code : String(e);
  }
};

describe('a Word file that unpacks to more than its budget (a zip bomb)', () => {
  it('is refused by the inflated size, measured (the headers may lie), before mammoth reads it', async () => {
    const bomb = await padded(4 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(codeOf(() => checkUnpackedSize(bomb, 2 * 1024 * 1024))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => checkUnpackedSize(bomb, 8 * 1024 * 1024))).toBe('read');
    // the central directory's uncompressed sizes set to 1 byte: still refused
    const liar = Buffer.from(bomb);
    for (let at = liar.indexOf('PK\u0001\u0002'); at >= 0; at = liar.indexOf('PK\u0001\u0002', at + 4)) liar.writeUInt32LE(1, at + 24);
    expect(codeOf(() => checkUnpackedSize(liar, 2 * 1024 * 1024))).toBe('INPUT_TOO_LARGE');
  });

  it('under the budget it reads as before; the message says what to do', async () => {
    expect((await readDocument(await padded(1000))).text).toBe('The council met on Tuesday.');
    expect(() => checkUnpackedSize(Buffer.from(new Uint8Array(0)), 1)).not.toThrow(); // not a zip: left to mammoth
    let message = '';
    try {
      checkUnpackedSize(await padded(4 * 1024 * 1024), 2 * 1024 * 1024);
    } catch (e) {
      message = e instanceof Error ? e.message : '';
    }
    expect(message).toMatch(/unpacks to more than 2 MiB .*; save the text as a new \.docx and give that\.$/);
  });
});
