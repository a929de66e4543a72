import { isElement, squash, type DomDocument } from './dom.js';

/**
 * A signature closing a post (round 10, after batch 11's MediaWiki talk page): the author's name
 * and the time, set after the post's last words in the same block, as a byline.
 *
 * - a wiki signature: a user link, a talk or contributions link in brackets and a timestamp
 *   ("… before changing anything. <a>Tern and Gull</a> (<a>talk</a>) 12:48, 5 March 2025 (UTC)"),
 *   as MediaWiki writes one for every `~~~~` on talk, project and discussion pages;
 * - a dashed sign-off with a full date ("— West Coastguard (@WestCoastguardUK) March 7, 2025"
 *   under an embedded social post's text, "— Jane Ellis, 3 March 2025" under a letter).
 *
 * The signature is what trails the post's text in the block, from the node it starts at (the
 * user link, or a text node opening with the dash), and only when it is short and is all of the
 * tail: a sentence that mentions a name and a date goes on, so it stays.
 */
const DATE = String.raw`(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?`;
const ZONE = String.raw`(?:\s*\((?:UTC|GMT|[A-Z]{2,5})\)|\s+(?:UTC|GMT))?`;
const WHEN = String.raw`(?:${CLOCK},?\s+)?${DATE}(?:,?\s+(?:at\s+)?${CLOCK})?${ZONE}`;
const NAME = String.raw`[\p{L}\p{N}][^.!?()—–\n]{0,39}?`;
const USER_LINKS = String.raw`\(\s*(?:talk|contribs|t|c)(?:\s*[·•|/]\s*(?:talk|contribs|t|c))*\s*\)`;
const SIGNATURE = new RegExp(String.raw`^(?:${NAME}\s*${USER_LINKS}|[—–]\s*${NAME}(?:\s*\((?:@\w{1,30}|[^()]{1,40})\))?,?)\s*${WHEN}$`, 'iu');
const SIGNATURE_MAX_CHARS = 120;
const BLOCKS = 'p, dd, li, blockquote, div, td';

/** Removes a trailing signature from each block of `doc` in place (its text before stays). */
export function removeSignatures(doc: DomDocument): void {
  for (const block of Array.from(doc.querySelectorAll(BLOCKS))) {
    const nodes = Array.from(block.childNodes);
    let tail = '';
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node === undefined) continue;
      if (isElement(node) && /^(?:P|DIV|LI|DL|DD|UL|OL|BLOCKQUOTE|TABLE|H[1-6])$/.test(node.tagName)) break;
      tail = `${node.textContent ?? ''}${tail}`;
      const text = squash(tail);
      if (text.length > SIGNATURE_MAX_CHARS) break;
      const starts = isElement(node) ? node.tagName === 'A' : /^\s*[—–]/.test(node.textContent ?? '');
      if (starts && SIGNATURE.test(text)) {
        // the DOM lib's Node has no remove() (only elements and character data do): a text node is emptied
        for (const n of nodes.slice(i)) {
          if (isElement(n)) n.remove();
          else n.textContent = '';
        }
        break;
      }
    }
  }
}

/**
 * A notice's or a newsletter's sign-off (round 123, after batches 505 and 512: `<p><strong>Mara Lindqvist</strong><br>Secretary,
 * Board of Directors</p>` under an annual meeting notice, a council officer's name and post under a public notice; a founder's and
 * an allotment society's secretary's under their newsletters, batches 34 and 487): a paragraph of two lines, a person's name and
 * their post, is its author's byline. A line of the text that names someone goes on as a sentence, so it stays.
 */
const PERSON = /^(?:(?:Dr|Mr|Mrs|Ms|Cllr|Prof|Rev)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
const POST = new RegExp(
  String.raw`\b(?:secretary|chair(?:man|woman|person)?|president|director|manager|head|clerk|officer|treasurer|editor|co-?ordinator` +
    String.raw`|founder|owner|principal|headteacher|vicar|rector|ceo|chief|superintendent|commissioner|trustee)\b`,
  'i',
);
const POST_MAX_CHARS = 80;

/** Removes the paragraphs of `doc` that are a name over a post. */
export function removeSignOffs(doc: DomDocument): void {
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (p.querySelectorAll('br').length !== 1 || p.querySelectorAll('a, img, p, div').length > 0) continue;
    const lines: string[] = [''];
    for (const node of Array.from(p.childNodes)) {
      if (isElement(node) && node.tagName === 'BR') lines.push('');
      else lines[lines.length - 1] += node.textContent ?? '';
    }
    const [name, post] = lines.map(squash);
    if (name !== undefined && post !== undefined && PERSON.test(name) && post.length <= POST_MAX_CHARS && POST.test(post) && !/[!?]$/.test(post)) p.remove();
  }
}
