import type { TestPage } from './page-kit.js';
import { koreaHerald } from './pages-heldout198-e1.js';
import { gleaner } from './pages-heldout198-e2.js';

/**
 * Held-out batch 198, file e: a Korea Herald story (subtitle, published/updated times, reporter e-mail line) and a Jamaica Gleaner Drupal story (bureau
 * dateline, "Gleaner Writer" byline, e-mail line, newsletter block).
 */
export const HELDOUT198_E: readonly TestPage[] = [koreaHerald, gleaner];
