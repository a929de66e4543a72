import type { TestPage } from './page-kit.js';
import { HELDOUT548_A } from './pages-heldout548-a.js';
import { HELDOUT548_B } from './pages-heldout548-b.js';
import { HELDOUT548_C } from './pages-heldout548-c.js';
import { HELDOUT548_D } from './pages-heldout548-d.js';
import { HELDOUT548_E } from './pages-heldout548-e.js';
import { HELDOUT548_E2 } from './pages-heldout548-e2.js';
import { HELDOUT548_F } from './pages-heldout548-f.js';

/**
 * Held-out batch 548, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a farm car boot sale's information
 * page for sellers on WordPress (Astra, CookieYes banner, sidebar widgets), a craft fair's stall application page on
 * Squarespace 7.1 with a form block and newsletter footer, a short flea market dates page on Wix (free plan, Wix ads banner),
 * a village hall craft fair event page on Eventbrite with ticket box, organiser card and "More events like this", a borough
 * council's car boot rules page on LocalGov Drupal with a dates and fees table, a potter's "Markets & Fairs" page on Shopify
 * (Dawn), an old FrontPage-era table-layout car boot site with a marquee, hit counter and font tags, a Discourse thread (crawler
 * view) from a boot sale sellers' forum with related topics, a flea market trader's pricing post on Ghost (Casper) with a dek,
 * caption and read-more cards, a local history wiki article on MediaWiki (Vector legacy) about a Sunday market with infobox,
 * contents, references and categories, a harbourside flea market's stallholder rules on Webflow with an FAQ accordion, and a
 * local news story on car boot pitch prices on a Next.js news site with share bar, caption, ad slot, "Most read" rail and
 * newsletter box.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the dates, times, places and prices of the sale or fair itself (a dates list, an
 * event's "Date and time" and "Location" lines) are body, while the dates a page or post was published or edited are
 * bylines, and so are the dates of other posts on read-more cards and in a forum's related-topics table; an event page's
 * template section headings over body text (Eventbrite's "Date and time", "Location", "About this event") are headings,
 * its highlights ("6 hours", "In person"), organiser card, follower count, ticket box and price label furniture and its
 * "By <organiser>" line a byline; a dek or summary under the h1 is body; headings are heading elements only, so the
 * bold-underlined paragraph lines of the table-layout page ("PRICES", "PLEASE NOTE") are body entries; a table data row is
 * one body entry, its cells joined by spaces, header cells in neither list, while a table outside the article (Discourse's
 * related topics) is furniture, header cells included; a form's title, field labels and submit label are
 * furniture (select options and typed values in no list); FAQ questions and their answers (collapsed by the template's CSS)
 * are body entries, one each; forum posts are body, user names and post times bylines, like counts furniture; in the wiki
 * article the infobox (label and data cells, caption), contents box, "edit" links, references section (heading and items),
 * "Retrieved from" line and categories are furniture and footnote markers in no list, while "This page was last edited"
 * is a byline; a figure caption with its credit is one furniture text; reading time ("• 6 min read") and a reporter's role
 * line are respectively furniture and a byline; visually hidden labels that are rendered text (skip links, "Log in",
 * "Cart", "Main Menu") are furniture; a furniture or byline text that occurs as whole words in the title, a heading or a
 * body entry (a menu item "Sellers", "Apply", "Email", a tag "Selling") is left out, applied the same way on every page.
 */
export const HELDOUT548_PAGES: readonly TestPage[] = [
  ...HELDOUT548_A,
  ...HELDOUT548_B,
  ...HELDOUT548_C,
  ...HELDOUT548_D,
  ...HELDOUT548_E,
  ...HELDOUT548_E2,
  ...HELDOUT548_F,
];
