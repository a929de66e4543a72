import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 615: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of cells (`td` or `th`). */
export const row = (cells: readonly string[], tag = 'td'): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined with a space. */
export const rowText = (cells: readonly string[]): string => cells.map(plain).join(' ');

const words = (s: string): string => ` ${tokens(s).join(' ')} `;

/**
 * The page with its bylines and furniture each listed once and without the texts that are also part of the title, a heading
 * or a body entry (whole words, case ignored), as the gold rules ask.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const free = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(words(t)));
  const once = (xs: readonly string[]): string[] => [...new Set(xs)].filter(free);
  return { ...p, bylines: once(p.bylines), furniture: once(p.furniture).filter((t) => !p.bylines.includes(t)) };
}
