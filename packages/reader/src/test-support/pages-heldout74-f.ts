import type { TestPage } from './page-kit.js';
import * as cbh from './pages-heldout74-f2.js';
import { bodyOf, headingsOf } from './pages-heldout74-kit.js';
import * as sw from './pages-heldout74-f3.js';

/**
 * Held-out batch 74, file f: a McClatchy regional paper shape story (offer bar, "By" line and "Updated" time, photo credit
 * with e-mail, "Read Next" and ad slots inside the story, the "originally published" line, the author card with "Support my
 * work", the app promo and "Related stories") and a TechCrunch shape trade story (event banner, author card and time,
 * "Image Credits:", the event call to action inside the post content, a block quote, topics, author box, newsletter box).
 */
const herald: TestPage = {
  html: cbh.html,
  name: 'heldout74-mcclatchy-news',
  kind: 'news',
  // "By <name>", the "Updated" time and the author card's name are bylines; the kicker "Local" is the menu's first item
  // (listed once); the photographer and e-mail, ad labels, "Read Next" box, the "originally published" line at the foot of
  // the story body, the author card's paper, bio and support link, the app promo and related stories are furniture
  title: cbh.title,
  headings: headingsOf(cbh.blocks),
  body: bodyOf(cbh.blocks),
  bylines: cbh.bylines,
  furniture: [
    ...cbh.offer,
    ...cbh.masthead,
    ...cbh.nav,
    ...cbh.listen,
    ...cbh.share,
    cbh.caption,
    ...cbh.photog,
    cbh.ad,
    ...cbh.readNext,
    cbh.originally,
    ...cbh.card,
    ...cbh.app,
    ...cbh.related,
    ...cbh.footHeads,
    ...cbh.footLinks,
  ],
};

const stackwire: TestPage = {
  html: sw.html,
  name: 'heldout74-techcrunch-news',
  kind: 'news',
  // the company statement in a block quote is body; the author's name (hero card and author box) and the time are bylines;
  // the event banner, the category, share buttons, "Image Credits:", ad labels, the event call to action inside the post
  // content (with its h4), topics, the author box's role, bio and "View Bio", the newsletter box, "Most Popular" and the
  // footer are furniture; "Climate" (category and topic), "Startups" and "Newsletters" (menu and topic or box) are listed
  // once
  title: sw.title,
  headings: headingsOf(sw.blocks),
  body: bodyOf(sw.blocks),
  bylines: sw.bylines,
  furniture: [
    ...sw.banner,
    ...sw.header,
    ...sw.nav,
    sw.category,
    ...sw.share,
    sw.credit,
    sw.ad,
    ...sw.cta.filter((t) => t !== '|'),
    ...sw.topics.filter((t) => ![sw.category, ...sw.nav].includes(t)),
    ...sw.author,
    ...sw.newsletter.filter((t) => !sw.nav.includes(t)),
    ...sw.popular,
    ...sw.footer,
    sw.copyright,
  ],
};

export const HELDOUT74_F: readonly TestPage[] = [herald, stackwire];
