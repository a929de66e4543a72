import { isElement, isPageBox, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { removeSection } from './notes.js';

/**
 * Advertising slots and their notices (round 11, after batch 12's syndicated story on a news portal):
 *
 * - an ad slot by the attributes ad servers read, whatever its class: Google AdSense's and Ad
 *   Manager's `data-ad-slot` / `data-ad-client` / `data-ad-unit-path`, the `data-google-query-id`
 *   GPT writes into a filled slot, and the `adsbygoogle` `<ins>`; with its label ("Advertisement"),
 *   which a site's own class words ("caas-da") do not name;
 * - the notice a page sets between two paragraphs where an ad will load ("Story continues below
 *   advertisement", "Article continues below this ad", "Continue reading below", "Scroll to
 *   continue with content"), standing alone: a line about the layout, never a sentence of the story;
 * - a shop box (round 14, after batch 15's product review: "Kestrel Halo 3 (3-pack)" over "$279.99
 *   at Amazon"): the small box around a sponsored link (`rel="sponsored"`, the mark search engines
 *   ask for on paid and affiliate links) whose other words are a label, not a sentence.
 */
const SLOT = '[data-ad-slot], [data-ad-client], [data-ad-unit-path], [data-google-query-id], ins.adsbygoogle';
const NOTICE = new RegExp(
  '^(?:(?:the )?(?:story|article|content|text|post|page) continues (?:below|after) (?:(?:this|the) )?(?:advertisement|advert|ad|sponsored content)' +
    String.raw`|continue reading (?:the )?(?:main )?(?:story |article )?below|scroll (?:down )?to continue(?: with content| reading)?)\.?$`,
  'i',
);
const NOTICE_BLOCKS = 'p, div, span, small';
// ("A message from" labels a sponsor's block ("A message from our sponsor", "A Message from The Moscow Times:"), not a letter
// heading a newsletter ("A message from Mrs Okonedo", "A message from our Chief Executive"; round 81, after batch 288's school
// newsletter): only with a sponsor or partner after it, or as a label ending in a colon)
const SPONSOR_LABEL = new RegExp(
  String.raw`^(?:(?:together with|presented by|brought to you by|in partnership with|sponsored by|today['’]?s sponsor|thanks to our sponsors?)\b.{0,60}` +
    String.raw`|a message from (?:(?:our|this|today['’]?s) )?(?:sponsors?|partners?|advertisers?)\b.{0,40}|a message from .{1,60}:)$`,
  'i',
);
const PARTNER_LABEL = new RegExp(
  String.raw`^(?:(?:partner|sponsor|sponsored|advertiser) [–—-] [^.!?]{1,80}|(?:course|e-?book) [–—-] [^.!?]{1,40} [–—-] [^.!?]{1,40}` +
    // (and a forum's rules box, phpBB prosilver's `<div class="rules">` opened by "Forum rules"; round 58, after batch 170)
    String.raw`|sponsored|sponsor|paid (?:post|content)|partner content|(?:forum|board|topic) rules)$`,
  'i',
);
const SPONSOR_BOX_MAX_CHARS = 800;
const NOTICE_MAX_CHARS = 80;
const SHOP_BOX_MAX_CHARS = 120;
const SENTENCE_END = /[.!?]["”’)]?$/;

/** Removes ad slots and "continues below advertisement" notices from `doc` in place. */
export function removeAds(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(SLOT))) {
    // an ad server's attribute on a box of the story itself (a whole <article>) is a mistake, not a slot
    if (el.parentNode !== null && el.querySelectorAll('p').length <= 1) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll(NOTICE_BLOCKS))) {
    const text = squash(el.textContent);
    if (el.parentNode !== null && text.length <= NOTICE_MAX_CHARS && NOTICE.test(text)) el.remove();
  }
  for (const a of Array.from(doc.querySelectorAll('a[rel~="sponsored"]'))) {
    if (a.parentNode !== null) shopBox(a)?.remove();
  }
  // a partner's box opened by its label line (Baeldung's "Partner – Quillstack – NPI EA (cat = Java)" over a promo, "Course – LS – All"
  // over its course's; round 57, after batch 162)
  // (or by a bare "SPONSORED" label, a Ghost newsletter's callout card over its sponsor's line; round 58, after batch 167)
  for (const label of Array.from(doc.querySelectorAll('div, span, p, strong, b'))) {
    if (label.parentNode !== null && PARTNER_LABEL.test(squash(label.textContent))) openedBox(outermost(label))?.remove();
  }
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (h.parentNode === null || !SPONSOR_LABEL.test(squash(h.textContent))) continue;
    const box = openedBox(h);
    if (box !== undefined) box.remove();
    else removeSection(h);
  }
}

/** The small box `h` is the first thing in (the sponsor's card), when there is one. */
function openedBox(h: DomElement): DomElement | undefined {
  const parent = h.parentNode;
  if (parent === null || !isElement(parent) || isPageBox(parent) || parent.firstElementChild !== h) return undefined;
  return squash(parent.textContent).length <= SPONSOR_BOX_MAX_CHARS ? parent : undefined;
}

/** The largest short box around the sponsored link `a` whose words besides its sponsored links are no sentence. */
function shopBox(a: DomElement): DomElement | undefined {
  let box: DomElement | undefined;
  for (let node = a.parentNode; node !== null && isElement(node) && !isPageBox(node); node = node.parentNode) {
    if (squashedLength(node, SHOP_BOX_MAX_CHARS) > SHOP_BOX_MAX_CHARS) break;
    let rest = squash(node.textContent);
    for (const link of Array.from(node.querySelectorAll('a[rel~="sponsored"]'))) rest = rest.replace(squash(link.textContent), ' ');
    if (SENTENCE_END.test(rest.trim())) break;
    box = node;
  }
  return box;
}

/** The outermost element around `el` that holds nothing but its text (a label's `<b><strong>` wrappers). */
function outermost(el: DomElement): DomElement {
  let label = el;
  for (let p = label.parentNode; p !== null && isElement(p) && !isPageBox(p) && squash(p.textContent) === squash(label.textContent); p = p.parentNode)
    label = p;
  return label;
}
