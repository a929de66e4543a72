import type { TestPage } from './page-kit.js';
import { HELDOUT473_A } from './pages-heldout473-a.js';
import { HELDOUT473_A2 } from './pages-heldout473-a2.js';
import { HELDOUT473_B } from './pages-heldout473-b.js';
import { HELDOUT473_C } from './pages-heldout473-c.js';
import { HELDOUT473_D } from './pages-heldout473-d.js';
import { HELDOUT473_E } from './pages-heldout473-e.js';
import { HELDOUT473_F } from './pages-heldout473-f.js';

/**
 * Held-out batch 473, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a funeral home's services page
 * built with Elementor (Hello Elementor, icon boxes, Complianz banner), a pre-planning guide on a HubSpot CMS blog, a city
 * cemetery's rules and fees page on Drupal 10 with a fees table and a section sidebar, a grief support group page on Squarespace
 * 7.1 with an announcement bar and a newsletter block, a family memorial website built with Wix (free-plan ad, gallery, recent
 * tributes), a funeral livestream page on Webflow with a Vimeo embed, an obituary guest book page on a Next.js obituary platform,
 * a green burial pre-planning post on Ghost (Casper), a church cemetery's rules page in an old FrontPage table layout without
 * an h1, a grief support forum thread on Discourse (crawler view), an obituary with condolences under it on Duda, and a
 * crematory's services page on GoDaddy Websites + Marketing.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or custom excerpt under the h1 is body; an obituary's or memorial's life dates
 * line under the name is body, and so is a service's date / time / place line under a livestream's h1 (the event's facts,
 * not a publication date), while the "Live Service" eyebrow label is furniture; the service-event titles of an obituary
 * (Visitation, Mass of Christian Burial) and a price grid's package names are headings, their details body; a support
 * group's When / Where / Led by lines are body (the facilitator is a fact of the group, not an author); table data rows are
 * body, one entry a row with its cells joined by spaces, table header cells in neither list; the FrontPage page's centered
 * bold title is the title and its bold "Schedule of Fees" line a heading; numbered rules written as paragraphs keep their
 * numbers; a guest book page (the page is the guest book) and a forum thread are discussions, so their entries and posts are
 * body and the signers' / posters' names and post dates bylines (each once), while like counts, entry and candle counts,
 * tags, category badges and the related-topics table (titles, counts, dates) are furniture; the obituary card above a guest
 * book (photo, life years, place, arranging funeral home) and the tabs are furniture; condolences under an obituary are
 * comments, so their texts are furniture and their names and dates bylines; a Ghost reading time is furniture; form labels,
 * prompts and button texts (sign forms, newsletter boxes, CTAs inside the content such as "Request Our Price List" or "Call to
 * Register") are furniture, input values and placeholders in no list; a "Last Updated" / "Last revised" label and its date
 * are bylines; text hidden with `hidden` or visually-hidden classes is in no list; menu items, logo texts and footer texts that
 * are also words or parts of the title, a heading or a body entry (Home, Services, About, Business, Pre-Planning, Planning,
 * the site name inside a body sentence, Rules & Regulations on the rules page) are left out of furniture.
 */
export const HELDOUT473_PAGES: readonly TestPage[] = [
  ...HELDOUT473_A,
  ...HELDOUT473_A2,
  ...HELDOUT473_B,
  ...HELDOUT473_C,
  ...HELDOUT473_D,
  ...HELDOUT473_E,
  ...HELDOUT473_F,
];
