import type { TestPage } from './page-kit.js';
import { HELDOUT393_A } from './pages-heldout393-a.js';
import { HELDOUT393_B } from './pages-heldout393-b.js';
import { HELDOUT393_C } from './pages-heldout393-c.js';
import { HELDOUT393_D } from './pages-heldout393-d.js';
import { HELDOUT393_E } from './pages-heldout393-e.js';
import { HELDOUT393_F } from './pages-heldout393-f.js';

/**
 * Held-out batch 393, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a EurekAlert-style news release
 * with its embargo notice, journal box and media-contact box, a Phys.org-style article with its editors' notes, "More
 * information", "Journal information", "Provided by" and citation lines, a ScienceDaily-style story with its Date / Source /
 * Summary box, Story Source, Journal Reference and Cite This Page, a The Conversation-style article with inline "Read more"
 * promos and its disclosure statement, a Quanta-style feature saved from its Next.js front end with reader comments, a
 * university press office release built with the Elementor page builder, a research institute's news story on TYPO3 with a
 * table and contact box, a MedicalXpress-style report saved from its AMP page, a New Scientist-style news story, a
 * Futurity-style summary on WordPress, an AlphaGalileo-style release with a short main text on an ASP.NET WebForms page, and
 * a science magazine's Q&A interview on Ghost.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek, teaser or "Summary:" text written for the story (ScienceDaily,
 * Quanta, the TYPO3 institute, New Scientist, the Ghost excerpt) is body, its label furniture; press-release metadata (embargo
 * notices, journal / DOI / method boxes, "More information", "Journal information", "Provided by", "Story Source", journal
 * references, citations, keyword / region / subject tables, attached files) is furniture, and so are media-contact boxes
 * and The Conversation's disclosure and partners statements; the issuing institution shown as the release's author (the
 * EurekAlert institution line, Phys.org's and MedicalXpress's "by ..." line, ScienceDaily's Source value, AlphaGalileo's
 * organisation line) is a byline, as are dates, "Release date:" lines and an author's role line under the name; reading
 * time and share counts are furniture; inline "Read more" promos and "Related:" blocks inside the body are furniture; the
 * institute's table data cells are body, its caption and header cells in neither list; on the Q&A interview the intro, the
 * bold questions and the answers are body and the closing "edited for length and clarity" note is furniture; reader comments
 * under the Quanta feature are furniture; a text shown twice on a page (a date, a menu word) is listed once.
 */
export const HELDOUT393_PAGES: readonly TestPage[] = [...HELDOUT393_A, ...HELDOUT393_B, ...HELDOUT393_C, ...HELDOUT393_D, ...HELDOUT393_E, ...HELDOUT393_F];
