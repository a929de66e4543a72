import { ancestors, squash, type DomDocument } from './dom.js';
import { headlineH1 } from './furniture-names.js';
import { isProseLine } from './sentences.js';

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
  if (headline === undefined) return;
  const aside = ancestors(headline).find((el) => el.tagName === 'ASIDE');
  if (aside === undefined) return;
  const prose = Array.from(aside.querySelectorAll('p')).filter((p) => isProseLine(squash(p.textContent), PARAGRAPH_MIN_CHARS));
  if (prose.length < PROSE_MIN_PARAGRAPHS) return;
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
