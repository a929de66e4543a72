import type { TestPage } from './page-kit.js';
import { HELDOUT412_A } from './pages-heldout412-a.js';
import { HELDOUT412_B } from './pages-heldout412-b.js';
import { HELDOUT412_C } from './pages-heldout412-c.js';
import { HELDOUT412_D } from './pages-heldout412-d.js';
import { HELDOUT412_E } from './pages-heldout412-e.js';
import { HELDOUT412_F } from './pages-heldout412-f.js';

/**
 * Held-out batch 412, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Eventbrite event page, a
 * Ticketmaster concert page, a Dice gig page (Next.js, styled-components), a Resident Advisor club night, a Meetup group
 * event with comments, a Luma event page (styled-jsx), a theatre's show page with Spektrix booking, a festival lineup page
 * (Nuxt; a listing), a See Tickets promoter listing (a listing), a venue's WordPress event page on The Events Calendar, a
 * Humanitix charity event, and a conference ticket page on Tito. All are ticketing and event pages whose text is short
 * among ticket widgets, so all have kind docs.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the event's own description is the body (its paragraphs, list items, the agenda or
 * schedule and its table cells, a press quote inside the description, a refund policy written as its own section, the
 * lineup list of artists on a gig or club page); the event's date, time, venue, address, price, ticket types and their
 * prices, availability and every booking control are furniture (widgets), as are event metadata panels (Details / Venue /
 * Organizer boxes, "Good to know" highlights, genre tags); the organiser / host / promoter credit ("By ...", "Hosted By" and
 * the host names, "Presented by ...", RA's promoter, Tito's account name) is the byline, so an event page without such a
 * credit has no bylines; a press quote's source line and a show's funder line are furniture; on the Meetup page the
 * comments on the event are furniture and their authors furniture; on the festival page the day headings are headings and
 * the artist names are body; on the See Tickets listing each event title (h3) is a heading and its blurb body, while its date
 * badge, venue, price and button are furniture; generic section labels of the platform ("About this event", "Details" in a
 * meta box, "About Event", "Location") are furniture unless the platform shows them as the description's own heading (Dice's
 * and Ticketmaster's "About", Meetup's "Details"), which are headings.
 */
export const HELDOUT412_PAGES: readonly TestPage[] = [...HELDOUT412_A, ...HELDOUT412_B, ...HELDOUT412_C, ...HELDOUT412_D, ...HELDOUT412_E, ...HELDOUT412_F];
