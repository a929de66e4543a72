/** Held-out batch 510: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (`&` escaped), for the data rows of the batch's tables. */
export const trs = (rows: readonly (readonly string[])[], td = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${td === '' ? '' : ` ${td}`}>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one body entry a row, its cells joined with single spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** Body entries of a page whose headings sit among them: the headings at the given indexes left out. */
export const without = (blocks: readonly string[], heads: readonly number[]): string[] => blocks.filter((_, i) => !heads.includes(i));

/** The blocks at the given indexes (missing ones as empty strings). */
export const at = (blocks: readonly string[], idx: readonly number[]): string[] => idx.map((i) => blocks[i] ?? '');
