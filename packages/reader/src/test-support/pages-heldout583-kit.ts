import type { TestPage } from './page-kit.js';

/** Held-out batch 583: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the price and specification tables of the batch. */
export const rows = (table: readonly (readonly string[])[]): string =>
  table.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table row: its cells joined with a space. */
export const rowText = (r: readonly string[]): string => r.join(' ');

const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned by the usual rule: a text that is also part of the title, a heading or a
 * body entry (as whole words) is left out, and each distinct text is kept once.
 */
export function finish(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (t: string): boolean => words(t).trim() === '' || !gold.some((g) => g.includes(words(t)));
  const bylines = [...new Set(p.bylines)].filter(keep);
  const furniture = [...new Set(p.furniture)].filter((t) => keep(t) && !bylines.includes(t));
  return { ...p, bylines, furniture };
}
