import { squash, type DomDocument, type DomElement } from './dom.js';
import { headingText } from './inherited-members.js';
import { linkChars } from './link-blocks.js';
import { removeSection, sectionOf } from './notes.js';

/**
 * An encyclopedia's or a wiki's end matter (round 41, after batch 58's wiki and encyclopedia pages): the sections of references,
 * sources and further reading (lists of citations), the credits and licence boilerplate ("Credits": New World Encyclopedia),
 * the ways to cite the page ("Cite This Work": World History Encyclopedia) and an image gallery (captions). The furniture-heading
 * pass took the heading and a small section only; a list of twenty citations stayed.
 */
const END_MATTER_HEADING = /^(?:external links|credits|cite this (?:work|article|page|entry)|citations?|gallery)$/i;
/**
 * The headings of citation lists: their section goes when it is a list. An R help page's "References" set as paragraphs is part
 * of the documentation (rdrr.io, batch 57), as a paper's own reference text can be.
 */
const CITATIONS_HEADING = /^(?:references|sources|bibliography|works cited|further reading)$/i;

/** Removes the end-matter sections of `doc` in place, each heading with what follows it up to the next heading of its level or above. */
export function removeEndMatter(doc: DomDocument): void {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    const text = headingText(h);
    if (h.parentNode === null) continue;
    if (
      END_MATTER_HEADING.test(text) ||
      (CITATIONS_HEADING.test(text) && sectionOf(h).some((el) => /^(?:UL|OL)$/.test(el.tagName) || el.querySelectorAll('ul, ol').length > 0 || isLinkRun(el)))
    ) {
      removeSection(h);
    }
  }
}

/** A block of links and nothing else, one a line (Forbes's "Further Reading": a paragraph of story links between <br>s; round 42). */
function isLinkRun(el: DomElement): boolean {
  const text = squash(el.textContent).length;
  return text > 0 && el.querySelectorAll('a').length >= 2 && linkChars(el) >= 0.9 * text;
}
