import type { TestPage } from './page-kit.js';
import { tvTropesPage } from './pages-heldout163-a2.js';
import { wookieepediaPage } from './pages-heldout163-a3.js';

/**
 * Held-out batch 163, file a: a TV Tropes trope page (file a2) and a Wookieepedia character article on Fandom (file a3).
 */
export const HELDOUT163_A: readonly TestPage[] = [tvTropesPage, wookieepediaPage];
