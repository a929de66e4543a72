import type { TestPage } from './page-kit.js';
import { eumetsatNews } from './pages-heldout212-c2.js';
import { copernicusBulletin } from './pages-heldout212-c3.js';

/** Held-out batch 212, file c: a EUMETSAT news item on eumetsat.int (file c2) and a Copernicus Climate Change Service monthly climate bulletin (file c3). */
export const HELDOUT212_C: readonly TestPage[] = [eumetsatNews, copernicusBulletin];
