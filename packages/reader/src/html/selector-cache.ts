import { createRequire } from 'node:module';

/**
 * linkedom compiles a CSS selector (css-select) on every `querySelectorAll`, `querySelector` and `closest` call, and the
 * reader's rules call the same few hundred selectors on every page, many of them once per element: compiling was about 40 %
 * of the time to read a page (a CPU profile over 800 of the comparison's pages, session 46). This keeps each compiled
 * selector, keyed by the selector and by whether the document ignores case (HTML) or not (XML), and runs linkedom's own walk
 * over the document with it; a selector with `:scope` depends on the element it is called on and is compiled each time, as
 * linkedom does.
 *
 * It reaches into linkedom's CommonJS modules (the build `parse-linkedom.ts` loads), so it checks that every piece it needs
 * is where linkedom 0.18 keeps it and leaves linkedom as it is otherwise: the results are the same either way, only slower.
 */
type Matcher = (node: unknown) => boolean;
interface Walked {
  readonly nodeType: number;
  readonly localName?: string;
  readonly [key: symbol]: Walked;
}
interface Internals {
  readonly prepareMatch: (element: unknown, selectors: string) => Matcher;
  readonly ignoreCase: (element: unknown) => boolean;
  readonly NEXT: symbol;
  readonly END: symbol;
  readonly ParentNode: { prototype: Record<string, unknown> };
  readonly Element: { prototype: Record<string, unknown> };
  readonly NodeList: new () => unknown[];
}

const ELEMENT_NODE = 1;
/**
 * Distinct selectors kept, and their characters; past either the cache starts again, so selectors built from a page's own
 * class names (stylesheet-hidden.ts) cannot grow it without bound.
 */
const MAX_ENTRIES = 4096;
const MAX_CHARS = 4_000_000;

function loadInternals(linkedomMain: string): Internals | undefined {
  try {
    const local = createRequire(linkedomMain);
    const { prepareMatch } = local('./shared/matches.js') as Partial<Internals>;
    const { ignoreCase } = local('./shared/utils.js') as Partial<Internals>;
    const { NEXT, END } = local('./shared/symbols.js') as Partial<Internals>;
    const { ParentNode } = local('./mixin/parent-node.js') as Partial<Internals>;
    const { Element } = local('./interface/element.js') as Partial<Internals>;
    const { NodeList } = local('./interface/node-list.js') as Partial<Internals>;
    const found = [prepareMatch, ignoreCase, ParentNode, Element, NodeList].every((f) => typeof f === 'function');
    if (!found || typeof NEXT !== 'symbol' || typeof END !== 'symbol') return undefined;
    return { prepareMatch, ignoreCase, NEXT, END, ParentNode, Element, NodeList } as Internals;
  } catch {
    return undefined;
  }
}

/** linkedom's own methods, by the copy they were taken from, while the cache is in place. */
const originals = new Map<string, () => void>();

/**
 * Makes linkedom (the copy whose CommonJS entry is `linkedomMain`) keep its compiled selectors. Returns whether it could;
 * calling it again for the same copy does nothing.
 */
export function cacheCompiledSelectors(linkedomMain: string): boolean {
  if (originals.has(linkedomMain)) return true;
  const internals = loadInternals(linkedomMain);
  if (internals === undefined) return false;
  const { prepareMatch, ignoreCase, NEXT, END, ParentNode, Element, NodeList } = internals;
  const own = { querySelector: ParentNode.prototype.querySelector, querySelectorAll: ParentNode.prototype.querySelectorAll };
  const closest = Element.prototype.closest;
  originals.set(linkedomMain, () => {
    Object.assign(ParentNode.prototype, own);
    Element.prototype.closest = closest;
  });
  const compiled = new Map<string, Matcher>();
  let chars = 0;
  const matcher = (element: unknown, selectors: string): Matcher => {
    if (selectors.includes(':scope')) return prepareMatch(element, selectors);
    const key = `${ignoreCase(element) ? 'h' : 'x'}${selectors}`;
    let match = compiled.get(key);
    if (match === undefined) {
      match = prepareMatch(element, selectors);
      if (compiled.size >= MAX_ENTRIES || chars + key.length > MAX_CHARS) {
        compiled.clear();
        chars = 0;
      }
      compiled.set(key, match);
      chars += key.length;
    }
    return match;
  };
  // linkedom's walk: every node between the element's start and end, a <template>'s content skipped
  const step = (node: Walked): Walked => (node.nodeType === ELEMENT_NODE && node.localName === 'template' ? node[END] : node[NEXT]) as Walked;
  ParentNode.prototype.querySelector = function querySelector(this: Walked, selectors: string): Walked | null {
    const match = matcher(this, selectors);
    for (let next = this[NEXT] as Walked, end = this[END]; next !== end; next = step(next)) if (next.nodeType === ELEMENT_NODE && match(next)) return next;
    return null;
  };
  ParentNode.prototype.querySelectorAll = function querySelectorAll(this: Walked, selectors: string): unknown[] {
    const match = matcher(this, selectors);
    const elements = new NodeList();
    for (let next = this[NEXT] as Walked, end = this[END]; next !== end; next = step(next))
      if (next.nodeType === ELEMENT_NODE && match(next)) elements.push(next);
    return elements;
  };
  Element.prototype.closest = function closest(this: Walked & { parentElement: unknown }, selectors: string): unknown {
    let element: unknown = this;
    const match = matcher(element, selectors);
    while (element !== null && element !== undefined && !match(element)) element = (element as { parentElement: unknown }).parentElement;
    return element ?? null;
  };
  return true;
}

/** Puts linkedom's own methods back (the benchmark times the reader both ways in one process). */
export function restoreLinkedomSelectors(linkedomMain: string): void {
  originals.get(linkedomMain)?.();
  originals.delete(linkedomMain);
}
