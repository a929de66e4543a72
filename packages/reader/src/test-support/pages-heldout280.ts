import type { TestPage } from './page-kit.js';
import { HELDOUT280_A } from './pages-heldout280-a.js';
import { HELDOUT280_B } from './pages-heldout280-b.js';
import { HELDOUT280_C } from './pages-heldout280-c.js';
import { HELDOUT280_D } from './pages-heldout280-d.js';
import { HELDOUT280_E } from './pages-heldout280-e.js';
import { HELDOUT280_F } from './pages-heldout280-f.js';

/**
 * Held-out batch 280, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Mailman 2 Pipermail message
 * page (a reply with a quoted earlier message), a Mailman 3 HyperKitty thread of three e-mails, a Google Groups
 * conversation in the current JavaScript web app's markup, a public-inbox message with an interleaved reply and its thread
 * tree, a MARC-style archive message, a GNU lists.gnu.org (MHonArc) release announcement, a Mailchimp campaign's "view in
 * browser" page, the web view of a Substack post e-mail, a Buttondown newsletter archive issue, a Discourse topic in
 * mailing-list mode as its crawler view saves it, a Thunderbird message saved as HTML, and an Outlook on the web
 * printer-friendly message.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the text a message's author wrote is body, and on a thread page (HyperKitty,
 * Google Groups, Discourse) every message of the thread is body; the From and Date (Sent) header lines, the sender's name
 * and date shown above a message and a sign-off line with the sender's name ("Best wishes, Harriet", "Marnie") are
 * bylines, and the Subject header line is a byline where the page also shows the subject as its heading (GNU, Outlook);
 * where the page has no h1 and the subject is shown only in the header block or an h3 (public-inbox, MARC, Thunderbird,
 * HyperKitty's thread h3), the subject itself is the title; To, Cc and Message-ID lines are furniture; a quoted earlier
 * message ('> ...' lines, a blockquote, Gmail's folded quote, Discourse's elided block, Outlook's forwarded message) and
 * its "... wrote:" or From / Sent header are furniture, and where the quoted message is also on the page, the quote was
 * cut to cross a paragraph break so that it is not part of any one body text; signature blocks after "-- " are
 * furniture; lines inside a plain-text message that look like headings (GNU NEWS "* Noteworthy changes" lines) are body,
 * not headings; a newsletter's subtitle (Substack's h3) and its pull quote are body; data cells of a table inside a
 * message are body and its header cells in neither list; a newsletter's issue line ("Issue 14 · March 2026") is a byline,
 * and its hidden preview text, archive bar, follow links and sender address are furniture; comments under a newsletter
 * issue are furniture; like counts, participant and comment counts are furniture.
 */
export const HELDOUT280_PAGES: readonly TestPage[] = [...HELDOUT280_A, ...HELDOUT280_B, ...HELDOUT280_C, ...HELDOUT280_D, ...HELDOUT280_E, ...HELDOUT280_F];
