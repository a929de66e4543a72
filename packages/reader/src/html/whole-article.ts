import { isElement, type DomDocument, type DomElement } from './dom.js';
import { proseChars } from './sentences.js';

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
  if (only === undefined || doc.body === null) return undefined;
  const inArticle = proseChars(only);
  if (inArticle === 0 || inArticle < MOST * proseChars(doc.body) || !heldInRun(only, inArticle)) return undefined;
  const copy = only.cloneNode(true);
  return isElement(copy) ? copy : undefined;
}

/** The whole article in place of Readability's pick, when the pick holds less than most of its prose. */
export function wholeWhenPartial(picked: DomElement | null | undefined, sole: DomElement | undefined): DomElement | null | undefined {
  if (sole === undefined || picked === null || picked === undefined) return picked;
  return proseChars(picked) < MOST * proseChars(sole) ? sole : picked;
}

/** Whether most of `article`'s prose sits in one run of sibling boxes sharing a class. */
function heldInRun(article: DomElement, inArticle: number): boolean {
  for (const box of Array.from(article.querySelectorAll('div, section'))) {
    const byClass = new Map<string, DomElement[]>();
    for (const kid of Array.from(box.children)) {
      const name = kid.getAttribute('class') ?? '';
      if (name !== '') byClass.set(name, [...(byClass.get(name) ?? []), kid]);
    }
    for (const run of byClass.values()) {
      if (run.length < RUN_MIN) continue;
      const prose = run.map(proseChars);
      if (prose.filter((n) => n > 0).length >= 2 && prose.reduce((a, b) => a + b, 0) >= MOST * inArticle) return true;
    }
  }
  return false;
}
