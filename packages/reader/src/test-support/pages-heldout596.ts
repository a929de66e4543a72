import type { TestPage } from './page-kit.js';
import { HELDOUT596_A } from './pages-heldout596-a.js';
import { HELDOUT596_B } from './pages-heldout596-b.js';
import { HELDOUT596_C } from './pages-heldout596-c.js';
import { HELDOUT596_D } from './pages-heldout596-d.js';
import { HELDOUT596_E } from './pages-heldout596-e.js';
import { HELDOUT596_F } from './pages-heldout596-f.js';

/**
 * Held-out batch 596, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an archery club's have-a-go page
 * built with Wix (with the free-plan Wix ads banner and consent banner), a shooting ground's range safety rules page on
 * WordPress (GeneratePress) with a sidebar, an archery club's competition results article with three results tables on Joomla 4
 * (Cassiopeia), a beginners' draw-weight thread on a Discourse forum (crawler view) with related topics, a clay school's lessons
 * page on Squarespace 7.1 (Fluid Engine) with prices and a testimonial, a field archery rounds article on a MediaWiki club wiki
 * (Vector 2022) with a table, a gun shop's blog post about a new high tower layout on Shopify (Dawn) with comments, a clay
 * club's Sunday results page in an old FrontPage table layout, an archery club's AGM news article on Drupal 10 (Olivero) with a
 * comment, a clay coach's blog post on Ghost (Casper) with signup box and read-more cards, a shooting ground's plan-your-visit
 * page with FAQs on Webflow, and a county archery association's handicap tables page on Hugo (Docsy).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or lead under the h1 (Squarespace, Ghost, Docsy) is body; table data rows are
 * one body entry each, their cells joined by a space, and table header cells are in neither list (outside the article, as in
 * Discourse's related-topics table, header and cells are furniture); on the table-layout page, which has no h-tags, the big bold
 * line is the title and the bold section lines (High Gun, Class Winners, Next Shoot) are headings; FAQ questions in h3 are
 * headings and their answers body; a Docsy alert's "Note" h4 inside the article is a heading and its text body; price lists and
 * date lists in a page's content are body; a testimonial quote block on a service page is body, quotation marks included, and
 * so is its attribution line; call-to-action buttons inside or below the content (Book Your Place, Book a Lesson, Book Online)
 * are furniture; an italic caption paragraph under an image in a post body is a caption, so furniture; a "Last reviewed by ..."
 * line, Docsy's "Last modified ..." line, MediaWiki's "This page was last edited ..." and a table-layout "Page last updated"
 * line are bylines; comments under an article are furniture, while their author names and dates are bylines; on the forum
 * thread every post is body, user names and post times are bylines, and like counts, post position numbers, the category
 * badge and tags are furniture; reading time ("5 min read") is furniture, and so are the dates and reading times of read-more
 * cards; MediaWiki's hatnote, "From ..." tagline, edit links, page tabs, contents list and categories are furniture; form
 * labels (comment form, mailing list) are furniture, while placeholders and submit-button values (attributes) are in no list,
 * and Webflow's form success and failure messages, hidden by the site's CSS, are in no list; visually hidden screen-reader
 * texts (Joomla's previous / next article titles, Shopify's Log in and Cart, Drupal's Main navigation) are in no list, but
 * skip links are furniture as usual; menu items, tags and category names whose words also occur in the title or body
 * (Have-a-Go, Lessons, Results, Records, Members, Beginners, Shoot, Page, Classifications...) are left out of furniture.
 */
export const HELDOUT596_PAGES: readonly TestPage[] = [...HELDOUT596_A, ...HELDOUT596_B, ...HELDOUT596_C, ...HELDOUT596_D, ...HELDOUT596_E, ...HELDOUT596_F];
