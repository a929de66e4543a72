import type { TestPage } from './page-kit.js';

/** Held-out batch 495: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the body tables of the batch's pages. */
export const rows = (cells: readonly (readonly string[])[]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table row: its cells' texts joined with spaces. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** A text's word tokens, lower-cased and space-padded, for whole-word containment checks. */
const padded = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with the usual rule applied to its bylines and furniture: a text that is also part of the title, a heading or a
 * body entry (as whole words) is left out, and each distinct text is kept once.
 */
export function finish(page: TestPage): TestPage {
  const gold = [page.title, ...page.headings, ...page.body].map(padded);
  const keep = (items: readonly string[]): string[] => [...new Set(items)].filter((t) => padded(t).trim() === '' || !gold.some((g) => g.includes(padded(t))));
  return { ...page, bylines: keep(page.bylines), furniture: keep(page.furniture).filter((t) => !page.bylines.includes(t)) };
}
