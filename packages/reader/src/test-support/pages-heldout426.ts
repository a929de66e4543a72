import type { TestPage } from './page-kit.js';
import { HELDOUT426_A } from './pages-heldout426-a.js';
import { HELDOUT426_B } from './pages-heldout426-b.js';
import { HELDOUT426_C } from './pages-heldout426-c.js';
import { HELDOUT426_D } from './pages-heldout426-d.js';
import { HELDOUT426_E } from './pages-heldout426-e.js';
import { HELDOUT426_F } from './pages-heldout426-f.js';

/**
 * Held-out batch 426, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a SlideShare-style deck page with
 * its slide transcript, a Speaker Deck-style deck page with per-slide transcript, a reveal.js deck exported to one HTML file,
 * a Google Slides deck published to the web with its speaker notes, a Pitch-style public deck (React player markup), a Marp
 * deck exported by marp-cli, a conference talk write-up on Ghost (Casper) with the slides embedded, a Notion page exported
 * as a presentation outline, a Prezi-style presentation page with description and transcript, a teacher's lesson deck on a
 * Finalsite school site, a Canva design published as a website (page-builder markup), and a poster page on an
 * F1000Research-style platform.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the text of every slide (a deck page's transcript items, the SVG text of a
 * published Google Slides deck, a Pitch or Canva text box) is body, and the deck's description is body; slide titles are
 * headings only where the markup makes them headings (reveal.js and Marp h2, Pitch role="heading" divs, Canva h2), while
 * SlideShare, Speaker Deck and Google Slides slide titles are body text inside their slide; the title slide's title is the
 * title and its presenter and date lines are bylines; speaker notes shown in a visible notes panel (Google Slides) are
 * body, but notes hidden in reveal.js asides are in neither list; a closing "Thank you!" slide line is body, its
 * "slides and code" link line furniture; slide counters ("1 / 5", "Slide 3", "Step 1 of 14"), player buttons and the
 * "Transcript" label are furniture; a theme's header and footer repeated on every slide are furniture; a Ghost excerpt
 * (standfirst) and a Notion callout and toggle (its summary and text) are body, Notion's properties table labels and values
 * furniture except the owner and last-edited time, which are bylines; reading time is furniture; a poster's authors,
 * affiliations and published date are bylines, its keywords, metrics, citation box and copyright line furniture; table
 * header cells (reveal.js) are in neither list, data cells body; breadcrumb items that repeat the title are in neither list.
 */
export const HELDOUT426_PAGES: readonly TestPage[] = [...HELDOUT426_A, ...HELDOUT426_B, ...HELDOUT426_C, ...HELDOUT426_D, ...HELDOUT426_E, ...HELDOUT426_F];
