/** Held-out batch 662: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells holding the HTML strings, one row an array. */
export const rows = (cells: readonly (readonly string[])[]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' plain texts joined with spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** An Elementor widget wrapper (`elementor-widget-<type>`) around its inner HTML. */
export const ew = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
  data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
