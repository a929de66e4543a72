import mammoth from 'mammoth';
import { messageOf, ReaderError } from '../errors.js';
import { parseDocument } from '../html/parse-linkedom.js';
import { toMarkdown } from '../html/to-markdown.js';
import { checkUnpackedSize, UNPACKED_ALLOWANCE } from './zip-budget.js';

/** Images give no text: mammoth's default reads each one into a base64 data URI. */
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * A Word (.docx) document's text with mammoth: its HTML (headings by paragraph style, lists,
 * tables) read like a web page's article, headings as Markdown headings; the first heading,
 * when the document opens with one, is the title.
 * Its parts may unpack to at most twice its size plus 100 MiB (`zip-budget.ts`); images are not
 * read, and files it links to outside itself never are.
 * @throws ReaderError INVALID_DOCX when mammoth cannot open it, INPUT_TOO_LARGE (a zip bomb)
 */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string; title?: string }> {
  checkUnpackedSize(bytes, UNPACKED_ALLOWANCE + 2 * bytes.byteLength);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: NO_IMAGES, externalFileAccess: false })).value;
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
