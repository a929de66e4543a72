import { squash, type DomDocument, type DomElement } from './dom.js';
import { OPENED } from './disclosures.js';

/**
 * Blocks a page's own stylesheet hides (round 26, after batch 26's Storybook page: `<style>.sb-nopreview { display: none; }</style>`
 * over Storybook's "No Preview" screen, whose `<h1>` became the page's title). A browser never shows them; the parser reads no
 * CSS, so the page's `<style>` elements are read here for the plain case: a rule at the top level (not in `@media`, which hides
 * for a screen size only) whose selectors are each one class and whose declarations say `display: none`. An element of such a
 * class goes, unless it holds a paragraph of prose (a "read more" body a script reveals is still the article's).
 */
const STYLE_MAX_CHARS = 200_000;
const CLASSES_MAX = 200;
const PROSE_MIN_CHARS = 200;
const RULE = /([^{}]+)\{([^{}]*)\}/g;
const SINGLE_CLASS = /^\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)$/;

/**
 * The utility classes of CSS frameworks that hide an element at every screen size (round 27, after batch 27's Gitea issue, whose
 * comments each carry a hidden raw-Markdown copy in `<div class="raw-content tw-hidden">`): Tailwind's `hidden` (Gitea prefixes it
 * `tw-`), Bootstrap's `d-none`, Bulma's `is-hidden`; Bootstrap 3's and Foundation's `hide`, Springer Nature's `u-hide` (round 52, after
 * batches 144 and 147: a feedback form's hidden "Thank you" and error messages), and the hover text of a tooltip (`tooltiptext`,
 * shown only under the pointer: a glossary's definition inside a docs paragraph). A class that shows it again at some width ("hidden sm:block", "d-none
 * d-md-block") keeps it: the page shows it on a desktop.
 */
const HIDING_CLASS = /^(?:tw-)?(?:hidden|d-none|is-hidden|u-hidden|u-hide|hide|tooltip-?text)$/;
const SHOWN_AT = /^(?:[a-z0-9]+:)+(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)$|^d-(?:sm|md|lg|xl|xxl)-(?!none)/;

/** Removes the elements of the classes the page's stylesheets hide, and of the frameworks' hiding classes, in place. */
export function removeStylesheetHidden(doc: DomDocument): void {
  for (const name of hiddenClasses(doc)) {
    for (const el of Array.from(doc.querySelectorAll(`.${name}`))) if (el.parentNode !== null && !holdsProse(el) && !isTabPanel(el)) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    if (el.parentNode === null) continue;
    const classes = (el.getAttribute('class') ?? '').split(/\s+/);
    if (classes.some((c) => HIDING_CLASS.test(c)) && !classes.some((c) => SHOWN_AT.test(c)) && !holdsProse(el) && !isTabPanel(el)) el.remove();
  }
}

/**
 * A tab's panel: the page shows one tab at a time, and the others are as much its text (Google Help's platform tabs, each a
 * `role="tabpanel"` with `class="tab-panel hidden"` but the open one; round 42, after batch 70). disclosures.ts shows them; and a
 * panel it opened (an accordion's answer, round 112).
 */
const isTabPanel = (el: DomElement): boolean => el.getAttribute('role') === 'tabpanel' || el.hasAttribute(OPENED);

/** The classes that top-level rules of the page's `<style>` elements set to `display: none`. */
export function hiddenClasses(doc: DomDocument): readonly string[] {
  return styledClasses(doc, /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i);
}

/** The classes that top-level rules of the page's `<style>` elements give a declaration that `declaration` matches. */
export function styledClasses(doc: DomDocument, declaration: RegExp): readonly string[] {
  const css = Array.from(doc.querySelectorAll('style'))
    .map((s) => s.textContent ?? '')
    .join('\n')
    .slice(0, STYLE_MAX_CHARS)
    .replace(/\/\*[\s\S]*?\*\//g, '');
  const names = new Set<string>();
  for (const match of topLevel(css).matchAll(RULE)) {
    if (!declaration.test(match[2] ?? '')) continue;
    const selectors = (match[1] ?? '').split(',').map((s) => s.trim());
    const classes = selectors.map((s) => SINGLE_CLASS.exec(s)?.[1]);
    if (classes.every((c) => c !== undefined)) for (const c of classes) if (c !== undefined) names.add(c);
    if (names.size >= CLASSES_MAX) break;
  }
  return [...names];
}

/** The stylesheet with every at-rule block (`@media`, `@supports`, `@font-face`...) taken out, braces matched. */
function topLevel(css: string): string {
  let out = '';
  let depth = 0;
  let inAt = false;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (!inAt && depth === 0 && c === '@') inAt = true;
    if (inAt) {
      if (c === '{') depth++;
      else if (c === '}' && --depth <= 0) [inAt, depth] = [false, 0];
      else if (c === ';' && depth === 0) inAt = false;
      continue;
    }
    out += c;
  }
  return out;
}

function holdsProse(el: DomElement): boolean {
  return Array.from(el.querySelectorAll('p')).some((p) => squash(p.textContent).length >= PROSE_MIN_CHARS);
}
