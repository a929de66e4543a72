import type { TestPage } from './page-kit.js';

/** Held-out batch 650: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A plain text made safe for HTML (`&` escaped). */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells (or a `<th>` row label first when `label` is set). */
export const trs = (rows: readonly (readonly string[])[], label = false): string =>
  rows.map((r) => `<tr>${r.map((c, i) => (label && i === 0 ? `<th scope="row">${amp(c)}</th>` : `<td>${amp(c)}</td>`)).join('')}</tr>`).join('\n');

/** The gold body entries of table rows: one entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned as the gold rules ask: a text that is also inside the title, a heading or
 * a body entry (as whole words, in any case) is left out, and each distinct text is kept once (a byline wins over furniture).
 */
export function gold(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (t: string): boolean => !article.some((a) => a.includes(words(t)));
  const bylines = [...new Set(p.bylines.filter(keep))];
  const furniture = [...new Set(p.furniture.filter(keep))].filter((t) => !bylines.includes(t));
  return { ...p, bylines, furniture };
}
