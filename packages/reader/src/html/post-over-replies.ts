import { isElement, squash, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { holdsSentence } from './sentences.js';

/**
 * A post in the page's one <article> with its replies set after it, outside it (round 38, after batch 42's Misskey note: the
 * note is an `<article>`, its replies a run of boxes of one class in a box beside it, every name a hashed class, no comment word,
 * no schema.org): Readability kept the replies, which hold more text, and lost the note (recall 41 %). When Readability's pick
 * holds a reply's text but not the post's, the box holding both is read. An article Readability reads keeps its pick, whatever
 * follows it (a story's comments stay out).
 */
export interface PostAndReplies {
  /** A copy of the box holding the post and its replies, taken before Readability edits the page. */
  readonly both: DomElement;
  /** The opening of the post's longest line, and of the first reply's: what tells whether Readability's pick holds them. */
  readonly post: string;
  readonly reply: string;
}

/** A post holds this much text, with a sentence in it. */
const POST_MIN_CHARS = 200;
/** A reply holds this much text, with a sentence in it. */
const REPLY_MIN_CHARS = 40;
/** How far above the <article> its replies may sit (its parent's later siblings, or its grandparent's, ...). */
const LEVELS = 3;
/** The opening this long of a line tells whether a pick holds it. */
const PRINT_CHARS = 60;

/** The page's one <article> and the replies after it, when they are there: taken after the furniture pass, before Readability. */
export function postOverReplies(doc: DomDocument): PostAndReplies | undefined {
  const articles = doc.querySelectorAll('article');
  const post = articles.length === 1 ? articles[0] : undefined;
  if (post === undefined) return undefined;
  const text = squash(post.textContent);
  if (text.length < POST_MIN_CHARS || !holdsSentence(text)) return undefined;
  let child: DomElement = post;
  for (let level = 0; level < LEVELS; level++) {
    const parent = child.parentNode;
    if (parent === null || !isElement(parent) || /^(?:BODY|HTML)$/.test(parent.tagName)) return undefined;
    for (let next = child.nextElementSibling; next !== null; next = next.nextElementSibling) {
      const run = replyRun(next);
      if (run === undefined) continue;
      const copy = parent.cloneNode(true);
      return isElement(copy) ? { both: copy, post: longestLine(post), reply: longestLine(run) } : undefined;
    }
    child = parent;
  }
  return undefined;
}

/** The post and its replies in place of Readability's pick, when the pick holds a reply's text and not the post's. */
export function withPostWhenMissed(picked: DomElement | null | undefined, found: PostAndReplies | undefined): DomElement | null | undefined {
  if (found === undefined || picked === null || picked === undefined) return picked;
  const text = squash(picked.textContent);
  return text.includes(found.reply) && !text.includes(found.post) ? found.both : picked;
}

/** The first reply of a run in `box` (or in a box inside it, two levels down): two or more sibling boxes of one class holding sentences. */
function replyRun(box: DomElement): DomElement | undefined {
  const kids = (el: DomElement): DomElement[] => Array.from(el.children);
  for (const holder of [box, ...kids(box), ...kids(box).flatMap(kids)]) {
    const byClass = new Map<string, DomElement[]>();
    for (let kid = holder.firstElementChild; kid !== null; kid = kid.nextElementSibling) {
      const first = (kid.getAttribute('class') ?? '').split(/\s+/)[0] ?? '';
      const text = squash(kid.textContent);
      if (first !== '' && text.length >= REPLY_MIN_CHARS && holdsSentence(text)) byClass.set(first, [...(byClass.get(first) ?? []), kid]);
    }
    for (const run of byClass.values()) if (run.length >= 2) return run[0];
  }
  return undefined;
}

/** The opening of the longest text node in `el`, squashed. */
function longestLine(el: DomElement): string {
  let best = '';
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = squash(node.textContent);
      if (text.length > best.length) best = text;
    } else if (isElement(node)) for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) walk(kid);
  };
  walk(el);
  return best.slice(0, PRINT_CHARS);
}
