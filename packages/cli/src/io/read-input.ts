import { readFileSync } from 'node:fs';
import { htmlToText } from '@vecsum/summarizer';
import { CliError, EXIT } from '../errors.js';

/** Reads a file, or standard input for `-`. */
export function readTextInput(path: string | undefined): string {
  if (path === undefined) throw new CliError('MISSING_INPUT', 'give a file to read, or - for standard input');
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${path === '-' ? 'standard input' : path}: ${(cause as Error).message}`, EXIT.input, { cause });
  }
}

/** The help line of the `--html` flag, shared by the commands that read one document. */
export const HTML_FLAG_HELP = `  --html             read the input as HTML (automatic for .html and .htm files): the <article>
                     or <main> text if there is one, headings kept as headings (never
                     extracted), markup, scripts, navigation and footers left out
`;

/** A document to summarize, embed or analyze: the file's text, or its HTML read by htmlToText. */
export function readDocumentInput(path: string | undefined, html: boolean | undefined): string {
  const raw = readTextInput(path);
  return html === true || /\.html?$/i.test(path ?? '') ? htmlToText(raw) : raw;
}
