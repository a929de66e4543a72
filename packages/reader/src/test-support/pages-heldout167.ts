import type { TestPage } from './page-kit.js';
import { HELDOUT167_A } from './pages-heldout167-a.js';
import { HELDOUT167_B } from './pages-heldout167-b.js';
import { HELDOUT167_C } from './pages-heldout167-c.js';
import { HELDOUT167_D } from './pages-heldout167-d.js';
import { HELDOUT167_E } from './pages-heldout167-e.js';
import { HELDOUT167_F } from './pages-heldout167-f.js';

/**
 * Held-out batch 167, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Mirror.xyz post, a
 * Paragraph.xyz newsletter post, a Stratechery-style WordPress newsletter article, a Platformer-style Ghost newsletter
 * issue, a Hatena Blog post in English, a Tistory blog post in English with the Korean interface, an Obsidian Publish
 * note, a Quartz v4 digital garden note, a TiddlyWiki single-file wiki tiddler page, a WriteFreely instance post, a
 * Mataroa-like minimalist blog post with replies by email and a Kit (ConvertKit) newsletter web archive issue.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a subtitle or Ghost excerpt under the title is body; a sponsor callout at the top
 * of a newsletter, a "follow-up in the Daily Update" note and an audio "Listen to this Article" bar are furniture; an
 * Obsidian callout's text is body and its title ("Tip") in neither list; a Quartz footnote is body; TiddlyWiki table data
 * cells are body (header cells neither); WriteFreely hashtag links at the end of the content are furniture; a newsletter's
 * greeting and sign-off ("Hi friend,", "Callum") are body, its hidden preheader and email footer furniture; texts in hidden
 * elements (dialogs, noscript, preheaders) are listed as furniture; replies the author published under a post are
 * furniture and their names bylines; "On this page" / "Table of Contents" lists that repeat the headings are left out;
 * the TiddlyWiki JSON tiddler store (raw wikitext of the same tiddler) is in neither list.
 */
export const HELDOUT167_PAGES: readonly TestPage[] = [...HELDOUT167_A, ...HELDOUT167_B, ...HELDOUT167_C, ...HELDOUT167_D, ...HELDOUT167_E, ...HELDOUT167_F];
