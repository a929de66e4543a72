import type { TestPage } from './page-kit.js';
import { HELDOUT635_A } from './pages-heldout635-a.js';
import { HELDOUT635_B } from './pages-heldout635-b.js';
import { HELDOUT635_C } from './pages-heldout635-c.js';
import { HELDOUT635_D } from './pages-heldout635-d.js';
import { HELDOUT635_E } from './pages-heldout635-e.js';
import { HELDOUT635_F } from './pages-heldout635-f.js';

/**
 * Held-out batch 635, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a stained glass studio's leaded
 * window restoration page on WordPress (Divi builder, fullwidth header, side blurbs, testimonial band, Cookie Notice bar), a
 * glassblowing taster session sold as a Shopify (Dawn) product with price, date options and "You may also like", a wedding
 * calligraphy price page on Squarespace 7.1 (fluid engine, enquiry form, newsletter block, cookie banner), a calligraphy blog
 * post on Ghost (Casper) with tag, byline, callout card, member sign-up and "Read more" cards, a short stained glass "How a
 * window is made" page on Wix with the free-plan Wix ad, a hot glass studio FAQ on Webflow with a newsletter form and its
 * success / error messages, a glass guild wiki article on lead came on MediaWiki (Vector 2022, infobox, references,
 * categories), a Discourse forum thread (crawler view) on dull solder joints with four posts and related topics, a
 * calligrapher's post on nibs on Hugo (PaperMod, table of contents, comparison table, prev / next), a glass supplier's
 * annealing post on HubSpot CMS (schedule table, CTA, tags, related posts, comment form, cookie banner), a stained glass
 * commissions page on an old table layout (font tags, bold title without a heading element, hit counter), and a heritage
 * trust news article on a church window conservation on Drupal 10 (Olivero) with tags and two comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Divi header text, Ghost excerpt, PaperMod
 * description, Webflow hero paragraph) is body; product and service pages are kind "blog" and their description is the
 * article, while the product price, tax note, variant and quantity pickers, cart buttons and recommendations are furniture;
 * price lines of a price list are body items; table data rows are body, one entry a row with its cells joined by spaces,
 * and a table's header row (th cells or a first row of bold td labels, as HubSpot writes it) is in no list; a wiki infobox
 * (labels and values) is furniture, the wiki's reference list entries are body under their "References" heading and
 * footnote markers stay in the paragraph text; FAQ questions written as h3 are headings and their answers body (the
 * answers are in the DOM at height 0 until opened); a Ghost callout card and a blockquote inside the post are body; in
 * the table layout the bold "Recent commissions" line is a heading and its bullet lines (with their "•") body; a
 * customer testimonial in a separate band after the article, side blurbs beside it and image captions are furniture;
 * form questions and labels (enquiry, comment and newsletter forms) are furniture, form control values and placeholders
 * in no list; screen-reader-only texts (skip links, visually-hidden labels such as "Log in", "Cart", "Breadcrumb") and
 * texts hidden only by a stylesheet (Webflow form success / error messages, MediaWiki's print-only "Retrieved from" line)
 * are furniture, while elements with the hidden attribute or aria-hidden are in no list; bare numbers (table of contents
 * numbers, reply and view counts) are in no list; the PaperMod meta line (date · reading time · author) is one byline,
 * the Ghost reading time and Discourse like counts furniture; MediaWiki's "last edited" line and the table layout's "Site
 * last updated" line are bylines; comment authors and dates under a news article are bylines, the comment texts
 * furniture; Discourse posts are body with user names and post dates as bylines; menu items, tags and breadcrumbs equal to
 * a word or phrase of the title or body (Pricing, Restoration, Shop, Visit, Gallery, About, Conservation, Little Marrow,
 * solder, nibs) are left out of furniture.
 */
export const HELDOUT635_PAGES: readonly TestPage[] = [...HELDOUT635_A, ...HELDOUT635_B, ...HELDOUT635_C, ...HELDOUT635_D, ...HELDOUT635_E, ...HELDOUT635_F];
