import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 563: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** One block of an article: a paragraph, a heading, a list, a quote or a table (header cells, data rows). */
export type Block =
  | { p: string }
  | { h: string; n?: number }
  | { ul: readonly string[] }
  | { ol: readonly string[] }
  | { q: string }
  | { th: readonly string[]; rows: readonly (readonly string[])[] };

/** Attributes a template puts on each kind of block (`class="..."`). */
export interface Look {
  p?: string;
  h?: string;
  list?: string;
  li?: string;
  table?: string;
}

/** An article part: its HTML and its gold (headings, body), built from the same strings. */
export interface Part {
  html: string;
  headings: string[];
  body: string[];
}

const at = (s?: string): string => (s ? ` ${s}` : '');

const tableHtml = (th: readonly string[], rows: readonly (readonly string[])[], look: Look): string =>
  `<table${at(look.table)}><thead><tr>${th.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>` +
  `${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;

/** HTML and gold of blocks; a table data row is one body entry, its cells joined by spaces. */
export function render(blocks: readonly Block[], look: Look = {}): Part {
  const html: string[] = [];
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    if ('p' in b) {
      html.push(`<p${at(look.p)}>${b.p}</p>`);
      body.push(plain(b.p));
    } else if ('h' in b) {
      const n = b.n ?? 2;
      html.push(`<h${n}${at(look.h)}>${b.h}</h${n}>`);
      headings.push(plain(b.h));
    } else if ('ul' in b || 'ol' in b) {
      const items = 'ul' in b ? b.ul : b.ol;
      const tag = 'ul' in b ? 'ul' : 'ol';
      html.push(`<${tag}${at(look.list)}>${items.map((t) => `<li${at(look.li)}>${t}</li>`).join('\n')}</${tag}>`);
      body.push(...items.map(plain));
    } else if ('q' in b) {
      html.push(`<blockquote><p>${b.q}</p></blockquote>`);
      body.push(plain(b.q));
    } else {
      html.push(tableHtml(b.th, b.rows, look));
      body.push(...b.rows.map((r) => plain(r.join(' '))));
    }
  }
  return { html: html.join('\n'), headings, body };
}

/** The page's gold from its parts; byline and furniture texts that also occur (as whole words) in the article are left out. */
export function page(
  head: Pick<TestPage, 'name' | 'kind' | 'html' | 'title'>,
  parts: readonly Part[],
  bylines: readonly string[],
  furniture: readonly string[],
): TestPage {
  const headings = parts.flatMap((p) => p.headings);
  const body = parts.flatMap((p) => p.body);
  const gold = [head.title, ...headings, ...body].map((t) => ` ${tokens(t).join(' ')} `);
  const outside = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(` ${tokens(t).join(' ')} `));
  const once = (xs: readonly string[]): string[] => [...new Set(xs.map(plain))].filter(outside);
  const by = once(bylines);
  return { ...head, headings, body, bylines: by, furniture: once(furniture).filter((t) => !by.includes(t)) };
}
