import type { TestPage } from './page-kit.js';
import { scienceNews } from './pages-heldout230-d2.js';
import { conversation } from './pages-heldout230-d3.js';

/**
 * Held-out batch 230, file d: a Science News article (file d2) and a The Conversation article (file d3).
 */
export const HELDOUT230_D: readonly TestPage[] = [scienceNews, conversation];
