import type { TestPage } from './page-kit.js';
import { HELDOUT32_A } from './pages-heldout32-a.js';
import { HELDOUT32_B } from './pages-heldout32-b.js';
import { HELDOUT32_C } from './pages-heldout32-c.js';
import { HELDOUT32_D } from './pages-heldout32-d.js';
import { HELDOUT32_E } from './pages-heldout32-e.js';
import { HELDOUT32_F } from './pages-heldout32-f.js';

/**
 * Held-out batch 32, written in session 16 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a Washington Post story on Arc XP (gift
 * article and audio buttons), an Economist article (fly-title and rubric), a Wired feature and a New Yorker piece on Condé
 * Nast's Verso template (the latter with its issue line), a Vox explainer on Chorus, a DER SPIEGEL International story, a
 * Nikkei Asia story, a ProPublica investigation (donation asks and notes), a Rest of World story, a Slate article, a partner
 * story syndicated on Yahoo News and a partner story on msn.com. Not yet measured.
 */
export const HELDOUT32_PAGES: readonly TestPage[] = [...HELDOUT32_A, ...HELDOUT32_B, ...HELDOUT32_C, ...HELDOUT32_D, ...HELDOUT32_E, ...HELDOUT32_F];
