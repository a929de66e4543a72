import type { TestPage } from './page-kit.js';
import { wikipediaChem } from './pages-heldout151-a3.js';
import { wikipediaSeason } from './pages-heldout151-a4.js';

/**
 * Held-out batch 151, file a: two English Wikipedia articles in the Vector 2022 skin (shell in file a2): an article on an
 * (invented) alkaloid with a hatnote and a chembox (file a3), and an article on a season of an (invented) football league
 * with a citation-needed message box, an infobox, a teams table, the league table and a top scorers table (file a4).
 */
export const HELDOUT151_A: readonly TestPage[] = [wikipediaChem, wikipediaSeason];
