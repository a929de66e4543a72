/** Held-out batch 654: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings); the gold of a row is its cells joined with a space. */
export const trs = (rows: readonly (readonly string[])[], td = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${td === '' ? '' : ` ${td}`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold texts of table rows: each row's cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** The `n`th string of a list (the empty string past its end), for strict indexing. */
export const at = (xs: readonly string[], n: number): string => xs[n] ?? '';
