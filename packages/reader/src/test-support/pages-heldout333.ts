import type { TestPage } from './page-kit.js';
import { HELDOUT333_A } from './pages-heldout333-a.js';
import { HELDOUT333_B } from './pages-heldout333-b.js';
import { HELDOUT333_C } from './pages-heldout333-c.js';
import { HELDOUT333_D } from './pages-heldout333-d.js';
import { HELDOUT333_E } from './pages-heldout333-e.js';
import { HELDOUT333_F } from './pages-heldout333-f.js';

/**
 * Held-out batch 333, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Beehiiv post page with a
 * sponsor block and "Keep Reading" cards, a Buttondown archive email, a Mailchimp campaign archive page (archive bar, table
 * layout with inline styles, "View this email in your browser", mailing-address and unsubscribe footer), a Kit (ConvertKit)
 * public broadcast page, a Ghost (Casper) newsletter post with the members sign-up CTA, a Campaign Monitor web version, a
 * Revue-style issue archive of link items, a TinyLetter-style plain letter, a local newsroom's daily briefing newsletter
 * archive in an Axios Local-style Next.js template with bold-lead bullets, a company's internal newsletter on Sendinblue
 * (Brevo) as its mirror page, a Substack-like digest issue with many short linked items and comments, and a Patreon post
 * page in Next.js / styled-components markup with comments and membership tiers.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an email's h1 (or a mirror page's subject h1) is the title, and the email's
 * subtitle / preview text / excerpt is furniture; a greeting ("Dear all,", "Hi friend,") and a closing salutation that
 * carries the writer's first name ("Talk soon, Philippa") are body, while a separate sign-off line that names the writer
 * ("— Ned Farraday", "Gwen Ashby-Lowe, Managing Director") is a byline, as are a creator's or publication's name where it
 * stands as the post's author (Kit, Patreon); the data cells of a table in the article are body, its header cells in
 * neither list; in link digests (Revue, Substack) the item titles that the template sets as h2 / h3 are headings, the
 * items' texts with their links are body, and the source domains under each item are furniture; in the daily briefing the
 * bold leads ("Why it matters:") stay inside their bullet's body text; sponsor blocks, "Go deeper" links, "View in browser"
 * lines, unsubscribe and mailing-address lines, share and like counts' labels, comments on posts and their authors are
 * furniture; bare counts (likes, comments) and relative comment times ("2d") are in neither list.
 */
export const HELDOUT333_PAGES: readonly TestPage[] = [...HELDOUT333_A, ...HELDOUT333_B, ...HELDOUT333_C, ...HELDOUT333_D, ...HELDOUT333_E, ...HELDOUT333_F];
