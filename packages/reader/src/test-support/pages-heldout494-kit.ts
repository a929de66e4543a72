import type { TestPage } from './page-kit.js';

/** Held-out batch 494: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (cells written as plain text, `&` escaped); `cls` is the class of each `<td>`. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one body entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** Item `i` of a list of strings, '' when it is missing (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The usual rule that a text also found in the article (title, headings, body) is left out of furniture and bylines: `items`
 * without those whose words occur, as whole words in order, in one of the `article` texts; repeated items are kept once.
 */
export const outside = (article: readonly string[], items: readonly string[]): string[] => {
  const gold = article.map(words);
  return [...new Set(items)].filter((t) => words(t).trim() === '' || !gold.some((g) => g.includes(words(t))));
};

/** A page with its furniture and bylines cut to the texts that are not also part of its title, headings or body. */
export const settle = (p: TestPage): TestPage => {
  const article = [p.title, ...p.headings, ...p.body];
  return { ...p, bylines: outside(article, p.bylines), furniture: outside(article, p.furniture) };
};
