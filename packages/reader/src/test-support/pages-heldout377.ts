import type { TestPage } from './page-kit.js';
import { HELDOUT377_A } from './pages-heldout377-a.js';
import { HELDOUT377_B } from './pages-heldout377-b.js';
import { HELDOUT377_C } from './pages-heldout377-c.js';
import { HELDOUT377_D } from './pages-heldout377-d.js';
import { HELDOUT377_E } from './pages-heldout377-e.js';
import { HELDOUT377_F } from './pages-heldout377-f.js';

/**
 * Held-out batch 377, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ArchivesSpace public
 * interface collection page, a Koha OPAC catalogue record, a WorldCat-style record in Next.js / MUI markup, an ArcLight finding
 * aid rendered from EAD with series descriptions, a CONTENTdm digital collections item (a letter with its transcript), an
 * Islandora 2 object page on Drupal's Olivero theme, an AtoM fonds description in ISAD(G) areas, an Omeka S exhibit page on
 * the Foundation theme, a special collections blog post on WordPress (Twenty Twenty-One) with comments, a reading room guide
 * on LibGuides, a HathiTrust-style full catalog record, and an oral history interview in an OHMS-style viewer.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on catalogue and archival records the prose notes (summary, scope and contents,
 * biographical / historical, arrangement, access and use notes, contents lists, description and transcript fields) are
 * body, and the short data fields (creator, dates, extent, publisher, ISBN, identifiers, language, subjects) with their
 * labels are in neither list, as are field labels of prose notes shown in a table cell or a label span (CONTENTdm, Koha,
 * WorldCat, HathiTrust, Islandora); the author of a catalogued work is not a byline of the page; the h2 / h3 headings of
 * note sections are headings (ArchivesSpace, ArcLight, AtoM areas holding prose, LibGuides boxes, WorldCat's "Summary"
 * and "Details"), while areas with data fields only (AtoM's identity area and access points) are neither; a collection
 * tree in a sidebar that repeats the series titles of the body is in neither list; an opening-hours table's rows are body
 * (day and hours as one text), its header cells neither; an Omeka exhibit's curator credit and LibGuides' "Last Updated"
 * line are bylines, the LibGuides profile box furniture; on the oral history page the transcript lines with their speaker
 * labels are the body (kind forum, the turns standing for posts), the time stamps beside them and the index segment titles
 * furniture, and the "Interviewer:" line a byline, while the interviewee line, collection and series are furniture.
 */
export const HELDOUT377_PAGES: readonly TestPage[] = [...HELDOUT377_A, ...HELDOUT377_B, ...HELDOUT377_C, ...HELDOUT377_D, ...HELDOUT377_E, ...HELDOUT377_F];
