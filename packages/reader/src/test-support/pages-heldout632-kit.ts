import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 632: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Table data rows (`<tr><td>`), built from the same cells as the gold. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one body entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** An Elementor widget wrapper around `inner`. */
export const ew = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget" ` +
  `data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;

/**
 * The page with its furniture and bylines settled: a text whose words also occur in the title, a heading or a body entry is
 * left out (a menu item equal to a word of the body), and each distinct text is kept once.
 */
export const settle = (page: TestPage): TestPage => {
  const gold = ` ${tokens([page.title, ...page.headings, ...page.body].join('\n')).join(' ')} `;
  const keep = (t: string, i: number, all: readonly string[]): boolean =>
    all.indexOf(t) === i && (tokens(t).length === 0 || !gold.includes(` ${tokens(t).join(' ')} `));
  const bylines = page.bylines.filter(keep);
  return { ...page, bylines, furniture: page.furniture.filter((t, i, all) => keep(t, i, all) && !bylines.includes(t)) };
};
