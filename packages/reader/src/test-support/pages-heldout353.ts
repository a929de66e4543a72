import type { TestPage } from './page-kit.js';
import { HELDOUT353_A } from './pages-heldout353-a.js';
import { HELDOUT353_B } from './pages-heldout353-b.js';
import { HELDOUT353_C } from './pages-heldout353-c.js';
import { HELDOUT353_D } from './pages-heldout353-d.js';
import { HELDOUT353_E } from './pages-heldout353-e.js';
import { HELDOUT353_F } from './pages-heldout353-f.js';

/**
 * Held-out batch 353, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a UK district council's bin-collection
 * service page on LocalGov Drupal (short main text with a table), a planning application's summary page on Idox Public Access
 * (a data page), a committee's minutes on ModernGov, a US city's News Flash on CivicPlus CivicEngage, a city council agenda in
 * the Granicus AgendaViewer (a listing), a mayor's press release on Sitefinity, a parish council's newsletter built with the
 * Squarespace page builder, a resident parking permit guide on the GOV.UK Design System, a town's road-closure notice on Joomla
 * (Cassiopeia), a county's notice of public hearing on a Drupal site with the U.S. Web Design System, a consultation overview on
 * Delib Citizen Space, and a small town's news post on WordPress (Twenty Twenty-One) with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on data pages (Idox's details table, the bin and permit tables, the press release's
 * funding table) the data cells are body and the row labels and header cells are furniture or in neither list; the planning
 * reference is left out of the body because the h1 already holds it; the Idox "Commenting on this application" box is body
 * (it is the page's only prose) and its heading furniture; minutes' item titles and agenda section headings are headings, the
 * agenda's numbered items body, its meeting date and time a byline and the ADA notice furniture; the ModernGov venue, contact
 * and attendance lines are furniture; a press release's lead paragraph (Sitefinity summary) is body, its "-30-" end mark and
 * media contact box furniture; the newsletter's issue number and the clerk's sign-off are bylines, while the public notice's
 * signature line (Clerk to the Board) is body as part of the legal text; "Last reviewed", "Last updated", "Posted", "Published"
 * and consultation open / close dates are bylines; category, hits, notice type and hearing date lines are furniture.
 */
export const HELDOUT353_PAGES: readonly TestPage[] = [...HELDOUT353_A, ...HELDOUT353_B, ...HELDOUT353_C, ...HELDOUT353_D, ...HELDOUT353_E, ...HELDOUT353_F];
