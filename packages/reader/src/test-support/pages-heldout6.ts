import type { TestPage } from './page-kit.js';
import { HELDOUT6_A } from './pages-heldout6-a.js';
import { HELDOUT6_B } from './pages-heldout6-b.js';
import { HELDOUT6_C } from './pages-heldout6-c.js';
import { HELDOUT6_D } from './pages-heldout6-d.js';
import { HELDOUT6_E } from './pages-heldout6-e.js';
import { HELDOUT6_F } from './pages-heldout6-f.js';

/**
 * Held-out batch 6: twelve pages written in session 10 without reading the reader's rules and
 * without running the extractor on them, to measure the extraction rules on page shapes not
 * covered before:
 * - news: a Condé Nast style magazine long-read (rubric, dek, drop cap, pull quote, print-edition
 *   note, contributor bio), a Guardian style opinion column (standfirst, author note and letters
 *   prompt inside the body, "Most viewed" rail), a local TV station story (autoplay video
 *   player, weather widget, detour list, broadcast copyright line), an Ars-like technology story
 *   (dek in an h2, "Further Reading" box in the body, author card, promoted comment);
 * - blog/essay: a Next.js company engineering blog post (cookie banner, author card, hiring
 *   banner, related posts), a podcast episode page (player, subscribe links, show notes, sponsor
 *   line, timestamped transcript), a Distill-like research article (d-* elements, byline grid,
 *   figure captions, appendix);
 * - docs: a Docusaurus v3 page (admonitions, code block, edit link, last-updated line,
 *   pagination, feedback widget), a public Notion page (div-only blocks, callout, to-dos, page
 *   properties, table-of-contents block);
 * - forum: a Hacker News "Ask HN" thread (table layout, nested comments), a GitHub issue thread
 *   (issue-form sections, comment headers in h3s, timeline events, sidebar);
 * - wiki/health: an NHS-style health information page (cookie banner, care card, do/don't
 *   lists, review dates).
 * Each page's hard calls are written in a comment on the page.
 */
export const HELDOUT6_PAGES: readonly TestPage[] = [...HELDOUT6_A, ...HELDOUT6_B, ...HELDOUT6_C, ...HELDOUT6_D, ...HELDOUT6_E, ...HELDOUT6_F];
