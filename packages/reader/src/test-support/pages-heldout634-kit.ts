import { plain, type TestPage, texts, tokens } from './page-kit.js';

/** Held-out batch 634: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** A table block: its header cells (in no list) and data rows (one body entry a row, cells joined by spaces). */
export interface Table {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly cls?: string;
}

/** One block of an article: a paragraph (HTML), a list, a quotation or a table. */
export type Block = string | { readonly ul: readonly string[] } | { readonly ol: readonly string[] } | { readonly q: string } | { readonly t: Table };

/** A section of an article: an optional heading (HTML) and its blocks. */
export interface Sec {
  readonly h?: string;
  readonly b: readonly Block[];
}

/** How a template marks up headings, paragraphs and lists. */
export interface Marks {
  h?: (t: string, i: number) => string;
  p?: (t: string) => string;
  ul?: string;
  ol?: string;
  li?: string;
}

const tableHtml = (t: Table): string =>
  `<table${t.cls === undefined ? '' : ` class="${t.cls}"`}><thead><tr>${t.head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${t.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;

const blockHtml = (b: Block, m: Marks): string => {
  if (typeof b === 'string') return m.p === undefined ? `<p>${b}</p>` : m.p(b);
  if ('ul' in b) return `<ul${m.ul ?? ''}>${lis(b.ul, m.li)}</ul>`;
  if ('ol' in b) return `<ol${m.ol ?? ''}>${lis(b.ol, m.li)}</ol>`;
  if ('q' in b) return `<blockquote><p>${b.q}</p></blockquote>`;
  return tableHtml(b.t);
};

/** The HTML of sections in a template's marks. */
export const secsHtml = (secs: readonly Sec[], m: Marks = {}): string =>
  secs
    .map((s, i) => {
      const h = s.h === undefined ? '' : m.h === undefined ? `<h2>${s.h}</h2>` : m.h(s.h, i);
      return [h, ...s.b.map((b) => blockHtml(b, m))].filter((x) => x !== '').join('\n');
    })
    .join('\n');

const blockTexts = (b: Block): string[] => {
  if (typeof b === 'string') return [b];
  if ('ul' in b) return [...b.ul];
  if ('ol' in b) return [...b.ol];
  if ('q' in b) return [b.q];
  return b.t.rows.map((r) => r.join(' '));
};

/** The gold headings and body of sections. */
export const gold = (secs: readonly Sec[]): { headings: string[]; body: string[] } => ({
  headings: secs.flatMap((s) => (s.h === undefined ? [] : [plain(s.h)])),
  body: texts(secs.flatMap((s) => s.b.flatMap(blockTexts))),
});

/**
 * A page finished by the usual rules: byline and furniture texts that also occur (as whole words) in the title, a heading
 * or a body entry are left out, each distinct text is kept once, and furniture repeating a byline is left out.
 */
export function done(p: TestPage): TestPage {
  const art = ` ${[p.title, ...p.headings, ...p.body].map((t) => tokens(t).join(' ')).join(' | ')} `;
  const keep = (t: string): boolean => {
    const k = tokens(t);
    return k.length === 0 || !art.includes(` ${k.join(' ')} `);
  };
  const bylines = [...new Set(p.bylines)].filter(keep);
  const furniture = [...new Set(p.furniture)].filter((t) => keep(t) && !bylines.includes(t));
  return { ...p, bylines, furniture };
}
