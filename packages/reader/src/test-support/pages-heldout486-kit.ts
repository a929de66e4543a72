/** Held-out batch 486: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<tr>` of `<td>` cells (HTML strings). */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row or a row of spans: its cells joined with spaces. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** `<h2>` plus paragraphs, for a section of the article. */
export const sec = (h: string, paras: readonly string[], tag = 'h2'): string => `<${tag}>${h}</${tag}>\n${paras.map((p) => `<p>${p}</p>`).join('\n')}`;
