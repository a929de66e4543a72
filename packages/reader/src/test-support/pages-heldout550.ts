import type { TestPage } from './page-kit.js';
import { HELDOUT550_A } from './pages-heldout550-a.js';
import { HELDOUT550_A2 } from './pages-heldout550-a2.js';
import { HELDOUT550_B } from './pages-heldout550-b.js';
import { HELDOUT550_C } from './pages-heldout550-c.js';
import { HELDOUT550_C2 } from './pages-heldout550-c2.js';
import { HELDOUT550_D } from './pages-heldout550-d.js';
import { HELDOUT550_E } from './pages-heldout550-e.js';
import { HELDOUT550_F } from './pages-heldout550-f.js';

/**
 * Held-out batch 550, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a kitchen showroom page built with
 * Elementor on WordPress (Hello Elementor, CookieYes banner, testimonial carousel), a bathroom fitter's fitting process page on
 * Squarespace 7.1 with numbered step headings and a newsletter block, a kitchen fitter's project gallery post on the Wix Blog with
 * image captions, tags, view counts and recent posts, a bathroom showroom's vanity unit buying guide on Shopify (Dawn) with a
 * table and a comment, a bathroom designer's loft en-suite case study on Webflow with a project stats grid and more-projects
 * list, a kitchen studio's long planning checklist on HubSpot CMS with an inline CTA, subscribe form and related posts, a
 * fitters' guild consumer guide to wet rooms on Drupal 10 (Olivero) with a sidebar search block, a bathroom fitter's weekly site
 * diary on Ghost (Casper) with a callout card and read-more cards, a bathroom chain's showroom page on Next.js with an opening
 * hours table, nearby showrooms and a OneTrust banner, a Discourse thread on a worktop gap left by a fitter with a solved answer,
 * a small plumber's bathroom fitting page in an old FrontPage table layout with no heading elements, and a MediaWiki (Vector
 * 2022) trade wiki article on the mason's mitre with a table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; a showroom page's own opening
 * hours, address, services list and team paragraph inside the main content are body, while the showroom status line ("Open
 * now"), bank holiday note, directions link, phone number, nearby showrooms and finance card are furniture; a project's facts
 * (location, duration, budget, cabinets, worktops, time on site) are body, one entry a fact as "Label: value", whether in the
 * post's list or the case study's stats grid; a customer quote inside the post body is body, testimonial carousels and their
 * names are furniture; a callout card inside a post body is body; the old table layout's bold title in a `<font>` tag is the
 * title and its bold call-to-action line is body; table data rows are body, one entry a row with its cells joined by a space,
 * header cells in neither list (on furniture tables such as Discourse's suggested topics the header cells are furniture);
 * buttons and call-to-action links inside the article ("Book an appointment", HubSpot's CTA) are furniture; comments under an
 * article are furniture with their commenters' names and dates; on the Discourse thread every post is body, usernames and post
 * dates are bylines, and the solved-by notice, "Solution" label, topic map labels and timeline are furniture; reading times,
 * view and comment counts are furniture; bare numbers (like counts, topic map numbers, TOC numbers) and bare punctuation (the
 * wiki's edit brackets) are in no list; a wiki page's "last edited" line, a guide's "Page last reviewed" line and an old site's
 * "Site last updated" line are bylines; MediaWiki's "From FitterWiki", site notice, TOC labels, page tabs, edit links,
 * categories and print footer are furniture; visually hidden but present texts (skip links, "Open Menu", "Main navigation",
 * "Breadcrumb", "Log in", "Cart") are furniture, while text with `hidden` or `aria-hidden="true"` is in no list.
 */
export const HELDOUT550_PAGES: readonly TestPage[] = [
  ...HELDOUT550_A,
  ...HELDOUT550_A2,
  ...HELDOUT550_B,
  ...HELDOUT550_C,
  ...HELDOUT550_C2,
  ...HELDOUT550_D,
  ...HELDOUT550_E,
  ...HELDOUT550_F,
];
