import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 585: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/**
 * An article written as blocks in a light markdown: '## ' an h2, '### ' an h3, '- ' a `<ul>` item, '+ ' an `<ol>` item,
 * '> ' a blockquote, '!| a | b' a table header row, '| a | b' a table data row, anything else a paragraph (inline HTML allowed).
 */
export type Blocks = readonly string[];

/** How a platform writes the blocks: attributes of `<p>`, `<ul>`, `<ol>`, `<table>`, and a wrapper around each block. */
export interface Look {
  p?: string;
  ul?: string;
  ol?: string;
  table?: string;
  hid?: boolean;
  wrap?: (html: string, kind: 'h' | 'p' | 'list' | 'quote' | 'table') => string;
}

/** An id made from a heading. */
export const anchor = (t: string): string =>
  plain(t)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

const cells = (row: string): string[] => row.replace(/^!?\| /, '').split(' | ');

function group(blocks: Blocks, i: number, prefix: RegExp): string[] {
  const out: string[] = [];
  for (let k = i; k < blocks.length && prefix.test(blocks[k] ?? ''); k++) out.push(blocks[k] ?? '');
  return out;
}

/** The HTML of the blocks, in a platform's look. */
export function render(blocks: Blocks, look: Look = {}): string {
  const w = look.wrap ?? ((h: string) => h);
  const out: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i] ?? '';
    if (/^[-+] /.test(b)) {
      const items = group(blocks, i, b.startsWith('- ') ? /^- / : /^\+ /);
      const tag = b.startsWith('- ') ? 'ul' : 'ol';
      const attrs = (tag === 'ul' ? look.ul : look.ol) ?? '';
      out.push(w(`<${tag}${attrs}>${lis(items.map((t) => t.slice(2)))}</${tag}>`, 'list'));
      i += items.length;
    } else if (/^!?\| /.test(b)) {
      const rows = group(blocks, i, /^!?\| /);
      const trs = rows.map((r) => {
        const c = r.startsWith('!') ? 'th' : 'td';
        return `<tr>${cells(r)
          .map((t) => `<${c}>${t}</${c}>`)
          .join('')}</tr>`;
      });
      const head = trs.filter((_, k) => rows[k]?.startsWith('!')).join('');
      const body = trs.filter((_, k) => !rows[k]?.startsWith('!')).join('\n');
      out.push(w(`<table${look.table ?? ''}>${head === '' ? '' : `<thead>${head}</thead>`}<tbody>${body}</tbody></table>`, 'table'));
      i += rows.length;
    } else {
      const h = /^(#{2,3}) (.*)$/.exec(b);
      if (h) {
        const n = (h[1] ?? '').length;
        const id = look.hid === true ? ` id="${anchor(h[2] ?? '')}"` : '';
        out.push(w(`<h${n}${id}>${h[2]}</h${n}>`, 'h'));
      } else if (b.startsWith('> ')) out.push(w(`<blockquote><p>${b.slice(2)}</p></blockquote>`, 'quote'));
      else out.push(w(`<p${look.p ?? ''}>${b}</p>`, 'p'));
      i++;
    }
  }
  return out.join('\n');
}

/** The gold of the blocks: headings in order, and body entries (a table data row is one entry, its cells joined by a space). */
export function gold(blocks: Blocks): { headings: string[]; body: string[] } {
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    if (/^#{2,3} /.test(b)) headings.push(plain(b.replace(/^#{2,3} /, '')));
    else if (b.startsWith('!| ')) continue;
    else if (b.startsWith('| ')) body.push(plain(cells(b).join(' ')));
    else body.push(plain(b.replace(/^(?:[-+>] )/, '')));
  }
  return { headings, body };
}

const words = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its bylines and furniture cut to what the gold rules keep: each distinct text once, and none that is also part
 * of the title, a heading or a body entry (as whole words).
 */
export function finish(page: TestPage): TestPage {
  const golds = [page.title, ...page.headings, ...page.body].map(words);
  const keep = (list: readonly string[]): string[] => [...new Set(list)].filter((t) => tokens(t).length === 0 || !golds.some((g) => g.includes(words(t))));
  return { ...page, bylines: keep(page.bylines), furniture: keep(page.furniture) };
}
