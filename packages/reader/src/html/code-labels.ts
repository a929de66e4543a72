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
/** phpBB's code box header, "Code: Select all" over a `<dd>` holding the `<code>` (round 41, after batch 55's phpBB 3.0 topic). */
const SELECT_LABEL = /^code:\s*(?:select all|expand view|collapse view|\s)*$/i;

/** A file name as a code box's title ("quillmark.config.ts", "themes/report.ts": Nextra, Antora's listing titles; round 31). */
const FILE_NAME = /^[\w.-]+(?:\/[\w.-]+)*\.\w{1,6}$/;

/** Removes the one- and two-word labels set just before a `<pre>` (or before the box that holds only it) from `doc` in place. */
export function removeCodeLabels(doc: DomDocument): void {
  // (and a <code> block alone in its box: phpBB's `<dd><code>` under its `<dt>` label)
  const blocks = Array.from(doc.querySelectorAll('pre, dd > code')).filter((el) => el.tagName === 'PRE' || el.parentNode?.childNodes.length === 1);
  for (const pre of blocks) {
    // Antora's listing: <div class="title">harbormaster.yaml</div><div class="content"><pre>
    const box = pre.parentNode;
    const alone = box !== null && isElement(box) && box.children.length === 1 && squash(box.textContent) === squash(pre.textContent);
    const label = previousElement(pre) ?? (alone && isElement(box) ? previousElement(box) : undefined);
    // a label with a copy button beside its text (Nextra's file bar): children with words, at most one
    const worded = label === undefined ? 0 : Array.from(label.children).filter((c) => squash(c.textContent) !== '').length;
    if (label === undefined || !/^(?:DIV|P|SPAN|DT)$/.test(label.tagName) || worded > 1) continue;
    const text = squash(label.textContent);
    if (label.tagName === 'DT' ? SELECT_LABEL.test(text) : LABEL.test(text) || FILE_NAME.test(text)) label.remove();
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
