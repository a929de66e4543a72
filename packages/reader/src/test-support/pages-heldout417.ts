import type { TestPage } from './page-kit.js';
import { HELDOUT417_A } from './pages-heldout417-a.js';
import { HELDOUT417_B } from './pages-heldout417-b.js';
import { HELDOUT417_C } from './pages-heldout417-c.js';
import { HELDOUT417_D } from './pages-heldout417-d.js';
import { HELDOUT417_E } from './pages-heldout417-e.js';
import { HELDOUT417_F } from './pages-heldout417-f.js';

/**
 * Held-out batch 417, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Webtoon-style episode viewer
 * whose text is the creator's note under the panels, a Tapas-style novel episode, a webcomic's WordPress site on a
 * ComicPress-style theme with the blog post under the comic, a Royal Road-style chapter with author's notes, a Wattpad-style
 * story part rendered by its React client, a Scribble Hub-style chapter with a status-screen table, a serial's Substack-style
 * chapter with section headings and a pull quote, a webcomic's archive page on a Comic Easel-style theme (a listing), a fan
 * forum thread about a chapter on a phpBB board, a Kindle Vella-style episode on a store template, a Patreon-style public
 * post of a chapter (Next.js markup) and a comic creator's Ko-fi-style update (short main text).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the chapter or episode text is the body, and the author's notes around it
 * (Royal Road's "A note from", Scribble Hub's and Pageway's "Author's note", Tapas' "Creator's note") are furniture, except
 * on the Webtoon-style page, where the creator's note is the only text of the episode and is the body; a Substack subtitle
 * is body and its pull quote is body (it repeats a sentence of the chapter); a status-screen table's rows are body, one
 * "name value" entry per row; on the archive page the intro paragraphs and each page title are body, the chapter names are
 * headings and the page dates are in neither list; on the forum thread every post, including the quoted passage, is body,
 * and the quote's "wrote:" citation is a byline, signatures and post counts furniture; the Patreon post's opening
 * paragraph and closing thanks, written by the author inside the post body, are body; series names shown beside the
 * episode title are furniture; inline comment counts on Wattpad paragraphs and Royal Road's anti-theft line hidden by a
 * stylesheet are in neither list; comments on chapters are furniture, their authors and times bylines; no furniture text
 * may occur as a whole-word run on a short gold line (title, headings, short body items), so a few menu texts were
 * worded to avoid that.
 */
export const HELDOUT417_PAGES: readonly TestPage[] = [...HELDOUT417_A, ...HELDOUT417_B, ...HELDOUT417_C, ...HELDOUT417_D, ...HELDOUT417_E, ...HELDOUT417_F];
