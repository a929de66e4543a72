import { plain } from './page-kit.js';

/** Held-out batch 567: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A block of an article: a paragraph (a string) or a bulleted list (its items). */
export type Block = string | readonly string[];

/** The HTML of blocks: `<p>` for a paragraph, `<ul>` of `<li>` for a list, with the given attributes. */
export const blocks = (bs: readonly Block[], pAttrs = '', ulAttrs = ''): string =>
  bs.map((b) => (typeof b === 'string' ? `<p${pAttrs}>${b}</p>` : `<ul${ulAttrs}>${lis(b)}</ul>`)).join('\n');

/** The plain texts of blocks, one a paragraph or list item. */
export const blockTexts = (bs: readonly Block[]): string[] => bs.flatMap((b) => (typeof b === 'string' ? [plain(b)] : b.map(plain)));

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly (readonly string[])[], tdAttrs = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${tdAttrs}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table rows: one entry a row, its cells' plain texts joined with single spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));
