import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 688: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, with an optional class on each `<li>`. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: its cells as `<td>` and, for the gold, one body entry with the cells' texts joined by spaces. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
export const row = (cells: readonly string[]): string => cells.join(' ');

/** Does the text occur, as whole words, inside one of the gold blocks? */
const within = (text: string, blocks: readonly string[]): boolean => {
  const t = tokens(text);
  if (t.length === 0) return false;
  const needle = ` ${t.join(' ')} `;
  return blocks.some((b) => ` ${tokens(b).join(' ')} `.includes(needle));
};

/**
 * The page with its bylines and furniture cleaned the way the gold rules ask: a text that is also part of the title, a
 * heading or a body entry is left out, and each distinct text is kept once (a byline is not repeated as furniture).
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body];
  const bylines = [...new Set(p.bylines)].filter((b) => !within(b, gold));
  const furniture = [...new Set(p.furniture)].filter((f) => !within(f, gold) && !bylines.includes(f));
  return { ...p, bylines, furniture };
}
