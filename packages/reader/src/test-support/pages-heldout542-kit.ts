import { plain } from './page-kit.js';

/** Held-out batch 542: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The kind of an article block written in the batch's light markup. */
export type BlockKind = 'h2' | 'h3' | 'h4' | 'li' | 'ol' | 'quote' | 'row' | 'head' | 'p';

/**
 * Article blocks are strings: '## ', '### ', '#### ' open headings, '- ' a bullet, '1. ' a numbered item, '> ' a quote,
 * '| a | b' a table data row, '|! a | b' a table header row; anything else is a paragraph (inline HTML allowed).
 */
export function kindOf(b: string): [BlockKind, string] {
  const m = /^(####|###|##|- |1\. |> |\|! |\| )/.exec(b);
  const map: Record<string, BlockKind> = { '##': 'h2', '###': 'h3', '####': 'h4', '- ': 'li', '1. ': 'ol', '> ': 'quote', '|! ': 'head', '| ': 'row' };
  if (m === null) return ['p', b];
  return [map[m[1] ?? ''] ?? 'p', b.slice(m[0].length).trim()];
}

/** Attributes and wrappers a template puts on the article blocks. */
export interface Look {
  p?: string;
  h?: string;
  ul?: string;
  ol?: string;
  table?: string;
  quote?: string;
  /** Wraps each rendered element (a heading, a paragraph, a whole list or table). */
  wrap?: (html: string, kind: BlockKind) => string;
}

const cells = (t: string, tag: string): string =>
  t
    .split(' | ')
    .map((c) => `<${tag}>${c}</${tag}>`)
    .join('');

function one(kind: BlockKind, text: string, look: Look): string {
  if (kind === 'p') return `<p${look.p ?? ''}>${text}</p>`;
  if (kind === 'quote') return `<blockquote${look.quote ?? ''}><p>${text}</p></blockquote>`;
  return `<${kind}${look.h ?? ''}>${text}</${kind}>`;
}

/** The HTML of the blocks: runs of items become one list, runs of rows one table. */
export function render(blocks: readonly string[], look: Look = {}): string {
  const out: string[] = [];
  const wrap = look.wrap ?? ((h: string) => h);
  let i = 0;
  while (i < blocks.length) {
    const [kind, text] = kindOf(blocks[i] ?? '');
    if (kind === 'li' || kind === 'ol' || kind === 'row' || kind === 'head') {
      const group = kind === 'head' ? 'row' : kind;
      const run: [BlockKind, string][] = [];
      while (i < blocks.length) {
        const k = kindOf(blocks[i] ?? '');
        if ((k[0] === 'head' ? 'row' : k[0]) !== group) break;
        run.push(k);
        i++;
      }
      if (group === 'row') {
        const head = run.filter(([k]) => k === 'head').map(([, t]) => `<tr>${cells(t, 'th')}</tr>`);
        const rows = run.filter(([k]) => k === 'row').map(([, t]) => `<tr>${cells(t, 'td')}</tr>`);
        out.push(wrap(`<table${look.table ?? ''}>${head.length ? `<thead>${head.join('')}</thead>` : ''}<tbody>${rows.join('\n')}</tbody></table>`, 'row'));
      } else {
        const tag = group === 'ol' ? 'ol' : 'ul';
        out.push(wrap(`<${tag}${(group === 'ol' ? look.ol : look.ul) ?? ''}>\n${lis(run.map(([, t]) => t))}\n</${tag}>`, group));
      }
      continue;
    }
    out.push(wrap(one(kind, text, look), kind));
    i++;
  }
  return out.join('\n');
}

/** The gold headings and body of the blocks: a table data row is one body entry, its cells joined by spaces. */
export function gold(blocks: readonly string[]): { headings: string[]; body: string[] } {
  const headings: string[] = [];
  const body: string[] = [];
  for (const b of blocks) {
    const [kind, text] = kindOf(b);
    if (kind === 'head') continue;
    if (kind === 'h2' || kind === 'h3' || kind === 'h4') headings.push(plain(text));
    else if (kind === 'row') body.push(text.split(' | ').map(plain).join(' '));
    else body.push(plain(text));
  }
  return { headings, body };
}
