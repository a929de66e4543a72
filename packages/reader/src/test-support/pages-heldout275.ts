import type { TestPage } from './page-kit.js';
import { HELDOUT275_A } from './pages-heldout275-a.js';
import { HELDOUT275_B } from './pages-heldout275-b.js';
import { HELDOUT275_C } from './pages-heldout275-c.js';
import { HELDOUT275_D } from './pages-heldout275-d.js';
import { HELDOUT275_E } from './pages-heldout275-e.js';
import { HELDOUT275_F } from './pages-heldout275-f.js';

/**
 * Held-out batch 275, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests
 * and without running the extractor (or the CLI, the API, the demo or any test) on these pages: a TechRadar-style (Future
 * plc) robot vacuum review with verdict box, pros and cons and the "Today's best deals" price widget; a "best standing
 * desks of 2026" roundup on a WordPress site built with Elementor, with product cards and affiliate buttons; a Guardian
 * film review (DCR markup) with SVG star rating and comments; an Eater restaurant review (Vox Media Chorus) with its venue
 * info panel; an IGN video game review in Next.js markup with the score and verdict box; a book review on a literary
 * magazine built on Ghost (Casper) with native comments; a hotel review on an Astra WordPress travel blog with a
 * Booking.com search widget and comments; a Car and Driver-style (Hearst) car review with a specifications table; a short
 * wine review with tasting notes and a score on Squarespace; a smartphone comparison on Blogger with a comparison table;
 * an app review in a Medium publication with app-store badges; and a theatre review on a BLOX CMS (TownNews) newspaper
 * with a star rating and a "Book tickets" button.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, strapline, subtitle or excerpt under the title is body; a
 * verdict box's verdict sentence, pros and cons items and the pros / cons / highs / lows / verdict lines are body, and the
 * box's own h-element labels ("Reasons to buy", "Verdict") are headings, while the bare score or rating ("Rating: 4.5 out
 * of 5", "7", "Good", "3 stars", "93 points", the star glyphs) is furniture; price and booking widgets, affiliate buttons,
 * "Add To Cart" and "Book tickets" buttons and app-store badges are furniture; a specs box or specs list written by the
 * reviewer, and every cell of a specs or comparison table (labels and values, each a body entry; the empty corner cell
 * left out), are body; a venue or show info panel ("Address: ...", "When: ...") is body, its label ("Star rating")
 * furniture and its h-element title ("If you go") a heading; on the roundup, the product names (h3) of the cards are
 * headings, each card's badge line in the quick list ("Best overall: ...") and spec items are body, the buttons and the
 * table of contents are furniture, and texts that also occur inside body or heading texts (a card's badge alone, TOC
 * entries equal to headings, a breadcrumb or kicker word the body uses, such as "Ferrand" or "Theater") are not listed as
 * furniture; a book-details line at the top of a book review is body; a pull quote is body; the author bio under an
 * article, comments on articles and the reviewer's "Like it? Pin it" line are furniture; the Blogger post title is an h3
 * (as the template writes it) and is the title, while the blog name in the header is furniture; a reading time ("4 min
 * read") is a byline; the author name inside a Medium "Written by" card is furniture as a whole line.
 */
export const HELDOUT275_PAGES: readonly TestPage[] = [...HELDOUT275_A, ...HELDOUT275_B, ...HELDOUT275_C, ...HELDOUT275_D, ...HELDOUT275_E, ...HELDOUT275_F];
