import { ReaderError } from '../errors.js';
import { prologue } from './prologue.js';

/**
 * Texts that are data, not documents: XML (feeds, SVG images, other XML), JSON and CSV/TSV
 * tables, recognised from their content when the caller gives no type. Read as text, their
 * markup or cells became the summary's "sentences" ({"title":"x","body":...).
 */

/** The root element of a text that opens as markup (an XML declaration, comments, a doctype, then a tag), lower case. */
export function markupRoot(text: string): string | undefined {
  const start = prologue(text);
  if (start === undefined || start.tagAt < 0) return undefined;
  return /^<([A-Za-z][\w.:-]*)/.exec(text.slice(start.tagAt, start.tagAt + 200))?.[1]?.toLowerCase();
}

const refuse = (what: string, todo: string): ReaderError => new ReaderError('UNSUPPORTED_INPUT', `The input is ${what}, not a document; ${todo}.`);

/**
 * Refuses a text that is data (see the module comment); XHTML and HTML are documents.
 * @throws ReaderError UNSUPPORTED_INPUT naming what the input is and what to give instead
 */
export function refuseDataText(text: string): void {
  const root = markupRoot(text);
  if (root !== undefined && /^\ufeff?\s*<\?xml/i.test(text.slice(0, 1024))) refuseXml(root);
  else if ((root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root === 'svg') && wholeElement(text, root)) refuseXml(root);
  if (isJson(text))
    throw refuse('JSON data', 'give the text it holds as plain text or Markdown (vecsum summarize --jsonl reads JSON records with a "text" field)');
  // a text that opens as markup is a page, whatever its lines' commas (one <p>a, b, c</p> a line)
  if (root === undefined && isTable(text))
    throw refuse('a table (CSV or TSV rows)', 'give a document written in sentences, or the column of text you want summarized');
}

/** True when the text ends by closing `root`: the whole text is that element (an inline <svg> icon before a page's text is not). */
const wholeElement = (text: string, root: string): boolean => text.slice(-200).trimEnd().toLowerCase().endsWith(`</${root}>`);

function refuseXml(root: string): void {
  if (root === 'html') return;
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf')
    throw refuse(`a news feed (${root === 'feed' ? 'Atom' : 'RSS'})`, 'give the address or the saved page of one of its articles');
  if (root === 'svg') throw refuse('an SVG image', 'give an HTML, PDF, Word (.docx), Markdown or plain-text file');
  throw refuse(`XML data (<${root}>)`, 'give an HTML, PDF, Word (.docx), Markdown or plain-text file');
}

/** A whole JSON value (an object or array), or JSON Lines (each of the first lines an object or array). */
function isJson(text: string): boolean {
  const t = text.trim();
  if (!/^[[{]/.test(t) || !/[\]}]$/.test(t)) return false;
  if (parses(t)) return true;
  const lines = t.split('\n', 6).slice(0, 5);
  return lines.length >= 2 && lines.every((l) => /^\s*[[{]/.test(l) && parses(l));
}

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/**
 * CSV or TSV: four or more lines with the same number of delimiters (two or more commas or
 * semicolons, one or more tabs; quoted cells skipped), few of them ending as sentences do. A
 * poem with a comma a line, or prose paragraphs, is not a table.
 */
function isTable(text: string): boolean {
  const lines = text
    .slice(0, 8192)
    .split(/\r\n?|\n/)
    .slice(0, 21)
    .filter((l) => l.trim() !== '');
  if (text.length > 8192) lines.pop(); // the last line may be cut
  if (lines.length < 4) return false; // three lines of a song can share their commas
  if (lines.filter((l) => /[.!?]["')\]]?\s*$/.test(l)).length > lines.length / 5) return false;
  const cells = lines.map((l) => l.replace(/"(?:[^"]|"")*"/g, '""'));
  return ([',', ';', '\t'] as const).some((d) => {
    const counts = cells.map((l) => l.split(d).length - 1);
    const k = counts[0] ?? 0;
    return k >= (d === '\t' ? 1 : 2) && counts.filter((c) => c === k).length >= 0.9 * counts.length;
  });
}
