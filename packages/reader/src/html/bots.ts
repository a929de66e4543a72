import { holdsParagraph, isElement, isPageBox, squash, type DomDocument, type DomElement } from './dom.js';

/** A label that marks an account as a bot: its text "bot", named a label or badge, or its aria-label saying so. */
const isBotLabel = (el: DomElement): boolean =>
  el.children.length === 0 &&
  /^bot$/i.test(squash(el.textContent)) &&
  (/\bbot\b/i.test(el.getAttribute('aria-label') ?? '') || /(?:^|[\s_-])(?:label|badge)(?:$|[\s_-])/i.test(el.getAttribute('class') ?? ''));

/**
 * Comments a bot wrote in a thread (round 21, after batch 22's pull request: a coverage report by an account labelled "bot"):
 * reports a service posts, not the discussion. The comment is the first box around the label that holds prose and sits
 * beside another box of prose (one item of the thread's list of comments), less than half of their box's text.
 */
export function removeBotComments(doc: DomDocument): void {
  for (const label of Array.from(doc.querySelectorAll('span, a, div')).filter(isBotLabel)) {
    for (let node = label.parentNode; node !== null && isElement(node) && !isPageBox(node); node = node.parentNode) {
      const parent = node.parentNode;
      if (parent === null || !isElement(parent)) break;
      if (!holdsParagraph(node) || !Array.from(parent.children).some((c) => c !== node && holdsParagraph(c))) continue;
      // one item of several, not most of the thread
      if (squash(node.textContent).length < squash(parent.textContent).length / 2) node.remove();
      break;
    }
  }
}
