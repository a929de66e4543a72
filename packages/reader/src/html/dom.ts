/**
 * The few DOM members the reader uses, typed structurally: the package compiles without the DOM
 * lib, and linkedom's documents satisfy this shape.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  /** Writable: a text node is emptied where an element would be removed (a post's signature, signatures.ts). */
  textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  /** With `nextSibling`, walks the children without listing them (linkedom builds `childNodes` on every read). */
  readonly firstChild: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  /** Lists every child each time it is read in linkedom: O(children), so never read it per sibling. */
  readonly children: ArrayLike<DomElement>;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  /** A deep copy, detached (whole-article.ts keeps the article as it was before Readability edits the page). */
  cloneNode(deep: true): DomNode;
  /** Inserts nodes or text before this element (a <pre> read as paragraphs: prose-pre.ts). */
  before(...nodes: (DomNode | string)[]): void;
  append(...nodes: (DomNode | string)[]): void;
  readonly ownerDocument: { createElement(tagName: string): DomElement };
  /** The markup inside, read and set (HTML kept in an SVG picture, parsed again: foreign-html.ts). */
  innerHTML: string;
}

export interface DomDocument {
  readonly body: DomElement | null;
  readonly documentElement: DomElement;
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses an HTML page into a DOM the reader walks: linkedom in Node (`parse-linkedom.ts`), the
 * browser's own DOMParser in a page (`browser.ts`). The extraction rules never depend on which.
 */
export type ParseHtml = (html: string) => DomDocument;

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT_NODE;

const SHOWN = /[^\s\u200b\u2060\ufeff]/;

/**
 * Whether `squash(node.textContent)` is not empty, read only up to the first character shown: a
 * wrapper test that compared a heading's text with each ancestor's whole text was quadratic on a
 * long page of many sections (a 870 KB Wikipedia-like page: 29 s).
 */
export function holdsText(node: DomNode): boolean {
  if (node.nodeType === TEXT_NODE) return SHOWN.test(node.textContent ?? '');
  if (!isElement(node)) return false;
  for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) if (holdsText(kid)) return true;
  return false;
}

/**
 * `squash(node.textContent).length`, or `cap + 1` as soon as it is known to be over `cap`: reads
 * the text only that far (a form's box tested against a page-wide container read it all per form).
 */
export function squashedLength(node: DomNode, cap: number): number {
  const state = { count: 0, space: false };
  return countShown(node, state, cap) ? cap + 1 : state.count;
}

/** The first `cap` characters or so of `node`'s text (whole text nodes, read in order until the cap is reached), not the rest. */
export function textPrefix(node: DomNode, cap: number): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (n: DomNode): boolean => {
    if (n.nodeType === TEXT_NODE) {
      parts.push(n.textContent ?? '');
      length += (n.textContent ?? '').length;
      return length >= cap;
    }
    if (!isElement(n)) return false;
    for (let kid = n.firstChild; kid !== null; kid = kid.nextSibling) if (walk(kid)) return true;
    return false;
  };
  walk(node);
  return parts.join(' ').slice(0, cap);
}

/** Adds `node`'s text to the squashed count; true once it is over `cap`. */
function countShown(node: DomNode, state: { count: number; space: boolean }, cap: number): boolean {
  if (node.nodeType === TEXT_NODE) {
    for (const ch of node.textContent ?? '') {
      if (ch === '\u200b' || ch === '\u2060' || ch === '\ufeff') continue;
      if (/\s/.test(ch)) state.space = state.count > 0;
      else {
        state.count += state.space ? 2 : 1;
        state.space = false;
        if (state.count > cap) return true;
      }
    }
    return false;
  }
  if (!isElement(node)) return false;
  for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) if (countShown(kid, state, cap)) return true;
  return false;
}

/** Element text with runs of white space as one space, trimmed, zero-width spaces (anchor-link glyphs) out (joiners stay: Persian and emoji need them). */
export const squash = (s: string | null): string =>
  (s ?? '')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The page's own boxes (`<body>`, `<html>`, `<main>`, `<article>`): a furniture rule that climbs from an element stops below them. */
export const isPageBox = (el: DomElement): boolean => PAGE_BOXES.has(el.tagName);
const PAGE_BOXES = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN']);

/** Whether `el` holds a paragraph (<p>) of at least `minChars` characters: a post's or a comment's prose, not its labels. */
export const holdsParagraph = (el: DomElement, minChars = 40): boolean =>
  Array.from(el.querySelectorAll('p')).some((p) => squash(p.textContent).length >= minChars);

/** Whether `el` is still in its document: its ancestors reach the `<html>` element (a subtree removed whole keeps its own parents). */
/** Whether `node` sits inside `box` (not `box` itself). */
export function isInside(node: DomNode, box: DomElement): boolean {
  for (let up = node.parentNode; up !== null; up = up.parentNode) if (up === box) return true;
  return false;
}

export function isAttached(el: DomElement): boolean {
  let node: DomElement = el;
  for (let p = el.parentNode; p !== null; p = p.parentNode) {
    if (!isElement(p)) return true;
    node = p;
  }
  return node.tagName === 'HTML';
}

/** The nearest sibling of `node` that is an element or holds text, on the side `side`: read without listing the parent's children. */
export function adjacentNode(node: DomNode, side: 'previous' | 'next'): DomNode | null {
  for (let n = side === 'next' ? node.nextSibling : node.previousSibling; n !== null; n = side === 'next' ? n.nextSibling : n.previousSibling) {
    if (isElement(n) || squash(n.textContent) !== '') return n;
  }
  return null;
}

/** `el` and the elements around it, innermost first, up to the root. */
export function ancestors(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  for (let node: DomElement | null = el; node !== null; ) {
    out.push(node);
    const parent: DomNode | null = node.parentNode;
    node = parent !== null && isElement(parent) ? parent : null;
  }
  return out;
}

/** The innermost element that holds both `a` and `b` (either of them, when one holds the other). */
export function commonAncestor(a: DomElement, b: DomElement): DomElement | undefined {
  const mine = new Set(ancestors(a));
  return ancestors(b).find((el) => mine.has(el));
}
