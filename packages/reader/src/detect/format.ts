import { ReaderError } from '../errors.js';
import type { DocumentFormat } from '../types.js';
import { prologue } from './prologue.js';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** Binary formats recognised by their first bytes, named in the refusal. */
const KNOWN_BINARY: ReadonlyArray<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', ascii('GIF8')],
  ['an executable program', [0x7f, 0x45, 0x4c, 0x46]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a bzip2 archive', ascii('BZh')],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', ascii('Rar!')],
  ['a zstd archive', [0x28, 0xb5, 0x2f, 0xfd]],
  ['an old Word or Excel file (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a Mach-O executable', [0xcf, 0xfa, 0xed, 0xfe]],
  ['a Windows executable', ascii('MZ')],
  ['an RTF file', ascii('{\\rtf')],
];

const PDF_HEADER = /%PDF-\d\.\d/;
/** A byte no text file has (controls other than tab, line breaks and form feed). */
const BINARY_BYTE = /[\x00-\x08\x0e-\x1f]/;

/**
 * The binary format of the bytes, from their content: PDF ("%PDF-1.x" in the first KiB, after
 * nothing or after binary bytes, so a text that mentions the header is still text), DOCX (a
 * zip archive holding word/document.xml); undefined for anything else (text, or unknown).
 * @throws ReaderError UNSUPPORTED_INPUT for other known binary formats (images, programs,
 *   archives, zip files that are not Word documents)
 */
export function sniffBinaryFormat(bytes: Uint8Array): 'pdf' | 'docx' | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const header = head.search(PDF_HEADER);
  if (header >= 0) {
    const before = head.slice(0, header);
    if (before.trim() === '' || BINARY_BYTE.test(before)) return 'pdf';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // zip entry names are stored in clear in each local header and the central directory
    const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (zip.includes('word/document.xml', 0, 'latin1')) return 'docx';
    throw zipRefusal(zip);
  }
  for (const [name, magic] of KNOWN_BINARY) {
    if (!startsWith(bytes, magic)) continue;
    const todo = name.endsWith('archive') ? 'unpack it and give one of its documents' : 'give an HTML, PDF, Word (.docx), Markdown or plain-text file';
    throw new ReaderError('UNSUPPORTED_INPUT', `The input is ${name}, not a document; ${todo}.`);
  }
  return undefined;
}

/** Zip files that are documents of another kind, by the part names or mimetype they hold in clear. */
const ZIP_KINDS: ReadonlyArray<[string, string, string]> = [
  ['application/epub+zip', 'an EPUB e-book', 'convert it to HTML, PDF or .docx (Calibre does), or give one chapter'],
  ['application/vnd.oasis.opendocument', 'an OpenDocument file (.odt, .ods, .odp)', 'save it as .docx or PDF and give that'],
  ['ppt/presentation.xml', 'a PowerPoint presentation (.pptx)', 'save it as PDF and give that'],
  ['xl/workbook.xml', 'an Excel workbook (.xlsx)', 'give a document written in sentences'],
];

function zipRefusal(zip: Buffer): ReaderError {
  for (const [mark, name, todo] of ZIP_KINDS)
    if (zip.includes(mark, 0, 'latin1')) return new ReaderError('UNSUPPORTED_INPUT', `The input is ${name}, not a document that is read; ${todo}.`);
  return new ReaderError('UNSUPPORTED_INPUT', 'The input is a zip archive but not a Word document (.docx); unpack it and give one of its documents.');
}

/** The first elements that make a text HTML (after its prologue: `prologue.ts`). */
const HTML_TAG = /<(?:html|head|body|meta|title|article|main|div|section|p|h[1-6]|table|ul|ol|span|a|header|nav|link|script|style)[\s>/]/iy;
/** Paired block tags anywhere in the first 4 KiB: an HTML fragment that opens with text. */
const HTML_TAGS = /<\/(?:p|div|li|h[1-6]|td|article|section|span|a)>/gi;

/** HTML from the markup itself: it opens with a tag, or holds several closing block tags. */
export function looksLikeHtml(text: string): boolean {
  const start = prologue(text);
  if (start?.doctypeHtml === true) return true;
  if (start !== undefined && start.tagAt >= 0) {
    HTML_TAG.lastIndex = start.tagAt;
    if (HTML_TAG.test(text)) return true;
  }
  return (text.slice(0, 4096).match(HTML_TAGS)?.length ?? 0) >= 3;
}

/** Markdown from its marks: ATX headings, or several list/link/emphasis lines. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 8192);
  return /^#{1,6} \S/m.test(head) || (head.match(/^(?:[-*+] |\d+\. |> )|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/gm)?.length ?? 0) >= 3;
}

/** A format from a file name or URL path's extension, the hint used after the content. */
export function formatFromName(name: string | undefined): DocumentFormat | undefined {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name ?? '')?.[1]?.toLowerCase();
  if (ext === undefined) return undefined;
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  return undefined;
}

/** A format from an HTTP Content-Type. */
export function formatFromContentType(type: string | undefined): DocumentFormat | undefined {
  const t = (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/pdf') return 'pdf';
  if (t === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (t === 'text/markdown') return 'markdown';
  if (t === 'text/plain') return 'text';
  return undefined;
}
