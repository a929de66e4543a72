import type { TestPage } from './page-kit.js';
import { HELDOUT281_A } from './pages-heldout281-a.js';
import { HELDOUT281_B } from './pages-heldout281-b.js';
import { HELDOUT281_C } from './pages-heldout281-c.js';
import { HELDOUT281_D } from './pages-heldout281-d.js';
import { HELDOUT281_E } from './pages-heldout281-e.js';
import { HELDOUT281_F } from './pages-heldout281-f.js';

/**
 * Held-out batch 281, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a legislation.gov.uk-style act
 * cross-heading with its 'Changes to legislation' box and commencement annotations, an eCFR-style regulation section in its
 * React shell, a court opinion on a CourtListener-style page with headnotes and a footnote, a company's privacy policy on a
 * Next.js site with a table of contents, a terms-of-service page built with the Elementor page builder, an EUR-Lex-style
 * regulation whose article titles are paragraphs, a Federal Register-style notice (agency, action, summary, dates), a Google
 * Patents-style patent page (abstract, description, claims, cited-by table), an IETF RFC on a datatracker-style page with
 * pilcrow links, a Municode-style municipal code section in AngularJS markup, a law firm's client alert, and a supreme
 * court's press summary of a judgment.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a court opinion's headnotes and footnotes are body (the "Headnotes" and
 * "Footnotes" labels headings), the case metadata (court, docket, citation) furniture and the filing date, judges and
 * the opinion's author line bylines; the legislation page's h1 is the Act's title and the Part, cross-heading and section
 * titles are headings, its annotations furniture; the Federal Register preamble labels (AGENCY:, SUMMARY:...) are headings
 * and their values body, the signature block bylines; EUR-Lex's article numbers and titles are headings though marked up as
 * paragraphs, the document title paragraph, the enacting formula, recitals and "Done at" line body, the signatories'
 * names bylines; on the patent page the abstract, description and claims are body, inventors and priority / publication
 * dates bylines, all other metadata and the tables furniture, and legal-event dates are in neither list; on the RFC the
 * abstract and numbered sections are body, the "Status of This Memo", copyright and table of contents boilerplate
 * furniture, its pilcrow self-links in neither list, and the header's author names and date bylines; a table of contents whose entries repeat the headings
 * (privacy policy, RFC sections) is listed in neither list except its label; a "Last updated" / "Effective from" /
 * "up to date as of" line is a byline; a code section's history note and a regulation's source citation are furniture;
 * a press summary's standard "does not form part of the reasons" note and its paragraph-reference note are furniture;
 * a client alert's "Key Takeaways" box is body, its disclaimer furniture; a footer link that repeats the page's title
 * (Terms of Service) and the Official Journal's running header are in neither list.
 */
export const HELDOUT281_PAGES: readonly TestPage[] = [...HELDOUT281_A, ...HELDOUT281_B, ...HELDOUT281_C, ...HELDOUT281_D, ...HELDOUT281_E, ...HELDOUT281_F];
