import type { TestPage } from './page-kit.js';
import { HELDOUT658_A } from './pages-heldout658-a.js';
import { HELDOUT658_A2 } from './pages-heldout658-a2.js';
import { HELDOUT658_B } from './pages-heldout658-b.js';
import { HELDOUT658_C } from './pages-heldout658-c.js';
import { HELDOUT658_D } from './pages-heldout658-d.js';
import { HELDOUT658_E } from './pages-heldout658-e.js';
import { HELDOUT658_E2 } from './pages-heldout658-e2.js';
import { HELDOUT658_F } from './pages-heldout658-f.js';

/**
 * Held-out batch 658, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an insulation installer's grant
 * eligibility page on WordPress (Astra theme, Gutenberg blocks, CookieYes banner), a loft conversion builder's long guide to
 * conversion types built with Elementor Pro (Hello theme, survey form, Complianz banner), a loft builder's project diary post on
 * Squarespace 7.1, an insulation installer's FAQ page built with Wix, a loft studio's mansard case study on Webflow with a
 * key-facts panel and newsletter form, an insulation supplies shop's loft hatch how-to on Shopify (Dawn) with a comment form, an
 * insulation contractor's spray foam blog post on HubSpot CMS with a CTA image, tags and related posts, an installer network's
 * grant checker page on Next.js (App Router, Tailwind) with a checker form beside it, a self-builders' Discourse thread on topping
 * up loft insulation before a conversion, a trade wiki page on hip-to-gable conversions on MediaWiki (Vector 2022) with an
 * infobox and references, a trade news story on rear dormer rules on Ghost (Casper), and a family insulation firm's short cavity
 * wall page in an old table layout with font tags and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or excerpt under the h1 is body; a table's data rows are body, one entry a
 * row with its cells joined by a space, its header cells in no list; FAQ questions (Wix h3s, HubSpot's "Frequently asked" h3) are
 * headings and their answers body; a call-to-action block inside or after the article (the Astra "Check your eligibility"
 * button and phone line, Wix's "Still not sure?" section, the Ghost subscribe card) is furniture, and a HubSpot CTA that is only
 * an image is in no list; a project's key-facts panel (Webflow) and a wiki infobox are furniture, the infobox's caption row
 * repeating the title in no list; a checker or survey form's heading, labels, options and buttons are furniture, form input
 * placeholders and values in no list; a quoted client testimonial inside a project post or case study is body; forum posts are
 * body, their user names and dates bylines (each once), like counts, Reply buttons, the topic map's numbers and labels and the
 * suggested topics' titles, header cells and counts furniture; dates of other items (suggested topics, read-more cards) are bylines;
 * screen-reader-only texts (skip links, Shopify's "Log in" and "Cart", "Copy link") count as visible furniture; texts hidden by
 * the platform's own stylesheet (Webflow's w-form-done and w-form-fail messages, MediaWiki's printfooter "Retrieved from" line)
 * are in no list; a wiki's inline citation markers stay in the body text, its References heading is a heading and each
 * reference text a body entry (the ↑ back link in no list), its edit links, contents box, page tabs, categories and footer
 * furniture, and its "last edited" line a byline; an author bio, reading time and a post's category or tag links are furniture;
 * an old table layout's bold font-tag title is the title; a menu, tag, breadcrumb, sidebar or key-fact text that also occurs as
 * whole words (case aside) in the title, a heading or a body entry is left out of furniture (Home, Loft Insulation, Bristol,
 * Rear mansard, Spray Foam, Planning, Cavity Walls and the like), though it stays in the HTML, and a text shown twice in different
 * case (Edit / edit, Replies / replies) is listed once; Shopify's aria-hidden asterisks on required fields are in no list.
 */
export const HELDOUT658_PAGES: readonly TestPage[] = [
  ...HELDOUT658_A,
  ...HELDOUT658_A2,
  ...HELDOUT658_B,
  ...HELDOUT658_C,
  ...HELDOUT658_D,
  ...HELDOUT658_E,
  ...HELDOUT658_E2,
  ...HELDOUT658_F,
];
