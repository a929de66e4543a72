import { ReaderError } from '../errors.js';

/** Deepest element nesting read; browsers' own parsers flatten beyond 512, real pages stay under 100. */
export const MAX_NESTING = 256;
/** Most elements read; heavy real pages have 5,000-15,000. Beyond this, parsing and scoring take seconds. */
export const MAX_ELEMENTS = 40_000;

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

/** Elements and deepest nesting, read from the tags alone in one linear pass. */
export function measureMarkup(html: string): { elements: number; depth: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (let at = html.indexOf('<'); at >= 0; ) {
    const end = html.indexOf('>', at);
    if (end < 0) break;
    const next = html.indexOf('<', at + 1);
    if (next >= 0 && next < end) {
      at = next; // a "<" in text, not a tag
      continue;
    }
    const m = TAG_NAME.exec(html.slice(at, Math.min(end + 1, at + 64)));
    if (m !== null) {
      const flat = FLAT.has(m[2]!.toLowerCase());
      if (m[1] === '/') depth = flat ? depth : Math.max(0, depth - 1);
      else {
        elements++;
        if (html[end - 1] !== '/' && !flat) deepest = Math.max(deepest, ++depth);
      }
    }
    at = html.indexOf('<', end + 1);
  }
  return { elements, depth: deepest };
}

/**
 * Refuses, before any parsing, markup whose parse and article scoring would take seconds:
 * nesting deeper than MAX_NESTING or more than MAX_ELEMENTS elements (linear time).
 * @throws ReaderError INVALID_HTML
 */
export function guardMarkup(html: string): void {
  const { elements, depth } = measureMarkup(html);
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
}
