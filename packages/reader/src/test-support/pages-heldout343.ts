import type { TestPage } from './page-kit.js';
import { HELDOUT343_A } from './pages-heldout343-a.js';
import { HELDOUT343_B } from './pages-heldout343-b.js';
import { HELDOUT343_C } from './pages-heldout343-c.js';
import { HELDOUT343_D } from './pages-heldout343-d.js';
import { HELDOUT343_E } from './pages-heldout343-e.js';
import { HELDOUT343_F } from './pages-heldout343-f.js';

/**
 * Held-out batch 343, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Etsy shop's About section,
 * a Behance project page, a DeviantArt deviation page with its description and comments, a Ko-fi post, an ArtStation artwork
 * page with a short description, a Bandcamp album page (about text, credits, track list), a Gumroad product page, a
 * Kickstarter-style campaign story, an itch.io game page, a Redbubble-style artist shop page (a short bio above a product
 * listing), a SoundCloud track page with its description and a Vimeo video page with its description and chapter list.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a creator platform the creator's own text about the work (description, story,
 * about text, bio) is the body, and the h1 the platform prints is the title even when it is a shop or artist name (Etsy,
 * Redbubble); Bandcamp prints the album title as an h2.trackTitle and no h1, and that text is the title; Bandcamp's credit
 * lines and track titles are body (a track title equal to the album title is left out), while track numbers and durations,
 * the "released" label and the release date line's date (a byline) are not; the uploader or creator name shown as the
 * work's "by" line is a byline, the same name in a profile card or "More by" rail header is furniture; table data cells of
 * a product's version table are body and its header cells in neither list; product facts, prices, reward tiers, funding
 * stats, ratings, tags, image and file details, timed comments and all comments on a work are furniture; the Etsy About
 * section heading ("About ThimbleAndBirch") and the story headline are headings, while the shop members, policies and
 * reviews below it are furniture; a "Chapters:" or "Played by:" lead-in written in a description is body.
 */
export const HELDOUT343_PAGES: readonly TestPage[] = [...HELDOUT343_A, ...HELDOUT343_B, ...HELDOUT343_C, ...HELDOUT343_D, ...HELDOUT343_E, ...HELDOUT343_F];
