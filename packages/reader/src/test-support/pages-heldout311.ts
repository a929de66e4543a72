import type { TestPage } from './page-kit.js';
import { HELDOUT311_A } from './pages-heldout311-a.js';
import { HELDOUT311_B } from './pages-heldout311-b.js';
import { HELDOUT311_C } from './pages-heldout311-c.js';
import { HELDOUT311_D } from './pages-heldout311-d.js';
import { HELDOUT311_E } from './pages-heldout311-e.js';
import { HELDOUT311_F } from './pages-heldout311-f.js';

/**
 * Held-out batch 311, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a pretalx conference programme
 * page for one talk with its abstract, description and speaker bio; an Indico conference's Call for Abstracts page; a
 * Meetup event page in its Next.js markup; a HubSpot webinar landing page built from drag-and-drop modules; a Devpost
 * hackathon's official rules; a Drupal museum's exhibition page; a Squarespace blog post announcing a festival line-up
 * (mostly a listing of acts); a trade show's exhibitor news post on a WordPress site built with Elementor; a keynote live
 * blog on a Newspack news site with the Liveblog plugin; an Eventbrite workshop description; an academic society's
 * annual-meeting page built with Wix; and a village fair's programme on a Ghost (Casper) site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: where the platform's h1 is the conference or hackathon name (Indico, Devpost),
 * that h1 is the title and the page's own heading ("Call for Abstracts", "Official Rules") is the first heading; an
 * event's logistics panels (date and time, venue, price, spots left, deadline, "Good to know") are furniture, and so are
 * the platform's fixed section labels ("Details", "About this event", "Date and time"), while the organiser's description
 * is body; the host or organiser shown as the event's author (Meetup "Hosted By", Eventbrite "By ...") and a talk's
 * speaker name are bylines, and the speaker's bio is body; on the webinar page the speaker names are headings and their
 * bios body; bold one-line labels written as paragraphs inside a description ("Plan for the evening", "What we will do")
 * are body, not headings; a standfirst or excerpt under the title (Ghost excerpt, live-blog subtitle, Eventbrite summary,
 * pretalx abstract) is body; live-blog entry times, relative times ("1 hour ago") and entry authors are bylines and the
 * entries body; table data cells are body and table header cells in neither list; a blockquote in the article is body,
 * a figure caption and its photo credit furniture; reader comments and event comments are furniture; menu items whose
 * text is also a heading or part of the body (Devpost's "Rules" tab, Squarespace's "Tickets", Wix's "Annual Meeting",
 * the society's name in the Wix header) are left out of the furniture list.
 */
export const HELDOUT311_PAGES: readonly TestPage[] = [...HELDOUT311_A, ...HELDOUT311_B, ...HELDOUT311_C, ...HELDOUT311_D, ...HELDOUT311_E, ...HELDOUT311_F];
