import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 539: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells holding the HTML strings. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** Footer or menu `<a>` links without list items, separated by `sep`, built from the furniture texts (`&` escaped). */
export const anchors = (items: readonly string[], sep = ' '): string =>
  items.map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a>`).join(sep);

/**
 * The page with the usual rule applied to its furniture and bylines: a text whose words also stand, in order, in the title, a
 * heading or a body entry is left out (a menu item equal to a word of the body), and each distinct text is kept once.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const keep = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(` ${tokens(t).join(' ')} `));
  const once = (list: string[]): string[] => [...new Set(list.filter(keep))];
  return { ...p, bylines: once(p.bylines), furniture: once(p.furniture.filter((t) => !p.bylines.includes(t))) };
}
