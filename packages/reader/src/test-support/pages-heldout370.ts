import type { TestPage } from './page-kit.js';
import { HELDOUT370_A } from './pages-heldout370-a.js';
import { HELDOUT370_B } from './pages-heldout370-b.js';
import { HELDOUT370_C } from './pages-heldout370-c.js';
import { HELDOUT370_D } from './pages-heldout370-d.js';
import { HELDOUT370_E } from './pages-heldout370-e.js';
import { HELDOUT370_F } from './pages-heldout370-f.js';

/**
 * Held-out batch 370, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a student newspaper story on SNO
 * Sites (FLEX Pro), a university daily's news story on an Arc XP Fusion-style site, a student radio station's blog post on
 * WordPress with Astra (embedded player, track list, comments), a campus news site's story on Squarespace 7.1 built from layout
 * blocks, an opinion column on Ghost (Source theme) with the paper's staff box, a basketball recap on Newspack with a line score
 * table, a student magazine's issue page on an Issuu-style web reader built with Next.js (short main text), a high-school
 * yearbook club's post on Blogger, a student paper's live coverage of an election night with the WordPress Liveblog plugin,
 * an editorial board's letter on a Medium publication, a campus satire story on the tagDiv Newspaper theme, and a journalism
 * school's student news lab story on Drupal 10.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a deck, subheadline, excerpt or subtitle printed under the headline is body; the
 * category or section label above a headline is furniture; a column's italic author note ("X is a junior ... Opinions
 * expressed ...") and a paper's staff box inside the post are furniture, as is a news lab's "About this story" note; an
 * author's name and role label ("Staff Reporter"), "Written By" / "Posted by" labels and reading times are bylines; a pull
 * quote or quote block that quotes a source is body and its attribution line furniture; a letter's salutation and its
 * sign-off ("Respectfully," / "The Editorial Board of ...") are body; on the live page the intro, the "Key results" box and
 * every entry's heading and paragraphs are the article (the box label and entry headings are headings), each entry's time
 * and author are bylines and the "coverage has ended" label furniture; on the Issuu-style page the issue description and its
 * "In this issue" list are the body and the publisher name next to the title a byline; on Blogger the post title is an
 * h3 (the blog name is the page's h1) and the post title is the title; a satire dateline opening the first paragraph stays
 * in the body, and the site's satire disclaimer is furniture; data tables (line score, township table) are in neither list;
 * a "Read more" / "READ ALSO" promo inside the body is furniture; bare view, clap and comment counts are furniture.
 */
export const HELDOUT370_PAGES: readonly TestPage[] = [...HELDOUT370_A, ...HELDOUT370_B, ...HELDOUT370_C, ...HELDOUT370_D, ...HELDOUT370_E, ...HELDOUT370_F];
