import { isElement, isPageBox, squash, type DomDocument } from './dom.js';

/** Headings of furniture sections (their lists and cards are removed by the rules of clean.ts). */
const FURNITURE_HEADING = new RegExp(
  '^(?:related(?: coverage| stories| articles| topics| posts| content| links)?|more (?:on this story' +
    '|(?:from|articles by|posts by) [^.!?]{1,40}|stories|like this|to explore)|read (?:more|next)|most (?:read|viewed' +
    '|popular)(?: news)?|recommended(?: for you| from [^.!?]{1,40})?|you (?:may|might) also (?:like|enjoy' +
    '|be interested in)|(?:also|further) read(?:ing)?|about the authors?|(?:latest|top|popular' +
    `|trending) (?:stories|news|posts|articles|videos)|don[’']?t miss|editor[’']?s picks|up next` +
    '|keep reading|what to read next|around the web|join the (?:conversation|discussion)|discussion' +
    '|similar (?:threads|posts|articles|topics)|suggested (?:posts|articles|reading)' +
    '|articles in this section|on this page|follow us(?: on [^.!?]{1,30})?|share (?:this|on [^.!?]{1,30})' +
    '|(?:table of )?contents|in this (?:article|section)|references|citations|external links' +
    String.raw`|further reading|comments?(?: \(\d+\))?|\d+ (?:comments?|answers?|replies)|share this(?: article| story| post)?:?` +
    '|like this:?|leave a (?:reply|comment)|explore more on these topics|suggested topics|who is online' +
    String.raw`|tags:?|not the answer you(?:'|’| a)re looking for\b.*|want to read more\b.*|(?:submission|revision|version) history` +
    String.raw`|testimonials|what (?:our|my) (?:clients|customers) (?:say|are saying))$`,
  'i',
);
/** A small section a furniture heading opens ("Who is online" and its one line of counts) goes with it. */
const SECTION_MAX_CHARS = 300;
/** Boxes a label of furniture may be left alone in. */
const LABEL_BOXES = /^(?:DIV|SECTION|HEADER|ASIDE)$/;

/**
 * Removes the headings of furniture sections, with their section when it is small, and a furniture
 * label set as a line of text and left alone in its box once the list it named is gone (round 14,
 * after batch 15's opinion page: the Guardian's `<span class="dcr-submeta-label">Explore more on
 * these topics</span>` over its removed tag list). A label in a box with anything else stays: a
 * paper's bold "Discussion" line opens its section.
 */
export function removeFurnitureHeadings(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const parent = el.parentNode;
    if (parent === null || !FURNITURE_HEADING.test(squash(el.textContent))) continue;
    el.remove();
    if (isElement(parent) && !isPageBox(parent) && squash(parent.textContent).length <= SECTION_MAX_CHARS) parent.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('span, p, div, strong, b'))) {
    const box = el.parentNode;
    if (box === null || !isElement(box) || !LABEL_BOXES.test(box.tagName) || isPageBox(box)) continue;
    const text = squash(el.textContent);
    if (text !== '' && text.length <= 80 && FURNITURE_HEADING.test(text) && squash(box.textContent) === text) box.remove();
  }
}
