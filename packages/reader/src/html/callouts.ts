import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { isProseLine } from './sentences.js';

/** How long the one paragraph of an icon callout is, at least. */
const PROSE_MIN_CHARS = 60;

/**
 * A docs callout set as an icon beside one paragraph (round 26, after batch 26's Laravel page: `<div class="... shadow-lg ...">
 * <div><img src=".../callouts/lightbulb.min.svg"></div><p>If you only need to limit incoming HTTP requests, ... See the <a>rate
 * limiting section</a> ...</p></div>`): Readability's conditional cleaning drops such a box as "low weight and a little linky",
 * and its paragraph with it. The box is replaced by its paragraph before Readability reads the page, when everything else in it
 * is an icon: an `<svg>`, or an `<img>` of an SVG file, with no text. A photo beside a caption (a JPEG, a PNG) stays as it is.
 */
const ICON_SRC = /\.svg(?:[?#].*)?$/i;

/** Replaces each icon-and-paragraph box by its paragraph, in place. */
export function unwrapIconCallouts(doc: DomDocument): void {
  for (const box of Array.from(doc.querySelectorAll('div'))) {
    if (box.parentNode === null) continue;
    const children = Array.from(box.children);
    const paragraphs = children.filter((c) => c.tagName === 'P');
    const others = children.filter((c) => c.tagName !== 'P');
    const paragraph = paragraphs[0];
    if (paragraphs.length !== 1 || paragraph === undefined || others.length === 0 || !others.every(isIcon)) continue;
    if (!isProseLine(squash(paragraph.textContent), PROSE_MIN_CHARS) || hasLooseText(box)) continue;
    box.before(paragraph);
    box.remove();
  }
}

/** An element with no text that holds only icons. */
function isIcon(el: DomElement): boolean {
  if (squash(el.textContent) !== '') return false;
  if (el.tagName === 'SVG' || el.tagName === 'svg') return true;
  if (el.tagName === 'IMG') return ICON_SRC.test(el.getAttribute('src') ?? '');
  const images = Array.from(el.querySelectorAll('img, svg'));
  return images.length > 0 && images.every(isIcon) && el.querySelectorAll('*').length <= images.length * 2;
}

/** Text set straight in the box beside its children. */
function hasLooseText(box: DomElement): boolean {
  return Array.from(box.childNodes).some((n) => !isElement(n) && squash(n.textContent) !== '');
}
