import type { TestPage } from './page-kit.js';

/** Held-out batch 533: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A `<tr>` of `<td>` cells. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells joined with single spaces. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** The item at `i` (strict index access without `undefined`). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** Word tokens of a text, lower-cased, padded with spaces for whole-word containment checks. */
const toks = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/** The texts of `list` that are not part of any `gold` text (as whole words) and not repeated, each kept once. */
export const outside = (list: readonly string[], gold: readonly string[]): string[] => {
  const g = gold.map(toks);
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = toks(t).trim() === '' ? t : toks(t);
    if (seen.has(k) || g.some((x) => x.includes(k))) return false;
    seen.add(k);
    return true;
  });
};

/** A page with its bylines and furniture cleared of texts that are part of the title, a heading or the body (and of repeats). */
export const finish = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  const bylines = outside(p.bylines, gold);
  return { ...p, bylines, furniture: outside(p.furniture, [...gold, ...bylines]) };
};
