import type { TestPage } from './page-kit.js';

/** Held-out batch 713: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Item `i` of a list of strings, '' when out of range (strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/** Lower-case word tokens of a text, joined with single spaces and padded, for whole-word containment checks. */
const words = (t: string): string => ` ${(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its bylines and furniture deduplicated and without the texts that are also part of the title, a heading
 * or a body entry (whole words), as the usual gold rules ask.
 */
export function gold(p: TestPage): TestPage {
  const g = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (items: readonly string[]): string[] => [...new Set(items)].filter((t) => words(t).trim() === '' || !g.some((x) => x.includes(words(t))));
  return { ...p, bylines: keep(p.bylines), furniture: keep(p.furniture) };
}
