import { plain } from './page-kit.js';

/** Held-out batch 681: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A block of an article section: a paragraph (string) or a bulleted list (its items). */
export type Part = string | readonly string[];

/** A section of an article: its heading ('' for none) and its blocks. */
export type Section = readonly [string, readonly Part[]];

/**
 * The HTML, headings and body of an article written as sections: `hTag` for the headings, `pAttrs` on each `<p>`,
 * `ulAttrs` on each `<ul>`; the gold is built from the same strings.
 */
export function secs(
  sections: readonly Section[],
  { hTag = 'h2', pAttrs = '', ulAttrs = '' }: { hTag?: string; pAttrs?: string; ulAttrs?: string } = {},
): { html: string; headings: string[]; body: string[] } {
  const html: string[] = [];
  const headings: string[] = [];
  const body: string[] = [];
  for (const [h, parts] of sections) {
    if (h !== '') {
      html.push(`<${hTag}>${h}</${hTag}>`);
      headings.push(plain(h));
    }
    for (const p of parts) {
      if (typeof p === 'string') {
        html.push(`<p${pAttrs}>${p}</p>`);
        body.push(plain(p));
      } else {
        html.push(`<ul${ulAttrs}>${lis(p)}</ul>`);
        body.push(...p.map(plain));
      }
    }
  }
  return { html: html.join('\n'), headings, body };
}

/** A table data row (`<td>` cells) and its gold text, the cells' plain texts joined with spaces. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
export const rowText = (cells: readonly string[]): string => cells.map(plain).join(' ');

/** A wiki paragraph's plain text without its citation markers ([1], [2]...). */
export const noRefs = (html: string): string =>
  plain(html)
    .replace(/\[\d+\]/g, '')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
