import type { TestPage } from './page-kit.js';
import { HELDOUT390_A } from './pages-heldout390-a.js';
import { HELDOUT390_B } from './pages-heldout390-b.js';
import { HELDOUT390_C } from './pages-heldout390-c.js';
import { HELDOUT390_D } from './pages-heldout390-d.js';
import { HELDOUT390_E } from './pages-heldout390-e.js';
import { HELDOUT390_F } from './pages-heldout390-f.js';

/**
 * Held-out batch 390, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GeeksforGeeks-style article with
 * code blocks and "Output" sections, a W3Schools-style reference page with "Try it Yourself" boxes (short main text), a
 * Baeldung-style Java tutorial on WordPress, a Real Python-style tutorial with a table of contents, a DigitalOcean-style
 * community tutorial with prerequisites in Next.js / styled-components markup, a freeCodeCamp-style news article on Ghost, a
 * TutorialsPoint-style chapter, a Programiz-style example page on Drupal (short main text), a LeetCode-style discussion thread
 * in Next.js markup where the posts are the body, a Dev.to-style post on Forem, a Hashnode-style blog post in Next.js markup,
 * and a personal coding blog on Jekyll's minima theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: code blocks, their "Output" labels (bold paragraphs or an h3) and output boxes,
 * syntax boxes and file-name labels of code are in neither list; table data cells are body, table header cells in neither
 * list (the W3Schools browser-support table, whose cells are browser versions and dates, is in neither); an "Example" box
 * title and its "Try it Yourself" button are furniture; a note callout inside the article ("Note:") is body, a "Free Bonus",
 * "Watch Now", "Also Read" or course promo inside the article is furniture; a table of contents is furniture; a series box
 * at the top of a post is furniture; the "Examples:" lead-in and the input / output list items of a GeeksforGeeks problem
 * statement are body; on the forum thread the topic post and every reply are body, and each poster's name and date are
 * bylines, vote and view counts furniture; on the articles, comments (their text, commenter names and dates) are furniture;
 * "Last Updated :", "Written by:" and "Reviewed by:" labels and the reviewer's name are bylines; reading-time lines
 * ("5 min read", "Reading time estimate 17m") and tags are furniture; the label "Publication date" is furniture and its date
 * a byline; a text already listed once (a repeated menu item or date) is listed once; visible texts that are also part of a
 * body text (a menu item "Java" on a Java page) are left out of furniture.
 */
export const HELDOUT390_PAGES: readonly TestPage[] = [...HELDOUT390_A, ...HELDOUT390_B, ...HELDOUT390_C, ...HELDOUT390_D, ...HELDOUT390_E, ...HELDOUT390_F];
