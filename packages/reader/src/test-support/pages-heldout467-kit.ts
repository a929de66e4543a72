/** Held-out batch 467: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold texts of table data rows: a row's cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** `<h3>` + `<p>` pairs of a list of titled notes, with the given class on the wrapping element. */
export const notes = (items: readonly (readonly [string, string])[], cls: string): string =>
  items.map(([h, p]) => `<div class="${cls}"><h3>${h}</h3><p>${p}</p></div>`).join('\n');
