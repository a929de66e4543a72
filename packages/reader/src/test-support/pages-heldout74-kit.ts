import { plain } from './page-kit.js';

/**
 * Held-out batch 74, the kit: an article written once as blocks (paragraphs, section headings, lists, quoted paragraphs), so
 * that each page's HTML and its gold come from the same strings. `render` writes the blocks with a platform's own attributes
 * and puts the platform's in-article furniture (ad slots, promos, related boxes) ahead of the block with the given index.
 */
export type Block = readonly ['p' | 'h2' | 'h3' | 'blockquote', string] | readonly ['ul' | 'ol', readonly string[]];

/** Attributes (with their leading space) of each element a block is written as. */
export interface BlockAttrs {
  p?: string;
  h2?: string;
  h3?: string;
  ul?: string;
  ol?: string;
  li?: string;
  blockquote?: string;
}

/** The blocks as HTML, `inserts[i]` ahead of block i (`inserts[blocks.length]` after the last). */
export function render(blocks: readonly Block[], a: BlockAttrs = {}, inserts: Readonly<Record<number, string>> = {}): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const ins = inserts[i];
    if (ins !== undefined) out.push(ins);
    if (b[0] === 'ul' || b[0] === 'ol') {
      const items = b[1].map((t) => `<li${a.li ?? ''}>${t}</li>`).join('\n');
      out.push(`<${b[0]}${a[b[0]] ?? ''}>\n${items}\n</${b[0]}>`);
    } else if (b[0] === 'blockquote') out.push(`<blockquote${a.blockquote ?? ''}><p>${b[1]}</p></blockquote>`);
    else out.push(`<${b[0]}${a[b[0]] ?? ''}>${b[1]}</${b[0]}>`);
  });
  const last = inserts[blocks.length];
  if (last !== undefined) out.push(last);
  return out.join('\n');
}

/** Gold body of the blocks: every paragraph, list item and quoted paragraph as plain text, in order. */
export function bodyOf(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const [tag, c] of blocks) {
    if (typeof c !== 'string') out.push(...c.map(plain));
    else if (tag !== 'h2' && tag !== 'h3') out.push(plain(c));
  }
  return out;
}

/** Gold section headings of the blocks, in order. */
export const headingsOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap(([tag, c]) => ((tag === 'h2' || tag === 'h3') && typeof c === 'string' ? [plain(c)] : []));
