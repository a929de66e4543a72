import type { TestPage } from './page-kit.js';
import { HELDOUT369_A } from './pages-heldout369-a.js';
import { HELDOUT369_B } from './pages-heldout369-b.js';
import { HELDOUT369_C } from './pages-heldout369-c.js';
import { HELDOUT369_D } from './pages-heldout369-d.js';
import { HELDOUT369_E } from './pages-heldout369-e.js';
import { HELDOUT369_F } from './pages-heldout369-f.js';

/**
 * Held-out batch 369, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an AnandTech-style multi-page CPU
 * review (page 3 of 6, with reader comments), a Tom's Hardware-style (Future plc) GPU review with benchmark chart figures and a
 * verdict box, a PCMag-style (Ziff Davis, Tailwind) laptop review with a spec table and a bottom-line verdict box, a Geekbench
 * Browser-style benchmark database result page, a PC build guide on WordPress built with Elementor, an overclocking thread on a
 * phpBB (prosilver) board, a motherboard maker's product spec page rendered by Nuxt, a motherboard vendor's BIOS download page,
 * an iFixit-style SSD teardown guide, a keyboard enthusiast's blog on Ghost (Casper), a cloud-storage company's drive
 * reliability report on a classic WordPress theme with comments, and a deals roundup on a Next.js news site (Vox-style duet
 * components).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst / deck printed under the h1 (Tom's Hardware strapline, PCMag deck, Ghost
 * excerpt, the deals page's dek) and a product page's tagline are body; data table rows are body, one entry a row (cells joined
 * by spaces, the cells sit on separate source lines), header rows in neither list, table captions furniture; a review's verdict
 * box (rating, bottom line, pros and cons), "Editors' Note" boxes and price / deal widgets are furniture, the verdict section
 * written in the article's own flow is body; on the benchmark result page the score and system tables and the uploader's note
 * are body, the table names of the body tables are body, the "Upload Date" value is the byline and the "Result Information"
 * block furniture; on the phpBB thread the h1 is the board's name, so the title is the topic title (h2.topic-title), every
 * post is body, each poster's name and post time are bylines, ranks, post counts and signatures furniture; on the BIOS page
 * each version number (h3) is a heading and its release date, size and changelog items body, the caution box items body;
 * on the teardown each step title is a heading, its bullet lines body and the "Step N" labels furniture; the deals roundup's
 * product-card titles are headings and their descriptions body, prices, was-prices and shop buttons furniture; comments on
 * articles and guides are furniture; reading times ("9 min read") are bylines.
 */
export const HELDOUT369_PAGES: readonly TestPage[] = [...HELDOUT369_A, ...HELDOUT369_B, ...HELDOUT369_C, ...HELDOUT369_D, ...HELDOUT369_E, ...HELDOUT369_F];
