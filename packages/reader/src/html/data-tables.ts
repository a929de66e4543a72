import { isElement, isInside, squash, type DomDocument, type DomElement } from './dom.js';
import { linkChars } from './link-blocks.js';

/**
 * A data table of the text, put back where Readability left it out (round 109, after batch 483's Webflow pass-rate page: the
 * table of results sits in an embed box of its own between two rich-text blocks, and Readability, which takes a sibling of its
 * chosen block only for a score or a long paragraph, kept both blocks and dropped the table between them; 14 tables of the
 * corpus's gold body were lost so). Taken before Readability edits the page: each table with a header row (`<th>` cells or a
 * `<thead>`) over two or more rows of data, short cells and few links, with the box that holds only it, the headings right over
 * it, and the element blocks before and after them. When Readability's article holds the block before (or after) and neither the
 * table nor its headings, they go back in after (before) it; a table whose neighbours Readability did not take (a sidebar's, a
 * footer's) stays out.
 */
export interface DataTableAnchor {
  /** The table's own box (the table, or the wrappers around it that hold nothing else), after the headings right over it. */
  readonly nodes: readonly DomElement[];
  /** Its elements, taken before Readability moves them: any of them in the article, it is there. */
  readonly own: Block;
  /** The blocks it goes back beside, nearest first: after the first of `before` the article holds part of, else before `after`'s. */
  readonly before: readonly Block[];
  readonly after: readonly Block[];
}

/** A block and every element inside it, taken before Readability edits the page (it moves a kept block's inner boxes only). */
export type Block = readonly DomElement[];
export const blockOf = (el: DomElement): Block => [el, ...Array.from(el.querySelectorAll('*'))];

const DATA_ROWS_MIN = 2;
const CELL_MAX_CHARS = 120;
const LINK_SHARE_MAX = 0.5;

/** The data tables of `doc` (cleaned, before Readability) with their neighbours. */
export function dataTableAnchors(doc: DomDocument): DataTableAnchor[] {
  return Array.from(doc.querySelectorAll('table'))
    .filter(isDataTable)
    .map((table) => {
      const box = ownBox(table);
      const nodes = [box];
      let before = previousElement(box);
      while (before !== undefined && /^H[2-6]$/.test(before.tagName)) {
        nodes.unshift(before);
        before = previousElement(before);
      }
      const after = box.nextElementSibling;
      return { nodes, own: nodes.flatMap(blockOf), before: before === undefined ? [] : [blockOf(before)], after: after === null ? [] : [blockOf(after)] };
    })
    .filter((a) => a.before.length > 0 || a.after.length > 0);
}

/**
 * `content` with each anchored table it lacks put back beside the neighbour it holds, when it is Readability's article (`read`):
 * called after the fallbacks to a whole article or a run of posts chose, since a table's text would make a partial pick look whole.
 */
export function withDataTables(content: DomElement | null, read: DomElement | null | undefined, anchors: readonly DataTableAnchor[]): DomElement | null {
  if (content === null || content !== read) return content;
  // in page order, so a table put back is the block before the next one's headings (a run of headed tables goes back whole)
  for (const { nodes, own, before, after } of anchors) {
    if (own.some((n) => isInside(n, content))) continue;
    // (Readability may keep a neighbour's inner boxes only, a Squarespace block's `sqs-html-content`: the part of it in the article)
    const [kept, next] = [keptEdge(before, content, true), keptEdge(after, content, false)];
    if (kept !== undefined) {
      const following = kept.nextElementSibling;
      if (following !== null) following.before(...nodes);
      else if (kept.parentNode !== null && isElement(kept.parentNode)) kept.parentNode.append(...nodes);
    } else if (next !== undefined) next.before(...nodes);
  }
  return content;
}

/** The last (or first) box of the first of `blocks` that `content` holds part of, widened to the outermost kept box of the block. */
function keptEdge(blocks: readonly Block[], content: DomElement, last: boolean): DomElement | undefined {
  for (const block of blocks) {
    const parts = block.filter((box) => isInside(box, content));
    let edge = last ? parts[parts.length - 1] : parts[0];
    if (edge === undefined) continue;
    for (let up = edge.parentNode; up !== null && isElement(up) && parts.includes(up); up = up.parentNode) edge = up;
    return edge;
  }
  return undefined;
}

/** A table of data: a header row over two or more rows of short cells, no table inside, mostly not links. */
function isDataTable(table: DomElement): boolean {
  if (table.querySelectorAll('table').length > 0) return false;
  const rows = Array.from(table.querySelectorAll('tr'));
  const header = table.querySelectorAll('thead').length > 0 || (rows[0] !== undefined && rows[0].querySelectorAll('th').length >= 2);
  const data = rows.filter((r) => r.querySelectorAll('td').length >= 2);
  if (!header || data.length < DATA_ROWS_MIN) return false;
  if (Array.from(table.querySelectorAll('td, th')).some((c) => squash(c.textContent).length > CELL_MAX_CHARS)) return false;
  const text = squash(table.textContent).length;
  return text > 0 && linkChars(table) <= LINK_SHARE_MAX * text;
}

/** The element before `el` among its siblings. */
function previousElement(el: DomElement): DomElement | undefined {
  for (let node = el.previousSibling; node !== null; node = node.previousSibling) if (isElement(node)) return node;
  return undefined;
}

/** The table, or the outermost wrapper around it that holds no other element and no text of its own. */
function ownBox(table: DomElement): DomElement {
  let box = table;
  for (let parent = box.parentNode; parent !== null && isElement(parent); parent = parent.parentNode) {
    if (/^(?:BODY|HTML|MAIN|ARTICLE)$/.test(parent.tagName) || parent.children.length !== 1) break;
    if (squash(parent.textContent) !== squash(box.textContent)) break;
    box = parent;
  }
  return box;
}
