import type { TestPage } from './page-kit.js';
import { HELDOUT139_A } from './pages-heldout139-a.js';
import { HELDOUT139_B } from './pages-heldout139-b.js';
import { HELDOUT139_C } from './pages-heldout139-c.js';
import { HELDOUT139_D } from './pages-heldout139-d.js';
import { HELDOUT139_E } from './pages-heldout139-e.js';
import { HELDOUT139_F } from './pages-heldout139-f.js';

/**
 * Held-out batch 139, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an English Wikipedia species
 * article (Vector 2022), an English Wikipedia list article with sortable wikitables, an English Wikipedia article on the
 * mobile site (Minerva), a Simple English Wikipedia article, a Miraheze community game-wiki article (legacy Vector), a
 * Bulbapedia-style fan MediaWiki species article (MonoBook-based), a Stanford Encyclopedia of Philosophy entry, a Khan
 * Academy article with its discussion, a Verywell Health article (Dotdash Meredith mntl template), a Drugs.com drug
 * information page, a CDC topic page (2024 cdc.gov template) and a Wikiwand article view.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: infoboxes (Wikipedia, Wikiwand, the Miraheze portable infobox, the fan wiki's
 * species box) and the Drugs.com generic-name / drug-class subtitle are in neither list; table data cells are body, header
 * cells (also the fan wiki's game-name cells) in neither list; the References, Notes, See also / Related pages, External
 * links / Other websites, Bibliography, Academic Tools, Other Internet Resources and Related Entries sections (heading and
 * entries) are furniture, as are hatnotes, message boxes, stub boxes, navboxes, captions and hidden short descriptions;
 * citation markers stay inside their body paragraphs; a wiki footer's "last edited" line, the SEP pubinfo line and author,
 * Verywell's "By" / "Medically reviewed by" names and date, Drugs.com's "Medically reviewed by ... Last updated" line and
 * the CDC "Last Reviewed" date are bylines; CDC's "Key points" callout is text (heading and body), while Drugs.com's
 * "Further information" boilerplate is furniture; Khan Academy's discussion is furniture (a non-discussion page);
 * tables of contents that repeat the headings are left out, and a short furniture text that is the same as, or a word of,
 * a short gold line (a heading, the title) is left out; a text repeated in several furniture places is listed once.
 */
export const HELDOUT139_PAGES: readonly TestPage[] = [...HELDOUT139_A, ...HELDOUT139_B, ...HELDOUT139_C, ...HELDOUT139_D, ...HELDOUT139_E, ...HELDOUT139_F];
