import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 466: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A section of a legal page: its heading, paragraphs, and an optional list after the paragraphs. */
export interface Sec {
  h: string;
  p: readonly string[];
  ul?: readonly string[];
}

/** The HTML of sections: `<hN>` heading (with `hAttrs`), `<p>` paragraphs (with `pAttrs`), then the `<ul>`. */
export const secHtml = (secs: readonly Sec[], tag = 'h2', hAttrs = '', pAttrs = ''): string =>
  secs
    .map((s) => {
      const list = s.ul === undefined ? '' : `<ul>${lis(s.ul)}</ul>`;
      return `<${tag}${hAttrs}>${s.h}</${tag}>\n${s.p.map((p) => `<p${pAttrs}>${p}</p>`).join('\n')}${list}`;
    })
    .join('\n');

/** The gold headings of sections (plain text). */
export const secHeads = (secs: readonly Sec[]): string[] => texts(secs.map((s) => s.h));

/** The gold body entries of sections: paragraphs then list items, as plain text. */
export const secBody = (secs: readonly Sec[]): string[] => texts(secs.flatMap((s) => [...s.p, ...(s.ul ?? [])]));

/** A table data row: `<tr>` with `<td>` cells; its gold is the cells joined with spaces. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row. */
export const rowText = (cells: readonly string[]): string => texts([cells.join(' ')])[0] ?? '';

/** Word tokens of a text between spaces, for whole-word containment. */
const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * A page whose furniture and bylines leave out texts that are also part of the title, a heading or a body entry (a menu item
 * equal to a word of the body), each distinct text once.
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (list: readonly string[]): string[] => [...new Set(list)].filter((t) => words(t).trim() === '' || !gold.some((g) => g.includes(words(t))));
  return { ...p, bylines: keep(p.bylines), furniture: keep(p.furniture) };
}
