import type { TestPage } from './page-kit.js';
import { wikibooksRecipe } from './pages-heldout151-d2.js';
import { osdevPage } from './pages-heldout151-d3.js';

/**
 * Held-out batch 151, file d: an English Wikibooks Cookbook recipe in the Vector 2022 shell, with the Cookbook navigation
 * bar, the recipe summary box, an ingredient table and procedure list (file d2), and an OSDev wiki page in the MonoBook
 * skin, with a rating box, the classic table of contents, a C code block, a "See Also" section and the left column of
 * portlets after the content (file d3).
 */
export const HELDOUT151_D: readonly TestPage[] = [wikibooksRecipe, osdevPage];
