import type { TestPage } from './page-kit.js';
import { diyGuide } from './pages-heldout218-d2.js';
import { potteryClass } from './pages-heldout218-d3.js';

/**
 * Held-out batch 218, file d: a DIY store's how-to guide on the chain's own Next.js site (top bar, search, mega nav,
 * breadcrumbs, difficulty/time/cost facts, share and print buttons, hero caption, a "Safety first" callout, numbered steps with
 * their h3 headings inside the list items, "Shop this project" product cards, feedback box with hidden thanks, related guides,
 * newsletter, OneTrust banner) and a pottery studio's class page on Wix (rich-text components for every paragraph, the price
 * box with "Book Now" beside the text, a gift voucher promo, the Instagram feed widget, footer address and the Wix consent banner).
 */
export const HELDOUT218_D: readonly TestPage[] = [diyGuide, potteryClass];
