/** Held-out batch 462: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** Rows of a label / value table: `<th scope="row">` label, `<td>` value. */
export const kv = (rows: readonly (readonly [string, string])[]): string =>
  rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('\n');

/** The values of label / value rows (the body entries of a details table). */
export const vals = (rows: readonly (readonly [string, string])[]): string[] => rows.map(([, v]) => v);
