/** Held-out batch 538: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${esc(t)}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the price and size tables of the batch. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one body entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** `<h2>` / `<h3>` heading and its paragraphs. */
export const sec = (tag: string, heading: string, paras: readonly string[]): string =>
  `<${tag}>${esc(heading)}</${tag}>\n${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
