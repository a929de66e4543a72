import { plain, tokens } from './page-kit.js';

/** Held-out batch 609: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table's data rows as `<tr><td>` lines, each cell's HTML as written. */
export const rows = (data: readonly (readonly string[])[], cls = ''): string =>
  data.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table's data rows: one entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (data: readonly (readonly string[])[]): string[] => data.map((r) => plain(r.join(' ')));

/**
 * The furniture texts of a page, each once, without those that are also part of the title, a heading or a body entry
 * (as a run of whole words: a menu item "Glass" next to a body that speaks of glass is left out).
 */
export function furn(gold: readonly string[], items: readonly string[]): string[] {
  const inGold = ` ${gold.map((t) => tokens(t).join(' ')).join(' | ')} `;
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = tokens(t).join(' ');
    const keep = !seen.has(t) && (k === '' || !inGold.includes(` ${k} `));
    seen.add(t);
    return keep;
  });
}
