import type { TestPage } from './page-kit.js';
import { spoonflowerPost } from './pages-heldout218-a2.js';
import { quiltingPost } from './pages-heldout218-a3.js';

/**
 * Held-out batch 218, file a: a Spoonflower blog post on WordPress (global shop header and blog category nav, an editor's note
 * at the top of the entry content, Pinterest "Save" buttons on images, captions, share links, tags, author box, related posts,
 * newsletter, a comment and the comment form, OneTrust banner) and a quilting blog post on a self-hosted WordPress site with the
 * Kadence theme (affiliate disclosure at the top of the post, Mediavine ad slots inside the content, breadcrumbs, Grow share bar,
 * reader comments with an author reply, sidebar with about box, popular posts, categories and a ConvertKit opt-in).
 */
export const HELDOUT218_A: readonly TestPage[] = [spoonflowerPost, quiltingPost];
