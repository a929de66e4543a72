import type { TestPage } from './page-kit.js';
import { woodworkingThread } from './pages-heldout218-b2.js';
import { knittingPattern } from './pages-heldout218-b3.js';

/**
 * Held-out batch 218, file b: a woodworking forum thread on XenForo 2 (five posts with user cells, ranks, joined/messages/location
 * pairs, a quoted post with "Click to expand...", an edited post, reactions bars, similar threads, share buttons and the cookie
 * notice) and a knitting designer's pattern page, a Shopify product page on the Dawn theme (announcement bar, price block with
 * hidden labels, payment buttons, the pattern details in the product description, Delivery and Refunds accordions, share
 * button, "You may also like" cards, newsletter footer and the Shopify cookie banner).
 */
export const HELDOUT218_B: readonly TestPage[] = [woodworkingThread, knittingPattern];
