import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 646: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (`&` escaped), for the price tables of the batch. */
export const trs = (rows: readonly (readonly string[])[], attrs = ''): string =>
  rows.map((r) => `<tr${attrs}>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** Whether the words of `part` occur, in a row, among the words of `whole`. */
const within = (part: string, whole: string): boolean => {
  const p = ` ${tokens(part).join(' ')} `;
  return p.trim() !== '' && ` ${tokens(whole).join(' ')} `.includes(p);
};

/**
 * A page whose byline and furniture lists keep each distinct text once and leave out every text that is also part
 * of the title, a heading or a body entry (the usual gold rule), so the lists can be written from the page's parts.
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body];
  const keep = (list: string[], taken: Set<string>): string[] =>
    list.filter((t) => {
      if (taken.has(t) || gold.some((g) => within(t, g))) return false;
      taken.add(t);
      return true;
    });
  const seen = new Set<string>();
  const bylines = keep(p.bylines, seen);
  return { ...p, bylines, furniture: keep(p.furniture, seen) };
}
