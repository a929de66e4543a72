import { plain } from './page-kit.js';

/** Held-out batch 581: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** A URL path piece made from a link text. */
export const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Bare `<a>` links (no `<li>`), for builders that lay menus out as plain anchors. */
export const anchors = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a href="/${slug(t)}"${cls === '' ? '' : ` class="${cls}"`}>${esc(t)}</a>`).join('\n');

/** `<tr>` rows of `<td>` cells holding HTML strings. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: each row's cells, as plain text, joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));
