import { plain } from './page-kit.js';

/** Held-out batch 616: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** One block of an article: a heading, a paragraph, a list, a blockquote or a table (header cells and data rows). */
export type Block =
  | { readonly h: 2 | 3 | 4; readonly t: string }
  | { readonly p: string }
  | { readonly ul: readonly string[] }
  | { readonly ol: readonly string[] }
  | { readonly q: string }
  | { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** Attributes and wrappers a template gives the blocks of its article. */
export interface RenderOptions {
  p?: string;
  li?: string;
  list?: string;
  table?: string;
  h?: (level: number, t: string) => string;
  wrap?: (html: string, b: Block) => string;
}

const cells = (tag: string, row: readonly string[]): string => row.map((c) => `<${tag}>${c}</${tag}>`).join('');

/** The HTML of article blocks, each through the template's wrapper. */
export function render(blocks: readonly Block[], o: RenderOptions = {}): string {
  return blocks
    .map((b) => {
      let html: string;
      if ('h' in b) html = o.h ? o.h(b.h, b.t) : `<h${b.h}>${b.t}</h${b.h}>`;
      else if ('p' in b) html = `<p${o.p ?? ''}>${b.p}</p>`;
      else if ('ul' in b) html = `<ul${o.list ?? ''}>${lis(b.ul, o.li)}</ul>`;
      else if ('ol' in b) html = `<ol${o.list ?? ''}>${lis(b.ol, o.li)}</ol>`;
      else if ('q' in b) html = `<blockquote><p>${b.q}</p></blockquote>`;
      else {
        const rows = b.rows.map((r) => `<tr>${cells('td', r)}</tr>`).join('\n');
        html = `<table${o.table ?? ''}><thead><tr>${cells('th', b.head)}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
      }
      return o.wrap ? o.wrap(html, b) : html;
    })
    .join('\n');
}

/** The gold headings of article blocks. */
export const headingsOf = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => ('h' in b ? [plain(b.t)] : []));

/** The gold body of article blocks: paragraphs, list items, quotes and table data rows (cells joined by a space). */
export const bodyOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    if ('h' in b) return [];
    if ('p' in b) return [plain(b.p)];
    if ('q' in b) return [plain(b.q)];
    if ('ul' in b) return b.ul.map(plain);
    if ('ol' in b) return b.ol.map(plain);
    return b.rows.map((r) => r.map(plain).join(' '));
  });
