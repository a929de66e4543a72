import { isElement, squash, textPrefix, type DomDocument, type DomElement } from './dom.js';
import { EDITOR_AUTHOR, WITH_COMMENTS } from './names.js';
import { PRICE } from './product-cards.js';

/**
 * Clears the classes of headings and of the phrases inside paragraphs, once the rules that read
 * them have run (the standfirst's): they are styling, and Readability's "unlikely candidate" test
 * drops an element for one ("header" in WP Recipe Maker's "wprm-recipe-header" dropped
 * "Ingredients"; "legends" in PR Newswire's "legendSpanClass" dropped a release's dateline words).
 *
 * Ids made from the element's own words go too (round 27, after batch 27's BookStack page: its
 * editor ids every block by its opening words, `<ol id="bkmrk-switch-on-the-extraction-fan">`, and
 * Readability dropped the list for the "extra" in "extraction"): an anchor, not a name of the box.
 */
export function clearStylingClasses(doc: DomDocument): void {
  const headings = 'h1[class], h2[class], h3[class], h4[class], h5[class], h6[class]';
  const phrases = 'p span[class], p em[class], p strong[class], p b[class], p i[class], p small[class]';
  for (const el of Array.from(doc.querySelectorAll(`${headings}, ${phrases}`))) el.setAttribute('class', '');
  // a heading's anchor id that says "header" (Jimdo's `<h2 id="cc-m-header-99">`; round 28) made Readability drop the heading
  for (const el of Array.from(doc.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')))
    if (UNLIKELY_ID.test(el.getAttribute('id') ?? '')) el.removeAttribute('id');
  // utility classes with "hidden" in them that hide nothing the page shows (Tailwind's "overflow-hidden" on Mintlify's step boxes,
  // "hidden md:block"; round 28): Readability weighs every "hidden" class down and dropped the steps; what is hidden is gone already
  // so are utilities whose names Readability weighs (round 75, after batch 250's Nextra page: "nx-text-orange-800" on a callout
  // scored it +25 as a "text" box over the page's <main>, and the release notes' lists were left out; "scroll-my-6" weighs down)
  // (and a collaborative editor's author colour on each run of text, Etherpad's `author-a-z8zf3...`: Readability takes the first short
  // one for the byline; round 84, after batch 303; and a card's "-with-comments" modifier, whose "comment" Readability drops; round 87)
  // (and Drupal's `field--label-hidden` on nearly every field: a university page's field of accordions was dropped, 42 %; round 92)
  const weighed = '[class*="hidden"], [class*="text-"], [class*="scroll-"], [class*="content-"], [class*="author-"], [class*="-comment"]';
  for (const el of Array.from(doc.querySelectorAll(weighed))) {
    const classes = (el.getAttribute('class') ?? '').split(/\s+/);
    const kept = classes.filter((c) => !weighedName(c));
    if (kept.length !== classes.length) el.setAttribute('class', kept.join(' '));
  }
  // a box named "header" that holds only a heading is the heading's module, not the page's header (Jimdo's `<div id="cc-m-header-99">
  // <h2>`; round 28): Readability drops any box whose id says "header"
  for (const el of Array.from(doc.querySelectorAll('div[id*="header"], div[class*="header"]'))) {
    const heading = el.querySelectorAll('h2, h3, h4, h5, h6')[0];
    if (heading === undefined || squash(textPrefix(el, HEADING_BOX_MAX_CHARS)) !== squash(textPrefix(heading, HEADING_BOX_MAX_CHARS))) continue;
    if (/header/i.test(el.getAttribute('id') ?? '')) el.removeAttribute('id');
    el.setAttribute('class', (el.getAttribute('class') ?? '').replace(/\S*header\S*/gi, ' ').trim());
  }
  renamePricedItemHeaders(doc);
  // a class prefix of a name that ends in "com" (Intercom's "intercom-interblocks-ordered-nested-list"; round 31): Readability reads
  // "com-" as a comment box and dropped a help article's steps
  for (const el of Array.from(doc.querySelectorAll('[class*="com-"]')))
    el.setAttribute('class', (el.getAttribute('class') ?? '').replace(/(\p{L})com-/gu, '$1com_'));
  // a utility class with an arbitrary value (Tailwind's "nx-min-h-[calc(100vh-var(--nextra-navbar-height))]") is styling, and a
  // framework's name with "extra" inside a word ("nextra-callout") names no extra box (round 75, after batch 250's Nextra page:
  // Readability read "extra" in both as an unlikely candidate and dropped the release notes' headings and lists)
  // (and a word that starts with "extra", a publisher's `book-detail__extract` section and `id="extract"`: Readability dropped a
  // novel's extract, recall 20 %; round 89, after batch 337; "extra" and "extras" alone still name an extra box)
  for (const el of Array.from(doc.querySelectorAll('[class*="extra"], [id*="extra"]'))) {
    const names = el.getAttribute('class');
    if (names !== null) el.setAttribute('class', names.replace(/(\p{L})extra/giu, '$1_xtra').replace(EXTRA_WORD, 'xtra'));
    const id = el.getAttribute('id') ?? '';
    if (id.replace(EXTRA_WORD, 'xtra') !== id) el.setAttribute('id', id.replace(EXTRA_WORD, 'xtra'));
  }
  // a scrollytelling story's box (scrollama's `.scroller` / `#scrolly` around its `.step` paragraphs; round 83, after batch 290's
  // Pudding story) holds the story's steps, not a scrolling widget: Readability weighs "scroll" down and dropped the steps (recall 59 %)
  for (const el of Array.from(doc.querySelectorAll('[class*="scroll"], [id*="scroll"]'))) {
    if (el.querySelectorAll('.step').length < STEPS_MIN) continue;
    el.setAttribute('class', (el.getAttribute('class') ?? '').replace(SCROLLY, 'story-steps'));
    if (SCROLLY_ID.test(el.getAttribute('id') ?? '')) el.setAttribute('id', 'story-steps');
  }
  for (const el of Array.from(doc.querySelectorAll('[id]'))) {
    const words = slugWords(el.getAttribute('id') ?? '');
    if (words.length < SLUG_MIN_WORDS) continue;
    const opening = slugWords(textPrefix(el, TEXT_START_CHARS)).slice(0, words.length);
    // the id's last word may be cut (BookStack keeps 20 characters: "bkmrk-switch-on-the-extrac")
    const last = words.length - 1;
    if (opening.length === words.length && opening.every((w, i) => (i === last ? w.startsWith(words[i] ?? '') : w === words[i]))) el.removeAttribute('id');
  }
}
/**
 * A box named "header" inside a list item that holds a price is the item's header: Elementor's `elementor-price-list-header`, a loaf's
 * name and price over its description (round 118, after batch 502's bakery menu, whose every dish name and price Readability dropped
 * as an unlikely candidate); a release list's "Version 2.6.0" header stays one.
 */
function renamePricedItemHeaders(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('li div[class*="header"], li span[class*="header"]'))) {
    if (Array.from(el.querySelectorAll('span')).some((s) => PRICE.test(squash(s.textContent))))
      el.setAttribute('class', (el.getAttribute('class') ?? '').replace(/header/gi, 'head'));
  }
  // (and an Elementor price table's header and footer: a plan's name and who it is for over its price, and the note under its button,
  // "Payable when you receive a mortgage offer."; round 133, after batch 539)
  for (const el of Array.from(doc.querySelectorAll('[class*="price-table__header"], [class*="price-table__footer"]')))
    el.setAttribute(
      'class',
      (el.getAttribute('class') ?? '').replace(/price-table__header/g, 'price-table__head').replace(/price-table__footer/g, 'price-table__foot'),
    );
}
/** "extra" at the start of a longer word (extract, extraction, extraordinary), not "extra" or "extras". */
const EXTRA_WORD = /extra(?=\p{Ll})(?!s(?:$|[\W_]))/giu;
const SLUG_MIN_WORDS = 3;
const SCROLLY = /\bscroll(?:er|y|ytelling)\b/gi;
const SCROLLY_ID = /^scroll(?:er|y|ytelling)$/i;
const STEPS_MIN = 2;
const UNLIKELY_ID = /header|footer|comment|menu|related|social|sidebar|banner|extra|remark|replies|sponsor|pager|popup/i;
const HEADING_BOX_MAX_CHARS = 200;
/**
 * A BEM modifier that says a box's label is hidden (Drupal's `field--label-hidden`, `field--label-visually_hidden`), not the box
 * (round 92, after batch 361: Readability weighed a university visa page's field of accordions and sections down and dropped it).
 */
const LABEL_HIDDEN = /--label-(?:visually[-_])?hidden$/;
const UTILITY_HIDDEN = /^(?:[\w-]+:)*(?:overflow(?:-[xy])?-hidden|hidden)$/;
/** A utility class (Tailwind's, maybe prefixed: "nx-text-sm", "dark:text-slate-100", "scroll-mt-20") with a word Readability weighs. */
const WEIGHED_UTILITY = new RegExp(
  String.raw`^(?:[\w-]+:)*(?:[a-z]{1,4}-)?(?:text-(?:xs|sm|base|lg|[2-9]?xl|left|center|right|justify|start|end|wrap|nowrap|balance|pretty|` +
    String.raw`ellipsis|clip|inherit|current|transparent|black|white|[a-z]+-\d{2,3}(?:\/\d+)?)|scroll-(?:auto|smooth|[mp][xytblrse]?-[\w.]+)|` +
    String.raw`content-(?:center|start|end|between|around|evenly|baseline|stretch|normal|none))$`,
);
const TEXT_START_CHARS = 200;
/** A class name Readability would weigh that says nothing of the box: a utility, a hidden label, an editor's author colour, a modifier. */
const weighedName = (c: string): boolean => [UTILITY_HIDDEN, LABEL_HIDDEN, WEIGHED_UTILITY, EDITOR_AUTHOR, WITH_COMMENTS].some((r) => r.test(c));

/** The id's words, lower-cased, an editor's prefix ("bkmrk-", "user-content-") left out. */
function slugWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/^(?:bkmrk|user-content|h|heading|toc|sec|section)[-_]/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * Squarespace's menu block (round 115, after batch 499's optician price list and the restaurant, bar and barber menus of batches
 * 287, 330 and 470: `menu-block` > `menu-section` > `menu-item` with `menu-item-title`, `menu-item-description` and
 * `menu-item-price-top`): a menu of dishes or services with their prices, the page's text, not a navigation menu. A box named as a
 * menu is one when it, or a box named as a menu around it, holds a menu item's price; it is renamed a price list before the furniture
 * pass reads names (and Readability, which drops every box named "menu" as an unlikely candidate).
 */
export function renamePricedMenus(doc: DomDocument): void {
  const priced = Array.from(doc.querySelectorAll('[class*="menu"], [id*="menu"]')).filter(isPricedMenu);
  for (const el of priced) {
    for (const name of ['class', 'id']) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, value.replace(/menus?(?=$|[\s_-])/gi, 'pricelist'));
    }
  }
}
const MENU_TOKEN = /(?:^|[\s_-])menus?(?:$|[\s_-])/i;
const MENU_PRICE = '.menu-item-price-top, .menu-item-price-bottom';
const menuNamed = (el: DomElement): boolean => MENU_TOKEN.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
function isPricedMenu(el: DomElement): boolean {
  for (let node = parentOf(el) === undefined ? undefined : el; node !== undefined && menuNamed(node); node = parentOf(node)) {
    if (node.tagName === 'BODY') return false;
    if (node.querySelectorAll(MENU_PRICE).length > 0 || holdsPricedName(node)) return true;
  }
  return false;
}
/**
 * (Or a box without links that holds a price in a box named as one: a Webflow café's CMS menu, `section-menu` > `menu-section` >
 * `menu-item` with `menu-item-name`, `menu-item-price` and `menu-item-description`, and GoDaddy's menu widget of services and prices;
 * round 130, after batches 527 and 535. A page's body named after the page, `body-menu`, is no menu box.)
 */
const holdsPricedName = (node: DomElement): boolean =>
  node.querySelectorAll('a[href]').length === 0 && Array.from(node.querySelectorAll(PRICE_BOX)).some((p) => PRICE.test(squash(p.textContent)));
/** A box named as a price (GoDaddy's `data-ux="Price" data-aid="MENU_ITEM_PRICE"` in its menu widget, `widget-menu`). */
const PRICE_BOX = '[class*="price"], [class*="Price"], [data-ux="Price"], [data-aid*="PRICE"]';
function parentOf(el: DomElement): DomElement | undefined {
  const parent = el.parentNode;
  return parent !== null && isElement(parent) ? parent : undefined;
}

/**
 * Class names that Readability's "unlikely candidates" (and the furniture names) misread, renamed: RDFa's `rdfs-comment` marks
 * a description, not a comment (the PHP manual's `<p class="para rdfs-comment">` under a function's name; round 41, after batch
 * 57), and the Nextra docs theme's `nextra-*` classes hold "extra", one of Readability's unlikely words, so that its callouts and
 * its inline `<code class="nextra-code">` were dropped (round 42, after batch 59).
 */
export function renameDescriptions(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('[class~="rdfs-comment"], [class*="nextra"]'))) {
    const names = (el.getAttribute('class') ?? '').replace(/(?:^|\s)rdfs-comment(?=\s|$)/g, ' rdfs-description');
    el.setAttribute('class', names.replace(/(^|[\s:])nextra(?=[-_\s]|$)/g, '$1nxtr'));
  }
}
