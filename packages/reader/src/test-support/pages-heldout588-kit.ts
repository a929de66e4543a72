import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 588: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr><td>` rows of a table, each row an array of cell strings (HTML). */
export const rows = (rs: readonly (readonly string[])[], cell = 'td'): string =>
  rs.map((r) => `<tr>${r.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with a space. */
export const rowText = (r: readonly string[]): string => r.join(' ');

const key = (t: string): string => ` ${tokens(t).join(' ')} `;

/** The texts, each once, without those that are also part of one of the `gold` texts (as a run of whole words). */
export function outside(list: readonly string[], gold: readonly string[]): string[] {
  const g = gold.map(key);
  const seen = new Set<string>();
  return list.filter((t) => {
    if (seen.has(t) || g.some((x) => x.includes(key(t)))) return false;
    seen.add(t);
    return true;
  });
}

/** A page whose bylines and furniture leave out texts that are part of its title, headings or body (and furniture, bylines). */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body];
  const bylines = outside(p.bylines, gold);
  return { ...p, bylines, furniture: outside(p.furniture, [...gold, ...bylines]) };
}
