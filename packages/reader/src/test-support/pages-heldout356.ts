import type { TestPage } from './page-kit.js';
import { HELDOUT356_A } from './pages-heldout356-a.js';
import { HELDOUT356_B } from './pages-heldout356-b.js';
import { HELDOUT356_C } from './pages-heldout356-c.js';
import { HELDOUT356_D } from './pages-heldout356-d.js';
import { HELDOUT356_E } from './pages-heldout356-e.js';
import { HELDOUT356_F } from './pages-heldout356-f.js';

/**
 * Held-out batch 356, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Project Gutenberg HTML book with
 * its pg-header and licence footer, a Wikisource work page with its header template, a Standard Ebooks chapter read online,
 * an Internet Archive "Full text of" page, a Poetry Foundation-style poem page, a letter in a TEI Publisher digital edition
 * built from web components, a diary page on a FromThePage-style transcription site, a Bartleby-style essay page in a table
 * layout, a Perseus-style classics text with line numbers and commentary notes, a public-domain audiobook page with its
 * read-along text built with Next.js, a LibriVox catalogue page (a listing) and an annotated edition of a poem on a personal
 * WordPress site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the Gutenberg book the h1 is the book's title and the chapter h2s are headings;
 * the pg-header and pg-footer boilerplate, the title-page imprint, the contents and the transcriber's note are furniture, the
 * "Author:" and "Release date:" lines and the title page's "BY ..." are bylines. The Wikisource header template's author is a
 * byline and its notes and previous / next links are furniture; "last edited" is a byline. The Standard Ebooks chapter has no
 * h1, so its title is the chapter title in the hgroup; the roman ordinal "III" is in neither list; a letter quoted in the
 * chapter (with its valediction and signature) is body. On the Internet Archive page the whole OCR text in the pre is body,
 * the book's own title, "BY ..." line and chapter lines included (a pre has no headings), and the OCR running head with its
 * page number ("2 CIDER ORCHARDS.") is in neither list. Poem lines, one entry a line, are body (Poetry Foundation, Perseus
 * and the stanzas quoted on the WordPress page); the poem's "Source:" line is furniture. In the TEI letter the letter's own
 * dateline, salutation, closing and signature are body, the editor and revision lines are bylines, and the editorial
 * note popovers, the metadata panel and the facsimile caption are furniture. The diary's dated entries are body, the
 * transcription credit line a byline, and the volunteers' "Notes and Questions" furniture, as comments. On the Perseus
 * page the line numbers and the commentary notes are furniture. On the audiobook page "By" and "Read by" are bylines and
 * the player, chapter list and reader card furniture. On the LibriVox listing the description and the chapter titles of
 * the section table are body; section numbers, readers, running times and production details are furniture and the
 * author line a byline. On the WordPress annotated edition the blogger's commentary, the quoted stanzas and the author's
 * own numbered notes are body and "Notes" is a heading, while the inline "Read more:" promo is furniture.
 */
export const HELDOUT356_PAGES: readonly TestPage[] = [...HELDOUT356_A, ...HELDOUT356_B, ...HELDOUT356_C, ...HELDOUT356_D, ...HELDOUT356_E, ...HELDOUT356_F];
