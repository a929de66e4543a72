import { plain, type TestPage } from './page-kit.js';

/** Held-out batch 612: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the data rows of the batch's tables. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells' plain texts joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** A text written for the gold, escaped for HTML (`&` only). */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** Lower-case words of a text with a space either side, for "is this text part of that one" tests. */
const words = (t: string): string => ` ${(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * A page with the usual rule applied to its lists: a byline or furniture text that is also part of the title, a heading or a
 * body entry (a menu item "Home" when the body says "stay at home") is left out, and each distinct text is kept once.
 */
export function finish(page: TestPage): TestPage {
  const article = [page.title, ...page.headings, ...page.body].map(words);
  const seen = new Set<string>();
  const keep = (t: string): boolean => {
    const w = words(t);
    if (seen.has(t.toLowerCase()) || (w.trim() !== '' && article.some((a) => a.includes(w)))) return false;
    seen.add(t.toLowerCase());
    return true;
  };
  return { ...page, bylines: page.bylines.filter(keep), furniture: page.furniture.filter(keep) };
}
