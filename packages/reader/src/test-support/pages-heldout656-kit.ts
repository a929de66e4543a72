import { goldText, present, type TestPage } from './page-kit.js';

/** Held-out batch 656: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<tr>` of `<td>` cells; its gold body entry is `cells.join(' ')`. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** Each distinct text once, in first-seen order. */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];

/** The item at `i` of a list of texts ('' past the end), for strict index access. */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/**
 * The page with its furniture and bylines settled by the usual rule: each distinct text once, a furniture text that is also a
 * byline left to the bylines, and any text the gold article (title, headings, body) already holds left out of both lists.
 */
export const settle = (p: TestPage): TestPage => {
  const found = present(goldText(p));
  const bylines = uniq(p.bylines).filter((t) => !found(t));
  return { ...p, bylines, furniture: uniq(p.furniture).filter((t) => !found(t) && !bylines.includes(t)) };
};
