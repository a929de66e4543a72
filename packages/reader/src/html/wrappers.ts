import { holdsText, isElement, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { sentenceEnds } from './sentences.js';

/**
 * Wrapper chains collapsed before Readability scores the page (round 7, after batch 8's
 * Squarespace essay): page builders (Squarespace's sqs-block, Wix, Elementor, Gutenberg groups)
 * put each run of paragraphs three or four `<div>`s deep ("sqs-block > sqs-block-content >
 * sqs-html-content"), one such block per run, with an image block between runs. Readability
 * scores a paragraph's container and a few ancestors with shrinking weights, so two runs share no
 * ancestor close enough and it keeps the first run only (a third of the essay lost). A `<div>`
 * whose only content is one other `<div>` (no text, no other element) is a wrapper: it is replaced
 * by the container it leads to when two or more sibling wrappers lead to paragraphs, so the runs
 * become siblings and Readability reads them together (collapsing every wrapper moved other
 * pages' article choice: a Q&A page lost its answers).
 */

/**
 * Heading wrappers (round 8, after batch 9's GitBook page): documentation sites set each section
 * heading inside a `<div>` with its permalink icon (`<div id="retries"><div><a href="#retries"
 * aria-label="Direct link to heading"></a></div><h2><div>Retries</div></h2></div>`: GitBook,
 * Docusaurus, Nextra). Readability 0.6 drops a `<div>` whose text sits in no text element ("No
 * useful content"), so both divs went with every section heading. A `<div>` or `<span>` inside a
 * heading is unwrapped, and a `<div>` around a heading that holds no other text is replaced by it;
 * so is a `<header>` around a section heading (round 10, after batch 11's live blog: each update's
 * `<header class="block-header">` of its time and headline, which Readability drops as a "header").
 */
export function unwrapHeadings(doc: DomDocument): void {
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    for (const inner of Array.from(h.querySelectorAll('div'))) {
      inner.before(...Array.from(inner.childNodes));
      inner.remove();
    }
    const text = squash(h.textContent);
    let outer: DomElement | undefined;
    const box = h.tagName === 'H1' ? /^DIV$/ : /^(?:DIV|HEADER)$/;
    // each box up holds no text beside the one below it (its text is the heading's)
    for (let inner: DomNode = h, node = h.parentNode; node !== null && isElement(node) && box.test(node.tagName) && !textBeside(node, inner); ) {
      outer = node;
      inner = node;
      node = node.parentNode;
    }
    if (outer !== undefined && text !== '') {
      outer.before(h);
      outer.remove();
    }
  }
}

/** Whether any child of `node` but `inner` holds text. */
function textBeside(node: DomElement, inner: DomNode): boolean {
  for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) if (kid !== inner && holdsText(kid)) return true;
  return false;
}

/**
 * Replaces the wrapper chains of `doc` with the paragraph containers they end at, where two or
 * more sibling chains end at one (runs of one text split by the builder); other wrappers stay.
 * Sibling blocks of the same builder class whose chains end at a section of text (a heading, then paragraphs or a list) go with
 * them, two or more, their contents joining the parent, when no other box there holds a heading (round 92, after batch 358's
 * Squarespace term dates: each term's heading and list of dates sat in an html block of its own beside the one block of notes
 * with paragraphs, and Readability kept the notes only: recall 52 %). Then boxes of a heading and a list join the column beside a
 * box of sentences of their class (joinHeadedSections).
 */
export function collapseWrapperChains(doc: DomDocument): void {
  if (doc.body === null) return;
  for (const parent of Array.from(doc.body.querySelectorAll('div'))) {
    const kids = Array.from(parent.children);
    const chains = kids.map((child) => [child, chainEnd(child)] as const).filter((pair): pair is readonly [DomElement, DomElement] => pair[1] !== undefined);
    const builderClasses = new Set(chains.map(([top]) => top.getAttribute('class') ?? '').filter((c) => c !== ''));
    const runs = kids
      .filter((child) => !chains.some(([top]) => top === child) && builderClasses.has(child.getAttribute('class') ?? ''))
      .map((child) => [child, chainEnd(child, holdsTextOnly)] as const)
      .filter((pair): pair is readonly [DomElement, DomElement] => pair[1] !== undefined);
    // (only where the blocks hold the column's headings: beside headings in boxes of their own, AEM's title components, they stay)
    const grouped = new Set([...chains, ...runs].map(([top]) => top));
    // (and two sections or more: one headed box beside the text is a callout, "Need to talk to someone now?" and its numbers)
    const textRuns = runs.length < 2 || kids.some((kid) => !grouped.has(kid) && kid.querySelectorAll(HEADINGS).length > 0) ? [] : runs;
    if (chains.length + textRuns.length < 2) continue;
    // (with such blocks the runs' contents join the parent, so that the headings and lists sit beside the paragraphs Readability scores)
    for (const [top, end] of [...chains, ...textRuns]) {
      if (textRuns.length > 0) top.before(...Array.from(end.childNodes));
      else top.before(end);
      top.remove();
    }
  }
  joinHeadedSections(doc);
}

/**
 * Boxes of one class that set an article's sections side by side (round 94, after batch 375's Lever posting: the description's
 * lines in one `div.section`, then "What you'll do", "What you'll bring" and "What we offer", each a heading and a list in a
 * `div.section` of its own). Readability scores paragraphs, not lists: it kept the description and its closing lines and lost the
 * three lists (recall 47 %). Where two or more boxes of a class are each a heading and text blocks only, and a box of the same class
 * holds sentences and no heading, with no other headed box in the column, every box of the class joins the column.
 */
function joinHeadedSections(doc: DomDocument): void {
  if (doc.body === null) return;
  for (const parent of Array.from(doc.body.querySelectorAll('div, section, article'))) {
    const kids = Array.from(parent.children);
    const byClass = new Map<string, DomElement[]>();
    for (const kid of kids) {
      const name = kid.getAttribute('class') ?? '';
      if (kid.tagName === 'DIV' && name !== '') byClass.set(name, [...(byClass.get(name) ?? []), kid]);
    }
    for (const boxes of byClass.values()) {
      const sections = boxes.filter(holdsTextOnly);
      const prose = boxes.filter((box) => box.querySelectorAll(HEADINGS).length === 0 && sentenceEnds(squash(box.textContent)) >= 2);
      const others = kids.filter((kid) => !boxes.includes(kid) && kid.querySelectorAll(HEADINGS).length > 0);
      if (sections.length < 2 || prose.length === 0 || others.length > 0) continue;
      for (const box of boxes) {
        box.before(...Array.from(box.childNodes));
        box.remove();
      }
      break;
    }
  }
}

/** Where a chain of lone divs from `el` ends, when it ends at a container `ends` accepts (two or more paragraphs). */
function chainEnd(el: DomElement, ends: (end: DomElement) => boolean = holdsParagraphs): DomElement | undefined {
  let end = el;
  for (let next = onlyChild(end); next !== undefined; next = onlyChild(end)) end = next;
  if (end === el) return undefined;
  return ends(end) ? end : undefined;
}

const holdsParagraphs = (end: DomElement): boolean => Array.from(end.children).filter((c) => c.tagName === 'P').length >= 2;
/** A section of text: a heading, then text blocks only (paragraphs, lists). */
const holdsTextOnly = (end: DomElement): boolean => {
  const [first, ...rest] = Array.from(end.children);
  return first !== undefined && /^H[2-6]$/.test(first.tagName) && rest.length > 0 && rest.every((c) => TEXT_BLOCK.test(c.tagName));
};
const TEXT_BLOCK = /^(?:P|UL|OL|H[2-6]|BLOCKQUOTE)$/;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** The one element inside `el`, when it is a div and nothing else (but white space) is there. */
function onlyChild(el: DomElement): DomElement | undefined {
  let only: DomElement | undefined;
  for (const n of Array.from(el.childNodes)) {
    if (isElement(n)) {
      if (only !== undefined) return undefined;
      only = n;
    } else if (squash(n.textContent) !== '') return undefined;
  }
  return only?.tagName === 'DIV' ? only : undefined;
}

/**
 * A page builder's widgets (round 91, after batch 348's garden designer's portfolio): Elementor sets every block of a page in a
 * widget, `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">`, each run of the
 * article's rich text and each section heading in one of its own. Readability weighs "widget" down (-25) and dropped the widget that
 * held a paragraph and a list, with both headings (recall 66 %). A text widget is no box of its own: its content takes its place in
 * the builder's container, beside the headings (whose wrappers go in unwrapHeadings), so Readability reads them together; and the
 * other widgets' names are not weighed ("elementor-block"): once the text was read, a recap's list of five companies in an icon-list
 * widget was dropped (recall 90 -> 71 %). What a widget holds (share buttons, related posts) its other words still say.
 */
export function readBuilderWidgets(doc: DomDocument): void {
  for (const widget of Array.from(doc.querySelectorAll('.elementor-widget-text-editor'))) {
    const container = Array.from(widget.children).find((kid) => /(?:^|\s)elementor-widget-container(?:$|\s)/.test(kid.getAttribute('class') ?? ''));
    widget.before(...Array.from((container ?? widget).childNodes));
    widget.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class*="elementor-widget"]')))
    el.setAttribute('class', (el.getAttribute('class') ?? '').replace(/\belementor-widget/g, 'elementor-block'));
}
