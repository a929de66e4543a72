import type { TestPage } from './page-kit.js';
import { HELDOUT171_A } from './pages-heldout171-a.js';
import { HELDOUT171_B } from './pages-heldout171-b.js';
import { HELDOUT171_C } from './pages-heldout171-c.js';
import { HELDOUT171_D } from './pages-heldout171-d.js';
import { HELDOUT171_E } from './pages-heldout171-e.js';
import { HELDOUT171_F } from './pages-heldout171-f.js';

/**
 * Held-out batch 171, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Bandcamp album page with its
 * liner notes, an Eventbrite event page, a Meetup event page, a Coursera course page, an edX course page, a university
 * course syllabus page on a department's Drupal site, a podcast episode page with show notes on a Transistor podcast
 * website, a Vimeo video page with its description, a SoundCloud track page with its description, an Allrecipes recipe
 * page, a Letterboxd review page and a Goodreads book page with its description.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a platform's template heading that introduces the article text ("About this
 * event", "Details", "About this course") is in neither list, and a tab label ("Show Notes") is furniture; on media pages
 * (album, video, track, book) the item's own description or liner notes are the body and the title is the item's name
 * as the page shows it (Bandcamp's h2.trackTitle, Letterboxd's film-title h2); the artist, owner, author or host shown
 * with it and its release, upload, "Watched" or "First published" date (and an episode's length) are bylines; an event's date, time and venue
 * blocks, a recipe's details block and an album's credits lines are in neither list; a dek, a course's short description
 * and a recipe's submitter quote are body; course outcome lists, syllabus facts lists and table data cells are body
 * (header cells in neither list); on a course page the module titles are headings and the module descriptions body;
 * reader comments, reviews and timed comments are furniture; a furniture text equal to a gold line (a nav item that is
 * also a section heading) is left out.
 */
export const HELDOUT171_PAGES: readonly TestPage[] = [...HELDOUT171_A, ...HELDOUT171_B, ...HELDOUT171_C, ...HELDOUT171_D, ...HELDOUT171_E, ...HELDOUT171_F];
