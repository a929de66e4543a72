import { existsSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, decodeText, fetchDocument, isReaderError, readDocument, type ReadResult } from '@vecsum/reader';
import { CliError, EXIT, messageOf } from '../errors.js';
import { closeInput, openInput, watchSilence, type InputSource, type OpenOptions } from './input-source.js';

/**
 * Reads a file, or standard input for `-`, as text in its encoding (UTF-8, UTF-16 with or
 * without a BOM, windows-1252: the reader's detection, so every command reads a file alike).
 * @throws CliError UNSUPPORTED_INPUT (exit 3) for binary bytes
 */
export async function readTextInput(path: string | undefined): Promise<string> {
  const bytes = await readBytesInput(path);
  try {
    return decodeText(bytes).text;
  } catch (e) {
    if (isReaderError(e)) throw new CliError(e.code, e.message, EXIT.input, { cause: e });
    throw e;
  }
}

export interface ReadBytesOptions extends OpenOptions {
  /** The most bytes read (default: the reader's limit, 20 MiB); more is INPUT_TOO_LARGE. */
  readonly maxBytes?: number;
}

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

const tooLarge = (name: string, maxBytes: number): CliError =>
  new CliError('INPUT_TOO_LARGE', `${name} is larger than ${mib(maxBytes)}, the most one document may be; give a smaller document, or split it`, EXIT.input);

/**
 * Reads a file, or standard input for `-`, as bytes: at most `maxBytes` (an endless or huge
 * input stops there), a named pipe given up after its wait.
 * @throws CliError MISSING_INPUT (exit 2), INPUT_NOT_READABLE or INPUT_TOO_LARGE (exit 3)
 */
export async function readBytesInput(path: string | undefined, options: ReadBytesOptions = {}): Promise<Buffer> {
  if (path === undefined) throw new CliError('MISSING_INPUT', 'give a file to read, or - for standard input');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const source = openInput(path, options);
  if (source.size !== undefined && source.size > maxBytes) {
    closeInput(source, options.stdin);
    throw tooLarge(source.name, maxBytes);
  }
  return collect(source, maxBytes, options);
}

function collect(source: InputSource, maxBytes: number, options: ReadBytesOptions): Promise<Buffer> {
  const { stream, name } = source;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (error: CliError | undefined) => {
      disarm();
      stream.off('data', onData).off('end', onEnd).off('error', onError);
      if (error === undefined) return resolve(Buffer.concat(chunks));
      closeInput(source, options.stdin);
      reject(error);
    };
    const onData = (chunk: Buffer | string) => {
      disarm();
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) return finish(tooLarge(name, maxBytes));
      chunks.push(bytes);
    };
    const onEnd = () => finish(undefined);
    const onError = (cause: Error) => finish(new CliError('INPUT_NOT_READABLE', `cannot read ${name}: ${messageOf(cause)}`, EXIT.input, { cause }));
    const disarm = watchSilence(source, finish);
    stream.on('data', onData).once('end', onEnd).once('error', onError);
    stream.resume();
  });
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

/**
 * An address, not a file name: "scheme://..." or a scheme that never names a file (data:,
 * javascript:, file:...), unless a file of that name exists. fetchDocument fetches http(s) and
 * refuses the rest (INVALID_URL); before, "file:///etc/passwd" was looked up as a file name.
 */
function isAddress(path: string | undefined): path is string {
  if (path === undefined || !(/^[a-z][a-z0-9+.-]+:\/\//i.test(path) || /^(?:data|javascript|mailto|file|about|blob):/i.test(path))) return false;
  return !existsSync(path);
}

/** Fetch limits of the CLI. */
const URL_LIMITS = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 };

/**
 * A document to summarize, embed or analyze, read by @vecsum/reader from a file, standard
 * input or a URL: its text (structure as Markdown, the title a "# " heading) and its doubtful
 * lines (`ReadResult.doubtful`). Warnings (a
 * language the model does not cover) go to stderr in words.
 * @throws CliError with the reader's code (UNSUPPORTED_INPUT, FETCH_FAILED...), exit 3
 */
export async function readDocumentInput(
  path: string | undefined,
  html: boolean | undefined,
  warn: (line: string) => void = (l) => process.stderr.write(l),
): Promise<DocumentInput> {
  let doc: ReadResult;
  try {
    doc = isAddress(path)
      ? await fetchDocument(path, { ...URL_LIMITS, allowPrivate: process.env['VECSUM_ALLOW_PRIVATE_URL'] === '1' })
      : await readDocument(await readBytesInput(path), {
          ...(path === undefined || path === '-' ? {} : { fileName: path }),
          ...(html === true ? { type: 'html' as const } : {}),
        });
  } catch (e) {
    if (isReaderError(e)) throw new CliError(e.code, e.message, EXIT.input, { cause: e });
    throw e;
  }
  for (const w of doc.warnings) warn(`vecsum: warning: ${w.message}\n`);
  return { text: doc.text, doubtful: doc.doubtful ?? [] };
}

/** A document as the reader read it: its text, and the lines a summary should not pick (a web page's likely furniture). */
export interface DocumentInput {
  readonly text: string;
  readonly doubtful: readonly string[];
}
