import type { TestPage } from './page-kit.js';
import { HELDOUT636_A } from './pages-heldout636-a.js';
import { HELDOUT636_B } from './pages-heldout636-b.js';
import { HELDOUT636_B2 } from './pages-heldout636-b2.js';
import { HELDOUT636_C } from './pages-heldout636-c.js';
import { HELDOUT636_C2 } from './pages-heldout636-c2.js';
import { HELDOUT636_D } from './pages-heldout636-d.js';
import { HELDOUT636_E } from './pages-heldout636-e.js';
import { HELDOUT636_F } from './pages-heldout636-f.js';

/**
 * Held-out batch 636, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a spinning wheel hire page on
 * Squarespace 7.1 with an accordion FAQ and a newsletter block, a natural dye workshop page built with Wix with its free-plan ad
 * bar and booking button, a long loom buying guide on WordPress (GeneratePress) with a comparison table, sidebar and comments,
 * an alum mordanting article in a Shopify (Dawn) shop's journal, a Discourse topic (crawler view) about a slipping drive band,
 * a MediaWiki (Vector 2022) article on the rigid heddle loom with an infobox and references, a natural dyer's indigo vat diary
 * on Ghost (Casper) with callout and bookmark cards, a WIF import page of a weaving program's docs on Hugo (Docsy), a local news
 * article on Drupal 10 (Olivero) about a mill reopening as a spinning co-operative, with comments, a mini-mill's carding and
 * spinning service page built in Webflow with a CMS price list and a form, a loom maker's warping guide on HubSpot CMS with a
 * CTA and related posts, and a guild's fleece-washing page in an old table layout with font tags, a counter and a web ring.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or excerpt under the h1 (Wix, Ghost, Docsy, Webflow hero line) is body;
 * a workshop's facts (dates, times, price, place) shown in the page are body, and those dates are not bylines; accordion
 * questions marked up as headings (Squarespace h4) are headings, in page order after the h2 they follow, and their answers
 * are body even though the panels are collapsed by CSS; a table data row, and a CMS price-list item (name, price, note), is one
 * body entry with its cells joined by spaces, while table header cells are in no list; an admonition's label ("Note" in Docsy)
 * is furniture and its text body; code blocks are in no list, inline code is part of its paragraph; a promotional line the
 * author wrote inside the post body (Shopify's starter kit line) is body, while a bookmark card (Ghost) inside the post is
 * furniture and a HubSpot CTA inside the post body is an image with only alt text, so in no list; on the Discourse
 * topic every post is body, user names, post dates and a quote's "user:" header are bylines, the quoted text inside a post is
 * body, and post numbers, likes, category, tags and the related-topics table are furniture; comment authors and comment dates
 * under an article (GeneratePress, Drupal) are bylines, the comment texts, titles and counts furniture; a wiki's footnote marks
 * ([1]) stay in their paragraphs, the references list is body (with its "^" back-link) and its heading a heading, the infobox
 * and its caption are furniture, "This page was last edited ..." is a byline; reading times ("6 min read") are furniture; a
 * "Last modified ... (commit)" line and an old page's "Last updated:" and "by ..., Guild Librarian" lines are bylines; on the
 * old table page the h2 is the title and h3s the headings, and the counter line keeps only its text (the number is an image);
 * screen-reader-only texts (visually-hidden skip links, "Log in", "Cart", "Breadcrumb", "Main navigation") are furniture, while
 * texts that the platform's own stylesheet hides until an event (Webflow's form success and failure messages, Docsy's feedback
 * responses, MediaWiki's print footer) and texts in `hidden` elements are in no list; form labels are furniture, button
 * values of inputs are in no list; furniture texts that also occur as whole words in the title, a heading or a body entry
 * (a "Wheel Hire" menu item, "Dye Garden", "Naturally dyed yarn", "Looms" and "Projects" categories, tags repeating the title,
 * "About" where the body says "about", "Book a batch", "Meetings") are left out.
 */
export const HELDOUT636_PAGES: readonly TestPage[] = [
  ...HELDOUT636_A,
  ...HELDOUT636_B,
  ...HELDOUT636_B2,
  ...HELDOUT636_C,
  ...HELDOUT636_C2,
  ...HELDOUT636_D,
  ...HELDOUT636_E,
  ...HELDOUT636_F,
];
