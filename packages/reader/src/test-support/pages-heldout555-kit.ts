import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 555: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: the `<tr>` HTML and, for the gold, the cells' texts joined with spaces. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`;
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** Is `t` (as word tokens) inside one of the gold texts? */
const inGold = (gold: readonly string[], t: string): boolean => {
  const w = ` ${tokens(t).join(' ')} `;
  return w.trim() !== '' && gold.some((g) => ` ${tokens(g).join(' ')} `.includes(w));
};

/**
 * The page with its bylines and furniture cleaned as the usual rules say: each distinct text once, and texts that are also part of
 * the title, a heading or a body entry left out.
 */
export const page = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  const clean = (xs: readonly string[]): string[] => [...new Set(xs)].filter((t) => !inGold(gold, t));
  const bylines = clean(p.bylines);
  return { ...p, bylines, furniture: clean(p.furniture).filter((t) => !bylines.includes(t)) };
};
