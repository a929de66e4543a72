import type { TestPage } from './page-kit.js';
import { HELDOUT2_BLOG } from './pages-heldout2-blog.js';
import { HELDOUT2_FORUM } from './pages-heldout2-forum.js';
import { HELDOUT2_NEWS } from './pages-heldout2-news.js';
import { HELDOUT2_REF } from './pages-heldout2-ref.js';

/**
 * The second held-out batch: 14 pages written to the shape of real sites (live blog, consent
 * manager and newsletter modal, paywall, photo gallery, Medium-like post, company blog with
 * comments, newsletter, essay among teaser cards, docs with code and a table of contents, wiki
 * with footnotes, help centre, two forums, tech news with a video player) BEFORE the furniture
 * rules were generalised in sprint 8, and measured on the rules as they were (README). The rules
 * were then changed while looking at them, so after that they are training pages too.
 */
export const HELDOUT2_PAGES: readonly TestPage[] = [...HELDOUT2_NEWS, ...HELDOUT2_BLOG, ...HELDOUT2_REF, ...HELDOUT2_FORUM];
