import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 664: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row of the cells (HTML strings) and its gold text: the cells' plain texts joined by a space. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** Element `i` of a list of strings, or '' (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/**
 * The page with the usual gold rule applied to its furniture and bylines: a text that is also part of the title, a heading or a
 * body entry (as whole words, case aside) is left out, a furniture text that is also a byline is left out, each text once.
 */
export function tidy(page: TestPage): TestPage {
  const gold = ` ${[page.title, ...page.headings, ...page.body].map((t) => tokens(t).join(' ')).join(' | ')} `;
  const keep = (t: string): boolean => {
    const k = tokens(t);
    return k.length === 0 || !gold.includes(` ${k.join(' ')} `);
  };
  const bylines = [...new Set(page.bylines.filter(keep))];
  const furniture = [...new Set(page.furniture.filter(keep))].filter((t) => !bylines.includes(t));
  return { ...page, bylines, furniture };
}
