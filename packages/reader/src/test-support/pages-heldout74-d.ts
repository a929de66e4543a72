import { plain, type TestPage } from './page-kit.js';
import * as nc from './pages-heldout74-d2.js';
import * as sem from './pages-heldout74-d3.js';
import { bodyOf, headingsOf } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, file d: a Japan Times shape story (a plain-text dateline opening the first paragraph, h3 subheads, an
 * in-text ad and "Related" box, the subscription appeal, keywords and the comments notice) and a The Conversation shape
 * article by an academic (author line with affiliation, "Read more:" promos inside the body, a list with bold lead-ins, the
 * author box, disclosure statement, partners, the republish box and button, the donation appeal).
 */
const courier: TestPage = {
  html: nc.html,
  name: 'heldout74-japantimes-news',
  kind: 'news',
  // the dateline "KUROSAKI, Asagiri Pref. –" is a byline and the first paragraph's body text starts after it; the "By ..."
  // credit, "Staff writer" and the date are bylines; the caption and its "| Nippon Courier" credit, the ad label, the
  // "Related" box, the subscription appeal, gallery label, keywords and comments notice are furniture; "Japan" (menu and
  // section path) is listed once
  title: nc.title,
  headings: headingsOf(nc.blocks),
  body: [plain(nc.first), ...bodyOf(nc.blocks)],
  bylines: nc.bylines,
  furniture: [
    ...nc.top,
    ...nc.nav,
    ...nc.path,
    ...nc.share,
    nc.caption,
    nc.credit,
    nc.ad,
    ...nc.related,
    ...nc.appeal,
    nc.gallery,
    ...nc.keywords,
    nc.comments,
    ...nc.latest,
    ...nc.popular,
    ...nc.footer,
    nc.copyright,
  ],
};

const seminar: TestPage = {
  html: sem.html,
  name: 'heldout74-conversation-news',
  kind: 'news',
  // the list items (bold lead-ins included) are body; the author line with affiliation, the author's name in the sidebar box
  // and the published time are bylines; the role, the two "Read more:" promos (asides inside the article body), the figure
  // caption and attribution, disclosure, partners, republish box, share links, topics, donation appeal, events, jobs and
  // footer are furniture; the topics "Fisheries" and "Jellyfish" are words of the section headings: left out
  title: sem.title,
  headings: headingsOf(sem.blocks),
  body: bodyOf(sem.blocks),
  bylines: [sem.authorLine, sem.published, sem.authorBox[1]!],
  furniture: [
    ...sem.header,
    ...sem.edition,
    ...sem.account,
    ...sem.nav,
    sem.caption,
    sem.attribution,
    ...sem.readMore,
    sem.authorBox[0]!,
    sem.authorBox[2]!,
    ...sem.disclosure,
    ...sem.partners,
    ...sem.republish,
    ...sem.share,
    ...sem.topics.slice(2),
    ...sem.donate,
    ...sem.events,
    ...sem.jobs,
    ...sem.footer,
    sem.copyright,
  ],
};

export const HELDOUT74_D: readonly TestPage[] = [courier, seminar];
