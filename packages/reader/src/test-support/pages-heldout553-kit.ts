import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 553: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped, for furniture texts written straight into a template. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells (HTML strings). */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table rows: one body entry a row, its cells' plain texts joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/**
 * The page with its byline and furniture lists settled by the usual rule: each distinct text once, and a text that is also
 * part of the title, a heading or a body entry (as whole words) left out.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const keep = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(` ${tokens(t).join(' ')} `));
  const bylines = [...new Set(p.bylines)].filter(keep);
  return { ...p, bylines, furniture: [...new Set(p.furniture)].filter((t) => keep(t) && !bylines.includes(t)) };
}
