import type { TestPage } from './page-kit.js';
import { HELDOUT206_A } from './pages-heldout206-a.js';
import { HELDOUT206_B } from './pages-heldout206-b.js';
import { HELDOUT206_C } from './pages-heldout206-c.js';
import { HELDOUT206_D } from './pages-heldout206-d.js';
import { HELDOUT206_E } from './pages-heldout206-e.js';
import { HELDOUT206_F } from './pages-heldout206-f.js';

/**
 * Held-out batch 206, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a regional theatre's show page on
 * WordPress with Spektrix, a concert venue's event page with The Events Calendar, a Ticketmaster event detail page, a Resident
 * Advisor event page, a Songkick artist page, a Fringe festival show listing, a Drupal museum exhibition page, an independent
 * cinema's film page, a pretalx conference talk page, an Elementor wedding venue page, a LibCal library event entry and a
 * Pitchero football club match preview.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a strapline, dek, exhibition summary or hero sub-heading under the h1 is body, and
 * so are review and press quotes inside the show or film text (their source lines, where separate, in neither list); event
 * facts around the text (date, time, venue, price, certificate, details lists, booking widgets, ticket lists) are
 * furniture; a line-up, cast or what-is-included list inside the text is body; the Songkick concert rows are body as one
 * text each (date, venue, city); on the pretalx page the talk title (an h3) is the title, the conference name (the h1) and
 * the speaker biography furniture and the speaker's name a byline; an in-page anchor menu is furniture; a short heading
 * word (a field label such as "Venue" or "Date") used as furniture is never the same text as a gold line.
 */
export const HELDOUT206_PAGES: readonly TestPage[] = [...HELDOUT206_A, ...HELDOUT206_B, ...HELDOUT206_C, ...HELDOUT206_D, ...HELDOUT206_E, ...HELDOUT206_F];
