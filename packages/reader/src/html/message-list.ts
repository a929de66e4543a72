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
    const posts = Array.from(feed.children).filter((c) => c.tagName === 'ARTICLE' && proseChars(c) > 0);
    if (posts.length < 2) continue;
    if (proseChars(feed) >= MOST * all) return feed;
    const parent = feed.parentNode;
    if (parent !== null && isElement(parent) && parent !== doc.body && proseChars(parent) >= MOST * all) return parent;
  }
  return undefined;
}
