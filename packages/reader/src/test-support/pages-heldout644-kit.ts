import { plain } from './page-kit.js';

/** Held-out batch 644: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of cells (`td` or `th`). */
export const tr = (cells: readonly string[], tag = 'td'): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined with spaces. */
export const rowText = (cells: readonly string[]): string => plain(cells.join(' '));

/** A wiki paragraph with `{n}` citation marks turned into MediaWiki reference superscripts. */
export const cite = (html: string): string =>
  html.replace(/\{(\d+)\}/g, '<sup id="cite_ref-$1" class="reference"><a href="#cite_note-$1">&#91;$1&#93;</a></sup>');

/** The gold text of a wiki paragraph: citation marks left out. */
export const uncite = (html: string): string => plain(html.replace(/\{(\d+)\}/g, ''));
