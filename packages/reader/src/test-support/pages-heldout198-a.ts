import type { TestPage } from './page-kit.js';
import { irishIndependent } from './pages-heldout198-a1.js';
import { bangkokPost } from './pages-heldout198-a2.js';

/**
 * Held-out batch 198, file a: an Irish Independent news story (Mediahuis template, WhatsApp promo inside the body, Didomi consent) and a Bangkok Post
 * news story (article-info lines, keywords, like box).
 */
export const HELDOUT198_A: readonly TestPage[] = [irishIndependent, bangkokPost];
