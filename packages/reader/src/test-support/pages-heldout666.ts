import type { TestPage } from './page-kit.js';
import { HELDOUT666_A } from './pages-heldout666-a.js';
import { HELDOUT666_B } from './pages-heldout666-b.js';
import { HELDOUT666_C } from './pages-heldout666-c.js';
import { HELDOUT666_D } from './pages-heldout666-d.js';
import { HELDOUT666_E } from './pages-heldout666-e.js';
import { HELDOUT666_F } from './pages-heldout666-f.js';

/**
 * Held-out batch 666, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hospice's sponsored night walk
 * page built with Elementor on WordPress (Hello Elementor, CookieYes banner), a Hospice at Home care services page on Drupal 10
 * with a section menu and a newsletter box, a bereavement support volunteer role page on Squarespace 7.1 with a quote block and
 * a cookie banner, a short children's hospice fun run page built with Wix, a hospice charity shop's blog article on Shopify
 * (Dawn) with comments and a comment form, a hospice news post on Ghost (Casper) with a members box and read-more cards, a
 * sponsored skydive event page on Webflow with a facts grid and FAQ toggles, a long corporate partnership page on HubSpot CMS
 * with a tier table, a form and the HubSpot cookie banner, a charity shop volunteer role page on Next.js with a facts sidebar,
 * related roles and a OneTrust banner, a Discourse forum thread about training for a hospice trek, an open gardens weekend page
 * of a hospice friends' group in an old table layout with a hit counter, and a complementary therapies page on Joomla 5
 * (Cassiopeia) with article info, previous / next links and sidebar cards.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an intro or summary paragraph under the h1 is body; an event's or role's key facts
 * shown in the article's flow (the Elementor icon list, the Squarespace "Role at a glance" list, the Webflow facts grid under
 * the hero) are body, one entry a fact with its label ("Dates Any weekend, April to October 2027" where label and value sit in
 * two elements), while a facts card in a sidebar beside the article (the Next.js "Role details" card) is furniture; FAQ
 * questions written as toggle texts (not headings) and their collapsed answers (height 0, not hidden) are body; testimonial
 * and pull quotes inside the article are body with their attribution (one entry when in the same element, the Squarespace
 * figcaption source its own entry); table data rows are body, one entry a row with the cells joined by spaces, header cells
 * in neither list; call-to-action buttons and boxes (Sign up now, Register, Donate, Apply now, "Can't make the night?") are
 * furniture, as are kicker labels above the h1 (Challenge event, Volunteer role, the Ghost tag); every date on the page is a
 * byline, including comment dates and the dates on read-more cards, and comment authors' names are bylines while the comment
 * texts are furniture; on the forum thread every post is body (list items one entry each) and the user names and post dates
 * are bylines, the tags, sidebar, reply counts and suggested topics furniture; text of visually-hidden (screen-reader-only)
 * elements such as skip links, Drupal's hidden h2 labels and Joomla's previous / next article labels is furniture, text in
 * elements with the hidden attribute, display:none or closed details is in no list; a page-last-reviewed / last-updated
 * line and Joomla's "Written by" and "Published" lines are bylines, its "Hits" and "Category" lines furniture; the hit counter
 * and its label are furniture; a menu or tag text that is a word or phrase of the title or body (Events, Bridal, About,
 * Our Care, Home, Shops) is left out of furniture.
 */
export const HELDOUT666_PAGES: readonly TestPage[] = [...HELDOUT666_A, ...HELDOUT666_B, ...HELDOUT666_C, ...HELDOUT666_D, ...HELDOUT666_E, ...HELDOUT666_F];
