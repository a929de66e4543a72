import type { TestPage } from './page-kit.js';
import { HELDOUT529_A } from './pages-heldout529-a.js';
import { HELDOUT529_B } from './pages-heldout529-b.js';
import { HELDOUT529_C } from './pages-heldout529-c.js';
import { HELDOUT529_C2 } from './pages-heldout529-c2.js';
import { HELDOUT529_D } from './pages-heldout529-d.js';
import { HELDOUT529_E } from './pages-heldout529-e.js';
import { HELDOUT529_F } from './pages-heldout529-f.js';

/**
 * Held-out batch 529, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a trampoline park's jump safety
 * rules on WordPress (Astra, CookieYes banner, footer widgets), a trampoline park's session times and prices on Wix, a soft play
 * centre's birthday party packages on Squarespace 7.1 (image caption, newsletter block), a children's magician's about page on
 * Hello Elementor with Elementor Pro (counters, testimonials, call to action), a soft play café's long parents' guide on Ghost
 * (Casper, read-more cards), a trampoline park's FAQs on Shopify (Dawn, collapsible-content accordions), a party entertainer's
 * short about page on Webflow (contact form), a council news story on a soft play reopening on LocalGov Drupal (related news
 * sidebar, share links), a trampoline park's school and group bookings page on HubSpot CMS (price table, HubSpot form), a
 * parents' forum thread about soft play parties on Discourse (crawler view, a quote in a reply, related topics table), an
 * entertainer's party packages on an old FrontPage table layout (marquee, hit counter, price table), and a trampoline chain's
 * toddler sessions page on Next.js (Tailwind, OneTrust banner, "More at Kingsmere" cards, app banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or summary under the h1 is body; an article table's data rows are
 * body, one entry a row with its cells' texts joined by spaces, and its header cells are in no list, while a furniture table's
 * header cells (Discourse's related topics) are furniture; FAQ accordion questions (Dawn's h3 in each summary) are headings and
 * their answers body although the rows start closed, and the header's closed menu drawer and search modal are furniture like the
 * rest of the header; call-to-action buttons inside or under the article (Book a Jump Session, Book Your Jump, Enquire Now, Get a
 * Quote, Book a Toddler Time slot, Email Nobby) are furniture; on the Elementor page the counters (numbers and their "+"
 * suffix), the "What parents say" testimonials and the "Check my availability" section are furniture, as are the Webflow
 * "Get in touch" section and the HubSpot form's title and labels, while form controls' values (Send, Send request,
 * placeholders) are in no list and so are Webflow's form success and failure messages, which the site's stylesheet hides;
 * visually hidden texts (skip links, Astra's "Main Menu", Dawn's "Cart" and "Log in", LocalGov's "Breadcrumb", Wix's "top of
 * page" and "bottom of page") are furniture, texts under the hidden attribute (Squarespace's burger titles) in no list; package
 * prices written in a heading stay in the heading; every date on a page is a byline, including dates on Ghost's read-more cards,
 * Discourse's related topics activity dates and the FrontPage "Last updated" line, while reading times ("6 min read"), tags,
 * categories, like counts, post numbers, reply and view counts are furniture; on the Discourse thread every post is body, the
 * quoted line in a reply is a body entry of its own, and user names, full names in parentheses and post times are bylines;
 * the Ghost author name is a byline; figure captions and the FrontPage marquee and visitor counter are furniture; menu items,
 * breadcrumbs and numbers that equal a word or run of words of the title or body (Parties, Café, Gift Vouchers, Kingsmere,
 * Toddler Time, "2" and "11" on Discourse) are left out of furniture.
 */
export const HELDOUT529_PAGES: readonly TestPage[] = [
  ...HELDOUT529_A,
  ...HELDOUT529_B,
  ...HELDOUT529_C,
  ...HELDOUT529_C2,
  ...HELDOUT529_D,
  ...HELDOUT529_E,
  ...HELDOUT529_F,
];
