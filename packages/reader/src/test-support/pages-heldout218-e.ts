import type { TestPage } from './page-kit.js';
import { railwayThread } from './pages-heldout218-e2.js';
import { tindieProduct } from './pages-heldout218-e3.js';

/**
 * Held-out batch 218, file e: a model railway forum thread on phpBB 3.3 prosilver (post profiles with rank, posts, joined and
 * location, per-post subject lines, a quoted reply, action bars, jump box, "Who is online" and the cookieconsent bar) and a Tindie
 * product page (navbar, breadcrumbs, price, options and "Add to Cart", stock and ships-from stats, tabs for description,
 * documentation links, a shipping table and reviews, the seller card and related products).
 */
export const HELDOUT218_E: readonly TestPage[] = [railwayThread, tindieProduct];
