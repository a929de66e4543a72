import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 562: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the results and fee tables of the batch. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with a space. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** Each distinct text once, in first-seen order (menus and breadcrumbs often repeat an item). */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];

/** True when the words of `part` occur, in a row, among the words of `whole`. */
const within = (part: string, whole: string): boolean => {
  const p = tokens(part).join(' ');
  return p !== '' && ` ${tokens(whole).join(' ')} `.includes(` ${p} `);
};

/**
 * A page with its bylines and furniture settled by the usual rules: each distinct text once, and a text that is also part of
 * the title, a heading or a body entry left out (a menu item "Course" when the body speaks of the course).
 */
export const settle = (page: TestPage): TestPage => {
  const gold = [page.title, ...page.headings, ...page.body];
  const keep = (items: readonly string[]): string[] => uniq(items).filter((t) => !gold.some((g) => within(t, g)));
  return { ...page, bylines: keep(page.bylines), furniture: keep(page.furniture) };
};
