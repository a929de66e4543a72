import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { styledClasses } from './stylesheet-hidden.js';

/**
 * Boxes whose source line breaks are lines (round 31): a browser shows a line break in a paragraph's source as a space, unless the
 * box is styled `white-space: pre`, `pre-wrap` or `pre-line` (YouTube's description, a chat message, a poem). The reader turns
 * source line breaks into spaces (to-markdown.ts); in these boxes they become <br>s first, before Readability strips classes and
 * styles: boxes styled so by the page's stylesheet, by a utility class that says so (Tailwind's `whitespace-pre-wrap`, YouTube's
 * `yt-core-attributed-string--white-space-pre-wrap`), or by their own style.
 */
const PRE_STYLE = /white-space\s*:\s*pre(?:-wrap|-line)?\b/i;
const PRE_CLASS = /(?:^|\s)[\w-]*white-?space-pre(?:-wrap|-line)?(?:$|\s)/i;
const NORMAL_CLASS = /(?:^|\s)[\w-]*white-?space-(?:normal|nowrap)(?:$|\s)/i;
const PRE_DECLARATION = /(?:^|;)\s*white-space\s*:\s*pre(?:-wrap|-line)?\s*(?:!important\s*)?(?:;|$)/i;

/** Turns the source line breaks of the boxes that keep them into <br>s, in place. */
export function keepStyledLines(doc: DomDocument): void {
  const styled = new Set(styledClasses(doc, PRE_DECLARATION));
  for (const el of Array.from(doc.querySelectorAll('[class], [style]'))) {
    const classes = el.getAttribute('class') ?? '';
    const byStylesheet = styled.size > 0 && classes.split(/\s+/).some((c) => styled.has(c));
    // (a class list that also says `whitespace-normal` is a component's defaults overridden: GitBook's page body)
    const byClass = PRE_CLASS.test(classes) && !NORMAL_CLASS.test(classes);
    if (byStylesheet || byClass || PRE_STYLE.test(el.getAttribute('style') ?? '')) breakLines(el);
  }
  // an inline box the page styles as a block is a line of its own (WP Recipe Maker's notes, `<span style="display: block;">` after
  // `<span style="display: block;">`, ran together as "... for up to 3 months.If your pears ..."; round 44, after batch 90)
  for (const el of Array.from(doc.querySelectorAll('span[style], a[style], em[style], strong[style], b[style], i[style]'))) {
    if (!DISPLAY_BLOCK.test(el.getAttribute('style') ?? '')) continue;
    el.before(el.ownerDocument.createElement('br'));
    el.append(el.ownerDocument.createElement('br'));
  }
  // a post's text in a <span> with blank lines between its paragraphs: set for a pre-wrap style the saved page does not carry
  // (X's tweet text, "line\n\nline", styled by an atomic class of a stylesheet left behind; round 35). Source formatting puts
  // no blank line in the middle of a span's words.
  for (const span of Array.from(doc.querySelectorAll('span'))) {
    const text = span.firstChild;
    if (text !== null && text.nodeType === TEXT_NODE && text.nextSibling === null && BLANK_LINE.test(text.textContent ?? '')) breakLines(span);
  }
}
const BLANK_LINE = /\S[ \t]*\n[ \t]*\n\s*\S/;
const DISPLAY_BLOCK = /(?:^|;)\s*display\s*:\s*(?:block|flex|grid|list-item)\s*(?:!important\s*)?(?:;|$)/i;

/** Each text node of `box` that holds a line break becomes its lines with <br>s between them. */
function breakLines(box: DomElement): void {
  const texts: DomNode[] = [];
  const collect = (node: DomNode): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      // a text node of white space alone sits between boxes: no line of text
      if (child.nodeType === TEXT_NODE && (child.textContent ?? '').includes('\n') && /\S/.test(child.textContent ?? '')) texts.push(child);
      else if (isElement(child) && child.tagName !== 'PRE') collect(child);
    }
  };
  collect(box);
  for (const text of texts) {
    const parent = text.parentNode;
    if (parent === null || !isElement(parent)) continue;
    // (a run of line breaks is one <br>: Readability turns two <br>s in a row into a paragraph break and moves the text around them)
    const lines = (text.textContent ?? '').split(/\n\s*/);
    // each line in a span of its own, set where the text was: a rule that takes a line (a label, a link's address) leaves the others
    const parts: DomElement[] = [];
    lines.forEach((line, i) => {
      if (i > 0) parts.push(box.ownerDocument.createElement('br'));
      const own = box.ownerDocument.createElement('span');
      own.append(line);
      parts.push(own);
    });
    const next = text.nextSibling;
    if (next !== null && isElement(next)) next.before(...parts);
    else parent.append(...parts);
    text.textContent = '';
  }
}
