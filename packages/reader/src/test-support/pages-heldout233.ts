import type { TestPage } from './page-kit.js';
import { HELDOUT233_A } from './pages-heldout233-a.js';
import { HELDOUT233_B } from './pages-heldout233-b.js';
import { HELDOUT233_C } from './pages-heldout233-c.js';
import { HELDOUT233_D } from './pages-heldout233-d.js';
import { HELDOUT233_E } from './pages-heldout233-e.js';
import { HELDOUT233_F } from './pages-heldout233-f.js';

/**
 * Held-out batch 233, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Udemy course landing page, a
 * Skillshare class page, a MasterClass article, a Duolingo blog post, a Memrise community (Discourse) thread, an Open edX
 * courseware unit, a coding bootcamp's WordPress blog post, a language school's grammar guide, a music theory lesson page,
 * a driving school's test tips post, a tutoring company's exam guide and a teachers' resource site lesson plan.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a course page's headline, "What you'll learn", requirements and audience lists are
 * body; a MasterClass closing "Learn More" promo paragraph inside the article body is body; an Open edX problem's question
 * text is body, its controls furniture; the Discourse thread has no headings.
 */
export const HELDOUT233_PAGES: readonly TestPage[] = [...HELDOUT233_A, ...HELDOUT233_B, ...HELDOUT233_C, ...HELDOUT233_D, ...HELDOUT233_E, ...HELDOUT233_F];
