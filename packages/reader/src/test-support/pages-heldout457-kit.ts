import { plain, texts } from './page-kit.js';

/** Held-out batch 457: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** One block of an article: a heading (level 2 unless `lv`), a paragraph, a quote or a list. */
export type Part = { h: string; lv?: number } | { p: string } | { q: string } | { ul: readonly string[] } | { ol: readonly string[] };

/** The attributes a template puts on each kind of block, and an optional wrapper for headings. */
export interface Look {
  h?: string;
  p?: string;
  q?: string;
  list?: string;
  li?: string;
  wrapH?: (text: string, html: string) => string;
}

/** The HTML of an article's blocks in a template's look. */
export function render(parts: readonly Part[], look: Look = {}): string {
  return parts
    .map((x) => {
      if ('h' in x) {
        const lv = x.lv ?? 2;
        const h = `<h${lv}${look.h ?? ''}>${x.h}</h${lv}>`;
        return look.wrapH ? look.wrapH(x.h, h) : h;
      }
      if ('p' in x) return `<p${look.p ?? ''}>${x.p}</p>`;
      if ('q' in x) return `<blockquote${look.q ?? ''}><p>${x.q}</p></blockquote>`;
      const tag = 'ul' in x ? 'ul' : 'ol';
      return `<${tag}${look.list ?? ''}>${lis('ul' in x ? x.ul : x.ol, look.li ?? '')}</${tag}>`;
    })
    .join('\n');
}

/** The gold headings of an article's blocks. */
export const headingsOf = (parts: readonly Part[]): string[] => parts.flatMap((x) => ('h' in x ? [plain(x.h)] : []));

/** The gold body entries of an article's blocks. */
export const bodyOf = (parts: readonly Part[]): string[] =>
  parts.flatMap((x) => ('h' in x ? [] : 'p' in x ? [plain(x.p)] : 'q' in x ? [plain(x.q)] : texts('ul' in x ? x.ul : x.ol)));
