import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { isDateOnly } from './structure.js';

/**
 * What a mail archive or a mailing-list group prints around a message (round 7, after batch 8's
 * Pipermail message and Google Groups thread):
 *
 * - the sender line of an archived message: a (mailto:) link whose text is an address
 *   ("marion.teague at fernleigh.example", archives spell the "@" out), the short name just
 *   before it and the date just after it: the message's byline;
 * - the sender of each message of a group's conversation: a heading that is only a name (two to
 *   four capitalised words) in a short message header that also holds a date, when two or more
 *   messages have one (Google Groups sets each sender as an <h3>);
 * - a list's footer lines, textual by nature: "More information about the Allotments-l mailing
 *   list", "You received this message because you are subscribed to the Google Groups ... group", and a newsletter's
 *   ("You're receiving this email because ...", "Unsubscribe");
 * - a newsletter's preheader, the preview line over its web view (round 72, after batch 253's Mailchimp archive: `<td
 *   id="templatePreheader">` with "View this email in your browser"): every gold of the six newsletters that have one reads it as
 *   furniture. It goes before the names are read, where the page's description, which repeats it, would have kept it.
 */

const ADDRESS = /^[\w.+-]+(?:@|\s+at\s+)[\w-]+(?:\.[\w-]+)+$/i;
const FOOTER = new RegExp(
  String.raw`^(?:more information about the .{1,80} mailing list|you received this (?:message|email) because you are subscribed to\b.{0,200}` +
    // a newsletter's footer in the browser (Klaviyo's "You're receiving this email because ...", "No longer want to receive these
    // emails? Unsubscribe. Manage preferences"; round 31)
    String.raw`|you(?:['’]re| are) receiving this (?:email|message|newsletter) because\b.{0,200}` +
    String.raw`|(?:no longer want to receive (?:these|our) emails\?\s*)?unsubscribe\b.{0,80}|manage (?:your )?(?:email )?preferences\.?)$`,
  'i',
);
const NAME_MAX_CHARS = 60;
const PREHEADER = '[id*="reheader"], [class*="reheader"], [id*="reHeader"], [class*="reHeader"]';
const PREHEADER_MAX_CHARS = 300;

/** Removes archived messages' sender lines and mailing-list footers from `doc` in place. */
export function removeMailFurniture(doc: DomDocument): void {
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    if (a.parentNode === null || !ADDRESS.test(squash(a.textContent))) continue;
    const name = sibling(a, -1);
    const date = sibling(a, 1);
    if (name !== null && /^(?:B|STRONG|SPAN|EM|I)$/.test(name.tagName) && squash(name.textContent).length <= NAME_MAX_CHARS) name.remove();
    if (date !== null && isDateOnly(squash(date.textContent))) date.remove();
    a.remove();
  }
  const senders = Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6')).filter(isSenderHeading);
  if (senders.length >= 2) for (const h of senders) h.remove();
  for (const el of Array.from(doc.querySelectorAll('a, p, div, span, small'))) {
    if (el.parentNode !== null && squash(el.textContent).length <= 300 && FOOTER.test(squash(el.textContent))) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll(PREHEADER))) {
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (el.parentNode !== null && /(?:^|[\s_-]|template)pre-?header/i.test(names) && squash(el.textContent).length <= PREHEADER_MAX_CHARS) el.remove();
  }
}

/** The element before (-1) or after (1) `el`, across white space and line breaks only. */
function sibling(el: DomElement, step: -1 | 1): DomElement | null {
  const nodes = Array.from(el.parentNode?.childNodes ?? []);
  for (let i = nodes.indexOf(el) + step; i >= 0 && i < nodes.length; i += step) {
    const n = nodes[i];
    if (n === undefined) break;
    if (!isElement(n)) {
      if (squash(n.textContent) !== '') return null;
      continue;
    }
    if (n.tagName !== 'BR') return n;
  }
  return null;
}

const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const HEADER_MAX_CHARS = 120;

/** A name heading whose message header (the nearest block around it) holds a date, and little else. */
function isSenderHeading(h: DomElement): boolean {
  if (!PERSON.test(squash(h.textContent))) return false;
  let header = h.parentNode;
  while (header !== null && isElement(header) && /^(?:SPAN|A|B|STRONG)$/.test(header.tagName)) header = header.parentNode;
  if (header === null || !isElement(header) || squash(header.textContent).length > HEADER_MAX_CHARS) return false;
  return Array.from(header.querySelectorAll('span, time, div, small')).some((el) => isDateOnly(squash(el.textContent)));
}
