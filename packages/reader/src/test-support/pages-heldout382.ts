import type { TestPage } from './page-kit.js';
import { HELDOUT382_A } from './pages-heldout382-a.js';
import { HELDOUT382_B } from './pages-heldout382-b.js';
import { HELDOUT382_C } from './pages-heldout382-c.js';
import { HELDOUT382_D } from './pages-heldout382-d.js';
import { HELDOUT382_E } from './pages-heldout382-e.js';
import { HELDOUT382_F } from './pages-heldout382-f.js';

/**
 * Held-out batch 382, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Genius-style lyrics page with
 * an open annotation (styled-components markup), an AZLyrics-style plain lyrics page, a Hymnary-style hymn text page with its
 * full text and a handbook note, a BrainyQuote-style author quotes listing, a Wikiquote author page (Vector 2022), a
 * Goodreads-style tag quotes listing, a poem-of-the-day newsletter issue on a Mailchimp-style campaign archive page, a song
 * meaning thread on a phpBB prosilver board, a setlist.fm-style setlist page, a folk song archive item on Omeka Classic, a
 * lyrics translation blog post built with Elementor, and a Quote Investigator-style article on a classic WordPress theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: song and poem texts are body, one stanza (lines joined by <br>) per body entry, with
 * section tags such as "[Verse 1]" kept inside the stanza; the song's performer or a poem's "by" line is its byline, and
 * songwriter and producer credits are furniture; a Genius annotation and a lyrics header that repeats the title ("... Lyrics")
 * are furniture, the song's About text is body under the heading "About"; AZLyrics' title is its hidden h1 and the visible bold
 * song title is in neither list; on quote listings (BrainyQuote, Goodreads) each quote is a body entry, the per-quote author
 * link is a byline (listed once), book titles, like counts and topic tags are furniture; on Wikiquote the nested source line
 * under a quote is a body entry of its own; the Hymnary Text Information table is furniture except its author, a byline, and
 * the stanza numbers stay in the stanza text; on the phpBB thread the title is the topic-title h2 (the h1 is the board name),
 * every post's paragraphs are body, a quote inside a reply is a body entry, and post subjects ("Re: ..."), post counts and
 * signatures are furniture; on the setlist page each song line with its info part is body, the "Encore:" label is in
 * neither list, the set note is body, the date block and "Last updated" are bylines; on the Omeka item the Description and
 * Transcription element labels are headings and their texts body, the other Dublin Core labels and values furniture (Creator
 * and Date are bylines), and the Title element that repeats the h1 is in neither list; a newsletter's poet bio and a blog's
 * author box are furniture; the translation post's column labels ("Original (Spanish)", "English") are body; the Quote
 * Investigator-style "Notes:" line and its numbered notes are body, the image note and entry utility line furniture; a page's
 * own title repeated in a table of contents or in <title> is in neither list; a furniture text that also occurs inside a body
 * text (such as "Home" on a page whose body says "Home and Hearth") is left out of the furniture.
 */
export const HELDOUT382_PAGES: readonly TestPage[] = [...HELDOUT382_A, ...HELDOUT382_B, ...HELDOUT382_C, ...HELDOUT382_D, ...HELDOUT382_E, ...HELDOUT382_F];
