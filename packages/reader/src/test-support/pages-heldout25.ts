import type { TestPage } from './page-kit.js';
import { HELDOUT25_A } from './pages-heldout25-a.js';
import { HELDOUT25_B } from './pages-heldout25-b.js';
import { HELDOUT25_C } from './pages-heldout25-c.js';
import { HELDOUT25_D } from './pages-heldout25-d.js';
import { HELDOUT25_E } from './pages-heldout25-e.js';
import { HELDOUT25_F } from './pages-heldout25-f.js';

/**
 * Held-out batch 25, written in session 15 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: news pages from
 * publishers not yet in the set: an Atlantic-style long magazine feature, a Los Angeles Times story (California Times
 * template), a Times of India city story, a story in The Hindu, a Sky News story, a CBC News story, an ABC News (Australia)
 * story, a Forbes contributor post, a Euronews story, a Deutsche Welle (English) story, a Verge story (Vox Media's duet/Chorus
 * template) and a South China Morning Post story. Texts, people and facts are invented.
 * Not yet measured.
 */
export const HELDOUT25_PAGES: readonly TestPage[] = [...HELDOUT25_A, ...HELDOUT25_B, ...HELDOUT25_C, ...HELDOUT25_D, ...HELDOUT25_E, ...HELDOUT25_F];
