import { squash, type DomDocument } from './dom.js';
import { isProseLine } from './sentences.js';

/**
 * A dropdown's panel set as a <nav> that holds prose (round 91, after batch 350's Webflow page: each FAQ answer sits in Webflow's
 * dropdown list, `<nav class="faq-answer w-dropdown-list"><p>You will receive a £20 voucher ...</p></nav>`, and the reader dropped
 * every <nav> as navigation: the answers were lost). A <nav> that holds no link and a paragraph of prose (PARAGRAPH_MIN_CHARS, a
 * sentence) navigates nowhere: it becomes a <div>. In the 4,216 pages of the corpus no other <nav> without a link holds prose.
 */
const PARAGRAPH_MIN_CHARS = 60;

export function keepProseNavs(doc: DomDocument): void {
  for (const nav of Array.from(doc.querySelectorAll('nav'))) {
    if (nav.querySelectorAll('a').length > 0) continue;
    if (!Array.from(nav.querySelectorAll('p')).some((p) => isProseLine(squash(p.textContent), PARAGRAPH_MIN_CHARS))) continue;
    const box = nav.ownerDocument.createElement('div');
    for (const name of ['class', 'id']) {
      const value = nav.getAttribute(name);
      if (value !== null) box.setAttribute(name, value);
    }
    box.append(...Array.from(nav.childNodes));
    nav.before(box);
    nav.remove();
  }
}
