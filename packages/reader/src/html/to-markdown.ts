import { isElement, squash, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/**
 * A DOM subtree as the Markdown-shaped text the summarizer reads: headings "## ..." (never
 * extracted by the splitter), list items "- ...", table rows and paragraphs as blocks, inline
 * markup as its text, white space collapsed. Recursive: the markup guard bounds the depth.
 */
export function toMarkdown(root: DomElement): string {
  const blocks: Block[] = [];
  const state: State = { blocks, inline: '', kind: 'p', level: 0 };
  walk(root, state);
  flush(state);
  return render(blocks);
}

interface Block {
  kind: 'p' | 'h' | 'li';
  level: number;
  text: string;
}
interface State {
  blocks: Block[];
  inline: string;
  kind: Block['kind'];
  level: number;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'FIGURE',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'CENTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'PRE',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
  'SVG',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'FIGCAPTION',
  'HEAD',
  'TITLE',
]);
const CELL = new Set(['TD', 'TH']);

function walk(node: DomNode, state: State): void {
  for (const child of Array.from(node.childNodes)) {
    // a line break in the source is a space, as a browser shows it (round 31: hand-wrapped paragraphs kept their source lines); a
    // line of its own is a <br> (white-space.ts has made them of the lines of boxes styled to keep white space)
    if (child.nodeType === TEXT_NODE) state.inline += (child.textContent ?? '').replace(/\s+/g, ' ');
    else if (isElement(child)) element(child, state);
  }
}

function element(el: DomElement, state: State): void {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') {
    state.inline += '\n';
    return;
  }
  if (tag === 'TR' && isHeaderRow(el)) return;
  if (CELL.has(tag)) {
    state.inline += ' ';
    walk(el, state);
    state.inline += ' ';
    return;
  }
  if (!BLOCK.has(tag)) {
    walk(el, state);
    return;
  }
  flush(state);
  const heading = /^H([1-6])$/.exec(tag);
  const outer = { kind: state.kind, level: state.level };
  // a heading anywhere (even inside a list item) stays a heading; a list item is a bullet
  if (heading !== null) Object.assign(state, { kind: 'h', level: Number(heading[1]) });
  else if (tag === 'LI') Object.assign(state, { kind: 'li', level: 0 });
  walk(el, state);
  flush(state);
  Object.assign(state, outer);
}

/** Ends the current block: its inline text (collapsed) becomes a block when it has any. */
/**
 * A table's header row, all its cells header cells, over rows of data: column labels, not a line of text for the summarizer (round 167:
 * of the 1,557 such rows on the corpus's pages, the gold puts 3 in the article's text; its writers leave them out as labels).
 */
function isHeaderRow(tr: DomElement): boolean {
  const cells = Array.from(tr.children);
  return cells.length >= 2 && cells.every((c) => c.tagName === 'TH') && (tr.nextElementSibling !== null || tr.parentNode?.nodeName === 'THEAD');
}

function flush(state: State): void {
  const lines = state.inline
    .split('\n')
    .map((l) => squash(l))
    // a line without a letter or digit ("·", "|" left between removed dates) is no text
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
  state.inline = '';
  if (lines.length === 0) return;
  const text = state.kind === 'h' ? lines.join(' ') : lines.join('\n');
  state.blocks.push({ kind: state.kind, level: state.level, text });
  // a list item's text after a nested block continues as a paragraph of the same item
  if (state.kind === 'li') state.kind = 'p';
}

function render(blocks: readonly Block[]): string {
  let out = '';
  let previous: Block | undefined;
  for (const b of blocks) {
    const line = b.kind === 'h' ? `${'#'.repeat(b.level)} ${b.text}` : b.kind === 'li' ? `- ${b.text}` : b.text;
    const tight = previous?.kind === 'li' && b.kind === 'li';
    out += previous === undefined ? line : `${tight ? '\n' : '\n\n'}${line}`;
    previous = b;
  }
  return out;
}
