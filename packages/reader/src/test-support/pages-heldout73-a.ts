import type { TestPage } from './page-kit.js';
import { wpAffiliate } from './pages-heldout73-a2.js';
import { wpRecipe } from './pages-heldout73-a3.js';

/**
 * Held-out batch 73, file a: two WordPress blog posts. An affiliate review post (GeneratePress with Rank Math breadcrumbs, an
 * affiliate disclosure at the top of the entry content, an Easy Table of Contents "Jump to" box, Lasso product boxes with
 * badges, prices and buttons, a Rank Math FAQ block, Jetpack share, like and related-posts blocks, an author box, the comment
 * form, a sidebar, footer and Complianz cookie banner); and a recipe post (Genesis with Feast, a disclosure line, "Jump to
 * Recipe" and "Print Recipe" at the top, ad slots, a WP Recipe Maker card with rating, times, servings, ingredient groups,
 * instructions, notes, nutrition and call to action, reader comments with a recipe rating, and a sidebar with an about box,
 * newsletter form and popular recipes).
 */
export const HELDOUT73_A: readonly TestPage[] = [wpAffiliate, wpRecipe];
