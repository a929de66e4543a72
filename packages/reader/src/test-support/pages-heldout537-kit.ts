import { plain, texts } from './page-kit.js';

/** Held-out batch 537: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A section of an article: an optional heading, paragraphs, then an optional bulleted or numbered list and more paragraphs. */
export interface Sec {
  h?: string;
  p?: readonly string[];
  ul?: readonly string[];
  ol?: readonly string[];
  after?: readonly string[];
}

/** The HTML of sections, headings as `tag` with `hAttrs`, paragraphs with `pAttrs`. */
export const secHtml = (secs: readonly Sec[], tag = 'h2', hAttrs = '', pAttrs = ''): string =>
  secs
    .map((s) => {
      const h = s.h === undefined ? '' : `<${tag}${hAttrs}>${s.h}</${tag}>\n`;
      const p = (s.p ?? []).map((t) => `<p${pAttrs}>${t}</p>`).join('\n');
      const ul = s.ul === undefined ? '' : `\n<ul>${lis(s.ul)}</ul>`;
      const ol = s.ol === undefined ? '' : `\n<ol>${lis(s.ol)}</ol>`;
      const after = (s.after ?? []).map((t) => `\n<p${pAttrs}>${t}</p>`).join('');
      return `${h}${p}${ul}${ol}${after}`;
    })
    .join('\n');

/** The gold headings of sections. */
export const secHeads = (secs: readonly Sec[]): string[] => secs.flatMap((s) => (s.h === undefined ? [] : [plain(s.h)]));

/** The gold body entries of sections, in order. */
export const secBody = (secs: readonly Sec[]): string[] => texts(secs.flatMap((s) => [...(s.p ?? []), ...(s.ul ?? []), ...(s.ol ?? []), ...(s.after ?? [])]));

/** Table rows of cells (`<td>`, or `<th>` when `th`), one `<tr>` a row. */
export const trs = (rows: readonly (readonly string[])[], th = false): string =>
  rows.map((r) => `<tr>${r.map((c) => (th ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');

/** The gold body entry of each table data row: its cells' plain texts joined by spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));
