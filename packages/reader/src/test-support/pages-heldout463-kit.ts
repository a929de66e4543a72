import { plain, tokens } from './page-kit.js';

/** Held-out batch 463: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** An article block: a paragraph (HTML string), a heading, a list, a quote or a table. */
export type Block =
  | string
  | { h: string; level?: number }
  | { ul: readonly string[]; ol?: boolean }
  | { quote: string }
  | { head: readonly string[]; rows: readonly (readonly string[])[] };

/** How a template writes each kind of block. */
export interface Wrap {
  p: (t: string) => string;
  h: (t: string, level: number) => string;
  ul: (items: readonly string[], ol: boolean) => string;
  quote: (t: string) => string;
  table: (head: readonly string[], rows: readonly (readonly string[])[]) => string;
}

/** A plain table: header cells in `<th>`, data rows in `<td>`. */
export const table = (head: readonly string[], rows: readonly (readonly string[])[], cls = ''): string =>
  `<table${cls === '' ? '' : ` class="${cls}"`}><thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>\n` +
  rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n') +
  '\n</tbody></table>';

/** Default block writers, overridden per template. */
export const basic: Wrap = {
  p: (t) => `<p>${t}</p>`,
  h: (t, l) => `<h${l}>${t}</h${l}>`,
  ul: (items, ol) => (ol ? `<ol>${lis(items)}</ol>` : `<ul>${lis(items)}</ul>`),
  quote: (t) => `<blockquote><p>${t}</p></blockquote>`,
  table: (head, rows) => table(head, rows),
};

/** The HTML of the blocks, written the template's way. */
export function render(blocks: readonly Block[], wrap: Partial<Wrap> = {}): string {
  const w: Wrap = { ...basic, ...wrap };
  return blocks
    .map((b) => {
      if (typeof b === 'string') return w.p(b);
      if ('h' in b) return w.h(b.h, b.level ?? 2);
      if ('ul' in b) return w.ul(b.ul, b.ol === true);
      if ('quote' in b) return w.quote(b.quote);
      return w.table(b.head, b.rows);
    })
    .join('\n');
}

/** The gold headings and body of the blocks (a table's data row is one body entry, its cells joined by spaces). */
export function gold(blocks: readonly Block[]): { headings: string[]; body: string[] } {
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') body.push(plain(b));
    else if ('h' in b) headings.push(plain(b.h));
    else if ('ul' in b) body.push(...b.ul.map(plain));
    else if ('quote' in b) body.push(plain(b.quote));
    else body.push(...b.rows.map((r) => r.map(plain).join(' ')));
  }
  return { headings, body };
}

/**
 * The texts of `items` (plain, each once) that are not also part of the article's title, headings or body
 * (as a run of whole words), for the furniture and byline lists.
 */
export function outside(article: readonly string[], items: readonly string[]): string[] {
  const hay = article.map((t) => ` ${tokens(t).join(' ')} `);
  const seen = new Set<string>();
  return items.map(plain).filter((t) => {
    const k = ` ${tokens(t).join(' ')} `;
    if (seen.has(t)) return false;
    seen.add(t);
    return k.trim() === '' || !hay.some((h) => h.includes(k));
  });
}

/** A page's gold parts from its title, blocks, extra body entries ahead of the blocks (a dek), bylines and furniture. */
export function parts(
  title: string,
  blocks: readonly Block[],
  lead: readonly string[],
  bylines: readonly string[],
  furniture: readonly string[],
): { title: string; headings: string[]; body: string[]; bylines: string[]; furniture: string[] } {
  const g = gold(blocks);
  const body = [...lead.map(plain), ...g.body];
  const art = [title, ...g.headings, ...body];
  return { title, headings: g.headings, body, bylines: outside(art, bylines), furniture: outside(art, furniture) };
}
