import { inFurniture } from './clean.js';
import { ancestors, commonAncestor, holdsParagraph, isElement, squash, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { CAMEL_WORD, GENERIC_CLASS, NAME_ATTRIBUTES, NAMED } from './names.js';
import { isIssuePage } from './issue-page.js';
import { postFeed } from './message-list.js';
import { endsSentence, holdsSentence } from './sentences.js';

/**
 * Discussion pages (sprint 9): on a forum thread, a Q&A page or a Reddit-like thread the post and
 * its replies ARE the content, though the markup calls them comments. Under an article, comments
 * stay furniture. A page is a discussion when schema.org says so (DiscussionForumPosting or
 * QAPage, as microdata or JSON-LD), or by its shape: the elements named as comments hold most of
 * the page's prose and the rest is short (a post of a few lines, not an article). og:type cannot
 * tell: Reddit, Discourse and Stack Exchange all say "website".
 */

/** Words naming comment sections, ours (clean.ts) and Readability's ("unlikely candidates", negative class weight). */
const COMMENT_WORDS = /comments?|discussion|disqus|replies|remark|community/gi;
const COMMENT_NAME = /(?:^|[\s_-])(?:comments?|discussion|disqus|replies)(?:$|[\s_-])/i;
const SCHEMA = /schema\.org\/(?:DiscussionForumPosting|QAPage)\b/i;
const JSON_LD_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:DiscussionForumPosting|QAPage)"/;
/** Prose outside the comments below which the page holds no article of its own (about 150 words). */
const SHORT_POST_CHARS = 1000;
/** A paragraph counts as prose from this length (shorter ones are labels, counters, names). */
const PROSE_MIN_CHARS = 40;
/** The attributes that name an element (names.ts): a thread's comments may be named by a test hook only (Jira's `data-testid`, round 15). */
const NAMES = NAME_ATTRIBUTES;
/** A comment named by its label ("Comment by Deb Kowalczyk": Facebook's boxes, round 33; "Comment from <user>": round 168, batch 700). */
const COMMENT_LABEL = /^(?:comment|reply) (?:by|from)\b/i;
/** A label naming a box as the comments or replies (a lone "Comment" is a button's). */
const COMMENTS_LABEL = /^(?:\d+\s+)?(?:comments|replies)$/i;

/** The names a box carries as a comment: its name attributes, and a label that calls it a comment (Facebook; round 33, batch 35). */
function commentNames(el: DomElement): string {
  const label = COMMENT_LABEL.test(el.getAttribute('aria-label') ?? '') ? 'comment' : '';
  // (camelCase words apart, as names.ts reads them: Substack's `feedCommentBodyInner`; round 35)
  return [...NAMES.map((a) => el.getAttribute(a) ?? ''), label].join(' ').replace(CAMEL_WORD, '$1-$2');
}

/** A discussion page: the element holding its post and replies, when it can be told. */
export interface Discussion {
  thread: DomElement | undefined;
}

/**
 * When `doc` is a discussion page, takes the comment words out of its names (unmarkComments) and
 * says which element holds the thread: the schema.org element, else the comments' common
 * ancestor widened to the post above them. Readability is built for articles and picks one block:
 * on old Reddit the replies without the post. Run before any furniture is removed (JSON-LD sits
 * in a script).
 */
export function findDiscussion(doc: DomDocument): Discussion | undefined {
  const schema = schemaThread(doc);
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) => JSON_LD_TYPE.test(s.textContent ?? ''));
  // (or a feed of posts holding most of the prose: Flarum's `role="feed"` stream inside a `DiscussionPage` box; round 34)
  // (or an issue tracker's page, its comments fewer than its description's prose: issue-page.ts; round 100)
  const shaped =
    schema !== undefined || jsonLd || postFeed(doc) !== undefined || commentsHoldTheProse(doc) || postIsAnEntry(doc) || isIssuePage(doc, commentNames);
  const qa = questionAndAnswers(doc);
  if (!shaped && qa === undefined) return undefined;
  const commented = shaped ? (commentsWithPost(doc) ?? (jsonLd ? proseRoot(doc) : undefined)) : undefined;
  // (a page shaped by its comments whose comments' box is one answer of a Q&A: the question and answers around it are the thread;
  // Trailblazer's answers each carry their replies; round 40)
  const wider = qa !== undefined && qa !== null && commented !== undefined && ancestors(commented).includes(qa);
  const thread = schema !== undefined && !/^(?:BODY|HTML)$/.test(schema.tagName) ? schema : !shaped || wider ? (qa ?? undefined) : commented;
  unmarkComments(doc);
  // a "Comments" heading over a post's comments labels them, here; the furniture pass would take their small box with it (round 18)
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) if (COMMENTS_HEADING.test(squash(h.textContent))) h.remove();
  return { thread };
}
// (and "Replies" over a forum's replies: Apple's Developer Forums; round 33)
// (and Codidact's "1 comment thread" over each post's threads; round 41)
const COMMENTS_HEADING = /^(?:\d+ )?(?:comments?|comment threads?|replies)(?: \(\d+\))?$/i;

/**
 * The element schema.org names as the discussion: the first DiscussionForumPosting (or QAPage), or, when the replies are
 * postings of their own beside it rather than inside it, the element holding them all (vBulletin 5's opening post is the
 * `mainEntity` and each reply a sibling `comment` item: the first alone lost the replies; round 33, batch 35).
 */
function schemaThread(doc: DomDocument): DomElement | undefined {
  const typed = Array.from(doc.querySelectorAll('[itemtype]'));
  const items = typed.filter((el) => SCHEMA.test(el.getAttribute('itemtype') ?? ''));
  // (replies typed as schema.org Comments beside the posting, in the same list: vBulletin 5.7's `<li itemtype=".../Comment">`
  // after the opening `DiscussionForumPosting`; round 42, after batch 64)
  const parents = new Set(items.map((el) => el.parentNode));
  const replies = typed.filter((el) => COMMENT_SCHEMA.test(el.getAttribute('itemtype') ?? '') && parents.has(el.parentNode));
  const all = [...items, ...replies];
  const outer = all.filter((el) => !all.some((other) => other !== el && ancestors(el).includes(other)));
  const found = outer.reduce<DomElement | undefined>((a, el) => (a === undefined ? el : commonAncestor(a, el)), undefined);
  // a QAPage declared on the whole page (Stack Exchange's `<html itemscope itemtype=".../QAPage">`): its question and answers, by
  // their properties, are the thread (round 44, after batch 111, where the question alone with its comments was read)
  if (found !== undefined && /^(?:BODY|HTML)$/.test(found.tagName)) return qaPageEntries(doc) ?? found;
  return found;
}

/** The box holding a QAPage's question (`mainEntity`) and its answers (`acceptedAnswer`, `suggestedAnswer`), when it has an answer. */
function qaPageEntries(doc: DomDocument): DomElement | undefined {
  // (a page saved from Stack Exchange's older template marks no `mainEntity`: its question box is `#question`; round 73, after batch
  // 265's Ask Ubuntu page, where the question alone was read)
  const question = doc.querySelectorAll('[itemprop="mainEntity"]')[0] ?? doc.querySelectorAll('#question[data-questionid]')[0];
  const answers = Array.from(doc.querySelectorAll('[itemprop="acceptedAnswer"], [itemprop="suggestedAnswer"]'));
  if (question === undefined || answers.length === 0) return undefined;
  // (Stack Exchange's `mainEntity` box holds its answers too)
  const root = answers.reduce<DomElement | undefined>((a, el) => (a === undefined ? el : commonAncestor(a, el)), question);
  return root === undefined || /^(?:BODY|HTML)$/.test(root.tagName) ? undefined : root;
}
const COMMENT_SCHEMA = /schema\.org\/Comment\b/i;

/** The comments hold most of the page's prose, and the rest is short (a post, not an article). */
function commentsHoldTheProse(doc: DomDocument): boolean {
  let inComments = 0;
  let outside = 0;
  const memo = new Map<DomElement, boolean>();
  // text set straight in a box counts too, on a page that marks no <article> (a story marked as one keeps its comments as comments:
  // Slashdot's story in an <article> with its comment tree beside it), and inside an <article> (Blogger's post set as <div>s of
  // text, not paragraphs, over its comments' <p>s; round 32)
  // and text set straight in a <span> outside paragraphs (YouTube's comments and post, each one span of pre-wrap text; round 33)
  const boxes = doc.querySelectorAll('article').length === 0 ? 'p, div, td, span' : 'p, article div, article span';
  for (const p of Array.from(doc.querySelectorAll(boxes))) {
    if (p.tagName === 'SPAN' && insideParagraph(p)) continue;
    const text = p.tagName === 'P' ? squash(p.textContent) : ownText(p);
    const n = text.length;
    if (n < PROSE_MIN_CHARS) continue;
    // (a comment box's own text is the comment's: Ask MetaFilter's answers, set straight in `<div class="comments">`; round 39)
    if (insideComment(p) || (p.tagName !== 'P' && COMMENT_NAME.test(commentNames(p)))) inComments += n;
    // outside the comments, only sentences count as an article's prose: a byline, a dateline or a
    // label line ("By Anna Kowalski for the Daily News | Published: 18:02") is no article, and
    // neither is furniture the page will lose (a newsletter box, a cookie notice)
    else if (endsSentence(text) && !inFurniture(p, memo)) outside += n;
  }
  return inComments > outside && outside < SHORT_POST_CHARS;
}

/**
 * A post that is an entry of the same kind as its replies (round 34, after batch 38's old Reddit self post: the post is a
 * `div.thing.link`, each comment a `div.thing.comment`): a long post (a trip report) over its comments is then the thread's
 * opening entry, not an article with comments under it. The post and every comment share a class word that is not a comment
 * word or a layout word, and the post holds prose.
 */
function postIsAnEntry(doc: DomDocument): boolean {
  // the comment boxes: named a comment or a reply by a class word of their own, each holding a paragraph of prose
  const comments = Array.from(doc.querySelectorAll('body [class]')).filter(
    (el) => (el.getAttribute('class') ?? '').split(/\s+/).some((w) => /^(?:comment|reply)$/i.test(w)) && holdsParagraph(el, PROSE_MIN_CHARS),
  );
  if (comments.length < 2) return false;
  const words = (el: DomElement): string[] => (el.getAttribute('class') ?? '').split(/\s+/).filter((w) => w !== '');
  let shared: Set<string> | undefined;
  for (const c of comments) shared = new Set(words(c).filter((w) => shared === undefined || shared.has(w)));
  const kinds = [...(shared ?? [])].filter((w) => !COMMENT_NAME.test(w) && !GENERIC_CLASS.test(w) && !/\d/.test(w));
  if (kinds.length === 0) return false;
  const inComment = new Set(comments);
  return Array.from(doc.querySelectorAll(kinds.map((k) => `[class~="${k}"]`).join(', '))).some(
    (el) => !inComment.has(el) && !insideComment(el) && holdsParagraph(el, PROSE_MIN_CHARS),
  );
}

const QUESTION_NAME = /(?:^|[\s_-])question(?:$|[\s_-])/i;
const ANSWER_NAME = /(?:^|[\s_-])answers?(?:$|[\s_-])/i;

/**
 * A Q&A page by its names (round 18, after batch 19's Microsoft Q&A page, which declares no QAPage): comments
 * that sit beside or inside a post named as the question or an answer holding prose. They are the thread's, as
 * on Stack Overflow; a question-and-answer FAQ has no comments there, and an article's comments sit under it.
 * The thread is the element holding the posts and their comments (null when that is the body: a Q&A page, no
 * narrower element to read; undefined when the page is no Q&A page).
 */
function questionAndAnswers(doc: DomDocument): DomElement | null | undefined {
  const named = (re: RegExp): DomElement[] =>
    Array.from(doc.querySelectorAll(NAMED)).filter((el) => re.test(NAMES.map((a) => el.getAttribute(a) ?? '').join(' ')));
  const questions = named(QUESTION_NAME).filter((el) => holdsParagraph(el, PROSE_MIN_CHARS));
  const answers = named(ANSWER_NAME).filter((el) => holdsParagraph(el, PROSE_MIN_CHARS));
  const posts = [...questions, ...answers];
  if (posts.length < 2) return countedAnswers(doc, named(COMMENT_NAME));
  if (isFaq(questions, answers)) return undefined;
  const comments = named(COMMENT_NAME).filter((c) => posts.some((post) => ancestors(c).includes(post) || post.parentNode === c.parentNode));
  // (or a question with two answers or more, no comments: Trailblazer Community's `article.tbc-question` and `article.tbc-answer`s; round 40)
  if (comments.length === 0 && (questions.length === 0 || answers.length < 2)) return undefined;
  const root = [...posts, ...comments].reduce<DomElement | undefined>((a, el) => (a === undefined ? el : commonAncestor(a, el)), undefined);
  return root === undefined || TOP.test(root.tagName) ? null : root;
}

/**
 * An FAQ block, no Q&A page (round 43, after batch 73's Rank Math FAQ, `faq-question-N` items each holding their answer, which was
 * read as the page's thread and lost the review above it): two questions or more, each holding exactly one answer, and no answer
 * outside them. A Q&A page's answers sit beside its question (a box around them all holds every answer, not one).
 */
function isFaq(questions: readonly DomElement[], answers: readonly DomElement[]): boolean {
  // (one walk up from each answer: linear in the answers and the depth)
  const isQuestion = new Set(questions);
  const holders = answers.map((a) => ancestors(a).filter((n) => isQuestion.has(n)));
  const held = new Map<DomElement, number>();
  for (const qs of holders) for (const q of qs) held.set(q, (held.get(q) ?? 0) + 1);
  const items = [...held].filter(([, n]) => n === 1).length;
  return items >= 2 && holders.every((qs) => qs.some((q) => held.get(q) === 1));
}

/** A heading that counts a question's answers ("2 answers": Codidact, whose posts are all `div.post`; round 41). */
const ANSWERS_HEADING = /^\d+ answers?$/i;

/**
 * A Q&A page told by a heading that counts its answers, with comments on its posts (Codidact names neither a question nor an
 * answer; round 41, after batch 50): the element holding the page's <h1>, that heading and the comments is the thread.
 */
function countedAnswers(doc: DomDocument, comments: DomElement[]): DomElement | null | undefined {
  const heading = Array.from(doc.querySelectorAll('h2, h3, h4')).find((h) => ANSWERS_HEADING.test(squash(h.textContent)));
  const title = doc.querySelectorAll('h1')[0];
  if (heading === undefined || title === undefined || !comments.some((c) => holdsProse(c))) return undefined;
  const root = [title, heading, ...comments].reduce<DomElement | undefined>((a, el) => (a === undefined ? el : commonAncestor(a, el)), undefined);
  return root === undefined || TOP.test(root.tagName) ? null : root;
}

/**
 * The text a box holds itself, outside its child elements: a comment's first paragraph set straight in its box
 * (Hacker News's `<div class="commtext">text<p>more</p></div>`; round 17, after batch 18), which a count of <p> missed.
 */
function ownText(el: DomElement): string {
  let text = '';
  for (let node = el.firstChild; node !== null; node = node.nextSibling) if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
  return squash(text);
}

/** The common ancestor of the comment-named elements, widened up to the first level that holds prose before them (the post). */
function commentsWithPost(doc: DomDocument): DomElement | undefined {
  // (not a counter: a "replies" counter in a topic's stats box under its first post is no comment, and taken for the
  // thread it made the first post the whole thread, Discourse's on Spiceworks; round 50, after batch 140)
  const comments = Array.from(doc.querySelectorAll('body *')).filter((el) => COMMENT_NAME.test(commentNames(el)) && !COUNTER.test(squash(el.textContent)));
  let root = comments.reduce<DomElement | undefined>((a, el) => (a === undefined ? el : commonAncestor(a, el)), undefined);
  while (root !== undefined && !TOP.test(root.tagName)) {
    const parent = root.parentNode;
    if (parent === null || !isElement(parent) || TOP.test(parent.tagName)) break;
    const before = Array.from(parent.children).slice(0, Array.from(parent.children).indexOf(root));
    root = parent;
    if (before.some(holdsProse)) break;
  }
  return root === undefined || TOP.test(root.tagName) ? undefined : root;
}
const TOP = /^(?:BODY|HTML)$/;
/** A count and its word ("5 replies", "1.2k comments"). */
const COUNTER = /^\d[\d.,]*[km]?\s*\p{L}+$/iu;

/** A paragraph of prose in `el`, or a box's own text that reads as a sentence (Steam's opening post, set straight in a <div>; round 33). */
function holdsProse(el: DomElement): boolean {
  if (Array.from(el.querySelectorAll('p')).some((p) => squash(p.textContent).length >= PROSE_MIN_CHARS)) return true;
  return [el, ...Array.from(el.querySelectorAll('div'))].some((d) => {
    const own = ownText(d);
    return own.length >= PROSE_MIN_CHARS && holdsSentence(own);
  });
}

/**
 * The smallest element holding every prose paragraph of the page that the furniture pass will
 * keep: the thread of a page that JSON-LD calls a QAPage or a forum posting but whose markup
 * names no comments (Quora's utility classes: "q-box", "qu-borderAll"). Readability would pick
 * one answer of two when an ad card sits between them (round 6, batch 7's Q&A page lost its
 * second answer). Undefined when that element is the body (nothing narrower to read).
 */
function proseRoot(doc: DomDocument): DomElement | undefined {
  const memo = new Map<DomElement, boolean>();
  const prose = Array.from(doc.querySelectorAll('p')).filter((p) => {
    const text = squash(p.textContent);
    return text.length >= PROSE_MIN_CHARS && endsSentence(text) && !inFurniture(p, memo);
  });
  const root = prose.reduce<DomElement | undefined>((a, el) => (a === undefined ? el : commonAncestor(a, el)), undefined);
  return root === undefined || TOP.test(root.tagName) || prose.length < 2 ? undefined : root;
}

function insideParagraph(el: DomElement): boolean {
  for (let node = el.parentNode; node !== null && isElement(node); node = node.parentNode) if (node.tagName === 'P') return true;
  return false;
}

function insideComment(el: DomElement): boolean {
  for (let node = el.parentNode; node !== null; node = node.parentNode) {
    const names = isElement(node) && !TOP.test(node.tagName) ? commentNames(node) : '';
    if (COMMENT_NAME.test(names)) return true;
  }
  return false;
}

/**
 * Takes the comment words out of class and id names, so that neither the furniture pass nor
 * Readability drops the thread ("comment-tree-item" becomes "-tree-item"; "comment-author" becomes
 * "-author", still a byline).
 */
export function unmarkComments(doc: DomDocument | DomElement): void {
  const own = 'tagName' in doc ? [doc] : [];
  for (const el of [...own, ...Array.from(doc.querySelectorAll(NAMED))]) {
    for (const name of NAMES) {
      const value = el.getAttribute(name);
      const unmarked = value?.replace(COMMENT_WORDS, '');
      if (value !== null && unmarked !== undefined && unmarked !== value) el.setAttribute(name, unmarked);
    }
  }
  // and the labels that call a box a comment or the comments (Apple's forum: `<div class="post-comments" aria-label="Comments">`)
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) {
    const label = el.getAttribute('aria-label') ?? '';
    if (COMMENT_LABEL.test(label) || COMMENTS_LABEL.test(label)) el.removeAttribute('aria-label');
  }
}
