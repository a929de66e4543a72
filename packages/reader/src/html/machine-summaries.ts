import { isElement, isPageBox, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';

/**
 * A summary a machine wrote over the page (round 61, after batch 186: Semantic Scholar's "TLDR · AI-Generated" line over a paper's
 * abstract, Academia.edu's "AI · Key takeaways" box, its "Topics · AI-Generated" chips). It is the site's reading of the text, not
 * the text: every gold that met one (AI "key points" boxes since session 24) reads it as furniture. The box is the largest one
 * around its label that opens with it (the label within its first LABEL_OFFSET characters) and stays short; a writer's own "Key
 * takeaways" box, with no such label, stays (summary-boxes.ts).
 */
const AI_LABEL =
  /^(?:ai[- ]generated(?: (?:summary|overview|content))?|generated (?:by|with|using) ai|ai (?:summary|overview|generated)|summari[sz]ed by ai)$/i;
/** A bare "AI" counts only as a badge, an element whose class names AI ("ai-badge", "tldr__ai-label"). */
const AI_BADGE = /^ai$/i;
const AI_CLASS = /(?:^|[\s_-])ai(?:$|[\s_-])/i;
const LABELS = 'span, div, p, small, strong, b, em, i, label';
const LABEL_OFFSET = 40;
const BOX_MAX_CHARS = 1500;

/** Removes every box a machine-summary label opens, in place. */
export function removeMachineSummaries(doc: DomDocument): void {
  for (const label of Array.from(doc.querySelectorAll(LABELS))) {
    if (label.parentNode === null || squashedLength(label, LABEL_OFFSET) > LABEL_OFFSET || !isMachineLabel(label)) continue;
    labelledBox(label)?.remove();
  }
}

function isMachineLabel(el: DomElement): boolean {
  const text = squash(el.textContent);
  if (AI_LABEL.test(text)) return true;
  return AI_BADGE.test(text) && (AI_CLASS.test(el.getAttribute('class') ?? '') || /ai/i.test(el.getAttribute('title') ?? ''));
}

/** The largest short box around `label` whose text opens with it, or undefined when the label stands inside prose. */
function labelledBox(label: DomElement): DomElement | undefined {
  const text = squash(label.textContent);
  let box: DomElement | undefined;
  for (let node = label.parentNode; node !== null && isElement(node) && !isPageBox(node); node = node.parentNode) {
    if (squashedLength(node, BOX_MAX_CHARS) > BOX_MAX_CHARS) break;
    const at = squash(node.textContent).indexOf(text);
    if (at < 0 || at > LABEL_OFFSET || node.querySelectorAll('h1').length > 0) break;
    box = node;
  }
  // (a label's own line with nothing after it labels nothing: the box must hold more than the label)
  return box !== undefined && squash(box.textContent).length > text.length + LABEL_OFFSET ? box : undefined;
}
