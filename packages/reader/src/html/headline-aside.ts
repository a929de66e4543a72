import { ancestors, squash, type DomDocument, type DomElement } from './dom.js';
import { headlineH1 } from './furniture-names.js';
import { endsSentence, isProseLine } from './sentences.js';

/**
 * The article set in an <aside> (round 90, after batch 343's ArtStation artwork page: the artwork's title, its `<h1>`, and the
 * artist's description sit in `<aside class="project-sidebar">` beside the images, and the reader dropped the aside as a sidebar,
 * leaving nothing: recall 0 %). An <aside> that holds the page's headline (headlineH1) and PROSE_MIN_PARAGRAPHS paragraphs of prose is
 * the page's column, not a sidebar: it becomes a <div>, and the boxes between it and the headline lose their names ("sidebar",
 * which Readability also drops). An aside that holds another <h1> (a blog's name, "Subscribe to RSS") stays a sidebar.
 */
const PROSE_MIN_PARAGRAPHS = 2;
const PARAGRAPH_MIN_CHARS = 80;

export function keepHeadlineAside(doc: DomDocument): void {
  const headline = headlineH1(doc);
  const aside = headline === undefined ? undefined : ancestors(headline).find((el) => el.tagName === 'ASIDE');
  if (headline === undefined || aside === undefined) {
    keepProseAside(doc);
    return;
  }
  const prose = Array.from(aside.querySelectorAll('p')).filter((p) => isProseLine(squash(p.textContent), PARAGRAPH_MIN_CHARS));
  if (prose.length < PROSE_MIN_PARAGRAPHS) {
    keepProseAside(doc);
    return;
  }
  for (const box of ancestors(headline)) {
    if (box === aside) break;
    box.removeAttribute('class');
    box.removeAttribute('id');
  }
  const column = aside.ownerDocument.createElement('div');
  column.append(...Array.from(aside.childNodes));
  aside.before(column);
  aside.remove();
}

/**
 * The page's text set in a side pane (round 99, after batch 425's Panopto lecture viewer: the captions and the description in
 * `<div id="leftPane" role="complementary">` beside the player, read as a sidebar and dropped, leaving nothing: recall 0 %; and
 * batch 410's Felt map, its description in `<aside class="Sidebar_sidebar">` beside the map canvas: recall 2 %). An <aside> or a
 * complementary box that holds most of the page's prose, PANE_MIN_CHARS or more, is the page's column: it becomes a <div>
 * without its names.
 */
function keepProseAside(doc: DomDocument): void {
  if (doc.body === null) return;
  const inPage = blockProse(doc.body);
  if (inPage < PANE_MIN_CHARS) return;
  const pane = Array.from(doc.querySelectorAll(PANES)).find((box) => blockProse(box) >= PANE_SHARE * inPage);
  if (pane === undefined) return;
  const column = pane.ownerDocument.createElement('div');
  column.append(...Array.from(pane.childNodes));
  pane.before(column);
  pane.remove();
}
const PANE_MIN_CHARS = 400;
// (and a dialog over the page that holds most of its prose: Trello's open card, `<div class="card-back-dialog" role="dialog"
// aria-modal="true">` over the board; round 102, after batch 443: recall 1 %)
const PANES = 'aside, [role="complementary"], [role="dialog"], [aria-modal="true"], dialog';
const PANE_SHARE = 0.8;

/** Characters in the innermost text blocks of `el` that read as sentences (a caption's `<div>` as well as a `<p>`). */
function blockProse(el: DomElement): number {
  let n = 0;
  for (const block of Array.from(el.querySelectorAll(TEXT_BLOCKS))) {
    if (block.querySelectorAll(TEXT_BLOCKS).length > 0) continue;
    const text = squash(block.textContent);
    if (text.length >= SENTENCE_MIN_CHARS && endsSentence(text)) n += text.length;
  }
  return n;
}
const TEXT_BLOCKS = 'p, li, dd, td, div, blockquote, section';
const SENTENCE_MIN_CHARS = 40;
