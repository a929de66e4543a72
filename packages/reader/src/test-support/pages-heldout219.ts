import type { TestPage } from './page-kit.js';
import { HELDOUT219_A } from './pages-heldout219-a.js';
import { HELDOUT219_B } from './pages-heldout219-b.js';
import { HELDOUT219_C } from './pages-heldout219-c.js';
import { HELDOUT219_D } from './pages-heldout219-d.js';
import { HELDOUT219_E } from './pages-heldout219-e.js';
import { HELDOUT219_F } from './pages-heldout219-f.js';

/**
 * Held-out batch 219, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Brookings article, a Chatham
 * House expert comment, a RAND commentary, a Council on Foreign Relations backgrounder, a Pew Research Center short read, an
 * Our World in Data article, a Bank of England Bank Underground blog post (WordPress.com), an OECD Ecoscope blog post
 * (WordPress.com), a Carbon Brief analysis, a Federal Reserve FEDS Notes page, a university policy institute's brief and an
 * IFS (Institute for Fiscal Studies) comment.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or subtitle is body; a summary or "Key Takeaways" box at the
 * top of a backgrounder or brief is body and its box heading is a section heading; a pull quote that is the author's own
 * sentence and a quoted source's blockquote are body, a pull statistic that repeats a finding is furniture; authors' names
 * written as the first paragraph of a blog post's content are a byline; closing author notes, "first published in" /
 * "originally appeared" notes, standing disclaimers, suggested citations, endnotes and reference lists are furniture;
 * chart and table titles, notes, sources and credits are furniture; a collapsed methodology box ("How we did this") is in
 * neither list; table header cells, row headers and bare-number data cells are in neither list; a "Contents" list that
 * repeats the headings is left out; a furniture text that recurs (a type label on several cards) is listed once.
 */
export const HELDOUT219_PAGES: readonly TestPage[] = [...HELDOUT219_A, ...HELDOUT219_B, ...HELDOUT219_C, ...HELDOUT219_D, ...HELDOUT219_E, ...HELDOUT219_F];
