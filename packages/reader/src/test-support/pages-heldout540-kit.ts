import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 540: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A plain text escaped for HTML (only `&` occurs in the batch). */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells, `cls` the class of each cell. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table rows: one body entry a row, its cells' plain texts joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/**
 * The page with its byline and furniture lists cleaned as the gold rules say: each distinct text once, and a text that is also
 * part of the title, a heading or a body entry (as whole words, any case) left out.
 */
export function gold(p: TestPage): TestPage {
  const entries = [p.title, ...p.headings, ...p.body].map((e) => ` ${tokens(e).join(' ')} `);
  const keep = (t: string): boolean => tokens(t).length === 0 || !entries.some((e) => e.includes(` ${tokens(t).join(' ')} `));
  return { ...p, bylines: [...new Set(p.bylines)].filter(keep), furniture: [...new Set(p.furniture)].filter(keep) };
}
