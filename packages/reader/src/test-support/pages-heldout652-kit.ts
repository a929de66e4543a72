import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 652: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (`cls` on each cell), for the data rows of a table. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: each row's cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' ').replace(/&amp;/g, '&'));

/** `<a>` links with the given class, one a line (`&` escaped), for menus written without `<li>`. */
export const anchors = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a href="#"${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</a>`).join('\n');

/** Whether `text` is part of a gold block: as whole words for a short text, as a substring (case and spaces ignored) for a longer one. */
const inGold = (gold: readonly string[], text: string): boolean => {
  const t = tokens(text).join(' ');
  if (t === '') return false;
  return gold.some((g) => ` ${tokens(g).join(' ')} `.includes(` ${t} `));
};

/**
 * A page with its bylines and furniture made to follow the usual rules: each distinct text once, and a text that is also part of
 * the title, a heading or a body entry (a menu item equal to a word of the body, a breadcrumb repeating the title) left out.
 */
export const finish = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  const keep = (list: readonly string[]): string[] => [...new Set(list)].filter((t) => !inGold(gold, t));
  const bylines = keep(p.bylines);
  return { ...p, bylines, furniture: keep(p.furniture).filter((t) => !bylines.includes(t)) };
};
