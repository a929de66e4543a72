import type { TestPage } from './page-kit.js';
import { timesOfMalta } from './pages-heldout198-f1.js';
import { rnz } from './pages-heldout198-f2.js';

/**
 * Held-out batch 198, file f: a Times of Malta story (read time, support box, newsletter box, Disqus note) and an RNZ story (photo captions with
 * credits, newsletter line inside the body, app promo).
 */
export const HELDOUT198_F: readonly TestPage[] = [timesOfMalta, rnz];
