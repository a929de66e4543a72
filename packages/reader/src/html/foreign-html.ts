import type { DomDocument } from './dom.js';

/**
 * HTML set inside an SVG picture (round 99, after batch 426's Marp deck: each slide a `<section>` of headings, paragraphs and lists
 * in `<svg><foreignObject>`, so the deck scales to the window): the furniture pass drops every `<svg>` as a picture, and the deck read
 * as nothing (recall 0 %). A `<foreignObject>` that holds HTML text blocks is the page's text: its markup, parsed again as HTML,
 * takes the place of the picture around it. Pictures whose text is SVG's own (`<text>`, chart labels) stay pictures.
 */
export function readForeignHtml(doc: DomDocument): void {
  for (const svg of Array.from(doc.querySelectorAll('svg'))) {
    if (svg.parentNode === null) continue;
    const objects = Array.from(svg.querySelectorAll('foreignObject, foreignobject'));
    if (objects.length === 0 || !objects.some((o) => TEXT_BLOCK.test(o.innerHTML))) continue;
    const box = svg.ownerDocument.createElement('div');
    box.innerHTML = objects.map((o) => o.innerHTML).join('\n');
    svg.before(box);
    svg.remove();
  }
}
const TEXT_BLOCK = /<(?:p|h[1-6]|li|blockquote)[\s>]/i;
