import type { TestPage } from './page-kit.js';
import { HELDOUT532_A } from './pages-heldout532-a.js';
import { HELDOUT532_A2 } from './pages-heldout532-a2.js';
import { HELDOUT532_B } from './pages-heldout532-b.js';
import { HELDOUT532_C } from './pages-heldout532-c.js';
import { HELDOUT532_C2 } from './pages-heldout532-c2.js';
import { HELDOUT532_D } from './pages-heldout532-d.js';
import { HELDOUT532_E } from './pages-heldout532-e.js';
import { HELDOUT532_E2 } from './pages-heldout532-e2.js';
import { HELDOUT532_F } from './pages-heldout532-f.js';

/**
 * Held-out batch 532, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a design studio's case study on
 * Webflow (Finsweet cookie banner, project facts, results grid, testimonial, next project), a marketing agency's services page
 * built with Elementor on the Hello theme (counters, icon boxes, accordion FAQ, CTA band, CookieYes banner), a freelance brand
 * designer's journal post on Squarespace 7.1 (author profile, comment count, prev / next pagination), a freelance developer's
 * blog post on Ghost with the Casper theme (code card, callout, members sign-up, read-more card), a small studio's short services
 * page on Wix (free-plan ad bar, consent banner), a marketing agency's long checklist post on HubSpot CMS (CTA images, tags,
 * share bar, related posts, subscribe form), a freelance developer's post on Hugo with PaperMod (breadcrumbs, table of contents,
 * code, tags, prev / next), a product studio's case study on Next.js with Tailwind (results table, more case studies, consent
 * dialog), a Shopify agency's journal article on its own Shopify store with the Dawn theme (announcement bar, share, comments
 * and comment form, newsletter footer), a Drupal agency's insight article on Drupal 10 with Olivero (sidebar of recent insights,
 * tags, EU cookie compliance banner), a freelance WordPress developer's care-plan page on Divi (pricing tables, footer widgets,
 * Cookie Notice bar), and a web design firm's advice page in an old HTML 4 table layout (left navigation column, hit counter).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or intro line under the h1 (case study intro, services strapline, post
 * description or excerpt) is body; a case study's results (stat tiles: number and label joined by a space; a results table's
 * data rows, header cells in neither list) and its client testimonial with the attribution line are body, while its project
 * facts (client, services, year, team, timeline, sector eyebrow) are furniture; on services and pricing pages the counters are
 * body (number and label joined), icon-box and pricing-table titles (h3 / h2) are headings, a plan's subtitle, price (as
 * "£45/month") and every feature line, including ones marked not available, are body, and the plan buttons are furniture;
 * accordion FAQ questions (not heading elements) and their answers, closed panels included, are body; the call-to-action band
 * at the end of a services page (heading, line and button) and "next project" / "more case studies" cards are furniture;
 * stand-alone bold lines that title the sections of an old table-layout page are headings; reading times ("7 min read",
 * "3 min"), category labels and tags are furniture, dates on related-post cards are furniture, and comments under an article
 * are furniture with their commenters' names and dates; screen-reader-only texts (visually-hidden skip links, menu and
 * breadcrumb labels, "Cart") count as visible furniture, while texts hidden with hidden / display:none / aria-hidden or
 * by the theme's stylesheet (Divi's social icon labels) are in no list; image alt texts, the Next.js flight data and the
 * hit counter's digits (an image) are in no list; code blocks are in no list.
 */
export const HELDOUT532_PAGES: readonly TestPage[] = [
  ...HELDOUT532_A,
  ...HELDOUT532_A2,
  ...HELDOUT532_B,
  ...HELDOUT532_C,
  ...HELDOUT532_C2,
  ...HELDOUT532_D,
  ...HELDOUT532_E,
  ...HELDOUT532_E2,
  ...HELDOUT532_F,
];
