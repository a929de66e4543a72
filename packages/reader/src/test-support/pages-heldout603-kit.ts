/** Held-out batch 603: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A `<tr>` of `<td>` cells; its gold body entry is `cells.join(' ')`. */
export const tr = (cells: readonly string[], attrs = ''): string => `<tr${attrs}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** `<a>` links (no list items) with a class, for menus that are not lists (Squarespace, Webflow, Wix). */
export const as = (items: readonly string[], cls: string): string =>
  items.map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="${cls}">${t.replace(/&/g, '&amp;')}</a>`).join('\n');

/** An Elementor widget (its wrapper and container) of `type` holding `inner`. */
export const ew = (id: string, type: string, inner: string): string =>
  j(
    `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}"`,
    `data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`,
  );
