import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 480: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `<tr>` rows of `<td>` cells (HTML strings); `cls` is the class of each `<td>`. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: each row's cells as plain text, joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

const words = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its byline and furniture lists cleaned as the gold rules say: a text that is also part of the title, a heading
 * or a body entry is left out, each text is kept once, and a furniture text that is also a byline stays a byline only.
 */
export function apart(page: TestPage): TestPage {
  const gold = [page.title, ...page.headings, ...page.body].map(words);
  const free = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(words(t)));
  const bylines = [...new Set(page.bylines)].filter(free);
  const furniture = [...new Set(page.furniture)].filter((t) => free(t) && !bylines.includes(t));
  return { ...page, bylines, furniture };
}
