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
 * - a mail client's quotation of an earlier message (round 80, after batch 280's saved Thunderbird message and Outlook print view):
 *   Thunderbird's and Apple Mail's `<blockquote type="cite">` (the attribute is no HTML's, only mail clients write it) with
 *   Thunderbird's `moz-cite-prefix` line over it, Gmail's `gmail_quote`, and Outlook's reply header (`divRplyFwdMsg`, "From: ...
 *   Sent: ... Subject: ...", inside its top-ruled box when it has one) with all that follows it in its block, the earlier message;
 * - a Mailchimp campaign's footer cell (`#templateFooter`: the copyright, "You are receiving this email because ...", the postal
 *   address, the preference links), in prose where the lines above cannot tell it (round 80: batches 253 and 280).
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
  for (const el of Array.from(doc.querySelectorAll(MAIL_QUOTE))) el.remove();
  for (const header of Array.from(doc.querySelectorAll(REPLY_HEADER))) removeQuotedReply(header);
  for (const el of Array.from(doc.querySelectorAll(PREHEADER))) {
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (el.parentNode !== null && /(?:^|[\s_-]|template)pre-?header/i.test(names) && squash(el.textContent).length <= PREHEADER_MAX_CHARS) el.remove();
  }
}

const MAIL_QUOTE = 'blockquote[type="cite" i], .gmail_quote, .moz-cite-prefix, #templateFooter';
const REPLY_HEADER = '[id$="divRplyFwdMsg"]';

/** Outlook's reply header (or the top-ruled box it sits in) and everything after it in its block: the message the reply quotes. */
function removeQuotedReply(header: DomElement): void {
  if (header.parentNode === null) return;
  const box = header.parentNode;
  const start = isElement(box) && box.tagName === 'DIV' && /border-top\s*:/i.test(box.getAttribute('style') ?? '') ? box : header;
  let next = start.nextSibling;
  start.remove();
  while (next !== null) {
    const after = next.nextSibling;
    if (isElement(next)) next.remove();
    else next.textContent = '';
    next = after;
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
