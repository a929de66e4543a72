import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 694: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (`&` escaped). */
export const trs = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with spaces. */
export const rowText = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** `<dt>` / `<dd>` pairs of a spec list. */
export const dls = (pairs: readonly (readonly [string, string])[]): string => pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n');

/** The gold text of spec pairs: "key value". */
export const pairText = (pairs: readonly (readonly [string, string])[]): string[] => pairs.map(([k, v]) => `${k} ${v}`);

const within = (hay: string, needle: string): boolean => ` ${tokens(hay).join(' ')} `.includes(` ${tokens(needle).join(' ')} `);

/**
 * A page with its bylines and furniture cleaned by the usual rule: each text once, and a text that is also part of the
 * title, a heading or a body entry left out (bylines first, furniture repeating a byline left out too).
 */
export function page(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body];
  const keep = (t: string): boolean => t.trim() !== '' && (tokens(t).length === 0 || !article.some((a) => within(a, t)));
  const bylines = [...new Set(p.bylines)].filter(keep);
  const furniture = [...new Set(p.furniture)].filter(keep).filter((t) => !bylines.includes(t));
  return { ...p, bylines, furniture };
}
