import type { TestPage } from './page-kit.js';
import { HELDOUT494_A } from './pages-heldout494-a.js';
import { HELDOUT494_A2 } from './pages-heldout494-a2.js';
import { HELDOUT494_B } from './pages-heldout494-b.js';
import { HELDOUT494_C } from './pages-heldout494-c.js';
import { HELDOUT494_D } from './pages-heldout494-d.js';
import { HELDOUT494_E } from './pages-heldout494-e.js';
import { HELDOUT494_E2 } from './pages-heldout494-e2.js';
import { HELDOUT494_F } from './pages-heldout494-f.js';

/**
 * Held-out batch 494, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a golf club's nine-hole course guide
 * on WordPress with the Avada theme (Fusion Builder rows, title bar with breadcrumbs, CookieYes banner), a tennis club's
 * membership page on Squarespace 7.1 (fluid engine, fee list, accordion FAQ, newsletter footer), a golf club's medal results
 * on an old hand-made table layout (font tags, left menu column, hit counter), a court-booking page on ClubSpark with its
 * rendered booking sheet, a squash club's monthly newsletter as a Mailchimp campaign archive page, a padel club's blog post on
 * Wix Blog, a golf club's history page on Drupal 10 (Olivero), a tennis club's junior coaching page on Webflow with programme
 * cards and an enquiry form, a members' forum thread on Discourse about hollow-tining the greens, a golf pro shop's journal
 * article on Shopify (Dawn) with a comment form, a tennis club's league round-up on Ghost (Casper) with a league table, and
 * a golf club's local rules on Joomla 5 (Cassiopeia) with its article info block and sidebar modules.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; a table data row is one body
 * entry, its cells joined with spaces, and an article table's header cells are in neither list (the header cells of a table
 * outside the article, Discourse's suggested topics, are furniture); a hole's stat line (par, yards, stroke index), a
 * programme card's price and a fee list's items are body, the card and FAQ titles (h3, accordion h4) headings and the
 * accordion answers body although collapsed; call-to-action buttons and links, inside the article or not (Book a Tee
 * Time, Apply to join, Book a free taster, Book a fitting session, Back to Results), are furniture; a booking sheet's courts,
 * times, slot labels and prices are furniture, the booking rules above it body; form labels and the comment form's texts are
 * furniture, form control values and placeholders in no list; screen-reader-only texts that are in the DOM (skip links,
 * "Search", "Main navigation", "Breadcrumb", "top of page", Joomla's "Previous article: ...") are furniture, while texts
 * hidden by the template (Avada's rich-snippet-hidden spans, Webflow's w-form-done / w-form-fail messages, Squarespace's
 * hidden cart and form-submission text, Mailchimp's preview text, Shopify's closed share details) are in no list; a reading
 * time next to the post date is a byline, while dates and reading times on related-post cards and a sidebar's "Updated"
 * line are furniture; the newsletter's signature name and role are bylines, its "Best wishes," sign-off furniture; on the
 * forum thread every post's text (the quoted words too) is body and the user names, full names and post dates bylines, the
 * quote's "name:" header being that user name; view, like and comment counters and tags are furniture; a "Page last updated"
 * footer line is a byline; furniture and bylines that are also words of the title, a heading or a body entry are left out by
 * the kit's settle().
 */
export const HELDOUT494_PAGES: readonly TestPage[] = [
  ...HELDOUT494_A,
  ...HELDOUT494_A2,
  ...HELDOUT494_B,
  ...HELDOUT494_C,
  ...HELDOUT494_D,
  ...HELDOUT494_E,
  ...HELDOUT494_E2,
  ...HELDOUT494_F,
];
