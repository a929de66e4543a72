import { plain } from './page-kit.js';

/** Held-out batch 478: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** One block of an article: a paragraph (a string), a section heading, a list or a blockquote. */
export type Block = string | { h: string } | { ul: readonly string[] } | { ol: readonly string[] } | { q: string };

/** How a template writes each kind of block. */
export interface Markup {
  p?: (t: string) => string;
  h?: (t: string) => string;
  ul?: (items: readonly string[]) => string;
  ol?: (items: readonly string[]) => string;
  q?: (t: string) => string;
}

/** The HTML of the blocks, in the template's markup. */
export function render(blocks: readonly Block[], m: Markup = {}): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return m.p ? m.p(b) : `<p>${b}</p>`;
      if ('h' in b) return m.h ? m.h(b.h) : `<h2>${b.h}</h2>`;
      if ('ul' in b) return m.ul ? m.ul(b.ul) : `<ul>${lis(b.ul)}</ul>`;
      if ('ol' in b) return m.ol ? m.ol(b.ol) : `<ol>${lis(b.ol)}</ol>`;
      return m.q ? m.q(b.q) : `<blockquote><p>${b.q}</p></blockquote>`;
    })
    .join('\n');
}

/** The gold headings of the blocks, as plain text. */
export const headingsOf = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (typeof b !== 'string' && 'h' in b ? [plain(b.h)] : []));

/** The gold body entries of the blocks (paragraphs, list items, quotes), as plain text. */
export const bodyOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    if (typeof b === 'string') return [plain(b)];
    if ('h' in b) return [];
    if ('ul' in b) return b.ul.map(plain);
    if ('ol' in b) return b.ol.map(plain);
    return [plain(b.q)];
  });
