import type { TestPage } from './page-kit.js';
import { HELDOUT133_A } from './pages-heldout133-a.js';
import { HELDOUT133_B } from './pages-heldout133-b.js';
import { HELDOUT133_C } from './pages-heldout133-c.js';
import { HELDOUT133_D } from './pages-heldout133-d.js';
import { HELDOUT133_E } from './pages-heldout133-e.js';
import { HELDOUT133_F } from './pages-heldout133-f.js';

/**
 * Held-out batch 133, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wikipedia science concept
 * article, a Wikipedia company article and a Wikipedia film article (Vector 2022), a Fandom TV episode article, a Fandom game
 * item article (FandomDesktop), a Wikibooks chapter (Vector 2022), a WebMD health article, a Mayo Clinic disease overview, a
 * Healthline nutrition article, a Cleveland Clinic health library article, an NHS website condition page and a MedlinePlus
 * health topic page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: footnote markers ("[1]") stay in their paragraphs (body); reference lists, "See
 * also" and "External links" sections (headings and items), hatnotes, maintenance and notice boxes, navboxes and "edit"
 * links are furniture; infoboxes (Wikipedia and Fandom portable infoboxes, with their own h2/h3 labels) are in neither list,
 * their image captions furniture; a displayed formula is in neither list; table data cells are body; table-of-contents and
 * "In this Article" / "Contents" jump lists that repeat the headings are left out (their labels are furniture); a Fandom
 * page has no bylines and its comments are furniture; on the health pages the reviewed / updated lines and the review-block
 * names and dates are bylines, a summary under the title is body, "A note from Cleveland Clinic" is body, visually hidden
 * heading prefixes of NHS care cards ("Non-urgent advice:") and inset text ("Information:") are in neither list, NHS action
 * links are furniture, and on MedlinePlus only the Summary section is the article (the link sections after it are furniture);
 * a short furniture text that repeats the words of a short gold line (the Wikibooks book link, part of the chapter title) is
 * left out. The Vector 2022 chrome (files a3, a4) and the FandomDesktop chrome (file b3) are shared by the pages of each skin.
 */
export const HELDOUT133_PAGES: readonly TestPage[] = [...HELDOUT133_A, ...HELDOUT133_B, ...HELDOUT133_C, ...HELDOUT133_D, ...HELDOUT133_E, ...HELDOUT133_F];
