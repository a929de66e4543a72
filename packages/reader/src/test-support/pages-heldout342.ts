import type { TestPage } from './page-kit.js';
import { HELDOUT342_A } from './pages-heldout342-a.js';
import { HELDOUT342_B } from './pages-heldout342-b.js';
import { HELDOUT342_C } from './pages-heldout342-c.js';
import { HELDOUT342_D } from './pages-heldout342-d.js';
import { HELDOUT342_E } from './pages-heldout342-e.js';
import { HELDOUT342_F } from './pages-heldout342-f.js';

/**
 * Held-out batch 342, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a betting tips article with an odds
 * table and 18+ notices on WordPress with tagDiv's Newspaper theme, a fantasy football advice column on SB Nation (Vox Media's
 * Chorus), a horse-racing racecard on a Next.js racing site, a sportsbook's promotion page with its terms and conditions built
 * with Elementor, a betting forum thread on vBulletin 4, a responsible-gambling help page on Drupal 10 (Olivero), a racehorse's
 * profile page on a MediaWiki wiki (Vector 2022), a football predictions listicle on Ghost (Casper), a golf tournament betting
 * preview on an Arc XP news site (Arc Themes blocks), a fantasy basketball rankings post with a table on Squarespace 7.1, a poker
 * strategy post on Medium, and a lottery results page on a Nuxt 2 site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek / standfirst / subtitle written under the h1 (SB Nation's dek, Arc's
 * subheadline, Ghost's excerpt, Medium's subtitle) is body, not a heading; a table's data rows are body, one entry a row with its
 * cells joined by spaces, and header cells are in neither list; gambling compliance lines (18+, T&Cs apply, helpline notes,
 * "odds correct at time of writing") are furniture even when they sit inside the article body, but on the sportsbook promotion
 * page, whose subject is the offer, the claim steps and the full terms and conditions are body and only the accordion's
 * "Show all terms" label is furniture; the racecard's key facts list (distance, going, prize, runners), its runners table and
 * spotlight items are body, its "Updated" line a byline and the tipster's one-line nap furniture; on the racecard and lottery
 * pages the other race times, previous draws and the draw number are furniture; the lottery's drawn balls are one body entry
 * (the numbers joined by spaces) and the bonus-ball line another; the wiki infobox is in neither list, section [edit] links,
 * the table of contents, navbox and categories are furniture, and "last edited" is a byline; on the forum thread the posts are
 * the body, the thread title h1 (with vBulletin's "Thread:" prefix) is the title, usernames and post date-times are bylines,
 * user titles, join dates, post counts and signatures are furniture, and a reply's quote of an earlier post on the page is in
 * neither list (its text is already body); a "Read more:" inline promo or callout card is furniture; the responsible-gambling
 * page's "Last reviewed" label and date are bylines and its "Quick exit" button furniture; reading times are bylines.
 */
export const HELDOUT342_PAGES: readonly TestPage[] = [...HELDOUT342_A, ...HELDOUT342_B, ...HELDOUT342_C, ...HELDOUT342_D, ...HELDOUT342_E, ...HELDOUT342_F];
