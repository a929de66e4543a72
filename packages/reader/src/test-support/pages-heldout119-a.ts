import type { TestPage } from './page-kit.js';
import { wikipediaArticle } from './pages-heldout119-a2.js';
import { fandomCharacter } from './pages-heldout119-a3.js';

/**
 * Held-out batch 119, file a: two wiki pages, an English Wikipedia science article in the Vector 2022 skin (file a2) and a
 * Fandom character page in the FandomDesktop skin with a portable infobox (file a3); their texts are in files a4 and a5.
 */
export const HELDOUT119_A: readonly TestPage[] = [wikipediaArticle, fandomCharacter];
