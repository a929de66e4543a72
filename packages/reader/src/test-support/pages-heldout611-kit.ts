import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 611: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A block of an article: a heading, a paragraph, a quote, a list or a table. */
export type Block =
  | { t: 'h2' | 'h3' | 'p' | 'quote'; s: string }
  | { t: 'ul' | 'ol'; items: readonly string[] }
  | { t: 'table'; head: readonly string[]; rows: readonly (readonly string[])[] };

export const h2 = (s: string): Block => ({ t: 'h2', s });
export const h3 = (s: string): Block => ({ t: 'h3', s });
export const p = (s: string): Block => ({ t: 'p', s });
export const quote = (s: string): Block => ({ t: 'quote', s });
export const ul = (...items: string[]): Block => ({ t: 'ul', items });
export const ol = (...items: string[]): Block => ({ t: 'ol', items });
export const table = (head: readonly string[], ...rows: (readonly string[])[]): Block => ({ t: 'table', head, rows });

/** Attributes (with a leading space) for each tag a block renders, e.g. `{ p: ' class="x"' }`. */
export type Attrs = Partial<Record<'h2' | 'h3' | 'p' | 'quote' | 'ul' | 'ol' | 'li' | 'table', string>>;

/** The HTML of one block. */
export function blockHtml(b: Block, a: Attrs = {}): string {
  switch (b.t) {
    case 'h2':
    case 'h3':
      return `<${b.t}${a[b.t] ?? ''}>${b.s}</${b.t}>`;
    case 'p':
      return `<p${a.p ?? ''}>${b.s}</p>`;
    case 'quote':
      return `<blockquote${a.quote ?? ''}><p>${b.s}</p></blockquote>`;
    case 'ul':
    case 'ol':
      return `<${b.t}${a[b.t] ?? ''}>${b.items.map((i) => `<li${a.li ?? ''}>${i}</li>`).join('')}</${b.t}>`;
    case 'table': {
      const head = `<thead><tr>${b.head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
      return `<table${a.table ?? ''}>${head}<tbody>${rows}</tbody></table>`;
    }
  }
}

/** The HTML of the blocks, each passed through `wrap` (a platform's per-block wrapper). */
export const render = (bs: readonly Block[], a: Attrs = {}, wrap = (h: string, _b: Block): string => h): string =>
  bs.map((b) => wrap(blockHtml(b, a), b)).join('\n');

/** Gold headings of the blocks. */
export const headingsOf = (bs: readonly Block[]): string[] => bs.flatMap((b) => (b.t === 'h2' || b.t === 'h3' ? [plain(b.s)] : []));

/** Gold body of the blocks: paragraphs, quotes, list items, table data rows (cells joined by a space). */
export const bodyOf = (bs: readonly Block[]): string[] =>
  bs.flatMap((b) => {
    if (b.t === 'p' || b.t === 'quote') return [plain(b.s)];
    if (b.t === 'ul' || b.t === 'ol') return b.items.map(plain);
    if (b.t === 'table') return b.rows.map((r) => r.map(plain).join(' '));
    return [];
  });

/** Word tokens of a text, space-padded, for whole-word containment. */
const run = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with the usual rule applied to its bylines and furniture: a text whose words also occur, as whole words in a row,
 * in the title, a heading or a body entry is left out, and each text is kept once.
 */
export function finish(page: TestPage): TestPage {
  const gold = [page.title, ...page.headings, ...page.body].map(run);
  const seen = new Set<string>();
  const keep = (t: string): boolean => {
    const k = run(t);
    if (seen.has(t) || (k.trim() !== '' && gold.some((g) => g.includes(k)))) return false;
    seen.add(t);
    return true;
  };
  const bylines = page.bylines.filter(keep);
  return { ...page, bylines, furniture: page.furniture.filter(keep) };
}
