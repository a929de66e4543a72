import { tokens } from './page-kit.js';

/** Held-out batch 580: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells; the gold of a row is its cells joined by a space (`rowText`). */
export const rows = (table: readonly (readonly string[])[], cls = ''): string =>
  table.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined by a space. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** An element at an index of a list of texts, '' when out of range (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/** Furniture texts without those whose words also occur, in order, in a gold text (title, heading or body entry). */
export const fur = (gold: readonly string[], items: readonly string[]): string[] => {
  const g = gold.map((t) => ` ${tokens(t).join(' ')} `);
  return [...new Set(items)].filter((t) => !g.some((s) => s.includes(` ${tokens(t).join(' ')} `)));
};
