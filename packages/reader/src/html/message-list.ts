import { isElement, type DomDocument, type DomElement } from './dom.js';
import { proseChars } from './sentences.js';

/**
 * A conversation marked up as an ARIA list of messages (round 7, after batch 8's Google Groups
 * thread): `role="list"` around two or more `role="listitem"` messages, each with a sentence of
 * prose, holding most of the page's prose. No element is named a comment, so discussion.ts does
 * not see a thread, and Readability, built for one article, picks one message's body (which one
 * hung on a stray line elsewhere on the page). The list is read whole instead, after the
 * furniture pass has taken the sender lines and action buttons out of it.
 *
 * A thread of posts as an ARIA feed (round 8, after batch 9's Mastodon thread): `role="feed"`
 * around two or more `<article>` posts (WAI-ARIA's feed pattern, which Mastodon, Misskey and other
 * timelines follow), the thread's first post often just above the feed in the same column. The
 * feed, or the feed and that first post (their parent), is read whole when it holds most of the
 * page's prose: Readability read the first post and lost the rest (a third of the thread read).
 */

/** Share of the page's prose the list must hold. */
const MOST = 0.8;

/** The message list of `doc`, when it has one. */
export function findMessageList(doc: DomDocument): DomElement | undefined {
  if (doc.body === null) return undefined;
  const all = proseChars(doc.body);
  for (const list of Array.from(doc.querySelectorAll('[role="list"]'))) {
    const messages = Array.from(list.children).filter((c) => c.getAttribute('role') === 'listitem' && proseChars(c) > 0);
    if (messages.length >= 2 && proseChars(list) >= MOST * all) return list;
  }
  for (const feed of Array.from(doc.querySelectorAll('[role="feed"]'))) {
    if (feedPosts(feed) < 2) continue;
    if (proseChars(feed) >= MOST * all) return feed;
    const parent = feed.parentNode;
    if (parent !== null && isElement(parent) && parent !== doc.body && proseChars(parent) >= MOST * all) return parent;
  }
  return undefined;
}

/**
 * The posts of a feed holding prose: its `<article>` children, or children that each wrap one `<article>` (Flarum's
 * `PostStream-item` around each `CommentPost`; round 34, batch 38).
 */
export function feedPosts(feed: DomElement): number {
  return Array.from(feed.children).filter((c) => {
    const post = c.tagName === 'ARTICLE' ? c : c.querySelectorAll('article').length === 1 ? c.querySelectorAll('article')[0] : undefined;
    return post !== undefined && proseChars(post) > 0;
  }).length;
}

/** A feed of two posts or more that holds most of the page's prose (a thread the furniture pass must not take for comments). */
export function postFeed(doc: DomDocument): DomElement | undefined {
  if (doc.body === null) return undefined;
  // (a <noscript> copy of the posts for crawlers is not shown: Flarum prints one under the stream)
  let all = proseChars(doc.body);
  for (const copy of Array.from(doc.querySelectorAll('noscript'))) all -= proseChars(copy);
  return Array.from(doc.querySelectorAll('[role="feed"]')).find((feed) => feedPosts(feed) >= 2 && proseChars(feed) >= MOST * all);
}
