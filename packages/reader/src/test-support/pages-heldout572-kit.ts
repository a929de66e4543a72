import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 572: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row of cells (HTML strings), `&` escaped. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c.replace(/&(?!amp;)/g, '&amp;')}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells joined by a space. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** Escape `&` for a text placed in HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

const words = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its furniture and bylines cleaned as the gold rules ask: each distinct text once, and a text that is also part
 * of the title, a heading or a body entry (as whole words) left out.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (t: string, i: number, all: readonly string[]): boolean =>
    all.indexOf(t) === i && (tokens(t).length === 0 || !gold.some((g) => g.includes(words(t))));
  const bylines = p.bylines.filter(keep);
  return { ...p, bylines, furniture: p.furniture.filter(keep).filter((t) => !bylines.includes(t)) };
}
