import type { TestPage } from './page-kit.js';

/** Held-out batch 470: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item of a list at an index, or '' (for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** Text with `&` escaped for HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');

/** A price-list item: its name, price and an optional note; its gold is the three texts joined in the order shown. */
export interface PriceItem {
  name: string;
  price: string;
  note?: string;
}

/** The gold text of a price-list item: name, price, note. */
export const priceText = (p: PriceItem): string => [p.name, p.price, p.note ?? ''].join(' ').trim();

/** Token string of a text, padded with spaces, for whole-word containment. */
const toks = (t: string): string => ` ${(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned: empty texts, repeats, and texts also found (as whole words) in the title,
 * a heading or a body entry left out, as the gold rules ask.
 */
export function clean(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(toks);
  const keep = (t: string): boolean => t.trim() !== '' && (toks(t).trim() === '' || !gold.some((g) => g.includes(toks(t))));
  const bylines = [...new Set(p.bylines.filter(keep))];
  const furniture = [...new Set(p.furniture.filter(keep))].filter((t) => !bylines.includes(t));
  return { ...p, bylines, furniture };
}
