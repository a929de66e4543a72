import type { TestPage } from './page-kit.js';
import { HELDOUT556_A } from './pages-heldout556-a.js';
import { HELDOUT556_A2 } from './pages-heldout556-a2.js';
import { HELDOUT556_B } from './pages-heldout556-b.js';
import { HELDOUT556_B2 } from './pages-heldout556-b2.js';
import { HELDOUT556_C } from './pages-heldout556-c.js';
import { HELDOUT556_C2 } from './pages-heldout556-c2.js';
import { HELDOUT556_D } from './pages-heldout556-d.js';
import { HELDOUT556_E } from './pages-heldout556-e.js';
import { HELDOUT556_E2 } from './pages-heldout556-e2.js';
import { HELDOUT556_F } from './pages-heldout556-f.js';

/**
 * Held-out batch 556, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a locksmith's 24 hour emergency
 * call-out page built with Elementor on WordPress (Hello theme), a burglar alarm installer's service page on Squarespace 7.1
 * with an accordion FAQ, a long front-door lock buying guide on a WordPress blog with GeneratePress (Easy Table of Contents,
 * sidebar, comments), a CCTV installer's short Wix blog post on CCTV signs, a lock shop's Shopify (Dawn) blog article on keypad
 * and smart locks with a product slider, a Discourse topic (crawler view) on rekeying a euro cylinder, a security integrator's
 * HubSpot CMS blog post on access control credentials, a commercial CCTV installation service page built in Webflow, a
 * MediaWiki (Vector 2022) article on the lever tumbler lock, a trade newsletter's Ghost (Casper) news post on fake local
 * locksmith listings, a safe engineer's page on an old FrontPage table layout, and a local news article on a rogue locksmith
 * on a Next.js news site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 (Webflow hero line, Ghost excerpt, Next.js
 * standfirst) is body; on a service page the article is the page's own text sections from the h1 down, with feature and sector
 * cards inside it (h3 title and text) as headings and body and the section heading over those cards a heading, while hero and
 * call buttons, phone strips, "eyebrow" labels, stat counters, customer testimonials and quote blocks, closing call-to-action
 * sections (heading included), logo strips and quote forms with their labels are furniture; accordion FAQ questions are
 * headings and their answers body (collapsed, not hidden); a table data row is one body entry, its cells' texts joined with a
 * space, header cells in neither list, while every cell of a furniture table (Discourse related topics, including its header
 * cells) is furniture; an affiliate notice opening the post content, in-content affiliate or shop buttons, the table of contents
 * box, a Ghost bookmark card, a "Read more:" link paragraph and "Advertisement" labels inside the body are furniture; reading
 * times, view, like and comment counts are furniture; commenter names and comment dates are bylines and comment texts
 * furniture; related-post cards' dates and reading times are furniture; an author role line ("Local Democracy Reporter") and an
 * author box's "Written by" line are bylines, the bio furniture; the GeneratePress "updated" time (hidden only by theme CSS) is a
 * byline; on the forum every post paragraph is body, user names and post times bylines, like counts, post numbers, category and
 * tags furniture, and the topic has no headings; on the wiki the infobox (title row, caption, labels and values) is furniture,
 * inline citation markers stay in the body text as shown, "See also" items and reference list entries are body under their
 * headings, and edit links, the contents sidebar, page tabs, the "From LockWiki" tagline and categories are furniture, the
 * "last edited" footer line a byline, and the print footer (hidden on screen) in no list; on the table-layout page a bold
 * paragraph standing alone as a section title is a heading, the marquee, caption and visitor counter line furniture, its
 * "last updated" line a byline; Wix's visually hidden "top of page" / "bottom of page" and Webflow's form success and failure
 * messages (hidden by the platform CSS) are in no list; select options and button values of forms are in no list; an image
 * caption with its credit is one furniture entry; each page's bylines and furniture are kept to distinct texts and drop any
 * text also found in its title, headings or body with the scores' word test (`tidy` in the kit).
 */
export const HELDOUT556_PAGES: readonly TestPage[] = [
  ...HELDOUT556_A,
  ...HELDOUT556_A2,
  ...HELDOUT556_B,
  ...HELDOUT556_B2,
  ...HELDOUT556_C,
  ...HELDOUT556_C2,
  ...HELDOUT556_D,
  ...HELDOUT556_E,
  ...HELDOUT556_E2,
  ...HELDOUT556_F,
];
