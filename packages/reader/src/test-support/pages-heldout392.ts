import type { TestPage } from './page-kit.js';
import { HELDOUT392_A } from './pages-heldout392-a.js';
import { HELDOUT392_B } from './pages-heldout392-b.js';
import { HELDOUT392_C } from './pages-heldout392-c.js';
import { HELDOUT392_D } from './pages-heldout392-d.js';
import { HELDOUT392_E } from './pages-heldout392-e.js';
import { HELDOUT392_F } from './pages-heldout392-f.js';

/**
 * Held-out batch 392, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests
 * and without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Chronicling
 * America-style OCR text page of one newspaper page with its viewer furniture, a Trove-style newspaper article with
 * corrected OCR text, tags and comments in Vue markup, a British Newspaper Archive-style article preview whose main text
 * is a short OCR snippet behind a register wall, a Papers Past-style newspaper article, a Google News Archive-style page
 * viewer with a clipping panel in a JavaScript app's obfuscated markup, a historical society's transcribed article on a
 * WordPress page built with Elementor, a regional newspaper's "From the Archives" republished story on an Arc XP-style
 * template, a digitised magazine article on a library's CONTENTdm-style periodicals site (transcript in the metadata
 * table), a digitised Civil War letter with its transcription on a FromThePage-style site, a parish register baptism
 * transcription on a MediaWiki genealogy wiki, a historic government gazette notice on a Gazette-style notice page, and
 * an archive's WordPress blog post quoting an old newspaper article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: OCR text is body as the platform shows it, including the page-level OCR of
 * Chronicling America where headlines of several items run inside the text (no headings; its citation h1 is the title);
 * Chronicling America's page has no byline (its date sits in the title h1 and in furniture only); Trove's "Text last
 * corrected" line and issue date are bylines, its newspaper citation and correction counts furniture; on the Papers Past
 * and British Newspaper Archive pages the citation or "Published:" line is a byline and the metadata table furniture;
 * the Google News Archive clipping's headline is the title and the viewer's newspaper name furniture; the historical
 * society's own introduction and notes are body along with the transcription; the "From the Archives" editor's note
 * inside the article body is body, the kicker and "Read more" promo furniture; on the CONTENTdm page only the Transcript
 * field's text is body, its Creator and Date values are bylines and all other metadata labels and values furniture; the
 * letter's place-and-date line, salutation and signature are body and the page's "Last edited by" line a byline; on the
 * wiki a table's data row is one body entry (its non-empty cells in order), the header cells in neither list, and the
 * page's own "Related pages" section items are body; the gazette notice's "Dated" and signature lines are body, its
 * "Published" label furniture and the date a byline; a quoted old article in a blog post is body and its citation line
 * furniture.
 */
export const HELDOUT392_PAGES: readonly TestPage[] = [...HELDOUT392_A, ...HELDOUT392_B, ...HELDOUT392_C, ...HELDOUT392_D, ...HELDOUT392_E, ...HELDOUT392_F];
