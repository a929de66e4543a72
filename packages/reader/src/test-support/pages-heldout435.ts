import type { TestPage } from './page-kit.js';
import { HELDOUT435_A } from './pages-heldout435-a.js';
import { HELDOUT435_B } from './pages-heldout435-b.js';
import { HELDOUT435_C } from './pages-heldout435-c.js';
import { HELDOUT435_D } from './pages-heldout435-d.js';
import { HELDOUT435_E } from './pages-heldout435-e.js';
import { HELDOUT435_F } from './pages-heldout435-f.js';

/**
 * Held-out batch 435, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Rotary club's weekly bulletin
 * story on ClubRunner, a Lions club's project page built from Squarespace 7.1 sections, a Scout group's camp report on
 * WordPress with the Astra theme (with comments), a Women's Institute-style branch page on the new Google Sites (short
 * text), a model railway club's layout page on Weebly (paragraphs split by double `<br>`), an amateur radio society's
 * meeting report on Joomla 5's Cassiopeia, a choir's concert page built with the Wix editor, a bridge club's results page
 * on a Bridgewebs-style site (two ranking tables), a film society's season programme on Drupal 10's Olivero (a listing),
 * a rambling club's walk report on Blogger's Notable theme (with comments), a debating society's motion page rendered
 * by Next.js, and a thread in a car owners' club forum on phpBB's prosilver.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: comments on articles (WordPress, Blogger) are furniture, their authors and
 * dates bylines; on the phpBB thread every post is body (a quoted excerpt inside a reply too), the "X wrote:" cite,
 * "Re:" subjects, profile columns and signatures furniture, and the topic title in h2.topic-title is the title although
 * the board name holds the page's h1; a bulletin's volume / issue line and date are bylines; a pull quote in the
 * Squarespace quote block is body, its attribution furniture; a kicker or event line above an h1 (Wix's date line, the
 * Next.js "Public debate" label, the venue) is furniture and the event date a byline; the bridge results tables are body
 * as one entry a row (cells joined by a space), header cells in neither list, and the director / scorer line a byline;
 * each film's screening line (date, time, certificate, length) on the programme is body, and the month h2s and film
 * h3s are headings; a "Read more:" promo inside the post body and a "Visit us" call-out are furniture; the debate's
 * for / against boxes are body with their h2s as headings, its speakers card furniture; the Weebly spec list is body.
 */
export const HELDOUT435_PAGES: readonly TestPage[] = [...HELDOUT435_A, ...HELDOUT435_B, ...HELDOUT435_C, ...HELDOUT435_D, ...HELDOUT435_E, ...HELDOUT435_F];
