import type { TestPage } from './page-kit.js';

/** Held-out batch 484: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The i-th string of a list, or '' (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

/** Lower-case words of a text between spaces, for whole-word containment. */
const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * A page whose bylines and furniture keep each distinct text once and leave out any text that also occurs, as whole words,
 * in the title, a heading or a body entry (a menu item equal to a word of the body, a breadcrumb repeating the title).
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (t: string, i: number, all: readonly string[]): boolean =>
    all.indexOf(t) === i && (words(t).trim() === '' || !gold.some((g) => g.includes(words(t))));
  return { ...p, bylines: p.bylines.filter(keep), furniture: p.furniture.filter(keep) };
}
