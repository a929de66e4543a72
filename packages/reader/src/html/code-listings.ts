import type { DomDocument } from './dom.js';

/**
 * A code listing set as a box of line boxes rather than a <pre> (round 31, after batch 33's Doxygen page: `<div
 * class="fragment"><div class="line"><span class="lineno"> 1</span>std::vector&lt;...`): code, which the reader keeps out of the
 * text as it keeps every <pre>. Three lines or more, each a `line` box, and nothing else in the box.
 */
const MIN_LINES = 3;

/** Turns each such box into a <pre> of its lines (run before Readability, which would read it as paragraphs). */
export function markCodeListings(doc: DomDocument): void {
  for (const box of Array.from(doc.querySelectorAll('div'))) {
    const children = Array.from(box.children);
    const lines = children.filter((c) => c.tagName === 'DIV' && /(?:^|\s)line(?:$|\s)/.test(c.getAttribute('class') ?? ''));
    if (lines.length < MIN_LINES || lines.length !== children.length) continue;
    const pre = box.ownerDocument.createElement('pre');
    pre.append(...children);
    box.before(pre);
    box.remove();
  }
}
