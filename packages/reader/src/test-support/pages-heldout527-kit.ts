import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 527: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The entry at `i` of a list, or '' (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/**
 * The page with the usual rule applied to its bylines and furniture: a text that is also part of the title, a heading or a body
 * entry (as whole words, case aside) is left out; texts without words ("^", "»") stay.
 */
export function tidy(page: TestPage): TestPage {
  const gold = ` ${tokens([page.title, ...page.headings, ...page.body].join('\n')).join(' ')} `;
  const keep = (t: string): boolean => tokens(t).length === 0 || !gold.includes(` ${tokens(t).join(' ')} `);
  const uniq = (list: string[]): string[] => [...new Set(list.filter(keep))];
  return { ...page, bylines: uniq(page.bylines), furniture: uniq(page.furniture) };
}
