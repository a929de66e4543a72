import { type TestPage, texts, tokens } from './page-kit.js';

/** Held-out batch 557: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `<tr>` rows of `<td>` cells, for a table's data rows. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => texts(r).join(' '));

const seq = (s: string): string => ` ${tokens(s).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned as the usual rules say: each distinct text once, and a text that is also
 * part of the title, a heading or a body entry (as whole words) left out.
 */
export function finish(page: TestPage): TestPage {
  const gold = [page.title, ...page.headings, ...page.body].map(seq);
  const keep = (list: readonly string[]): string[] =>
    [...new Set(list)].filter((t) => t.trim() !== '' && (tokens(t).length === 0 || !gold.some((g) => g.includes(seq(t)))));
  const bylines = keep(page.bylines);
  return { ...page, bylines, furniture: keep(page.furniture).filter((t) => !bylines.includes(t)) };
}
