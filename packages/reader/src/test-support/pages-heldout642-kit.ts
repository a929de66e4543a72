import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 642: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (`cls` on each cell). */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** A padded token string, for whole-word "is part of" tests. */
const padded = (t: string): string => ` ${tokens(t).join(' ')} `;

/** Whether a text (with words) is part of one of the gold texts, as whole words. */
const within = (t: string, gold: readonly string[]): boolean => tokens(t).length > 0 && gold.some((g) => padded(g).includes(padded(t)));

/**
 * The page with its bylines and furniture made distinct, and with every text that is also part of the title, a heading or a
 * body entry (a breadcrumb repeating the title, a menu word that occurs in the body) left out, as the gold rules ask.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body];
  const bylines = [...new Set(p.bylines)].filter((t) => !within(t, gold));
  const furniture = [...new Set(p.furniture)].filter((t) => !within(t, gold) && !bylines.includes(t));
  return { ...p, bylines, furniture };
}
