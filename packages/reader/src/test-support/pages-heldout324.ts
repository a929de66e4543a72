import type { TestPage } from './page-kit.js';
import { HELDOUT324_A } from './pages-heldout324-a.js';
import { HELDOUT324_B } from './pages-heldout324-b.js';
import { HELDOUT324_C } from './pages-heldout324-c.js';
import { HELDOUT324_D } from './pages-heldout324-d.js';
import { HELDOUT324_E } from './pages-heldout324-e.js';
import { HELDOUT324_F } from './pages-heldout324-f.js';

/**
 * Held-out batch 324, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Legacy.com-style obituary with
 * its guest book of condolences, a funeral home's obituary on a Tribute Technology / FrontRunner-style template with the
 * service times, a small daily's death notices column on TownNews BLOX (a listing), a long obituary of a notable person on an
 * Arc XP newspaper template, a Find a Grave-style memorial (a data page with a short bio), a WikiTree genealogy profile, a
 * family history society's research guide built with Elementor, a RootsChat-style genealogy forum thread on SMF 2, a
 * MuchLoved-style online memorial tribute page, a local historical society's war memorial name biography on Squarespace, a
 * Blogger post on tracing an ancestor, and a parish church's burial register page with a table built with Wix.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the life dates line under an obituary's or memorial's name (birth – death) and the
 * dateline place under a Legacy name are bylines, as are "Published by ... from ... to ..." lines, "Created by" / "Added"
 * memorial lines, WikiTree's profile manager and "Last modified" lines, and a tribute's "Written by" line; a guest book,
 * tribute wall or candle messages of visitors are comments, so furniture, but the posts of a forum thread are body, with
 * the poster names, the "Reply #" datelines and quote headers as bylines and the quoted text inside a reply as body; the
 * service times of the funeral home page (date, time and place of each event) are body and each event's name a heading,
 * the "Service Schedule" h2 too; Find a Grave's birth, death and burial values and places are body and their labels in
 * neither list, while the family member cards are furniture (links to other memorials); WikiTree's vitals lines and its
 * numbered sources are body, the Edit link, sticker and acknowledgment line furniture; a news dek under the headline is
 * body and a pull quote repeating the text furniture; the Elementor guide's tip alert box is body; a table's data rows are
 * body, one item a row (cells joined by spaces), and its header cells in neither list; on Blogger the post title (an h3,
 * the h1 being the blog's name) is the title; bare field labels of forms are furniture.
 */
export const HELDOUT324_PAGES: readonly TestPage[] = [...HELDOUT324_A, ...HELDOUT324_B, ...HELDOUT324_C, ...HELDOUT324_D, ...HELDOUT324_E, ...HELDOUT324_F];
