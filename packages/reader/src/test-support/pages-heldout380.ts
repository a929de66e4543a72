import type { TestPage } from './page-kit.js';
import { HELDOUT380_A } from './pages-heldout380-a.js';
import { HELDOUT380_B } from './pages-heldout380-b.js';
import { HELDOUT380_C } from './pages-heldout380-c.js';
import { HELDOUT380_D } from './pages-heldout380-d.js';
import { HELDOUT380_E } from './pages-heldout380-e.js';
import { HELDOUT380_F } from './pages-heldout380-f.js';

/**
 * Held-out batch 380, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: citizen science and
 * volunteering platforms. A Zooniverse-style project About page from the Next.js front end, a Zooniverse-style project
 * Talk board thread with four posts, an eBird-style checklist page with species rows and observation notes, a
 * VolunteerMatch-style volunteer opportunity listing, a charity's River Warden role description built with WordPress and
 * Elementor, a SciStarter-style project page, a citizen science project's five-year results post on a Ghost (Casper) blog,
 * a volunteers' field guide page on MkDocs Material, a Foldit-style puzzle results news post on Drupal 7 with comments, a
 * BioBlitz event page from The Events Calendar on WordPress, a data-quality FAQ on a Zendesk Help Center, and a volunteer
 * newsletter as a Mailchimp campaign archive page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the Talk thread every post is body and the poster names and "Posted" lines are
 * bylines (a name that posts twice is listed once), the author role badges furniture; on the eBird checklist the checklist
 * comments, each species row (count, common and scientific name) and its observation note are body, the effort stats
 * (protocol, duration, distance, party size) and the species summary line furniture, the owner line and date bylines; a
 * project page's or listing's fact box (SciStarter's Goals / Task / Where..., VolunteerMatch's When / Where / Skills) and
 * its organization box are furniture, and a project owner shown as "By ..." is a byline; the Zooniverse About page has no
 * byline, and its project header (project name and owner) is furniture; the Elementor role page's location tag line and
 * testimonial are furniture; an event's schedule line is its byline, and the event meta (Details, Organizer, Venue) and
 * calendar export links furniture; a Ghost excerpt under the title is body, as are a results table's data rows (cells
 * joined by spaces; the header row is in neither list); admonition texts in the field guide are body, their titles
 * furniture; a newsletter's issue line is its byline, its preheader, image captions, button and Mailchimp footer furniture;
 * comments on articles (Ghost, Drupal) are furniture; table-of-contents entries that repeat the headings are in neither list.
 */
export const HELDOUT380_PAGES: readonly TestPage[] = [...HELDOUT380_A, ...HELDOUT380_B, ...HELDOUT380_C, ...HELDOUT380_D, ...HELDOUT380_E, ...HELDOUT380_F];
