import type { TestPage } from './page-kit.js';
import { HELDOUT288_A } from './pages-heldout288-a.js';
import { HELDOUT288_B } from './pages-heldout288-b.js';
import { HELDOUT288_C } from './pages-heldout288-c.js';
import { HELDOUT288_D } from './pages-heldout288-d.js';
import { HELDOUT288_E } from './pages-heldout288-e.js';
import { HELDOUT288_F } from './pages-heldout288-f.js';

/**
 * Held-out batch 288, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a church's weekly news post on a
 * Squarespace 7.1 blog, a primary school's weekly newsletter on a Wix blog, a public library's event page on Springshare LibCal,
 * a football club's news item on a Pitchero club site (Next.js), a neighbourhood association's post on WordPress with the Twenty
 * Twenty-One theme and comments, a funeral home's obituary with a guestbook on a FrontRunner-style site, a Legacy.com-style
 * obituary with a guest book, a parish council's meeting minutes on Weebly, a community radio station's news item built with
 * Elementor Pro, a village hall's short booking news on Joomla 5 (Cassiopeia), an allotment society's newsletter as a Mailchimp
 * campaign archive page, and a Nextdoor-style public post with replies.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table's data row is one body text, its cells joined by a space, and its header row
 * is in neither list; the LibCal event's details rows (Date, Time, Location, Library, Audience, Categories) are body, one text a
 * row with its label, while the event organizer line is a byline; guestbook and guest book entries on obituaries are comments
 * on the article and so furniture (names and dates included), while an obituary's life dates under the name (and Legacy's
 * "Published by ... from ... to ..." line) are bylines; the funeral home's service card in the sidebar is furniture, and the
 * service details written in Legacy's obituary text are body; Legacy's "Name Obituary" h2 above the text is a heading; on the
 * Nextdoor-style page the post and its replies are the body (as on a forum), their authors, neighbourhoods and ages bylines; a
 * sign-off line inside the text ("With every blessing..., Simon", "Happy growing, Maureen Ibbotson, Chair") is body; a pulled
 * quote's text is body and its citation furniture; the minutes' "Present" and "In attendance" lines are body, the signature
 * line and the attached PDF furniture; a Mailchimp newsletter's h1 in the email body is its title and the preheader, follow
 * block and template footer are furniture; the minutes and the newsletter have no byline.
 */
export const HELDOUT288_PAGES: readonly TestPage[] = [...HELDOUT288_A, ...HELDOUT288_B, ...HELDOUT288_C, ...HELDOUT288_D, ...HELDOUT288_E, ...HELDOUT288_F];
