import { plain, type TestPage } from './page-kit.js';

/** Held-out batch 586: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' plain texts joined with a space. */
export const rowText = (r: readonly string[]): string => r.map(plain).join(' ');

/** Lower-case words of a text, space-padded, for "is this text part of that one" checks. */
const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * A page with its byline and furniture lists cleaned the batch's way: texts that are part of the title, a heading or a body
 * entry (as whole words) are left out, and each distinct text is kept once (a byline is not repeated in the furniture).
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const seen = new Set<string>();
  const keep = (t: string): boolean => {
    const w = words(t);
    const k = w.trim() === '' ? t.trim() : w;
    if (t.trim() === '' || seen.has(k)) return false;
    seen.add(k);
    return w.trim() === '' || !gold.some((g) => g.includes(w));
  };
  const bylines = p.bylines.filter(keep);
  return { ...p, bylines, furniture: p.furniture.filter(keep) };
}

/** A block of an article: its kind and its HTML text. */
export type Block = readonly ['p' | 'h2' | 'h3' | 'li' | 'quote', string];

/** Attributes (with a leading space) of each kind of block, and of the list around `li` blocks. */
export type BlockAttrs = Partial<Record<'p' | 'h2' | 'h3' | 'li' | 'quote' | 'ul', string>>;

/** The HTML of an article's blocks, consecutive `li` blocks wrapped in one `<ul>`. */
export function blocksHtml(blocks: readonly Block[], a: BlockAttrs = {}): string {
  const out: string[] = [];
  blocks.forEach(([k, t], i) => {
    const prev = blocks[i - 1]?.[0];
    const next = blocks[i + 1]?.[0];
    if (k === 'li') {
      out.push(`${prev === 'li' ? '' : `<ul${a.ul ?? ''}>`}<li${a.li ?? ''}>${t}</li>${next === 'li' ? '' : '</ul>'}`);
    } else if (k === 'quote') {
      out.push(`<blockquote${a.quote ?? ''}>${t}</blockquote>`);
    } else {
      out.push(`<${k}${a[k] ?? ''}>${t}</${k}>`);
    }
  });
  return out.join('\n');
}

/** The gold headings of an article's blocks. */
export const headingsOf = (blocks: readonly Block[]): string[] => blocks.filter(([k]) => k === 'h2' || k === 'h3').map(([, t]) => plain(t));

/** The gold body entries of an article's blocks. */
export const bodyOf = (blocks: readonly Block[]): string[] => blocks.filter(([k]) => k !== 'h2' && k !== 'h3').map(([, t]) => plain(t));
