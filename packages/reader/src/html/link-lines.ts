import { isElement, squash, type DomDocument, type DomNode } from './dom.js';

/**
 * A line of links set apart by bars (round 144, after batch 572's table-layout lettings list: "<a>Full Details</a> | <a>Arrange
 * Viewing</a>" under each property, between line breaks): two links or more with nothing between them but "|", "·" or "•", on a
 * line of their own (line breaks or the edges of their box around them), are a row of ways elsewhere, not a sentence. A line
 * that says anything beside its links stays ("Read the <a>minutes</a> | <a>agenda</a> before the meeting").
 */
const SEPARATOR = /^[\s|·•]*$/;
const HAS_SEPARATOR = /[|·•]/;

/** The nodes of the line `node` sits on: its siblings up to a line break or a block on each side. */
function lineOf(node: DomNode): DomNode[] {
  const edge = (n: DomNode): boolean => isElement(n) && (n.tagName === 'BR' || !INLINE.test(n.tagName));
  const before: DomNode[] = [];
  for (let n = node.previousSibling; n !== null && !edge(n); n = n.previousSibling) before.unshift(n);
  const after: DomNode[] = [];
  for (let n = node.nextSibling; n !== null && !edge(n); n = n.nextSibling) after.push(n);
  return [...before, node, ...after];
}
const INLINE = /^(?:A|SPAN|B|STRONG|EM|I|SMALL|FONT|U)$/;

/** Whether `line` is links and bars only: two links at least, a bar between them. */
function isLinkBar(line: readonly DomNode[]): boolean {
  const links = line.filter((n) => isElement(n) && n.tagName === 'A' && squash(n.textContent) !== '');
  const rest = line.filter((n) => !links.includes(n));
  if (links.length < 2 || !rest.every((n) => !isElement(n) && SEPARATOR.test(n.textContent ?? ''))) return false;
  return rest.some((n) => HAS_SEPARATOR.test(n.textContent ?? ''));
}

/** Removes the lines of links set apart by bars from `doc` in place. */
export function removeLinkBars(doc: DomDocument): void {
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    if (a.parentNode === null) continue;
    const line = lineOf(a);
    if (line.find((n) => isElement(n) && n.tagName === 'A') !== a || !isLinkBar(line)) continue;
    for (const n of line) {
      if (isElement(n)) n.remove();
      else n.textContent = '';
    }
  }
}
