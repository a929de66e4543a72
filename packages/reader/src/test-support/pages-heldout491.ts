import type { TestPage } from './page-kit.js';
import { HELDOUT491_A } from './pages-heldout491-a.js';
import { HELDOUT491_B } from './pages-heldout491-b.js';
import { HELDOUT491_C } from './pages-heldout491-c.js';
import { HELDOUT491_D } from './pages-heldout491-d.js';
import { HELDOUT491_E } from './pages-heldout491-e.js';
import { HELDOUT491_F } from './pages-heldout491-f.js';

/**
 * Held-out batch 491, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a scout troop's "About the troop"
 * page on WordPress (Astra, block editor) with a CookieYes banner and a widget sidebar, a summer camp kit list on Squarespace 7.1
 * with a button block and newsletter footer, an activity badge's requirements on a scouting wiki on MediaWiki (Vector 2022) with
 * an infobox, sidebar contents and a navbox, a jamboree report on Ghost (Casper) with portal sign-up and read-more cards, a Guide
 * unit's notice to parents as a Mailchimp campaign archive page (table layout) with a term dates table, a county Scouts news
 * item on Drupal 10 (Olivero) with tags and comments, a Brownie unit page on Wix (free-plan banner, column strip, contact form),
 * a leaders' forum thread on winter camp on Discourse (crawler view, related topics table), a youth club's residential trip
 * page on Webflow with a CTA section, a leaders' handbook page on night hikes on Hugo (Docsy) with sidebar tree, page TOC and
 * feedback widget, an old FrontPage table-layout scout group page carrying a short camp report with marquee and hit counter,
 * and a scout shop's blog post on sewing badges on Shopify (Dawn) with share button, product grid and newsletter footer.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a furniture or byline text that is also part of the title, a heading or a body entry
 * (as whole words, e.g. a "Scouts" menu item when the body says "Scouts", a breadcrumb repeating the title) is left out by the
 * batch's `gold()` helper, and each distinct text is listed once; a dek, lead or summary under the h1 (Ghost excerpt, Webflow
 * hero paragraph, Docsy lead) is body; a kit list's, a requirement list's and a programme's items are body, one entry an item,
 * and a list item holding a sub-list gives its own text as one entry and each sub-item as another; a notice's greeting ("Dear
 * parents and carers,") is body and its signature block (valediction, name, role) are bylines; a data table's rows are body
 * (cells joined with spaces), its header cells in no list, while the related-topics table of the forum is furniture, its bare
 * numbers (reply and view counts) in no list, and so are the numbers of a contents list or a post's position; the MediaWiki
 * infobox (labels and values, its caption) and navbox are furniture, the sidebar contents' "Contents", "hide" and "(Top)" are
 * furniture and its entries, which repeat the headings, are left out, the "[edit]" links give "edit" as furniture, the "last
 * edited" footer line is a byline, and the printfooter ("Retrieved from"), which the skin hides on screen, is in no list; text
 * in `hidden`, `display:none` or `aria-hidden` elements (Mailchimp preview text, form success messages, Docsy feedback
 * response, the PhotoSwipe dialog) is in no list, while visually-hidden screen-reader texts (skip links, "Sticky header", the
 * Drupal "Search", "Main navigation" and "Breadcrumb" headings, Shopify's "Log in" and "Cart", Wix's "top of page" and "bottom
 * of page") are furniture; a docs callout's title ("Warning") is a heading and its text body; comments under an article
 * (author, date, subject, text, "Reply") are all furniture, while on the forum thread every post's paragraphs are body and
 * its user name, full name in brackets and post time are bylines, its like counts furniture; an author name and post date
 * are bylines, a reading time ("6 min read") furniture, and the dates and reading times on read-more cards furniture; figure
 * captions and photo credits, form labels and button labels are furniture, and the Docsy "Last modified" line with its commit
 * link is a byline; the old table page's italic "Report by ..., posted ..." line is a byline and its bold font-tag title is
 * the title although it is not a heading element; Wix's free-plan banner and Squarespace's social icon labels are furniture.
 */
export const HELDOUT491_PAGES: readonly TestPage[] = [...HELDOUT491_A, ...HELDOUT491_B, ...HELDOUT491_C, ...HELDOUT491_D, ...HELDOUT491_E, ...HELDOUT491_F];
