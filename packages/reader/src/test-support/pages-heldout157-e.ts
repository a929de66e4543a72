import type { TestPage } from './page-kit.js';
import { webmdSlideshow } from './pages-heldout157-e1.js';
import { nhsInform } from './pages-heldout157-e2.js';

/** Held-out batch 157, file e: a WebMD slideshow (helper e1) and an NHS inform (Scotland) condition page (helper e2). */
export const HELDOUT157_E: readonly TestPage[] = [webmdSlideshow, nhsInform];
