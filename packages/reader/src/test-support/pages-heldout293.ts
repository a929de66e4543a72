import type { TestPage } from './page-kit.js';
import { HELDOUT293_A } from './pages-heldout293-a.js';
import { HELDOUT293_B } from './pages-heldout293-b.js';
import { HELDOUT293_C } from './pages-heldout293-c.js';
import { HELDOUT293_D } from './pages-heldout293-d.js';
import { HELDOUT293_E } from './pages-heldout293-e.js';
import { HELDOUT293_F } from './pages-heldout293-f.js';

/**
 * Held-out batch 293, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a museum's collection object page on
 * Gallery Systems' eMuseum, a historical society's article on a WordPress site built with the Divi page builder, a Find a Grave
 * memorial, an archive's collection record in the ArchivesSpace public interface, a letter in a digital scholarly edition
 * rendered from TEI by CETEIcean, a poem page with the poet's bio on a Poetry Foundation-style site, a Genius lyrics page, a
 * church's sermon transcript on Squarespace 7.1, a Bible-study site's chapter commentary on Drupal 10 (Olivero), a local history
 * blog post on Blogger's Simple theme, an oral-history project's story page built with Next.js, and a heritage trust's
 * listed-building entry in the Historic England List template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the record pages (eMuseum, ArchivesSpace, the list entry) each record field shown as
 * one "Label: value" line (tombstone fields, the list entry's summary table) is body, and the labels of long fields ("Description",
 * "Provenance", "Scope and Contents", the accordion's panel titles) are headings, while keyword, subject and "Cite Item" panels are
 * furniture; the list entry's "Date of most recent amendment" line is a byline, its Sources list and legal note furniture; on
 * Find a Grave the vital facts (birth, death and burial dates and places, whose labels are in neither list), the inscription,
 * the biography and the gravesite details are body, the family members, flowers left by visitors and the citation furniture,
 * "Created by" and "Added" bylines; in the TEI letter the letter's own dateline, salutation, closing, signature and postscript
 * are body and the editor and publication lines bylines, editorial notes furniture; the poem's lines are body one item each
 * (blank stanza-break divs skipped) and so is the poet's bio under its heading, while "Source:" is furniture; on Genius each
 * stanza with its section label ("[Chorus]") is one body item, the "About" description is body, the lyrics header
 * ("... Lyrics") and "About" are headings, the artist and release date are bylines; a pull quote or scripture quote written
 * only once on the page is body; the sermon's "Reading:" line and audio block are furniture; on Blogger the page's h1 is the
 * blog's name and the title is the post's h3, the date header, author and timestamp are bylines; the oral-history standfirst is
 * body, the narrator card's name, interviewer and recording lines bylines and the story's theme chip furniture.
 */
export const HELDOUT293_PAGES: readonly TestPage[] = [...HELDOUT293_A, ...HELDOUT293_B, ...HELDOUT293_C, ...HELDOUT293_D, ...HELDOUT293_E, ...HELDOUT293_F];
