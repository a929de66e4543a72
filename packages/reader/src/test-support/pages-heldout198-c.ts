import type { TestPage } from './page-kit.js';
import { dawn } from './pages-heldout198-c1.js';
import { kathmanduPost } from './pages-heldout198-c2.js';

/**
 * Held-out batch 198, file c: a Dawn (Pakistan) story (h2 story title, in-text "Read:" link, "Published in Dawn" line, closed comments) and a Kathmandu
 * Post story (subtitle, "Published at" / "Updated at" times, rails).
 */
export const HELDOUT198_C: readonly TestPage[] = [dawn, kathmanduPost];
