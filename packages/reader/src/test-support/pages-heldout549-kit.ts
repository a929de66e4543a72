/** Held-out batch 549: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the schedule tables of the batch. */
export const rows = (cells: readonly (readonly string[])[], cls = ''): string =>
  cells.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The plain text of a table row as the gold holds it: its cells joined with spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** The word tokens of a text, space-padded, for whole-word containment checks. */
const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * A page with its bylines and furniture cleaned the same way on every page of the batch: duplicates dropped, and any text whose
 * words also occur, as whole words in a row, in the title, a heading or a body entry left out (a menu item equal to a word of the
 * body, a comment author named in a results table).
 */
export function finish<P extends { title: string; headings: string[]; body: string[]; bylines: string[]; furniture: string[] }>(p: P): P {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (t: string): boolean => words(t).trim() === '' || !gold.some((g) => g.includes(words(t)));
  const clean = (items: string[]): string[] => [...new Set(items)].filter(keep);
  const bylines = clean(p.bylines);
  return { ...p, bylines, furniture: clean(p.furniture).filter((t) => !bylines.includes(t)) };
}
