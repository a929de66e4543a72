import { plain } from './page-kit.js';

/** Held-out batch 587: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** One block of an article: a heading, a paragraph, a list item (ul / ol), a quote or a table row (cells split on ` | `). */
export type Block = readonly ['h2' | 'h3' | 'p' | 'li' | 'ol' | 'q' | 'tr', string];

/** Attributes the templates put on the article's elements. */
export interface Attrs {
  p?: string;
  h2?: string;
  h3?: string;
  ul?: string;
  li?: string;
  table?: string;
}

const at = (a: string | undefined): string => (a === undefined || a === '' ? '' : ` ${a}`);

const one = (b: Block, a: Attrs): string => {
  const [t, s] = b;
  if (t === 'h2' || t === 'h3') return `<${t}${at(a[t])}>${s}</${t}>`;
  if (t === 'p') return `<p${at(a.p)}>${s}</p>`;
  if (t === 'q') return `<blockquote><p>${s}</p></blockquote>`;
  if (t === 'tr')
    return `<tr>${s
      .split(' | ')
      .map((c) => `<td>${c}</td>`)
      .join('')}</tr>`;
  return `<li${at(a.li)}>${s}</li>`;
};

const wrap = (t: Block[0], a: Attrs): [string, string] =>
  t === 'li'
    ? [`<ul${at(a.ul)}>`, '</ul>']
    : t === 'ol'
      ? [`<ol${at(a.ul)}>`, '</ol>']
      : t === 'tr'
        ? [`<table${at(a.table)}><tbody>`, '</tbody></table>']
        : ['', ''];

/** The HTML of the blocks, runs of list items wrapped in `<ul>` / `<ol>` and runs of rows in a table; `head` is a table's header row. */
export function blocks(bs: readonly Block[], a: Attrs = {}, head = ''): string {
  const out: string[] = [];
  bs.forEach((b, i) => {
    const prev = bs[i - 1]?.[0];
    const next = bs[i + 1]?.[0];
    const [open, close] = wrap(b[0], a);
    let s = one(b, a);
    if (prev !== b[0]) s = open + (b[0] === 'tr' && head !== '' ? head : '') + s;
    if (next !== b[0]) s += close;
    out.push(s);
  });
  return out.join('\n');
}

/** A table header row (its cells are in no list). */
export const thead = (...cells: string[]): string => `<tr>${cells.map((c) => `<th>${c}</th>`).join('')}</tr>`;

/** The gold of the blocks: headings, and body entries (a row's cells joined with a space), as plain text. */
export function gold(bs: readonly Block[]): { headings: string[]; body: string[] } {
  const headings = bs.filter((b) => b[0] === 'h2' || b[0] === 'h3').map((b) => plain(b[1]));
  const body = bs.filter((b) => b[0] !== 'h2' && b[0] !== 'h3').map((b) => plain(b[0] === 'tr' ? b[1].split(' | ').join(' ') : b[1]));
  return { headings, body };
}
