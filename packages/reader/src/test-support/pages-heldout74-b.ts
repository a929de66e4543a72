import { plain, type TestPage } from './page-kit.js';
import * as cpb from './pages-heldout74-b2.js';
import * as lv from './pages-heldout74-b3.js';
import { bodyOf, headingsOf } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, file b: a CBC News shape story (deck, byline row, "Social Sharing", an audio clip and a "Related" box
 * inside the story, "ABOUT THE AUTHOR", "With files from", closed comments) and an NDTV shape syndicated story ("Quick Read"
 * AI summary at the top of the article text, a dateline in the first paragraph, "Also Read" and ad labels between paragraphs,
 * the syndicated-feed note and "Track Latest News" line).
 */
const cpbNews: TestPage = {
  html: cpb.html,
  name: 'heldout74-cbc-news',
  kind: 'news',
  // the deck is in neither list; author, source, posted and updated times and "With files from" are bylines; the author's
  // name in the bio box is the same byline text; the audio clip, the "Related" box (an h3 inside the story), the ad labels,
  // the bio, standards and corrections links, related stories and the closed comments box are furniture; "News" of the
  // network menu is listed, "CPB" (the logo text) too
  title: cpb.title,
  headings: headingsOf(cpb.blocks),
  body: bodyOf(cpb.blocks),
  bylines: cpb.bylines,
  furniture: [
    cpb.skip,
    ...cpb.header,
    ...cpb.newsNav,
    ...cpb.newsNav2,
    cpb.region,
    ...cpb.social,
    cpb.caption,
    cpb.ad,
    ...cpb.audio,
    ...cpb.related,
    cpb.bioHead,
    cpb.bio,
    ...cpb.standards,
    ...cpb.corrections,
    ...cpb.moreStories.filter((t) => !cpb.related.includes(t)),
    ...cpb.comments,
    ...cpb.footHeads,
    ...cpb.footLinks,
    cpb.access,
    cpb.copyright,
  ],
};

const lokvani: TestPage = {
  html: lv.html,
  name: 'heldout74-ndtv-news',
  kind: 'news',
  // the summary under the headline is in neither list, nor are the "Quick Read" points (an AI summary of the story, not its
  // text); the box's label and disclaimer are furniture; the dateline "Rajnagar:" is a byline and the first paragraph's body
  // text starts after it; "Also Read |" with its link, the syndicated-feed note and "Track Latest News" are furniture;
  // "India News" (breadcrumb and byline row) is listed once
  title: lv.title,
  headings: headingsOf(lv.blocks),
  body: [plain(lv.first), ...bodyOf(lv.blocks)],
  bylines: [lv.agency, lv.updated, lv.meta[1]!, lv.dateline],
  furniture: [
    ...lv.topBar,
    ...lv.nav,
    ...lv.crumbs,
    ...lv.share,
    ...lv.quick,
    lv.ad,
    ...lv.alsoRead,
    lv.syndicated,
    lv.track,
    lv.topicsHead,
    ...lv.topics,
    ...lv.promoted,
    ...lv.trending,
    ...lv.footer,
    lv.copyright,
  ],
};

export const HELDOUT74_B: readonly TestPage[] = [cpbNews, lokvani];
