import { ReaderError } from '../errors.js';
import { MAX_CHARACTER_REFERENCES, MAX_ELEMENTS, MAX_NESTING } from '../limits.js';

/**
 * Not counted as nesting: elements that never have a closing tag, and those whose closing tag
 * may be left out ("<p>one<p>two", "<li>"), which the parser closes itself.
 */
const FLAT = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;
/** Elements whose text is not markup: skipped to their closing tag, their text not counted. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** What follows "&" in a character reference ("&name", "&#8217", "&#x2019"); a bare "&" is plain text. */
const REFERENCE_START = /^[#a-zA-Z]$/;

/** What the reader measures of a page before parsing it (one linear pass over the tags). */
export interface MarkupMeasure {
  elements: number;
  /** Deepest nesting of elements that need a closing tag. */
  depth: number;
  /** Character references in the text ("&amp;", "&#160;"): linkedom makes a node of each. */
  references: number;
  /** The text's characters, each counted once for every element around it (raw text aside). */
  textWork: number;
}

/** Elements, deepest nesting, character references and text work, read from the tags alone in one linear pass. */
export function measureMarkup(html: string): MarkupMeasure {
  const m = { elements: 0, depth: 0, references: 0, textWork: 0, amp: html.indexOf('&') };
  let depth = 0;
  let textFrom = 0;
  for (let at = html.indexOf('<'); at >= 0; ) {
    const end = html.indexOf('>', at);
    if (end < 0) break;
    const next = html.indexOf('<', at + 1);
    if (next >= 0 && next < end) {
      at = next; // a "<" in text, not a tag
      continue;
    }
    countText(m, html, textFrom, at, depth);
    textFrom = end + 1;
    const tag = TAG_NAME.exec(html.slice(at, Math.min(end + 1, at + 64)));
    if (tag !== null) {
      const name = tag[2]!.toLowerCase();
      const flat = FLAT.has(name);
      if (tag[1] === '/') depth = flat ? depth : Math.max(0, depth - 1);
      else {
        m.elements++;
        const closes = html[end - 1] !== '/';
        if (closes && !flat) m.depth = Math.max(m.depth, ++depth);
        if (closes && RAW_TEXT.has(name)) textFrom = rawTextEnd(html, name, end + 1);
      }
    }
    at = html.indexOf('<', textFrom);
  }
  countText(m, html, textFrom, html.length, depth);
  return { elements: m.elements, depth: m.depth, references: m.references, textWork: m.textWork };
}

/**
 * Counts the text between `from` and `to`. `amp` is the next "&" at or after the last segment
 * (-1: none left), kept across segments so that each "&" is searched for once: linear in all.
 */
function countText(m: MarkupMeasure & { amp: number }, html: string, from: number, to: number, depth: number): void {
  if (to <= from) return;
  m.textWork += (to - from) * (depth + 1);
  if (m.amp >= 0 && m.amp < from) m.amp = html.indexOf('&', from);
  for (; m.amp >= 0 && m.amp < to; m.amp = html.indexOf('&', m.amp + 1)) if (REFERENCE_START.test(html[m.amp + 1] ?? '')) m.references++;
}

/** Where the text of a raw-text element ends: at its closing tag (linear: the search starts at its text). */
function rawTextEnd(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s>/]`, 'gi');
  close.lastIndex = from;
  const found = close.exec(html);
  return found === null ? html.length : found.index;
}

/**
 * Refuses, before any parsing, markup whose parse and article scoring would take seconds:
 * nesting deeper than MAX_NESTING, more than MAX_ELEMENTS elements or MAX_CHARACTER_REFERENCES
 * character references (linear time). Returns the measure (the article rules' work: `textWork`).
 * @throws ReaderError INVALID_HTML
 */
export function guardMarkup(html: string): MarkupMeasure {
  const measure = measureMarkup(html);
  const { elements, depth, references } = measure;
  if (depth > MAX_NESTING) {
    throw new ReaderError(
      'INVALID_HTML',
      `The HTML nests elements ${depth} levels deep and at most ${MAX_NESTING} are read; save the page again from a browser or pass its text as a .txt file.`,
    );
  }
  if (elements > MAX_ELEMENTS) {
    throw new ReaderError(
      'INVALID_HTML',
      `The HTML has ${elements} elements and at most ${MAX_ELEMENTS} are read; save only the article (for example with the` +
        ` browser's reader view) or pass its text as a .txt file.`,
    );
  }
  if (references > MAX_CHARACTER_REFERENCES) {
    throw new ReaderError(
      'INVALID_HTML',
      `The HTML has ${references} character references (such as &amp;) and at most ${MAX_CHARACTER_REFERENCES} are read; ` +
        `save the page's text as a .txt file (for example with the browser's "Save as text") and read that.`,
    );
  }
  return measure;
}
