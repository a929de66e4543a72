import type { TestPage } from './page-kit.js';
import { esaNews } from './pages-heldout212-a2.js';
import { cernNews } from './pages-heldout212-a3.js';

/** Held-out batch 212, file a: an ESA news article on esa.int (file a2) and a CERN news article on home.cern (file a3). */
export const HELDOUT212_A: readonly TestPage[] = [esaNews, cernNews];
