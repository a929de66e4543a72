import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 503: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A text with `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells, from rows of cell texts. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** A text's words, lower-cased, with a space either side, for whole-word containment. */
const words = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its furniture and bylines cleared of texts that are also part of its title, a heading or a body entry
 * (whole words, any case), and of repeats, as the usual gold rules ask.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const free = (t: string): boolean => !gold.some((g) => g.includes(words(t)));
  return { ...p, bylines: [...new Set(p.bylines.filter(free))], furniture: [...new Set(p.furniture.filter(free))] };
}
