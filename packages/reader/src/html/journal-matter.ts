import { squash, type DomDocument } from './dom.js';
import { elementNames } from './names.js';
import { removeSection } from './notes.js';
import { declaresType } from './page-types.js';

/**
 * A journal article's front and back matter (round 11, after batch 12's PubMed Central page):
 * the record around the argument, which no summary wants.
 *
 * - the JATS elements journals render as class names (PMC, Europe PMC, eLife, PLOS and most
 *   JATS-to-HTML stylesheets keep the tag name): `ref-list` (the references), `fn-group` (the
 *   author notes: conflicts, funding), `kwd-group` (the keywords), `ack` (the acknowledgments),
 *   `aff` / `affiliation` (the authors' institutions), `author-notes` (the corresponding author);
 * - the lines every journal prints in its front matter: the article's history ("Received 2024 Mar
 *   4; Accepted 2024 Sep 30", "Received: ... / Revised: ... / Accepted: ..."), its identifiers
 *   alone on a line ("PMCID: PMC11623019 PMID: 39512876", "DOI: 10...."), and the open-access
 *   licence statement ("This is an open access article distributed under the terms of the
 *   Creative Commons Attribution License...");
 * - a keywords line ("Keywords: Carabidae, hedgerows, ...", "Key words:", IEEE's "Index Terms—"):
 *   a list of index terms, never a sentence;
 * - on a page that declares itself a scholarly article (Highwire Press `citation_*` metadata,
 *   which Google Scholar asks every journal for, or schema.org `ScholarlyArticle`), the sections
 *   under the back-matter headings the journals' author guidelines require (ICMJE):
 *   Acknowledgments, Funding, Conflict of interest / Competing interests, Author contributions,
 *   Data availability, Ethics statement, Supplementary material, Abbreviations, and the record sections
 *   of Springer Nature and BMC pages (Rights and permissions, About this article). On other pages
 *   "Funding" or "Acknowledgements" may head content, so they stay.
 */
const JATS_NAME = /(?:^|\s)(?:ref-list|fn-group|kwd-group|ack|aff|affiliations?|author-notes)(?:$|\s)/i;
const LINES: readonly RegExp[] = [
  /^(?:key ?words|index terms)\s*(?::|—|–|-)\s*\S/i,
  /^(?:received|submitted)\b:?\s*(?=.{0,40}\d).{0,60}?[;,/|]\s*(?:revised|accepted|published)\b/i,
  /^(?:(?:PMCID|PMID|DOI|ISSN|arXiv)\s*:\s*\S+\s*)+$/i,
  /^this (?:is an open[- ]access article|article is (?:an open[- ]access article|licensed|distributed))\b.{0,120}\b(?:creative commons|licen[cs]e)\b/i,
  // round 15, after batch 16's Springer Nature page: each date of the history on a line of its own ("Received: 02 October 2024"),
  // and the journal line ("Journal of Upland Ecology volume 41, Article number: 88 (2025) Cite this article")
  /^(?:received|revised|accepted|published(?: online)?|issue date)\s*:\s*\d{1,2} \p{L}+ \d{4}$/iu,
  /^\p{Lu}[\p{L} &:,.'’-]{2,80}?\s+(?:volume\s+|vol\.\s*)?\d+\s*,\s*(?:article (?:number|no\.?)|pages?|pp\.)\s*:?\s*[\w–-]+/iu,
];
const LINE_MAX_CHARS = 400;
const BACK_HEADING = new RegExp(
  '^(?:acknowledge?ments?|funding(?: (?:information|sources|statement))?|(?:conflicts? of interests?|competing interests?)(?: statement)?' +
    "|declarations? of (?:competing )?interests?|author(?:s[’']?)? contributions?|data (?:availability|accessibility)(?: statement)?" +
    '|ethics (?:statement|approval|declarations?)|supplementary (?:materials?|information|data)|abbreviations' +
    // Springer Nature's and BMC's record sections (round 15, after batch 16): the licence, the citation and history box
    "|rights and permissions|reprints and permissions|about this article|cite this article|author information|additional information|publisher[’']?s note)$",
  'i',
);

/** Removes a scholarly article's front and back matter from `doc` in place. */
export function removeJournalMatter(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (el.parentNode !== null && el.tagName !== 'BODY' && el.tagName !== 'ARTICLE' && JATS_NAME.test(elementNames(el))) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('p, div, section'))) {
    const text = squash(el.textContent);
    if (el.parentNode !== null && text.length <= LINE_MAX_CHARS && LINES.some((re) => re.test(text)) && el.querySelectorAll('p, div, li').length === 0)
      el.remove();
  }
  if (!isScholarly(doc)) return;
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    if (h.parentNode !== null && BACK_HEADING.test(squash(h.textContent).replace(/^\d+(?:\.\d+)*\.?\s+/, ''))) removeSection(h);
  }
}

/** The page declares a scholarly article: Highwire Press metadata (`citation_title`, `citation_doi`...) or schema.org ScholarlyArticle. */
function isScholarly(doc: DomDocument): boolean {
  if (doc.querySelectorAll('meta[name^="citation_"]').length > 0) return true;
  return declaresType(doc, /^(?:Medical)?ScholarlyArticle$/);
}
