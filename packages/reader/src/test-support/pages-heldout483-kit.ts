/** Held-out batch 483: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Table data rows: one `<tr>` a row, one `<td>` a cell. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined by a space. */
export const row = (r: readonly string[]): string => r.join(' ');

/** A section of an article: its heading and its paragraphs (HTML strings). */
export interface Sec {
  h: string;
  ps: readonly string[];
}

/** `<h2>` (or another tag) and `<p>` elements of sections. */
export const secs = (list: readonly Sec[], tag = 'h2', pAttrs = ''): string =>
  list.map((s) => `<${tag}>${s.h}</${tag.split(' ')[0]}>\n${s.ps.map((p) => `<p${pAttrs}>${p}</p>`).join('\n')}`).join('\n');
