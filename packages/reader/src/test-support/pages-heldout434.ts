import type { TestPage } from './page-kit.js';
import { HELDOUT434_A } from './pages-heldout434-a.js';
import { HELDOUT434_B } from './pages-heldout434-b.js';
import { HELDOUT434_C } from './pages-heldout434-c.js';
import { HELDOUT434_D } from './pages-heldout434-d.js';
import { HELDOUT434_E } from './pages-heldout434-e.js';
import { HELDOUT434_F } from './pages-heldout434-f.js';

/**
 * Held-out batch 434, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and without
 * running the extractor (or the CLI, the API, the demo or any test) on these pages: a USGS-style earthquake event page built
 * with Angular and a summary table, a volcano observatory's weekly activity update on Joomla 4 (Cassiopeia), a geological
 * survey's rock entry on WordPress with Gutenberg blocks, a geology blog on Blogger (Contempo) with threaded comments, a science
 * news article about an eruption on a Science X-style news site, a tsunami warning centre's bulletin in plain text in a
 * `<pre>`, a national park's geology page on the NPS CommonSpot template, a mindat-style mineral locality page, a seismology
 * network's FAQ on Hugo with a Bootstrap accordion, a university geology department's fieldtrip report built with Elementor,
 * a fossil-hunting forum thread on phpBB (prosilver), and a Fandom wiki page about a fault line.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: key-value tables at the head of a data page (the USGS event summary, the survey's
 * key facts, the locality data) have their value cells as body and their row labels in neither list; a volcano alert-level
 * box outside the article body is furniture; a "Related ..." card block inside the entry content, under its own h2, is
 * furniture and its h2 not a heading; the tsunami bulletin's blank-line-separated blocks in the `<pre>` (section line,
 * bullet paragraphs, each parameter line) are body, its product code lines furniture, its issuer and issue-time lines
 * bylines, and its upper-case repeat of the title and the "$$" end mark in neither list; the FAQ's accordion questions are
 * headings and their answers body, the table of contents that repeats the questions in neither list; on phpBB the h1 is the
 * board name (furniture) and the title is the topic title in the h2, the "Re:" post titles in neither list, a quoted passage
 * inside a reply is part of the quoted post's body and its "wrote:" line furniture, poster names and post dates bylines;
 * references lists (the locality page, the wiki) are body under a "References" heading; a wiki infobox (title, labels and
 * values) and the wiki's table of contents are furniture; stats counters on the page-builder report are furniture; breadcrumb
 * items or tags that also occur inside a body paragraph (place names) are left out of the furniture list.
 */
export const HELDOUT434_PAGES: readonly TestPage[] = [...HELDOUT434_A, ...HELDOUT434_B, ...HELDOUT434_C, ...HELDOUT434_D, ...HELDOUT434_E, ...HELDOUT434_F];
