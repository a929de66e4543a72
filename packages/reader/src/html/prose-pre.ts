import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { layoutBlocks, type TextBlock } from './text-layout.js';

/**
 * A `<pre>` of prose read as paragraphs (round 7, after batch 8's Pipermail message; round 9,
 * after batch 10's man page, RFC and Bugzilla bug): mail archives, man page sites, the RFC
 * Editor's paged HTML and bug trackers print text in `<pre>`, hard-wrapped, which the reader would
 * otherwise drop as code. A prose `<pre>` has sentences, short lines (or long lines of words), no
 * code markup, class or punctuation, and few indented lines that are not prose (a man page's
 * hanging option texts are); its layout (text-layout.ts) gives its paragraphs and headings. A
 * `<pre>` like a prose one (the same class, or the same parent and a sentence) is read too when its
 * text has no code punctuation at all, however short (a man page's NAME line, a one-line bug
 * comment, an RFC's last page). What a mail carries around its
 * message goes: the quoted earlier message ("> " lines) with its "X wrote:" or "(In reply to X)"
 * line, a tracker's "Created attachment N" note, the signature (after a "-- " line, or a list
 * footer's rule of underscores) and a closing sign-off (a last block of short lines with no
 * sentence in it: "Marion / (plot 14, Fernleigh Road)").
 */

/** Class words of code blocks, on the <pre> or the wrapper around it. */
const CODE_CLASS = /highlight|code|language-|lang-|brush|prism|syntax|source|console|shell|terminal/i;
/** Characters that are frequent in code and rare in prose (brackets too in a short, loosely read block: a synopsis). */
const CODE_PUNCTUATION = /[{}=;<>$|\\]/g;
const LOOSE_PUNCTUATION = /[{}=;<>$|\\[\]]/g;
const MIN_CHARS = 200;
const MAX_LINE = 80;
/** A signature delimiter ("-- ") or a list footer's rule ("____"). */
const SIGNATURE = /^(?:--\s?|_{10,}|-{10,})$/;
/** The line above a quote: "X wrote:", Bugzilla's "(In reply to X from comment #2)". */
const WROTE = /\b(?:wrote|writes|said):\s*$|^\s*\(In reply to .+\)\s*$/i;
/** A bug tracker's note of an attachment added with the comment, with the attachment's description below it. */
const ATTACHMENT_NOTE = /^(?:Created|Comment on) attachment \d+\b/i;
const SIGN_OFF_MAX_LINES = 3;
const SIGN_OFF_MAX_CHARS = 40;
/** Spans with a class, per line, from which a <pre> is highlighted code (a token per span). */
const HIGHLIGHT_SPANS_PER_LINE = 1 / 3;

/** Replaces every prose <pre> of `doc` (and the <pre>s like them) with its paragraphs and headings, in place. */
export function readProsePre(doc: DomDocument): void {
  unwrapParagraphPres(doc);
  const pres = [...Array.from(doc.querySelectorAll('pre')), ...mailBodies(doc)].filter((pre) => !hasCodeMarkup(pre));
  const prose = new Set(pres.filter(isProse));
  const kinds = new Set(Array.from(prose, kind));
  const parents = new Set(Array.from(prose, (pre) => pre.parentNode));
  // like a prose <pre>: the same class (a bug's comments), or a page of the same document (an RFC's next <pre>, with a sentence)
  const alike = (pre: DomElement): boolean => kinds.has(kind(pre)) || (parents.has(pre.parentNode) && /\p{Ll}[.!?](?:\s|$)/u.test(pre.textContent ?? ''));
  for (const pre of pres) {
    if (pre.parentNode === null || !(prose.has(pre) || (alike(pre) && isLooseProse(pre)))) continue;
    for (const block of messageBlocks(withoutMailHeaders(shownText(pre)), markedHeadings(pre))) {
      const el = pre.ownerDocument.createElement(block.level === 0 ? 'p' : `h${block.level}`);
      el.append(block.text);
      pre.before(el);
    }
    pre.remove();
  }
}

const kind = (pre: DomElement): string => squash(pre.getAttribute('class') ?? '');

/**
 * A `<pre>` around the story's paragraphs is a box, not preformatted text (round 86, after batch 310: Wattpad sets each part's text
 * as `<pre><p data-p-id="...">...</p><p>...</p></pre>` to keep its line breaks, and the reader dropped the `<pre>` as code): one whose
 * children are two or more paragraphs of prose and nothing else but white space becomes a `<div>`.
 */
function unwrapParagraphPres(doc: DomDocument): void {
  for (const pre of Array.from(doc.querySelectorAll('pre'))) {
    const kids = Array.from(pre.children);
    if (kids.length < 2 || kids.some((k) => k.tagName !== 'P') || !kids.some((k) => /\p{Ll}[.!?…]['"”’)]*(?:\s|$)/u.test(squash(k.textContent)))) continue;
    if (Array.from(pre.childNodes).some((n) => !isElement(n) && squash(n.textContent) !== '')) continue;
    const box = pre.ownerDocument.createElement('div');
    box.append(...kids);
    pre.before(box);
    pre.remove();
  }
}

/** A <pre>'s text; a mail body box's with its inner boxes on lines of their own (a folded quote's "..." link and its "> " lines). */
function shownText(box: DomElement): string {
  if (box.tagName === 'PRE') return box.textContent ?? '';
  let out = '';
  for (let node = box.firstChild; node !== null; node = node.nextSibling) {
    out += isElement(node) && node.tagName === 'DIV' ? `\n${shownText(node)}\n` : (node.textContent ?? '');
  }
  return out;
}

/** A box named as a mail's body ("email-body", "message-text"). */
const MAIL_BODY = /(?:^|[\s_-])(?:e?mail|message)[-_]?(?:body|text)(?:$|[\s_-])/i;

/**
 * A mail's text set straight in a box named as its body, with its line breaks and blank lines (round 33, after batch 35's
 * HyperKitty thread: Mailman 3's `<div class="email-body">`, which the archive's stylesheet sets `white-space: pre-wrap`): read
 * as a <pre>, when nothing in it is set as a paragraph, a line break or a list.
 */
function mailBodies(doc: DomDocument): DomElement[] {
  return Array.from(doc.querySelectorAll('div[class]')).filter(
    (div) =>
      MAIL_BODY.test(div.getAttribute('class') ?? '') &&
      div.querySelectorAll('p, br, ul, ol, table, pre, blockquote').length === 0 &&
      /\n[ \t]*\n/.test(div.textContent ?? ''),
  );
}

function hasCodeMarkup(pre: DomElement): boolean {
  if (pre.querySelectorAll('code, kbd, samp').length > 0) return true;
  const parent = pre.parentNode;
  const names = `${pre.getAttribute('class') ?? ''} ${parent !== null && isElement(parent) ? (parent.getAttribute('class') ?? '') : ''}`;
  const lines = (pre.textContent ?? '').split('\n').filter((l) => l.trim() !== '').length;
  return CODE_CLASS.test(names) || pre.querySelectorAll('span[class]').length > Math.max(1, lines * HIGHLIGHT_SPANS_PER_LINE);
}

/** A mail's header or trailer line ("From: Marek Vrána <marek@example.cz>", "Acked-by: ..."): addresses, not code (round 38, batch 44). */
export const MAIL_HEADER = /^(?:From|To|Cc|Bcc|Subject|Date|Message-I[Dd]|In-Reply-To|References|Reply-To|Mail-Followup-To|[A-Z][\w-]*-by):(?:\s|$)/i;

/** The text without its mail header and trailer lines: bylines and addresses, not the message. */
const withoutMailHeaders = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !MAIL_HEADER.test(l))
    .join('\n');

function isProse(pre: DomElement): boolean {
  // (a public-inbox message's <pre> opens with its headers: their addresses in angle brackets are no code, and the line is long)
  const text = withoutMailHeaders(shownText(pre));
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  // a long line is a paragraph left unwrapped (Bugzilla 5 wraps on screen), unless it is a statement
  // the line over a quote is as long as a mail client makes it ("On Tue, Mar 4, 2025 at 9:12 AM Paulo Mendes <...> wrote:"; round 21)
  if (squash(text).length < MIN_CHARS || lines.length < 3 || lines.some((l) => l.length > MAX_LINE && !isProseLine(l) && !WROTE.test(l))) return false;
  const sentences = text.match(/\p{Ll}[.!?](?:\s|$)/gu)?.length ?? 0;
  const margin = Math.min(...lines.map((l) => /^ */.exec(l)?.[0].length ?? 0));
  const indented = lines.filter((l) => new RegExp(`^ {${margin + 2},}\\S`).test(l) && !isProseLine(l)).length;
  // (a plain-text document's rules, "=====", are no code)
  const punctuation = codeMarks(lines.filter((l) => !RULE_LINE.test(l)).join('\n'), CODE_PUNCTUATION);
  // the quoted lines' ">" are mail punctuation, not code
  const quoteMarks = lines.filter((l) => /^\s*>/.test(l)).length;
  return sentences >= 2 && indented <= lines.length / 5 && punctuation - quoteMarks <= text.length / 200;
}

/**
 * A line of words (a hanging paragraph's continuation), not a statement: three words or more, no
 * code punctuation or calls (a semicolon between clauses is prose).
 */
const isProseLine = (line: string): boolean => /^\s*\S+(?:\s+\S+){2,}\s*$/.test(line) && !/[{}=<>$|\\]|;(?!\s+\p{L})|\w\(|\w\.\w+\(/u.test(line);

/** How many code characters `text` holds, a semicolon between two clauses ("3.3; I have") left out. */
const codeMarks = (text: string, marks: RegExp): number => text.replace(/;(?=\s+\p{L})/gu, ',').match(marks)?.length ?? 0;

/** A short <pre> like a prose one: lines of words, no code punctuation at all once commands and figures are left out. */
function isLooseProse(pre: DomElement): boolean {
  const text = messageBlocks(pre.textContent ?? '')
    .map((b) => b.text)
    .join('\n');
  const lines = (pre.textContent ?? '').split('\n');
  return /\p{L}{2,}/u.test(text) && lines.every((l) => l.length <= MAX_LINE || isProseLine(l)) && codeMarks(text, LOOSE_PUNCTUATION) <= text.length / 200;
}

/** The heading lines a renderer marks in the <pre> (`<span class="h2">` in the RFC Editor's HTML), by their squashed text. */
function markedHeadings(pre: DomElement): Map<string, number> {
  const out = new Map<string, number>();
  for (const span of Array.from(pre.querySelectorAll('span[class]'))) {
    const level = /^h([1-6])$/.exec(span.getAttribute('class') ?? '')?.[1];
    if (level !== undefined) out.set(squash(span.textContent), Number(level));
  }
  return out;
}

/** The message's own blocks: quotes, their "wrote:" line, attachment notes, the signature and a sign-off left out. */
export function messageBlocks(text: string, marked?: ReadonlyMap<string, number>): TextBlock[] {
  const [lines, underlined] = withoutUnderlines(text.split('\n'));
  const headings = new Map([...(marked ?? []), ...underlined]);
  const end = lines.findIndex((l) => SIGNATURE.test(l.trimEnd()));
  const own = (end < 0 ? lines : lines.slice(0, end)).filter((l, i, all) => !/^\s*>/.test(l) && !(WROTE.test(l) && quoteFollows(all, i)));
  // (and a lone ellipsis: the link that opens a folded quote, HyperKitty's "...")
  const blocks = layoutBlocks(own.join('\n'), headings).filter((b) => !ATTACHMENT_NOTE.test(b.text) && !/^(?:\.{3}|…)$/.test(b.text.trim()));
  const last = blocks[blocks.length - 1];
  const lastLines =
    own
      .join('\n')
      .trimEnd()
      .split(/\n\s*\n/)
      .pop()
      ?.split('\n') ?? [];
  if (last !== undefined && last.level === 0 && blocks.length > 1 && isSignOff(lastLines, last.text)) blocks.pop();
  return blocks;
}

/**
 * The lines with each heading's underline out and the headings it marks (round 84, after batch 304's hurricane advisory: "WATCHES
 * AND WARNINGS" over a rule of as many dashes, as plain-text bulletins, READMEs and Markdown's setext headings write them): a rule
 * under a line of text and about as long as it underlines it, where a rule alone is a signature's (and everything after it went).
 */
function withoutUnderlines(lines: string[]): [string[], Map<string, number>] {
  const out: string[] = [];
  const headings = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    if (isFrame(lines, i) || isFrame(lines, i - 2)) {
      out.push('');
      continue;
    }
    if (isFrame(lines, i - 1)) {
      headings.set(squash(line), 2);
      out.push(line);
      continue;
    }
    const above = (lines[i - 1] ?? '').trim();
    const rule = /^\s*(-{3,}|={3,})\s*$/.exec(line)?.[1];
    if (rule === undefined || above === '' || Math.abs(rule.length - above.length) > UNDERLINE_SLACK || /\p{Ll}[.!?]$/u.test(above)) {
      // (a rule of "="s, "*"s or "~"s alone parts two blocks; one of "-"s or "_"s is a signature's)
      out.push(/^\s*([=*~#+])\1{2,}\s*$/.test(line) ? '' : line);
      continue;
    }
    out.splice(out.length - 1, 0, '');
    out.push('');
    headings.set(squash(above), 2);
  }
  return [out, headings];
}
const UNDERLINE_SLACK = 2;

/** A line drawn with one mark ("=====", "-----", "*****"): a rule in a plain-text document, no code. */
const RULE_LINE = /^\s*([-=*~#_+])\1{2,}\s*$/;

/**
 * Line `i` opens a framed heading (round 94, after batch 376's GameFAQs-style walkthrough, whose sections open with "2. THE SALT
 * MARSH" between two rules of 74 "="s, as plain-text FAQs and reStructuredText's overlined titles write them): a rule, a line of
 * text that ends no sentence and is no longer than the rule, and the same rule again.
 */
function isFrame(lines: readonly string[], i: number): boolean {
  const [over, title, under] = [lines[i], lines[i + 1], lines[i + 2]].map((l) => (l ?? '').trim());
  return (
    over !== undefined &&
    RULE_LINE.test(over) &&
    over === under &&
    title !== undefined &&
    title !== '' &&
    !RULE_LINE.test(title) &&
    title.length <= over.length &&
    !/\p{Ll}[.!?]$/u.test(title)
  );
}

/** The next line with text after line `i` is a quoted one. */
const quoteFollows = (lines: string[], i: number): boolean => /^\s*>/.test(lines.slice(i + 1).find((l) => l.trim() !== '') ?? '');

/** A closing block of a few short lines with no sentence in it: the sender's name, a place, a role. */
function isSignOff(lines: string[], text: string): boolean {
  const block = lines.map((l) => l.trim()).filter((l) => l !== '');
  return (
    squash(block.join(' ')) === squash(text) &&
    block.length <= SIGN_OFF_MAX_LINES &&
    block.every((l) => l.length <= SIGN_OFF_MAX_CHARS && !/\p{Ll}[.!?]$/u.test(l))
  );
}
