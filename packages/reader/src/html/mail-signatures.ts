import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * A mail's signature and its list's footer, set in HTML with line breaks (round 33, after batch 35's Nabble archive: "-- <br>Rolf
 * Achterberg | Fernbrake GIS steering committee<br>_____<br>Fernbrake-users mailing list<br>..."): the signature delimiter "-- "
 * or a rule of underscores, alone on its line, and every line after it in the same block are not the message. prose-pre.ts cuts
 * the same lines from a mail set in a <pre>.
 */
const DELIMITER = /^(?:--|_{10,}|-{10,})$/;

/**
 * A mobile client's signature line ("Sent from my iPhone", "Sent from my Pixel 8 using Tapatalk"; round 41, after batch 50's
 * Tapatalk topic): the client adds it under the message.
 */
export const MOBILE_SIGNATURE = /^sent (?:from|with|via) (?:my )?[\p{L}\d .'’-]{1,40}?(?: using tapatalk)?\.?$/iu;

/** Removes, in each block of `doc`, a line that is a signature delimiter and all that follows it there, and a mobile signature line last in it. */
export function removeMailSignatures(doc: DomDocument): void {
  for (const br of Array.from(doc.querySelectorAll('br'))) {
    if (br.parentNode === null) continue;
    const line = br.nextSibling;
    // (only a line that starts as one is read to the block's end: a block of thousands of <br> lines stays linear)
    const last = line !== null && line.nodeType === TEXT_NODE && /^\s*sent\s/i.test(line.textContent ?? '') ? lastLine(br) : undefined;
    if (
      last !== undefined &&
      MOBILE_SIGNATURE.test(
        last
          .map((n) => n.textContent ?? '')
          .join('')
          .trim(),
      )
    ) {
      for (const node of last)
        if (isElement(node)) node.remove();
        else node.textContent = '';
      continue;
    }
    const box = br.parentNode;
    if (isElement(box) && opensSignatureBox(br, box)) {
      box.remove();
      continue;
    }
    if (line === null || line.nodeType !== TEXT_NODE || !DELIMITER.test((line.textContent ?? '').trim())) continue;
    const after = line.nextSibling;
    if (after !== null && !(isElement(after) && after.tagName === 'BR')) continue;
    for (let node: DomNode | null = br; node !== null; ) {
      const next: DomNode | null = node.nextSibling;
      if (isElement(node)) node.remove();
      else node.textContent = '';
      node = next;
    }
  }
}

/**
 * A forum signature's box: a <div> that opens with a rule of underscores or dashes on its own line (vBulletin 3's
 * "<div>__________________<br />120 mixed reef | 40B sump</div>" under a post; round 41, after batch 44).
 */
function opensSignatureBox(br: DomNode, box: DomElement): boolean {
  const rule = br.previousSibling;
  if (rule === null || rule.nodeType !== TEXT_NODE || !RULE.test((rule.textContent ?? '').trim()) || box.tagName !== 'DIV') return false;
  for (let node = rule.previousSibling; node !== null; node = node.previousSibling) if ((node.textContent ?? '').trim() !== '') return false;
  return true;
}
const RULE = /^(?:_{10,}|-{10,})$/;

/**
 * The nodes of the line after `br` when it is the block's last line (only line breaks and white space after it), its
 * inline elements included ("Sent from my iPhone using <a>Tapatalk</a>"); undefined otherwise.
 */
function lastLine(br: DomNode): DomNode[] | undefined {
  const line: DomNode[] = [];
  let next = br.nextSibling;
  for (; next !== null && !(isElement(next) && (next.tagName === 'BR' || BLOCK.test(next.tagName))); next = next.nextSibling) line.push(next);
  for (; next !== null; next = next.nextSibling) {
    if (isElement(next) ? next.tagName !== 'BR' : (next.textContent ?? '').trim() !== '') return undefined;
  }
  return line.length > 0 ? line : undefined;
}
const BLOCK = /^(?:DIV|P|UL|OL|TABLE|BLOCKQUOTE|PRE|DL|H[1-6]|SECTION|FIGURE)$/;
