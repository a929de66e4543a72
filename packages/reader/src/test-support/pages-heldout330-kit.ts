import { ps } from './page-kit.js';

/** Held-out batch 330, small shared helpers. */

/** Paragraphs written as one template text, blank-line separated, each collapsed to one line. */
export const pp = (s: string): string[] =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');

/** Short texts written as one template text, separated by "|" or line ends. */
export const ll = (s: string): string[] =>
  s
    .split(/\s*\|\s*|\n/)
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** `<li>` lines of plain items (no links), `&` escaped. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');

/** A section of an article: its heading and its paragraphs. */
export type Sec = readonly [string, readonly string[]];

/** The HTML of sections: each heading as `<tag attrs>`, then its paragraphs as `<p pAttrs>`. */
export const secs = (list: readonly Sec[], tag = 'h2', attrs = '', pAttrs = ''): string =>
  list.map(([h, p]) => `<${tag}${attrs}>${h}</${tag}>\n${ps(p, pAttrs)}`).join('\n');

/** The headings of sections, and all their paragraphs in order. */
export const heads = (list: readonly Sec[]): string[] => list.map(([h]) => h);
export const paras = (list: readonly Sec[]): string[] => list.flatMap(([, p]) => [...p]);
