import { isElement, isInside, squash, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { GENERIC_CLASS } from './names.js';
import { holdsSentence, isProseLine, proseChars } from './sentences.js';

/**
 * The page's one <article>, kept whole when Readability reads a part of a post made of repeated parts (round 33, after batch
 * 35's Tumblr reblog chain). Readability scores blocks and keeps the best with its best siblings: a post whose parts sit in
 * boxes of their own (a reblog trail of five blogs, each a box of the same class) lost four of them (recall 36 %). When the
 * page marks exactly one <article>, it holds most of the page's prose after the furniture pass, its prose sits in a run of
 * boxes of one class, and Readability's pick holds less than most of it, the whole article is read. An article whose other
 * prose is of another shape (an event's registration box beside its description) keeps Readability's pick.
 */

/** Share of the page's prose the <article> must hold, and of the article's prose Readability's pick must hold. */
const MOST = 0.8;
/** A run: this many sibling boxes of one class, at least two of them holding prose. */
const RUN_MIN = 3;

/** A copy of the page's one <article> when it holds most of the page's prose in a run of parts: taken before Readability edits the page. */
export function soleArticle(doc: DomDocument): DomElement | undefined {
  const articles = doc.querySelectorAll('article');
  const only = articles.length === 1 ? articles[0] : undefined;
  if (doc.body === null) return undefined;
  if (only === undefined) return builderPage(doc, proseChars(doc.body));
  const inArticle = proseChars(only);
  if (inArticle === 0 || inArticle < MOST * proseChars(doc.body) || !heldInRun(only, inArticle)) return builderPage(doc, proseChars(doc.body));
  const copy = only.cloneNode(true);
  return isElement(copy) ? copy : undefined;
}

/**
 * The one body of the page a page builder marks (Elementor's `data-elementor-type="wp-page"`), when it holds most of the page's
 * prose (round 67, after batch 214's brew guide): the builder sets each section in a container of its own, and Readability kept
 * the introduction's container and the call to subscribe under it (recall 19 %).
 */
function builderPage(doc: DomDocument, inPage: number): DomElement | undefined {
  const roots = doc.querySelectorAll(BUILDER_PAGE);
  const only = roots.length === 1 ? roots[0] : undefined;
  if (only === undefined) return undefined;
  const prose = proseChars(only);
  if (prose === 0 || prose < MOST * inPage) return undefined;
  const copy = only.cloneNode(true);
  return isElement(copy) ? copy : undefined;
}
// (and Divi's layout of the post, `.et-l--post`, whose sections a promo section splits; round 82, after batch 285's Divi story: recall 67 %)
const BUILDER_PAGE = [...['wp-page', 'wp-post', 'single-post', 'single-page'].map((t) => `[data-elementor-type="${t}"]`), '.et-l--post'].join(', ');

/**
 * A page made of sibling <section>s and no <article> (Webflow's `section.section`, each section a container of its own; round 110,
 * after batch 297's volunteer page, where Readability kept the "How to apply" column: recall 23 %): the box whose child sections
 * (two or more with prose) hold most of the page's prose after the furniture pass. A page that marks an <article> or a builder's
 * page body is left to soleArticle; a run of posts still goes first (article.ts).
 */
export function sectionPage(doc: DomDocument): DomElement | undefined {
  const body = doc.body;
  if (body === null || doc.querySelectorAll(`article, ${BUILDER_PAGE}`).length > 0) return undefined;
  const inPage = proseChars(body);
  if (inPage === 0) return undefined;
  // (or of a run of boxes of one class, HubSpot's `dnd-section` rows: the FAQ below a home-care service; round 113, after batch 496)
  const box = sectionsBox(body, inPage) ?? runBox(body, inPage);
  const copy = box?.cloneNode(true);
  if (copy === undefined || !isElement(copy)) return undefined;
  // (a section left with a heading alone once its form went, "Register your interest", is no part of the text)
  for (const kid of Array.from(copy.children)) if (headingsOnly(kid)) kid.remove();
  return copy;
}

/** The box whose child <section>s, two or more with prose, hold most of `inPage`. */
function sectionsBox(body: DomElement, inPage: number): DomElement | undefined {
  for (const box of [body, ...Array.from(body.querySelectorAll('div, main'))]) {
    const prose = Array.from(box.children).filter(isSection).map(proseChars);
    if (prose.filter((n) => n > 0).length >= 2 && prose.reduce((a, b) => a + b, 0) >= MOST * inPage) return box;
  }
  return undefined;
}

/**
 * A <section>, or a box that names itself one first (Webflow's `<div class="section steps">`, its usual section; round 126, after
 * batch 520's bike hire page, whose steps and lead Readability left out for its notes: recall 54 %).
 */
const isSection = (kid: DomElement): boolean =>
  kid.tagName === 'SECTION' || (kid.tagName === 'DIV' && /^section(?:\s|$)/.test(kid.getAttribute('class') ?? ''));

/** Whether all of a box's text is in its headings. */
function headingsOnly(box: DomElement): boolean {
  const inHeadings = Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .map((h) => squash(h.textContent))
    .join('');
  return squash(box.textContent).replace(/\s/g, '').length === inHeadings.replace(/\s/g, '').length;
}

/** The whole article in place of Readability's pick, when the pick holds less than most of its prose. */
export function wholeWhenPartial(picked: DomElement | null | undefined, sole: DomElement | undefined): DomElement | null | undefined {
  if (sole === undefined || picked === null || picked === undefined) return picked;
  // (its prose or its prose and list items of sentences: either short, the pick is partial)
  return proseChars(picked) < MOST * proseChars(sole) || textChars(picked) < MOST * textChars(sole) ? sole : picked;
}

/**
 * A box's prose and its list items of sentences (round 114, after batch 490's Webflow volunteer page: the steps to apply, an <ol>
 * Readability left out, were a fifth of the page's text and none of its prose).
 */
const textChars = (el: DomElement): number => proseChars(el) + listProse(el);

function listProse(el: DomElement): number {
  let n = 0;
  for (const li of Array.from(el.querySelectorAll('li'))) {
    if (li.querySelectorAll('li, p').length > 0) continue;
    const text = squash(li.textContent);
    if (isProseLine(text, LIST_PROSE_MIN_CHARS)) n += text.length;
  }
  return n;
}
const LIST_PROSE_MIN_CHARS = 40;

/** Whether most of `article`'s prose sits in one run of sibling boxes sharing a class. */
const heldInRun = (article: DomElement, inArticle: number): boolean => runBox(article, inArticle) !== undefined;

/** The box (`root` or below) whose children include a run of boxes sharing a class that holds most of `inRoot`, the root's prose. */
function runBox(root: DomElement, inRoot: number): DomElement | undefined {
  for (const box of [root, ...Array.from(root.querySelectorAll('div, section'))]) {
    const byClass = new Map<string, DomElement[]>();
    for (const kid of Array.from(box.children)) {
      for (const name of classTokens(kid)) byClass.set(name, [...(byClass.get(name) ?? []), kid]);
    }
    for (const run of byClass.values()) {
      if (run.length < RUN_MIN) continue;
      const prose = run.map(proseChars);
      if (prose.filter((n) => n > 0).length >= 2 && prose.reduce((a, b) => a + b, 0) >= MOST * inRoot) return box;
    }
  }
  return undefined;
}

/**
 * A box's class, whole and by its compound words (round 98, after batch 422's Squarespace allergen page: `page-section` beside
 * `page-section layout-engine-section`), generic words aside; a plain word ("section" of WordPress.org's tabs, "widget") names
 * no run.
 */
export function classTokens(box: DomElement): string[] {
  const name = (box.getAttribute('class') ?? '').trim();
  if (name === '') return [];
  const words = name.split(/\s+/).filter((w) => /[-_]/.test(w) && !GENERIC_CLASS.test(w) && !/\d/.test(w));
  return [...new Set([name, ...words])];
}

/**
 * A thread whose posts are a run of list items or boxes of one class, with no marks of a thread (round 36, after batch 42's
 * vBulletin 4 topic: `<ol id="posts">` of `<li class="postbitlegacy postcontainer">`, no schema.org, no comment names):
 * Readability kept the first post (recall 29 %). When RUN_MIN or more sibling items of one class each hold a sentence and
 * together hold most of the page's text, a copy of their parent is taken before Readability edits the page, and read whole
 * when Readability's pick holds less than most of the run's text.
 */
export function postRun(doc: DomDocument): DomElement | undefined {
  if (doc.body === null) return undefined;
  const page = squash(doc.body.textContent).length;
  for (const box of Array.from(doc.querySelectorAll('ol, ul, div'))) {
    const byClass = new Map<string, DomElement[]>();
    for (const kid of Array.from(box.children)) {
      const first = itemKind(kid);
      if (first !== '' && kid.tagName !== 'P') byClass.set(first, [...(byClass.get(first) ?? []), kid]);
    }
    for (const run of byClass.values()) {
      // (an item emptied by the furniture pass, an ad slot among the posts, is no post)
      const texts = run.map((item) => squash(item.textContent)).filter((t) => t !== '');
      // (every item a sentence, most of the text in posts: a debate's one-line interventions, "Will the hon. Lady give way?", sit
      // among its speeches; round 78, after batch 276's Hansard page)
      const posts = texts.filter((t) => t.length >= POST_MIN_CHARS);
      const inPosts = posts.reduce((a, t) => a + t.length, 0);
      if (posts.length < RUN_MIN || !texts.every(holdsSentence) || inPosts < MOST * texts.reduce((a, t) => a + t.length, 0)) continue;
      if (texts.reduce((a, t) => a + t.length, 0) < RUN_SHARE * page) continue;
      const copy = box.cloneNode(true);
      if (!isElement(copy)) return undefined;
      copy.setAttribute(RUN_KIND, itemKind(run[0]!));
      return copy;
    }
  }
  return classRun(doc, page);
}

/**
 * An item's kind: its first class word, or, for an item without a class, its id's stem before a number (vBulletin 3's posts are
 * `<div id="edit1870391">` boxes with no class; round 41, after batch 44).
 */
function itemKind(el: DomElement): string {
  const first = (el.getAttribute('class') ?? '').split(/\s+/)[0] ?? '';
  if (first !== '') return first;
  const stem = /^([a-z][a-z_-]*?)[_-]?\d+$/i.exec(el.getAttribute('id') ?? '')?.[1];
  return stem === undefined ? '' : `#${stem}`;
}

/**
 * Entries of one class at different depths (round 39, after batch 45's Instagram post: the caption is a `div._a9zm` in one box, each
 * comment a `div._a9zm` in a box beside it, nothing named a comment): Readability kept the caption. When RUN_MIN or more outermost
 * elements of one tag and first class word each hold a sentence, and together most of the page's text, their common box is the run.
 */
function classRun(doc: DomDocument, page: number): DomElement | undefined {
  const byClass = new Map<string, DomElement[]>();
  for (const el of Array.from(doc.querySelectorAll('body div[class], body li[class], body article[class]'))) {
    const key = `${el.tagName} ${(el.getAttribute('class') ?? '').split(/\s+/)[0] ?? ''}`;
    byClass.set(key, [...(byClass.get(key) ?? []), el]);
  }
  for (const [key, all] of byClass) {
    // (a kind's name, not a layout or utility class: Medium's atomic "ab", ScienceDirect's "u-margin-s-bottom" name every box)
    const word = key.split(' ')[1] ?? '';
    if (word.length < KIND_MIN_CHARS || GENERIC_CLASS.test(word)) continue;
    const outer = all.filter((el) => !all.some((other) => other !== el && isInside(el, other)));
    // (at different depths: siblings are postRun's)
    if (new Set(outer.map((el) => el.parentNode)).size < 2) continue;
    const texts = outer.map((el) => squash(el.textContent)).filter((t) => t.length >= ENTRY_MIN_CHARS && holdsSentence(t));
    if (outer.length < RUN_MIN || texts.length < outer.length * ENTRY_SHARE || texts.join(' ').length < RUN_SHARE * page) continue;
    const root = outer.reduce<DomElement | undefined>((a, el) => (a === undefined ? el : commonBox(a, el)), undefined);
    if (root === undefined || /^(?:BODY|HTML)$/.test(root.tagName)) continue;
    const copy = root.cloneNode(true);
    return isElement(copy) ? copy : undefined;
  }
  return undefined;
}
/** An entry holds this much text; this share of a class's outermost elements must be entries. */
const ENTRY_MIN_CHARS = 40;
const ENTRY_SHARE = 0.75;
/** A class word this short is an atomic CSS name ("ab", "ca"), not a kind. */
const KIND_MIN_CHARS = 4;

/** The nearest element holding both `a` and `b`. */
function commonBox(a: DomElement, b: DomElement): DomElement | undefined {
  for (let up: DomElement | undefined = a; up !== undefined; ) {
    if (up === b || isInside(b, up)) return up;
    const parent: DomNode | null = up.parentNode;
    up = parent !== null && isElement(parent) ? parent : undefined;
  }
  return undefined;
}
/** Share of the page's text a run of posts must hold. */
const RUN_SHARE = 0.6;
/** A post holds at least this much text. */
const POST_MIN_CHARS = 80;

/** The run of posts in place of Readability's pick, when the pick holds less than most of the run's text. */
export function runWhenPartial(picked: DomElement | null | undefined, run: DomElement | undefined): DomElement | null | undefined {
  if (run === undefined || picked === null || picked === undefined) return picked;
  const kept = squash(picked.textContent);
  return kept.length < MOST * squash(run.textContent).length || lostPost(run, kept) || widerThanRun(picked, run) ? run : picked;
}

/**
 * A pick that holds the run and, outside it, at most one passage of prose: the page's chrome around a thread, not an article with
 * the run under it (PunBB's board header, announcement and query-time line, which Readability kept with the posts; round 41, after
 * batch 55). Only postRun's runs of items named as posts: Vox's story is a run of `duet--article--...` paragraph boxes under
 * its dek, which the first version of this rule lost.
 */
function widerThanRun(picked: DomElement, run: DomElement): boolean {
  if (!POST_KIND.test(run.getAttribute(RUN_KIND) ?? '')) return false;
  const inRun = squash(run.textContent);
  const texts = longTexts(picked);
  if (!longTexts(run).every((t) => texts.includes(t))) return false;
  return texts.filter((t) => !inRun.includes(t)).length <= 1 && squash(picked.textContent).length > inRun.length;
}

/** The texts of `el`'s text nodes, squashed. */
function textNodes(el: DomElement): string[] {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) {
      if (isElement(kid)) walk(kid);
      else if (kid.nodeType === TEXT_NODE) out.push(squash(kid.textContent));
    }
  };
  walk(el);
  return out;
}

/** The longest text node under `el`, squashed. */
const longestText = (el: DomElement): string => textNodes(el).reduce((a, t) => (t.length > a.length ? t : a), '');

/** The texts of `el`'s text nodes long enough to be a passage of prose (POST_MIN_CHARS), squashed. */
const longTexts = (el: DomElement): string[] => textNodes(el).filter((t) => t.length >= POST_MIN_CHARS && holdsSentence(t));

/**
 * A post of the run that the pick lost whole: the longest text of one of the run's items is not in it (vBulletin 3's fourth post of
 * five, dropped by Readability's table cleaning, while the pick's table chrome made up its length; round 41, after batch 44).
 */
function lostPost(run: DomElement, kept: string): boolean {
  const kind = run.getAttribute(RUN_KIND);
  return Array.from(run.children).some((item) => {
    if (kind === null || itemKind(item) !== kind) return false;
    const longest = longestText(item);
    return longest.length >= POST_MIN_CHARS && !kept.includes(longest);
  });
}

/** A run kind that names posts (PunBB's `post`, vBulletin's `postbitlegacy`, a board's `message`). */
const POST_KIND = /post|message|reply/i;

/** The attribute that names the kind of a run's items on postRun's copy (classRun's entries are not its children). */
const RUN_KIND = 'data-run-kind';
