import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 541: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of cells (`td` or `th`), `&` escaped. */
export const tr = (cells: readonly string[], tag = 'td'): string =>
  `<tr>${cells.map((c) => `<${tag}>${c.replace(/&(?![a-z#0-9]+;)/g, '&amp;')}</${tag}>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined with spaces. */
export const rowText = (cells: readonly string[]): string => plain(cells.join(' '));

/**
 * A page whose byline and furniture lists drop repeats and every text that is also part of the title, a heading or a body
 * entry (as whole words), and whose furniture drops the byline texts.
 */
export function mk(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const inArticle = (t: string): boolean => {
    const k = ` ${tokens(t).join(' ')} `;
    return k.trim() !== '' && article.some((a) => a.includes(k));
  };
  const keep = (items: readonly string[], drop: readonly string[]): string[] => [...new Set(items)].filter((t) => !inArticle(t) && !drop.includes(t));
  const bylines = keep(p.bylines, []);
  return { ...p, bylines, furniture: keep(p.furniture, bylines) };
}
