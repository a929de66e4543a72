import { plain, type TestPage } from './page-kit.js';

/** Held-out batch 628: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings). */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** An item of an array that must be there (for `noUncheckedIndexedAccess`). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

const toks = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with the texts of its bylines and furniture that are also part of its title, a heading or a body entry left out
 * (a menu item equal to a word of the body, a breadcrumb repeating the title), as the gold rules ask.
 */
export function gold(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body].map(toks);
  const free = (t: string): boolean => toks(t).trim() === '' || !article.some((a) => a.includes(toks(t)));
  return { ...p, bylines: [...new Set(p.bylines.filter(free))], furniture: [...new Set(p.furniture.filter(free))] };
}
