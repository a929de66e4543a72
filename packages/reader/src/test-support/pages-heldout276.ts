import type { TestPage } from './page-kit.js';
import { HELDOUT276_A } from './pages-heldout276-a.js';
import { HELDOUT276_B } from './pages-heldout276-b.js';
import { HELDOUT276_C } from './pages-heldout276-c.js';
import { HELDOUT276_D } from './pages-heldout276-d.js';
import { HELDOUT276_E } from './pages-heldout276-e.js';
import { HELDOUT276_F } from './pages-heldout276-f.js';

/**
 * Held-out batch 276, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a podcast episode post with show
 * notes and a full transcript on WordPress (Astra, Blubrry PowerPress) with comments, a YouTube watch page with its description
 * and the transcript panel open, a TED-style talk page with its transcript tab built with Next.js and Tailwind, an earnings-call
 * transcript on a Seeking Alpha-style React finance site cut by a paywall teaser, a court bail hearing transcript on a Webflow
 * transcription-company site (Rev's layout), a Hansard-style parliamentary debate with an intervention and column numbers, a
 * whitehouse.gov-style press briefing transcript on WordPress, a Q-and-A interview on a Condé Nast Verso magazine template, a
 * webinar recap with timestamps on a HubSpot CMS blog, an NPR-style radio programme transcript, an oral-history item page in an
 * Omeka Classic archive, and a Reddit AMA recap on a Gannett-style local news site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: speaker labels and time codes written inside a transcript paragraph are body; a speaker
 * label in its own element (the earnings call's bold name lines, the court transcript's "Name (00:00:04):" lines, Hansard's member
 * attribution with constituency and party) is body too, one entry each; time codes in their own elements (YouTube's segment
 * timestamps, the talk page's timestamp buttons, Hansard's column numbers and time codes) are furniture; the video description
 * and the transcript segments are the YouTube page's body, its channel name and view-count / date line bylines; a briefing's room
 * line, start time and "END" time line are bylines; the magazine dek and the interview's bold questions are body; the AMA recap's
 * readers' questions, set as h2, are headings and the answers body; a table's cells (header row included) are body, a caption or
 * credit furniture; on the Omeka data page only the Description and Transcription values are body, the element labels and other
 * metadata values furniture, and the Creator, Date, Interviewer and Interviewee values bylines; paywall teaser texts and the
 * transcript disclaimers (NPR's rush-deadline note, the Ledgerline disclosure) are furniture; the earnings call's participant
 * lists are body; comments on the podcast and video pages are furniture.
 */
export const HELDOUT276_PAGES: readonly TestPage[] = [...HELDOUT276_A, ...HELDOUT276_B, ...HELDOUT276_C, ...HELDOUT276_D, ...HELDOUT276_E, ...HELDOUT276_F];
