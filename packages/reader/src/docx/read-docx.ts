import mammoth from 'mammoth';
import { messageOf, ReaderError } from '../errors.js';
import { parseDocument } from '../html/parse-linkedom.js';
import { toMarkdown } from '../html/to-markdown.js';

/**
 * A Word (.docx) document's text with mammoth: its HTML (headings by paragraph style, lists,
 * tables) read like a web page's article, headings as Markdown headings; the first heading,
 * when the document opens with one, is the title.
 * @throws ReaderError INVALID_DOCX when mammoth cannot open it
 */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string; title?: string }> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (cause) {
    throw new ReaderError('INVALID_DOCX', `The Word document cannot be opened (${messageOf(cause)}); save it again as .docx from Word or LibreOffice.`, {
      cause,
    });
  }
  const body = parseDocument(`<html><body>${html}</body></html>`).body;
  const text = body === null ? '' : toMarkdown(body);
  const title = /^#{1,2} (.+)/.exec(text)?.[1];
  return { text, ...(title === undefined ? {} : { title }) };
}
