import type { TestPage } from './page-kit.js';
import { HELDOUT153_A } from './pages-heldout153-a.js';
import { HELDOUT153_B } from './pages-heldout153-b.js';
import { HELDOUT153_C } from './pages-heldout153-c.js';
import { HELDOUT153_D } from './pages-heldout153-d.js';
import { HELDOUT153_E } from './pages-heldout153-e.js';
import { HELDOUT153_F } from './pages-heldout153-f.js';

/**
 * Held-out batch 153, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Al-Monitor news story, a Kyiv
 * Independent news story (Ghost), a Moscow Times news story, a The Local Sweden news story, a Nikkei Asia news story, a
 * Rappler news story (WordPress), a Channel NewsAsia news story, a Globe and Mail opinion column, an ABC (Australia) news
 * story, a Stuff (New Zealand) news story, a Mail & Guardian news story (WordPress) and a Daily Nation (Kenya) news story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or subtitle under the headline is body; datelines that open the
 * first paragraph ("HANOI --", "SINGAPORE:") and sign-offs that close the last one ("– Rappler.com") are part of their
 * paragraphs (body); an editor-written summary box in the article (ABC's "In short", the Nation's "What you need to know")
 * is body with its label in neither list, while a machine-made summary with a disclaimer (Rappler's AI "Summary") is
 * furniture; "Read also" / "READ ALSO" link paragraphs and cards inside the text are furniture; an opinion writer's
 * contributor note is furniture; a "Source:" agency line under a story is a byline.
 */
export const HELDOUT153_PAGES: readonly TestPage[] = [...HELDOUT153_A, ...HELDOUT153_B, ...HELDOUT153_C, ...HELDOUT153_D, ...HELDOUT153_E, ...HELDOUT153_F];
