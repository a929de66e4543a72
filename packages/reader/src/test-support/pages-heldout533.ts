import type { TestPage } from './page-kit.js';
import { HELDOUT533_A } from './pages-heldout533-a.js';
import { HELDOUT533_B } from './pages-heldout533-b.js';
import { HELDOUT533_C } from './pages-heldout533-c.js';
import { HELDOUT533_D } from './pages-heldout533-d.js';
import { HELDOUT533_E } from './pages-heldout533-e.js';
import { HELDOUT533_F } from './pages-heldout533-f.js';

/**
 * Held-out batch 533, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a shared hosting plan comparison
 * page built with Elementor Pro on WordPress (price tables, comparison table, accordion FAQ), a Zendesk Help Center
 * (Copenhagen) article on email forwarders, an incident page on Atlassian Statuspage, a domain transfer guide on a
 * registrar's HubSpot CMS blog, a data-centre migration notice on Ghost (Casper), a WHMCS knowledgebase article (Six
 * template) on MySQL databases, a Discourse community thread on a stuck domain transfer, a Docusaurus docs page on pointing
 * a domain, a hosting co-operative's MediaWiki (Vector 2022) page of mail server settings, a small registrar's transfer guide
 * in an old table layout, an Intercom Help Center (Next.js) article on renewing an expired domain, and a PHP end-of-life
 * notice on a Webflow blog.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or article description under the h1 (Ghost excerpt, Webflow
 * dek, Intercom description) and a page intro are body; table data rows are one body entry each, their cells joined with
 * single spaces, and table header cells are in no list; on the pricing page each plan name (h3) is a heading and its
 * tagline, feature items and the small print under the cards are body, the price figure split over currency / integer /
 * fraction / period spans is in no list and the "Choose ..." buttons are furniture; accordion FAQ questions and answers are
 * body entries (questions are not headings); on Statuspage the incident name (a div, not a heading) is the title, each
 * update's status label (Resolved, Monitoring...) is a body entry of its own before its text, each "Posted ... ago. date"
 * line is a byline, the "This incident affected" line is body and "Incident Report for ..." furniture; on WHMCS the page h1
 * "Knowledgebase" is furniture and the article's h2 is the title; on the table layout page the bold lines standing alone
 * above paragraphs are headings; callouts and admonitions are body but their label ("tip") is furniture, while a bold
 * "Tip:" lead-in inside a paragraph stays in the body entry; reading times ("3 min read") are furniture, and the dates and
 * reading times on related-post cards are furniture too (not bylines); on the forum thread every post is body, user names
 * and post dates are bylines, the accepted-answer box's "Solved by ... in post #4" line is furniture and its quoted excerpt
 * repeats post 4 (so is in no list), topic-map stats with their labels are furniture, and bare counts in the suggested
 * topics' reply and view columns are in no list; Zendesk's "Updated" label, author and date are bylines, Intercom's "Written
 * by ..." and "Updated over a month ago" bylines; the MediaWiki "last edited" line is a byline, its "[edit]" links, table of
 * contents labels and categories furniture, and its printfooter (shown only in print) in no list; text hidden only by the
 * stylesheet (closed dropdown menus, a language chooser with the hidden class, screen-reader-only labels) is furniture,
 * text in elements with an inline display:none or aria-hidden (Statuspage's subscribe dropdown, the WHMCS modal) and
 * Webflow's form success / failure messages (hidden until the form is sent) are in no list; emoji-only reaction buttons,
 * form control values, select options, placeholders and code blocks are in no list, inline code stays in its body entry; a
 * furniture or byline text that is also part of the title, a heading or a body entry (as whole words, case-insensitive,
 * e.g. a "DNS" or "Email" menu item) is left out.
 */
export const HELDOUT533_PAGES: readonly TestPage[] = [...HELDOUT533_A, ...HELDOUT533_B, ...HELDOUT533_C, ...HELDOUT533_D, ...HELDOUT533_E, ...HELDOUT533_F];
