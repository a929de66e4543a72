import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 678: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A `<tr>` of `<td>` cells holding the HTML strings. */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row (or a label / value row): its cells' plain texts joined with a space. */
export const rowText = (cells: readonly string[]): string => cells.map(plain).join(' ');

/** `<a>` links without list items, for menus written as bare links (Webflow, Wix, old table layouts). */
export const anchors = (items: readonly string[], cls = '', sep = ''): string =>
  items.map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</a>`).join(sep);

/**
 * The page with its furniture and bylines cleaned by the usual rule: a text that is also part of the title, a heading or a body
 * entry (as whole words, case aside) is left out, and each distinct text is kept once.
 */
export const clean = (page: TestPage): TestPage => {
  const gold = [page.title, ...page.headings, ...page.body].map((t) => ` ${tokens(t).join(' ')} `);
  const keep = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(` ${tokens(t).join(' ')} `));
  const once = (xs: string[]): string[] => [...new Set(xs)].filter(keep);
  return { ...page, bylines: once(page.bylines), furniture: once(page.furniture) };
};
