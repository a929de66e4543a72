import { plain } from './page-kit.js';

/** Held-out batch 685: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (the files are checked with noUncheckedIndexedAccess). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

/** A section of an article: its heading ('' for none) and its blocks, a string a paragraph, an array a list. */
export type Sec = readonly [string, ReadonlyArray<string | readonly string[]>];

/** How one template writes a section's heading, paragraph and list. */
export interface Shape {
  h: (t: string) => string;
  p: (t: string) => string;
  ul: (items: readonly string[]) => string;
}

/** The HTML of the sections in a template's shape. */
export const render = (secs: readonly Sec[], s: Shape): string =>
  secs.map(([h, blocks]) => [h === '' ? '' : s.h(h), ...blocks.map((b) => (typeof b === 'string' ? s.p(b) : s.ul(b)))].join('\n')).join('\n');

/** The gold headings of the sections. */
export const heads = (secs: readonly Sec[]): string[] => secs.map(([h]) => plain(h)).filter((h) => h !== '');

/** The gold body of the sections: a paragraph an entry, a list item an entry. */
export const bodyOf = (secs: readonly Sec[]): string[] =>
  secs.flatMap(([, blocks]) => blocks.flatMap((b) => (typeof b === 'string' ? [b] : [...b]))).map(plain);

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly (readonly string[])[], td = 'td'): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${td}>${c}</${td}>`).join('')}</tr>`).join('\n');

/** The gold texts of table rows: a row an entry, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));
