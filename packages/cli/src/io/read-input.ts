import { readFileSync } from 'node:fs';
import { fetchDocument, isReaderError, readDocument, type ReadResult } from '@vecsum/reader';
import { CliError, EXIT, messageOf } from '../errors.js';

/** Reads a file, or standard input for `-`, as text (UTF-8). */
export function readTextInput(path: string | undefined): string {
  return readBytesInput(path).toString('utf8');
}

/** Reads a file, or standard input for `-`, as bytes. */
function readBytesInput(path: string | undefined): Buffer {
  if (path === undefined) throw new CliError('MISSING_INPUT', 'give a file to read, or - for standard input');
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${path === '-' ? 'standard input' : path}: ${messageOf(cause)}`, EXIT.input, { cause });
  }
}

/** The help lines of the input, shared by the commands that read one document. */
export const HTML_FLAG_HELP = `  FILE               HTML, PDF, Word (.docx), Markdown or text, recognised by its content;
                     web pages are read as their article (title as a heading; bylines,
                     share bars, captions, menus and banners left out)
  URL                an http(s) address: fetched (20 s, 20 MiB at most) and read the same way;
                     private and loopback addresses are refused unless
                     VECSUM_ALLOW_PRIVATE_URL=1
  --html             read the input as HTML whatever its content
`;

/** Fetch limits of the CLI. */
const URL_LIMITS = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 };

/**
 * A document to summarize, embed or analyze, read by @vecsum/reader from a file, standard
 * input or a URL: its text (structure as Markdown, the title a "# " heading). Warnings (a
 * language the model does not cover) go to stderr in words.
 * @throws CliError with the reader's code (UNSUPPORTED_INPUT, FETCH_FAILED...), exit 3
 */
export async function readDocumentInput(
  path: string | undefined,
  html: boolean | undefined,
  warn: (line: string) => void = (l) => process.stderr.write(l),
): Promise<string> {
  let doc: ReadResult;
  try {
    doc = /^https?:\/\//i.test(path ?? '')
      ? await fetchDocument(path!, { ...URL_LIMITS, allowPrivate: process.env['VECSUM_ALLOW_PRIVATE_URL'] === '1' })
      : await readDocument(readBytesInput(path), {
          ...(path === undefined || path === '-' ? {} : { fileName: path }),
          ...(html === true ? { type: 'html' as const } : {}),
        });
  } catch (e) {
    if (isReaderError(e)) throw new CliError(e.code, e.message, EXIT.input, { cause: e });
    throw e;
  }
  for (const w of doc.warnings) warn(`vecsum: warning: ${w.message}\n`);
  return doc.text;
}
