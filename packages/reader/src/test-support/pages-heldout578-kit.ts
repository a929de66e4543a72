import { plain } from './page-kit.js';

/** Held-out batch 578: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A block of an article: a paragraph (string), a heading, a bullet or numbered list, or a quote. */
export type Block = string | { h: string; lv?: number } | { ul: readonly string[] } | { ol: readonly string[] } | { q: string };

/** Classes a template puts on the article's elements. */
export interface Look {
  p?: string;
  h?: string;
  ul?: string;
  li?: string;
}

const at = (cls: string | undefined): string => (cls === undefined ? '' : ` class="${cls}"`);

/** The HTML of an article's blocks, in a template's classes. */
export function render(blocks: readonly Block[], look: Look = {}): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return `<p${at(look.p)}>${b}</p>`;
      if ('h' in b) return `<h${b.lv ?? 2}${at(look.h)}>${b.h}</h${b.lv ?? 2}>`;
      if ('ul' in b) return `<ul${at(look.ul)}>${lis(b.ul, look.li)}</ul>`;
      if ('ol' in b) return `<ol${at(look.ul)}>${lis(b.ol, look.li)}</ol>`;
      return `<blockquote><p>${b.q}</p></blockquote>`;
    })
    .join('\n');
}

/** The gold headings and body of an article's blocks, as plain text. */
export function gold(blocks: readonly Block[]): { headings: string[]; body: string[] } {
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') body.push(plain(b));
    else if ('h' in b) headings.push(plain(b.h));
    else if ('ul' in b) body.push(...b.ul.map(plain));
    else if ('ol' in b) body.push(...b.ol.map(plain));
    else body.push(plain(b.q));
  }
  return { headings, body };
}
