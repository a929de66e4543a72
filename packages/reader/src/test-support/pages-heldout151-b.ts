import type { TestPage } from './page-kit.js';
import { wikivoyage } from './pages-heldout151-b2.js';
import { fandomBook } from './pages-heldout151-b4.js';

/**
 * Held-out batch 151, file b: an English Wikivoyage itinerary for an invented coastal walk in the Vector 2022 shell, with
 * the page banner, a mapframe and listings (file b2), and a Fandom wiki article about an invented novel in the
 * FandomDesktop skin, with the global and community navigation, the portable infobox, a spoiler notice, ad slots, the
 * right rail, article comments, the "More Fandoms" block, the global footer and the consent dialog (files b3 and b4).
 */
export const HELDOUT151_B: readonly TestPage[] = [wikivoyage, fandomBook];
