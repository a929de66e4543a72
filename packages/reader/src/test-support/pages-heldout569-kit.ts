import { plain } from './page-kit.js';

/** Held-out batch 569: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A block of an article body: a paragraph (a string), a heading, a list or a quote. */
export type Block = string | { h: 2 | 3 | 4 | 5; t: string } | { ul: readonly string[]; ol?: true } | { q: string };

/** Plain semantic HTML of the blocks, as a rich-text field holds them; `p` is the attribute text of each `<p>`. */
export function flow(blocks: readonly Block[], p = ''): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return `<p${p}>${b}</p>`;
      if ('h' in b) return `<h${b.h}>${b.t}</h${b.h}>`;
      if ('q' in b) return `<blockquote><p>${b.q}</p></blockquote>`;
      const tag = b.ol ? 'ol' : 'ul';
      return `<${tag}>${lis(b.ul)}</${tag}>`;
    })
    .join('\n');
}

/** The gold of the blocks: headings, and body entries (paragraphs, list items, quotes) as plain text. */
export function gold(blocks: readonly Block[]): { headings: string[]; body: string[] } {
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') body.push(plain(b));
    else if ('h' in b) headings.push(plain(b.t));
    else if ('q' in b) body.push(plain(b.q));
    else body.push(...b.ul.map(plain));
  }
  return { headings, body };
}

/** `<tr>` rows of `<td>` cells (`td` is the attribute text of each cell). */
export const rows = (rs: readonly (readonly string[])[], td = '', tr = ''): string =>
  rs.map((r) => `<tr${tr}>${r.map((c) => `<td${td}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: a row's cells as plain text, joined by a space. */
export const rowTexts = (rs: readonly (readonly string[])[]): string[] => rs.map((r) => r.map(plain).join(' '));
