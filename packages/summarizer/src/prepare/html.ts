import { compile, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import { SummarizerError } from '../errors.js';

/** Elements nested deeper than this are left out by the converter; real pages stay far below it. */
const MAX_DEPTH = 200;
/** Deeper markup is refused outright (INVALID_HTML): parsing it takes quadratic time. */
const MAX_NESTING = 2000;

/**
 * HTML to the plain text the summarizer reads, with html-to-text (a parser, not regular
 * expressions): paragraphs, list items, table rows and line breaks become lines; headings
 * (h1-h6) become Markdown headings ("## Results"), which the sentence splitter marks as
 * headings, so they shape the document vector but are never extracted; links keep their text
 * and drop their address; scripts, styles, images, forms, navigation, asides and footers are
 * left out. When the page has an <article> (else a <main>), only its text is read: the story,
 * not the site around it. Entities are decoded. No line wrapping.
 *
 * Sentence offsets of a summary of the result refer to this text, not to the HTML.
 *
 * @throws SummarizerError INVALID_HTML when elements nest more than MAX_NESTING deep (no page
 *   does), refused before parsing.
 */
export function htmlToText(html: string): string {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) throw new SummarizerError('INVALID_HTML', `the HTML nests elements ${depth} deep; at most ${MAX_NESTING} levels are read`);
  for (const convert of [ARTICLE, MAIN]) {
    const text = convert(html);
    if (/\S/.test(text)) return tidy(text);
  }
  return tidy(BODY(html));
}

/**
 * Not counted as nesting: elements that never have a closing tag, and those whose closing tag
 * may be left out ("<p>one<p>two", "<li>"), which the parser closes itself.
 */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;

/**
 * Deepest nesting of elements, read from the tags alone: one pass from each "<" to its ">"
 * (linear; text without a ">" ends the scan), unclosed tags (but FLAT ones) counting as open.
 */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
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
      const flat = FLAT.has((m[2] as string).toLowerCase());
      if (m[1] === '/') depth = flat ? depth : Math.max(0, depth - 1);
      else if (html[end - 1] !== '/' && !flat) deepest = Math.max(deepest, ++depth);
    }
    at = html.indexOf('<', end + 1);
  }
  return deepest;
}

/** A heading as a Markdown heading of its level, on a block of its own. */
const markdownHeading =
  (level: number): FormatCallback =>
  (elem, walk, builder) => {
    builder.openBlock({ leadingLineBreaks: 2 });
    builder.addInline(`${'#'.repeat(level)} `);
    walk(elem.children, builder);
    builder.closeBlock({ trailingLineBreaks: 2 });
  };

const LEFT_OUT = ['script', 'style', 'noscript', 'template', 'img', 'svg', 'picture', 'video', 'audio', 'iframe', 'form', 'button', 'nav', 'aside', 'footer', 'figure > figcaption'];

function options(base: string[] | undefined): HtmlToTextOptions {
  return {
    wordwrap: false,
    limits: { maxDepth: MAX_DEPTH, ellipsis: '' },
    ...(base === undefined ? {} : { baseElements: { selectors: base, returnDomByDefault: false } }),
    formatters: Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`markdownHeading${n}`, markdownHeading(n)])),
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'ul', options: { itemPrefix: '- ' } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'inline' },
      { selector: 'th', format: 'inline' },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ selector: `h${n}`, format: `markdownHeading${n}` })),
      ...LEFT_OUT.map((selector) => ({ selector, format: 'skip' })),
    ],
  };
}

const ARTICLE = compile(options(['article']));
const MAIN = compile(options(['main']));
const BODY = compile(options(undefined));

/** Trailing spaces off every line, at most one blank line in a row, no blank lines around the text. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
