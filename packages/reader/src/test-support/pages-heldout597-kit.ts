import { plain } from './page-kit.js';

/** Held-out batch 597: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Attributes (with their leading space) a template puts on each kind of block. */
export interface BlockAttrs {
  p?: string;
  h2?: string;
  h3?: string;
  ul?: string;
  ol?: string;
  li?: string;
  bq?: string;
}

const HEAD = /^#{2,3} /;
const ITEM = /^(?:- |1\. )/;

/**
 * Markup of an article written as blocks: '## ' an h2, '### ' an h3, '- ' a `<ul>` item and '1. ' an `<ol>` item (a run of
 * them is one list), '> ' a blockquote, anything else a `<p>`; `a` holds the template's attributes for each.
 */
export function blocks(items: readonly string[], a: BlockAttrs = {}): string {
  const out: string[] = [];
  let list: string[] = [];
  let ordered = false;
  const flush = (): void => {
    if (list.length > 0)
      out.push(
        `<${ordered ? 'ol' : 'ul'}${(ordered ? a.ol : a.ul) ?? ''}>\n${list.map((t) => `<li${a.li ?? ''}>${t}</li>`).join('\n')}\n</${ordered ? 'ol' : 'ul'}>`,
      );
    list = [];
  };
  for (const b of items) {
    if (ITEM.test(b)) {
      if (list.length > 0 && ordered !== b.startsWith('1. ')) flush();
      ordered = b.startsWith('1. ');
      list.push(b.replace(ITEM, ''));
      continue;
    }
    flush();
    if (b.startsWith('## ')) out.push(`<h2${a.h2 ?? ''}>${b.slice(3)}</h2>`);
    else if (b.startsWith('### ')) out.push(`<h3${a.h3 ?? ''}>${b.slice(4)}</h3>`);
    else if (b.startsWith('> ')) out.push(`<blockquote${a.bq ?? ''}><p>${b.slice(2)}</p></blockquote>`);
    else out.push(`<p${a.p ?? ''}>${b}</p>`);
  }
  flush();
  return out.join('\n');
}

/** The gold headings of a block list, as plain text. */
export const headingsOf = (items: readonly string[]): string[] => items.filter((b) => HEAD.test(b)).map((b) => plain(b.replace(HEAD, '')));

/** The gold body of a block list, as plain text. */
export const bodyOf = (items: readonly string[]): string[] => items.filter((b) => !HEAD.test(b)).map((b) => plain(b.replace(/^(?:- |1\. |> )/, '')));

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td'): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold text of a table row: its cells' plain texts joined with spaces. */
export const rowText = (r: readonly string[]): string => plain(r.join(' '));
