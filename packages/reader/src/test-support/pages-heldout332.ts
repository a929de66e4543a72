import type { TestPage } from './page-kit.js';
import { HELDOUT332_A } from './pages-heldout332-a.js';
import { HELDOUT332_B } from './pages-heldout332-b.js';
import { HELDOUT332_C } from './pages-heldout332-c.js';
import { HELDOUT332_D } from './pages-heldout332-d.js';
import { HELDOUT332_E } from './pages-heldout332-e.js';
import { HELDOUT332_F } from './pages-heldout332-f.js';

/**
 * Held-out batch 332, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a TechCrunch-style funding story
 * on the WordPress block theme, a Product Hunt-style launch page (Next.js) where the maker's first comment is the body, a Hacker
 * News "Show HN" thread, a startup's launch announcement on Ghost (Casper), a YC-style company profile with a short description,
 * a VC firm's essay in a Medium publication, a startup's public changelog on a Mintlify docs site, a founder's hiring page
 * published from Notion, a Crunchbase-style company data page (Angular), an accelerator's demo-day recap built with Elementor,
 * an investor's memo on a Webflow CMS template, and a startup's pricing FAQ built with Framer.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the Product Hunt page only the maker's comment is body; the product tagline (an
 * h2 under the name), other people's comments, their names and ages are furniture, and the maker's name and age are bylines;
 * on Hacker News the submitter's text and every comment are body, usernames and ages bylines, points, nav and the
 * next / reply links furniture; a Ghost custom excerpt and a Medium subtitle are body (standfirsts), reading times bylines; a
 * quote's attribution line written in the article is body; on the YC profile only the company description is body, and the
 * one-liner, pills, facts card and founders' cards (names, roles, bios) are furniture, with no bylines; on the Mintlify
 * changelog each release title is a heading, the page description, release intros and items are body, the release dates are
 * bylines and the version pills furniture; on the Notion page the grey "name · role · updated" text block is a byline, the
 * callout with location and salary is body, and a toggle's title is a heading and its content body; on the Crunchbase page the
 * About line, long description, funding summary sentence and the funding-round data cells are body, tile labels, highlight
 * cards and table header cells furniture, and detail values that repeat body text (the founded year, the last funding type,
 * the total) are in neither list; on the Webflow memo the embedded table's data cells are body and its header cells in
 * neither list; on the Framer FAQ the group titles and the questions are headings and the answers body; one- and two-character
 * cells and counts are left out of every list.
 */
export const HELDOUT332_PAGES: readonly TestPage[] = [...HELDOUT332_A, ...HELDOUT332_B, ...HELDOUT332_C, ...HELDOUT332_D, ...HELDOUT332_E, ...HELDOUT332_F];
