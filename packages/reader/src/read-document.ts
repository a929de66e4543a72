import { dropControlCharacters, normaliseInvisibles } from './detect/controls.js';
import { refuseDataText } from './detect/data-formats.js';
import { decodeText } from './detect/encoding.js';
import { formatFromName, looksLikeHtml, looksLikeMarkdown, sniffBinaryFormat } from './detect/format.js';
import { detectLanguage, languageWarnings } from './detect/language.js';
import { ReaderError } from './errors.js';
import { parseDocument } from './html/parse-linkedom.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { emptyDocument, readHtmlWith, readPlain, type TextRead } from './read-text.js';
import type { DocumentFormat, ReadOptions, ReadResult } from './types.js';

export { DEFAULT_MAX_BYTES } from './limits.js';

/**
 * Reads a document people have (a web page, a PDF, a Word file, Markdown or plain text) into the
 * text the summarizer reads, with its title, format, language and warnings.
 *
 * The format comes from the content first: PDF and DOCX by their magic bytes, HTML by its
 * markup; then `type`, then the file name or URL. Without a `type`, data (XML feeds, SVG,
 * JSON, CSV) is refused. Bytes are decoded as UTF-8, UTF-16/32 (BOM or zero-byte pattern), a
 * declared charset (`charset`, `<meta charset>`), a legacy encoding chardet recognises, or
 * windows-1252 (`detect/encoding.ts`). Structure survives as Markdown: "# Title" first, "## "
 * section headings, "- " list items, blank lines between paragraphs. Invisible format
 * characters (zero-width, bidi controls, soft hyphens) are dropped and Unicode spaces made plain.
 *
 * @throws ReaderError UNSUPPORTED_INPUT (binary or unknown), INPUT_TOO_LARGE, INVALID_HTML,
 *   INVALID_PDF, INVALID_DOCX, EMPTY_DOCUMENT (a page, PDF or Word file with no text)
 */
export async function readDocument(input: Uint8Array | string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > maxBytes) {
    throw new ReaderError(
      'INPUT_TOO_LARGE',
      `The input is ${sizeText(size)} and at most ${sizeText(maxBytes)} is read; give a smaller document or raise the limit.`,
    );
  }
  const binary = typeof input === 'string' ? undefined : sniffBinaryFormat(input);
  if (binary !== undefined && typeof input !== 'string') return withLanguage(await readBinary(binary, input));
  if (options.type === 'pdf' || options.type === 'docx') {
    throw new ReaderError(
      'UNSUPPORTED_INPUT',
      `The input is not a ${options.type === 'pdf' ? 'PDF' : 'Word (.docx)'} file (its first bytes say otherwise); give the file itself, unchanged.`,
    );
  }
  const text = typeof input === 'string' ? dropControlCharacters(input.replace(/^\uFEFF/, '')) : decodeText(input, options.charset).text;
  const format = textFormat(text, options);
  return withLanguage(format === 'html' ? readHtmlWith(text, parseDocument) : readPlain(text, format));
}

/** The format of a text: the caller's type, a Markdown name, HTML markup, the name, Markdown marks, else text. */
function textFormat(text: string, options: ReadOptions): DocumentFormat {
  if (options.type !== undefined) return options.type;
  const named = formatFromName(options.fileName) ?? formatFromName(urlPath(options.url));
  if (named === 'markdown') return named; // Markdown may open with inline HTML (<div align=center>)
  refuseDataText(text);
  if (looksLikeHtml(text)) return 'html';
  if (named !== undefined) return named;
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

async function readBinary(format: 'pdf' | 'docx', bytes: Uint8Array): Promise<TextRead> {
  const read = format === 'pdf' ? (await import('./pdf/read-pdf.js')).readPdf : (await import('./docx/read-docx.js')).readDocx;
  const raw = await read(bytes);
  const { doubtful, ...rest } = raw as typeof raw & { doubtful?: string[] };
  const lines = (doubtful ?? []).map(normaliseInvisibles).filter((l) => l.trim() !== '');
  const doc = { ...rest, text: normaliseInvisibles(raw.text), ...(lines.length === 0 ? {} : { doubtful: lines }) };
  if (!/\p{L}/u.test(doc.text)) throw emptyDocument(format === 'pdf' ? 'PDF (it may be scanned images without a text layer)' : 'Word document');
  return { ...doc, format };
}

async function withLanguage(doc: TextRead): Promise<ReadResult> {
  const language = await detectLanguage(doc.text);
  return { ...doc, ...(language === undefined ? {} : { language }), warnings: [...(doc.warnings ?? []), ...languageWarnings(language)] };
}

/** A size in words a reader can compare: "3.2 MiB", "12.5 KiB", "900 bytes". */
function sizeText(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`;
}

function urlPath(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
