import type { TestPage } from './page-kit.js';
import { HELDOUT701_A } from './pages-heldout701-a.js';
import { HELDOUT701_B } from './pages-heldout701-b.js';
import { HELDOUT701_C } from './pages-heldout701-c.js';
import { HELDOUT701_D } from './pages-heldout701-d.js';
import { HELDOUT701_E } from './pages-heldout701-e.js';
import { HELDOUT701_F } from './pages-heldout701-f.js';

/**
 * Held-out batch 701, written in session 45 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a national broadcaster's health
 * story on a heart failure test (BBC-style React article with text-block, subheadline-block, image-block and links-block
 * components, a "You may also be interested in:" list inside the body, Top stories, Features and Most read rails), a long-read
 * microbiology feature of a science magazine on WordPress VIP (custom theme, Yoast, Parse.ly, a metered-paywall banner, a pull
 * quote, an inline related link, a newsletter box and an ad slot inside the body, a table, author bio and related posts), a wire
 * agency's vaccine story syndicated on a Yahoo-News-like portal (caas markup with the provider, byline, time and reading time,
 * in-body ads and a "Story continues" button between paragraphs), a researcher's qPCR post-mortem on a Jekyll blog on GitHub
 * Pages (minima, Rouge code blocks, a table, kramdown footnotes), a river-testing citizen science post on a WordPress.com blog
 * (Twenty Sixteen, WordAds, Jetpack sharing and likes, comments, the Follow widget and the cookie widget), a sleep-tracker
 * newsletter post on Ghost (Source theme, excerpt, table, callout, signup and bookmark cards, Read more), a page of a lab
 * software manual on Read the Docs (Sphinx, Furo, code blocks, note/warning/tip/seealso admonitions, a list-table, the Read the
 * Docs versions menu and an EthicalAds placement), a condition page of a national health service on the NHS.UK frontend (cookie
 * banner, lede, care cards, inset text, do and don't lists, review dates, feedback banner), a rare-disease article on Wikipedia
 * (Vector 2022, medical-condition infobox, hatnote, figure, wikitable, citation markers, references, navbox, categories), a
 * textbook chapter on Wikibooks (Vector legacy, book navigation bars above and below, contents box, formulas, a table,
 * exercises), a tinnitus patient forum thread on XenForo 2 (thread prefix, user cards, a quote, signatures, reactions, a staff
 * banner, similar threads, cookie notice), and a question with two answers and comments on Biology Stack Exchange.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or lede under the h1 (magazine dek, Ghost excerpt, health
 * page lede) is body, a kicker or primary tag above it (WordPress "Biology", Ghost "Experiments") furniture; every table row,
 * the header row included, is one body entry with its cells joined by single spaces, while table captions and figure captions
 * (with their credits and the broadcaster's visually hidden "Image source," / "Image caption,") are furniture; each code block
 * is one body entry (its lines joined, white space collapsed); docs admonitions are body, their titles ("Note", "Warning", "Tip",
 * "See also") one body entry each; the health page's care card headings and the do and don't list labels ("Do", "Don’t") are
 * headings, the cards' lists and text and the inset text body, their visually hidden prefixes ("Urgent advice:",
 * "Information:") furniture; the broadcaster's in-body "You may also be interested in:" list and its closing "If you have been
 * affected…" help line are furniture; a pull quote that is not a sentence of the body, an inline "Related" link, an in-body
 * newsletter or signup box, Ghost's bookmark card and in-body ad labels ("Advertisement", WordAds "Advertisements") are
 * furniture, while a blockquote in a blog post and Ghost's callout are body; the wire story's text after the "Story continues"
 * button counts as shown (body), its dateline opening ("MERAVAL (TPA) —") stays in the first paragraph, the "___" rule is in no
 * list, and its provider name and contributor line ("… contributed to this report.") are bylines; reading times ("6 min read",
 * "3 min read") and the Wikipedia/Wikibooks "last edited" lines are bylines, like the health page's "Page last reviewed" and "Next
 * review due" lines; footnote and citation markers stay in their paragraphs as shown ("measure.1", "[1]"), while the footnote
 * list, the reference list, the "See also" and "References" sections (headings included: they are not in `headings`), the
 * infobox (labels and values), hatnote, navbox, categories and book navigation bars are furniture; the Wikibooks title is the
 * whole h1 "Book/Chapter" as shown; blog comment texts are furniture, comment authors and dates bylines; on the forum pages
 * every post, a reply's quote of an earlier post and (on Stack Exchange) every comment under the question or an answer are
 * body, post and comment authors, post dates, "asked/answered/edited …" lines, "Asked/Modified …" and "Last edited:" lines
 * bylines, while the XenForo thread prefix ("Experience", inside the h1 but not in `title`), "… said:", "Click to expand...",
 * user cards, signatures, reaction lines, post numbers, vote counts, badge texts, comment scores and Stack Exchange's vote
 * tooltips (hidden only by the stylesheet) are furniture; screen-reader texts and text hidden only by the site stylesheet (skip
 * links, Furo's toggle labels, Ghost's signup success message, the Read the Docs versions list, Twenty Sixteen's "updated"
 * date, a byline) count as visible, while text in `hidden` or aria-hidden elements, inline display:none (the WordPress.com
 * action bar, Wikipedia's short description), `<select>` options, `<svg>`, attributes and scripts is in no list; punctuation-only
 * pieces (¶ header links, edit brackets, ^ and ↩ backlinks) are in no list, and texts that the gold rules drop because they also
 * occur in the title, a heading or a body entry are removed with whole-word matching (so "#1", "Close" or a navbox entry that is
 * the article title go).
 */
export const HELDOUT701_PAGES: readonly TestPage[] = [...HELDOUT701_A, ...HELDOUT701_B, ...HELDOUT701_C, ...HELDOUT701_D, ...HELDOUT701_E, ...HELDOUT701_F];
