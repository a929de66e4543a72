import { plain } from './page-kit.js';

/** Held-out batch 658: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or an empty string (for strict index access). */
export const at = (a: readonly string[], i: number): string => a[i] ?? '';

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly (readonly string[])[], td = 'td'): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${td}>${c}</${td}>`).join('')}</tr>`).join('\n');

/** The gold entries of table data rows: one entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** `<a>` links (no list items) of the texts, `&` escaped. */
export const anchors = (items: readonly string[], cls = ''): string =>
  items
    .map(
      (t) => `<a${cls === '' ? '' : ` class="${cls}"`}
href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a>`,
    )
    .join('\n');
