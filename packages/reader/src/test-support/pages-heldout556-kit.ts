import { goldText, present, type TestPage } from './page-kit.js';

/** Held-out batch 556: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row of the cells; its gold is the cells' plain texts joined with a space (see `row`). */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold entry of a table data row: its cells joined with a space. */
export const row = (cells: readonly string[]): string => cells.join(' ');

/** Entries of `all` at the given indexes (the headings of a page written as one list with its body). */
export const at = (all: readonly string[], idx: readonly number[]): string[] => idx.map((i) => all[i] ?? '');

/** Entries of `all` not at the given indexes. */
export const but = (all: readonly string[], idx: readonly number[]): string[] => all.filter((_, i) => !idx.includes(i));

/**
 * The page with its byline and furniture lists kept to distinct texts that are not also part of the title, a heading or a
 * body entry (the usual rule, applied with the same word test the scores use).
 */
export function tidy(p: TestPage): TestPage {
  const inGold = present(goldText(p));
  const keep = (list: readonly string[], drop: readonly string[]): string[] =>
    [...new Set(list)].filter((t) => t.trim() !== '' && !inGold(t) && !drop.includes(t));
  const bylines = keep(p.bylines, []);
  return { ...p, bylines, furniture: keep(p.furniture, bylines) };
}
