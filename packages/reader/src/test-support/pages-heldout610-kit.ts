import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 610: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A treatment on a price list: its name, its price (with the duration where the salon gives one) and an optional description. */
export interface Treatment {
  name: string;
  price: string;
  desc?: string;
}

/** Gold texts of a price list: the name and price of a treatment are one body entry, its description another. */
export const treatmentTexts = (items: readonly Treatment[]): string[] =>
  items.flatMap((t) => [`${t.name} ${t.price}`, ...(t.desc === undefined ? [] : [t.desc])]);

/** `<tr>` rows of `<td>` cells, and the gold text of each row (its cells joined with a space). */
export const trs = (rows: readonly (readonly string[])[], tdAttrs = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${tdAttrs}>${c}</td>`).join('')}</tr>`).join('\n');
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/**
 * The page with its furniture and bylines cleaned as the gold rules ask: each distinct text once, and a text left out where its
 * words also run, in order, inside the title, a heading or a body entry (a menu item "Lashes" on a page whose body speaks of lashes).
 */
export function finish(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const keep = (items: readonly string[]): string[] =>
    [...new Set(items)].filter((t) => tokens(t).length === 0 || !gold.some((g) => g.includes(` ${tokens(t).join(' ')} `)));
  return { ...p, bylines: keep(p.bylines), furniture: keep(p.furniture) };
}
