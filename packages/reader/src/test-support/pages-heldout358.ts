import type { TestPage } from './page-kit.js';
import { HELDOUT358_A } from './pages-heldout358-a.js';
import { HELDOUT358_B } from './pages-heldout358-b.js';
import { HELDOUT358_C } from './pages-heldout358-c.js';
import { HELDOUT358_D } from './pages-heldout358-d.js';
import { HELDOUT358_E } from './pages-heldout358-e.js';
import { HELDOUT358_F } from './pages-heldout358-f.js';

/**
 * Held-out batch 358, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a primary school's weekly
 * newsletter on a PrimarySite-style school website, a school district's board meeting news post on Finalsite, a
 * headteacher's blog post on WordPress with GeneratePress and comments, a snow day closure notice on an Apptegy-style
 * district site rendered by Nuxt (short main text), a prep school's term dates page built with Squarespace 7.1 blocks, a
 * Nutrislice-style school lunch menu page with its short notes (a data page), a PTA's fundraising post on a Wix blog, an
 * Ofsted-style inspection report summary on a GOV.UK Design System service, a class blog post on Edublogs / CampusPress with
 * pupils' comments, a PE department's sports report on a new Google Sites page, a ParentSquare-style school message saved
 * as its public post page, and a secondary school's admissions guide on Drupal 10 with the Olivero theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: data table cells inside the article (attendance, budget, results, key dates,
 * inspection judgements) are body, with a table's caption and row header cells body and its column header cells in neither list; on the lunch menu
 * the food item names are body and the day names headings, while the calorie counts are furniture; the inspection page's
 * key facts summary list (URN, local authority...) is furniture and its "Inspection dates", "Published" and "Lead
 * inspector" lines are bylines; a report's "Report by ..." line written inside a Google Sites text box is a byline; a
 * message's greeting and sign-off written inside the message body ("Dear ... Families", "Warmly, Dr. Fisk") are body,
 * while the sender name and role shown by the app are byline and furniture; a pull quote or block quote inside the
 * article is body; figure and gallery captions are furniture; comments on articles and class blog posts, with their
 * names and dates, are furniture; a Drupal "Last reviewed" label is furniture and its date a byline; a text that occurs
 * twice on a page (a rail title repeated in the menu) is listed once.
 */
export const HELDOUT358_PAGES: readonly TestPage[] = [...HELDOUT358_A, ...HELDOUT358_B, ...HELDOUT358_C, ...HELDOUT358_D, ...HELDOUT358_E, ...HELDOUT358_F];
