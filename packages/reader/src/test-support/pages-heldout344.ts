import type { TestPage } from './page-kit.js';
import { HELDOUT344_A } from './pages-heldout344-a.js';
import { HELDOUT344_B } from './pages-heldout344-b.js';
import { HELDOUT344_C } from './pages-heldout344-c.js';
import { HELDOUT344_D } from './pages-heldout344-d.js';
import { HELDOUT344_E } from './pages-heldout344-e.js';
import { HELDOUT344_F } from './pages-heldout344-f.js';

/**
 * Held-out batch 344, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Apple Podcasts episode page
 * (Svelte web app), a Spotify show page (React, data-testid markup), an episode page of a Buzzsprout-hosted podcast website,
 * a WordPress episode post with the PowerPress plugin (show notes, timestamps, sponsor reads, comments), an NPR-style radio
 * story with its audio module and transcript link, a community radio station's weekly schedule (WordPress Radio Station
 * plugin, list view), an Audible-style audiobook product page with its publisher's summary, a Pocket Casts-style episode
 * share page (Next.js), a BBC Sounds-style episode page, a podcast network's show page built with Elementor, a podcast
 * RSS feed shown through its XSLT stylesheet (saved as the transformed page), and a public radio station's local news
 * item on the Newspack theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an episode's description or show notes is the body of a podcast page, and on a
 * show page (Spotify, the Elementor network page) the show's about text (and the host bios under their own heading) is
 * the body; episode rows, "More episodes" shelves and their one-line descriptions are furniture; sponsor reads written
 * into the show notes by the host (PowerPress post) are body, and so are the timestamp list and "Links Mentioned" items,
 * while the PowerPress player and subscribe links are furniture; Buzzsprout's chapter list (times and titles, generated
 * from the audio file) and its "Support the show" link are furniture; on the schedule page each show's entry (time,
 * name, host and description) is one body item and the day names of the list view are in neither list; on the audiobook
 * page the h2 "Publisher’s Summary" is a heading and the summary is body (its ©/(P) rights line is furniture), the author, narrator
 * and release date are bylines, and the product facts (length, language, ratings, prices), critics' quote and listener
 * reviews are furniture; BBC Sounds' short synopsis, which repeats the long one in brief, is furniture, and the credits
 * line at the end of the long synopsis is a byline; the show or podcast name shown above an episode title is furniture;
 * on the XSLT feed page the channel description and the episodes' notes are body, the episode titles (h3) are headings,
 * the "Published:" lines and the feed's "By" line are bylines, durations and the stylesheet's notice and footer are
 * furniture; a subtitle (dek) under the news headline is body; a dateline that opens the first paragraph stays in the
 * body.
 */
export const HELDOUT344_PAGES: readonly TestPage[] = [...HELDOUT344_A, ...HELDOUT344_B, ...HELDOUT344_C, ...HELDOUT344_D, ...HELDOUT344_E, ...HELDOUT344_F];
