import { isElement, squash, type DomDocument, type DomElement } from './dom.js';

/**
 * Widgets embedded in an article that are not the article (session 9, after batch 4): posts
 * embedded from a social network, and polls. Readability keeps both (an embedded tweet is a
 * <blockquote> with a paragraph; a poll is a short list), and a summary would read a
 * council's tweet or a poll's question as the story's own sentences.
 */

/**
 * The embed codes social networks hand out (X/Twitter, Instagram, TikTok, Facebook, Threads,
 * Bluesky, Mastodon, Reddit, Embedly cards), by class and by their data attributes.
 */
const EMBED_SELECTOR = [
  'blockquote.twitter-tweet',
  'blockquote.twitter-video',
  'blockquote.instagram-media',
  'blockquote.tiktok-embed',
  'blockquote.text-post-media',
  'blockquote.bluesky-embed',
  'blockquote.mastodon-embed',
  'blockquote.reddit-embed-bq',
  'blockquote.reddit-card',
  'blockquote.embedly-card',
  '.fb-post',
  '.fb-video',
  '[data-instgrm-permalink]',
  '[data-tweet-id]',
  '[data-bluesky-uri]',
  '[data-text-post-permalink]',
].join(', ');

/** The permalink of one post on a social network: an embedded post links to its source. */
const POST_PERMALINK = new RegExp(
  String.raw`^https?://(?:www\.|mobile\.)?(?:(?:twitter|x)\.com/\w+/status(?:es)?/\d|instagram\.com/(?:p|reel|tv)/|` +
    String.raw`tiktok\.com/@[^/]+/video/\d|facebook\.com/.+/(?:posts|videos)/|threads\.(?:net|com)/@[^/]+/post/|` +
    String.raw`bsky\.app/profile/[^/]+/post/|[^/]+/@\w+/\d{6,}$)`,
  'i',
);

/** Polls by the names sites and poll services give them. */
const POLL_NAME = /(?:^|[\s_-])(?:polls?|polldaddy|crowdsignal|pd-?embed|opinion-?stage|poll-?embed)(?:$|[\s_-])/i;
/** Text of a poll (its question and options); a longer block that holds choices is a form of content, not a widget. */
const POLL_MAX_CHARS = 400;
const KEEP = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN']);

/** Removes embedded social posts and polls from `doc` in place (run before the controls are removed: a poll is found by its radio buttons). */
export function removeEmbeds(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(EMBED_SELECTOR))) el.remove();
  // an embed code whose script has not run, or a site's own markup: a quote of a social post linking to it
  for (const quote of Array.from(doc.querySelectorAll('blockquote'))) {
    if (quote.parentNode === null) continue;
    if (Array.from(quote.querySelectorAll('a')).some((a) => POST_PERMALINK.test(a.getAttribute('href') ?? ''))) quote.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [role="radiogroup"]'))) {
    if (el.parentNode !== null && isPoll(el)) poll(el).remove();
  }
  for (const group of radioGroups(doc)) poll(group).remove();
}

function isPoll(el: DomElement): boolean {
  if (KEEP.has(el.tagName) || squash(el.textContent).length > POLL_MAX_CHARS) return false;
  if (el.getAttribute('role') === 'radiogroup') return true;
  return POLL_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2'));
}

/**
 * The parents of two or more radio buttons of one name: a question's choices (a poll, a quiz, a
 * "Rate this" widget). Checkboxes are left: a task list in a README is made of them.
 */
function radioGroups(doc: DomDocument): DomElement[] {
  const byName = new Map<string, DomElement[]>();
  for (const radio of Array.from(doc.querySelectorAll('input[type="radio"]'))) {
    const name = radio.getAttribute('name') ?? '';
    byName.set(name, [...(byName.get(name) ?? []), radio]);
  }
  const groups: DomElement[] = [];
  for (const radios of byName.values()) {
    const common = radios.length >= 2 ? commonAncestor(radios) : undefined;
    if (common !== undefined && common.parentNode !== null && !KEEP.has(common.tagName) && squash(common.textContent).length <= POLL_MAX_CHARS) {
      groups.push(common);
    }
  }
  return groups;
}

/** Text a poll's box may hold besides its choices: a question, a "Vote" button, a heading ("Have your say"). */
const QUESTION_CHARS = 160;

/** The widget around a poll's choices: widened to its parents while they add no more than a question and a button. */
function poll(el: DomElement): DomElement {
  let box = el;
  for (let up = 0; up < 4; up++) {
    const parent = box.parentNode;
    if (parent === null || !isElement(parent) || KEEP.has(parent.tagName)) break;
    const own = squash(parent.textContent).length;
    if (own > POLL_MAX_CHARS || own - squash(box.textContent).length > QUESTION_CHARS) break;
    box = parent;
  }
  return box;
}

function commonAncestor(els: readonly DomElement[]): DomElement | undefined {
  const chain = (el: DomElement): DomElement[] => {
    const out: DomElement[] = [];
    for (let n = el.parentNode; n !== null && isElement(n); n = n.parentNode) out.push(n);
    return out;
  };
  const [first, ...rest] = els;
  if (first === undefined) return undefined;
  const others = rest.map(chain);
  return chain(first).find((a) => others.every((c) => c.includes(a)));
}
