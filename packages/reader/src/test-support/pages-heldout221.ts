import type { TestPage } from './page-kit.js';
import { HELDOUT221_A } from './pages-heldout221-a.js';
import { HELDOUT221_B } from './pages-heldout221-b.js';
import { HELDOUT221_C } from './pages-heldout221-c.js';
import { HELDOUT221_D } from './pages-heldout221-d.js';
import { HELDOUT221_E } from './pages-heldout221-e.js';
import { HELDOUT221_F } from './pages-heldout221-f.js';

/**
 * Held-out batch 221, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a town council's meeting minutes
 * on a CivicPlus CivicEngage site, a neighbourhood association's newsletter post on WordPress (GeneratePress), a public
 * Nextdoor post with replies, a county sheriff's press release on a Drupal 10 county site, a school district announcement on
 * Finalsite, a public works road-closure notice on Granicus govAccess, a mayor's post on Substack, a community garden's post
 * on Blogger (Simple theme), a dataset page on a CKAN 2.10 open-data portal, a 311 service page on a USWDS Drupal site, a
 * county clerk's election results explainer on WordPress with Divi, and a residents' forum thread on XenForo 2.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle, summary or lead paragraph under the title is body; table data
 * cells are body; FAQ question headings (h3, or Divi toggle h5 titles) are headings and their answers body, collapsed or
 * not; in-body promos (subscribe widgets, share and download buttons, dues buttons, 311 alert and summary boxes, "FOR
 * IMMEDIATE RELEASE", "###") are furniture; a press release's media contact block, a CKAN dataset's resource list, tags
 * and "Additional Info" table, and forum quotes with their "said:" lines are in neither list; minutes' sign-off lines are
 * body; on Nextdoor the neighborhood label by each name is furniture; a furniture text identical to the title (the Blogger
 * archive entry for the post, the 311 side-nav entry for the page) is left out.
 */
export const HELDOUT221_PAGES: readonly TestPage[] = [...HELDOUT221_A, ...HELDOUT221_B, ...HELDOUT221_C, ...HELDOUT221_D, ...HELDOUT221_E, ...HELDOUT221_F];
