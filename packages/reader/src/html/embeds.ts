import { isElement, isPageBox, squash, type DomDocument, type DomElement } from './dom.js';
import { elementNames, NAMED } from './names.js';

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

/**
 * A site's own box for an embedded post, named for the network ("embed-twitter", WordPress's
 * "wp-block-embed-instagram", the Guardian's "element-tweet", "tiktok-embed"); "social-embed"
 * is already furniture by its "social" (clean.ts). Short or shared words are left out ("x",
 * "fb", "threads", "reddit-post": Open edX's "xblock" is course content, a forum's post is the page).
 */
const NETWORKS = '(?:twitter|tweet|instagram|insta|tiktok|facebook|bluesky|bsky|mastodon)';
const EMBED_NAME = new RegExp(
  String.raw`(?:^|[\s_-])(?:embed(?:ded)?[-_]?${NETWORKS}|${NETWORKS}[-_]?(?:embed|post|card|block)|tweet|embed-x|x-(?:embed|post))(?:$|[\s_-])`,
  'i',
);
/** Text of an embedded post: a long caption at most (Instagram allows 2,200 characters); a longer box is a container. */
const EMBED_MAX_CHARS = 2400;
const THREAD_MIN_POSTS = 4;

/** Polls by the names sites and poll services give them. */
const POLL_NAME = /(?:^|[\s_-])(?:polls?|polldaddy|crowdsignal|pd-?embed|opinion-?stage|poll-?embed)(?:$|[\s_-])/i;
/** Text of a poll (its question and options); a longer block that holds choices is a form of content, not a widget. */
const POLL_MAX_CHARS = 400;

/** Removes embedded social posts and polls from `doc` in place (run before the controls are removed: a poll is found by its radio buttons). */
export function removeEmbeds(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(EMBED_SELECTOR))) el.remove();
  // an embed code whose script has not run, or a site's own markup: a quote of a social post linking to it
  for (const quote of Array.from(doc.querySelectorAll('blockquote'))) {
    if (quote.parentNode === null) continue;
    if (Array.from(quote.querySelectorAll('a')).some((a) => POST_PERMALINK.test(a.getAttribute('href') ?? ''))) quote.remove();
  }
  const named = Array.from(doc.querySelectorAll(`${NAMED}, [role="radiogroup"]`));
  // on the network's own page its posts are the page (X's `data-testid="tweet"` articles of a thread; round 35)
  const networkPage = isNetworkPage(doc);
  // a run of posts side by side is the page itself, not embeds in it (Thread Reader App's unrolled thread: a `content-tweet` box per
  // post; round 31): the parents that hold THREAD_MIN_POSTS such boxes or more
  const posts = new Map<DomElement, number>();
  for (const el of named) {
    const parent = el.parentNode;
    if (parent !== null && isElement(parent) && EMBED_NAME.test(elementNames(el))) posts.set(parent, (posts.get(parent) ?? 0) + 1);
  }
  // what follows the run in its box is the site's (Thread Reader's "Keep Current with ...", "Did Thread Reader help you today?" cards)
  for (const [parent, count] of posts) if (count >= THREAD_MIN_POSTS) removeAfterLastPost(parent);
  for (const el of named) {
    if (el.parentNode === null || isPageBox(el)) continue;
    const names = elementNames(el);
    const inThread = networkPage || (isElement(el.parentNode) && (posts.get(el.parentNode) ?? 0) >= THREAD_MIN_POSTS);
    if (EMBED_NAME.test(names) && !inThread && squash(el.textContent).length <= EMBED_MAX_CHARS) el.remove();
    else if (isPoll(el, names)) poll(el).remove();
  }
  for (const group of radioGroups(doc)) poll(group).remove();
}

/** The social networks' own names for their sites, as og:site_name gives them. */
const NETWORK_SITE = /^(?:x|twitter|x \(formerly twitter\)|instagram|tiktok|facebook|threads|bluesky|mastodon)$/i;
const NETWORK_HOST = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter|instagram|tiktok|facebook|threads)\.(?:com|net)\/|^https?:\/\/bsky\.app\//i;

/** A page of a social network itself (its og:site_name, or its canonical address on the network's host), not a page embedding its posts. */
function isNetworkPage(doc: DomDocument): boolean {
  const meta = (p: string): string => doc.querySelectorAll(`meta[property="${p}"]`)[0]?.getAttribute('content') ?? '';
  const canonical = doc.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href') ?? '';
  return NETWORK_SITE.test(squash(meta('og:site_name'))) || NETWORK_HOST.test(meta('og:url')) || NETWORK_HOST.test(canonical);
}

/** A poll by its name or its ARIA role, and short (the name is tested first: the text length costs a walk of the subtree). */
function isPoll(el: DomElement, names: string): boolean {
  const named = el.getAttribute('role') === 'radiogroup' || POLL_NAME.test(names);
  return named && squash(el.textContent).length <= POLL_MAX_CHARS;
}

/** How far above a radio button its group is looked for. */
const GROUP_LEVELS = 6;

/**
 * The boxes of two or more radio buttons: a question's choices (a poll, a quiz, a "Rate this"
 * widget), the nearest ancestor of each radio that holds another (two polls may share a name).
 * Counted in one pass up from each radio, at most GROUP_LEVELS levels: linear. Checkboxes are
 * left: a task list in a README is made of them.
 */
function radioGroups(doc: DomDocument): DomElement[] {
  const radios = Array.from(doc.querySelectorAll('input[type="radio"]'));
  const counts = new Map<DomElement, number>();
  for (const radio of radios) for (const a of ancestors(radio)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const groups = new Set<DomElement>();
  for (const radio of radios) {
    const group = ancestors(radio).find((a) => (counts.get(a) ?? 0) >= 2);
    if (group !== undefined && !isPageBox(group)) groups.add(group);
  }
  return [...groups].filter((g) => squash(g.textContent).length <= POLL_MAX_CHARS && !isTabSet(g));
}

/**
 * Tabs made with radio buttons and CSS, not a poll: a panel of the text's own blocks (paragraphs, lists, code, tables) for each
 * button (Hugo Book's `book-tabs`, a radio and a label over each panel; round 42, after batch 59). A poll's choices are labels.
 */
function isTabSet(group: DomElement): boolean {
  const radios = group.querySelectorAll('input[type="radio"]').length;
  const panels = Array.from(group.querySelectorAll('p, pre, ul, ol, table')).filter((el) => el.querySelectorAll('input').length === 0);
  return panels.length >= radios;
}

function ancestors(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  for (let n = el.parentNode; n !== null && isElement(n) && out.length < GROUP_LEVELS; n = n.parentNode) out.push(n);
  return out;
}

/** Text a poll's box may hold besides its choices: a question, a "Vote" button, a heading ("Have your say"). */
const QUESTION_CHARS = 160;

/** The widget around a poll's choices: widened to its parents while they add no more than a question and a button. */
function poll(el: DomElement): DomElement {
  let box = el;
  for (let up = 0; up < 4; up++) {
    const parent = box.parentNode;
    if (parent === null || !isElement(parent) || isPageBox(parent)) break;
    const own = squash(parent.textContent).length;
    if (own > POLL_MAX_CHARS || own - squash(box.textContent).length > QUESTION_CHARS) break;
    box = parent;
  }
  return box;
}

/** Removes the children of `box` after its last post box (a thread's run of posts: removeEmbeds). */
function removeAfterLastPost(box: DomElement): void {
  const children = Array.from(box.children);
  const last = children.findLastIndex((c) => EMBED_NAME.test(elementNames(c)));
  for (const c of children.slice(last + 1)) c.remove();
}
