import type { TestPage } from './page-kit.js';
import { HELDOUT183_A } from './pages-heldout183-a.js';
import { HELDOUT183_B } from './pages-heldout183-b.js';
import { HELDOUT183_C } from './pages-heldout183-c.js';
import { HELDOUT183_D } from './pages-heldout183-d.js';
import { HELDOUT183_E } from './pages-heldout183-e.js';
import { HELDOUT183_F } from './pages-heldout183-f.js';

/**
 * Held-out batch 183, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a CourtListener court opinion,
 * a FederalRegister.gov final rule document, an SEC EDGAR 8-K Exhibit 99.1 earnings press release, an ar5iv (arXiv HTML)
 * paper, a PubMed abstract page, a PLOS ONE research article, a bioRxiv preprint, a JSTOR Daily article, a Project
 * Gutenberg HTML ebook of a two-chapter story, an Internet Archive item page with its description, a Library of Congress
 * blog post and a National Archives milestone document page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek is body; scholarly "Abstract" headings (h2 or LaTeXML's h6) are headings;
 * the Federal Register's AGENCY / ACTION / SUMMARY / DATES labels are headings and their texts body; a structured
 * abstract's bold sub-titles are part of their paragraphs; bold paragraph section heads in an EDGAR exhibit are headings;
 * tables (header and data cells), references, bibliographies, equations, signature blocks, press contacts and contents
 * tables are in neither list; article-info, citation, "How to cite", competing-interest and DOI boxes around a paper are
 * furniture (a citation line or DOI next to the title is a byline); a court opinion's "FERRAND, Circuit Judge." line is a
 * byline; a National Archives transcript is body; Gutenberg licence boilerplate is furniture and the book's "BY" line a
 * byline; an Internet Archive description is the article and its metadata rows are furniture.
 */
export const HELDOUT183_PAGES: readonly TestPage[] = [...HELDOUT183_A, ...HELDOUT183_B, ...HELDOUT183_C, ...HELDOUT183_D, ...HELDOUT183_E, ...HELDOUT183_F];
