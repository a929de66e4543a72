import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 520: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings). */
export const trs = (rows: readonly (readonly string[])[], cell = 'td'): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold texts of table data rows: each row's cells, as plain text, joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** `&` escaped for a text placed in HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** Words of a text as a space-delimited sequence, for "is this text part of a gold entry" checks. */
const seq = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned as the gold rules ask: each distinct text once, and a text whose words occur
 * in that order in the title, a heading or a body entry left out.
 */
export function finish(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(seq);
  const seen = new Set<string>();
  const keep = (list: readonly string[]): string[] =>
    list.filter((t) => {
      const inGold = tokens(t).length > 0 && gold.some((g) => g.includes(seq(t)));
      if (seen.has(t) || inGold) return false;
      seen.add(t);
      return true;
    });
  const bylines = keep(p.bylines);
  return { ...p, bylines, furniture: keep(p.furniture) };
}
