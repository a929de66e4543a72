import type { TestPage } from './page-kit.js';

/** Held-out batch 459: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Table rows of the cells (`&` escaped), one `<tr>` a row. */
export const trs = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: a row's cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** `<a>` links of the texts (`&` escaped), each wrapped in `tag` with class `cls` when given. */
export const anchors = (items: readonly string[], cls = '', tag = ''): string =>
  items
    .map((t) => {
      const a = `<a href="#"${tag === '' && cls !== '' ? ` class="${cls}"` : ''}>${t.replace(/&/g, '&amp;')}</a>`;
      return tag === '' ? a : `<${tag}${cls === '' ? '' : ` class="${cls}"`}>${a}</${tag}>`;
    })
    .join('\n');

/**
 * The furniture or byline texts that are not also in the article's gold texts (title, headings, body), matched as whole words
 * without regard to case, each distinct text once.
 */
export const outside = (gold: readonly string[], items: readonly string[]): string[] => {
  const all = gold.join('\n');
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inGold = (t: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${esc(t)}(?![\\p{L}\\p{N}])`, 'iu').test(all);
  return [...new Set(items)].filter((t) => !inGold(t));
};

/** The page with its bylines and furniture left without the texts that are also in its title, headings or body. */
export const clean = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  return { ...p, bylines: outside(gold, p.bylines), furniture: outside(gold, p.furniture) };
};
