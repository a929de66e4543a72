import type { TestPage } from './page-kit.js';
import { HELDOUT576_A } from './pages-heldout576-a.js';
import { HELDOUT576_A2 } from './pages-heldout576-a2.js';
import { HELDOUT576_B } from './pages-heldout576-b.js';
import { HELDOUT576_B2 } from './pages-heldout576-b2.js';
import { HELDOUT576_C } from './pages-heldout576-c.js';
import { HELDOUT576_D } from './pages-heldout576-d.js';
import { HELDOUT576_E } from './pages-heldout576-e.js';
import { HELDOUT576_F } from './pages-heldout576-f.js';

/**
 * Held-out batch 576, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a touring park's pitch prices page
 * built with Elementor on the Hello theme (TablePress tables, Complianz cookie banner, a call-to-action box), a glamping site's
 * rules page on Squarespace 7.1 (announcement bar, newsletter block), a holiday park's local area guide, a blog post on WordPress
 * GeneratePress with a sidebar, post navigation and comments, a yurt site's accommodation page built with Wix (free-plan ad
 * banner), a cabin site's "good to know" FAQ page built with Webflow (rich text block, newsletter form), a campsite shop's
 * journal article on Shopify's Dawn theme with a comment form, a dune campsite's news post on Ghost (Casper) with a callout
 * card and read-more cards, a touring forum thread in Discourse's crawler view with a quoted reply and related topics, a local
 * wiki's article on a holiday park on MediaWiki (Vector legacy) with an infobox, contents box and references, a family
 * campsite's tariff page in an old table layout with font tags, a council campsite's booking and charges page on LocalGov
 * Drupal with a related-links sidebar, and a glamping listing on a Next.js booking marketplace with a booking panel, reviews
 * and similar sites.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined by a space; table header
 * cells (a `<thead>` row, or the bold first row of the old table layout) are in no list, and a table `<caption>` is furniture
 * like a figure caption; on the old table layout page the big bold line is the title and the bold lines standing alone above
 * each table are headings, and the bold "Please note:" lead-in is a body entry; a dek or summary under the h1 (Ghost excerpt,
 * Webflow hero paragraph, LocalGov summary) is body; FAQ questions marked up as headings are headings, their answers body;
 * a listing's unit names (h3) are headings and its unit facts line with the price is body, as are the prices under each yurt
 * on the Wix page; a listing's facilities and "things to know" lists are body, while its rating, review count, reviews, booking
 * panel (price, field labels, button, note) and similar-site cards are furniture, and its "Hosted by" line is a byline; a
 * call-to-action box inside the page content (Elementor "Ready to book your pitch?", Webflow "Still wondering?") is furniture
 * and its heading is not a heading; a Ghost callout card is body and its emoji in no list; a sign-off that is only a name
 * (Squarespace "Ros & Idris") is a byline, while a closing sentence ending with the writer's name is body; comments under an
 * article (GeneratePress) are furniture, their authors and dates included, and comment-form labels are furniture; on the
 * forum thread the posts and the quoted text inside a reply are body, user names, post dates and the quote's "CaravanCath:"
 * attribution are bylines, and post numbers, like counts, tags, category badge and the related-topics table (headers included)
 * are furniture; Ghost's reading time and the dates and reading times of read-more cards are furniture; on the wiki the
 * references heading is a heading and the reference texts are body, footnote markers ([1]) and the ↑ backlinks and edit
 * brackets are in no list, the infobox labels and values and the contents box (its numbers; its entries repeat the headings)
 * are furniture, the "last edited" line is a byline; text the template hides only with its stylesheet (MediaWiki's siteSub,
 * printfooter, "Navigation menu" and the personal-tools, navigation and search portlet headings; Webflow's form success and
 * failure messages; visually-hidden screen-reader labels) is in no list, while skip links and jump links are furniture; the
 * Wix "top of page" / "bottom of page" anchors are in no list (visually hidden); an `<option>` shown in a select is a form
 * control value and in no list; the hit counter's number is an image and in no list.
 */
export const HELDOUT576_PAGES: readonly TestPage[] = [
  ...HELDOUT576_A,
  ...HELDOUT576_A2,
  ...HELDOUT576_B,
  ...HELDOUT576_B2,
  ...HELDOUT576_C,
  ...HELDOUT576_D,
  ...HELDOUT576_E,
  ...HELDOUT576_F,
];
