import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { endsSentence, holdsSentence } from './sentences.js';

/**
 * Disclosure widgets that hold the article (round 8, after batch 9's FAQ page, which read half of
 * its answers):
 *
 * - an accordion in the WAI-ARIA pattern (what GOV.UK, Bootstrap 5, the USWDS and most FAQ and
 *   help-centre templates build): each header is a heading whose `<button aria-controls>` opens a
 *   panel that is `hidden` (or `aria-hidden`, or `display:none`) until pressed. The panel is the
 *   answer, article text a reader opens; removed as hidden, it took the answers with it, and the
 *   button (a control, dropped by its tag) took the question. A panel that holds a sentence of
 *   prose is shown, and its header's button becomes its text, so the question stays a heading;
 * - a `<details>` whose `<summary>` opens a block of prose (an FAQ's question, a "How we did
 *   this" box): the summary heads that block, one level below the heading before it, rather than
 *   being a sentence of its own ("How often will my meter be read?").
 *
 * - an expander whose `<button aria-expanded="false">` sits right before its hidden panel, with no
 *   aria-controls (Confluence's expand macro): the same, the button's text left as a line.
 *
 * Menus and dropdowns are not accordions: their buttons do not sit in headings and their panels
 * hold links, not prose.
 */

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const PROSE_MIN_CHARS = 40;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Shows the prose panels of accordions and unwraps their header buttons (run before hidden elements are removed). */
export function openAccordions(doc: DomDocument): void {
  const triggers = Array.from(
    doc.querySelectorAll(
      HEADINGS.split(', ')
        .map((h) => `${h} [aria-controls]`)
        .join(', '),
    ),
  );
  for (const trigger of triggers) {
    const panel = controlledPanel(doc, trigger);
    if (panel === undefined || !holdsProse(panel)) continue;
    show(panel);
    trigger.before(...Array.from(trigger.childNodes));
    trigger.remove();
  }
  // an expander with no aria-controls, its panel right after it (Confluence's expand macro; round 18, after batch 19)
  // (or a heading that is the button itself, Google Help's "zippy" <h3 role="button" aria-expanded="false">; round 31: it stays a heading)
  // (and the open one of them, when it names its panel: a HubSpot FAQ's first `<button aria-expanded="true">` around its question's <h3>;
  // round 124, after batch 503)
  // (a Wix FAQ's questions shown open, `<div role="button" aria-expanded="true" aria-controls>`; round 140, after batch 560)
  const expanders =
    'button[aria-expanded="false"], [role="button"][aria-expanded="false"], button[aria-expanded="true"][aria-controls], ' +
    '[role="button"][aria-expanded="true"][aria-controls]';
  for (const button of Array.from(doc.querySelectorAll(expanders))) {
    // (or after the heading the button fills: Google Help's `<h2 class="zippy"><button>` over its hidden panel; round 64, batch 202)
    // (or the panel the button names, whatever hides it: Wix's FAQ, a `<div role="button" aria-controls>` over an answer collapsed to
    // `height:0`, its question outside any heading; round 89, after batch 339)
    const controlled = controlledPanel(doc, button);
    const panel = controlled ?? nextElement(button) ?? panelAfterHeading(button);
    if (panel === undefined || (controlled === undefined && !isHidden(panel)) || !holdsProse(panel) || squash(button.textContent) === '') continue;
    show(panel);
    if (button.tagName !== 'BUTTON') {
      button.removeAttribute('role');
      continue;
    }
    button.before(...Array.from(button.childNodes));
    button.remove();
  }
  // a tab panel hidden until its tab is chosen (Google Help's platform chooser: the iPhone steps beside the Android ones; round 31)
  for (const panel of Array.from(doc.querySelectorAll('[role="tabpanel"]'))) if (isHidden(panel) && holdsProse(panel)) show(panel);
  // the slides of a deck (reveal.js marks every slide but the one shown `aria-hidden`, its `.slides > section`; round 93, after batch
  // 368's lecture deck, whose title slide was all the reader read: recall 4 %): the deck's text, shown one slide at a time
  for (const slide of Array.from(doc.querySelectorAll('.reveal .slides section'))) if (isHidden(slide)) show(slide);
  openClassAccordions(doc);
  showBehindWarnings(doc);
}

/**
 * An accordion that names itself only by its classes (round 117, after batch 502's Kadence FAQ: `<button class="kt-blocks-accordion-header">`
 * with no ARIA, in a header box over a `kt-accordion-panel`, hidden by the stylesheet but the first; AEM's `cmp-accordion__panel`,
 * Squarespace's `accordion-item__dropdown` the same): a button whose panel (the element after it, or after the box it fills) is of an
 * "accordion" class and holds prose is its question, left as a line, and the panel is shown. Buttons before other panels (a package's
 * "Use this Package" menu, "Story continues") have no accordion class and stay controls.
 */
function openClassAccordions(doc: DomDocument): void {
  for (const button of Array.from(doc.querySelectorAll('button:not([aria-controls]):not([aria-expanded])'))) {
    const text = squash(button.textContent);
    const parent = button.parentNode;
    const filled = parent !== null && isElement(parent) && squash(parent.textContent) === text ? parent : undefined;
    const panel = nextElement(button) ?? (filled === undefined ? undefined : nextElement(filled));
    if (text === '' || panel === undefined || !/accordion/i.test(panel.getAttribute('class') ?? '') || !holdsProse(panel)) continue;
    show(panel);
    // (the question takes the place of the box it fills too, a header box by its name, which Readability drops as an unlikely candidate)
    const line = button.ownerDocument.createElement('p');
    line.append(...Array.from(button.childNodes));
    const spot = filled !== undefined && nextElement(button) === undefined ? filled : button;
    spot.before(line);
    spot.remove();
  }
}

/**
 * A toggle that shows a post's hidden text: "Show content (247 characters)", "(view spoiler)", "Show more"; or the rest of a story
 * (Yahoo's "Story Continues" button over its collapsed, `aria-hidden` half; round 58, after batch 166).
 */
const REVEAL = new RegExp(
  String.raw`^\(?(?:show|view|reveal)\s+(?:content|more|spoiler|post|text)\b` +
    String.raw`|^(?:story continues|continue reading|read the (?:full|rest of the) (?:story|article))$`,
  'i',
);

/**
 * Text behind a content warning or a spoiler toggle (round 38, after batch 42's Misskey reply behind a content warning and batch
 * 40's Goodreads spoiler): the post's own text, in the page and hidden until the reader asks. The hidden box right after the
 * toggle (or after the toggle's line) is shown when it holds a sentence; the toggle stays, a control the furniture pass drops.
 */
function showBehindWarnings(doc: DomDocument): void {
  for (const toggle of Array.from(doc.querySelectorAll('button, a, [role="button"]'))) {
    if (!REVEAL.test(squash(toggle.textContent))) continue;
    const parent = toggle.parentNode;
    const box = nextElement(toggle) ?? (parent !== null && isElement(parent) ? nextElement(parent) : undefined);
    if (box === undefined || !isHidden(box)) continue;
    const text = squash(box.textContent);
    if (text.length >= PROSE_MIN_CHARS && holdsSentence(text)) show(box);
  }
}

/** The element after the heading that `button` fills (its only text), when it is one. */
function panelAfterHeading(button: DomElement): DomElement | undefined {
  const heading = button.parentNode;
  if (heading === null || !isElement(heading) || !/^H[1-6]$/.test(heading.tagName)) return undefined;
  return squash(heading.textContent) === squash(button.textContent) ? nextElement(heading) : undefined;
}

/** The element `button` names as the panel it opens (`aria-controls`), when the id is a plain one and on the page. */
function controlledPanel(doc: DomDocument, button: DomElement): DomElement | undefined {
  const id = button.getAttribute('aria-controls') ?? '';
  return /^[\w:.-]+$/.test(id) ? Array.from(doc.querySelectorAll(`[id="${id}"]`))[0] : undefined;
}

function nextElement(el: DomElement): DomElement | undefined {
  for (let node = el.nextSibling; node !== null; node = node.nextSibling) if (isElement(node)) return node;
  return undefined;
}

const isHidden = (el: DomElement): boolean =>
  el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');

/**
 * The mark of a panel shown here, which the page's stylesheet may still hide by its class (a Drupal accordion's `.accordion__panel {
 * display: none }`; round 112, after batch 501's donor eligibility page, whose answers went as hidden: recall 62 %).
 */
export const OPENED = 'data-reader-opened';

function show(panel: DomElement): void {
  panel.setAttribute(OPENED, '');
  panel.removeAttribute('hidden');
  if (panel.getAttribute('aria-hidden') === 'true') panel.removeAttribute('aria-hidden');
  if (HIDDEN_STYLE.test(panel.getAttribute('style') ?? '')) panel.removeAttribute('style');
}

/** Makes the summary of each <details> that holds prose a heading (run after the furniture pass has read the summaries). */
export function headDetails(doc: DomDocument): void {
  let level = 1;
  for (const el of Array.from(doc.querySelectorAll(`${HEADINGS}, summary`))) {
    if (el.tagName !== 'SUMMARY') {
      level = Number(el.tagName.slice(1));
      continue;
    }
    const details = el.parentNode;
    if (details === null || !isElement(details) || details.tagName !== 'DETAILS' || !holdsProse(details) || squash(el.textContent) === '') continue;
    const heading = el.ownerDocument.createElement(`h${Math.min(level + 1, 6)}`);
    heading.append(...Array.from(el.childNodes));
    // (the summary's boxes unnamed: they are the widget's, and Readability dropped Elementor's `e-n-accordion-item-title-header`
    // span, the question's only box, as a page header; round 132, after batch 537)
    for (const box of Array.from(heading.querySelectorAll('[class], [id]'))) for (const name of ['class', 'id']) box.removeAttribute(name);
    el.before(heading);
    el.remove();
  }
}

function holdsProse(el: DomElement): boolean {
  // a list item of sentences too: a panel of steps (round 31)
  return Array.from(el.querySelectorAll('p, li')).some((p) => {
    const text = squash(p.textContent);
    return text.length >= PROSE_MIN_CHARS && endsSentence(text);
  });
}
