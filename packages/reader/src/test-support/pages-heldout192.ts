import type { TestPage } from './page-kit.js';
import { HELDOUT192_A } from './pages-heldout192-a.js';
import { HELDOUT192_B } from './pages-heldout192-b.js';
import { HELDOUT192_C } from './pages-heldout192-c.js';
import { HELDOUT192_D } from './pages-heldout192-d.js';
import { HELDOUT192_E } from './pages-heldout192-e.js';
import { HELDOUT192_F } from './pages-heldout192-f.js';

/**
 * Held-out batch 192, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Lancet research article page,
 * an NEJM original article page, a BMJ news story, a Cochrane plain-language summary page, a JAMA Network Open original
 * investigation page, an eLife digest page, a Frontiers original research article page, an MDPI article page, a ScienceDaily
 * story, a Medical Xpress story, a Cell Press (Cell Reports) article page and a PNAS research article page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a journal article's structured abstract, Key Points, Highlights, Significance and
 * "Research in context" panels are body, their box titles and h3 parts headings, and bold run-in labels ("Question",
 * "Methods:") stay part of their paragraphs; table data cells are body, table captions and figure captions furniture;
 * authors, investigator-group lines, "Edited by" / "Reviewed by" / "Academic Editor" credits, "edited by ... reviewed by"
 * lines, a news release's "Source:" institution and publication and issue dates are bylines; affiliations, correspondence
 * lines, issue/volume and DOI lines, keywords, citation blocks, funding and disclosure notes, back-matter notes (data
 * availability, acknowledgments, contributions, competing interests), "More information" / "Provided by" / "Story Source"
 * blocks and editorial-process notices are furniture; a news dek or ScienceDaily "Summary" is body; a Cochrane page's review
 * title (h1) is the title and its plain-language title (h2) a heading; "Table of contents" links that repeat headings are left
 * out of the furniture.
 */
export const HELDOUT192_PAGES: readonly TestPage[] = [...HELDOUT192_A, ...HELDOUT192_B, ...HELDOUT192_C, ...HELDOUT192_D, ...HELDOUT192_E, ...HELDOUT192_F];
