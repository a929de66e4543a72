import { texts } from './page-kit.js';

/** Held-out batch 284: lines of one paragraph joined with spaces (to keep source lines short). */
export const j = (...parts: string[]): string => parts.join(' ');

/** A block of an article body: a paragraph, a section heading, a list, a quote, a table, or raw furniture HTML. */
export type Block =
  | string
  | { h: string }
  | { ul: string[] }
  | { ol: string[] }
  | { q: string; by?: string }
  | { th: string[]; rows: string[][]; cls?: string }
  | { raw: string };

/** The HTML of an article body and its gold: headings, and the body texts (paragraphs, list items, quotes, data cells). */
export interface Art {
  html: string;
  headings: string[];
  body: string[];
}

/** Builds an article body from blocks; `p` is the attribute text of each `<p>`, `h` the heading tag with its attributes. */
export function art(blocks: readonly Block[], { p = '', h = 'h2', li = '' }: { p?: string; h?: string; li?: string } = {}): Art {
  const hName = h.split(' ')[0] ?? 'h2';
  const html: string[] = [];
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') {
      html.push(`<p${p}>${b}</p>`);
      body.push(b);
    } else if ('h' in b) {
      html.push(`<${h}>${b.h}</${hName}>`);
      headings.push(...texts([b.h]));
    } else if ('ul' in b || 'ol' in b) {
      const tag = 'ul' in b ? 'ul' : 'ol';
      const items = 'ul' in b ? b.ul : b.ol;
      html.push(`<${tag}>\n${items.map((t) => `<li${li}>${t}</li>`).join('\n')}\n</${tag}>`);
      body.push(...items);
    } else if ('q' in b) {
      html.push(`<blockquote><p>${b.q}</p>${b.by === undefined ? '' : `\n<cite>${b.by}</cite>`}</blockquote>`);
      body.push(b.q);
      if (b.by !== undefined) body.push(b.by);
    } else if ('th' in b) {
      const head = `<thead><tr>${b.th.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n');
      html.push(`<table${b.cls === undefined ? '' : ` class="${b.cls}"`}>${head}\n<tbody>\n${rows}\n</tbody></table>`);
      for (const r of b.rows) body.push(...r);
    } else {
      html.push(b.raw);
    }
  }
  return { html: html.join('\n'), headings, body: texts(body) };
}
