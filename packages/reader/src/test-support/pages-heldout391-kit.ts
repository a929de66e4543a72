/** Held-out batch 391, small shared helpers: text joined from short pieces, plain `<li>` lines, article sections and table rows. */
import { texts } from './page-kit.js';

export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');

/** A block of an article section: a paragraph, or the items of a bulleted list. */
export type Block = string | readonly string[];
/** An article section: its heading ('' for the lead section, which has none) and its blocks. */
export type Section = readonly [string, readonly Block[]];

export interface Look {
  h?: string;
  hAttrs?: string;
  pAttrs?: string;
  ulAttrs?: string;
  liAttrs?: string;
}

/** The HTML of the sections, with the heading tag and the attributes of the platform. */
export const render = (sections: readonly Section[], look: Look = {}): string => {
  const h = look.h ?? 'h2';
  return sections
    .map(([head, blocks]) => {
      const top = head === '' ? '' : `<${h}${look.hAttrs ?? ''}>${head}</${h}>\n`;
      const inner = blocks
        .map((b) =>
          typeof b === 'string'
            ? `<p${look.pAttrs ?? ''}>${b}</p>`
            : `<ul${look.ulAttrs ?? ''}>\n${b.map((i) => `<li${look.liAttrs ?? ''}>${i}</li>`).join('\n')}\n</ul>`,
        )
        .join('\n');
      return top + inner;
    })
    .join('\n');
};

/** The section headings, in order. */
export const heads = (sections: readonly Section[]): string[] => sections.map(([head]) => head).filter((head) => head !== '');

/** The plain body texts of the sections: paragraphs and list items. */
export const bodyOf = (sections: readonly Section[]): string[] =>
  texts(sections.flatMap(([, blocks]) => blocks.flatMap((b) => (typeof b === 'string' ? [b] : [...b]))));

/** `<tr>` rows of data cells, one cell a line. */
export const rows = (table: readonly (readonly string[])[], cellAttrs = ''): string =>
  table.map((r) => `<tr>\n${r.map((c) => `<td${cellAttrs}>${c}</td>`).join('\n')}\n</tr>`).join('\n');
