import type { TestPage } from './page-kit.js';
import { HELDOUT229_A } from './pages-heldout229-a.js';
import { HELDOUT229_B } from './pages-heldout229-b.js';
import { HELDOUT229_C } from './pages-heldout229-c.js';
import { HELDOUT229_D } from './pages-heldout229-d.js';
import { HELDOUT229_E } from './pages-heldout229-e.js';
import { HELDOUT229_F } from './pages-heldout229-f.js';

/**
 * Held-out batch 229, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a groups.io topic page, a Google
 * Groups conversation, an email in a Buttondown newsletter archive, a Kit (ConvertKit) broadcast web view, a Ghost newsletter
 * post also sent by email, a HEY World post, a lists.debian.org (MHonArc) message, a lore.kernel.org (LKML) patch cover
 * letter, a university department's email bulletin in a Mailchimp campaign archive, a Campaign Monitor web version of a
 * charity newsletter, a Discourse topic in a category run as a mailing list (posts via email) and a Sympa list archive message.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: in mail messages the greeting, sign-off and P.S. typed by the writer are body,
 * quoted "> " lines and their attribution lines are in neither list and a "-- " signature is furniture; plain-text bodies in
 * <pre> are hard-wrapped and each blank-line paragraph is one body entry; a patch's shortlog, diffstat and base-commit are in
 * neither list; header lines ("From:", "Date:") are bylines, other header lines furniture; an email's hidden preheader is
 * furniture; in newsletters, Ghost callout and signup cards inside the post text are furniture and a Ghost excerpt is body.
 */
export const HELDOUT229_PAGES: readonly TestPage[] = [...HELDOUT229_A, ...HELDOUT229_B, ...HELDOUT229_C, ...HELDOUT229_D, ...HELDOUT229_E, ...HELDOUT229_F];
