import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 584: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr><td>` rows of a data table. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with spaces. */
export const rowText = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

const words = (s: string): string => ` ${tokens(s).join(' ')} `;

/**
 * The page with its bylines and furniture holding each distinct text once, without the texts that are also part of
 * the title, a heading or a body entry (and furniture without the byline texts).
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const inGold = (t: string): boolean => tokens(t).length > 0 && gold.some((g) => g.includes(words(t)));
  const bylines = [...new Set(p.bylines)].filter((t) => !inGold(t));
  const furniture = [...new Set(p.furniture)].filter((t) => !inGold(t) && !bylines.includes(t));
  return { ...p, bylines, furniture };
}
