import { tokens } from './page-kit.js';

/** Held-out batch 524: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the data rows of a table. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with spaces. */
export const row = (r: readonly string[]): string => r.join(' ');

const seq = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The furniture or byline texts that are not also part of the title, a heading or a body entry (whole words), each once:
 * the usual rule that a menu item equal to a word of the body is left out, applied to the lists as they are written.
 */
export function outside(article: readonly string[], items: readonly string[]): string[] {
  const gold = article.map(seq);
  const seen = new Set<string>();
  return items.filter((t) => {
    const s = seq(t);
    if (seen.has(t) || (s.trim() !== '' && gold.some((g) => g.includes(s)))) return false;
    seen.add(t);
    return true;
  });
}
