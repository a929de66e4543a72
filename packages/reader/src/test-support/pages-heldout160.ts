import type { TestPage } from './page-kit.js';
import { HELDOUT160_A } from './pages-heldout160-a.js';
import { HELDOUT160_B } from './pages-heldout160-b.js';
import { HELDOUT160_C } from './pages-heldout160-c.js';
import { HELDOUT160_D } from './pages-heldout160-d.js';
import { HELDOUT160_E } from './pages-heldout160-e.js';
import { HELDOUT160_F } from './pages-heldout160-f.js';

/**
 * Held-out batch 160, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Stars and Stripes news story,
 * a Gulf News story, an Arab News story (Drupal), an ITV News regional story, an RNZ (Radio New Zealand) story, a Korea
 * Herald story, a Sports Illustrated team-site story (Minute Media), a Guardian football match report, a PolitiFact
 * fact-check, a Snopes fact-check, a Wikinews article (MediaWiki Vector) and an obituary on a local newspaper's Legacy.com
 * page. Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or subtitle (also one written as h2 elements in list items)
 * is body; a bold intro paragraph at the top of the body is body; a dateline that opens the first paragraph ("RIYADH:",
 * "Dubai:") stays in that paragraph (body); a reporter's e-mail line at the end of the text is a byline; a video caption
 * naming the reporter ("Video report by ...") is a byline; in fact-checks the claim, a "short on time" summary's points and
 * a context note are body while the rating words, the "Sources" / "Our Sources" sections and their entries are in neither
 * list; Wikinews's "Sources" heading and citations are in neither list; an obituary's life dates and place under the name
 * are in neither list and its guest book entries are furniture; a match report's scoreboard (teams, scores, scorers) is
 * furniture; "Related:" / "Read more:" lines and end-of-article link lists inside the body are furniture; a text that
 * appears in several furniture places is listed once.
 */
export const HELDOUT160_PAGES: readonly TestPage[] = [...HELDOUT160_A, ...HELDOUT160_B, ...HELDOUT160_C, ...HELDOUT160_D, ...HELDOUT160_E, ...HELDOUT160_F];
