import type { TestPage } from './page-kit.js';
import { HELDOUT222_A } from './pages-heldout222-a.js';
import { HELDOUT222_B } from './pages-heldout222-b.js';
import { HELDOUT222_C } from './pages-heldout222-c.js';
import { HELDOUT222_D } from './pages-heldout222-d.js';
import { HELDOUT222_E } from './pages-heldout222-e.js';
import { HELDOUT222_F } from './pages-heldout222-f.js';

/**
 * Held-out batch 222, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a BabyCenter health article
 * (docs), a What to Expect community thread (forum), a Netmums news article (news), a parenting blog post on WordPress with
 * Kadence (blog), a school's principal newsletter post on a Finalsite district site (news), a children's hospital health
 * library page on Drupal (docs), a Fatherly article (news), a Common Sense Media movie review (blog), a childcare
 * provider's Elementor blog post (blog), a PBS KIDS for Parents article (docs), a family travel blog post on GeneratePress
 * (blog) and a regional parents' forum thread on XenForo 2 (forum).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or review one-liner is body; a newsletter's salutation and
 * sign-off are body; a dates table's data cells are body; an emergency callout at the top of a health page is body, an
 * affiliate or disclosure notice is furniture; call-to-action, booking, episode tie-in and "Read more"/"Related" boxes inside
 * the article text are furniture; a pull quote repeating a body sentence is in neither list; a review's content-grid
 * descriptions are body and their labels furniture; quoted posts in forum replies (with their "said:"/"wrote:" labels) are
 * in neither list; a table of contents repeating the headings is left out, its title furniture.
 */
export const HELDOUT222_PAGES: readonly TestPage[] = [...HELDOUT222_A, ...HELDOUT222_B, ...HELDOUT222_C, ...HELDOUT222_D, ...HELDOUT222_E, ...HELDOUT222_F];
