import type { TestPage } from './page-kit.js';
import * as rne from './pages-heldout74-c2.js';
import * as prmp from './pages-heldout74-c3.js';
import { bodyOf, headingsOf } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, file c: an RTÉ News shape story (a list of what a hosepipe ban forbids, a "Read more:" paragraph of
 * links and an embedded video inside the article text, tags, "Most Read" and "Latest" rails) and a South China Morning Post
 * shape story (two summary bullets under the headline, "+ FOLLOW", "Why you can trust", the knowledge promo paragraph
 * inside the article text, topics and the conversation box).
 */
const rneNews: TestPage = {
  html: rne.html,
  name: 'heldout74-rte-news',
  kind: 'news',
  // the list of what the ban forbids is body; the "Read more:" paragraph with its two links and the video caption sit inside
  // the article body and are furniture; the "Updated / ..." line, author and role are bylines
  title: rne.title,
  headings: headingsOf(rne.blocks),
  body: bodyOf(rne.blocks),
  bylines: rne.bylines,
  furniture: [
    rne.skip,
    ...rne.network,
    ...rne.newsNav,
    ...rne.header,
    rne.caption,
    ...rne.share,
    ...rne.readMore,
    rne.video,
    ...rne.tags,
    ...rne.mostRead,
    ...rne.latest,
    ...rne.footer,
    rne.footNote,
    ...rne.cookie,
  ],
};

const prmpNews: TestPage = {
  html: prmp.html,
  name: 'heldout74-scmp-news',
  kind: 'news',
  // the two summary bullets under the headline are in neither list (the story's standfirst, not its text); author, published
  // and updated times are bylines; "+ FOLLOW", "Why you can trust PRMP", the action bar, caption and "Photo:" credit, ad
  // labels, the knowledge promo paragraph (an italic paragraph inside the article content), topics, the conversation box,
  // "More Articles" and the footer are furniture; "Port Victoria" (menu and section path) is listed once
  title: prmp.title,
  headings: headingsOf(prmp.blocks),
  body: bodyOf(prmp.blocks),
  bylines: prmp.bylines,
  furniture: [
    ...prmp.header,
    ...prmp.nav,
    ...prmp.path,
    prmp.follow,
    prmp.trust,
    ...prmp.share,
    prmp.caption,
    prmp.credit,
    prmp.ad,
    prmp.knowledge,
    ...prmp.topics,
    ...prmp.conversation,
    ...prmp.more,
    ...prmp.footer,
    prmp.copyright,
  ],
};

export const HELDOUT74_C: readonly TestPage[] = [rneNews, prmpNews];
