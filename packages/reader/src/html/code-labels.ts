import { isElement, squash, type DomDocument, type DomElement } from './dom.js';

/**
 * The label of a code box (round 11, after batch 12's tutorial page): tutorial and documentation
 * sites (GeeksforGeeks, W3Schools, Programiz, Jupyter's exported notebooks) set a word or two
 * ("Output", "Python", "Example output", "Console") over a `<pre>` in the same box. The code is
 * left out (a `<pre>` is not sentences), and its label would stand alone as a line of one word.
 * Read before the `<pre>` is removed; a heading stays (headings are the page's structure), and so
 * does a line that introduces the code as a sentence does ("Run the following:"). Up to three words, with a copy
 * button between the label and the code (GitBook's "Slack message box" caption; round 24, after batch 24).
 */
const LABEL = /^[\p{L}][\p{L}\p{N}+#.]*(?:\s[\p{L}\p{N}+#.]+){0,2}$/u;

/** Removes the one- and two-word labels set just before a `<pre>` from `doc` in place. */
export function removeCodeLabels(doc: DomDocument): void {
  for (const pre of Array.from(doc.querySelectorAll('pre'))) {
    const label = previousElement(pre);
    if (label === undefined || !/^(?:DIV|P|SPAN)$/.test(label.tagName) || label.children.length > 1) continue;
    if (LABEL.test(squash(label.textContent))) label.remove();
  }
}

/** The element just before `el` among its siblings, when only white space lies between them. */
function previousElement(el: DomElement): DomElement | undefined {
  const siblings = Array.from(el.parentNode?.childNodes ?? []);
  for (const n of siblings.slice(0, siblings.indexOf(el)).reverse()) {
    if (isElement(n) && n.tagName === 'BUTTON') continue;
    if (isElement(n)) return n;
    if (squash(n.textContent) !== '') return undefined;
  }
  return undefined;
}
