import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 593: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** One block of an article: a heading, a paragraph, a list, a quotation or a table (data rows, optional header cells). */
export type Block =
  | { h: string; level?: number }
  | { p: string }
  | { ul: readonly string[]; ordered?: boolean }
  | { quote: string }
  | { rows: readonly (readonly string[])[]; head?: readonly string[] };

/** How a template writes the blocks: attributes of each element, a heading writer and a paragraph id prefix. */
export interface Look {
  p?: string;
  pid?: string;
  h?: (text: string, level: number, n: number) => string;
  ul?: string;
  li?: string;
  quote?: string;
  table?: string;
}

const tableHtml = (b: { rows: readonly (readonly string[])[]; head?: readonly string[] }, attrs: string): string => {
  const head = b.head === undefined ? '' : `<thead><tr>${b.head.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${attrs}>${head}<tbody>${rows}</tbody></table>`;
};

/** The HTML of the blocks as the template writes them. */
export function render(blocks: readonly Block[], look: Look = {}): string {
  let n = 0;
  return blocks
    .map((b) => {
      n++;
      if ('h' in b) return look.h ? look.h(b.h, b.level ?? 2, n) : `<h${b.level ?? 2}>${b.h}</h${b.level ?? 2}>`;
      if ('p' in b) return `<p${look.pid === undefined ? '' : ` id="${look.pid}${n}"`}${look.p ?? ''}>${b.p}</p>`;
      if ('quote' in b) return `<blockquote${look.quote ?? ''}><p>${b.quote}</p></blockquote>`;
      if ('ul' in b) {
        const tag = b.ordered === true ? 'ol' : 'ul';
        return `<${tag}${look.ul ?? ''}>${b.ul.map((i) => `<li${look.li ?? ''}>${i}</li>`).join('')}</${tag}>`;
      }
      return tableHtml(b, look.table ?? '');
    })
    .join('\n');
}

/** The gold headings of the blocks. */
export const headingsOf = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => ('h' in b ? [plain(b.h)] : []));

/** The gold body of the blocks: one entry a paragraph, list item, quotation or table data row (cells joined by spaces). */
export const bodyOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    if ('h' in b) return [];
    if ('p' in b) return [plain(b.p)];
    if ('quote' in b) return [plain(b.quote)];
    if ('ul' in b) return b.ul.map(plain);
    return b.rows.map((r) => r.map(plain).join(' '));
  });

/**
 * The page with its furniture and bylines tidied as the gold rules ask: a text whose words also stand, in order, in the title,
 * a heading or a body entry is left out, and each text is kept once.
 */
export function tidy(page: TestPage): TestPage {
  const gold = ` ${[page.title, ...page.headings, ...page.body].map((t) => tokens(t).join(' ')).join(' | ')} `;
  const keep = (t: string): boolean => {
    const k = tokens(t).join(' ');
    return k === '' || !gold.includes(` ${k} `);
  };
  return { ...page, bylines: [...new Set(page.bylines.filter(keep))], furniture: [...new Set(page.furniture.filter(keep))] };
}
