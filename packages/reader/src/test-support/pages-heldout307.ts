import type { TestPage } from './page-kit.js';
import { reverbTide } from './pages-heldout307-a.js';
import { bandcamp } from './pages-heldout307-a2.js';
import { quillfeather } from './pages-heldout307-b.js';
import { northmere } from './pages-heldout307-b2.js';
import { tidemill } from './pages-heldout307-c.js';
import { kiff } from './pages-heldout307-c2.js';
import { framewise } from './pages-heldout307-d.js';
import { crateweb } from './pages-heldout307-d2.js';
import { setlist } from './pages-heldout307-e.js';
import { bowAndBench } from './pages-heldout307-e2.js';
import { genius } from './pages-heldout307-f.js';
import { skerrow } from './pages-heldout307-f2.js';

/**
 * Held-out batch 307, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a concert review on a music
 * magazine built on the PMC WordPress theme, a band's tour announcement written as the "about" text of a Bandcamp release page,
 * a record label's news post on Squarespace 7.1, an orchestra's programme notes on Drupal 10, a theatre's show page built with
 * Elementor (cast and booking boxes), a film festival catalogue entry rendered by a Next.js app, a Letterboxd-style film review
 * with the reviewer's stats and comments, a Discogs-style release page with its info table, tracklist, credits and notes, a
 * setlist.fm-style setlist page, a music teacher's blog on Blogger with comments, a Genius-style lyrics page with an
 * annotation, About and Q&A, and an opera company's synopsis page on WordPress with block-editor markup.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the post's own heading even where the platform does not make it the h1
 * (Bandcamp's h2.trackTitle, Blogger's h3.post-title under the blog name's h1); a dek / standfirst under the title and a
 * synopsis page's lead paragraph are body; reading time is furniture, "Updated" lines, "Watched" dates, Bandcamp's "released"
 * line and the setlist's date block are bylines; on the theatre page the synopsis, the press quote and the cast and creative-
 * team lists are body, the hero strapline naming the writer, the booking box (dates, prices, access performances), the content-
 * guidance toggle and the quote's source are furniture; on the festival page the programmer's note and director's statement are
 * body, the hero's facts, screenings and credits list furniture, the programmer's signature a byline; on the release page the
 * Tracklist, Credits and Notes h2s are headings, the info table rows ("Label: ..."), the tracklist rows (position, title and
 * duration joined by spaces), the credits and the notes are body, the marketplace, identifiers, statistics and contributor
 * boxes furniture; on the setlist page each song title (a cover with its "(Traditional cover)" note) and the setlist notes are
 * body, the encore separators, "play video" links and statistics furniture; on the lyrics page each stanza (its [Verse] label
 * and lines joined by spaces), the on-page annotation, the About text and the Q&A answer are body, the Q&A question a heading,
 * the artist link in the song header in neither list (its name recurs in the body), the credits, album track list and comments
 * furniture; the review page's reviewer name and watched date are bylines, the reviewer's stats, rating stars and likes
 * furniture; comments on articles are furniture; a track or film title that also appears inside the body is left out of the
 * furniture.
 */
export const HELDOUT307_PAGES: readonly TestPage[] = [
  reverbTide,
  bandcamp,
  quillfeather,
  northmere,
  tidemill,
  kiff,
  framewise,
  crateweb,
  setlist,
  bowAndBench,
  genius,
  skerrow,
];
