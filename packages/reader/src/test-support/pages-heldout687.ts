import type { TestPage } from './page-kit.js';
import { HELDOUT687_A } from './pages-heldout687-a.js';
import { HELDOUT687_B } from './pages-heldout687-b.js';
import { HELDOUT687_C } from './pages-heldout687-c.js';
import { HELDOUT687_D } from './pages-heldout687-d.js';
import { HELDOUT687_E } from './pages-heldout687-e.js';
import { HELDOUT687_F } from './pages-heldout687-f.js';

/**
 * Held-out batch 687, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an estate agent's sales listing on
 * WordPress with the Houzez theme, a letting agent's short area guide built with Wix, a long first-time landlord guide on a
 * HubSpot CMS blog, a tenant help-centre article on Zendesk Guide (Copenhagen), a quarterly sales market report with a price
 * table on Squarespace 7.1, a rents commentary on Ghost (Casper), a to-rent listing on a Next.js property portal, sales
 * particulars of a small agency on an old table layout, a tenant move-in guide on a Webflow CMS template, a landlord services
 * and fees page with price tables built with Elementor, a property auction results post with a results table and a comment on
 * Drupal 10 (Olivero), and a landlord forum thread in Discourse's crawler view.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a listing's own facts are body, one entry a block as the page groups them (the price
 * line, the address line under the h1, the "2 bedroom flat for rent" subtitle, the per-week price, each overview item, each
 * address / details / letting-details row as "Label: value", each key feature, each room with its measurements), while what the
 * platform adds around the listing is furniture (gallery counters, floorplan and brochure links, labels like "Price Reduced",
 * mortgage calculator, nearest stations, broadband, portal disclaimer, agent contact box and form, similar listings); the
 * listing's section headings (Overview, Description, Letting details, Key features...) are headings, and on the old table layout
 * the title is the bold property name (no h1) and the bold capitalised labels standing alone on a row (ACCOMMODATION, OUTSIDE,
 * DIRECTIONS) are headings; "Added on" / "Updated on" listing dates are bylines; a dek or summary under the h1 is body; table
 * data rows are body, one entry a row with its cells joined by a space, and header cells are in no list; a callout card and a
 * note box inside the article are body, while CTA buttons or images inside the body (HubSpot CTAs, Ghost bookmark card, "See
 * homes to rent" button) are furniture; on the price-table page each plan name is a heading, its price and period one body entry,
 * its features body items, its "Get started" button furniture, and the note under the tables body, while the counter and the
 * testimonial are furniture; the help-centre article's "Updated" label, relative date and author are bylines; forum posts are
 * body with usernames and post dates as bylines, and post numbers, like counts, category, tags and the related-topics table
 * furniture; comments under the auction post are furniture, their author and date bylines; text hidden by the platform's own
 * stylesheet (Webflow's form success and failure messages) is in no list, while visually-hidden Wix "top of page" / "bottom of
 * page" anchors are furniture like skip links; a nav or tag text that also appears in a short title, heading or body line is left
 * out of furniture.
 */
export const HELDOUT687_PAGES: readonly TestPage[] = [...HELDOUT687_A, ...HELDOUT687_B, ...HELDOUT687_C, ...HELDOUT687_D, ...HELDOUT687_E, ...HELDOUT687_F];
