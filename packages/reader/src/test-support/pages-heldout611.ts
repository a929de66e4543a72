import type { TestPage } from './page-kit.js';
import { HELDOUT611_A } from './pages-heldout611-a.js';
import { HELDOUT611_A2 } from './pages-heldout611-a2.js';
import { HELDOUT611_B } from './pages-heldout611-b.js';
import { HELDOUT611_C } from './pages-heldout611-c.js';
import { HELDOUT611_D } from './pages-heldout611-d.js';
import { HELDOUT611_E } from './pages-heldout611-e.js';
import { HELDOUT611_F } from './pages-heldout611-f.js';

/**
 * Held-out batch 611, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a conveyancing fee page of a
 * solicitors' firm built with Elementor (Hello theme, CookieYes banner, quote form beside the fee table); a will-writing guide
 * on WordPress with GeneratePress (Yoast breadcrumbs, sidebar widgets, two comments and a reply form); a lasting power of
 * attorney explainer on a Squarespace 7.1 blog (announcement bar, image caption, item pagination, cookie banner); a lease
 * extension page on Wix (rich text elements, the free-plan Wix ad bar, "top of page" / "bottom of page" anchors); a probate
 * article on a HubSpot CMS blog (CTA in the post body, tags, related posts, subscribe form, HubSpot cookie banner); a divorce
 * financial remedy guide on Webflow (an "On this page" contents list, a "Reviewed by" box, a callback form); a remortgage page
 * of an online conveyancer on Next.js with Tailwind (a fee definition list, a Trustpilot widget, `__NEXT_DATA__`); a firm
 * news item on Drupal 10 with Olivero (tags, RSS link, "Powered by Drupal"); a homebuyers' Discourse forum thread in the
 * crawler view (a quoted reply, likes, a related topics table); an exchange-day explainer on Ghost with the Source theme
 * (callout card, feature image caption, "Read more" cards, member signup); a probate fees page on an old Dreamweaver table
 * layout (font tags, image-swap menu, SRA badge iframe); and a leasehold management pack article on Joomla 4 with Cassiopeia
 * (article info list, page navigation, sidebar contact module).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek, lead or excerpt under the h1 is body; a fee table's data rows are
 * body, one entry a row with its cells joined by a space, its header cells in neither list; a fee definition list's terms and
 * definitions are body, one entry each; a callout card inside the article is body; a plain sentence inside the article's text
 * flow that invites contact ("Contact us for a free initial discussion.") is body, while call-to-action buttons, HubSpot CTAs
 * and quote or callback forms (their titles and labels) are furniture, and form control values and placeholders are in no
 * list; a forum thread's posts are body, including the text quoted from an earlier post, and the post authors, post times and
 * the quote's "jo_h:" attribution are bylines, likes counts, category, tags and the related topics table (its header labels,
 * titles, counts and months) furniture; comments under a blog post are furniture whole, their authors' names and dates
 * included; author and date lines of "Read more" cards are bylines, their titles and excerpts furniture; a "Reviewed by"
 * label with the reviewer and month is bylines; Joomla's "Written by:" and "Published:" lines are bylines, its "Details",
 * "Category:" and "Hits:" lines furniture; a reading-time line is furniture; screen-reader-only texts that are in the DOM and
 * not hidden (skip links, "Search", "Breadcrumb", "Main navigation", Joomla's "Previous article: ..." and Wix's "top of page")
 * are furniture, as in earlier batches, while elements with the `hidden` attribute or `display:none` (Squarespace's burger
 * titles, WordPress's "Cancel reply") and Webflow's `w-form-done` / `w-form-fail` messages, which Webflow's own stylesheet
 * hides until a form is sent, are in no list; an SRA regulation statement and firm address in a footer are furniture; image
 * captions are furniture; decorative icons and empty badges are in no list; furniture and byline texts whose words also occur
 * as a whole-word run in the title, a heading or a body entry (a "Home" menu item on a page that says "buy a home") are
 * left out of those lists by the kit's `finish`, and each text is kept once.
 */
export const HELDOUT611_PAGES: readonly TestPage[] = [
  ...HELDOUT611_A,
  ...HELDOUT611_A2,
  ...HELDOUT611_B,
  ...HELDOUT611_C,
  ...HELDOUT611_D,
  ...HELDOUT611_E,
  ...HELDOUT611_F,
];
