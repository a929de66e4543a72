import type { TestPage } from './page-kit.js';
import { HELDOUT497_A } from './pages-heldout497-a.js';
import { HELDOUT497_B } from './pages-heldout497-b.js';
import { HELDOUT497_C } from './pages-heldout497-c.js';
import { HELDOUT497_D } from './pages-heldout497-d.js';
import { HELDOUT497_E } from './pages-heldout497-e.js';
import { HELDOUT497_F } from './pages-heldout497-f.js';

/**
 * Held-out batch 497, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a day nursery's "About us" page
 * built with Wix, an early years inspection report summary on LocalGov Drupal (GOV.UK Frontend) with a judgements table, a
 * preschool's illness and medicines policy on WordPress (Astra with an Elementor page), a nursery's parents' newsletter in a
 * Mailchimp campaign archive (table layout), a holiday club booking page sold as a Shopify product (Dawn), a forest-school
 * preschool's blog post on Squarespace 7.1, a parents' forum thread on notice periods on Discourse (crawler view), a
 * Montessori nursery's admissions page on Webflow, a nursery group's funded-hours guide on the HubSpot CMS blog with an
 * eligibility table, a community history wiki article on MediaWiki (Vector) about an old nursery school, a nursery group's
 * news post on Ghost (Casper), and a village playgroup's term dates and fees page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a summary or dek under the h1 (the inspection lead, the Webflow hero paragraph, the
 * Ghost excerpt) is body; table data rows are body, one entry a row with the cells' texts joined by a space, and header rows
 * (th cells or a first row of bold td cells) are in neither list; a policy's "Last reviewed" line and its sign-off, a
 * newsletter's sign-off (greeting, name, role), an inspection's dates, a wiki's "last edited" line and a page's "last updated"
 * line are bylines, the inspection's reference number furniture; on a product page the price is body, while the tax note,
 * the variant legend and option labels, quantity, cart and buy buttons are furniture (form labels and buttons are furniture
 * on every page, their values in no list); a pull quote set in the post is body with its curly quotes, its attribution
 * furniture; forum posts are body and their user names and dates bylines, like counts and the related-topics table (titles,
 * counts, activity) furniture; a wiki infobox (labels and values, its header repeating the title) is furniture, its table of
 * contents numbers, edit-link brackets and the print-only "Retrieved from" footer are in no list; call-to-action bands and
 * "questions?" boxes after the article are furniture; a Mailchimp archive's preview text (hidden) is in no list, its
 * "Past Issues" bar and footer are furniture; a menu item equal to the title (Webflow's "Admissions") is left out as usual.
 */
export const HELDOUT497_PAGES: readonly TestPage[] = [...HELDOUT497_A, ...HELDOUT497_B, ...HELDOUT497_C, ...HELDOUT497_D, ...HELDOUT497_E, ...HELDOUT497_F];
