import { ps } from './page-kit.js';

/** Held-out batch 605: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A plain text with `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** An article section: its heading (plain text) and its paragraphs (HTML strings). */
export interface Sec {
  h: string;
  p: readonly string[];
}

/** Sections as HTML: the heading in `tag` (with `hAttrs`), then its `<p>` elements (with `pAttrs`). */
export const secs = (list: readonly Sec[], tag = 'h2', hAttrs = '', pAttrs = ''): string =>
  list.map((s) => `<${tag}${hAttrs}>${esc(s.h)}</${tag}>\n${ps(s.p, pAttrs)}`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings). */
export const rows = (rs: readonly (readonly string[])[], tdAttrs = ''): string =>
  rs.map((r) => `<tr>${r.map((c) => `<td${tdAttrs}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with " | ". */
export const rowText = (r: readonly string[]): string => r.join(' | ');
