import type { TestPage } from './page-kit.js';
import * as am from './pages-heldout74-a2.js';
import * as wg from './pages-heldout74-a3.js';
import { bodyOf, headingsOf } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, file a: an Al Jazeera English shape news story (the "Recommended Stories" list with screen-reader list
 * texts inside the article text, a newsletter sign-up between paragraphs, the "Source:" line) and a Deutsche Welle English
 * shape news story (teaser, short link, in-text figure and video with its no-JavaScript text, "Edited by:" line, "Skip next
 * section" links, related topics and "Explore more" teasers).
 */
const alManara: TestPage = {
  html: am.html,
  name: 'heldout74-aljazeera-news',
  kind: 'news',
  // the subhead is in neither list; the "Recommended Stories" box with its h3 titles and screen-reader labels sits inside the
  // article's text but is furniture, as is the newsletter box and its h2; "Source: Al Manara" is furniture; "News" (the nav
  // item and the topics line) is listed once
  title: am.title,
  headings: headingsOf(am.blocks),
  body: bodyOf(am.blocks),
  bylines: am.bylines,
  furniture: [
    ...am.skip,
    ...am.nav,
    ...am.header,
    ...am.topics,
    ...am.audio,
    ...am.share,
    am.caption,
    ...am.recLabels,
    ...am.recommended,
    'Advertisement',
    ...am.newsletter,
    'Email address',
    am.source,
    'Most Read',
    ...am.mostRead,
    ...am.footHeads,
    ...am.footLinks,
    ...am.channels,
    ...am.network,
    ...am.footEnd,
    am.consent,
    ...am.consentButtons,
  ],
};

const welle: TestPage = {
  html: wg.html,
  name: 'heldout74-dw-news',
  kind: 'news',
  // the teaser text is in neither list; the author, the date and the "Edited by:" line at the foot of the rich text are
  // bylines; the video's no-JavaScript text, title and duration, the figure captions and "Image:" credits are furniture
  title: wg.title,
  headings: headingsOf(wg.blocks),
  body: bodyOf(wg.blocks),
  bylines: [wg.bylines[0]!, wg.bylines[1]!, wg.edited],
  furniture: [
    ...wg.skips,
    ...wg.header,
    ...wg.nav,
    wg.kicker,
    wg.heroCaption,
    wg.heroCredit,
    wg.shortLink,
    ...wg.shareLabels,
    wg.ad,
    wg.figCaption,
    wg.figCredit,
    ...wg.video,
    ...wg.feedback,
    ...wg.skipSections,
    ...wg.topics,
    ...wg.explore,
    ...wg.teaserKickers.filter((t) => !wg.nav.includes(t)),
    ...wg.teasers,
    ...wg.footer,
    wg.copyright,
    ...wg.privacy,
  ],
};

export const HELDOUT74_A: readonly TestPage[] = [alManara, welle];
