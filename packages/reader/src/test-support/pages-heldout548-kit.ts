/** Held-out batch 548: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (`&` escaped), for the price and date tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one body entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** ` a b c ` word string of a text, for whole-word containment checks. */
const words = (t: string): string => ` ${(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The furniture or byline texts that are not also part of the gold article (title, headings or a body entry, as whole
 * words), each distinct text once: the usual rule that a menu item equal to a word of the body is left out.
 */
export const outside = (gold: readonly string[], items: readonly string[]): string[] => {
  const g = gold.map(words);
  return [...new Set(items)].filter((t) => words(t).trim() === '' || !g.some((x) => x.includes(words(t))));
};
