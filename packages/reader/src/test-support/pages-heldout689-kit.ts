import { plain, ps, texts } from './page-kit.js';

/** Held-out batch 689: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** An item of a list, or '' past its end (for `noUncheckedIndexedAccess`). */
export const at = (a: readonly string[], i: number): string => a[i] ?? '';

/** A run of article blocks: an optional heading, then paragraphs, lists, a table and a quote, in that order. */
export interface Block {
  h?: string;
  lvl?: 2 | 3 | 4;
  p?: readonly string[];
  ul?: readonly string[];
  ol?: readonly string[];
  th?: readonly string[];
  rows?: readonly (readonly string[])[];
  q?: string;
}

/** How a template writes the blocks: attributes of headings, paragraphs, lists and tables. */
export interface Look {
  hAttr?: string;
  pAttr?: string;
  listAttr?: string;
  tableAttr?: string;
}

const table = (b: Block, attr: string): string => {
  if (b.rows === undefined) return '';
  const head = b.th === undefined ? '' : `<thead><tr>${b.th.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  const body = b.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${attr}>${head}<tbody>${body}</tbody></table>`;
};

/** The HTML of the blocks in a template's look. */
export const render = (blocks: readonly Block[], look: Look = {}): string =>
  blocks
    .map((b) => {
      const tag = `h${b.lvl ?? 2}`;
      return [
        b.h === undefined ? '' : `<${tag}${look.hAttr ?? ''}>${b.h}</${tag}>`,
        b.p === undefined ? '' : ps(b.p, look.pAttr ?? ''),
        b.ul === undefined ? '' : `<ul${look.listAttr ?? ''}>${lis(b.ul)}</ul>`,
        b.ol === undefined ? '' : `<ol${look.listAttr ?? ''}>${lis(b.ol)}</ol>`,
        table(b, look.tableAttr ?? ''),
        b.q === undefined ? '' : `<blockquote><p>${b.q}</p></blockquote>`,
      ]
        .filter((s) => s !== '')
        .join('\n');
    })
    .join('\n');

/** The gold headings of the blocks. */
export const heads = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.h === undefined ? [] : [plain(b.h)]));

/** The gold body entries of the blocks (a table row is one entry, its cells joined by spaces). */
export const bodyOf = (blocks: readonly Block[]): string[] =>
  texts(
    blocks.flatMap((b) => [...(b.p ?? []), ...(b.ul ?? []), ...(b.ol ?? []), ...(b.rows ?? []).map((r) => r.join(' ')), ...(b.q === undefined ? [] : [b.q])]),
  );
