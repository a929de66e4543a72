import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 602: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of cells (HTML strings). */
export type Row = readonly string[];

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly Row[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (rows: readonly Row[]): string[] => rows.map((r) => plain(r.join(' ')));

/** Whether the word tokens of `part` occur, in a row, among those of `whole`. */
const inside = (part: string, whole: string): boolean => {
  const p = tokens(part).join(' ');
  return p !== '' && ` ${tokens(whole).join(' ')} `.includes(` ${p} `);
};

/**
 * The batch's pages with the usual rule applied to their lists: a byline or furniture text that is also part of the title, a
 * heading or a body entry is left out, a furniture text that is also a byline is left out, and each text is kept once.
 */
export const settle = (page: TestPage): TestPage => {
  const gold = [page.title, ...page.headings, ...page.body];
  const keep = (t: string): boolean => !gold.some((g) => inside(t, g));
  const bylines = [...new Set(page.bylines)].filter(keep);
  const furniture = [...new Set(page.furniture)].filter((t) => keep(t) && !bylines.includes(t));
  return { ...page, bylines, furniture };
};
