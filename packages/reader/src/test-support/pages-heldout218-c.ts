import type { TestPage } from './page-kit.js';
import { sewalongPost } from './pages-heldout218-c2.js';
import { prusaKb } from './pages-heldout218-c3.js';

/**
 * Held-out batch 218, file c: a sewing pattern company's sewalong post on a Squarespace 7.1 blog (announcement bar, HTML, image,
 * quote and button blocks, categories and tags, author profile, comment count, prev/next pagination, newsletter block with hidden
 * "Thank you!", social links and the v2 cookie banner) and a Prusa Knowledge Base article (Nuxt app: KB search, breadcrumbs, a
 * table of contents that repeats the headings, "Relevant for" printer badges, updated and reading-time meta, a warning notice in
 * the article, the "Was this article helpful?" box, related articles, "Still have questions?" and the comments prompt).
 */
export const HELDOUT218_C: readonly TestPage[] = [sewalongPost, prusaKb];
