import type { TestPage } from './page-kit.js';
import { HELDOUT337_A } from './pages-heldout337-a.js';
import { HELDOUT337_B } from './pages-heldout337-b.js';
import { HELDOUT337_C } from './pages-heldout337-c.js';
import { HELDOUT337_D } from './pages-heldout337-d.js';
import { HELDOUT337_E } from './pages-heldout337-e.js';
import { HELDOUT337_F } from './pages-heldout337-f.js';

/**
 * Held-out batch 337, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Goodreads-style book page
 * built with Next.js with its description and community reviews, a publisher's book page on Drupal with the blurb and an
 * extract, a book-review blog post on WordPress (Twenty Twenty-One with Jetpack sharing, likes and related posts), a
 * BiblioCommons catalogue record, a literary prize's shortlist announcement on Squarespace 7.1, an independent bookshop's
 * list on a Bookshop.org-style platform (Tailwind and LiveView markup), an author's newsletter post on Substack, a
 * book-club discussion guide built with Elementor Pro, a LibraryThing-style Talk thread, a public library's event page on
 * Springshare LibCal, an Open Library-style edition page and a literary magazine's essay on a classic built with Next.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the book, catalogue and edition pages (Goodreads-style, BiblioCommons, Open
 * Library-style) the description or summary is body and the book's author, as shown under the title, is the byline; the
 * edition facts (pages, format, "First published", publisher, ISBN, details lists, subjects), ratings and reading-log counts
 * are furniture; community reviews on a book page are furniture like comments on an article; a catalogue record's contents
 * note and "Additional notes" and an edition's table of contents are body, with their section labels as headings; on the
 * publisher's page the blurb and the extract are body and the press quotes, the extract's copyright line and the author
 * card are furniture; a shortlist's and a shop list's book titles are headings and each book's blurb or staff note is body,
 * the authors and prices on the shop list furniture; a blog post's or newsletter's subtitle (dek) is body; quotations set
 * as blockquotes inside the article are body, a pull quote repeating the body is in neither list, a quote block's attribution is
 * furniture; the list's curator and "Updated" line are bylines; on the Talk thread the posts are the body and each
 * poster's name and post date are bylines, message numbers and reply / flag links furniture; on the library event page
 * the event's date, time, location and registration details are furniture (the page has no byline), the description and
 * its list body; the discussion guide's icon list of facts (pages, meetings, content note) is furniture.
 */
export const HELDOUT337_PAGES: readonly TestPage[] = [...HELDOUT337_A, ...HELDOUT337_B, ...HELDOUT337_C, ...HELDOUT337_D, ...HELDOUT337_E, ...HELDOUT337_F];
