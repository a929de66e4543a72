import { isElement, squash, type DomDocument, type DomElement } from './dom.js';

/**
 * A `<pre>` of prose read as paragraphs (round 7, after batch 8's Pipermail message): mail
 * archives (Mailman's Pipermail, MHonArc) and plain-text posts print a whole message in one
 * `<pre>`, wrapped near 72 columns, which the reader would otherwise drop as code. A prose
 * `<pre>` has sentences, short lines, no code markup or punctuation and no code class; it becomes
 * one paragraph per blank-line block, wrapped lines joined. What a mail carries around its
 * message goes: the quoted earlier message ("> " lines) with its "X wrote:" line, the signature
 * (after a "-- " line, or a list footer's rule of underscores) and a closing sign-off (a last
 * block of short lines with no sentence in it: "Marion / (plot 14, Fernleigh Road)").
 */

/** Class words of code blocks, on the <pre> or the wrapper around it. */
const CODE_CLASS = /highlight|code|language-|lang-|brush|prism|syntax|source|console|shell|terminal/i;
/** Characters that are frequent in code and rare in prose. */
const CODE_PUNCTUATION = /[{}=;<>$|\\]/g;
const MIN_CHARS = 200;
const MAX_LINE = 80;
/** A signature delimiter ("-- ") or a list footer's rule ("____"). */
const SIGNATURE = /^(?:--\s?|_{10,}|-{10,})$/;
const WROTE = /\b(?:wrote|writes|said):\s*$/i;
const SIGN_OFF_MAX_LINES = 3;
const SIGN_OFF_MAX_CHARS = 40;

/** Replaces every prose <pre> of `doc` with its message's paragraphs, in place. */
export function readProsePre(doc: DomDocument): void {
  for (const pre of Array.from(doc.querySelectorAll('pre'))) {
    if (pre.parentNode === null || !isProse(pre)) continue;
    const paragraphs = messageParagraphs(pre.textContent ?? '');
    for (const text of paragraphs) {
      const p = pre.ownerDocument.createElement('p');
      p.append(text);
      pre.before(p);
    }
    pre.remove();
  }
}

function isProse(pre: DomElement): boolean {
  if (pre.querySelectorAll('code, kbd, samp, span[class]').length > 0) return false;
  const parent = pre.parentNode;
  const names = `${pre.getAttribute('class') ?? ''} ${parent !== null && isElement(parent) ? (parent.getAttribute('class') ?? '') : ''}`;
  if (CODE_CLASS.test(names)) return false;
  const text = pre.textContent ?? '';
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (squash(text).length < MIN_CHARS || lines.length < 3 || lines.some((l) => l.length > MAX_LINE)) return false;
  const sentences = text.match(/\p{Ll}[.!?](?:\s|$)/gu)?.length ?? 0;
  const indented = lines.filter((l) => /^\s{2,}\S/.test(l)).length;
  const punctuation = text.match(CODE_PUNCTUATION)?.length ?? 0;
  // the quoted lines' ">" are mail punctuation, not code
  const quoteMarks = lines.filter((l) => /^\s*>/.test(l)).length;
  return sentences >= 2 && indented <= lines.length / 5 && punctuation - quoteMarks <= text.length / 200;
}

/** The message's own paragraphs: quotes, their "wrote:" line, the signature and a sign-off left out. */
export function messageParagraphs(text: string): string[] {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => SIGNATURE.test(l.trimEnd()));
  const own = (end < 0 ? lines : lines.slice(0, end)).filter((l, i, all) => !/^\s*>/.test(l) && !(WROTE.test(l) && /^\s*>/.test(all[i + 1] ?? '')));
  const blocks: string[][] = [[]];
  for (const line of own) {
    if (line.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]?.push(line.trim());
  }
  const paragraphs = blocks.filter((b) => b.length > 0);
  const last = paragraphs[paragraphs.length - 1];
  if (last !== undefined && paragraphs.length > 1 && isSignOff(last)) paragraphs.pop();
  return paragraphs.map((b) => b.join(' '));
}

/** A closing block of a few short lines with no sentence in it: the sender's name, a place, a role. */
function isSignOff(block: string[]): boolean {
  return block.length <= SIGN_OFF_MAX_LINES && block.every((l) => l.length <= SIGN_OFF_MAX_CHARS && !/\p{Ll}[.!?]$/u.test(l));
}
