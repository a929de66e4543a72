import type { TestPage } from './page-kit.js';
import { HELDOUT579_A } from './pages-heldout579-a.js';
import { HELDOUT579_B } from './pages-heldout579-b.js';
import { HELDOUT579_C } from './pages-heldout579-c.js';
import { HELDOUT579_D } from './pages-heldout579-d.js';
import { HELDOUT579_E } from './pages-heldout579-e.js';
import { HELDOUT579_F } from './pages-heldout579-f.js';

/**
 * Held-out batch 579, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a boarding kennel's rates and
 * vaccination page on WordPress with Elementor (Hello theme, Elementor Pro header and footer, price-list widget, Complianz
 * banner), a grooming salon's price list on Squarespace 7.1 with an announcement bar and an image caption, a dog boarding
 * first-stay checklist on a free-plan Wix site with the Wix ad banner, a cattery's FAQ on Webflow with enquiry and newsletter
 * forms, a groomer's long blog post on Ghost (Casper) with a callout card, sign-up box and read-more cards, a pet shop's
 * grooming services page on Shopify (Dawn) with its hidden cart notification, a cattery's rates page on Weebly with a
 * multi-column layout table and the title in an h2, a country kennel's rules and vaccination table on an old table layout
 * with font tags, a pet owners' forum thread on Discourse (crawler view), a dog daycare's short evaluation page on Duda,
 * a pet resort chain's blog post on HubSpot CMS with tags, related posts and comments, and a vaccination help page on
 * Next.js with a help-topics sidebar and a feedback box.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a price list's item is body, its name and price as one entry ("Standard Run $46",
 * the spans of Elementor's price-list widget) and its description as another; a size-price line (Squarespace) and a
 * multi-column price block's price and description lines (Weebly) are body entries of their own; service names over prices
 * and the Weebly column titles are headings; a "rates effective" note is body, not a byline; table data rows are body, one
 * entry a row with the cells joined by spaces, table header cells in neither list; FAQ questions (Webflow h3) are headings
 * and their answers body; a dek or lead under the h1 (Webflow, Ghost excerpt, Next.js lead) is body; bold underlined lines
 * that head the sections of the old table layout are headings, its closing thank-you line body and its owners' signature
 * a byline; "Page last updated" and help-page "Updated" lines are bylines; a call-to-action button or link at the end of the
 * article ("Request a Reservation", "Book a grooming appointment →", "Call to Book") is furniture; a Ghost callout card
 * is body, a figure caption furniture, the reading time furniture; on Discourse every post's text is body, user names and
 * post times bylines, the post position numbers, like counts, category badges, tags and the related-topics table
 * (titles, counts, dates) furniture; under a blog post (HubSpot) commenters' names and comment dates are bylines and the
 * comment texts furniture; labels of forms outside the article are furniture, form control values and placeholders in no
 * list; text hidden by the platform's own stylesheet or markup (Webflow's w-form-done / w-form-fail messages, Shopify's
 * closed cart notification and search modal, visually-hidden spans such as Wix's "top of page" / "bottom of page" anchors)
 * is in no list; image-only links (the HubSpot CTA, logos, the visitor counter) are in no list; a furniture text that is
 * a whole word or phrase of the title, a heading or a body entry (a menu's "Home" beside "smells like home") is left out.
 */
export const HELDOUT579_PAGES: readonly TestPage[] = [...HELDOUT579_A, ...HELDOUT579_B, ...HELDOUT579_C, ...HELDOUT579_D, ...HELDOUT579_E, ...HELDOUT579_F];
