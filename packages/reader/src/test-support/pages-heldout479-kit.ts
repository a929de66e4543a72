import { plain } from './page-kit.js';

/** Held-out batch 479: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A text escaped for HTML (only `&` needs it in this batch). */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/**
 * An article's blocks, written as HTML: a string starting with `## ` or `### ` is a heading of that level, an array is a
 * list of items, any other string a paragraph.
 */
export type Block = string | readonly string[];

const level = (b: string): number => (b.startsWith('### ') ? 3 : b.startsWith('## ') ? 2 : 0);

/** The gold headings of the blocks, as plain text. */
export const heads = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (typeof b === 'string' && level(b) > 0 ? [plain(b.slice(level(b) + 1))] : []));

/** The gold body of the blocks (paragraphs and list items), as plain text. */
export const bodies = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (typeof b === 'string' ? (level(b) > 0 ? [] : [plain(b)]) : b.map(plain)));

/** How a template writes each kind of block. */
export interface Markup {
  p?: (t: string) => string;
  h?: (t: string, n: number) => string;
  ul?: (items: readonly string[]) => string;
}

/** The HTML of the blocks, in a template's markup (plain `<p>`, `<hN>` and `<ul>` unless told). */
export const render = (blocks: readonly Block[], m: Markup = {}): string =>
  blocks
    .map((b) => {
      if (typeof b !== 'string') return m.ul ? m.ul(b) : `<ul>${lis(b)}</ul>`;
      const n = level(b);
      if (n === 0) return m.p ? m.p(b) : `<p>${b}</p>`;
      const t = b.slice(n + 1);
      return m.h ? m.h(t, n) : `<h${n}>${t}</h${n}>`;
    })
    .join('\n');
