/**
 * Files opened or dropped on the page. UTF-8 text (a .txt, .md or saved .html file) goes into the
 * text box, where it can be edited and summarized on this device too; anything else (PDF, Word,
 * other encodings, binary) is sent to the server as it is, and @vecsum/reader reads or refuses
 * it there (packages/api reads raw bodies by their Content-Type).
 */

/** A file the server reads: its bytes and the Content-Type they are sent with. */
export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Content-Types the API reads as such (packages/api/src/body.ts); any other is sent as application/octet-stream. */
const API_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown', 'text/html', 'application/xhtml+xml', 'application/pdf', DOCX]);

/** What the file input accepts (a hint for the picker; anything dropped is tried). */
export const ACCEPT = ['.pdf', '.docx', '.html', '.htm', '.md', '.markdown', '.txt', 'text/*', 'application/pdf', DOCX].join(',');

/** The Content-Type to send: the browser's, when the API reads it; otherwise octet-stream, detected from the content. */
export const contentTypeOf = (file: { type: string }): string => (API_TYPES.has(file.type) ? file.type : 'application/octet-stream');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text when it is UTF-8 without NUL bytes (and not a PDF); null when the server must read it. */
export function asText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  return text.startsWith('%PDF-') ? null : text;
}

/** "report.pdf, 12 KB" */
export function describeFile(file: UploadedFile): string {
  const kb = file.bytes.byteLength / 1024;
  return `${file.name}, ${kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`}`;
}
