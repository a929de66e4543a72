import { plain, tokens } from './page-kit.js';

/** Held-out batch 600: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings); `cls` is the class of each cell. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one body entry a row, its cells' plain texts joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** Pages of the batch carry `&` escaped in HTML; this escapes a plain text for the markup. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/**
 * The usual rule applied once for every page: furniture or byline texts that are also part of the title, a heading or a body
 * entry (as whole words) are left out, and each distinct text is kept once.
 */
export const outside = (list: readonly string[], gold: readonly string[]): string[] => {
  const golds = gold.map((g) => ` ${tokens(g).join(' ')} `);
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = ` ${tokens(t).join(' ')} `;
    if (seen.has(t) || (k.trim() !== '' && golds.some((g) => g.includes(k)))) return false;
    seen.add(t);
    return true;
  });
};
