import type { TestPage } from './page-kit.js';
import * as ol from './pages-heldout74-e2.js';
import * as tc from './pages-heldout74-e3.js';
import { bodyOf, headingsOf } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, file e: a ProPublica shape investigation (the nonprofit newsletter notice above the story, a series
 * label, a two-newsroom byline, the italic partnership note opening the article text, an in-content newsletter sign-up and a
 * "Do you have information about ...?" box between paragraphs, reporter bios, the donate appeal, "Filed under") and an
 * Atlantic shape feature (rubric, dek, AI-narration audio player, "Read:" links and an ad inside the body, a section break,
 * the print-edition note, "About the Author", "Explore More Topics", the subscription gate).
 */
const ledger: TestPage = {
  html: ol.html,
  name: 'heldout74-propublica-news',
  kind: 'news',
  // the dek is in neither list; the byline line, the two reporters' names and the time are bylines; the series label, the
  // partnership note (an italic paragraph at the top of the article body), the newsletter box and the tip box with their h3
  // headings, the reporter bios and the donate appeal are furniture, and so are the republish modal's hidden texts
  title: ol.title,
  headings: headingsOf(ol.blocks),
  body: bodyOf(ol.blocks),
  bylines: ['by Marisa Delgado, Open Ledger, and Trent Holloway, Valley Courier', ol.bylineParts[1]!, ol.bylineParts[3]!, ol.bylineParts[4]!, ol.time],
  furniture: [
    ol.skip,
    ...ol.header,
    ...ol.nav,
    ol.notice,
    ...ol.series,
    ...ol.tools,
    ol.credit,
    ol.partnership,
    ...ol.newsletter,
    ...ol.tip,
    ...ol.bios,
    ...ol.donate,
    ...ol.filed.filter((t) => !ol.nav.includes(t)),
    ...ol.more,
    ...ol.latest,
    'Creative Commons License (CC BY-NC-ND 3.0)',
    ...ol.footer,
    ol.copyright,
  ],
};

const continental: TestPage = {
  html: tc.html,
  name: 'heldout74-atlantic-news',
  kind: 'news',
  // the dek is in neither list; "By <name>" and the time are bylines; the rubric, the audio player's texts, the lead
  // illustration credit, the two "Read:" links (italic paragraphs in the body), the ad label, the print-edition note at the
  // foot of the body, the author bio, topics, the subscription gate and the footer are furniture; the section breaks have
  // no text; "Family" (rubric and sections menu) is listed once
  title: tc.title,
  headings: headingsOf(tc.blocks),
  body: bodyOf(tc.blocks),
  bylines: [`${tc.bylines[0]} ${tc.bylines[1]}`, tc.bylines[2]!],
  furniture: [
    tc.skip,
    ...tc.header,
    ...tc.sections,
    ...tc.tools,
    tc.credit,
    ...tc.audio,
    ...tc.reads,
    tc.ad,
    tc.print,
    tc.about[0]!,
    `Abigail Fenn ${tc.about[1]}`,
    ...tc.explore,
    ...tc.gate,
    ...tc.footer,
    tc.copyright,
  ],
};

export const HELDOUT74_E: readonly TestPage[] = [ledger, continental];
