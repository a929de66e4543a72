import { ps, texts } from './page-kit.js';

/** Held-out batch 461: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A section of an article: its heading (if any), paragraphs, an optional list and paragraphs after the list. */
export interface Sec {
  h?: string;
  ps: readonly string[];
  list?: readonly string[];
  ordered?: boolean;
  after?: readonly string[];
}

/** The HTML of sections, headings as `tag`, paragraphs with `pAttrs`, lists with `listAttrs`. */
export const secs = (sections: readonly Sec[], tag = 'h2', pAttrs = '', listAttrs = ''): string =>
  sections
    .map((s) => {
      const head = s.h === undefined ? '' : `<${tag}>${s.h}</${tag}>\n`;
      const lt = s.ordered === true ? 'ol' : 'ul';
      const list = s.list === undefined ? '' : `\n<${lt}${listAttrs}>${lis(s.list)}</${lt}>`;
      const after = s.after === undefined ? '' : `\n${ps(s.after, pAttrs)}`;
      return `${head}${ps(s.ps, pAttrs)}${list}${after}`;
    })
    .join('\n');

/** The gold headings of sections. */
export const heads = (sections: readonly Sec[]): string[] => texts(sections.flatMap((s) => (s.h === undefined ? [] : [s.h])));

/** The gold body entries of sections, in order. */
export const bodyOf = (sections: readonly Sec[]): string[] => texts(sections.flatMap((s) => [...s.ps, ...(s.list ?? []), ...(s.after ?? [])]));

/** Spec table rows, a `<th scope="row">` label and a `<td>` value each; the gold entry of a row is label and value with a space. */
export const specRows = (rows: readonly (readonly [string, string])[], thAttrs = '', tdAttrs = '', trAttrs = ''): string =>
  rows.map(([k, v]) => `<tr${trAttrs}><th scope="row"${thAttrs}>${k}</th><td${tdAttrs}>${v}</td></tr>`).join('\n');

/** The gold entries of spec table rows. */
export const specText = (rows: readonly (readonly [string, string])[]): string[] => texts(rows.map(([k, v]) => `${k} ${v}`));
