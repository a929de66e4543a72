import { squash, type DomElement } from './dom.js';

/**
 * A document's section named after its own heading, as Pandoc, Quarto and R Markdown write them (`<section id="discussion"
 * class="level2"><h2>Discussion</h2>`; round 80, after batch 283's Quarto report, whose "Discussion" read as a comments box):
 * the author named it, not the page's template.
 */
export function isSelfNamedSection(el: DomElement): boolean {
  const id = el.getAttribute('id');
  if (id === null || !/(?:^|\s)(?:level[1-6]|section)(?:\s|$)/.test(el.getAttribute('class') ?? '')) return false;
  const heading = el.firstElementChild;
  if (heading === null || !/^H[1-6]$/.test(heading.tagName)) return false;
  const slug = squash(heading.textContent)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug !== '' && id.toLowerCase().replace(/-\d+$/, '') === slug;
}
