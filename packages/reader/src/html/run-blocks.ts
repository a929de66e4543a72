import { squash, type DomDocument, type DomElement } from './dom.js';
import { blockOf, type DataTableAnchor } from './data-tables.js';
import { linkChars } from './link-blocks.js';
import { isProseLine } from './sentences.js';
import { classTokens } from './whole-article.js';

/**
 * Blocks of a page builder's run that Readability left out beside the one it kept (round 116, after batch 497's Squarespace post:
 * its text is a run of `sqs-block` boxes, an HTML block, an image, a quote block, a last HTML block of one paragraph, and
 * Readability, which takes a sibling of its chosen block only for a score or a long paragraph, kept the first and lost the quote
 * and the closing paragraph). Taken before Readability edits the page: each box of a run (RUN_MIN or more siblings sharing a
 * class word) that holds a sentence of prose or a quotation, few links and no heading, with the NEAR nearest such boxes of its run before and
 * after it. They go back in beside a neighbour Readability kept, as data-tables.ts puts back a table.
 */
const RUN_MIN = 3;
const PROSE_MIN_CHARS = 40;
const LINK_SHARE_MAX = 0.3;
/** The neighbours of the run a block may go back beside, on each side. */
const NEAR = 5;

/** The text boxes of the page's runs (cleaned, before Readability) with their neighbours of the run. */
export function runBlockAnchors(doc: DomDocument): DataTableAnchor[] {
  const out: DataTableAnchor[] = [];
  for (const parent of Array.from(doc.querySelectorAll('div, section, article, main'))) {
    const kids = Array.from(parent.children);
    if (kids.length < RUN_MIN) continue;
    const byWord = new Map<string, DomElement[]>();
    for (const kid of kids) for (const word of classTokens(kid)) byWord.set(word, [...(byWord.get(word) ?? []), kid]);
    const inRun = new Set([...byWord.values()].filter((run) => run.length >= RUN_MIN).flat());
    const blocks = kids.filter((kid) => inRun.has(kid) && holdsText(kid));
    const parts = blocks.map(blockOf);
    blocks.forEach((block, i) => {
      // (a box with a heading is a section of its own: a related-posts grid, a newsletter box, a call to book, which builders set as
      // containers of the page's run too; Readability's choice stands for them, though they are neighbours of the others)
      // (and a card led by its linked title, a show's other episodes, is a way to another page)
      if (block.querySelectorAll('h1, h2, h3, h4, h5, h6').length > 0 || ledByLink(block)) return;
      out.push({ nodes: [block], own: parts[i] ?? [], before: parts.slice(Math.max(0, i - NEAR), i).reverse(), after: parts.slice(i + 1, i + 1 + NEAR) });
    });
  }
  return out;
}

/** A box with a sentence of prose (a paragraph or a list item) or a quotation, mostly not links. */
function holdsText(box: DomElement): boolean {
  const text = squash(box.textContent).length;
  if (text === 0 || linkChars(box) > LINK_SHARE_MAX * text) return false;
  if (box.querySelectorAll('blockquote').length > 0) return true;
  return Array.from(box.querySelectorAll('p, li')).some((p) => isProseLine(squash(p.textContent), PROSE_MIN_CHARS));
}

/** Whether the box's text opens with a link's. */
function ledByLink(box: DomElement): boolean {
  const link = squash(box.querySelectorAll('a')[0]?.textContent ?? '');
  return link !== '' && squash(box.textContent).startsWith(link);
}
