import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 623: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A text with `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of table data cells. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** Whether the words of `part` occur, whole and in order, inside one of the texts. */
const within = (part: string, texts: readonly string[]): boolean => {
  const words = tokens(part).join(' ');
  return words !== '' && texts.some((t) => ` ${tokens(t).join(' ')} `.includes(` ${words} `));
};

/**
 * A page with its bylines and furniture as the gold rules want them: each distinct text once, and none that is also part of
 * the title, a heading or a body entry (a menu item equal to a word of the body, a breadcrumb repeating the title).
 */
export const finish = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  const keep = (xs: readonly string[]): string[] => [...new Set(xs)].filter((x) => !within(x, gold));
  const bylines = keep(p.bylines);
  return { ...p, bylines, furniture: keep(p.furniture).filter((x) => !bylines.includes(x)) };
};
