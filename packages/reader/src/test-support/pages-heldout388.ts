import type { TestPage } from './page-kit.js';
import { HELDOUT388_A } from './pages-heldout388-a.js';
import { HELDOUT388_B } from './pages-heldout388-b.js';
import { HELDOUT388_C } from './pages-heldout388-c.js';
import { HELDOUT388_D } from './pages-heldout388-d.js';
import { HELDOUT388_E } from './pages-heldout388-e.js';
import { HELDOUT388_F } from './pages-heldout388-f.js';

/**
 * Held-out batch 388, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Drupal 10 collection object
 * record of a city art museum with its tombstone fields, a Craft CMS exhibition page (Tailwind / Alpine.js) with dates and a
 * ticket box, a Squarespace 7.1 gallery's artist page, an eMuseum (Gallery Systems) object page, a Smithsonian-style open
 * access object page (EDAN record, CC0 badge), a museum blog post on a conservation project on WordPress Astra with comments,
 * a PR Newswire release on a new acquisition, a virtual tour stop built with Next.js, an audio guide stop transcript on an
 * Angular guide app, a regional museum's Wix site exhibition, a Google Arts & Culture-style story page, and a museum's visitor
 * information page built with Elementor.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on object records the tombstone values (dd / field items) are body and their labels
 * (Maker, Date, Medium...) in neither list, except where a section heading (h2 "Object Details") heads them; eMuseum's field
 * labels ("Label Text", "Provenance") are labels, not headings; an object's on-view status and location line is furniture when
 * it sits outside the tombstone, body when it is a tombstone row; a record's "last updated" label and date are bylines; the
 * run dates shown under an exhibition title (with the gallery name on Wix, where they share one line) are bylines; on the
 * Craft page the ticket box (prices, booking) is furniture; a press release's dateline lead-in ("CITY, date /PRNewswire/ --")
 * is a byline and the rest of its first paragraph body, its subtitle, bold "Key facts" and "About" lines are body and
 * headings, its media contact block and SOURCE line furniture; a story's partner line (Google Arts & Culture) is a byline;
 * item-card captions, credits cards, hotspot labels, audio player controls, transcript tabs, narrator credits and a tour's
 * stop counters ("Stop 4 of 6") are furniture; an artist page's selected exhibitions and collections lists are body, its
 * "Available works" grid (captions and prices) furniture; an accordion's questions and answers on the visitor page are body;
 * the blog's comments, including the museum's own reply, are furniture.
 */
export const HELDOUT388_PAGES: readonly TestPage[] = [...HELDOUT388_A, ...HELDOUT388_B, ...HELDOUT388_C, ...HELDOUT388_D, ...HELDOUT388_E, ...HELDOUT388_F];
