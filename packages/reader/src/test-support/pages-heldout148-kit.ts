import { plain } from './page-kit.js';

/**
 * Held-out batch 148, helper: an article written as plain blocks separated by blank lines, turned into both the page's
 * HTML and its gold, so the two agree. A block is a paragraph (its lines joined by spaces), a heading ("## " or "### "),
 * a list ("- " or "1. " lines), a blockquote ("> ") or a slot ("@@name") where the page puts its own furniture
 * (ads, figures, promos) between paragraphs.
 */
export interface Block {
  kind: 'p' | 'h2' | 'h3' | 'ul' | 'ol' | 'quote' | 'slot';
  /** The inner HTML of the block, or of each list item. */
  html: string[];
}

export function parse(src: string): Block[] {
  return src
    .trim()
    .split(/\n\s*\n/)
    .map((raw): Block => {
      const lines = raw.trim().split('\n');
      const first = lines[0] ?? '';
      const joined = lines.join(' ');
      if (first.startsWith('@@')) return { kind: 'slot', html: [first.slice(2).trim()] };
      if (first.startsWith('### ')) return { kind: 'h3', html: [joined.slice(4)] };
      if (first.startsWith('## ')) return { kind: 'h2', html: [joined.slice(3)] };
      if (first.startsWith('> ')) return { kind: 'quote', html: [joined.slice(2)] };
      if (first.startsWith('- ')) return { kind: 'ul', html: joined.split(/(?:^| )- /).filter((s) => s !== '') };
      if (/^1\. /.test(first)) return { kind: 'ol', html: joined.split(/(?:^| )\d+\. /).filter((s) => s !== '') };
      return { kind: 'p', html: [joined] };
    });
}

/** The gold of the blocks: section headings and body texts (paragraphs, list items, quotes), in order. */
export function gold(blocks: readonly Block[]): { headings: string[]; body: string[] } {
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'slot') continue;
    if (b.kind === 'h2' || b.kind === 'h3') headings.push(...b.html.map(plain));
    else body.push(...b.html.map(plain));
  }
  return { headings, body };
}

/** How a platform writes each kind of block; a missing kind falls back to plain tags. */
export interface Format {
  p?: (html: string) => string;
  h2?: (html: string) => string;
  h3?: (html: string) => string;
  li?: (html: string) => string;
  ul?: (items: string) => string;
  ol?: (items: string) => string;
  quote?: (html: string) => string;
}

/** The HTML of the blocks in a platform's format, with each slot replaced by its furniture. */
export function render(blocks: readonly Block[], f: Format, slots: Record<string, string> = {}): string {
  const li = f.li ?? ((h: string) => `<li>${h}</li>`);
  return blocks
    .map((b) => {
      const h = b.html[0] ?? '';
      switch (b.kind) {
        case 'slot':
          return slots[h] ?? '';
        case 'p':
          return f.p ? f.p(h) : `<p>${h}</p>`;
        case 'h2':
          return f.h2 ? f.h2(h) : `<h2>${h}</h2>`;
        case 'h3':
          return f.h3 ? f.h3(h) : `<h3>${h}</h3>`;
        case 'quote':
          return f.quote ? f.quote(h) : `<blockquote><p>${h}</p></blockquote>`;
        case 'ul':
          return (f.ul ?? ((s: string) => `<ul>${s}</ul>`))(b.html.map(li).join('\n'));
        case 'ol':
          return (f.ol ?? ((s: string) => `<ol>${s}</ol>`))(b.html.map(li).join('\n'));
      }
      return '';
    })
    .join('\n');
}

/** The words of an article's blocks, for keeping each article between 300 and 900 words. */
export const wordCount = (blocks: readonly Block[]): number =>
  blocks
    .filter((b) => b.kind !== 'slot')
    .flatMap((b) => b.html.map(plain))
    .join(' ')
    .split(/\s+/)
    .filter((w) => w !== '').length;
